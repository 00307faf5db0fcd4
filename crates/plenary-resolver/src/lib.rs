//! Resolves the references of a plenary document: footnote markers to
//! footnotes, `Ibid.` to the work it repeats, internal references to node ids,
//! drafts to the texts adopted from them, resolutions and decisions to their
//! issuers, and document symbols to bodies and links.
//!
//! Entry point: [`resolve`], which `plenary::parse` runs after the grammar.
//! It works on any [`Document`], parsed or built by hand:
//!
//! ```
//! use plenary_model::{Block, Document, Footnote, FootnoteMarker, Inline, Paragraph};
//!
//! let marker = Inline::FootnoteMarker(FootnoteMarker {
//!     id: "fnref_1".into(),
//!     span: None,
//!     label: "1".into(),
//!     footnote: None,
//! });
//! let mut doc = Document::default();
//! doc.body.push(Block::Paragraph(Paragraph::new(Some("1"), vec![Inline::text("See the report"), marker])));
//! doc.footnotes.push(Footnote {
//!     id: "fn_1".into(),
//!     span: None,
//!     label: "1".into(),
//!     content: vec![Inline::text("A/HRC/14/37.")],
//! });
//!
//! plenary_resolver::resolve(&mut doc);
//!
//! let Block::Paragraph(p) = &doc.body[0] else { unreachable!() };
//! let Inline::FootnoteMarker(m) = &p.content[1] else { unreachable!() };
//! assert_eq!(m.footnote.as_deref(), Some("fn_1"), "the marker should link to its footnote");
//! ```
//!
//! [`refs::reference_index`] lists every reference with its target, and
//! [`registry`] knows the symbol series, their bodies and undocs.org links.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod refs;
pub mod registry;
mod resolve;

use plenary_model::Document;

/// Binds every reference of `doc` to its target, in place; what cannot be
/// bound stays unresolved with a diagnostic.
pub fn resolve(doc: &mut Document) {
    resolve::resolve(doc);
}

//! Resolves the references of a plenary document: footnote markers to
//! footnotes, `Ibid.` to the work it repeats, internal references to node ids,
//! drafts to the texts adopted from them, resolutions and decisions to their
//! issuers, and document symbols to bodies and links.
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

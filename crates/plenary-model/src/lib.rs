//! The document model of plenary: United Nations documents as a typed tree
//! in which every node carries its source [`Span`].
//!
//! This crate holds no parser. `plenary-grammar` builds a [`Document`] from
//! text, `plenary-resolver` binds its references, `plenary-render` writes it
//! out; a document built by hand or read back from JSON works with all of them.
//!
//! ```
//! use plenary_model::{Block, Document, Inline, Paragraph, Stats};
//!
//! let mut doc = Document::default();
//! doc.metadata.language = Some("fr".into());
//! doc.body.push(Block::Paragraph(Paragraph::new(
//!     Some("1."),
//!     vec![Inline::text("La Conférence a adopté le rapport.")],
//! )));
//! let json = serde_json::to_string(&doc).unwrap();
//! let back: Document = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, doc);
//! assert_eq!(Stats::of(&doc).paragraphs, 1);
//! ```
//!
//! JSON form: enums are tagged by `"type"` (references' `cited` by `"kind"`),
//! fields are camelCase, lists are always present, and spans and ids of nodes
//! built by hand are left out. The committed schema is
//! `docs/schema/document.schema.json`.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod block;
pub mod checks;
pub mod coverage;
mod diagnostic;
mod document;
mod inline;
mod reference;
mod span;
mod stats;
mod symbol;
pub mod visit;

pub use block::{
    Adoption, Agenda, AgendaItem, Annex, Block, Deliberation, DeliberationKind, List, ListItem, Officer, Officers,
    Paragraph, Quotation, Section, SectionLevel, Table, TableRow, Unrecognized, Vote, VoteOutcome,
};
pub use checks::Checks;
pub use diagnostic::{Diagnostic, Severity};
pub use document::{Distribution, Document, DocumentKind, Furniture, FurnitureKind, Metadata, Session};
pub use inline::{
    is_star_label, label_id, plain_text, DateInline, Footnote, FootnoteMarker, Inline, SymbolCitation, Text,
};
pub use reference::{Cited, Issuer, Reference, ReferenceKind, Target};
pub use span::{LineColumn, LineIndex, Span};
pub use stats::{DecisionStats, ResolutionStats, Stats};
pub use symbol::{
    is_component, Component, ComponentKind, JobNumber, Modifier, ModifierKind, Nature, SalesNumber, Symbol,
    SymbolError, BODY_PREFIXES, KNOWN_SERIES,
};

//! The grammar of plenary: the plain text of a UN document to a
//! [`plenary_model::Document`], in nom.
//!
//! Entry point: [`parse`]. It never fails: what no rule recognises is kept as
//! an `unrecognized` node with a diagnostic.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod inline;
pub mod lang;
pub mod util;

use plenary_model::Document;

/// Parses `text` into a document. Never fails and never panics.
#[must_use]
pub fn parse(text: &str) -> Document {
    let mut doc = Document::default();
    doc.metadata.length = u32::try_from(text.len()).unwrap_or(u32::MAX);
    doc.metadata.language = Some(lang::detect(text).code.to_owned());
    doc
}

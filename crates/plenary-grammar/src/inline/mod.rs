//! Inline constructs: scanners that run over the unwrapped text of one block.
//!
//! Each scanner takes the logical text of a block (its lines joined by `\n`,
//! furniture and footnote blocks already taken out) and returns byte ranges
//! into that text; the block builder maps them back to source spans.

pub mod content;
pub mod footnote_marker;
mod partial_reference;
mod partial_trigger;
pub mod reference;
pub mod symbol;

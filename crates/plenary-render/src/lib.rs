//! Renders a plenary [`Document`] as JSON, Markdown, HTML, Akoma Ntoso XML
//! (AKN4UN) or clean reading text.
//!
//! The entry points are [`render`] (to a `String`) and [`render_to`] (to any
//! [`std::io::Write`]), or the `to_string`/`write` pair of each format module:
//! [`json`], [`markdown`], [`html`], [`akn`] and [`text`]. The renderers read
//! the model only, so a document built by hand or read back from JSON renders
//! without the grammar.
//!
//! ```
//! use plenary_model::{Block, Document, Inline, Paragraph, Section, SectionLevel};
//! use plenary_render::{render, Format};
//!
//! let mut doc = Document::default();
//! doc.metadata.language = Some("fr".into());
//! doc.body.push(Block::Section(Section {
//!     id: "chp_I".into(),
//!     span: None,
//!     level: SectionLevel::Chapter,
//!     num: Some("I".into()),
//!     num_span: None,
//!     heading: vec![Inline::text("Organisation de la session")],
//!     heading_span: None,
//!     children: vec![Block::Paragraph(Paragraph::new(
//!         Some("1."),
//!         vec![Inline::text("La Conférence a adopté l’ordre du jour.")],
//!     ))],
//! }));
//!
//! let markdown = render(&doc, Format::Markdown);
//! assert!(markdown.contains("# I. Organisation de la session"));
//! assert!(markdown.contains("1\\. La Conférence"));
//!
//! let text = render(&doc, "text".parse().unwrap());
//! assert!(text.contains("1. La Conférence a adopté l’ordre du jour."));
//!
//! let xml = render(&doc, Format::Akn);
//! assert!(xml.starts_with("<?xml"));
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use plenary_model::Document;

pub mod akn;
mod common;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

/// Why rendering failed. Rendering to a `String` never fails; writing can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The output could not be written.
    #[error("could not write the rendered document: {0}; check that the output file or pipe is writable and the disk has room")]
    Io(#[from] std::io::Error),
    /// The document could not be serialized as JSON.
    #[error("could not serialize the document as JSON: {0}; report this with the input that caused it")]
    Json(#[from] serde_json::Error),
    /// A format name that is not one of the five.
    #[error("unknown output format `{name}`: use one of json, markdown, html, akn, text")]
    UnknownFormat {
        /// The name that was given.
        name: String,
    },
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The model as JSON, as `plenary parse` prints it.
    Json,
    /// CommonMark with footnotes.
    Markdown,
    /// One standalone HTML5 page.
    Html,
    /// Akoma Ntoso 3.0 XML following AKN4UN.
    Akn,
    /// Clean reading text.
    Text,
}

impl Format {
    /// Every format, in the order of their names in `--help`.
    pub const ALL: [Format; 5] = [Format::Json, Format::Markdown, Format::Html, Format::Akn, Format::Text];

    /// The name used on the command line (`json`, `markdown`, `html`, `akn`, `text`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Akn => "akn",
            Format::Text => "text",
        }
    }

    /// The usual file extension (`json`, `md`, `html`, `xml`, `txt`).
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Akn => "xml",
            Format::Text => "txt",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = RenderError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| RenderError::UnknownFormat { name: s.to_owned() })
    }
}

/// Renders `doc` in `format` to a `String`.
#[must_use]
pub fn render(doc: &Document, format: Format) -> String {
    match format {
        Format::Json => json::to_string(doc),
        Format::Markdown => markdown::to_string(doc),
        Format::Html => html::to_string(doc),
        Format::Akn => akn::to_string(doc),
        Format::Text => text::to_string(doc),
    }
}

/// Renders `doc` in `format` to a `String`, with what rendering had to
/// change: for Akoma Ntoso, one `xml-forbidden-character` warning per node
/// whose text holds characters XML 1.0 forbids (shown as U+FFFD); the other
/// formats keep every character and report nothing.
#[must_use]
pub fn render_with_diagnostics(doc: &Document, format: Format) -> (String, Vec<plenary_model::Diagnostic>) {
    match format {
        Format::Akn => akn::to_string_with_diagnostics(doc),
        _ => (render(doc, format), Vec::new()),
    }
}

/// Renders `doc` in `format` to `out`.
///
/// # Errors
/// [`RenderError::Io`] when `out` fails, [`RenderError::Json`] when the
/// document cannot be serialized.
pub fn render_to<W: Write>(doc: &Document, format: Format, out: W) -> Result<(), RenderError> {
    match format {
        Format::Json => json::write(doc, out),
        Format::Markdown => markdown::write(doc, out),
        Format::Html => html::write(doc, out),
        Format::Akn => akn::write(doc, out),
        Format::Text => text::write(doc, out),
    }
}

/// Writes a rendered string to `out`.
fn write_str<W: Write>(s: &str, mut out: W) -> Result<(), RenderError> {
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(())
}

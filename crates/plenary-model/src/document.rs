//! The document root, its metadata and its removed page furniture.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Block, Diagnostic, Footnote, JobNumber, Span, Symbol};

/// A parsed UN document: metadata, body, footnotes, removed furniture and diagnostics.
///
/// ```
/// use plenary_model::{Block, Document, Paragraph, Inline};
/// let mut doc = Document::default();
/// doc.body.push(Block::Paragraph(Paragraph::new(Some("1."), vec![Inline::text("Texte.")])));
/// let json = serde_json::to_string(&doc).unwrap();
/// assert!(json.contains(r#""type":"paragraph""#));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// What the document says about itself.
    pub metadata: Metadata,
    /// The blocks of the body, in reading order, nested by section.
    pub body: Vec<Block>,
    /// The footnotes, in order of their labels' appearance.
    pub footnotes: Vec<Footnote>,
    /// Page furniture removed from the body (headers, footers, rules, page breaks).
    pub furniture: Vec<Furniture>,
    /// What the parser and resolver noticed.
    pub diagnostics: Vec<Diagnostic>,
}

/// What kind of document this is, which decides how it is rendered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocumentKind {
    /// A session or meeting report, possibly holding resolutions and decisions.
    #[default]
    Report,
    /// A single resolution (the resolution is the document).
    Resolution,
    /// A single decision.
    Decision,
    /// A draft resolution or decision (`L.` documents); its sponsors are in
    /// [`Metadata::sponsors`].
    Draft,
    /// An amendment to a draft (`Cuba: amendment to draft resolution
    /// A/C.3/78/L.41`); the draft it amends is [`Metadata::amends`].
    Amendment,
    /// A treaty or charter: preamble, chapters, articles.
    Treaty,
    /// A declaration of articles (for example the Universal Declaration of Human Rights).
    Declaration,
    /// A note, general comment or other document.
    Other,
}

/// Distribution printed in the masthead (`Distr.: General`, `Distr. limitée`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Distribution {
    /// General distribution.
    General,
    /// Limited distribution (drafts).
    Limited,
    /// Restricted distribution.
    Restricted,
}

/// A session of the issuing body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// Session number (`sixième session` is 6).
    pub number: Option<u32>,
    /// Place as printed (`Vienne`).
    pub place: Option<String>,
    /// First day.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
}

/// What the document says about itself, from its masthead, running headers and text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// The document's own symbol (`CTOC/COP/2012/15`).
    pub symbol: Option<Symbol>,
    /// Detected language, ISO 639-1 (`fr`).
    pub language: Option<String>,
    /// The document kind.
    pub kind: DocumentKind,
    /// Title as printed, lines joined; a hyphen that text extraction dropped
    /// from a known compound is put back (`SecretaryGeneral` → `Secretary-General`),
    /// and Arabic is given in base letters with its lam-alef pairs after the
    /// article set right, as a reader types it (`تنظيم الأعمال` where the
    /// text layer holds `تنظيم األعمال` or glyph forms).
    pub title: Option<String>,
    /// The line saying what the document is (`Report of the Special Rapporteur on …`).
    pub subtitle: Option<String>,
    /// Job number from the page footer (`V.12-57119`, `GE.12-17781`), without
    /// its language letter, which is [`Metadata::job_language`].
    pub job_number: Option<JobNumber>,
    /// The language letter printed after the job number (`E` of `GE.12-17781 (E)`).
    #[serde(default)]
    pub job_language: Option<String>,
    /// The sponsors of a draft or amendment as printed before its kind
    /// (`Azerbaijan, Bangladesh, … and Viet Nam: draft resolution`), or the
    /// officer who submitted it (`the Vice-Chair of the Commission, …`).
    #[serde(default)]
    pub sponsors: Vec<String>,
    /// The draft an amendment amends (`A/C.3/78/L.41`).
    #[serde(default)]
    pub amends: Option<Symbol>,
    /// Distribution.
    pub distribution: Option<Distribution>,
    /// Date of issue.
    pub date: Option<NaiveDate>,
    /// Original language as printed (`anglais`, `English`).
    pub original_language: Option<String>,
    /// The issuing body as printed (`Human Rights Council`).
    pub body: Option<String>,
    /// The session the document belongs to or reports on.
    pub session: Option<Session>,
    /// Agenda items as printed (`["3", "5"]`).
    pub agenda_items: Vec<String>,
    /// Length of the input in bytes.
    pub length: u32,
}

/// What a piece of removed page furniture was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum FurnitureKind {
    /// A running header (`CTOC/COP/2012/15`).
    Header,
    /// A page footer (`28 V.12-57119`).
    Footer,
    /// A bare page number (`3`, `3/10`, `Page 2`).
    PageNumber,
    /// A form feed between pages.
    PageBreak,
    /// The rule above a footnote block (`__________________`).
    FootnoteRule,
    /// Barcode or print-date lines (`*1816895*`, `241018`).
    Barcode,
    /// A continuation mark (`/...`).
    Continuation,
    /// The masthead lines consumed into metadata.
    Masthead,
    /// The heading of the endnotes at the end of a document (`Notes`, `Примечания`).
    NotesHeading,
    /// A footnote's label that the extractor set in a column with others,
    /// apart from the note's text (`2` in `1` / `2` / the two texts): the
    /// note's span, which starts at its text, cannot hold it without
    /// overlapping the note before. The first label of a column opens its
    /// note's span as usual. Also a label set after its note's text (an
    /// Arabic page as pdfminer writes it): the label alone, the text after
    /// it on its line staying the note's.
    FootnoteLabel,
}

/// A piece of page furniture removed from the body, with where it was.
///
/// ```text
/// 28 V.12-57119
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Furniture {
    /// What it was.
    pub kind: FurnitureKind,
    /// Its text, trimmed.
    pub text: String,
    /// Where it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

//! Block-level nodes: sections, paragraphs, resolutions and decisions, lists,
//! quotations, officers, agendas, annexes, tables and unrecognized text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Inline, Span, Symbol};

/// A block of the body.
///
/// In JSON each block is an object tagged by `"type"` (`"paragraph"`, `"section"`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Block {
    /// A heading and everything under it up to the next heading of its level or above.
    Section(Section),
    /// A paragraph, numbered (`12.`) or not.
    Paragraph(Paragraph),
    /// A resolution (`Résolution 6/1`).
    // Boxed, as are decisions and votes: a deliberation is about 400 bytes
    // and a paragraph 110, and every block takes the size of the largest
    // variant. The box changes nothing in the JSON form or the schema.
    Resolution(Box<Deliberation>),
    /// A decision (`Décision 6/1`).
    Decision(Box<Deliberation>),
    /// A list of items labelled `a)`, `(i)`, bullets.
    List(List),
    /// Quoted text with its own numbering.
    Quotation(Quotation),
    /// The officers of a body (`Président: Rachmat Budiman (Indonésie)`).
    Officers(Officers),
    /// An agenda (`1. Questions d’organisation: a) Ouverture …`).
    Agenda(Agenda),
    /// An annex (`Annexe`).
    Annex(Annex),
    /// A table.
    Table(Table),
    /// The record of how a text was adopted (`[Adopted without a vote.]`,
    /// `[Adopted by a recorded vote of 32 to 3, with 9 abstentions. …]`).
    Vote(Box<Vote>),
    /// Text no rule recognised, kept as it was.
    Unrecognized(Unrecognized),
}

impl Block {
    /// The node id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Block::Section(b) => &b.id,
            Block::Paragraph(b) => &b.id,
            Block::Resolution(b) | Block::Decision(b) => &b.id,
            Block::List(b) => &b.id,
            Block::Quotation(b) => &b.id,
            Block::Officers(b) => &b.id,
            Block::Agenda(b) => &b.id,
            Block::Annex(b) => &b.id,
            Block::Table(b) => &b.id,
            Block::Vote(b) => &b.id,
            Block::Unrecognized(b) => &b.id,
        }
    }

    /// The source span, if the node came from text.
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        match self {
            Block::Section(b) => b.span,
            Block::Paragraph(b) => b.span,
            Block::Resolution(b) | Block::Decision(b) => b.span,
            Block::List(b) => b.span,
            Block::Quotation(b) => b.span,
            Block::Officers(b) => b.span,
            Block::Agenda(b) => b.span,
            Block::Annex(b) => b.span,
            Block::Table(b) => b.span,
            Block::Vote(b) => b.span,
            Block::Unrecognized(b) => b.span,
        }
    }
}

/// The level of a section heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum SectionLevel {
    /// `Part One`, `Première partie`.
    Part,
    /// `I. Résolutions et décisions …`, `Chapter I`.
    Chapter,
    /// `A. Résolutions`.
    Section,
    /// `1. Délibérations`.
    Subsection,
    /// An unnumbered heading (`Délibérations`).
    Heading,
    /// An article of a treaty or declaration (`Article 1`).
    Article,
}

/// A heading and the blocks under it.
///
/// ```text
///  II. Organisation de la session
///
///  A.  Ouverture de la session
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Stable id (`chp_II__sec_A`).
    pub id: String,
    /// Span of the heading and its content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Level.
    pub level: SectionLevel,
    /// Number as printed, without punctuation (`II`, `A`, `1`), if any.
    pub num: Option<String>,
    /// Where the label stands when it runs over more than the heading's
    /// first line, as [`Paragraph::num_span`]: an Arabic chapter's label and
    /// its dash that `pdftotext -raw` sets a piece a line (`رابعاً` / `-`).
    /// `None` when the label (if any) stands on the heading's first line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_span: Option<Span>,
    /// The heading text.
    pub heading: Vec<Inline>,
    /// Span of the heading lines alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading_span: Option<Span>,
    /// The blocks under the heading.
    pub children: Vec<Block>,
}

/// A paragraph: a number as printed (or none) and its text.
///
/// ```text
/// 9. La liste des participants a été publiée sous la cote CTOC/COP/2012/INF/2/Rev.2.
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    /// Stable id (`para_9`).
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Number as printed without its period (`9`), if numbered.
    pub num: Option<String>,
    /// Where the number stands when it does not open the paragraph: PDF
    /// extractors that order a page's text by position (pdfminer) may set
    /// it alone after the paragraph's first line. `None` when the number
    /// (if any) opens the paragraph's span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_span: Option<Span>,
    /// The text.
    pub content: Vec<Inline>,
    /// Sub-paragraphs, lists and quotations that belong to the paragraph.
    pub children: Vec<Block>,
}

impl Paragraph {
    /// A paragraph built by hand (no id, no span).
    #[must_use]
    pub fn new(num: Option<&str>, content: Vec<Inline>) -> Self {
        Self {
            id: String::new(),
            span: None,
            num: num.map(|n| n.trim_end_matches('.').to_owned()),
            num_span: None,
            content,
            children: Vec::new(),
        }
    }
}

/// Whether a deliberation is a resolution or a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DeliberationKind {
    /// A resolution.
    Resolution,
    /// A decision.
    Decision,
}

/// A resolution or decision: number, title, enacting formula, preamble,
/// operative part, annexes and how it was adopted.
///
/// ```text
///   Résolution 6/4
///   Application des dispositions de la Convention …
///  La Conférence des Parties à la Convention …,
///   Notant que l’assistance technique …,
///  1. Approuve les recommandations …;
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Deliberation {
    /// Stable id (`chp_I__sec_A__res_6-1`).
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Resolution or decision.
    pub kind: DeliberationKind,
    /// Number as printed (`6/1`, `48/246`, `14/1`).
    pub number: String,
    /// Title, lines joined.
    pub title: Vec<Inline>,
    /// The line under the heading that says when and by whom the text was
    /// adopted (`Adopted by the Security Council at its 9866th meeting, on
    /// 24 February 2025`), kept as printed.
    #[serde(default)]
    pub adoption_note: Option<Paragraph>,
    /// The enacting formula (`La Conférence des Parties …,`).
    pub formula: Option<Paragraph>,
    /// Preambular paragraphs.
    pub preamble: Vec<Paragraph>,
    /// Operative part: numbered paragraphs, and for decisions whatever they hold.
    pub operative: Vec<Block>,
    /// Annexes.
    pub annexes: Vec<Annex>,
    /// How it was adopted, once resolved.
    pub adoption: Option<Adoption>,
}

/// How a resolution or decision was adopted, read from the report's proceedings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Adoption {
    /// The draft adopted (`CTOC/COP/2012/L.4/Rev.2`), if one is named.
    pub draft: Option<Symbol>,
    /// Date of adoption.
    pub date: Option<NaiveDate>,
    /// The meeting as printed (`10e séance`).
    pub meeting: Option<String>,
    /// Sponsors as listed.
    pub sponsors: Vec<String>,
    /// Id of the reference that recorded the adoption.
    pub reference: Option<String>,
}

/// The record of how a text was adopted, printed in brackets after it in
/// the reports of the Human Rights Council.
///
/// ```text
/// [Adopted by a recorded vote of 32 to 3, with 9 abstentions. The voting was as follows:
/// In favour:
/// Angola, Argentina, Bahrain, Bangladesh, Bolivia (Plurinational State of),
/// …
/// Against:
/// Italy, Netherlands, United States of America
/// Abstaining:
/// Belgium, Burkina Faso, France, Hungary, Japan, Republic of Korea,
/// Slovakia, Ukraine, United Kingdom of Great Britain and Northern Ireland]
/// ```
///
/// ```
/// use plenary_model::{Vote, VoteOutcome};
/// let vote = Vote {
///     id: "res_14-1__vote".into(),
///     span: None,
///     lines: vec![],
///     statement: "Adopted without a vote.".into(),
///     outcome: VoteOutcome::WithoutVote,
///     in_favour: vec![],
///     against: vec![],
///     abstaining: vec![],
/// };
/// assert!(vote.in_favour.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Vote {
    /// Stable id (`part_3__chp_I__res_14-1__vote`).
    pub id: String,
    /// Span, from the opening bracket to the closing one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Spans of the record's lines, in order: what the record covers of the
    /// input when a page break (furniture, a footnote block) falls inside it.
    /// Empty for a record built by hand.
    pub lines: Vec<Span>,
    /// The sentence as printed, without the brackets and the lists
    /// (`Adopted by a recorded vote of 32 to 3, with 9 abstentions. The voting was as follows:`).
    pub statement: String,
    /// Adopted without a vote, or the counts the statement gives.
    pub outcome: VoteOutcome,
    /// Members voting in favour, as printed (`Bolivia (Plurinational State of)`).
    pub in_favour: Vec<String>,
    /// Members voting against.
    pub against: Vec<String>,
    /// Members abstaining.
    pub abstaining: Vec<String>,
}

/// How a text was adopted, as its vote record states it.
///
/// In JSON: `{"type": "withoutVote"}` or
/// `{"type": "recordedVote", "inFavour": 32, "against": 3, "abstaining": 9}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum VoteOutcome {
    /// `[Adopted without a vote.]`
    WithoutVote,
    /// `[Adopted by a recorded vote of 32 to 3, with 9 abstentions. …]`: the counts as stated
    /// (abstentions are 0 when the statement names none).
    RecordedVote {
        /// Votes in favour (`32`).
        #[serde(rename = "inFavour")]
        in_favour: u32,
        /// Votes against (`3`).
        against: u32,
        /// Abstentions (`9`).
        abstaining: u32,
    },
}

/// A list; items may nest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct List {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The items.
    pub items: Vec<ListItem>,
}

/// One list item with its label as printed (`a)`, `(i)`, `•`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ListItem {
    /// Stable id (`…__list_1__item_a`).
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Label as printed (`a)`, `(i)`, `-`).
    pub label: String,
    /// Where the label stands when it does not open the item, as
    /// [`Paragraph::num_span`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_span: Option<Span>,
    /// The text.
    pub content: Vec<Inline>,
    /// Nested lists.
    pub children: Vec<Block>,
}

/// Quoted text with its own numbering (rule 18 quoted in a report paragraph).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Quotation {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The quoted blocks.
    pub children: Vec<Block>,
}

/// The officers of a body, as listed after an election.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Officers {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// One entry per person.
    pub officers: Vec<Officer>,
}

/// One officer: role, name and country.
///
/// ```text
///  Vice-Présidents:  Simona Marin (Roumanie)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Officer {
    /// Span of the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Role as printed, without the colon (`Vice-Présidents`).
    pub role: String,
    /// Name.
    pub name: String,
    /// Country, from the parentheses.
    pub country: Option<String>,
}

/// An agenda: numbered items with lettered sub-items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The items.
    pub items: Vec<AgendaItem>,
}

/// One agenda item (`2.`) or sub-item (`a)`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// Stable id (`…__agenda__item_2__item_a`).
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Number or letter as printed without punctuation (`2`, `a`).
    pub num: String,
    /// Where the number stands when it runs over two lines (`1` / `-`, an
    /// Arabic number an extractor set a piece a line), as
    /// [`Paragraph::num_span`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_span: Option<Span>,
    /// The item text.
    pub content: Vec<Inline>,
    /// Sub-items.
    pub items: Vec<AgendaItem>,
}

/// An annex: optional number, title and content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Annex {
    /// Stable id (`…__annex_1`).
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Number as printed (`I`), if any.
    pub num: Option<String>,
    /// Title.
    pub heading: Vec<Inline>,
    /// Content.
    pub children: Vec<Block>,
}

/// A table of rows of cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Rows; the first may be a header row.
    pub rows: Vec<TableRow>,
}

/// One table row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    /// Cells, each a run of inlines.
    pub cells: Vec<Vec<Inline>>,
}

/// Text no rule recognised, kept verbatim with its span (and a diagnostic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Unrecognized {
    /// Stable id.
    pub id: String,
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The text as it was.
    pub text: String,
}

//! A summary of a document, as `plenary stats` prints it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::visit::{walk, Node};
use crate::{plain_text, Block, Checks, Deliberation, Document, Inline, SectionLevel, Session};

/// The summary printed by `plenary stats`. Keys are fixed; unknown values are
/// `null`, `0` or `[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// The document's own symbol.
    pub symbol: Option<String>,
    /// Detected language (ISO 639-1).
    pub language: Option<String>,
    /// What kind of document it is.
    pub kind: crate::DocumentKind,
    /// Job number, without its language letter.
    pub job_number: Option<String>,
    /// The language letter printed after the job number (`E`).
    pub job_language: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// The line saying what the document is.
    pub subtitle: Option<String>,
    /// Sponsors of a draft or amendment.
    pub sponsors: Vec<String>,
    /// The draft an amendment amends.
    pub amends: Option<String>,
    /// Session.
    pub session: Session,
    /// Number of chapters.
    pub chapters: usize,
    /// The document's own numbered paragraphs (not those inside resolutions,
    /// decisions, annexes or quotations).
    pub paragraphs: usize,
    /// Number of numbered footnotes (star notes apart).
    pub footnotes: usize,
    /// Number of star notes (`*`, `**`: [`crate::is_star_label`]).
    pub star_notes: usize,
    /// Footnote markers in the text linked to a numbered footnote.
    pub footnote_markers: usize,
    /// Markers in the text linked to a star note.
    pub star_markers: usize,
    /// Resolutions.
    pub resolutions: Vec<ResolutionStats>,
    /// Decisions.
    pub decisions: Vec<DecisionStats>,
    /// Agenda items from the masthead.
    pub agenda_items: Vec<String>,
    /// Distinct document symbols cited.
    pub symbols: usize,
    /// References left unresolved (markers with no footnote included).
    pub unresolved_references: usize,
    /// Bytes kept in `unrecognized` nodes.
    pub unrecognized_bytes: u64,
    /// Number of diagnostics.
    pub diagnostics: usize,
    /// How many self-checks held and failed ([`crate::checks`]).
    pub checks: Checks,
}

/// One resolution in [`Stats`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResolutionStats {
    /// Number (`6/1`).
    pub number: String,
    /// Title.
    pub title: String,
    /// Preambular paragraphs.
    pub preambular: usize,
    /// Numbered operative paragraphs (those under a heading of the
    /// operative part too); where none is numbered and the
    /// operative part has text, 1 (a single operative paragraph is printed
    /// without a number).
    pub operative: usize,
    /// The draft it was adopted from.
    pub draft: Option<String>,
    /// Date of adoption.
    pub adopted: Option<NaiveDate>,
}

/// One decision in [`Stats`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DecisionStats {
    /// Number.
    pub number: String,
    /// Title.
    pub title: String,
    /// The draft it was adopted from.
    pub draft: Option<String>,
    /// Date of adoption.
    pub adopted: Option<NaiveDate>,
}

impl Stats {
    /// Summarises a document.
    ///
    /// ```
    /// use plenary_model::{Document, Stats};
    /// let stats = Stats::of(&Document::default());
    /// assert_eq!(stats.paragraphs, 0);
    /// ```
    #[must_use]
    pub fn of(doc: &Document) -> Self {
        Self::with_checks(doc, crate::checks::run(doc).counts())
    }

    /// Summarises a document whose self-checks were already run (as
    /// `plenary::parse` runs them): [`Stats::of`] with `checks` as they came
    /// out, so that the checks do not run a second time.
    ///
    /// ```
    /// use plenary_model::{checks, Document, Stats};
    /// let doc = Document::default();
    /// assert_eq!(Stats::with_checks(&doc, checks::run(&doc).counts()), Stats::of(&doc));
    /// ```
    #[must_use]
    pub fn with_checks(doc: &Document, checks: Checks) -> Self {
        let meta = &doc.metadata;
        let mut stats = Stats {
            symbol: meta.symbol.as_ref().map(ToString::to_string),
            language: meta.language.clone(),
            kind: meta.kind,
            job_number: meta.job_number.as_ref().map(|j| j.number().to_owned()),
            job_language: meta.job_language.clone(),
            title: meta.title.clone(),
            subtitle: meta.subtitle.clone(),
            sponsors: meta.sponsors.clone(),
            amends: meta.amends.as_ref().map(ToString::to_string),
            session: meta.session.clone().unwrap_or_default(),
            chapters: 0,
            paragraphs: 0,
            footnotes: doc.footnotes.iter().filter(|f| !f.is_star()).count(),
            star_notes: doc.footnotes.iter().filter(|f| f.is_star()).count(),
            footnote_markers: 0,
            star_markers: 0,
            resolutions: Vec::new(),
            decisions: Vec::new(),
            agenda_items: meta.agenda_items.clone(),
            symbols: 0,
            unresolved_references: 0,
            unrecognized_bytes: 0,
            diagnostics: doc.diagnostics.len(),
            checks,
        };
        let mut symbols: BTreeSet<String> = BTreeSet::new();
        let mut buffer = String::new();
        walk(doc, &mut |node, scope| match node {
            Node::Block(block) => match block {
                Block::Section(s) if s.level == SectionLevel::Chapter => stats.chapters += 1,
                Block::Paragraph(p)
                    if p.num.is_some() && !scope.in_deliberation && !scope.in_annex && !scope.in_quotation =>
                {
                    stats.paragraphs += 1;
                }
                Block::Resolution(d) => stats.resolutions.push(resolution_stats(d)),
                Block::Decision(d) => {
                    let r = resolution_stats(d);
                    stats.decisions.push(DecisionStats {
                        number: r.number,
                        title: r.title,
                        draft: r.draft,
                        adopted: r.adopted,
                    });
                }
                Block::Unrecognized(u) => stats.unrecognized_bytes += u64::from(u.span.map_or(0, |s| s.len())),
                _ => {}
            },
            Node::Paragraph(_) => {}
            Node::Inline(inline) => match inline {
                Inline::FootnoteMarker(m) => {
                    if m.footnote.is_some() && m.is_star() {
                        stats.star_markers += 1;
                    } else if m.footnote.is_some() {
                        stats.footnote_markers += 1;
                    } else {
                        stats.unresolved_references += 1;
                    }
                }
                Inline::Symbol(s) => {
                    for symbol in &s.symbols {
                        // Written into one buffer: a symbol cited again
                        // costs no allocation.
                        buffer.clear();
                        let _ = write!(buffer, "{symbol}");
                        if !symbols.contains(buffer.as_str()) {
                            symbols.insert(buffer.clone());
                        }
                    }
                }
                Inline::Reference(r) if r.target.is_none() => stats.unresolved_references += 1,
                Inline::Unrecognized(u) => stats.unrecognized_bytes += u64::from(u.span.map_or(0, |s| s.len())),
                _ => {}
            },
        });
        stats.symbols = symbols.len();
        stats
    }
}

/// The numbered paragraphs of `blocks`, those under the headings an
/// operative part prints among its paragraphs included (`Political
/// declaration …` over the declaration a resolution adopts, `A. …` over a
/// part of an omnibus resolution).
fn numbered_paragraphs(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) if p.num.is_some() => 1,
            Block::Section(s) => numbered_paragraphs(&s.children),
            _ => 0,
        })
        .sum()
}

fn resolution_stats(d: &Deliberation) -> ResolutionStats {
    let numbered = numbered_paragraphs(&d.operative);
    // An operative part of one paragraph is printed unnumbered (`Decides that
    // the election … shall take place on 27 May 2025 …`): with no numbered
    // paragraph, text there is that one paragraph.
    let operative = if numbered == 0 {
        usize::from(d.operative.iter().any(|b| matches!(b, Block::Paragraph(_))))
    } else {
        numbered
    };
    let adoption = d.adoption.as_ref();
    ResolutionStats {
        number: d.number.clone(),
        title: plain_text(&d.title),
        preambular: d.preamble.len(),
        operative,
        draft: adoption.and_then(|a| a.draft.as_ref()).map(ToString::to_string),
        adopted: adoption.and_then(|a| a.date),
    }
}

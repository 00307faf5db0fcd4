//! Self-checks: what a parse of a UN document should satisfy, tested on the
//! finished tree, so that a parse that went wrong says so.
//!
//! ```
//! use plenary_model::{checks, Block, Document, Inline, Paragraph};
//! let mut doc = Document::default();
//! for n in ["1", "2", "4"] {
//!     doc.body.push(Block::Paragraph(Paragraph::new(Some(n), vec![Inline::text("Text.")])));
//! }
//! let report = checks::run(&doc);
//! assert_eq!(report.failed, 1);
//! assert_eq!(report.findings[0].code, "paragraph-sequence");
//! ```
//!
//! Each check is counted once per document (the numbering of its own
//! paragraphs and of its footnotes, the markers against the notes, its
//! headings, its title) and once per resolution or decision (the numbering of its
//! operative paragraphs, a preamble with no operative part, a heading inside
//! it). A check that fails adds one warning per place it fails at, up to
//! [`MAX_FINDINGS_PER_CHECK`]. The codes are listed in `docs/diagnostics.md`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::visit::{walk, walk_blocks, Node, Scope};
use crate::{plain_text, Block, Deliberation, Diagnostic, Document, Inline, Severity, Span};

/// The most warnings one check adds to a document; a text that breaks a
/// sequence everywhere says so a few times, not a thousand.
pub const MAX_FINDINGS_PER_CHECK: usize = 5;

/// How many self-checks held and how many did not, as `plenary stats`
/// prints them (`"checks": {"passed": 9, "failed": 1}`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Checks {
    /// Checks that held.
    pub passed: usize,
    /// Checks that failed; each gave at least one warning.
    pub failed: usize,
}

/// The outcome of [`run`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Checks that held.
    pub passed: usize,
    /// Checks that failed.
    pub failed: usize,
    /// One warning per place a check failed at.
    pub findings: Vec<Diagnostic>,
}

impl Report {
    /// The counts alone.
    #[must_use]
    pub fn counts(&self) -> Checks {
        Checks {
            passed: self.passed,
            failed: self.failed,
        }
    }

    /// Records one check: passed when `found` is empty, failed otherwise.
    fn record(&mut self, mut found: Vec<Diagnostic>) {
        if found.is_empty() {
            self.passed += 1;
        } else {
            self.failed += 1;
            found.truncate(MAX_FINDINGS_PER_CHECK);
            self.findings.append(&mut found);
        }
    }
}

fn warning(code: &str, message: String, span: Option<Span>, help: &str) -> Diagnostic {
    Diagnostic {
        code: code.to_owned(),
        severity: Severity::Warning,
        message,
        span,
        help: Some(help.to_owned()),
    }
}

/// A number as printed (`12`, `12 bis` is not one), when it is one.
fn number(printed: &str) -> Option<u32> {
    printed.trim().trim_end_matches(['.', '/']).parse().ok()
}

/// Breaks in a sequence of numbers that should count up by one from 1; a
/// return to 1 opens a new sequence (a new part, an annex's notes). Gives
/// `(expected, found, span)` for each break.
fn breaks(seq: &[(u32, Option<Span>)]) -> Vec<(u32, u32, Option<Span>)> {
    let mut out = Vec::new();
    let mut prev: Option<u32> = None;
    for &(n, span) in seq {
        if let Some(p) = prev {
            if n != p + 1 && n != 1 {
                out.push((p + 1, n, span));
            }
        }
        prev = Some(n);
    }
    out
}

fn sequence_check(code: &str, what: &str, seq: &[(u32, Option<Span>)], help: &str) -> Vec<Diagnostic> {
    breaks(seq)
        .into_iter()
        .map(|(expected, found, span)| {
            let kind = if found < expected { "repeat" } else { "gap" };
            warning(
                code,
                format!("{kind} in {what}: {found} where {expected} was expected"),
                span,
                help,
            )
        })
        .collect()
}

/// Runs every self-check on `doc`.
#[must_use]
pub fn run(doc: &Document) -> Report {
    let mut report = Report::default();
    let mut paragraphs = Vec::new();
    let mut headings_with_comma = Vec::new();
    let mut contents_ranges: Vec<(u32, Option<Span>)> = Vec::new();
    let mut markers = Vec::new();
    let mut deliberations: Vec<&Deliberation> = Vec::new();
    walk(doc, &mut |node, scope| match node {
        Node::Block(Block::Paragraph(p))
            if !scope.in_deliberation && !scope.in_annex && !scope.in_quotation && !scope.in_footnote =>
        {
            if let Some(n) = p.num.as_deref().and_then(number) {
                paragraphs.push((n, p.span));
            }
        }
        Node::Block(Block::Section(s)) => {
            if ends_with_comma(&s.heading) {
                headings_with_comma.push(s.heading_span.or(s.span));
            }
            // A table of contents (a heading over one table): the paragraph
            // ranges of its rows (`4-35`), whatever its heading ends with.
            if s.level == crate::SectionLevel::Heading && s.num.is_none() {
                if let [Block::Table(t)] = s.children.as_slice() {
                    contents_ranges.extend(
                        t.rows
                            .iter()
                            .flat_map(|r| &r.cells)
                            .filter_map(|c| paragraph_range(&plain_text(c)))
                            .map(|end| (end, t.span)),
                    );
                }
            }
        }
        Node::Block(Block::Resolution(d) | Block::Decision(d)) => deliberations.push(d),
        Node::Inline(Inline::FootnoteMarker(m)) if !scope.in_footnote => markers.push(m),
        _ => {}
    });

    let mut findings = sequence_check(
        "paragraph-sequence",
        "the numbering of the document's paragraphs",
        &paragraphs,
        "A paragraph may have been lost or split, or a number read as one; compare the text at this place with the PDF.",
    );
    // The contents give the paragraphs' ranges (at least two of them): the
    // text's numbering must reach the last.
    if contents_ranges.len() >= 2 {
        let last_found = paragraphs.iter().map(|&(n, _)| n).max().unwrap_or(0);
        if let Some(&(last, span)) = contents_ranges.iter().max_by_key(|(n, _)| *n) {
            if last_found < last {
                findings.push(warning(
                    "paragraph-sequence",
                    format!("the contents give paragraphs up to {last}, and the text's numbering stops at {last_found}"),
                    span,
                    "Paragraph numbers were lost (a PDF whose text layer leaves out the numbers printed in the margin, an extractor that set them apart), or paragraphs were read into another block; compare the text with the PDF.",
                ));
            }
        }
    }
    report.record(findings);

    let footnotes: Vec<(u32, Option<Span>)> = doc
        .footnotes
        .iter()
        .filter_map(|f| number(&f.label).map(|n| (n, f.span)))
        .collect();
    report.record(sequence_check(
        "footnote-sequence",
        "the numbering of the footnotes",
        &footnotes,
        "A footnote may have been left in the text or merged with another; compare the foot of the page with the PDF.",
    ));

    // A marker with no footnote: the resolver already reports each one
    // (`unlinked-footnote-marker`); the check only counts.
    let unlinked = markers
        .iter()
        .any(|m| m.footnote.is_none() && number(&m.label).is_some());
    if unlinked {
        report.failed += 1;
    } else {
        report.passed += 1;
    }

    let called: BTreeSet<&str> = markers.iter().filter_map(|m| m.footnote.as_deref()).collect();
    report.record(
        doc.footnotes
            .iter()
            .filter(|f| number(&f.label).is_some() && !called.contains(f.id.as_str()))
            .map(|f| {
                warning(
                    "footnote-without-marker",
                    format!("no marker in the text calls footnote {}", f.label),
                    f.span,
                    "The note call may be lost in the text (a superscript printed apart from its word), or the note may be text of the page read as a note.",
                )
            })
            .collect(),
    );

    report.record(
        headings_with_comma
            .into_iter()
            .map(|span| {
                warning(
                    "heading-ends-with-comma",
                    "a heading ends with a comma".to_owned(),
                    span,
                    "A heading does not end with a comma: this is probably the first line of a paragraph; check the blank lines around it.",
                )
            })
            .collect(),
    );

    report.record(check_title(doc));

    for d in deliberations {
        check_deliberation(d, &mut report);
    }
    report
}

/// Words a title does not end with, in the six languages: a line of the
/// title was lost after them (`Report of the Working Group on the
/// Universal Periodic` / `Review`).
const OPEN_ENDS: &[&str] = &[
    "of", "the", "on", "its", "and", "for", "in", "to", "a", "an", "by", "at", "with", "de", "la", "le", "les", "des",
    "du", "et", "sur", "sa", "en", "y", "del", "los", "las", "el", "por", "и", "в", "о", "по", "на", "с", "к",
];

/// A document with a masthead (a symbol and its distribution or date) has
/// a title, and its title ends with a word that can end one. A Security
/// Council resolution prints none: its heading is its number; nor does an
/// amendment to a Council draft (`Russian Federation: amendment to the draft
/// resolution contained in document S/2025/112`, its instructions next).
fn check_title(doc: &Document) -> Vec<Diagnostic> {
    let meta = &doc.metadata;
    let symbol = meta.symbol.as_ref().map(ToString::to_string).unwrap_or_default();
    let council_resolution =
        symbol.starts_with("S/RES/") || (symbol.starts_with("S/") && meta.kind == crate::DocumentKind::Amendment);
    let help = "A line of the title may be on another line or page of the text; compare the first page with the PDF.";
    match meta.title.as_deref().map(str::trim) {
        // A masthead (its distribution or date of issue) is there, and no title.
        None if meta.symbol.is_some()
            && !council_resolution
            && (meta.distribution.is_some() || meta.date.is_some())
            && !matches!(
                meta.kind,
                crate::DocumentKind::Treaty | crate::DocumentKind::Declaration
            ) =>
        {
            vec![warning(
                "title-missing",
                "the document has a masthead and no title was found".to_owned(),
                None,
                help,
            )]
        }
        Some(title) => {
            let last = title.rsplit(' ').next().unwrap_or("").to_lowercase();
            let cut =
                title.ends_with(['-', ',', ':', '(']) || (title.contains(' ') && OPEN_ENDS.contains(&last.as_str()));
            if cut {
                vec![warning(
                    "title-cut-off",
                    format!("the title ends with `{last}`, as a title cut off does"),
                    None,
                    help,
                )]
            } else if brackets_out_of_order(title) {
                vec![warning(
                    "title-brackets",
                    "the title's brackets do not pair: one closes before it opens, or one is left open".to_owned(),
                    None,
                    "The title was read from lines an extractor set out of reading order (PyMuPDF sets an Arabic line's closing bracket first), or took in a line that is not the title; compare the first page with the PDF.",
                )]
            } else {
                Vec::new()
            }
        }
        None => Vec::new(),
    }
}

/// The end of a paragraph range in a row of the contents (`4-35`, `4–35`,
/// `35-4` as a right-to-left line may set it): the larger number.
fn paragraph_range(cell: &str) -> Option<u32> {
    let cell = cell.trim_matches(|c: char| c.is_whitespace() || crate::coverage::is_direction_mark(c));
    let (a, b) = cell.split_once(['-', '–', '−'])?;
    let number = |s: &str| {
        let s = s.trim_matches(|c: char| c.is_whitespace() || crate::coverage::is_direction_mark(c));
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (number(a)?, number(b)?);
    // (Two years a table row spans, `2018-2019`, are no paragraphs.)
    let years = (1900..=2100).contains(&a) && (1900..=2100).contains(&b) && a.abs_diff(b) <= 5;
    (!years).then_some(a.max(b))
}

/// True when the round and square brackets of `title` do not pair: one
/// closes with none open, or one is left open. A list label's bracket
/// (`paragraph 15 a) of the annex`, `(i)`) is no bracket of the title's.
fn brackets_out_of_order(title: &str) -> bool {
    let mut depth = 0usize;
    for word in title.split_whitespace() {
        let label = word.trim_start_matches('(').trim_end_matches([')', ',', ';', '.']);
        let is_label =
            word.ends_with(')') && (1..=4).contains(&label.chars().count()) && label.chars().all(char::is_alphanumeric);
        if is_label {
            continue;
        }
        for c in word.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => match depth.checked_sub(1) {
                    Some(d) => depth = d,
                    None => return true,
                },
                _ => {}
            }
        }
    }
    depth != 0
}

/// `plain_text(inlines).trim_end().ends_with(',')`, without building the
/// text: the last inline that is not all white space decides.
fn ends_with_comma(inlines: &[Inline]) -> bool {
    inlines
        .iter()
        .rev()
        .map(|i| i.plain().trim_end())
        .find(|p| !p.is_empty())
        .is_some_and(|p| p.ends_with(','))
}

/// Lower-case words joined by one space.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn check_deliberation(d: &Deliberation, report: &mut Report) {
    let what = match d.kind {
        crate::DeliberationKind::Resolution => "resolution",
        crate::DeliberationKind::Decision => "decision",
    };
    let operative: Vec<(u32, Option<Span>)> = d
        .operative
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => p.num.as_deref().and_then(number).map(|n| (n, p.span)),
            _ => None,
        })
        .collect();
    let mut seq = sequence_check(
        "operative-sequence",
        &format!("the operative paragraphs of {what} {}", d.number),
        &operative,
        "An operative paragraph may have been lost or merged with the one before; compare with the PDF.",
    );
    if operative.first().is_some_and(|(n, _)| *n != 1) {
        let (n, span) = operative.first().copied().unwrap_or((0, None));
        seq.insert(
            0,
            warning(
                "operative-sequence",
                format!("the operative paragraphs of {what} {} start at {n}", d.number),
                span,
                "The first operative paragraphs may have been read into the preamble or another block; compare with the PDF.",
            ),
        );
    }
    report.record(seq);

    // A preamble ends in an operative part: numbered paragraphs, or one
    // unnumbered paragraph (`Adopts the outcome …`).
    let unnumbered = d
        .operative
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(p) if p.num.is_none()))
        .count();
    let no_operative = !d.preamble.is_empty() && operative.is_empty() && unnumbered == 0;
    report.record(if no_operative {
        vec![warning(
            "preamble-without-operative",
            format!("{what} {} has a preamble and no operative paragraph", d.number),
            d.span,
            "The operative paragraphs were probably read as something else (a heading, a new section); check the text after the preamble.",
        )]
    } else {
        Vec::new()
    });

    // A heading inside the operative part that repeats the text's title or
    // is a symbol alone is a running header a missing page break let in.
    // The title, normalised when the first section needs it: most
    // operative parts hold none.
    let mut title: Option<String> = None;
    let mut headings = Vec::new();
    walk_blocks(&d.operative, Scope::default(), &mut |node, _| {
        if let Node::Block(Block::Section(s)) = node {
            let title: &str = title.get_or_insert_with(|| normalise(&plain_text(&d.title)));
            let heading = normalise(&plain_text(&s.heading));
            let repeats_title = heading.len() >= 12 && (title.starts_with(&heading) || heading.starts_with(title));
            let symbol_alone = !heading.contains(' ') && heading.contains('/');
            // A heading that names an agenda or a list below it (`Provisional
            // agenda of the seventh session`) belongs there.
            let over_text = matches!(s.children.first(), None | Some(Block::Paragraph(_)));
            if s.num.is_none() && !heading.is_empty() && over_text && (repeats_title || symbol_alone) {
                headings.push(s.heading_span.or(s.span));
            }
        }
    });
    report.record(
        headings
            .into_iter()
            .map(|span| {
                warning(
                    "heading-in-deliberation",
                    format!("a running header read as a heading inside {what} {}", d.number),
                    span,
                    "This may be a running header or a page's title line left in the text, which ends the operative part early; check the page breaks here.",
                )
            })
            .collect(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Footnote, FootnoteMarker, Paragraph};

    fn para(n: &str) -> Block {
        Block::Paragraph(Paragraph::new(Some(n), vec![Inline::text("Text.")]))
    }

    #[test]
    fn sequences_restart_at_one_and_report_gaps_and_repeats() {
        let seq: Vec<(u32, Option<Span>)> = [1, 2, 3, 1, 2, 4, 4].iter().map(|&n| (n, None)).collect();
        let found: Vec<(u32, u32)> = breaks(&seq).into_iter().map(|(e, f, _)| (e, f)).collect();
        assert_eq!(
            found,
            [(3, 4), (5, 4)],
            "a return to 1 is a new sequence; 2 -> 4 a gap, 4 -> 4 a repeat"
        );
    }

    #[test]
    fn a_clean_document_passes_every_check() {
        let doc = Document {
            body: vec![para("1"), para("2")],
            ..Document::default()
        };
        let report = run(&doc);
        assert_eq!((report.passed, report.failed), (6, 0), "{:?}", report.findings);
    }

    #[test]
    fn a_title_cut_off_or_missing_is_reported() {
        let mut doc = Document::default();
        doc.metadata.title = Some("Report of the Human Rights Council on its".to_owned());
        assert_eq!(
            check_title(&doc).first().map(|d| d.code.as_str()),
            Some("title-cut-off")
        );
        doc.metadata.title = Some("Report of the Working Group on the Universal Periodic Review".to_owned());
        assert!(check_title(&doc).is_empty(), "a whole title passes");
        doc.metadata.title = None;
        assert!(check_title(&doc).is_empty(), "no symbol, no title expected");
        // A masthead and no title: missing, except in an amendment to a
        // Security Council draft, which prints none.
        doc.metadata.symbol = "S/2025/118".parse().ok();
        doc.metadata.distribution = Some(crate::Distribution::General);
        assert_eq!(
            check_title(&doc).first().map(|d| d.code.as_str()),
            Some("title-missing")
        );
        doc.metadata.kind = crate::DocumentKind::Amendment;
        assert!(check_title(&doc).is_empty(), "a Council amendment prints no title");
        doc.metadata.symbol = "A/C.3/78/L.55".parse().ok();
        assert_eq!(
            check_title(&doc).first().map(|d| d.code.as_str()),
            Some("title-missing"),
            "outside the Council, a missing title is still reported"
        );
    }

    #[test]
    fn a_title_whose_brackets_do_not_pair_is_reported() {
        let mut doc = Document::default();
        // PyMuPDF, E/ESCWA/2017/EC.4/7: the body's name, its closing bracket first.
        doc.metadata.title = Some(")اللجنة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا اللجنة".to_owned());
        assert_eq!(
            check_title(&doc).first().map(|d| d.code.as_str()),
            Some("title-brackets")
        );
        doc.metadata.title = Some("UN LIBRARY ( ocr".to_owned());
        assert_eq!(
            check_title(&doc).first().map(|d| d.code.as_str()),
            Some("title-brackets"),
            "one left open"
        );
        for whole in [
            "Rapport national présenté conformément au paragraphe 15 a) de l’annexe",
            "Economic and Social Commission for Western Asia (ESCWA)",
            "Measures (i) and (ii) [draft]",
        ] {
            doc.metadata.title = Some(whole.to_owned());
            assert!(check_title(&doc).is_empty(), "{whole}");
        }
    }

    #[test]
    fn paragraphs_short_of_the_contents_are_reported() {
        use crate::{Section, SectionLevel, Table, TableRow};
        let row = |cells: &[&str]| TableRow {
            cells: cells.iter().map(|c| vec![Inline::text(*c)]).collect(),
        };
        let contents_headed = |heading: &str, rows: Vec<TableRow>| {
            Block::Section(Section {
                id: "toc_1".into(),
                span: None,
                level: SectionLevel::Heading,
                num: None,
                num_span: None,
                heading: vec![Inline::text(heading)],
                heading_span: None,
                children: vec![Block::Table(Table {
                    id: "toc_1__table".into(),
                    span: None,
                    rows,
                })],
            })
        };
        let contents = |rows: Vec<TableRow>| contents_headed("Contents", rows);
        let mut doc = Document::default();
        doc.body.push(contents(vec![
            row(&["I.", "Introduction", "1-3", "2"]),
            row(&["II.", "Work", "4–9", "3"]),
        ]));
        for n in ["1", "2", "3", "4"] {
            doc.body.push(para(n));
        }
        let report = run(&doc);
        assert!(
            report.findings.iter().any(|d| d.message.contains("up to 9")),
            "{:?}",
            report.findings
        );
        for n in ["5", "6", "7", "8", "9"] {
            doc.body.push(para(n));
        }
        assert!(
            run(&doc).findings.is_empty(),
            "the numbering reaches the contents' last"
        );
        // A contents heading that ends with a comma is reported for it, and
        // its ranges are read all the same.
        let mut doc = Document::default();
        doc.body.push(contents_headed(
            "Contents,",
            vec![
                row(&["I.", "Introduction", "1-3", "2"]),
                row(&["II.", "Work", "4–9", "3"]),
            ],
        ));
        doc.body.push(para("1"));
        let codes: Vec<String> = run(&doc).findings.into_iter().map(|d| d.code).collect();
        assert!(codes.iter().any(|c| c == "heading-ends-with-comma"), "{codes:?}");
        assert!(codes.iter().any(|c| c == "paragraph-sequence"), "{codes:?}");
        // Years a row spans are no paragraph range.
        assert_eq!(paragraph_range("2018-2019"), None);
        assert_eq!(paragraph_range("35-4"), Some(35));
    }

    #[test]
    fn markers_and_footnotes_are_matched() {
        let mut doc = Document::default();
        let marker = |label: &str, footnote: Option<&str>| {
            Inline::FootnoteMarker(FootnoteMarker {
                id: format!("fnref_{label}"),
                span: None,
                label: label.to_owned(),
                footnote: footnote.map(str::to_owned),
            })
        };
        doc.body = vec![Block::Paragraph(Paragraph::new(
            Some("1"),
            vec![Inline::text("Text"), marker("1", Some("fn_1")), marker("3", None)],
        ))];
        doc.footnotes = ["1", "2"]
            .iter()
            .map(|l| Footnote {
                id: format!("fn_{l}"),
                span: None,
                label: (*l).to_owned(),
                content: vec![Inline::text("Note.")],
            })
            .collect();
        let report = run(&doc);
        let codes: Vec<&str> = report.findings.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["footnote-without-marker"],
            "the marker with no note is the resolver's to report"
        );
        assert_eq!(report.failed, 2, "both checks failed");
        assert!(report.findings.iter().all(|d| d.severity == Severity::Warning));
    }

    #[test]
    fn a_resolution_with_a_preamble_and_no_operative_part_is_reported() {
        let doc = Document {
            body: vec![Block::Resolution(Box::new(Deliberation {
                id: "res_73-8".to_owned(),
                span: None,
                kind: crate::DeliberationKind::Resolution,
                number: "73/8".to_owned(),
                title: Vec::new(),
                adoption_note: None,
                formula: None,
                preamble: vec![Paragraph::new(None, vec![Inline::text("Recalling its resolutions,")])],
                operative: Vec::new(),
                annexes: Vec::new(),
                adoption: None,
            }))],
            ..Document::default()
        };
        let report = run(&doc);
        assert!(
            report.findings.iter().any(|d| d.code == "preamble-without-operative"),
            "{:?}",
            report.findings
        );
    }
}

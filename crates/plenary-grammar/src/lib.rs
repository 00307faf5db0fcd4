//! The grammar of plenary: the plain text of a UN document to a
//! [`plenary_model::Document`], in nom.
//!
//! Entry point: [`parse`]. It never fails and never panics: what no rule
//! recognises is kept as an `unrecognized` node with a diagnostic.
//!
//! ```
//! let doc = plenary_grammar::parse("1. La Conférence a adopté le rapport sur les travaux de sa session.\n");
//! assert_eq!(doc.metadata.language.as_deref(), Some("fr"));
//! assert_eq!(doc.body.len(), 1);
//! ```
//!
//! The work runs in three passes:
//! 1. [`layout`]: lines, page furniture and footnote blocks;
//! 2. [`block`]: sections, paragraphs, resolutions and decisions, lists…;
//! 3. [`inline`]: footnote markers, document symbols and references inside each block.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
// No input may make the grammar panic: no unwrap, expect or panic outside tests.
// (Indexing is still allowed in the layout pass, on indices its loops bound;
// the fuzz targets and property tests check it.)
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

pub mod block;
pub mod inline;
pub mod lang;
pub mod layout;
pub mod lex;
pub mod util;

use plenary_model::{Block, Diagnostic, Document, DocumentKind, Footnote, JobNumber, Severity, Span, Symbol};

use block::{BodyLine, Parser};
use layout::Role;

/// True when the line at `next` goes on with the sentence of the line that
/// ends at `prev_end`: that line ends in no stop or comma (`.`, `,`, `:`, `;`, `?`, `!`)
/// and the next opens with a word in small letters that is not a list or
/// note label (`a)`, `iv.`, `a`), nor, where `lang` prints them in small
/// letters, a preambular or operative opener (`получив`, `постановляет`
/// after a paragraph whose final comma OCR lost).
fn sentence_goes_on(text: &str, prev_end: usize, next: usize, lang: &lang::Lang) -> bool {
    let before = text.get(..prev_end).unwrap_or("").trim_end();
    let ended = before.ends_with([
        '.', ',', ':', ';', '?', '!', '\u{ff0c}', '\u{3001}', '\u{3002}', '\u{ff1a}', '\u{ff1b}', '\u{060c}',
    ]);
    let after = text.get(next..).unwrap_or("");
    let first_word = after.split_whitespace().next().unwrap_or("");
    let label = first_word.ends_with(')')
        || (first_word.chars().count() <= 5 && first_word.ends_with('.'))
        || first_word.chars().count() == 1;
    // `… resolution 862 (1993) of` / `31 August 1993, in which …` goes on
    // too; a paragraph number (`2.`), a note label (`1/`), a row of figures
    // or a page number does not.
    let goes_on = after.chars().next().is_some_and(char::is_lowercase)
        || (after.starts_with(|c: char| c.is_ascii_digit())
            && !first_word.ends_with('/')
            && before.ends_with(char::is_lowercase)
            && prose(after));
    let opener = lang.openers_in_small_letters && {
        let line = after.lines().next().unwrap_or("");
        block::starts::preambular_start(line, lang) || block::starts::operative_start(line, lang)
    };
    !before.is_empty() && !ended && !label && goes_on && !opener
}

/// True when the line that opens `after` reads as prose: three words in
/// small letters at least.
fn prose(after: &str) -> bool {
    let line = after.lines().next().unwrap_or("");
    line.split_whitespace()
        .filter(|w| w.chars().all(char::is_lowercase))
        .nth(2)
        .is_some()
}

/// Parses `text` into a document. Never fails and never panics.
#[must_use]
pub fn parse(text: &str) -> Document {
    let lang = lang::detect(text);
    let mut laid = layout::layout(text);
    let mut body = Vec::new();
    let (mut blank, mut removed) = (false, false);
    for (i, line) in laid.lines.iter().enumerate() {
        match laid.roles.get(i) {
            Some(Role::Body) => {
                // A blank line inside a sentence (an extractor's break
                // between two text boxes) does not end a paragraph.
                let weak = blank
                    && !removed
                    && body
                        .last()
                        .is_some_and(|prev: &BodyLine| sentence_goes_on(text, prev.end, line.content_start, lang));
                body.push(BodyLine {
                    start: line.content_start,
                    end: line.content_end,
                    blank_before: (blank && !weak) || removed,
                    removed_before: removed,
                });
                blank = false;
                removed = false;
            }
            Some(Role::Blank) => blank = true,
            _ => removed = true,
        }
        if line.ends_page {
            removed = true;
        }
    }
    // The masthead of the first page, if the document opens with one.
    let first_page = laid
        .lines
        .iter()
        .zip(&laid.roles)
        .filter(|(l, r)| **r == Role::Body && l.page == 1)
        .count();
    let first_page = first_page.min(block::masthead::MASTHEAD_LINES);
    let masthead = block::masthead::read(text, body.get(..first_page).unwrap_or(&body), lang);
    let mut furniture = laid.furniture;
    if let Some(m) = &masthead {
        let first_kept = (0..body.len()).find(|k| m.consumed.binary_search(k).is_err());
        let mut k = 0;
        body.retain(|_| {
            k += 1;
            m.consumed.binary_search(&(k - 1)).is_err()
        });
        if first_kept.is_some() {
            if let Some(first) = body.first_mut() {
                first.blank_before = true;
            }
        }
        furniture.extend(m.furniture.iter().cloned());
        furniture.sort_by_key(|f| f.span.map(|s| s.start));
    }
    if lang.code == "ar" {
        lex::join_split_arabic_numbers(text, &mut body);
    }
    // Star notes are called apart from the numbered notes' sequence.
    let (star_labels, labels): (Vec<String>, Vec<String>) = laid
        .footnotes
        .iter()
        .map(|f| f.label.clone())
        .partition(|l| plenary_model::is_star_label(l));
    // Typewriter labels are printed `1/`; a label that pdftotext wrapped in
    // direction controls (`(` LRE ` )1` PDF) is longer than its digits too.
    let slash = laid
        .footnotes
        .iter()
        .any(|f| f.label_span.slice(text).is_some_and(|l| l.ends_with('/')));
    let style = if slash {
        inline::footnote_marker::MarkerStyle::Slash
    } else {
        inline::footnote_marker::MarkerStyle::Superscript
    };
    // What the footnotes need of the lines, taken now so that the lines and
    // their roles (about 40 bytes a line) are freed before the block pass.
    let footnote_lines: Vec<(Vec<(usize, usize)>, u32)> = laid
        .footnotes
        .iter()
        .map(|raw| {
            let mut segments = Vec::with_capacity(raw.lines.len());
            for (k, &l) in raw.lines.iter().enumerate() {
                let Some(line) = laid.lines.get(l) else { continue };
                let start = if k == 0 {
                    raw.text_start.min(line.content_end)
                } else {
                    line.content_start
                };
                // A label after its note's text (a text written in visual
                // order; a Latin note's label at its line's end, `-layout`):
                // the line's text before it and after it, the label apart.
                let (label_start, label_end) = (raw.label_span.start as usize, raw.label_span.end as usize);
                if raw.label_after_text && (line.content_start..line.content_end).contains(&label_start) {
                    if start < label_start {
                        segments.push((start, label_start));
                    }
                    let after = label_end.max(start);
                    if after < line.content_end {
                        segments.push((after, line.content_end));
                    }
                } else {
                    segments.push((start, line.content_end));
                }
            }
            let end = raw
                .lines
                .last()
                .and_then(|&l| laid.lines.get(l))
                .map_or(raw.label_span.end, |l| u32::try_from(l.content_end).unwrap_or(u32::MAX));
            (segments, end)
        })
        .collect();
    // The short name of the source each note cites, where it opens with one:
    // the note's first segment that holds text (the label may stand alone on
    // its line, `-raw`, the text starting on the next).
    let note_heads = laid
        .footnotes
        .iter()
        .zip(&footnote_lines)
        .filter_map(|(raw, (segments, _))| {
            let note = segments
                .iter()
                .take(2)
                .find_map(|&(start, end)| text.get(start..end).filter(|t| !t.trim().is_empty()))?;
            let head = inline::footnote_marker::note_head(note)?;
            Some((raw.label.clone(), head.to_owned()))
        })
        .collect();
    drop(std::mem::take(&mut laid.lines));
    drop(std::mem::take(&mut laid.roles));
    let visual = if lang.code == "ar" {
        visual_order(text, &body)
    } else {
        None
    };
    // A heading of endnotes in the body, where no note was read: the notes
    // are there, in a form no rule knew.
    let unread_notes = if laid.footnotes.is_empty() {
        unread_notes_heading(text, &body)
    } else {
        None
    };
    // (A text written in visual order may set a call as a box of its own.)
    let style = match visual {
        Some((Visual::Letters, ..)) if style == inline::footnote_marker::MarkerStyle::Superscript => {
            inline::footnote_marker::MarkerStyle::Visual
        }
        _ => style,
    };
    let mut parser = Parser::new(text, lang, body, labels, style);
    parser.visual_letters = matches!(visual, Some((Visual::Letters, ..)));
    parser.visual_runs = matches!(visual, Some((Visual::Runs, ..)));
    if let Some(span) = unread_notes {
        parser.diagnostics.push(
            Diagnostic::new(
                "notes-unread",
                Severity::Warning,
                "a heading of endnotes stands in the body, and no footnote or endnote was read".to_owned(),
                Some(span),
            )
            .with_help(
                "The notes under this heading are kept as paragraphs: their labels are in a form no rule knew (set apart from their texts, doubled, or after them). Compare them with the PDF.",
            ),
        );
    }
    if let Some((kind, lines, span)) = visual {
        let (what, help) = match kind {
            Visual::Runs => (
                "their words last first",
                "The extractor wrote each word or run of the lines as it stands on the page (pdftotext -raw does). The masthead is read in reading order, the body as written: headings, titles and paragraphs may be missed. Extract the text with pdftotext without -raw for a faithful parse.",
            ),
            Visual::Letters => (
                "their letters last first",
                "The extractor wrote each line's letters left to right as they stand on the page (pdfminer does, and may set each word of a justified line apart). The masthead is read in reading order, the body as written: chapters, notes and their calls are read from the boxes pdfminer sets for them, but the titles of chapters, the sections, paragraphs and the notes' texts may be missed or out of order. Extract the text with pdftotext for a faithful parse.",
            ),
        };
        parser.diagnostics.push(
            Diagnostic::new(
                "visual-order-text",
                Severity::Warning,
                format!("{lines} right-to-left lines are written in visual order, {what}"),
                Some(span),
            )
            .with_help(help),
        );
    }
    parser.inline.star_labels = star_labels;
    parser.inline.note_heads = note_heads;
    if let Some(sub) = masthead.as_ref().and_then(|m| m.subtitle.as_deref()) {
        parser.kind_hint = parser.kind_of(sub);
    }
    // A provisional agenda: its numbered lines are the agenda's items.
    parser.agenda_document = masthead
        .as_ref()
        .and_then(|m| m.title.as_deref())
        .is_some_and(|t| Parser::agenda_title(t, lang));
    // An amendment's text says how to change another: no resolution of its own.
    parser.draft = masthead
        .as_ref()
        .and_then(|m| m.draft.as_ref())
        .filter(|d| !d.amendment)
        .map(|d| d.kind);
    let blocks = parser.parse_body();
    if let Some((label, span)) = parser.inline.uncalled.take() {
        parser.diagnostics.push(
            Diagnostic::new(
                "footnote-missing",
                Severity::Warning,
                format!("the text calls note {label}, and no footnote {label} was found"),
                Some(span),
            )
            .with_help(
                "The foot of a page holds notes no rule recognised (labels set apart from their texts, or a page read as text); compare it with the PDF.",
            ),
        );
    }
    // A label printed again (each resolution of a report numbering its own
    // notes from 1) gives `fn_1`, then `fn_1-2`, `fn_1-3`.
    let mut times: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let footnotes = laid
        .footnotes
        .iter()
        .zip(&footnote_lines)
        .map(|(raw, (segments, end))| {
            let content = inline::content::build(text, segments, lang, &mut parser.inline, false);
            let end = *end;
            let n = times.entry(raw.label.as_str()).or_insert(0);
            *n += 1;
            let name = plenary_model::label_id(&raw.label);
            let id = if *n == 1 {
                format!("fn_{name}")
            } else {
                format!("fn_{name}-{n}")
            };
            // (Its text may stand before its label: see layout::visual.)
            let start = match segments.first() {
                Some(&(s, _)) if raw.label_after_text => u32::try_from(s).unwrap_or(u32::MAX).min(raw.label_span.start),
                _ => raw.label_span.start,
            };
            Footnote {
                id,
                span: Some(Span::new(start, end)),
                label: raw.label.clone(),
                content,
            }
        })
        .collect();
    let mut doc = Document {
        body: blocks,
        footnotes,
        furniture,
        diagnostics: std::mem::take(&mut parser.diagnostics),
        ..Document::default()
    };
    let meta = &mut doc.metadata;
    meta.length = u32::try_from(text.len()).unwrap_or(u32::MAX);
    meta.language = Some(lang.code.to_owned());
    meta.symbol = laid.header_symbol.as_deref().and_then(read_symbol);
    // The job number alone; its language letter (`GE.12-17781 (E)`) in a
    // field of its own.
    if let Some(job) = laid
        .job_number
        .as_deref()
        .map(|j| inline::symbol::parse_job_number(j).unwrap_or_else(|| JobNumber::new(j)))
    {
        meta.job_language = job.language().map(String::from);
        meta.job_number = Some(JobNumber::new(job.number()));
    }
    meta.kind = document_kind(&doc.body);
    if let Some(m) = masthead {
        // A joint document's running header may print one of its symbols a
        // line (`A/ES-10/1027` / `S/2025/173`): the masthead's joint symbol
        // (`A/ES-10/1027-S/2025/173`) is the document's.
        // `A/HRC/13/42*`: a star calls the footnote saying the document was reissued.
        let printed = m.symbol.as_deref().map(|s| s.trim_end_matches(layout::stars::STARS));
        if let (Some(joint), Some(half)) = (printed, meta.symbol.as_ref().map(ToString::to_string)) {
            let is_half = joint.len() > half.len() + 1
                && (joint.strip_prefix(half.as_str()).is_some_and(|r| r.starts_with('-'))
                    || joint.strip_suffix(half.as_str()).is_some_and(|r| r.ends_with('-')));
            if is_half {
                meta.symbol = None;
            }
        }
        if meta.symbol.is_none() {
            meta.symbol = printed.and_then(read_symbol);
        }
        meta.title = m.title;
        meta.subtitle = m.subtitle;
        meta.distribution = m.distribution;
        meta.date = m.date;
        meta.original_language = m.original_language;
        // Arabic as a reader types it, as the title is given.
        meta.body = m.body.or(m.organ).map(|b| {
            if lang::arabic::has_arabic(&b) {
                lang::arabic::readable(&b)
            } else {
                b
            }
        });
        meta.agenda_items = m.agenda_items;
        meta.session = m.session;
        if let Some(d) = m.draft {
            meta.kind = if d.amendment {
                DocumentKind::Amendment
            } else {
                DocumentKind::Draft
            };
            meta.sponsors = d.sponsors;
            meta.amends = d.amends.as_deref().and_then(|s| inline::symbol::parse_symbol(s).ok());
        }
    }
    if meta.title.is_none() {
        // A document that is one resolution or decision takes its title.
        if let Some(Block::Resolution(d) | Block::Decision(d)) = sole_deliberation(&doc.body) {
            doc.metadata.title = Some(plenary_model::plain_text(&d.title)).filter(|t| !t.is_empty());
        }
    }
    // The session from the report's first paragraphs, or its place and dates
    // where the masthead gave only its number (`The Human Rights Council held
    // its fourteenth session at the United Nations Office at Geneva from 31
    // May to 18 June 2010`).
    match doc.metadata.session.as_mut() {
        None => doc.metadata.session = find_session(&doc.body, lang),
        Some(s) if s.place.is_none() && s.start.is_none() => {
            if let Some(found) = find_session(&doc.body, lang).filter(|f| f.number == s.number) {
                s.place = found.place;
                s.start = found.start;
                s.end = found.end;
            }
        }
        Some(_) => {}
    }
    doc
}

/// The document's own symbol as printed: read by the text's grammar, or by
/// the model's reader where the grammar does not take the form (`A/81/6
/// (Sect. 13)/Part A`).
fn read_symbol(s: &str) -> Option<Symbol> {
    inline::symbol::parse_symbol(s)
        .ok()
        .or_else(|| s.parse::<Symbol>().ok())
}

/// The only resolution or decision at the top of the body, when the body has
/// no sections: the document is that text.
fn sole_deliberation(body: &[Block]) -> Option<&Block> {
    let mut found = None;
    for block in body {
        match block {
            Block::Resolution(_) | Block::Decision(_) if found.is_none() => found = Some(block),
            // `Resolution adopted by the General Assembly` set apart as a
            // heading over the text: an unnumbered heading, looked through.
            Block::Section(s)
                if found.is_none() && s.num.is_none() && s.level == plenary_model::SectionLevel::Heading =>
            {
                found = Some(sole_deliberation(&s.children)?);
            }
            Block::Resolution(_) | Block::Decision(_) | Block::Section(_) => return None,
            _ => {}
        }
    }
    found
}

fn document_kind(body: &[Block]) -> DocumentKind {
    let articles = body
        .iter()
        .filter(|b| matches!(b, Block::Section(s) if s.level == plenary_model::SectionLevel::Article || s.children.iter().any(|c| matches!(c, Block::Section(a) if a.level == plenary_model::SectionLevel::Article))))
        .count();
    let chapters = body
        .iter()
        .filter(|b| matches!(b, Block::Section(s) if s.level == plenary_model::SectionLevel::Chapter))
        .count();
    if articles >= 3 {
        return if chapters > 0 {
            DocumentKind::Treaty
        } else {
            DocumentKind::Declaration
        };
    }
    match sole_deliberation(body) {
        Some(Block::Resolution(_)) => DocumentKind::Resolution,
        Some(Block::Decision(_)) => DocumentKind::Decision,
        _ => DocumentKind::Report,
    }
}

/// The session, from the first report paragraphs that name one.
fn find_session(body: &[Block], lang: &lang::Lang) -> Option<plenary_model::Session> {
    let mut found = None;
    let mut seen = 0;
    plenary_model::visit::walk_blocks(body, plenary_model::visit::Scope::default(), &mut |node, scope| {
        if found.is_some() || seen > 10 || scope.in_deliberation {
            return;
        }
        if let plenary_model::visit::Node::Block(Block::Paragraph(p)) = node {
            if p.num.is_some() {
                seen += 1;
                found = block::session::read_session(&plenary_model::plain_text(&p.content), lang);
            }
        }
    });
    found
}

/// The first line of the second half of the body that is a heading of
/// endnotes alone (`Notes`, `الحواشي`, [`lang::Lang::notes`] of any
/// language), a colon after it or not: its span.
fn unread_notes_heading(text: &str, body: &[BodyLine]) -> Option<Span> {
    body.iter().skip(body.len() / 2).find_map(|l| {
        let line = text.get(l.start..l.end)?;
        let word = line
            .trim_matches(|c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c))
            .trim_end_matches(':')
            .trim_end();
        (line.len() <= 40 && lang::names_notes(word)).then(|| Span::from_range(l.start..l.end))
    })
}

/// The lines holding Arabic [`visual_order`] reads for the order of their
/// letters before it tells whether the text may be written last letter
/// first.
const LETTERS_SAMPLE: usize = 200;

/// How the lines of an Arabic text are written in visual order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visual {
    /// A word a run, the runs last first ([`lang::arabic::written_word_by_word`]):
    /// `pdftotext -raw`.
    Runs,
    /// Each line's letters last first ([`lang::arabic::letter_order`]): pdfminer.
    Letters,
}

/// Lines of an Arabic text written in visual order: how, how many, and the
/// first one's span. Letters last first where at least three lines are so
/// written and four times as many as those whose letters read in order
/// (pdfminer writes them all; other extractors a few lines in a thousand at
/// most), among the first [`LETTERS_SAMPLE`] lines that hold Arabic and
/// among all; else a word a run where at least three lines and a tenth of those
/// that hold Arabic are (a fifth to nine tenths in `-raw` texts, a
/// thirtieth at most in `-layout` ones).
fn visual_order(text: &str, body: &[BodyLine]) -> Option<(Visual, usize, Span)> {
    let mut arabic = 0usize;
    let mut runs = (0usize, None);
    let mut letters = (0usize, None);
    let mut in_order = 0usize;
    let mut letters_possible = true;
    for l in body {
        let Some(line) = text.get(l.start..l.end) else {
            continue;
        };
        if !lang::arabic::has_arabic(line) {
            continue;
        }
        arabic += 1;
        let span = Span::from_range(l.start..l.end);
        if lang::arabic::written_word_by_word(line) {
            runs.0 += 1;
            runs.1.get_or_insert(span);
        }
        // (One extractor wrote the whole text: where the first lines that
        // hold Arabic are not so written, the rest are not read for it.)
        if letters_possible {
            let (reading, reversed) = lang::arabic::letter_order(line);
            if reversed > reading {
                letters.0 += 1;
                letters.1.get_or_insert(span);
            } else if reading > reversed {
                in_order += 1;
            }
            letters_possible = arabic < LETTERS_SAMPLE || letters.0 > 4 * in_order;
        }
    }
    let (n, first) = letters;
    let letters = first
        .filter(|_| letters_possible && n >= 3 && n > 4 * in_order)
        .map(|span| (Visual::Letters, n, span));
    let (n, first) = runs;
    letters.or_else(|| {
        first
            .filter(|_| n >= 3 && n * 10 >= arabic)
            .map(|span| (Visual::Runs, n, span))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goes_on(prev: &str, next: &str) -> bool {
        let text = format!("{prev}\n\n{next}\n");
        sentence_goes_on(&text, prev.len(), prev.len() + 2, &lang::en::EN)
    }

    #[test]
    fn a_notes_heading_with_no_note_read_says_so() {
        let body = "1. The Committee met.\n\n2. It adopted its report.\n\n3. It closed.\n\n";
        let unread = |notes: &str| {
            let text = format!("{body}{notes}");
            parse(&text).diagnostics.iter().any(|d| d.code == "notes-unread")
        };
        // Labels no rule knows (`B/ = …`, OCR'd): kept as text, and said.
        assert!(unread("Notes\nB/ = Mr. W's communication was declared inadmissible.\n"));
        assert!(unread("\u{202B}الحواشي\u{202C}\nhttps://www.example.org/1.1\n"));
        // Notes read: nothing to say.
        assert!(!unread("Notes\n1 Mr. W's communication was declared inadmissible.\n"));
        // No heading: nothing to say.
        assert!(!unread("Mr. W's communication was declared inadmissible.\n"));
    }

    #[test]
    fn an_opener_in_small_letters_is_no_sentence_going_on() {
        let text = "о приеме Бутана в члены Организации Объединенных Наций Ш\n\nрассмотрев заявление Бутана,\n";
        let prev = text.find('\n').unwrap_or(0);
        assert!(
            !sentence_goes_on(text, prev, prev + 2, &lang::ru::RU),
            "a Russian preambular opener after a line whose comma OCR lost opens a paragraph"
        );
        let text = "горе, и\n\nвновь утвердить веру в основные права человека,\n";
        let prev = text.find('\n').unwrap_or(0);
        assert!(
            sentence_goes_on(text, prev, prev + 2, &lang::ru::RU),
            "an adverb alone is no opener"
        );
    }

    #[test]
    fn a_blank_line_inside_a_sentence_is_weak() {
        assert!(
            goes_on("all its previous relevant", "resolutions,"),
            "a small letter goes on"
        );
        assert!(goes_on(
            "Bearing in mind Security Council resolution 862 (1993) of",
            "31 August 1993, in which the Council approved the dispatch"
        ));
        assert!(
            !goes_on("the Vienna Declaration,", "à proclamer à nouveau notre foi"),
            "a comma ends a clause"
        );
        assert!(!goes_on("to the following", "a) les États"), "a list label");
        assert!(!goes_on("Tuesday, 24 September 2030", "a"), "a note label");
        assert!(
            !goes_on("court backlogs in courts of", "31 Dec 2000 5.139 22.439"),
            "a row of figures"
        );
        assert!(
            !goes_on("the advisory body", "2. Endorses the recommendations"),
            "a paragraph number"
        );
    }

    #[test]
    fn a_column_of_numbers_alone_is_no_paragraphs() {
        // A/HRC/WG.6/7/SVN/1, page 2: the list of abbreviations, its numbers
        // in one column and its texts in another.
        let text = "LIST OF ABBREVIATIONS\n1.\n2.\n3.\n\nCEPOL\nCoE\nESD\n\nI. METHODOLOGY\n\n\
                    1.\nThe report was drafted.\n2.\nIt was sent.\n";
        let doc = parse(text);
        let mut nums = Vec::new();
        let mut unrecognized = Vec::new();
        fn walk(blocks: &[plenary_model::Block], nums: &mut Vec<String>, unrecognized: &mut Vec<String>) {
            for b in blocks {
                match b {
                    plenary_model::Block::Paragraph(p) => nums.extend(p.num.clone()),
                    plenary_model::Block::Unrecognized(u) => unrecognized.push(u.text.clone()),
                    plenary_model::Block::Section(s) => walk(&s.children, nums, unrecognized),
                    _ => {}
                }
            }
        }
        walk(&doc.body, &mut nums, &mut unrecognized);
        assert_eq!(nums, ["1", "2"], "{unrecognized:?}");
        assert_eq!(unrecognized, ["1.\n2.\n3."]);
        // Two numbers alone are no column: a paragraph's number alone, its
        // text after the next number's (`1.` / `2.` / text) is left as it was.
        let doc = parse("1.\n2.\nThe report was drafted.\n");
        let mut unrecognized = Vec::new();
        walk(&doc.body, &mut Vec::new(), &mut unrecognized);
        assert!(unrecognized.is_empty(), "{unrecognized:?}");
    }

    #[test]
    fn a_weak_blank_line_keeps_the_paragraph_whole() {
        let text = "The General Assembly,\n\nRecalling its resolution 72/3 and all its previous relevant\n\nresolutions,\n\n1. Decides to act.\n";
        let doc = parse(text);
        let json = serde_json::to_string(&doc).unwrap_or_default();
        assert!(
            json.contains("previous relevant resolutions,") || json.contains("previous relevant\\nresolutions,"),
            "the two halves of the sentence should be one paragraph: {json}"
        );
    }
}

//! Tables of contents.
//!
//! # Grammar
//! ```text
//! toc   = contents-heading { row } ;
//! row   = [ label ] title-line { title-line } leader-line { numbers } ;
//! label = roman "." | letter "." | number "." | number "/" number "." ;   (* "I.", "A.", "14/1." *)
//! leader-line = text "....." ;
//! numbers     = page | paragraph-range ;                               (* "5", "8–23" *)
//! ```
//!
//! # Examples (A/HRC/14/37)
//! ```text
//! Contents
//! I.
//! Resolutions.........................................................
//! 5
//! ```
//!
//! # Model
//! A section (level `heading`) holding a [`plenary_model::Table`]: one row
//! per entry, cells for the label, the title, and each number.
//!
//! # Diagnostics
//! None.

use plenary_model::{Block, Inline, Section, SectionLevel, Table, TableRow};

use super::Parser;
use crate::lex::Flags;

/// True when line `i` opens a table of contents.
pub fn toc_at(p: &Parser<'_>, i: usize) -> bool {
    p.has(i, Flags::CONTENTS) && (i + 1..i + 8).any(|j| p.has(j, Flags::LEADER))
}

/// A dot leader within the next eight lines: the table goes on (column
/// headers, page numbers and labels stand between the entries).
fn leader_soon(p: &Parser<'_>, i: usize) -> bool {
    (i..i + 8).any(|j| p.has(j, Flags::LEADER))
}

fn is_numbers(c: &str) -> bool {
    !c.is_empty()
        && c.chars()
            .all(|ch| ch.is_ascii_digit() || matches!(ch, '–' | '-' | '−' | ' ' | ','))
}

/// Parses a table of contents at the parser's position.
pub fn parse(p: &mut Parser<'_>, parent: &str) -> Block {
    let first = p.pos;
    let n = p.next_count();
    let id = p.id(parent, &format!("toc_{n}"));
    let heading_line = p.line(first);
    let heading = p.plain_inlines(&heading_line.map(|l| vec![(l.start, l.end)]).unwrap_or_default());
    p.pos += 1;
    let mut rows: Vec<TableRow> = Vec::new();
    let mut cells: Vec<Vec<Inline>> = Vec::new();
    let mut title: Vec<(usize, usize)> = Vec::new();
    let mut numbers_seen = false;
    // Any page or paragraph numbers read: the rows have begun.
    let mut numbers_seen_once = false;
    let mut last = first;
    while let Some(line) = p.line(p.pos) {
        let c = p.content(p.pos);
        let toc = p.has(p.pos, Flags::TOC_LINE);
        // A column's header (`Paragraphs`, `Page`) before the next entry, or
        // before the column of page numbers that pdfminer sets after the
        // entries (`Page` / `6` / `6` / …).
        let column_header = c.split_whitespace().count() <= 2
            && !toc
            && (leader_soon(p, p.pos + 1) || is_numbers(p.content(p.pos + 1)));
        // (Short in characters, an Arabic or Cyrillic letter taking two bytes,
        // and a run of spaces counting as one: PyMuPDF may set a title's
        // two lines on one, far apart.)
        let width: usize = c.split_whitespace().map(|w| w.chars().count() + 1).sum();
        let short_title = width < 100 && leader_soon(p, p.pos) && !c.ends_with('.');
        // A title so long that its leader is a dot or a few, its page or
        // paragraph numbers next (`… for People of African Descent .` /
        // `134`, `… IN TECHNICAL SESSIONS ....` / `11–60`).
        // (Or before the next entry, its numbers set apart in a column:
        // `… management practices ....` / `B. Working group …`, pdfminer.)
        let cut_leader = (c.ends_with(" .") || c.ends_with(".."))
            && (is_numbers(p.content(p.pos + 1))
                || ((c.ends_with("...") || c.ends_with(" .")) && leader_soon(p, p.pos + 1)));
        if !(toc || column_header || short_title || cut_leader) {
            break;
        }
        let seg = (line.start, line.end);
        let label_alone = toc && !p.has(p.pos, Flags::LEADER) && !is_numbers(c);
        // A numeral alone after the contents whose title follows with no
        // leader near it (`I.` / `Méthodologie et procédures de
        // consultation` / `1. L’établissement …`): the body's first heading.
        if label_alone
            && numbers_seen_once
            && p.line(p.pos + 1).is_some()
            && !p.has(p.pos + 1, Flags::TOC_LINE)
            && !leader_soon(p, p.pos + 1)
            && !p.content(p.pos + 1).ends_with("..")
            && !is_numbers(p.content(p.pos + 2))
        {
            break;
        }
        if is_numbers(c) {
            if !title.is_empty() {
                cells.push(p.plain_inlines(&title));
                title.clear();
            }
            cells.push(p.plain_inlines(&[seg]));
            numbers_seen = true;
            numbers_seen_once = true;
        } else {
            if numbers_seen || (label_alone && !title.is_empty()) {
                finish_row(p, &mut rows, &mut cells, &mut title);
                numbers_seen = false;
            }
            if label_alone || column_header {
                cells.push(p.plain_inlines(&[seg]));
            } else {
                title.push(seg);
            }
        }
        last = p.pos;
        p.pos += 1;
    }
    finish_row(p, &mut rows, &mut cells, &mut title);
    let span = p.span_lines(first, last);
    let table_id = p.id(&id, "table");
    Block::Section(Section {
        id,
        span,
        level: SectionLevel::Heading,
        num: None,
        num_span: None,
        heading,
        heading_span: p.span_lines(first, first),
        children: vec![Block::Table(Table {
            id: table_id,
            // No span when no line followed the heading (it is not the heading's).
            span: (last > first).then(|| p.span_lines(first + 1, last)).flatten(),
            rows,
        })],
    })
}

fn finish_row(
    p: &mut Parser<'_>,
    rows: &mut Vec<TableRow>,
    cells: &mut Vec<Vec<Inline>>,
    title: &mut Vec<(usize, usize)>,
) {
    if !title.is_empty() {
        cells.push(p.plain_inlines(title));
        title.clear();
    }
    if !cells.is_empty() {
        rows.push(TableRow {
            cells: std::mem::take(cells),
        });
    }
}

#[cfg(test)]
mod tests {
    use plenary_model::{Block, SectionLevel};

    /// The number of top-level blocks of `text`, the entries of its first
    /// table of contents, and its chapters.
    fn contents_and_chapters(text: &str) -> (usize, usize, Vec<String>) {
        let doc = crate::parse(text);
        let rows = doc
            .body
            .iter()
            .find_map(|b| match b {
                Block::Section(s) => s.children.iter().find_map(|c| match c {
                    Block::Table(t) => Some(t.rows.len()),
                    _ => None,
                }),
                _ => None,
            })
            .unwrap_or(0);
        let chapters = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Section(s) if s.level == SectionLevel::Chapter => s.num.clone(),
                _ => None,
            })
            .collect();
        (doc.body.len(), rows, chapters)
    }

    #[test]
    fn a_leader_cut_to_a_dot_before_the_next_entry() {
        // A/HRC/43/2 in pdfminer: `A. Debate on … of African Descent .`, the
        // next entry's leader after it, the page numbers in a column.
        let text = "Contents\n\
                    IX. Racism, racial discrimination ......................................\n\
                    A. Debate on the midterm review of the International Decade for People of African Descent .\n\
                    B. General debate on agenda item 9 ......................................\n\
                    C. Consideration of and action on draft proposals .........................\n\
                    Page\n141\n142\n144\n150\n\n\
                    I. Organizational and procedural matters\n\n\
                    1. The Human Rights Council held its forty-third session.\n";
        let (blocks, rows, chapters) = contents_and_chapters(text);
        assert!(rows >= 1, "a table of contents");
        assert_eq!(blocks, 2, "the contents, then chapter I: no entry left in the body");
        assert_eq!(chapters, ["I"], "no contents row taken for a chapter");
    }
}

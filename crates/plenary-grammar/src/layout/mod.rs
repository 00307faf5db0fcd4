//! The layout pass: lines, page furniture and footnote blocks, before any
//! block grammar runs.
//!
//! The result says, for every line, what role it plays: body text, blank,
//! furniture, or part of a footnote. The block grammar then reads the body
//! lines only, so a paragraph cut by a footnote block or a page break reads
//! on as one.

pub mod furniture;
pub mod lines;
pub mod pages;
pub mod stars;
pub mod visual;

use plenary_model::{Furniture, FurnitureKind, Span};

pub use lines::{scan_lines, Line};

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Body text.
    Body,
    /// White space only.
    Blank,
    /// Removed furniture.
    Furniture(FurnitureKind),
    /// A line of footnote `n` (index into [`Layout::footnotes`]).
    Footnote(usize),
}

/// Line `i`, or a blank line past the end (the passes below look ahead and
/// behind without bound checks of their own).
fn line_at(lines: &[Line], i: usize) -> Line {
    lines.get(i).copied().unwrap_or(Line {
        start: 0,
        end: 0,
        content_start: 0,
        content_end: 0,
        page: 0,
        ends_page: false,
        virtual_break: false,
    })
}

/// The role of line `i`, [`Role::Blank`] past the end.
fn role_at(roles: &[Role], i: usize) -> Role {
    roles.get(i).copied().unwrap_or(Role::Blank)
}

/// Sets the role of line `i`; nothing past the end.
fn set_role(roles: &mut [Role], i: usize, role: Role) {
    if let Some(r) = roles.get_mut(i) {
        *r = role;
    }
}

/// A footnote as laid out: its label and its lines.
#[derive(Debug, Clone)]
pub struct RawFootnote {
    /// The label as printed without `/` (`21`).
    pub label: String,
    /// Span of the label as printed (`21`, `1/`).
    pub label_span: Span,
    /// Line indices holding the footnote text.
    pub lines: Vec<usize>,
    /// Where the text starts on the first line (after the label).
    pub text_start: usize,
    /// The note's text starts on a line before its label's (a text written
    /// in visual order, see [`visual`]): the label's line gives the text
    /// after the label, and the label is furniture of its own
    /// ([`FurnitureKind::FootnoteLabel`]).
    pub label_after_text: bool,
}

/// The outcome of the layout pass.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Every line.
    pub lines: Vec<Line>,
    /// The role of each line.
    pub roles: Vec<Role>,
    /// Footnotes in order.
    pub footnotes: Vec<RawFootnote>,
    /// Removed furniture, in order.
    pub furniture: Vec<Furniture>,
    /// The first job number seen in a footer.
    pub job_number: Option<String>,
    /// The document's own symbol, from running headers or the masthead.
    pub header_symbol: Option<String>,
}

/// Non-blank lines around a page boundary in which headers, page numbers
/// and barcodes are looked for.
const WINDOW: usize = 3;

/// Lines looked at on each side of an anchor, blank ones included: without a
/// bound, a run of empty pages (form feeds only) made the backward walk
/// quadratic. Real pages have a few blank lines at most before a footer.
const REACH: usize = 100;

/// How many of the first page's lines are looked into for the masthead's
/// symbol.
const MASTHEAD_SYMBOL_LINES: usize = 15;

/// Runs the layout pass over `text`.
#[must_use]
pub fn layout(text: &str) -> Layout {
    let mut lines = scan_lines(text);
    if lines::is_column_layout(text, &lines) {
        lines = lines::split_columns(text, lines);
    }
    pages::infer_page_ends(text, &mut lines);
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| if l.is_blank() { Role::Blank } else { Role::Body })
        .collect();
    let mut job_number = None;
    // Anchors: footers with job numbers, and form feeds.
    let mut anchors = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let content = line.content(text);
        if let Some(job) = furniture::scan_footer(content) {
            set_role(&mut roles, i, Role::Furniture(FurnitureKind::Footer));
            job_number.get_or_insert_with(|| job.to_owned());
            anchors.push(i);
        } else if furniture::is_rule(content) {
            set_role(&mut roles, i, Role::Furniture(FurnitureKind::FootnoteRule));
        }
        if line.ends_page {
            anchors.push(i);
        }
    }
    // Headers, page numbers and barcodes next to an anchor; the masthead symbol
    // on the first line.
    let mut symbol_votes: Vec<(String, usize)> = Vec::new();
    let first = lines.iter().position(|l| !l.is_blank());
    let mut near = Vec::new();
    for &a in &anchors {
        near.extend(neighbours(&lines, a, true));
        near.extend(neighbours(&lines, a, false));
    }
    if let Some(f) = first {
        near.push(f);
    }
    near.sort_unstable();
    near.dedup();
    for i in near {
        if role_at(&roles, i) != Role::Body {
            continue;
        }
        let content = line_at(&lines, i).content(text);
        // `A/HRC/36/19*` (reissued) and `A/HRC/38/3–E/CN.6/2018/9` (joint): the first symbol.
        let symbol = furniture::symbol_line_read(pages::header_symbol(content)).filter(|s| !s.ends_with('.'));
        let kind = if let Some(symbol) = symbol {
            // The first line of a document is its masthead symbol: it outweighs
            // a symbol that happens to stand alone near a page foot.
            let weight = if first == Some(i) { 3 } else { 1 };
            match symbol_votes.iter_mut().find(|(s, _)| *s == symbol) {
                Some((_, n)) => *n += weight,
                None => symbol_votes.push((symbol.into_owned(), weight)),
            }
            Some(FurnitureKind::Header)
        } else if first != Some(i)
            && furniture::is_page_number(content)
            && !after_rule(&lines, &roles, i)
            && !label_before_footer(text, &lines, &roles, i)
            && !number_before_dash(text, &lines, i)
        {
            Some(FurnitureKind::PageNumber)
        } else if furniture::is_barcode(content) {
            Some(FurnitureKind::Barcode)
        } else if furniture::is_continuation(content) {
            Some(FurnitureKind::Continuation)
        } else {
            None
        };
        if let Some(kind) = kind {
            set_role(&mut roles, i, Role::Furniture(kind));
        }
    }
    page_numbers_by_sequence(text, &lines, &mut roles);
    split_page_number_dashes(text, &lines, &mut roles);
    pages_of_a_count(text, &lines, &mut roles);
    let second_numbers = one_page_number_a_page(text, &lines, &mut roles);
    let mut header_symbol = symbol_votes.iter().max_by_key(|(_, n)| *n).map(|(s, _)| s.clone());
    // One vote makes no running header where the first page's masthead
    // prints another symbol: a symbol alone once by a page's edge is then a
    // table's cell or a citation (`E/ESCWA/2017/EC.4/7` in a list of
    // documents of E/ESCWA/2017/EC.4/9/Report), and the masthead's is the
    // document's.
    if symbol_votes.iter().all(|(_, n)| *n < 2) {
        let masthead_symbol = lines
            .iter()
            .take_while(|l| l.page <= 1)
            .filter(|l| !l.is_blank())
            .take(MASTHEAD_SYMBOL_LINES)
            .map(|l| pages::header_symbol(l.content(text)))
            .find(|s| furniture::is_symbol_line(s) && !s.ends_with('.'));
        // (Not where the masthead's is a joint symbol holding the header's:
        // `A/ES-10/1027-S/2025/173` over `A/ES-10/1027`.)
        let other = |s: &&str| header_symbol.as_deref().is_some_and(|h| !s.contains(h));
        if let Some(own) = masthead_symbol.filter(other) {
            header_symbol = Some(own.to_owned());
        }
    }
    // A header line that is not the document's own symbol is body text after
    // all, unless it is the second symbol of a document that prints two, one
    // a line (`E/2018/41` / `E/ESCWA/30/18/Report`): next to the own header,
    // on more than one page.
    if let Some(own) = &header_symbol {
        let symbol_of = |i: usize| pages::header_symbol(line_at(&lines, i).content(text));
        let headers: Vec<usize> = (0..roles.len())
            .filter(|&i| role_at(&roles, i) == Role::Furniture(FurnitureKind::Header))
            .collect();
        let beside_own = |i: usize| {
            let before = (0..i).rev().find(|&j| !line_at(&lines, j).is_blank());
            let after = (i + 1..lines.len()).find(|&j| !line_at(&lines, j).is_blank());
            [before, after]
                .into_iter()
                .flatten()
                .any(|j| headers.binary_search(&j).is_ok() && symbol_of(j) == own)
        };
        let second = |symbol: &str| symbol_votes.iter().any(|(s, n)| s == symbol && *n >= 2);
        for &i in &headers {
            let symbol = symbol_of(i);
            if symbol != own && !(second(symbol) && beside_own(i)) {
                set_role(&mut roles, i, Role::Body);
            }
        }
    }
    running_titles(text, &lines, &mut roles);
    let notes_from = notes_heading(text, &lines, &mut roles);
    let mut footnotes = footnote_blocks(text, &lines, &mut roles, &anchors, notes_from);
    // A right-to-left text pdfminer wrote in visual order sets each note's
    // label after its text.
    if footnotes.is_empty() {
        footnotes = visual::visual_notes(text, &lines, &mut roles);
    }
    // A page's second bare number that opened no footnote is a stray label of
    // the PDF's superscripts (`2` / `3` under a footnote), whether it stayed in
    // the body or went on a footnote as a continuation line: removed as before.
    // So is one that opened a footnote with no text: a label alone whose text,
    // if any, pdftotext set elsewhere.
    let mut empty_notes = Vec::new();
    for i in second_numbers {
        let mut empty_note = None;
        let stray = match role_at(&roles, i) {
            Role::Body => true,
            Role::Footnote(f) => footnotes.get_mut(f).is_some_and(|note| {
                // A label set apart from its note's text (`1` / `2` / the two
                // texts) is none of the note's lines, and stays.
                let at = note.lines.iter().position(|&l| l == i);
                let continuation = at.is_some_and(|at| at > 0);
                if continuation {
                    note.lines.retain(|&l| l != i);
                } else if at == Some(0) && note.lines.len() == 1 && note.text_start >= line_at(&lines, i).content_end {
                    empty_note = Some(f);
                }
                continuation || empty_note.is_some()
            }),
            _ => false,
        };
        if stray {
            set_role(&mut roles, i, Role::Furniture(FurnitureKind::PageNumber));
        }
        empty_notes.extend(empty_note);
    }
    if !empty_notes.is_empty() {
        // One pass: drop the empty notes, and renumber the roles of the others
        // by the count of dropped notes before them.
        empty_notes.sort_unstable();
        empty_notes.dedup();
        let mut index = 0;
        footnotes.retain(|_| {
            index += 1;
            empty_notes.binary_search(&(index - 1)).is_err()
        });
        for role in &mut roles {
            if let Role::Footnote(g) = role {
                *g = g.saturating_sub(empty_notes.partition_point(|&f| f < *g));
            }
        }
    }
    stars::star_notes(text, &lines, &mut roles, &mut footnotes);
    let mut furniture = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Role::Furniture(kind) = role_at(&roles, i) {
            furniture.push(Furniture {
                kind,
                text: line.content(text).to_owned(),
                span: Some(Span::from_range(line.content_start..line.content_end)),
            });
        }
        // A label after its note's first line (a text written in visual
        // order, see `visual`): the note's text runs on after it, and the
        // label is furniture of its own.
        if let Role::Footnote(f) = role_at(&roles, i) {
            let label = footnotes
                .get(f)
                .filter(|note| note.label_after_text)
                .map(|note| note.label_span)
                .filter(|span| (line.content_start..line.content_end).contains(&(span.start as usize)));
            if let Some(span) = label {
                furniture.push(Furniture {
                    kind: FurnitureKind::FootnoteLabel,
                    text: span.slice(text).unwrap_or("").to_owned(),
                    span: Some(span),
                });
            }
        }
        if line.ends_page && !line.virtual_break {
            furniture.push(Furniture {
                kind: FurnitureKind::PageBreak,
                text: String::new(),
                span: Some(Span::from_range(line.end..line.end + 1)),
            });
        }
    }
    Layout {
        lines,
        roles,
        footnotes,
        furniture,
        job_number,
        header_symbol,
    }
}
/// A number with a dash alone on the line after it and none on the line
/// before (PyMuPDF's `19` / `-` for an Arabic item or paragraph number
/// `19-` printed in the margin near a page's foot): no page number, which
/// a dash on each side marks (`-` / `3` / `-`) or none.
fn number_before_dash(text: &str, lines: &[Line], i: usize) -> bool {
    let dash = |j: usize| line_at(lines, j).content(text) == "-";
    dash(i + 1) && !(i > 0 && dash(i - 1))
}

/// The dashes of a page number printed `-2-` that the extractor set a
/// piece a line (`pdftotext -raw`: `-` / `2` / `-`): a dash alone on the
/// line just before a page number, with another just after it, is the page
/// number's too. Either dash alone is not taken.
fn split_page_number_dashes(text: &str, lines: &[Line], roles: &mut [Role]) {
    let dash = |i: usize, roles: &[Role]| role_at(roles, i) == Role::Body && line_at(lines, i).content(text) == "-";
    for i in 1..lines.len() {
        let number = role_at(roles, i) == Role::Furniture(FurnitureKind::PageNumber)
            && line_at(lines, i).content(text).bytes().all(|b| b.is_ascii_digit());
        if number && dash(i - 1, roles) && dash(i + 1, roles) {
            set_role(roles, i - 1, Role::Furniture(FurnitureKind::PageNumber));
            set_role(roles, i + 1, Role::Furniture(FurnitureKind::PageNumber));
        }
    }
}

/// Page numbers found by what repeats: a number alone on a line among the
/// first or last four lines of its page, equal to the page's own number.
/// Where at least half of the pages after the first have one, each is
/// furniture, wherever the extractor set it (PyMuPDF puts the page number
/// at the top, between the header and the job number: `A/HRC/14/37` / `2`
/// / `GE.12-17781`).
fn page_numbers_by_sequence(text: &str, lines: &[Line], roles: &mut [Role]) {
    let pages = lines.last().map_or(1, |l| l.page);
    if pages < 3 {
        return;
    }
    let mut found: Vec<usize> = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let page = line_at(lines, start).page;
        let end = start
            + lines
                .get(start..)
                .map_or(0, |r| r.iter().take_while(|l| l.page == page).count());
        let body: Vec<usize> = (start..end).filter(|&i| !line_at(lines, i).is_blank()).collect();
        let edge = body.iter().take(4).chain(body.iter().rev().take(4));
        let hit = edge.copied().find(|&i| {
            let c = line_at(lines, i).content(text);
            c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit()) && c.parse::<u32>().ok() == Some(page)
        });
        if page > 1 {
            found.extend(hit);
        }
        start = end.max(start + 1);
    }
    if found.len() * 2 < (pages - 1) as usize {
        return;
    }
    for i in found {
        if role_at(roles, i) == Role::Body {
            set_role(roles, i, Role::Furniture(FurnitureKind::PageNumber));
        }
    }
}

/// A page prints one page number. Where two bare numbers of a page were
/// taken for it (`4`, a footnote's label, and `14`), the one kept follows
/// the number kept on the page before (or precedes one of the next page's),
/// or is the second of two in sequence, or stands as far from its page's
/// count as most page numbers of the document do, or is the last; the others
/// go back to the body, where the footnote pass may take them as labels.
/// Returns them.
fn one_page_number_a_page(text: &str, lines: &[Line], roles: &mut [Role]) -> Vec<usize> {
    let mut demoted = Vec::new();
    // A page that prints its number with the count (`5/6`) prints no bare
    // one: a bare number of that page taken for it (`2`, a footnote's label
    // set alone, that happens to equal the page's count by form feeds) goes
    // back too.
    let counted: std::collections::HashSet<u32> = roles
        .iter()
        .zip(lines)
        .filter(|(role, line)| {
            **role == Role::Furniture(FurnitureKind::PageNumber) && furniture::page_of(line.content(text)).is_some()
        })
        .map(|(_, line)| line.page)
        .collect();
    if !counted.is_empty() {
        for (i, line) in lines.iter().enumerate() {
            let bare = role_at(roles, i) == Role::Furniture(FurnitureKind::PageNumber)
                && counted.contains(&line.page)
                && line.content(text).bytes().all(|b| b.is_ascii_digit());
            if bare {
                set_role(roles, i, Role::Body);
                demoted.push(i);
            }
        }
    }
    let numbers: Vec<(usize, u32, u32)> = roles
        .iter()
        .zip(lines)
        .enumerate()
        .filter(|(_, (role, _))| **role == Role::Furniture(FurnitureKind::PageNumber))
        .filter_map(|(i, (_, line))| {
            let c = line.content(text);
            let value = c
                .parse::<u32>()
                .ok()
                .filter(|_| c.bytes().all(|b| b.is_ascii_digit()))?;
            Some((i, line.page, value))
        })
        .collect();
    // How far each number stands from its page's count (form feeds or
    // inferred breaks): the page numbers of a document share one distance,
    // the labels taken for them scatter (`2` and `5` on page 2, `3` and `6`
    // on page 3, `4` and `8` on page 4).
    let distance = |n: &(usize, u32, u32)| i64::from(n.2) - i64::from(n.1);
    let mut distances: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for n in &numbers {
        *distances.entry(distance(n)).or_default() += 1;
    }
    let mut k = 0;
    // The number kept on the page before: the sequence goes on from it, not
    // from a label demoted there.
    let mut kept: Option<u32> = None;
    while let Some(&(_, page, _)) = numbers.get(k) {
        let end = k + numbers
            .get(k..)
            .map_or(0, |rest| rest.iter().take_while(|n| n.1 == page).count());
        let on_page = numbers.get(k..end).unwrap_or(&[]);
        let next_page = numbers.get(end).map(|n| n.1);
        let after: Vec<u32> = numbers
            .get(end..)
            .unwrap_or(&[])
            .iter()
            .take_while(|n| Some(n.1) == next_page)
            .map(|n| n.2)
            .collect();
        let fits = |v: u32| kept.is_some_and(|b| b + 1 == v) || after.contains(&(v + 1));
        // Two numbers in sequence on one page, the first following the page
        // before and the second preceding the page after, are two pages'
        // numbers (a break not inferred: `75` and `76`): the later one kept.
        let second_of_two = |v: u32| {
            after.contains(&(v + 1))
                && on_page
                    .iter()
                    .any(|m| m.2 + 1 == v && kept.is_some_and(|b| b + 1 == m.2))
        };
        // The one that fits, then the second of two, then the most common
        // distance, then the last.
        let keep = on_page
            .iter()
            .enumerate()
            .max_by_key(|&(at, n)| {
                (
                    fits(n.2),
                    second_of_two(n.2),
                    distances.get(&distance(n)).copied().unwrap_or(0),
                    at,
                )
            })
            .map(|(_, n)| n);
        if on_page.len() > 1 {
            for &(i, _, _) in on_page {
                if Some(i) != keep.map(|n| n.0) {
                    set_role(roles, i, Role::Body);
                    demoted.push(i);
                }
            }
        }
        kept = keep.map(|n| n.2);
        k = end.max(k + 1);
    }
    demoted
}

/// `3/10` is page 3 of 10 only where it is the page's own number (counted
/// by form feeds) or the pages count to the same total: a number of that
/// shape that is neither, or that is past its total, stands at a page top by
/// chance (`14/103`, a decision's number opening page 40 of A/HRC/14/37) and is
/// body text after all.
fn pages_of_a_count(text: &str, lines: &[Line], roles: &mut [Role]) {
    let numbered: Vec<(usize, u32, u32, bool)> = roles
        .iter()
        .zip(lines)
        .enumerate()
        .filter(|(_, (role, _))| **role == Role::Furniture(FurnitureKind::PageNumber))
        .filter_map(|(i, (_, line))| {
            furniture::page_of(line.content(text)).map(|(page, count)| (i, page, count, page == line.page))
        })
        .collect();
    let mut totals: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for &(_, _, count, _) in &numbered {
        *totals.entry(count).or_default() += 1;
    }
    for (i, page, count, own_page) in numbered {
        if page > count || !(own_page || totals.get(&count).copied().unwrap_or(0) >= 2) {
            if let Some(role) = roles.get_mut(i) {
                *role = Role::Body;
            }
        }
    }
}

/// Running headers that repeat the title (`Necessity of ending the economic, …`):
/// the first body line of a page that repeats a line of another page's top, or
/// that the first page prints (as the title, perhaps over several lines).
fn running_titles(text: &str, lines: &[Line], roles: &mut [Role]) {
    let tops: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page > 1)
        .scan(0u32, |page, (i, l)| {
            let new_page = l.page != *page;
            *page = l.page;
            Some((i, new_page))
        })
        .filter_map(|(i, new_page)| new_page.then_some(i))
        .filter_map(|start| (start..lines.len()).take(12).find(|&j| role_at(roles, j) == Role::Body))
        .collect();
    if tops.is_empty() {
        return;
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    // The first page's body lines, joined, with where each line starts.
    let mut first_page = String::new();
    let mut line_starts = Vec::new();
    // Its top only (a title is printed there): every top is compared with
    // every line start, so the bound keeps many pages linear.
    let top_of_first_page = lines
        .iter()
        .zip(roles.iter())
        .take_while(|(l, _)| l.page == 1)
        .take(200);
    for (l, r) in top_of_first_page {
        if *r == Role::Body {
            line_starts.push(first_page.len());
            first_page.push_str(&squash(l.content(text)));
            first_page.push(' ');
        }
    }
    // Each top squashed once and counted, not compared with every other top
    // (quadratic in pages).
    let squashed: Vec<String> = tops.iter().map(|&u| squash(line_at(lines, u).content(text))).collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in &squashed {
        *counts.entry(s.as_str()).or_default() += 1;
    }
    for (&t, c) in tops.iter().zip(&squashed) {
        let repeated = counts.get(c.as_str()).is_some_and(|&n| n > 1);
        // A title repeated at a page top: long enough, printed on the first page
        // from a line start, and the page's text goes on with a new sentence.
        let next_starts_block = (t + 1..lines.len())
            .find(|&j| role_at(roles, j) == Role::Body)
            .is_some_and(|j| !starts_lowercase(line_at(lines, j).content(text)));
        // A label alone repeated at page tops (`(c)`) is no running title.
        let repeated = repeated
            && c.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2;
        // A chapter's labelled heading at a page top (`VI. Actions to be
        // taken …`, printed on the first page too in the contents) is none.
        let titled = c.len() >= 25
            && !starts_lowercase(c)
            && crate::block::starts::labelled_heading(c).is_none()
            && !c.ends_with(['.', ',', ';', ':'])
            && next_starts_block
            && line_starts
                .iter()
                .any(|&at| first_page.get(at..).is_some_and(|rest| rest.starts_with(c.as_str())));
        if (repeated || titled) && c.chars().any(char::is_alphabetic) {
            set_role(roles, t, Role::Furniture(FurnitureKind::Header));
        }
    }
}

/// The heading of endnotes (`Notes`, `Примечания`) followed by note 1 (or
/// a label within a few lines): the first in the second half of the lines,
/// or else the last after the first call of note 1. Where no label follows
/// it but note 1 stands a little above it (pdfminer, ordering a page's boxes
/// by position, sets a long first note, a table of the stakeholders whose
/// submissions are summed up, before the heading), the line of note 1,
/// where the endnotes start.
fn notes_heading(text: &str, lines: &[Line], roles: &mut [Role]) -> Option<usize> {
    let named = |i: usize| {
        if role_at(roles, i) != Role::Body {
            return false;
        }
        crate::lang::names_notes(line_at(lines, i).content(text))
    };
    let qualifies = |i: usize| {
        if !named(i) {
            return false;
        }
        // Note 1 follows, or (pdftotext having moved the labels) some label within a few lines.
        let soon: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| role_at(roles, j) == Role::Body)
            .take(6)
            .collect();
        let first_is_one = soon
            .first()
            .is_some_and(|&j| label_is(line_at(lines, j).content(text), 1));
        let some_label = soon
            .iter()
            .any(|&j| footnote_label(line_at(lines, j).content(text)).is_some());
        first_is_one || some_label
    };
    let half = lines.len() / 2;
    // In the second half of the lines; or, where the notes are long (a list
    // of the stakeholders whose submissions are summed up, an annex after
    // them) and pdftotext's `-raw` text has few lines, in the first half,
    // the last such heading after the first call of note 1.
    let found = (half..lines.len()).find(|&i| qualifies(i)).or_else(|| {
        let called = first_call_of_1(text, lines, roles)?;
        (called + 1..half).rev().find(|&i| qualifies(i))
    });
    if let Some(i) = found {
        set_role(roles, i, Role::Furniture(FurnitureKind::NotesHeading));
        return None;
    }
    // Note 1 above the heading: a line labelled 1 with its text, within the
    // 60 lines before it, after the first call of note 1.
    let called = first_call_of_1(text, lines, roles)?;
    let heading = (half..lines.len()).find(|&i| named(i))?;
    let from = (heading.saturating_sub(60).max(called + 1)..heading)
        .rev()
        .find(|&j| role_at(roles, j) == Role::Body && label_is(line_at(lines, j).content(text), 1))?;
    let labelled = footnote_label(line_at(lines, from).content(text)).is_some_and(|(_, printed, at)| at > printed);
    labelled.then(|| {
        set_role(roles, heading, Role::Furniture(FurnitureKind::NotesHeading));
        from
    })
}

/// A footnote label that pdftotext set before the page footer, its text after
/// it (`1` / `GE.12-17781` / `Observer of the Human Rights Council …` / `53`):
/// a bare number whose next line is a footer followed, on the same page, by
/// text. Or before the page number, with its text then the footer after it
/// (`5` / `76` / `Observer of the Human Rights Council …` / `GE.12-17781`).
fn label_before_footer(text: &str, lines: &[Line], roles: &[Role], i: usize) -> bool {
    let digits = line_at(lines, i).content(text).bytes().all(|b| b.is_ascii_digit());
    let mut after = (i + 1..lines.len()).filter(|&j| !line_at(lines, j).is_blank());
    if digits && label_before_page_number(text, lines, roles, i) {
        return true;
    }
    let Some(footer) = after.next() else { return false };
    if !digits || role_at(roles, footer) != Role::Furniture(FurnitureKind::Footer) || line_at(lines, footer).ends_page {
        return false;
    }
    after.next().is_some_and(|j| {
        let c = line_at(lines, j).content(text);
        line_at(lines, j).page == line_at(lines, i).page
            && c.chars().any(char::is_alphabetic)
            && !furniture::is_symbol_line(c)
    })
}

/// `5` / `76` / `Observer of the Human Rights Council …` / `GE.12-17781`: a
/// bare number, then another (the page's number), then a line of text, then
/// the page's footer, all on one page. The first number is a footnote label.
fn label_before_page_number(text: &str, lines: &[Line], roles: &[Role], i: usize) -> bool {
    let page = line_at(lines, i).page;
    let mut after = (i + 1..lines.len()).filter(|&j| !line_at(lines, j).is_blank());
    let bare = |j: usize| {
        let c = line_at(lines, j).content(text);
        !c.is_empty() && c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit())
    };
    let (Some(number), Some(words), Some(footer)) = (after.next(), after.next(), after.next()) else {
        return false;
    };
    let c = line_at(lines, words).content(text);
    bare(number)
        && !bare(words)
        && c.chars().any(char::is_alphabetic)
        && !furniture::is_symbol_line(c)
        && role_at(roles, footer) == Role::Furniture(FurnitureKind::Footer)
        && [number, words, footer].iter().all(|&j| line_at(lines, j).page == page)
}

/// True when the previous non-blank line is a footnote rule (a number there is a footnote's label).
fn after_rule(lines: &[Line], roles: &[Role], i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&j| !line_at(lines, j).is_blank())
        .is_some_and(|j| role_at(roles, j) == Role::Furniture(FurnitureKind::FootnoteRule))
}

/// Up to [`WINDOW`] non-blank lines after (`forward`) or before anchor `a`.
fn neighbours(lines: &[Line], a: usize, forward: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = a;
    let mut steps = 0;
    while out.len() < WINDOW && steps < REACH {
        steps += 1;
        i = if forward {
            i + 1
        } else if let Some(j) = i.checked_sub(1) {
            j
        } else {
            break;
        };
        let Some(line) = lines.get(i) else { break };
        if !line.is_blank() {
            out.push(i);
        }
        if line.ends_page && forward {
            break;
        }
    }
    if !forward {
        // The anchor line itself, when it is a form feed ending a text line.
        out.push(a);
    }
    out
}

/// A footnote label at the start of a line: `21 text`, `1/ text`, or a label alone.
/// Returns the label, its byte length as printed, and where the text starts (in `content`).
fn footnote_label(content: &str) -> Option<(&str, usize, usize)> {
    if content.starts_with("(\u{202a}") || content.starts_with(")\u{202a}") {
        return bidi_label(content);
    }
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let label = content.get(..digits)?;
    let rest = content.get(digits..)?;
    let (printed, rest) = match rest.strip_prefix('/') {
        Some(r) => (digits + 1, r),
        None => (digits, rest),
    };
    if rest.is_empty() {
        return Some((label, printed, content.len()));
    }
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None; // `201221` or `10e`: not a label
    }
    // A date is no footnote (`1 July 2016`, a first page's date of issue or
    // a special session's day).
    if content.len() <= 32 && crate::lang::date_line(content).is_some() {
        return None;
    }
    // Nor a day and its month that open a wrapped line (`1 January to 30
    // June 2024 and …`, a table's note run on).
    if label.len() <= 2 && crate::lang::is_month(trimmed.split_whitespace().next().unwrap_or("")) {
        return None;
    }
    Some((label, printed, content.len() - trimmed.len()))
}

/// A note whose label `pdftotext -layout` set at the right of an Arabic
/// page after the note's first line, as it sets a Latin-script note's
/// (`Prema-chandra Athukorala … south-south trade”,` spaces RLE `(` LRE
/// `)2` PDF PDF) or a short one's (`المرجع نفسه.` spaces `(` LRE `)8`).
/// Where three spaces or more stand before it, the columns are split and
/// the label stands alone on the line after that first line; after one or
/// two, it ends the line. Line `i` holds a letter and opens with no label;
/// the label is its brackets as pdftotext orders them around the digits
/// (`(` LRE `)2`, or mirrored), an RLE before them and PDFs after at most.
/// Returns the label, its line and its span.
fn latin_note_label<'t>(text: &'t str, lines: &[Line], roles: &[Role], i: usize) -> Option<(&'t str, usize, Span)> {
    let line = line_at(lines, i);
    let content = line.content(text);
    // The label's digits, where `s` ends with it; and where it starts in `s`.
    let label_at_end = |s: &'t str| -> Option<(&'t str, usize)> {
        let rest = s.trim_end_matches('\u{202c}');
        let digits = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let before = rest.get(..rest.len() - digits)?;
        let before = before
            .strip_suffix("(\u{202a})")
            .or_else(|| before.strip_suffix(")\u{202a}("))?;
        let before = before.strip_suffix('\u{202b}').unwrap_or(before);
        Some((rest.get(rest.len() - digits..)?, before.len()))
    };
    // (Cheap tests first: a digit or a PDF ends this line or the next.)
    let next = line_at(lines, i + 1);
    let next_content = next.content(text);
    let ends = |c: &str| c.ends_with(|ch: char| ch.is_ascii_digit() || ch == '\u{202c}');
    if !ends(content) && !ends(next_content) {
        return None;
    }
    // (The label's LRE, in this line's end or the next line.)
    let lre = |c: &str| {
        let bytes = c.as_bytes();
        bytes
            .get(bytes.len().saturating_sub(24)..)
            .is_some_and(|end| end.windows(3).any(|w| w == "\u{202a}".as_bytes()))
    };
    if !lre(content) && !lre(next_content) {
        return None;
    }
    if !content.chars().any(char::is_alphabetic) || footnote_label(content).is_some() {
        return None;
    }
    // Alone on the next line.
    if next_content.len() <= 16 && role_at(roles, i + 1) == Role::Body {
        if let Some((digits, 0)) = label_at_end(next_content) {
            return Some((digits, i + 1, Span::from_range(next.content_start..next.content_end)));
        }
    }
    // At this line's end, a space or two before it.
    let (digits, at) = label_at_end(content)?;
    let text_before = content.get(..at)?;
    let spaced = text_before.ends_with(' ') && text_before.chars().any(char::is_alphabetic);
    spaced.then(|| (digits, i, Span::from_range(line.content_start + at..line.content_end)))
}

/// A label `(N)` at the start of a right-to-left line, as pdftotext writes
/// it with the direction controls it wraps around left-to-right runs: the
/// opening bracket, then a left-to-right run (to its closing control or the
/// line's end) that ends with the closing bracket and the digits (`(` LRE
/// ` )1` PDF `قرار الجمعية العامة …`), the note's text after the run; or,
/// where the note's text is itself left-to-right, the text inside the run
/// before them (`(` LRE `.E/ESCWA/ECW/2013/2 )1`). The brackets may come
/// mirrored (`)` LRE `.E/ESCWA/EDID/2017/2 (10`).
fn bidi_label(content: &str) -> Option<(&str, usize, usize)> {
    let (opening, closing) = if content.starts_with('(') {
        ('(', ')')
    } else {
        (')', '(')
    };
    let open = opening.len_utf8() + '\u{202a}'.len_utf8();
    let rest = content.get(open..)?;
    let (run, run_end) = match rest.find('\u{202c}') {
        Some(at) => (rest.get(..at)?, open + at + '\u{202c}'.len_utf8()),
        None => (rest, content.len()),
    };
    let close = run.rfind(closing)?;
    let digits = run.get(close + 1..)?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let inside = run.get(..close)?;
    // Brackets inside only in pairs (`.WSIS-03/GENEVA/9(Rev.1)-A )3`), or
    // one opened that the note's next line closes (`Ben Shepherd, Aid for
    // Trade … (World Trade Organization and )10` / `OECD, 2013).`).
    // The one opened stands after a space, as a parenthesis of prose does
    // (not glued inside a symbol: `9(Rev.1-A )3` is no label).
    let (opened, closed) = (inside.matches('(').count(), inside.matches(')').count());
    let prose_bracket = inside
        .rfind('(')
        .is_some_and(|at| inside.get(..at).is_some_and(|before| before.ends_with(' ')));
    if closed > opened || opened > closed + 1 || (opened == closed + 1 && !prose_bracket) {
        return None;
    }
    let label_at = open + close + 1;
    let label = content.get(label_at..label_at + digits.len())?;
    if inside
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '،' | '.' | '؛' | ','))
    {
        Some((label, run_end, run_end))
    } else {
        Some((label, open, open))
    }
}

/// The line of the digits of note `expected`'s label `(N)` that PyMuPDF
/// and `-raw` set a piece a line (`(` / `1` / `)`), where line `i` is the
/// opening bracket; the digits line's index.
fn split_label(text: &str, lines: &[Line], i: usize, expected: u32) -> Option<usize> {
    let content = |j: usize| lines.get(j).map_or("", |l| l.content(text));
    (content(i) == "("
        && label_is(content(i + 1), expected)
        && content(i + 1).bytes().all(|b| b.is_ascii_digit())
        && content(i + 2) == ")"
        && lines.get(i..i + 2).is_some_and(|ls| ls.iter().all(|l| !l.ends_page)))
    .then_some(i + 1)
}

/// Takes the label [`split_label`] found, its digits on line `d`: the
/// brackets are the label's furniture, the digits the label (never the
/// page's number, though they may stand where it does).
fn take_split_label(roles: &mut [Role], d: usize) {
    set_role(roles, d - 1, Role::Furniture(FurnitureKind::FootnoteLabel));
    set_role(roles, d, Role::Body);
    set_role(roles, d + 1, Role::Furniture(FurnitureKind::FootnoteLabel));
}

/// True when line `j` holds a note's call that PyMuPDF and `-raw` set a
/// piece a line (`العالمية(` or `(` / `1` / `)` or `).`): the digits alone,
/// an opening bracket ending the line above, a closing one opening the line
/// below.
fn split_call(text: &str, lines: &[Line], j: usize, label: &str) -> bool {
    let content = |k: usize| lines.get(k).map_or("", |l| l.content(text));
    j > 0 && content(j) == label && content(j - 1).ends_with('(') && content(j + 1).starts_with(')')
}

/// True when `content` is one word of letters, no figure and no symbol (a
/// table's cell): how pdftotext may set each word of a justified line.
fn word_alone(content: &str) -> bool {
    !content.contains(' ')
        && content.chars().any(char::is_alphabetic)
        && !content.contains(|c: char| c.is_ascii_digit() || c == '/')
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '»', '”', ')']) && !s.trim_end().ends_with("vol.")
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Finds footnote blocks: after a rule line, or at the foot of a page (the
/// lines up to the next page anchor all being footnotes), with labels in
/// sequence.
fn footnote_blocks(
    text: &str,
    lines: &[Line],
    roles: &mut [Role],
    anchors: &[usize],
    notes_from: Option<usize>,
) -> Vec<RawFootnote> {
    let mut footnotes: Vec<RawFootnote> = Vec::new();
    let mut expected: u32 = 1;
    // (Labels after their note's first line come with the direction
    // controls of right-to-left text: looked for only in such a text.)
    let bidi = text.contains('\u{202a}');
    // The first line that calls note 1, looked for once.
    let mut first_call: Option<Option<usize>> = None;
    let mut i = 0;
    while i < lines.len() {
        // Endnotes from their heading, or from note 1 where it stands above it.
        let from_note = notes_from == Some(i) && footnotes.is_empty();
        let notes = role_at(roles, i) == Role::Furniture(FurnitureKind::NotesHeading) || from_note;
        let after_rule = role_at(roles, i) == Role::Furniture(FurnitureKind::FootnoteRule) || notes;
        // A label alone taken for the page's number (`1` / its text / the
        // running header / `54 GE.12-17781`, A/HRC/14/37 in -raw).
        let label_as_number = role_at(roles, i) == Role::Furniture(FurnitureKind::PageNumber)
            && label_taken_for_page_number(text, lines, roles, i, expected, notes);
        // A label set a piece a line (`(` / `1` / `)`): its brackets are
        // the label's furniture, its digits the label.
        let mut split_foot = false;
        if role_at(roles, i) == Role::Body {
            if let Some(d) = split_label(text, lines, i, expected) {
                // (Taken before the page foot is looked at, which reads only
                // the lines left in the body.)
                let role = role_at(roles, d);
                take_split_label(roles, d);
                // Its page calls it above it, and its text follows it (a call
                // so set is followed by the sentence's punctuation or words:
                // `(` / `2` / `)` / `.`).
                let label = line_at(lines, d).content(text);
                let page = line_at(lines, i).page;
                let called = (0..i)
                    .rev()
                    .take_while(|&j| line_at(lines, j).page == page)
                    .any(|j| role_at(roles, j) == Role::Body && split_call(text, lines, j, label));
                let text_after = (d + 2..lines.len().min(d + 5))
                    .map(|k| line_at(lines, k).content(text))
                    .find(|c| !c.is_empty())
                    .is_some_and(|c| !c.chars().all(|ch| ch.is_ascii_punctuation() || matches!(ch, '،' | '؛')));
                let foot =
                    called && text_after && page_foot_is_footnotes(text, lines, roles, anchors, d, expected, true);
                if foot {
                    i = d;
                    split_foot = true;
                } else {
                    set_role(roles, i, Role::Body);
                    set_role(roles, d, role);
                    set_role(roles, d + 1, Role::Body);
                }
            }
        }
        let mut at_page_foot = split_foot
            || (role_at(roles, i) == Role::Body || label_as_number)
                && ((label_is(line_at(lines, i).content(text), expected)
                && page_foot_is_footnotes(text, lines, roles, anchors, i, expected, false)
                // With no rule above it, the first note must be called before
                // it (on its page, or earlier for endnotes): a table's row
                // (`1 iSeek multimedia report`) is not.
                && (expected > 1 || first_call
                    .get_or_insert_with(|| first_call_of_1(text, lines, roles))
                    .is_some_and(|c| c < i)))
                    || (bare_label(line_at(lines, i).content(text)) == Some(expected)
                        && label_column(text, lines, roles, i, expected).is_some())
                    || (bidi
                        && latin_note_label(text, lines, roles, i)
                            .is_some_and(|(l, _, _)| label_value(l) == Some(expected))
                        && page_foot_is_footnotes(text, lines, roles, anchors, i, expected, false)));
        // The numbering starts again at 1 (each resolution of a report
        // numbers its own notes): a page foot of notes from 1, whose page
        // calls note 1.
        if !at_page_foot && expected > 1 && role_at(roles, i) == Role::Body && restarts(text, lines, roles, anchors, i)
        {
            expected = 1;
            at_page_foot = true;
        }
        if !after_rule && !at_page_foot {
            i += 1;
            continue;
        }
        let mut j = if after_rule && !from_note { i + 1 } else { i };
        // The footnote being read (its index in `footnotes`), and the
        // digits line of the last label read a piece a line.
        let mut open: Option<usize> = None;
        let mut split_digits: Option<usize> = None;
        while j < lines.len() {
            match role_at(roles, j) {
                Role::Blank => {
                    j += 1;
                    continue;
                }
                Role::Furniture(FurnitureKind::PageNumber)
                    if (after_rule || open.is_some() || j == i)
                        && label_taken_for_page_number(text, lines, roles, j, expected, notes) => {}
                Role::Furniture(_) => {
                    j += 1;
                    continue;
                }
                Role::Footnote(_) => break,
                Role::Body => {}
            }
            let line = line_at(lines, j);
            let content = line.content(text);
            // The note of an asterisk (`* TPNW/MSP/2025/1.`, for the star of the
            // agenda line) before note 1 under the rule: no numbered note.
            if open.is_none()
                && after_rule
                && content
                    .strip_prefix('*')
                    .is_some_and(|r| r.starts_with(' ') || r.starts_with(char::is_alphabetic))
            {
                j += 1;
                continue;
            }
            // Labels set apart from their texts: the first label opens its note;
            // the others are furniture (see `FurnitureKind::FootnoteLabel`).
            if !notes && bare_label(content) == Some(expected) {
                if let Some(column) = label_column(text, lines, roles, j, expected) {
                    let first = footnotes.len();
                    let mut set_apart = Vec::new();
                    for (label_line, note) in column {
                        j = j.max(note.last().map_or(j, |&k| k + 1));
                        let shown = if footnotes.len() == first {
                            label_line
                        } else {
                            set_apart.extend(label_line);
                            None
                        };
                        push_note(&mut footnotes, roles, lines, expected, shown, note);
                        expected += 1;
                    }
                    for k in set_apart {
                        set_role(roles, k, Role::Furniture(FurnitureKind::FootnoteLabel));
                    }
                    open = Some(footnotes.len() - 1);
                    continue;
                }
            }
            // Footnotes whose labels pdftotext lost: as many unlabelled lines
            // as the labels missing before the next labelled one, right after
            // a rule (in endnotes too: `Notes` / two unlabelled notes / `3
            // Ibid.`), or over a page break, where pdftotext moved the labels
            // (`Ur. l. RS No. 110/2006` / `Ur. l. RS No. 14/2007` / `33 …`, the
            // labels `31` `32` at the block's end).
            let new_page = open
                .and_then(|f| footnotes.get(f))
                .and_then(|f| f.lines.last())
                .is_some_and(|&l| line_at(lines, l).page < line.page);
            // (Not past a page foot of labels set a piece a line: the next
            // page's top is no note.)
            if ((open.is_none() && after_rule) || (new_page && !split_foot)) && footnote_label(content).is_none() {
                if let Some(lost) = lost_labels(text, lines, roles, j, expected) {
                    j = lost.last().and_then(|note| note.last()).map_or(j, |&k| k + 1);
                    for note in lost {
                        push_note(&mut footnotes, roles, lines, expected, None, note);
                        expected += 1;
                    }
                    open = Some(footnotes.len() - 1);
                    continue;
                }
            }
            // The first footnote after a rule may open the sequence at any number
            // (an excerpt, or a document whose numbering goes on from another).
            // Under the heading `Notes`, a number alone other than 1 before
            // the first note is the page's number (`Notes` / `10` / `1 See
            // A/HRC/43/15 …`, pdfminer), no note.
            if notes
                && open.is_none()
                && bare_label(content).is_some_and(|v| v != 1)
                && (j + 1..lines.len().min(j + 8)).any(|k| label_is(line_at(lines, k).content(text), 1))
            {
                set_role(roles, j, Role::Furniture(FurnitureKind::PageNumber));
                j += 1;
                continue;
            }
            // The next label set a piece a line (`(` / `2` / `)`).
            if let Some(d) = split_label(text, lines, j, expected) {
                take_split_label(roles, d);
                j = d;
                split_digits = Some(d);
                continue;
            }
            let opens = (footnotes.is_empty() && after_rule) || (notes && open.is_none());
            // Where the labels are set a piece a line, the next number alone
            // before that label so set is the open note's text (`3` /
            // `E/ESCWA/ECW/2013/` / `.` / `(` / `3` / `)`, a symbol cut).
            let split_text = split_foot
                && open.is_some()
                && split_digits != Some(j)
                && bare_label(content) == Some(expected)
                && (j + 1..lines.len().min(j + 8))
                    .any(|k| line_at(lines, k).page == line.page && split_label(text, lines, k, expected).is_some());
            // A Latin note whose label stands at its first line's end, or
            // on the line after it.
            if let Some((label, k, label_span)) = bidi
                .then(|| latin_note_label(text, lines, roles, j))
                .flatten()
                .filter(|(l, _, _)| label_value(l) == Some(expected))
            {
                let index = footnotes.len();
                footnotes.push(RawFootnote {
                    label: label.to_owned(),
                    label_span,
                    lines: if k == j { vec![j] } else { vec![j, k] },
                    text_start: line.content_start,
                    label_after_text: true,
                });
                open = Some(index);
                set_role(roles, j, Role::Footnote(index));
                set_role(roles, k, Role::Footnote(index));
                expected += 1;
                j = k + 1;
                continue;
            }
            if let Some((label, printed, text_at)) =
                footnote_label(content).filter(|_| !split_text).filter(|(l, _, _)| {
                    label_value(l) == Some(expected)
                    || (opens && label_value(l).is_some_and(|v| v > 0))
                    // Under a rule, the numbering starts again at 1 where the
                    // page calls note 1 (each resolution numbers its own).
                    || (after_rule
                        && open.is_none()
                        && expected > 1
                        && label_value(l) == Some(1)
                        && cited_on_page(text, lines, roles, j, "1"))
                    // Endnotes whose label pdftotext lost: the next label but one or two.
                    || (notes && label_value(l).is_some_and(|v| v > expected && v <= expected + 2))
                    // The numbering starts again at 1 inside a page foot of
                    // notes (the last notes of one resolution, then the
                    // first of the next): the page calls note 1 after it
                    // calls the note before the expected one.
                    || (open.is_some()
                        && expected > 1
                        && label_value(l) == Some(1)
                        && called_after(text, lines, roles, j, &(expected - 1).to_string(), "1"))
                })
            {
                if let Some(v) = label_value(label) {
                    // Endnotes whose labels pdftotext moved to another page's
                    // foot: the notes between the open one and this label are
                    // the open note's last lines, one a note.
                    if let (true, Some(f), Some(missing)) = (notes, open, v.checked_sub(expected)) {
                        split_lost_tail(text, lines, roles, &mut footnotes, f, missing, expected);
                    }
                    expected = v;
                }
                footnotes.push(RawFootnote {
                    label: label.to_owned(),
                    label_span: Span::from_range(line.content_start..line.content_start + printed),
                    lines: vec![j],
                    text_start: line.content_start + text_at,
                    label_after_text: false,
                });
                open = Some(footnotes.len() - 1);
                set_role(roles, j, Role::Footnote(footnotes.len() - 1));
                expected += 1;
                j += 1;
                continue;
            }
            // In endnotes, the label of a note read without it, which
            // pdftotext set after the notes (`5 Fifth.` / `3` / `4`): the
            // label's furniture, not text of the open note.
            if notes
                && bare_label(content).is_some_and(|v| {
                    v < expected
                        && footnotes
                            .iter()
                            .any(|f| label_value(&f.label) == Some(v) && f.label_span.is_empty())
                })
            {
                set_role(roles, j, Role::Furniture(FurnitureKind::FootnoteLabel));
                j += 1;
                continue;
            }
            // A continuation line of the open footnote?
            let continues = open.and_then(|f| footnotes.get(f)).is_some_and(|f| {
                let last = f.lines.last().map_or("", |&l| line_at(lines, l).content(text));
                let label_alone = f.lines.len() == 1
                    && f.lines
                        .first()
                        .is_some_and(|&l| f.text_start >= line_at(lines, l).content_end);
                // A footnote at a page foot does not go on at the top of the next
                // page's body (its own continuation, if any, is under that page's rule).
                let same_page = f.lines.last().is_some_and(|&l| line_at(lines, l).page == line.page);
                // A sentence left open goes on, in small letters or in words
                // (`… Advisory Opinion Submitted by the` / `Commission of Small
                // Island States …`), not in figures (a table's `161`).
                let goes_on = !ends_sentence(last)
                    && (starts_lowercase(content)
                        || content.chars().any(char::is_alphabetic)
                        || content.chars().all(|c| c.is_ascii_punctuation()));
                // A word alone on its line, as pdftotext sets each word of a
                // justified line of a note (`climatiques.` / `Disponible` /
                // `à` / `l’adresse` / `:`, E/2018/41), goes on after a stop.
                let goes_on = goes_on || word_alone(content);
                // Endnotes run to the end of the document: every line goes on the open note.
                notes || (same_page && (label_alone || goes_on || split_text))
            });
            if let (true, Some(f), Some(note)) = (continues, open, open.and_then(|f| footnotes.get_mut(f))) {
                note.lines.push(j);
                let label_line_end = note.lines.first().map(|&l| line_at(lines, l).content_end);
                if note.lines.len() == 2 && label_line_end.is_some_and(|end| note.text_start >= end) {
                    note.text_start = line.content_start;
                }
                set_role(roles, j, Role::Footnote(f));
                j += 1;
                continue;
            }
            break;
        }
        i = j.max(i + 1);
    }
    footnotes
}

/// Splits off the last `missing` lines of footnote `f` as notes `expected`,
/// `expected + 1`, … whose labels were lost (A/HRC/WG.6/34/ITA/3: `63` /
/// `ICTUR, pp.1-6.` / `JS2, p.8.` / `65 JS7, p.15.`, the label `64` set at
/// the foot of the page before): each of those lines closes a sentence, and
/// so does the line before them, which stays with note `f`.
fn split_lost_tail(
    text: &str,
    lines: &[Line],
    roles: &mut [Role],
    footnotes: &mut Vec<RawFootnote>,
    f: usize,
    missing: u32,
    expected: u32,
) {
    let Ok(count) = usize::try_from(missing) else { return };
    if count == 0 || count > 2 || f + 1 != footnotes.len() {
        return;
    }
    let Some(note) = footnotes.get(f) else { return };
    let text_lines: Vec<usize> = note
        .lines
        .iter()
        .copied()
        .filter(|&l| note.text_start < line_at(lines, l).content_end)
        .collect();
    if text_lines.len() <= count {
        return;
    }
    let tail = text_lines.get(text_lines.len() - count..).unwrap_or(&[]).to_vec();
    let kept_last = text_lines.get(text_lines.len() - count - 1).copied();
    let closes = |l: usize| ends_sentence(line_at(lines, l).content(text));
    if !tail.iter().all(|&l| closes(l)) || !kept_last.is_some_and(closes) {
        return;
    }
    if let Some(note) = footnotes.get_mut(f) {
        note.lines.retain(|l| !tail.contains(l));
    }
    for (k, l) in (0u32..).zip(tail) {
        push_note(footnotes, roles, lines, expected + k, None, vec![l]);
    }
}

/// True when line `j`, taken for the page's number, is the label of the
/// next note in a footnote block: the expected label alone, cited on the
/// page, its text on the next line of the same page (A/AC.109/2025/L.9 in
/// `-layout`: `2` / `E/2025/56.` / `3` / `Official Records of the General
/// Assembly, …` / the footer). Endnotes (`endnotes`, read from their
/// heading) are called on earlier pages, so the call is not looked for
/// there (A/HRC/WG.6/7/SVN/1: `30` / `Ur. l. RS Nos. 61/1999, 54/2000.`).
fn label_taken_for_page_number(
    text: &str,
    lines: &[Line],
    roles: &[Role],
    j: usize,
    expected: u32,
    endnotes: bool,
) -> bool {
    let line = line_at(lines, j);
    if bare_label(line.content(text)) != Some(expected) {
        return false;
    }
    let next = (j + 1..lines.len()).find(|&k| !line_at(lines, k).is_blank());
    next.is_some_and(|k| {
        role_at(roles, k) == Role::Body
            && line_at(lines, k).page == line.page
            && footnote_label(line_at(lines, k).content(text)).is_none()
    }) && (endnotes || cited_on_page(text, lines, roles, j, &expected.to_string()))
}

/// A footnote label alone on its line (`3`, not `3 A/80/10.` nor `3/10`).
fn bare_label(content: &str) -> Option<u32> {
    footnote_label(content)
        .filter(|&(_, printed, at)| printed == content.len() && at >= content.len())
        .and_then(|(label, _, _)| label_value(label))
}

/// The first body line that calls note 1 (see [`cites`]).
fn first_call_of_1(text: &str, lines: &[Line], roles: &[Role]) -> Option<usize> {
    (0..lines.len()).find(|&j| role_at(roles, j) == Role::Body && cites(line_at(lines, j).content(text), "1"))
}

/// True when a body line above `i` on its page cites footnote `label` with a
/// marker (`Agreement2`, `2002, 1 the`, or glued to a comma after a word:
/// `the Convention,1 and`).
fn cited_on_page(text: &str, lines: &[Line], roles: &[Role], i: usize, label: &str) -> bool {
    body_above_on_page(lines, roles, i).any(|j| cites(line_at(lines, j).content(text), label))
}

/// The body lines above `i` on its page, nearest first.
fn body_above_on_page<'a>(lines: &'a [Line], roles: &'a [Role], i: usize) -> impl Iterator<Item = usize> + 'a {
    let page = line_at(lines, i).page;
    (0..i)
        .rev()
        .take_while(move |&j| line_at(lines, j).page == page)
        .filter(move |&j| role_at(roles, j) == Role::Body)
}

/// True when a body line above `i` on its page calls note `then` at or
/// after the last line that calls note `first`.
fn called_after(text: &str, lines: &[Line], roles: &[Role], i: usize, first: &str, then: &str) -> bool {
    let on_page = || body_above_on_page(lines, roles, i);
    let Some(last_first) = on_page().find(|&j| cites(line_at(lines, j).content(text), first)) else {
        return false;
    };
    on_page()
        .take_while(|&j| j >= last_first)
        .any(|j| cites(line_at(lines, j).content(text), then))
}

/// True when the body line `content` calls note `label` (not a symbol
/// alone on its line, whose last digit may read as a glued call), as a
/// superscript or a typewriter call (`1/`).
fn cites(content: &str, label: &str) -> bool {
    // Cheap test first: the label's digits stand in the line.
    content.contains(label)
        && !furniture::is_symbol_line(content)
        && (crate::inline::footnote_marker::find_marker(
            // The line's end is part of what the marker pass reads (`the
            // Paris Agreement 10` at a line end).
            &format!("{content}\n"),
            0,
            label,
            &[],
            crate::inline::footnote_marker::MarkerStyle::Superscript,
        )
        .is_some()
            || glued_to_punctuation(content, label)
            // A typewriter call, set apart: `Mission in Haiti 1/ and`.
            || crate::inline::footnote_marker::find_marker(
                &format!("{content}\n"),
                0,
                label,
                &[],
                crate::inline::footnote_marker::MarkerStyle::Slash,
            )
            .is_some())
}

/// `the Convention,1 and`, `Roadmap to 1.3T”,7`, `decision 1/CMA.3,8
/// paragraph 85`: `label` glued to a comma or semicolon that is glued to the
/// word before, and followed by white space or the line's end.
fn glued_to_punctuation(content: &str, label: &str) -> bool {
    content.match_indices(label).any(|(at, _)| {
        let mut before = content.get(..at).unwrap_or("").chars().rev();
        let after = content.get(at + label.len()..).and_then(|s| s.chars().next());
        before.next().is_some_and(|c| matches!(c, ',' | ';'))
            && before.next().is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(char::is_whitespace)
    })
}

/// Footnotes whose labels the extractor set apart from their texts, at a
/// page foot: a column of labels alone that go on from note `expected`, each
/// cited on the page, then unlabelled lines that are their notes, up to the
/// next labelled note or the page's end (pdftotext, A/HRC/RES/59/25):
///
/// ```text
/// respect, promote and consider their respective obligations on human rights, the right to health,
///
/// 1
/// 2
///
/// See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.
/// Adopted under the United Nations Framework Convention on Climate Change; see
/// FCCC/CP/2015/10/Add.1, decision 1/CP.21.
/// ```
///
/// The page number may stand between the labels and the texts (`7` / `8` /
/// `4` / two notes). Where a labelled note closes the lines, the labels
/// missing before it count too, lost by the extractor (`11` / two lines /
/// `13 A/HRC/37/61.`: notes 11 and 12). The lines must split into exactly as
/// many notes (see [`split_notes`]): a numbered table at a page foot (`1` /
/// `2` / two titles) is cited nowhere, and its cells split into no count.
/// Returns each note's label line, if printed, and its lines.
fn label_column(
    text: &str,
    lines: &[Line],
    roles: &[Role],
    i: usize,
    expected: u32,
) -> Option<Vec<(Option<usize>, Vec<usize>)>> {
    let page = line_at(lines, i).page;
    let mut labels: Vec<usize> = Vec::new();
    let mut k = i;
    // The column: labels alone in sequence, blank lines between them (a
    // label near the page's end may have been taken for its number: `1` /
    // `2` / two notes at the foot of A/HRC/DEC/59/112, which prints none).
    while k < lines.len() && line_at(lines, k).page == page {
        match role_at(roles, k) {
            Role::Blank => {}
            Role::Body | Role::Furniture(FurnitureKind::PageNumber)
                if bare_label(line_at(lines, k).content(text)).is_some_and(|v| {
                    Some(v) == u32::try_from(labels.len()).ok().and_then(|n| expected.checked_add(n))
                }) =>
            {
                labels.push(k);
            }
            _ => break,
        }
        k += 1;
    }
    let first = *labels.first()?;
    if first != i {
        return None;
    }
    let column_end = expected + u32::try_from(labels.len()).ok()?;
    // The notes' lines, past the page number, up to the next label or the page's end.
    let mut run = Vec::new();
    let mut bound = None;
    while k < lines.len() && line_at(lines, k).page == page {
        match role_at(roles, k) {
            Role::Blank | Role::Furniture(_) => {
                k += 1;
                continue;
            }
            Role::Footnote(_) => return None,
            Role::Body => {}
        }
        let content = line_at(lines, k).content(text);
        if let Some((label, _, _)) = footnote_label(content) {
            let value = label_value(label)?;
            if value < column_end || value > column_end + 2 {
                return None;
            }
            bound = Some(value);
            break;
        }
        run.push(k);
        k += 1;
    }
    for n in 0..labels.len() {
        let label = (expected + u32::try_from(n).ok()?).to_string();
        if !cited_on_page(text, lines, roles, i, &label) {
            return None;
        }
    }
    let count = usize::try_from(bound.unwrap_or(column_end) - expected).ok()?;
    let notes = split_notes(text, lines, &run, count, bound.is_some())?;
    Some(
        notes
            .into_iter()
            .enumerate()
            .map(|(n, note)| (labels.get(n).copied(), note))
            .collect(),
    )
}

/// Adds note `label` made of the lines `note` (none empty), its label
/// printed on line `label_line` apart from its text, or lost (an empty span
/// where its text starts); the label line, if any, goes with the note.
fn push_note(
    footnotes: &mut Vec<RawFootnote>,
    roles: &mut [Role],
    lines: &[Line],
    label: u32,
    label_line: Option<usize>,
    note: Vec<usize>,
) {
    let first = line_at(lines, note.first().copied().unwrap_or(0));
    let label_span = label_line.map_or(Span::from_range(first.content_start..first.content_start), |k| {
        let l = line_at(lines, k);
        Span::from_range(l.content_start..l.content_end)
    });
    let index = footnotes.len();
    for &k in label_line.iter().chain(&note) {
        set_role(roles, k, Role::Footnote(index));
    }
    footnotes.push(RawFootnote {
        label: label.to_string(),
        label_span,
        lines: note,
        text_start: first.content_start,
        label_after_text: false,
    });
}

/// The unlabelled lines from `j` when they are exactly the footnotes missing
/// before the next labelled one, each note's lines in turn: one line a note
/// (`Resolution 70/1.` / `Resolution 69/313, annex.` / `3` …), or notes that
/// wrap, told apart where a sentence ends (`Report of the Second World
/// Assembly on Ageing, … (United Nations` / `publication, …, annex II.` / `2`,
/// E/CN.5/2025/L.6).
fn lost_labels(text: &str, lines: &[Line], roles: &[Role], j: usize, expected: u32) -> Option<Vec<Vec<usize>>> {
    let mut unlabelled = Vec::new();
    for k in j..lines.len().min(j + 12) {
        match role_at(roles, k) {
            Role::Blank | Role::Furniture(_) => continue,
            Role::Footnote(_) => return None,
            Role::Body => {}
        }
        let content = line_at(lines, k).content(text);
        if let Some((label, _, _)) = footnote_label(content) {
            let value = label_value(label)?;
            let missing = usize::try_from(value.checked_sub(expected)?).ok()?;
            return split_notes(text, lines, &unlabelled, missing, true);
        }
        unlabelled.push(k);
    }
    None
}

/// Splits the unlabelled lines `run` into `count` notes: one line each when
/// there are as many lines as notes, else at the line ends that close a
/// sentence before a line that opens a new one (`… decision 1/CP.21, annex.` /
/// `Adopted under the United Nations …; see` / `FCCC/CP/2015/10/Add.1, …`:
/// two notes). Where the next labelled note closes the run (`bounded`), one
/// note takes every line. `None` when the lines do not split into `count`.
fn split_notes(text: &str, lines: &[Line], run: &[usize], count: usize, bounded: bool) -> Option<Vec<Vec<usize>>> {
    if count == 0 || run.len() < count {
        return None;
    }
    if run.len() == count {
        return Some(run.iter().map(|&k| vec![k]).collect());
    }
    if count == 1 && bounded {
        return Some(vec![run.to_vec()]);
    }
    let mut notes: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<&str> = None;
    for &k in run {
        let content = line_at(lines, k).content(text);
        let new_note = prev.is_none_or(|p| ends_sentence(p) && !starts_lowercase(content));
        match notes.last_mut() {
            Some(note) if !new_note => note.push(k),
            _ => notes.push(vec![k]),
        }
        prev = Some(content);
    }
    (notes.len() == count).then_some(notes)
}

fn label_value(label: &str) -> Option<u32> {
    label.parse().ok()
}

fn label_is(content: &str, expected: u32) -> bool {
    footnote_label(content).is_some_and(|(l, _, _)| label_value(l) == Some(expected))
}

/// True when line `i` opens a page foot of notes numbered from 1 again
/// (see [`footnote_blocks`]): note 1 with its text on its line or the next
/// (not a label left behind by a column of labels, `1` / `2`), and its page
/// calls note 1.
fn restarts(text: &str, lines: &[Line], roles: &[Role], anchors: &[usize], i: usize) -> bool {
    let content = line_at(lines, i).content(text);
    let next = (i + 1..lines.len()).find(|&j| !line_at(lines, j).is_blank());
    // (A page number after a note with its text, `1  Résolution 70/1 …` /
    // `15`, is no label of a column.)
    footnote_label(content).is_some_and(|(label, _, _)| label == "1")
        && next.is_some_and(|j| {
            bare_label(line_at(lines, j).content(text)).is_none()
                || (role_at(roles, j) == Role::Furniture(FurnitureKind::PageNumber) && bare_label(content).is_none())
        })
        && page_foot_is_footnotes(text, lines, roles, anchors, i, 1, false)
        && cited_on_page(text, lines, roles, i, "1")
}

/// True when line `i` and every non-blank body line after it up to the next
/// page anchor read as footnotes `expected`, `expected + 1`, … with
/// continuation lines.
fn page_foot_is_footnotes(
    text: &str,
    lines: &[Line],
    roles: &[Role],
    anchors: &[usize],
    i: usize,
    expected: u32,
    split: bool,
) -> bool {
    let Some(&anchor) = anchors.iter().find(|&&a| a >= i) else {
        return false;
    };
    // Footnotes at a page foot are a few lines: a long run up to the anchor is
    // body text (a table of documents numbered 1, 2, … is no footnote block).
    // A line of one word of letters is no line of its own: pdftotext sets
    // each word of a justified line on a line (`des` / `Nations` / `Unies` /
    // `sur`, E/2018/41); a figure or a symbol alone (a table's cell) is.
    let body_lines = (i..=anchor)
        .filter(|&j| roles.get(j) == Some(&Role::Body) && !word_alone(line_at(lines, j).content(text)))
        .count();
    // (Not where the label was set a piece a line, `(` / `1` / `)`: no
    // table's row is, and `-raw` sets the notes' words a line each.)
    if body_lines > 12 && !split {
        return false;
    }
    // A label alone (`5`) with its text on the next line opens a footnote only if
    // the page cites it above (a marker glued to a word or set apart after
    // punctuation); a numbered row of a table (`5` / `Progress report of the Human
    // Rights Council`) is cited nowhere. (A label whose text pdftotext put after
    // the footer is followed by the footer.)
    let first = line_at(lines, i).content(text);
    let next = (i + 1..lines.len()).find(|&j| !line_at(lines, j).is_blank());
    let next_is_body = next.is_some_and(|j| role_at(roles, j) == Role::Body);
    // Labels in a column (`1` / `2` / the texts) are read by `label_column`,
    // which splits the texts; here the first would open a note with none.
    if bare_label(first).is_some()
        && next.is_some_and(|j| next_is_body && bare_label(line_at(lines, j).content(text)).is_some())
    {
        return false;
    }
    // A footnote's text is a sentence (`A/HRC/WG.6/48/SVN/1.`); a table cell is not.
    let next_is_sentence = next.is_some_and(|j| line_at(lines, j).content(text).ends_with('.'));
    if let Some((label, _, _)) =
        footnote_label(first).filter(|(_, _, at)| *at >= first.len() && next_is_body && !next_is_sentence)
    {
        let page = line_at(lines, i).page;
        // A symbol alone on its line (a table's cell, `A/HRC/14/35`) cites
        // nothing, though its last digit may read as a glued marker.
        let cited = (0..i).rev().take_while(|&j| line_at(lines, j).page == page).any(|j| {
            role_at(roles, j) == Role::Body
                && (split_call(text, lines, j, label)
                    || !furniture::is_symbol_line(line_at(lines, j).content(text))
                        && crate::inline::footnote_marker::find_marker(
                            line_at(lines, j).content(text),
                            0,
                            label,
                            &[],
                            crate::inline::footnote_marker::MarkerStyle::Superscript,
                        )
                        .is_some())
        });
        if !cited {
            return false;
        }
    }
    let mut next = expected;
    let mut prev_open = false;
    for j in i..=anchor {
        if role_at(roles, j) == Role::Furniture(FurnitureKind::FootnoteRule) {
            return false; // the rule marks where the footnotes start
        }
        // (Line `i` may be a label taken for the page's number.)
        if role_at(roles, j) != Role::Body && j != i {
            continue;
        }
        let content = line_at(lines, j).content(text);
        let after_line =
            || latin_note_label(text, lines, roles, j).is_some_and(|(l, _, _)| label_value(l) == Some(next));
        if label_is(content, next) || after_line() {
            next += 1;
            prev_open = true;
        } else if !prev_open {
            return false;
        }
        // Continuation lines are accepted; the footnote ends at the anchor.
    }
    next > expected
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each footnote's label and its text, lines joined by a space.
    fn notes(text: &str) -> Vec<(String, String)> {
        let laid = layout(text);
        laid.footnotes
            .iter()
            .map(|f| {
                let words: Vec<&str> = f
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(k, &l)| {
                        let line = line_at(&laid.lines, l);
                        let from = if k == 0 {
                            f.text_start.min(line.content_end)
                        } else {
                            line.content_start
                        };
                        text.get(from..line.content_end).unwrap_or("")
                    })
                    .collect();
                (f.label.clone(), words.join(" "))
            })
            .collect()
    }

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|&(l, t)| (l.to_owned(), t.to_owned())).collect()
    }

    #[test]
    fn numbering_that_starts_again_at_1() {
        // E/2018/41: each resolution numbers its notes from 1; the page calls
        // note 1 again, and the foot reads from 1.
        let text = "the Convention1 and the Agenda2 text\n\n1 First note.\n2 Second note.\n\n18-00276\n\x0c\
                    Recalling the report »1, and the note,\nmore text\n\n1 Third note.\n\n18-00276\n\x0cNext page.\n";
        let found = notes(text);
        assert_eq!(
            found,
            owned(&[("1", "First note."), ("2", "Second note."), ("1", "Third note.")]),
            "the second page's note 1 is a note"
        );
        // A label left behind by a column (`1` / `2` at a page's end) does
        // not start the numbering again.
        let text = "Recalling the Covenant1 and the Charter2,\n__________________\n1 A note.\n2 B note.\n\
                    more2 text\n3\nC note.\n1\n2\n\n24-14711 (E)\n\x0cNext page.\n";
        assert!(
            notes(text).iter().filter(|(l, _)| l == "1").count() <= 1,
            "{:?}",
            notes(text)
        );
    }

    #[test]
    fn a_note_s_label_set_at_its_first_line_s_end_is_read() {
        // `pdftotext -layout` on an Arabic page: a Latin note's first line,
        // spaces, and its label at the right; the columns split, the label
        // stands on the line after the note's first.
        let text = "\u{202b}اعتمدت اللجنة التقرير بشأن المصدر(1) وأشارت إلى الوثيقة(2).\u{202c}\n\n\
                    \u{202b}\u{202a}John Smith, \u{201c}Global value chains\u{201d},\u{202c}\u{202c}       \u{202b}(\u{202a})1\u{202c}\u{202c}\n\
                    \u{202b}\u{202a}Background paper, 2012.\u{202c}\u{202c}\n\
                    \u{202b}\u{202a}Jane Doe, Trade and Development (Washington,\u{202c}\u{202c}        \u{202b}(\u{202a})2\u{202c}\u{202c}\n\
                    \u{202b}\u{202a}D.C., World Bank, 2016).\u{202c}\u{202c}\n\
                    \u{202b}\u{202a}Ben Shepherd, \u{201c}Infrastructure\u{201d},\u{202c}\u{202c} \u{202b}(\u{202a})3\u{202c}\u{202c}\n\
                    \u{202b}\u{202a}Background research paper, 2015.\u{202c}\u{202c}\n\x0c";
        let text = text.replace("(2).", "(2) والتقرير(3).");
        let text = text.as_str();
        let laid = layout(text);
        let read: Vec<(&str, usize, bool)> = laid
            .footnotes
            .iter()
            .map(|f| (f.label.as_str(), f.lines.len(), f.label_after_text))
            .collect();
        // (After one space, the label ends its note's first line.)
        assert_eq!(
            read,
            [("1", 3, true), ("2", 3, true), ("3", 2, true)],
            "{:?}",
            laid.footnotes
        );
        let third = laid.footnotes.get(2).map(|f| f.label_span);
        assert_eq!(third.and_then(|s| s.slice(text)), Some("\u{202b}(\u{202a})3"));
        // The note's first line is its text's.
        let first = laid
            .footnotes
            .first()
            .and_then(|f| f.lines.first())
            .copied()
            .unwrap_or(0);
        assert!(line_at(&laid.lines, first).content(text).contains("John Smith"));
    }

    #[test]
    fn a_day_and_its_month_open_no_note() {
        assert!(footnote_label("1 January to 30 June 2024 and proposed deployment").is_none());
        assert!(footnote_label("28 juin 2018").is_none());
        assert!(footnote_label("1 See the report.").is_some());
    }

    #[test]
    fn the_first_note_without_a_rule_is_called_on_its_page() {
        // A/80/590: a table's row that opens with `1` at a page foot.
        let text = "Strategic communications\n12 internal reports on Mali\n\n\
                    1 iSeek multimedia report on the closure of\nthe liquidation process\n\n26-00248\n\x0cNext page.\n";
        assert!(notes(text).is_empty(), "{:?}", notes(text));
        let text = "the Agreement1 was signed\n\n1 See FCCC/CP/2015/10.\n\n26-00248\n\x0cNext page.\n";
        assert_eq!(notes(text), owned(&[("1", "See FCCC/CP/2015/10.")]));
    }

    #[test]
    fn a_second_symbol_in_the_running_header() {
        // E/2018/41: every page prints `E/2018/41` above `E/ESCWA/30/18/Report`.
        let page = "E/2018/41\nE/ESCWA/30/18/Report\nSome text of the page.\nMore text.\n\n18-00276\n\x0c";
        let text = format!("{page}{page}{page}");
        let laid = layout(&text);
        let headers: Vec<&str> = laid
            .furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::Header)
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(
            headers.iter().filter(|h| **h == "E/ESCWA/30/18/Report").count(),
            3,
            "{headers:?}"
        );
        assert_eq!(laid.header_symbol.as_deref(), Some("E/2018/41"));
    }

    #[test]
    fn a_symbol_alone_once_by_a_page_edge_gives_way_to_the_mastheads() {
        // E/ESCWA/2017/EC.4/9/Report: pages carry a number only; a list of
        // documents in an annex ends a page with `E/ESCWA/2017/EC.4/7`.
        let text = "E

United Nations

Distr.
LIMITED

E/ESCWA/2017/EC.4/9/Report
24 January 2018
                    ORIGINAL: ARABIC

Some text of the report.
More text.
-2-

The documents.

8

                    E/ESCWA/2017/EC.4/7
-3-

The end.
";
        let laid = layout(text);
        assert_eq!(laid.header_symbol.as_deref(), Some("E/ESCWA/2017/EC.4/9/Report"));
        assert!(
            laid.furniture.iter().all(|f| f.text != "E/ESCWA/2017/EC.4/7"),
            "the symbol in the list stays body text: {:?}",
            laid.furniture
        );
        // With no symbol in the masthead, one vote is enough (the reference
        // report prints its symbol once, at a page's foot).
        let text = "I. Résolutions

Some text.
More text.
Other text.

CTOC/COP/2012/15
The end.
";
        assert_eq!(layout(text).header_symbol.as_deref(), Some("CTOC/COP/2012/15"));
    }

    #[test]
    fn arabic_labels_in_direction_controls() {
        // E/2018/41 (Arabic), pdftotext: `(1)` written `(` LRE ` )1` PDF
        // before a right-to-left text, around a left-to-right one, or
        // mirrored; the calls glued as `(` LRE ` ،)1` PDF.
        let text = "\u{202b}التنمية المستدامة(\u{202a} ،)1\u{202c}وخطة عمل(\u{202a} ،)2\u{202c}والوثيقة(\u{202a} .)3\u{202c}\n\n\
                    \u{202b}(\u{202a} )1\u{202c}قرار الجمعية العامة\u{202c}\n\
                    \u{202b}(\u{202a}.E/ESCWA/30/5 )2\u{202c}\u{202c}\n\
                    \u{202b})\u{202a}.E/ESCWA/EDID/2017/2 (3\u{202c}\u{202c}\n\n\x0cNext page.\n";
        let got = notes(text);
        assert_eq!(
            got.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3"],
            "{got:?}"
        );
        assert!(got.first().is_some_and(|(_, t)| t.starts_with("قرار")), "{got:?}");
        assert!(got.get(1).is_some_and(|(_, t)| t.contains("E/ESCWA/30/5")), "{got:?}");
        assert_eq!(
            bidi_label("(\u{202a})E/ESCWA/ECW/2017/IG.1/7/Report"),
            None,
            "a symbol in brackets"
        );
        // E/ESCWA/30/7: a symbol with brackets of its own inside the run.
        assert_eq!(
            bidi_label("(\u{202a}.WSIS-03/GENEVA/9(Rev.1)-A )3\u{202c}\u{202c}").map(|(l, _, _)| l),
            Some("3")
        );
        assert_eq!(
            bidi_label("(\u{202a}.WSIS-03/GENEVA/9(Rev.1-A )3\u{202c}"),
            None,
            "unpaired"
        );
        // E/ESCWA/EDID/2016/IG.1/4(Part I)/Rev.1: a Latin note whose bracket
        // the next line closes.
        assert_eq!(
            bidi_label("(\u{202a}Ben Shepherd, Aid for Trade (World Trade Organization and )10\u{202c}\u{202c}")
                .map(|(l, _, _)| l),
            Some("10")
        );
    }

    #[test]
    fn notes_numbered_again_inside_a_page_foot() {
        // E/2018/41: the last notes of one resolution, then the first of the
        // next, at one page foot, the note before them ending with no stop
        // (`راجع الوثيقة E/ESCWA/30/16`).
        let text = "the report3 and the study.4\n\nResolution 2\n\nRecalling the plan1 and the goals2\n\n\
                    3 A/1.\n4 See A/2\n1 A/3.\n2 A/4.\n\x0cNext page.\n";
        let got = notes(&format!("the first1 and second2\n\n1 B/1.\n2 B/2.\n\x0c{text}"));
        assert_eq!(
            got.iter().map(|(l, t)| format!("{l} {t}")).collect::<Vec<_>>(),
            ["1 B/1.", "2 B/2.", "3 A/1.", "4 See A/2", "1 A/3.", "2 A/4."]
        );
        // With no call of note 1 after note 4's, a line opening `1` goes on
        // note 4.
        let text = text.replace("plan1", "plan").replace("goals2", "goals");
        let got = notes(&format!("the first1 and second2\n\n1 B/1.\n2 B/2.\n\x0c{text}"));
        assert!(got.iter().filter(|(l, _)| l == "1").count() == 1, "{got:?}");
    }

    #[test]
    fn endnotes_whose_label_went_to_another_page() {
        // A/HRC/WG.6/34/ITA/3: `63` / `ICTUR, pp.1-6.` / `JS2, p.8.` / `65 …`
        // at a page's top, the label `64` printed elsewhere: when label 65
        // comes, note 63's last line is note 64.
        let split = |text: &str| {
            let lines = crate::layout::lines::scan_lines(text);
            let mut roles = vec![Role::Body; lines.len()];
            let first = line_at(&lines, 0);
            let mut footnotes = vec![RawFootnote {
                label: "63".into(),
                label_span: Span::from_range(first.content_start..first.content_end),
                lines: vec![0, 1, 2],
                text_start: first.content_end,
                label_after_text: false,
            }];
            split_lost_tail(text, &lines, &mut roles, &mut footnotes, 0, 1, 64);
            footnotes
                .iter()
                .map(|f| (f.label.clone(), f.lines.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            split("63\nICTUR, pp.1-6.\nJS2, p.8.\n"),
            [("63".to_owned(), vec![0, 1]), ("64".to_owned(), vec![2])]
        );
        assert_eq!(
            split("63\nICTUR, pp.1-6 and\nJS2, p.8.\n"),
            [("63".to_owned(), vec![0, 1, 2])],
            "a line ending no sentence goes on"
        );
        assert_eq!(
            split("63\nICTUR, pp.1-6.\nJS2, p.8\n"),
            [("63".to_owned(), vec![0, 1, 2])],
            "a last line ending no sentence is no note"
        );
    }

    #[test]
    fn a_page_number_under_the_notes_heading() {
        // A/HRC/WG.6/48/SVN/2 in pdfminer: `Notes` / `10` / `1 See …`.
        let body = "The text calls a note.1 And another.2\n".repeat(12);
        let text = format!("{body}\nNotes\n\n10\n\n1 See A/HRC/43/15.\n2 Ibid., para. 55.\n");
        let got = notes(&text);
        assert_eq!(
            got.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
            ["1", "2"],
            "{got:?}"
        );
    }

    #[test]
    fn note_one_set_above_the_notes_heading() {
        // A/HRC/WG.6/34/ITA/3 in pdfminer: the first note, a table of
        // stakeholders, stands before the heading `Notes`; note 2 after it.
        let body = "The text calls a note.1 And another.2\n".repeat(12);
        let mut text = format!("{body}\n1  The stakeholders listed below have contributed information.\n\n");
        for k in 0..6 {
            text.push_str(&format!("Stakeholder {k} (Italy);\n\n"));
        }
        text.push_str("Notes\n\n");
        for k in 0..7 {
            text.push_str(&format!("JS{k} (Italy);\n\n"));
        }
        text.push_str("2  The following abbreviations are used.\n");
        let got = notes(&text);
        assert_eq!(
            got.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
            ["1", "2"],
            "{got:?}"
        );
        assert!(got.first().is_some_and(|(_, t)| t.contains("Stakeholder 5")), "{got:?}");
        // With no note 1 above it, the heading alone opens no notes.
        let text = text.replacen("1  The stakeholders", "The stakeholders", 1);
        assert!(notes(&text).is_empty(), "{:?}", notes(&text));
    }

    #[test]
    fn endnotes_longer_than_the_body() {
        // A/HRC/WG.6/34/ITA/3 in `-raw`: the heading `Notes` before the
        // middle line, its notes (a list of stakeholders, then one note a
        // line) longer than the body.
        let mut text = String::from("1. A summary of submissions.1 The text goes on.2\nNotes\n1\nThe stakeholders:\n");
        for k in 0..6 {
            text.push_str(&format!("Stakeholder {k} (Italy);\n"));
        }
        text.push_str("2\nJS7, p.8.\n");
        let found = notes(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found.first().map(|(l, _)| l.as_str()), Some("1"));
        // No call of note 1 before it: a heading `Notes` in the first half
        // stays in the body.
        let text = text.replacen(".1 The", ". The", 1);
        assert!(notes(&text).is_empty(), "{:?}", notes(&text));
    }

    #[test]
    fn labels_in_a_column_then_their_texts() {
        // A/HRC/RES/59/25, page 1 (pdftotext): the labels, then the two texts.
        let text = "Recalling the Paris Agreement adopted under the Convention,1 and the\n\
                    Paris Agreement2 on human rights, the right to health,\n\n1\n2\n\n\
                    See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n\
                    Adopted under the United Nations Framework Convention on Climate Change; see\n\
                    FCCC/CP/2015/10/Add.1, decision 1/CP.21.\n\nGE.25-11220 (E)\n\x0c\
                    Next page.\n";
        assert_eq!(
            notes(text),
            owned(&[
                ("1", "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex."),
                (
                    "2",
                    "Adopted under the United Nations Framework Convention on Climate Change; see \
                     FCCC/CP/2015/10/Add.1, decision 1/CP.21."
                ),
            ]),
            "the two texts should split where the first sentence ends"
        );
    }

    #[test]
    fn a_label_taken_for_the_page_number_stays_in_its_column() {
        // A/HRC/DEC/59/112, page 1 (which prints no number): `2` stands near
        // the footer, where page numbers are looked for.
        let text = "comprising the report of the Working Group, 1 the views of the State
                    addressed during the interactive dialogue held in the Working Group. 2
                    [Adopted without a vote.]

1
2

A/HRC/59/15.
                    A/HRC/59/15/Add.1; see also A/HRC/59/2, part two, sect. VI.

GE.25-11154 (E)

";
        assert_eq!(
            notes(text),
            owned(&[
                ("1", "A/HRC/59/15."),
                ("2", "A/HRC/59/15/Add.1; see also A/HRC/59/2, part two, sect. VI."),
            ])
        );
    }

    #[test]
    fn a_label_taken_for_the_page_number_in_a_footnote_block() {
        // A/AC.109/2025/L.9 in -layout: `3` near the footer reads as the page
        // number, yet the page cites note 3 and its text follows.
        let text = "the Declaration,1 the report2 and the records3 of the Committee,
                    __________________
1
A/80/64.
2
E/2025/56.
3
                    Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).

                    25-08878 (E)     130625
Next page.
";
        let got = notes(text);
        assert_eq!(
            got.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3"],
            "{got:?}"
        );
        assert!(
            got.get(2).is_some_and(|n| n.1.starts_with("Official Records")),
            "{got:?}"
        );
    }

    #[test]
    fn a_label_taken_for_the_page_number_at_a_page_foot() {
        // A/HRC/14/37 in -raw: the label, its text, then the running header and
        // the footer with the page's number.
        let text = "Statements were made by Cuba, France and Spain1 (on behalf of the European Union).\n\
                    1\nObserver of the Human Rights Council speaking on behalf of Member and observer States.\n\
                    A/HRC/14/37\n54 GE.12-17781\n\x0cA/HRC/14/37\nNext page.\n";
        assert_eq!(
            notes(text),
            owned(&[(
                "1",
                "Observer of the Human Rights Council speaking on behalf of Member and observer States."
            )])
        );
    }

    #[test]
    fn an_asterisk_note_before_note_1() {
        // TPNW/MSP/2025/8: the star of the agenda line has its note first.
        let text = "was presented to the second Meeting of States Parties. 1

__________________

                    * TPNW/MSP/2025/1.
1
TPNW/MSP/2023/6.

25-01034 (E)
Next page.
";
        assert_eq!(notes(text), owned(&[("1", "TPNW/MSP/2023/6.")]));
    }

    #[test]
    fn labels_then_the_page_number_then_the_texts() {
        // A/HRC/RES/59/25, page 4: `7` / `8` / the page number `4` / two texts.
        let page = |n: u32| format!("Some text of page {n}.\n\n{n}\n\x0c");
        let text = format!(
            "{}{}{}Recalling the report “Roadmap to 1.3T”,7 and decision 1/CMA.3,8 paragraph 85, and\n\
             7\n8\n\n4\n\nSee FCCC/PA/CMA/2024/17/Add.1, decision 1/CMA.6.\nSee FCCC/PA/CMA/2021/10/Add.1.\n\n\x0c",
            page(1),
            page(2),
            page(3)
        );
        let laid = layout(&text);
        let labels: Vec<&str> = laid.footnotes.iter().map(|f| f.label.as_str()).collect();
        // The sequence opens at 7 here only because pages 1 to 3 are cut out:
        // nothing before 7, so nothing is read.
        assert!(
            labels.is_empty(),
            "a column must go on from the expected label: {labels:?}"
        );
        let text = text
            .replace("7\n8\n\n4", "1\n2\n\n4")
            .replace(",7 ", ",1 ")
            .replace(",8 ", ",2 ");
        assert_eq!(
            notes(&text),
            owned(&[
                ("1", "See FCCC/PA/CMA/2024/17/Add.1, decision 1/CMA.6."),
                ("2", "See FCCC/PA/CMA/2021/10/Add.1."),
            ]),
            "the page number between the labels and the texts should be skipped"
        );
    }

    #[test]
    fn a_label_apart_before_a_labelled_note_takes_every_line() {
        // A/HRC/RES/59/25, page 2: `1` alone, its text wraps, then `2 …`.
        let text = "the Intergovernmental Panel on Climate Change 1 and the findings of the\n\
                    Tribunal2 on climate change,\n\n1\n\n\
                    Intergovernmental Panel on Climate Change, Climate Change 2023: Synthesis Report. Contribution\n\
                    of Working Groups I, II and III to the Sixth Assessment Report of the Intergovernmental Panel on\n\
                    Climate Change (Geneva, 2023).\n\
                    2 International Tribunal for the Law of the Sea, Request for an Advisory Opinion Submitted by the\n\
                    Commission of Small Island States on Climate Change and International Law.\n\x0cNext page.\n";
        let got = notes(text);
        assert_eq!(got.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["1", "2"]);
        assert!(
            got.first()
                .is_some_and(|n| n.1.ends_with("Climate Change (Geneva, 2023).")),
            "note 1 should keep its three lines: {got:?}"
        );
        assert!(
            got.get(1).is_some_and(|n| n.1.ends_with("International Law.")),
            "note 2 should go on in a line that opens with a capital: {got:?}"
        );
    }

    #[test]
    fn a_lost_label_between_a_label_apart_and_a_labelled_note() {
        // A/HRC/RES/59/25, page 7: `1` apart, two unlabelled lines, then `3 …`;
        // the stray `2` at the end is the lost label of the second line.
        let text = "looks forward to the report1 and to the study2 and to more3\n\n1\n\n\
                    A/HRC/59/42, on the imperative of defossilizing our economies, and A/79/176.\n\
                    A/77/170.\n3 A/HRC/37/61.\n2\n\n7\n\x0cNext page.\n";
        assert_eq!(
            notes(text),
            owned(&[
                (
                    "1",
                    "A/HRC/59/42, on the imperative of defossilizing our economies, and A/79/176."
                ),
                ("2", "A/77/170."),
                ("3", "A/HRC/37/61."),
            ])
        );
    }

    #[test]
    fn lost_labels_over_a_page_break() {
        // A/HRC/WG.6/7/SVN/1: endnotes; over a page break two texts lost
        // their labels, which pdftotext set at the block's end.
        let text = "the Act1 and the Code2 and the Law3 and the Order4\n\nNotes\n1 First.\n2 Second.\n\n\
                    GE.09-10000\n\x0cA/HRC/WG.6/7/SVN/1\nPage 24\nThird.\nFourth.\n5 Fifth.\n3\n4\n";
        let got = notes(text);
        assert_eq!(
            got.iter().map(|n| (n.0.as_str(), n.1.as_str())).collect::<Vec<_>>(),
            [
                ("1", "First."),
                ("2", "Second."),
                ("3", "Third."),
                ("4", "Fourth."),
                ("5", "Fifth.")
            ],
            "{got:?}"
        );
    }

    #[test]
    fn lost_labels_of_notes_that_wrap() {
        // E/CN.5/2025/L.6: after the rule, note 1 lost its label and wraps.
        let text = "held in Madrid, 1 the review was requested every five years, 2\n\n__________________\n\n\
                    Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002 (United Nations\n\
                    publication, Sales No. E.02.IV.4), chap. I, resolution 1, annex II.\n\
                    2\nSee Official Records of the Economic and Social Council, 2004.\n";
        let got = notes(text);
        assert_eq!(
            got.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
            ["1", "2"],
            "{got:?}"
        );
        assert!(got.first().is_some_and(|n| n.1.ends_with("annex II.")), "{got:?}");
    }

    #[test]
    fn a_numbered_table_at_a_page_foot_is_no_footnotes() {
        // Numbers in a column and rows after them, cited nowhere on the page.
        let text = "The documents before the Council were the following:\n\n1\n2\n\n\
                    Report of the Secretary-General.\nNote by the secretariat.\n\n5\n\nGE.25-11220 (E)\n\x0cNext page.\n";
        assert!(
            notes(text).is_empty(),
            "uncited numbers should open no footnote: {:?}",
            notes(text)
        );
        // Cited, but the rows do not split into two notes.
        let text = "The documents1 and notes2 before the Council were the following:\n\n1\n2\n\n\
                    Report of the Secretary-General\nNote by the secretariat\nAgenda\n\n5\n\nGE.25-11220 (E)\n\x0cNext page.\n";
        assert!(
            notes(text).is_empty(),
            "rows that are not two notes should open no footnote: {:?}",
            notes(text)
        );
    }

    #[test]
    fn split_notes_by_sentences() {
        let text = "A first note.\nA second note that\nwraps.\n";
        let lines = scan_lines(text);
        assert_eq!(
            split_notes(text, &lines, &[0, 1, 2], 2, false),
            Some(vec![vec![0], vec![1, 2]])
        );
        assert_eq!(
            split_notes(text, &lines, &[0, 1, 2], 3, false),
            Some(vec![vec![0], vec![1], vec![2]])
        );
        assert_eq!(split_notes(text, &lines, &[0, 1, 2], 1, false), None);
        assert_eq!(
            split_notes(text, &lines, &[0, 1, 2], 1, true),
            Some(vec![vec![0, 1, 2]])
        );
    }

    #[test]
    fn labels_taken_for_page_numbers_go_back_to_the_notes() {
        // A/HRC/RES/59/25 in pdftotext -raw: each page opens with its number
        // after the header; some end with a label alone and its text, the
        // label looking like the page number too.
        let page = |n: u32, label: Option<u32>| {
            let note = label.map_or(String::new(), |l| {
                format!("Recalling the Paris Agreement{l}\nand the text,\n{l}\nAdopted under the Convention; see\nFCCC/CP/2015/10/Add.1.\n")
            });
            format!("A/HRC/RES/59/25\n{n}\nThe text of page {n} goes on here.\n{note}\x0c")
        };
        let text = format!(
            "Recalling the Agreement1 and the Convention2,\n1\nSee A.\n2\nSee B.\nUnited Nations A/HRC/RES/59/25\n\
             General Assembly Distr.: General\n16 July 2025\n\x0c{}{}{}{}{}",
            page(2, Some(3)),
            page(3, Some(4)),
            page(4, None),
            page(5, None),
            page(6, Some(5))
        );
        let laid = layout(&text);
        let labels: Vec<&str> = laid.footnotes.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3", "4", "5"], "{:?}", laid.furniture);
        let numbers: Vec<&str> = laid
            .furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::PageNumber)
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(
            numbers,
            ["2", "3", "4", "5", "6"],
            "the numbers after the headers are the pages'"
        );
    }

    #[test]
    fn markers_the_page_cites() {
        assert!(glued_to_punctuation("adopted under the Convention,1 and", "1"));
        assert!(glued_to_punctuation("recalling decision 1/CMA.3,8 paragraph 85", "8"));
        assert!(!glued_to_punctuation("paragraphs 3, 4 and 5", "4"));
        assert!(cites("the Panel on Climate Change 3 and the findings", "3"));
        assert!(!cites("the Panel on Climate Change 3 And", "3"));
        assert!(
            !cites("in accordance with Article 3 and the", "3"),
            "a noun a number follows"
        );
    }
}

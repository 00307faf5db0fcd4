//! Pages: where each page ends, from form feeds, or, in a text that has
//! none (copied from a PDF viewer, re-saved, `sed 's/\f/\n\n/g'`), from the
//! furniture that repeats at every page break.
//!
//! # Grammar
//! ```text
//! break   = form-feed
//!         | cluster ;                       (* in a text without form feeds *)
//! cluster = member { blank | member } ;     (* one job number or running header at least *)
//! member  = job-number-footer | own-symbol | page-number | barcode | print-date ;
//! ```
//! A page ends after the last footer of a cluster that stands before its
//! running header (`GE.12-17781` / `5` / ‖ / `A/HRC/14/37`), or before the
//! running header when the cluster opens with it, or when text that closes a
//! sentence stands between the footer and the header (footnotes set after
//! the page number).
//!
//! # Examples
//! A/RES/73/8 without form feeds (`no-form-feeds/A_RES_73_8.en.txt`):
//! ```text
//! 18-18418 (E)
//! 071118
//! *1818418*                      ‖ page 1 ends here
//! Necessity of ending the economic, commercial and financial embargo
//! imposed by the United States of America against Cuba
//! A/RES/73/8
//! ```
//!
//! # Model
//! [`Line::page`] and [`Line::ends_page`]; an inferred break is no
//! furniture (no byte of the input marks it), [`Line::virtual_break`] tells it.
//!
//! # Diagnostics
//! None.

use super::furniture;
use super::lines::Line;

/// What a line may be at a page break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Member {
    /// A footer with a job number (`GE.12-17781`, `28 V.12-57119`).
    Footer,
    /// A bare page number, `3/10`, a barcode or a print date.
    Minor,
    /// The document's own symbol as a running header.
    Header,
}

/// The document's running header: the symbol-shaped line that stands alone
/// most often, at least twice (`A/HRC/14/37`).
#[must_use]
pub fn running_symbol<'t>(text: &'t str, lines: &[Line]) -> Option<&'t str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    // A header line is short: longer lines are not looked into.
    for l in lines
        .iter()
        .filter(|l| l.content_end - l.content_start <= SYMBOL_LINE_MAX)
    {
        let c = header_symbol(l.content(text));
        if furniture::is_symbol_line(c) && !c.ends_with('.') {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .max_by_key(|&(s, n)| (n, std::cmp::Reverse(s)))
        .map(|(s, _)| s)
}

/// The longest running header read for its symbol (a joint document's two
/// symbols, a reissue star).
const SYMBOL_LINE_MAX: usize = 80;

/// The symbol of a header line: the first of a joint document's
/// (`A/HRC/38/3–E/CN.6/2018/9`), without a reissue star (`A/HRC/36/19*`).
#[must_use]
pub fn header_symbol(content: &str) -> &str {
    // `content.split(['–', '—']).next()`, with the dashes found as bytes
    // (E2 80 93 and E2 80 94) by memchr: the char pattern decoded every
    // character of every short line of the document.
    let bytes = content.as_bytes();
    let end = memchr::memchr_iter(0xE2, bytes)
        .find(|&i| matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])))
        .unwrap_or(bytes.len());
    content.get(..end).unwrap_or("").trim_end_matches('*')
}

/// The fewest lines of text an inferred page holds.
const MIN_PAGE_LINES: usize = 8;

/// How many lines above a running header a footer is looked for.
const HEADER_REACH: usize = 6;

/// The longest footer line (`GE.12-17781  (E)    291112  061212`, with
/// `-layout` spaces): a longer line is tested as a header only.
const FOOTER_MAX: usize = 60;

fn member(text: &str, line: &Line, symbol: Option<&str>) -> Option<Member> {
    let c = line.content(text);
    // Cheap tests first: a header opens with the symbol; footers are short.
    if symbol.is_some_and(|s| c.starts_with(s) && header_symbol(c) == s) {
        return Some(Member::Header);
    }
    if c.len() > FOOTER_MAX {
        return None;
    }
    if furniture::scan_footer(c).is_some() {
        Some(Member::Footer)
    } else if furniture::is_page_number(c) || furniture::is_barcode(c) {
        Some(Member::Minor)
    } else {
        None
    }
}

/// Where a text has no form feed, marks the page ends that its furniture
/// shows (see the module's doc) and numbers the pages. Lines keep their
/// pages where the text has form feeds.
pub fn infer_page_ends(text: &str, lines: &mut [Line]) {
    if lines.iter().any(|l| l.ends_page) {
        return;
    }
    let symbol = running_symbol(text, lines);
    let members: Vec<Option<Member>> = lines.iter().map(|l| member(text, l, symbol)).collect();
    let member_at = |k: usize| members.get(k).copied().flatten();
    let non_blank = |k: &usize| lines.get(*k).is_some_and(|l| !l.is_blank());
    let mut ends = Vec::new();
    // A running header opens a page: the page before ends after the last
    // footer among the few lines above it (a running title may stand between
    // them), or just above it. The first occurrence is the masthead's.
    let headers: Vec<usize> = (0..lines.len())
        .filter(|&k| member_at(k) == Some(Member::Header))
        .collect();
    for &h in headers.iter().skip(1) {
        let above: Vec<usize> = (0..h).rev().filter(non_blank).take(HEADER_REACH).collect();
        let footer = above
            .iter()
            .position(|&k| matches!(member_at(k), Some(Member::Footer | Member::Minor)));
        // Text that closes a sentence after the footer is the page's own (the
        // notes pdftotext set after the page number: `7` / `8` / `4` / `See
        // FCCC/PA/CMA/2024/17/Add.1.`), no running title: the page ends
        // above the header.
        let footer = footer
            .filter(|&at| {
                !above.iter().take(at).any(|&k| {
                    lines
                        .get(k)
                        .is_some_and(|l| member_at(k).is_none() && l.content(text).ends_with('.'))
                })
            })
            .and_then(|at| above.get(at));
        if let Some(&k) = footer.or(above.first()) {
            ends.push(k);
        }
    }
    // A page number between dashes (`-4-`, `- 4 -`) is printed at the top of
    // its page: the page before ends just above it, where the numbers run in
    // sequence (two at least).
    let dashed: Vec<(usize, u32)> = (0..lines.len())
        .filter_map(|k| Some((k, furniture::dashed_page_number(lines.get(k)?.content(text))?)))
        .collect();
    let in_sequence = dashed.len() >= 2 && dashed.windows(2).all(|w| matches!(w, [(_, a), (_, b)] if b > a));
    if in_sequence {
        for &(k, _) in &dashed {
            if let Some(above) = (0..k).rev().find(non_blank) {
                ends.push(above);
            }
        }
    }
    // A footer with no running header after it closes its page after the
    // last footer line of its group (`18-18418 (E)` / `071118` / `*1818418*`).
    let mut k = 0;
    while k < lines.len() {
        if member_at(k) != Some(Member::Footer) {
            k += 1;
            continue;
        }
        let mut last = k;
        let mut j = k + 1;
        while j < lines.len() {
            match member_at(j) {
                Some(Member::Footer | Member::Minor) => last = j,
                Some(Member::Header) => break,
                None if !non_blank(&j) => {}
                None => break,
            }
            j += 1;
        }
        let header_follows = (last + 1..lines.len())
            .filter(non_blank)
            .take(HEADER_REACH + 1)
            .any(|h| member_at(h) == Some(Member::Header));
        let at_end = !(last + 1..lines.len()).any(|h| non_blank(&h));
        if !header_follows && !at_end {
            ends.push(last);
        }
        k = j.max(k + 1);
    }
    // A page holds some text: a break after too few lines of it (the job
    // number a raw extraction prints at the top of the first page) is none.
    ends.sort_unstable();
    ends.dedup();
    let mut kept = Vec::with_capacity(ends.len());
    let mut from = 0;
    for k in ends {
        let text_lines = (from..=k).filter(|j| non_blank(j) && member_at(*j).is_none()).count();
        if text_lines >= MIN_PAGE_LINES {
            kept.push(k);
            from = k + 1;
        }
    }
    for k in kept {
        if let Some(l) = lines.get_mut(k) {
            l.ends_page = true;
            l.virtual_break = true;
        }
    }
    let mut page = 1;
    for l in lines.iter_mut() {
        l.page = page;
        if l.ends_page {
            page += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines::scan_lines;

    fn pages(text: &str) -> Vec<(String, u32)> {
        let mut lines = scan_lines(text);
        infer_page_ends(text, &mut lines);
        lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| (l.content(text).to_owned(), l.page))
            .collect()
    }

    #[test]
    fn page_numbers_between_dashes_open_their_pages() {
        // E/ESCWA/ECW/2015/WG.4/Report with its form feeds replaced: `-2-`
        // at the top of each page after the first.
        let body = "Text of the page.\n".repeat(MIN_PAGE_LINES);
        let text = format!("{body}\n-2-\n\n{body}\n- 3 -\n\n{body}");
        let p = pages(&text);
        let of = |c: &str| p.iter().find(|(l, _)| l == c).map(|&(_, page)| page);
        assert_eq!(of("-2-"), Some(2));
        assert_eq!(of("- 3 -"), Some(3));
        assert_eq!(p.last().map(|&(_, page)| page), Some(3));
        // Out of sequence, no page numbers.
        let text = format!("{body}\n-3-\n\n{body}\n-2-\n\n{body}");
        assert!(pages(&text).iter().all(|&(_, page)| page == 1));
    }

    #[test]
    fn footer_then_header_breaks_between() {
        let body = "Text of the page.\n".repeat(MIN_PAGE_LINES);
        let text = format!("A/HRC/14/37\n\n{body}\nGE.12-17781\n\n5\n\n\nA/HRC/14/37\n\n{body}\nGE.12-17781\n\n6\n");
        let p = pages(&text);
        let n = MIN_PAGE_LINES + 3;
        assert_eq!(
            p.get(n - 1),
            Some(&("5".to_owned(), 1)),
            "the page number closes page 1"
        );
        assert_eq!(
            p.get(n),
            Some(&("A/HRC/14/37".to_owned(), 2)),
            "the header opens page 2"
        );
        assert_eq!(p.last().map(|x| x.1), Some(2), "no break after the last footer");
    }

    #[test]
    fn running_title_between_footer_and_header_opens_the_page() {
        let body = "The text.\n".repeat(MIN_PAGE_LINES);
        let text = format!(
            "A/RES/73/8\n{body}18-18418 (E)\n071118\n*1818418*\n\nNecessity of ending\n\nA/RES/73/8\n\nMore text.\n"
        );
        let p = pages(&text);
        let title = p.iter().find(|(c, _)| c == "Necessity of ending").map(|x| x.1);
        assert_eq!(title, Some(2), "the running title is at the top of page 2");
    }

    #[test]
    fn notes_after_the_page_number_stay_on_their_page() {
        // A/HRC/RES/59/25 without form feeds: labels, the page number, then
        // the notes' texts, then the next page's header.
        let body = "The text of the page.\n".repeat(MIN_PAGE_LINES);
        let text = format!(
            "A/HRC/RES/59/25\n\n{body}7\n8\n\n4\n\nSee FCCC/PA/CMA/2024/17/Add.1, decision 1/CMA.6.\n\
             See FCCC/PA/CMA/2021/10/Add.1.\n\n\nA/HRC/RES/59/25\n\n{body}"
        );
        let p = pages(&text);
        let note = p
            .iter()
            .find(|(c, _)| c == "See FCCC/PA/CMA/2021/10/Add.1.")
            .map(|x| x.1);
        assert_eq!(note, Some(1), "the notes after the page number are on page 1: {p:?}");
        let header = p.iter().rev().find(|(c, _)| c == "A/HRC/RES/59/25").map(|x| x.1);
        assert_eq!(header, Some(2), "the header opens page 2");
    }

    #[test]
    fn form_feeds_are_kept() {
        let text = "One\x0cTwo\nGE.12-17781\n\nA/X/1\nThree\nA/X/1\n";
        let p = pages(text);
        assert_eq!(p.iter().map(|x| x.1).max(), Some(2), "form feeds alone decide");
    }
}

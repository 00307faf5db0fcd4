//! Lines with their byte offsets.
//!
//! # Grammar
//! ```text
//! input      = { line terminator } [ line ] ;
//! terminator = "\r\n" | "\n" | "\r" | "\f" ;   (* a form feed also ends a page *)
//! ```
//!
//! # Model
//! Each [`Line`] records where its text starts and ends in the input, and
//! where its trimmed content lies. Form feeds are reported as page breaks.

use memchr::memchr3;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first byte of the line.
    pub start: usize,
    /// Byte offset of the end of the line, terminator excluded.
    pub end: usize,
    /// Offset of the first byte that is not white space (`end` if blank).
    pub content_start: usize,
    /// Offset one past the last byte that is not white space.
    pub content_end: usize,
    /// The page number (1-based, counted by form feeds).
    pub page: u32,
    /// True when a page ends after this line: a form feed, or a break the
    /// layout inferred from the furniture ([`Line::virtual_break`]).
    pub ends_page: bool,
    /// True when the page end after this line was inferred, no form feed marking it.
    pub virtual_break: bool,
}

impl Line {
    /// True when the line holds only white space.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.content_start >= self.content_end
    }

    /// The trimmed content.
    #[must_use]
    pub fn content<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.content_start..self.content_end).unwrap_or("")
    }

    /// Indentation in bytes of leading white space.
    #[must_use]
    pub fn indent(&self) -> usize {
        self.content_start - self.start
    }
}

/// The most spaces a line of running text holds between two words; a
/// wider gap separates columns (`United Nations` ⁞ `A/HRC/14/37`).
const COLUMN_GAP: usize = 3;

/// True when `lines` come from an extraction that keeps the page's columns
/// with spaces (`pdftotext -layout`): at least one line in twelve is
/// indented by four spaces or more, or holds a gap of six.
#[must_use]
pub fn is_column_layout(text: &str, lines: &[Line]) -> bool {
    let mut non_blank = 0usize;
    let mut laid = 0usize;
    for l in lines.iter().filter(|l| !l.is_blank()) {
        non_blank += 1;
        let indented = text.get(l.start..l.content_start).is_some_and(|w| w.len() >= 4);
        let wide = text
            .get(l.content_start..l.content_end)
            .is_some_and(|c| c.contains("      "));
        if indented || wide {
            laid += 1;
        }
    }
    non_blank > 0 && laid * 12 >= non_blank
}

/// Splits the lines of a column layout at gaps of three spaces or
/// more: each column's text becomes a line of its own, as a text
/// extraction without `-layout` gives it (`United Nations          A/RES/73/8`
/// is two lines). A label keeps its text (`1.     Reiterates …` stays one
/// line), and so does a key (`Président:   Rachmat Budiman`). The last piece keeps the line's page end.
#[must_use]
pub fn split_columns(text: &str, lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len() + lines.len() / 8);
    for line in lines {
        let content = line.content(text);
        let bytes = content.as_bytes();
        // Cut points: runs of COLUMN_GAP spaces or more.
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut k = 0;
        while k < bytes.len() {
            if bytes.get(k) == Some(&b' ') {
                let run = bytes
                    .get(k..)
                    .map_or(0, |r| r.iter().take_while(|&&b| b == b' ').count());
                if run >= COLUMN_GAP && k + run < bytes.len() {
                    let left = content.get(..k).unwrap_or("");
                    let piece_start = cuts.last().map_or(0, |c| c.1);
                    let piece = left.get(piece_start..).unwrap_or("");
                    if !is_label(piece) && !is_key(piece) {
                        cuts.push((k, k + run));
                    }
                }
                k += run.max(1);
            } else {
                k += 1;
            }
        }
        if cuts.is_empty() {
            out.push(line);
            continue;
        }
        let base = line.content_start;
        let mut piece_start = 0;
        let last_cut = cuts.len() - 1;
        for (n, &(gap_start, gap_end)) in cuts.iter().enumerate() {
            out.push(Line {
                start: if n == 0 { line.start } else { base + piece_start },
                end: base + gap_start,
                content_start: base + piece_start,
                content_end: base + gap_start,
                page: line.page,
                ends_page: false,
                virtual_break: false,
            });
            piece_start = gap_end;
            if n == last_cut {
                out.push(Line {
                    start: base + piece_start,
                    content_start: base + piece_start,
                    ..line
                });
            }
        }
    }
    out
}

/// A key that keeps its value on its line (`Président:   Rachmat Budiman`,
/// `Vice-Presidents:   …`): a short piece that ends with a colon.
fn is_key(piece: &str) -> bool {
    let p = piece.trim();
    p.ends_with(':') && p.chars().count() <= 40
}

/// A label alone (`1.`, `(a)`, `IV.`, `14/1.`): it keeps the text after it on its line.
fn is_label(piece: &str) -> bool {
    let p = piece.trim();
    let body = p.trim_end_matches(['.', ')', ':']);
    let body = body.trim_start_matches('(');
    !body.is_empty()
        && p.len() <= 8
        && p != body
        && (body.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
            || body.bytes().all(|b| b.is_ascii_lowercase())
            || body.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Splits `text` into lines; `\r\n`, `\n`, `\r` and `\f` end a line.
#[must_use]
pub fn scan_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 60 + 1);
    let mut start = 0;
    let mut page = 1;
    while start < bytes.len() {
        let rest = bytes.get(start..).unwrap_or(&[]);
        let (end, next, ends_page) = match scan_terminator(rest) {
            Some((at, b'\r')) if rest.get(at + 1) == Some(&b'\n') => (start + at, start + at + 2, false),
            Some((at, b'\x0c')) => (start + at, start + at + 1, true),
            Some((at, _)) => (start + at, start + at + 1, false),
            None => (bytes.len(), bytes.len(), false),
        };
        let (content_start, content_end) = trim_range(text, start, end);
        lines.push(Line {
            start,
            end,
            content_start,
            content_end,
            page,
            ends_page,
            virtual_break: false,
        });
        if ends_page {
            page += 1;
        }
        start = next;
    }
    lines
}

/// Offset and byte of the next `\n`, `\r` or `\f`.
fn scan_terminator(bytes: &[u8]) -> Option<(usize, u8)> {
    let at = memchr3(b'\n', b'\r', b'\x0c', bytes)?;
    Some((at, *bytes.get(at)?))
}

/// White space (NBSP included) or a direction mark: what a line's content is
/// trimmed of.
fn trimmed_off(c: char) -> bool {
    c.is_whitespace() || plenary_model::coverage::is_direction_mark(c)
}

/// The trimmed sub-range of `text[start..end]` (Unicode white space, NBSP
/// included, and the direction marks PDF extractors wrap around every line
/// of right-to-left text: `\u{202B}\u{202A}Distr.\u{202C}\u{202C}`).
#[must_use]
pub fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = text.get(start..end) else {
        return (end, end);
    };
    let lead = slice.len() - slice.trim_start_matches(trimmed_off).len();
    let trimmed = slice.trim_matches(trimmed_off);
    if trimmed.is_empty() {
        return (end, end);
    }
    (start + lead, start + lead + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_terminator() {
        let text = "a\r\nb\rc\x0cd\ne";
        let lines = scan_lines(text);
        let contents: Vec<_> = lines.iter().map(|l| l.content(text)).collect();
        assert_eq!(
            contents,
            ["a", "b", "c", "d", "e"],
            "should split on CRLF, CR, FF and LF"
        );
        assert!(lines[2].ends_page, "a form feed should end the page");
        assert_eq!(lines[3].page, 2, "the line after a form feed should be on page 2");
    }

    #[test]
    fn columns_split_at_wide_gaps() {
        let text = "   United Nations        A/RES/73/8\n        1.     Reiterates its concern at:\n";
        let lines = split_columns(text, scan_lines(text));
        let contents: Vec<_> = lines.iter().map(|l| l.content(text)).collect();
        assert_eq!(
            contents,
            ["United Nations", "A/RES/73/8", "1.     Reiterates its concern at:"],
            "should split the masthead's columns and keep a paragraph's number with its text"
        );
    }

    #[test]
    fn trims_direction_marks() {
        let text = "\u{202B}\u{202A}Distr.\u{202C}\u{202C}\n\u{202B}\u{202A}E/ESCWA/30/L.2\u{202C}\u{202C}\n";
        let lines = scan_lines(text);
        let contents: Vec<_> = lines.iter().map(|l| l.content(text)).collect();
        assert_eq!(contents, ["Distr.", "E/ESCWA/30/L.2"]);
        assert!(
            scan_lines("\u{200F}\u{202C}\n")[0].is_blank(),
            "marks alone make a blank line"
        );
    }

    #[test]
    fn trims_nbsp_and_spaces() {
        let text = " \u{a0}mot \n";
        let lines = scan_lines(text);
        assert_eq!(lines[0].content(text), "mot", "should trim spaces and no-break spaces");
    }
}

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

/// The trimmed sub-range of `text[start..end]` (Unicode white space, NBSP included).
#[must_use]
pub fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = text.get(start..end) else {
        return (end, end);
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
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
    fn trims_nbsp_and_spaces() {
        let text = " \u{a0}mot \n";
        let lines = scan_lines(text);
        assert_eq!(lines[0].content(text), "mot", "should trim spaces and no-break spaces");
    }
}

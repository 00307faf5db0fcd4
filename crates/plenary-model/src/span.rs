//! Source positions: [`Span`] and [`LineIndex`].

use serde::{Deserialize, Serialize};

/// A half-open range of **byte offsets** `[start, end)` into the original
/// input text (after BOM removal, before any other normalisation).
///
/// ```
/// use plenary_model::Span;
/// let text = "1. À sa sixième session";
/// let span = Span::new(0, 2);
/// assert_eq!(span.slice(text), Some("1."));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    #[must_use]
    pub const fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }

    /// A span from `usize` offsets, saturating at `u32::MAX`.
    #[must_use]
    pub fn from_range(range: std::ops::Range<usize>) -> Self {
        let cap = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Self::new(cap(range.start), cap(range.end))
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies within `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `usize` range.
    #[must_use]
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text the span covers, if it lies on character boundaries of `text`.
    #[must_use]
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

/// A 1-based line and column (column counted in Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineColumn {
    /// Line number, from 1.
    pub line: u32,
    /// Column number, from 1, in characters.
    pub column: u32,
}

impl std::fmt::Display for LineColumn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Turns byte offsets into line and column on demand (built once per text).
///
/// Lines end at `\n`, at `\r\n` and at a lone `\r`.
///
/// ```
/// use plenary_model::LineIndex;
/// let text = "ligne un\nligne deux";
/// let index = LineIndex::new(text);
/// let at = index.line_column(text, 11);
/// assert_eq!((at.line, at.column), (2, 3));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX)),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                    starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
                }
                _ => {}
            }
            i += 1;
        }
        Self { starts }
    }

    /// Number of lines.
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Line and column of byte `offset` in `text` (the text the index was built from).
    #[must_use]
    pub fn line_column(&self, text: &str, offset: u32) -> LineColumn {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(text.len());
        let column = text
            .get(start..end)
            .map_or(end.saturating_sub(start), |s| s.chars().count());
        LineColumn {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }
}

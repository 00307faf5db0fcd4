//! Parse the plain text of United Nations documents (reports, resolutions,
//! decisions, treaties) into a typed, span-carrying model, with their document
//! symbols and references resolved.
//!
//! Entry points: [`parse`] for text, [`parse_bytes`] for bytes read from a
//! file. Parsing never fails: what the grammar does not recognise is kept in
//! the tree as `unrecognized` nodes and reported in [`Parsed::diagnostics`].
//!
//! ```
//! let text = "1. À sa sixième session, tenue à Vienne du 15 au 19 octobre 2012, \
//!             la Conférence a adopté les résolutions suivantes:\n";
//! let parsed = plenary::parse(text);
//! let doc = parsed.tree();
//! assert_eq!(doc.metadata.length as usize, text.len());
//!
//! // Every node's span is a byte range of the input.
//! let stats = plenary::model::Stats::of(doc);
//! println!("{} numbered paragraphs", stats.paragraphs);
//!
//! // Strict callers treat any warning as an error.
//! match plenary::parse(text).into_result() {
//!     Ok(doc) => println!("clean parse of {} bytes", doc.metadata.length),
//!     Err(error) => eprintln!("{error}"),
//! }
//! ```
//!
//! Render a document with [`render()`] in any [`Format`]:
//!
//! ```
//! let doc = plenary::parse("1. La Conférence a adopté son rapport.\n").into_tree();
//! let markdown = plenary::render(&doc, plenary::Format::Markdown);
//! let html = plenary::render(&doc, "html".parse().unwrap());
//! assert!(!markdown.is_empty() && !html.is_empty());
//! ```
//!
//! The crates behind the facade are re-exported as modules: [`model`] (the
//! tree), [`grammar`] (text to tree), [`resolver`] (links references) and
//! [`mod@render`] (the renderers).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod control;
mod decode;

// The library example in the repository README compiles (checked by `cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

pub use decode::ParseOptions;
pub use plenary_grammar as grammar;
pub use plenary_model as model;
pub use plenary_model::{Diagnostic, Document, Severity};
pub use plenary_render as render;
pub use plenary_render::{Format, RenderError};
pub use plenary_resolver as resolver;

/// A parsed tree together with what the parser noticed.
///
/// Parsing never fails; [`Parsed::into_result`] is there for callers who want
/// a clean parse or nothing. For a [`Document`] the same diagnostics are also
/// kept in [`Document::diagnostics`], so they appear in its JSON.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct Parsed<T> {
    tree: T,
    diagnostics: Vec<Diagnostic>,
    checks: Option<model::Checks>,
}

impl<T> Parsed<T> {
    /// Wraps a tree and its diagnostics.
    pub fn new(tree: T, diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            tree,
            diagnostics,
            checks: None,
        }
    }

    /// How many self-checks ([`model::checks`]) held and failed, when the
    /// parse ran them ([`parse`] and [`parse_bytes`] do); `None` for a
    /// [`Parsed`] made with [`Parsed::new`]. With it,
    /// [`model::Stats::with_checks`] summarises the tree without running the
    /// checks again.
    ///
    /// ```
    /// let parsed = plenary::parse("1. Texte.\n");
    /// let checks = parsed.checks().unwrap();
    /// assert_eq!(plenary::model::Stats::with_checks(parsed.tree(), checks), plenary::model::Stats::of(parsed.tree()));
    /// ```
    #[must_use]
    pub fn checks(&self) -> Option<model::Checks> {
        self.checks
    }

    /// The tree.
    #[must_use]
    pub fn tree(&self) -> &T {
        &self.tree
    }

    /// The tree, dropping the diagnostics kept beside it.
    #[must_use]
    pub fn into_tree(self) -> T {
        self.tree
    }

    /// Everything the parser and the resolver noticed, in the order found.
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// True when some diagnostic has severity warning or error.
    #[must_use]
    pub fn has_problems(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity >= Severity::Warning)
    }

    /// The tree if no diagnostic has severity warning or error.
    ///
    /// # Errors
    ///
    /// [`Error::Diagnostics`], holding every diagnostic, when at least one has
    /// severity [`Severity::Warning`] or [`Severity::Error`]. Diagnostics of
    /// severity [`Severity::Info`] do not fail.
    pub fn into_result(self) -> Result<T, Error> {
        if self.has_problems() {
            Err(Error::Diagnostics {
                count: self
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity >= Severity::Warning)
                    .count(),
                diagnostics: self.diagnostics,
            })
        } else {
            Ok(self.tree)
        }
    }
}

/// Why input was refused, or why a strict parse failed.
///
/// Every message is one line, saying what is wrong and what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8 (and carry no UTF-16 byte order mark).
    #[error(
        "input is not UTF-8: byte 0x{byte:02X} at byte offset {offset} (line {line}, column {column}) \
         is not valid; it looks like {likely}; convert it with `{convert}`"
    )]
    NotUtf8 {
        /// Offset of the first invalid byte in the input, counting a BOM if there was one.
        offset: usize,
        /// The first invalid byte.
        byte: u8,
        /// 1-based line of the first invalid byte.
        line: u32,
        /// 1-based column, in characters, of the first invalid byte.
        column: u32,
        /// The encoding the bytes most likely use.
        likely: &'static str,
        /// A command that converts such a file to UTF-8.
        convert: &'static str,
    },
    /// The input starts with a UTF-16 byte order mark but is not valid UTF-16.
    #[error("input is not valid UTF-16: {detail} at byte offset {offset}; repair the file or decode it lossily")]
    InvalidUtf16 {
        /// Offset in the input, counting the byte order mark.
        offset: usize,
        /// What was wrong.
        detail: String,
    },
    /// The input is a PDF file, not text.
    #[error(
        "input is a PDF file, not text: extract its text first, for example with \
         `pdftotext -enc UTF-8 FILE.pdf` (which writes FILE.txt)"
    )]
    Pdf,
    /// A strict parse found diagnostics of severity warning or error.
    #[error("{count} diagnostic{} of severity warning or error{}", plural(*count), first_problem(diagnostics))]
    Diagnostics {
        /// How many diagnostics have severity warning or error.
        count: usize,
        /// All diagnostics, of every severity.
        diagnostics: Vec<Diagnostic>,
    },
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn first_problem(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .find(|d| d.severity >= Severity::Warning)
        .map(|d| format!(", the first: {}: {}", d.code, d.message))
        .unwrap_or_default()
}

/// Adds the warnings of the self-checks ([`model::checks`]) to the
/// document's diagnostics: gaps in numbering, a preamble with no operative
/// part, markers with no note, headings where none belongs.
fn self_check(doc: &mut Document) -> model::Checks {
    let report = plenary_model::checks::run(doc);
    let counts = report.counts();
    doc.diagnostics.extend(report.findings);
    counts
}

/// Parses the text of a UN document: the grammar builds the tree, then the
/// resolver links its references, then the self-checks run (their warnings
/// join the diagnostics). Never fails and never panics.
///
/// Spans in the tree are byte offsets into `text`. Control characters other
/// than tab, line and page ends (NUL, U+0001…) are kept as text, and each run
/// of them is reported as a `control-character` warning.
///
/// ```
/// let parsed = plenary::parse("Résolution 6/1\n");
/// assert_eq!(parsed.tree().metadata.length, 16, "é takes two bytes");
/// ```
pub fn parse(text: &str) -> Parsed<Document> {
    let mut doc = plenary_grammar::parse(text);
    plenary_resolver::resolve(&mut doc);
    let checks = self_check(&mut doc);
    control::prepend(text, &mut doc.diagnostics);
    let diagnostics = doc.diagnostics.clone();
    Parsed {
        checks: Some(checks),
        ..Parsed::new(doc, diagnostics)
    }
}

/// Parses bytes read from a file or a pipe, with default [`ParseOptions`].
///
/// - UTF-8 is read as it is. A leading UTF-8 byte order mark is dropped, and
///   **spans are then byte offsets after the BOM** (offset 0 is the first byte
///   after it).
/// - A UTF-16 little- or big-endian byte order mark makes the rest be decoded
///   as UTF-16; spans are then byte offsets into the decoded UTF-8 text.
/// - Line ends (`\n`, `\r\n`, `\r`) and form feeds are kept as they are: the
///   grammar reads them, so spans stay offsets of the input.
///
/// ```
/// let parsed = plenary::parse_bytes(b"\xEF\xBB\xBF1. Texte.\r\n").unwrap();
/// assert_eq!(parsed.tree().metadata.length, 11);
///
/// let refused = plenary::parse_bytes(b"1. Caf\xE9.\n").unwrap_err();
/// assert!(refused.to_string().contains("byte offset 6"));
/// ```
///
/// # Errors
///
/// - [`Error::Pdf`] when the bytes start with `%PDF`;
/// - [`Error::NotUtf8`] for other bytes that are not UTF-8, naming the offset,
///   line and column of the first bad byte, the encoding it most likely uses
///   and an `iconv` command to convert it;
/// - [`Error::InvalidUtf16`] for damaged UTF-16.
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed<Document>, Error> {
    parse_bytes_with(bytes, ParseOptions::default())
}

/// Parses bytes as [`parse_bytes`] does, with options.
///
/// With `lossy`, bytes that cannot be decoded become U+FFFD and each run of
/// them gives one `replaced-bytes` diagnostic (severity error) whose span
/// covers the replacement characters in the decoded text.
///
/// # Errors
///
/// As [`parse_bytes`]; with `lossy` only [`Error::Pdf`].
pub fn parse_bytes_with(bytes: &[u8], options: ParseOptions) -> Result<Parsed<Document>, Error> {
    let decoded = decode::decode(bytes, options)?;
    let mut doc = plenary_grammar::parse(&decoded.text);
    plenary_resolver::resolve(&mut doc);
    let checks = self_check(&mut doc);
    control::prepend(&decoded.text, &mut doc.diagnostics);
    if !decoded.diagnostics.is_empty() {
        let mut diagnostics = decoded.diagnostics;
        diagnostics.append(&mut doc.diagnostics);
        doc.diagnostics = diagnostics;
    }
    let diagnostics = doc.diagnostics.clone();
    Ok(Parsed {
        checks: Some(checks),
        ..Parsed::new(doc, diagnostics)
    })
}

/// Renders `doc` in `format` (JSON, Markdown, HTML, Akoma Ntoso XML or text)
/// to a `String`; rendering to a string never fails.
///
/// ```
/// let doc = plenary::parse("Texte.\n").into_tree();
/// let json = plenary::render(&doc, plenary::Format::Json);
/// assert!(json.contains("\"metadata\""));
/// ```
#[must_use]
pub fn render(doc: &Document, format: Format) -> String {
    plenary_render::render(doc, format)
}

//! Bytes to text: BOM handling, UTF-16, refusal of other encodings and of PDFs,
//! and lossy decoding with one diagnostic per replaced run.
//!
//! Line ends and form feeds are left exactly as they are: the grammar reads
//! `\n`, `\r\n`, `\r` and `\f` itself, and spans must stay byte offsets of the
//! decoded text.

use std::borrow::Cow;

use plenary_model::{Diagnostic, LineIndex, Severity, Span};

use crate::Error;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

/// Options for [`crate::parse_bytes_with`].
///
/// The struct is `#[non_exhaustive]` so that options can be added: build it
/// from [`ParseOptions::default`] and the `with_` methods.
///
/// ```
/// let options = plenary::ParseOptions::default().with_lossy(true);
/// let parsed = plenary::parse_bytes_with(b"caf\xE9", options).unwrap();
/// assert_eq!(parsed.diagnostics()[0].code, "replaced-bytes");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Decode bytes that are not valid in the input's encoding as U+FFFD
    /// instead of refusing the input, with one `replaced-bytes` diagnostic
    /// per run of replaced bytes. A PDF is refused even so.
    pub lossy: bool,
}

impl ParseOptions {
    /// Sets [`ParseOptions::lossy`].
    #[must_use]
    pub const fn with_lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }
}

/// Text decoded from bytes, with the diagnostics lossy decoding produced.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// The encoding that bytes which are not UTF-8 most likely use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// Isolated bytes 0x80–0xFF between ASCII: accented Latin letters.
    Windows1252,
    /// Many NUL bytes at odd offsets: UTF-16 little-endian without a BOM.
    Utf16Le,
    /// Many NUL bytes at even offsets: UTF-16 big-endian without a BOM.
    Utf16Be,
    /// Runs of high bytes: Cyrillic, Arabic or CJK code pages.
    Legacy,
}

impl Guess {
    fn of(bytes: &[u8]) -> Self {
        let sample = bytes.get(..bytes.len().min(64 * 1024)).unwrap_or(bytes);
        let (mut nul_even, mut nul_odd) = (0usize, 0usize);
        for (i, &b) in sample.iter().enumerate() {
            if b == 0 {
                if i % 2 == 0 {
                    nul_even += 1;
                } else {
                    nul_odd += 1;
                }
            }
        }
        let half = sample.len() / 2;
        if half > 0 && nul_odd * 4 > half && nul_odd > nul_even * 4 {
            return Guess::Utf16Le;
        }
        if half > 0 && nul_even * 4 > half && nul_even > nul_odd * 4 {
            return Guess::Utf16Be;
        }
        // Latin-script text in a single-byte code page has its high bytes one
        // at a time (`caf\xE9 cr\xE8me`); Cyrillic, Greek, Arabic or CJK text
        // has them in runs.
        let (mut runs, mut single) = (0usize, 0usize);
        let mut run = 0usize;
        for &b in sample.iter().chain(std::iter::once(&b' ')) {
            if b >= 0x80 {
                run += 1;
            } else if run > 0 {
                runs += 1;
                if run == 1 {
                    single += 1;
                }
                run = 0;
            }
        }
        if runs == 0 || single * 10 >= runs * 7 {
            Guess::Windows1252
        } else {
            Guess::Legacy
        }
    }

    fn name(self) -> &'static str {
        match self {
            Guess::Windows1252 => "Windows-1252 (Latin-1)",
            Guess::Utf16Le => "UTF-16LE without a byte order mark",
            Guess::Utf16Be => "UTF-16BE without a byte order mark",
            Guess::Legacy => "a legacy code page such as Windows-1251, Windows-1256 or GB18030",
        }
    }

    fn iconv(self) -> &'static str {
        match self {
            Guess::Windows1252 => "iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8",
            Guess::Utf16Le => "iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8",
            Guess::Utf16Be => "iconv -f UTF-16BE -t UTF-8 FILE > FILE.utf8",
            Guess::Legacy => "iconv -f ENCODING -t UTF-8 FILE > FILE.utf8 (`file -i FILE` may name ENCODING)",
        }
    }
}

/// Decodes `bytes` as [`crate::parse_bytes_with`] documents.
pub(crate) fn decode(bytes: &[u8], options: ParseOptions) -> Result<Decoded<'_>, Error> {
    if bytes.starts_with(b"%PDF") {
        return Err(Error::Pdf);
    }
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return decode_utf8(rest, UTF8_BOM.len(), options);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        return decode_utf16(rest, u16::from_le_bytes, options);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        return decode_utf16(rest, u16::from_be_bytes, options);
    }
    decode_utf8(bytes, 0, options)
}

/// `bom` is the number of bytes before `bytes` in the input, for offsets in messages.
fn decode_utf8(bytes: &[u8], bom: usize, options: ParseOptions) -> Result<Decoded<'_>, Error> {
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text: Cow::Borrowed(text),
                diagnostics: Vec::new(),
            })
        }
        Err(error) => error,
    };
    let guess = Guess::of(bytes);
    if !options.lossy {
        let at = error.valid_up_to();
        let prefix = bytes.get(..at).and_then(|p| std::str::from_utf8(p).ok()).unwrap_or("");
        let position = LineIndex::new(prefix).line_column(prefix, u32::try_from(at).unwrap_or(u32::MAX));
        return Err(Error::NotUtf8 {
            offset: bom + at,
            byte: bytes.get(at).copied().unwrap_or(0),
            line: position.line,
            column: position.column,
            likely: guess.name(),
            convert: guess.iconv(),
        });
    }
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut diagnostics = Vec::new();
    // A run of invalid sequences with no valid text between them gives one diagnostic.
    let mut run: Option<(usize, usize, usize)> = None; // (input offset, byte count, output start)
    let mut input_offset = bom;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if !valid.is_empty() {
            if let Some(open) = run.take() {
                diagnostics.push(replaced_bytes(open, text.len(), guess));
            }
            text.push_str(valid);
            input_offset += valid.len();
        }
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            let open = run.get_or_insert((input_offset, 0, text.len()));
            open.1 += invalid.len();
            text.push(char::REPLACEMENT_CHARACTER);
            input_offset += invalid.len();
        }
    }
    if let Some(open) = run.take() {
        diagnostics.push(replaced_bytes(open, text.len(), guess));
    }
    Ok(Decoded {
        text: Cow::Owned(text),
        diagnostics,
    })
}

/// Writes U+FFFD for UTF-16 input that could not be decoded, and the
/// `replaced-bytes` error saying so, its span on the replacement.
fn replace_utf16(text: &mut String, message: String, help: &str) -> Diagnostic {
    let start = text.len();
    text.push(char::REPLACEMENT_CHARACTER);
    Diagnostic::new(
        "replaced-bytes",
        Severity::Error,
        message,
        Some(Span::from_range(start..text.len())),
    )
    .with_help(help)
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, options: ParseOptions) -> Result<Decoded<'static>, Error> {
    let pairs = bytes.chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let units = pairs.map(|pair| unit([pair.first().copied().unwrap_or(0), pair.get(1).copied().unwrap_or(0)]));
    let mut text = String::with_capacity(bytes.len());
    let mut diagnostics = Vec::new();
    // Offsets in messages count the two BOM bytes.
    let mut offset = 2usize;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                text.push(c);
                offset += c.len_utf16() * 2;
            }
            Err(error) if options.lossy => {
                diagnostics.push(replace_utf16(
                    &mut text,
                    format!(
                        "replaced an unpaired UTF-16 surrogate 0x{:04X} at byte offset {offset}",
                        error.unpaired_surrogate()
                    ),
                    "The input is damaged UTF-16; the replaced character is lost.",
                ));
                offset += 2;
            }
            Err(error) => {
                return Err(Error::InvalidUtf16 {
                    offset,
                    detail: format!("unpaired surrogate 0x{:04X}", error.unpaired_surrogate()),
                })
            }
        }
    }
    if odd {
        if !options.lossy {
            return Err(Error::InvalidUtf16 {
                offset,
                detail: "an odd number of bytes: the last byte is half a character".to_owned(),
            });
        }
        diagnostics.push(replace_utf16(
            &mut text,
            format!("replaced a lone trailing byte at byte offset {offset}"),
            "The UTF-16 input is truncated; the last character is lost.",
        ));
    }
    Ok(Decoded {
        text: Cow::Owned(text),
        diagnostics,
    })
}

fn replaced_bytes((input_offset, count, start): (usize, usize, usize), end: usize, guess: Guess) -> Diagnostic {
    let plural = if count == 1 { "" } else { "s" };
    Diagnostic::new(
        "replaced-bytes",
        Severity::Error,
        format!("replaced {count} byte{plural} that are not UTF-8 at byte offset {input_offset}"),
        Some(Span::from_range(start..end)),
    )
    .with_help(format!(
        "The input looks like {}; convert it with `{}` to keep these characters.",
        guess.name(),
        guess.iconv()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_latin1_for_isolated_high_bytes() {
        assert_eq!(Guess::of(b"caf\xE9 cr\xE8me br\xFBl\xE9e"), Guess::Windows1252);
    }

    #[test]
    fn guesses_legacy_code_page_for_runs_of_high_bytes() {
        // "Устав" in Windows-1251.
        assert_eq!(Guess::of(b"\xD3\xF1\xF2\xE0\xE2 \xCE\xCE\xCD"), Guess::Legacy);
    }

    #[test]
    fn guesses_utf16_without_bom_from_nul_bytes() {
        assert_eq!(Guess::of(b"a\0b\0c\0d\0"), Guess::Utf16Le);
        assert_eq!(Guess::of(b"\0a\0b\0c\0d"), Guess::Utf16Be);
    }

    #[test]
    fn merges_adjacent_invalid_sequences_into_one_run() {
        let decoded = decode(b"a\xE9\xE8b\xFFc", ParseOptions { lossy: true }).expect("lossy decoding never fails");
        assert_eq!(decoded.text, "a\u{FFFD}\u{FFFD}b\u{FFFD}c");
        assert_eq!(decoded.diagnostics.len(), 2, "should give one diagnostic per run");
        assert_eq!(decoded.diagnostics[0].span, Some(Span::new(1, 7)));
        assert!(decoded.diagnostics[0].message.contains("2 bytes"));
        assert!(decoded.diagnostics[1].message.contains("byte offset 4"));
    }

    #[test]
    fn utf16_odd_length_is_refused_unless_lossy() {
        let bytes = b"\xFF\xFEa\0b";
        assert!(matches!(
            decode(bytes, ParseOptions::default()),
            Err(Error::InvalidUtf16 { offset: 4, .. })
        ));
        let decoded = decode(bytes, ParseOptions { lossy: true }).expect("lossy decoding never fails");
        assert_eq!(decoded.text, "a\u{FFFD}");
    }
}

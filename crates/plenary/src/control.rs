//! Control characters in the text: kept as they are, and reported.
//!
//! UN documents use no C0 control character other than tab, line feed,
//! carriage return and form feed. Any other (NUL, U+0001 to U+001F) is a
//! sign of a binary file or a faulty conversion: the grammar keeps it as text
//! like any character, and the facade reports each run of them once, as a
//! `control-character` warning whose span covers the run.

use plenary_model::{Diagnostic, Severity, Span};

/// True for a C0 control character other than tab, LF, CR and form feed.
///
/// Every such byte is ASCII, so in UTF-8 it is a whole character and never
/// part of a multi-byte sequence: scanning bytes is exact.
const fn is_reported(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)
}

/// The name of a C0 control character, for messages (`NUL`, `U+0001`).
fn name(b: u8) -> String {
    match b {
        0 => "NUL (U+0000)".to_owned(),
        0x1b => "ESC (U+001B)".to_owned(),
        _ => format!("U+{b:04X}"),
    }
}

/// Builds the `control-character` diagnostic for the run `start..end`.
///
/// Triggered by `1. Texte\0\0 suite`: one warning spanning the two NULs.
fn control_character(text: &str, start: usize, end: usize) -> Diagnostic {
    let first = text.as_bytes().get(start).copied().unwrap_or(0);
    let count = end - start;
    let message = if count == 1 {
        format!("control character {} kept as text", name(first))
    } else {
        format!("{count} control characters, the first {}, kept as text", name(first))
    };
    Diagnostic::new(
        "control-character",
        Severity::Warning,
        message,
        Some(Span::from_range(start..end)),
    )
    .with_help(
        "UN documents hold no control characters other than tab, line and page ends; these often come from a \
         binary file or a faulty conversion. They are kept in the text as they are: remove them, or check that \
         the input is the text of the document.",
    )
}

/// One `control-character` diagnostic per run of reported control characters
/// in `text`, in text order. One pass over the bytes.
pub(crate) fn diagnostics(text: &str) -> Vec<Diagnostic> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Nearly every text holds none: a test of whole blocks, which the
    // compiler turns into vector instructions, skips the blocks without one.
    const BLOCK: usize = 64;
    let clean = bytes
        .chunks(BLOCK)
        .take_while(|block| !block.iter().fold(false, |any, &b| any | is_reported(b)))
        .count();
    let mut i = clean * BLOCK;
    while let Some(found) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| is_reported(b)))
    {
        let start = i + found;
        let run = bytes
            .get(start..)
            .map_or(0, |rest| rest.iter().take_while(|&&b| is_reported(b)).count());
        let end = start + run;
        out.push(control_character(text, start, end));
        i = end;
    }
    out
}

/// Puts the `control-character` diagnostics of `text` before `diagnostics`.
pub(crate) fn prepend(text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let mut found = self::diagnostics(text);
    if !found.is_empty() {
        found.append(diagnostics);
        *diagnostics = found;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_diagnostic_per_run_with_its_span() {
        let found = diagnostics("a\0\0b\tc\x01\r\n\x0c\x1fé");
        let spans: Vec<_> = found.iter().map(|d| d.span).collect();
        assert_eq!(
            spans,
            vec![Some(Span::new(1, 3)), Some(Span::new(6, 7)), Some(Span::new(10, 11))],
            "should report the NUL pair, U+0001 and U+001F, not tab, CR, LF or form feed"
        );
        assert!(found.iter().all(|d| d.code == "control-character" && d.help.is_some()));
        assert_eq!(
            found[0].message,
            "2 control characters, the first NUL (U+0000), kept as text"
        );
        assert_eq!(found[1].message, "control character U+0001 kept as text");
    }

    #[test]
    fn runs_after_and_across_clean_blocks() {
        let mut text = "x".repeat(63);
        text.push_str("\0\0\0");
        text.push_str(&"y".repeat(200));
        text.push('\x01');
        let spans: Vec<_> = diagnostics(&text).iter().map(|d| d.span).collect();
        assert_eq!(spans, vec![Some(Span::new(63, 66)), Some(Span::new(266, 267))]);
    }

    #[test]
    fn clean_text_has_none() {
        assert!(diagnostics("1. Texte\r\n\x0c\tfin\n").is_empty());
        assert!(diagnostics("").is_empty());
    }
}

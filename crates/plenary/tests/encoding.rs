//! `parse_bytes`: what byte forms are accepted, and how others are refused.

use plenary::{Error, ParseOptions, Severity};
use plenary_model::Stats;

const REFERENCE: &str = include_str!("../../../corpus/CTOC_COP_2012_15.fr.txt");
const CHARTER_EN: &str = include_str!("../../../corpus/UN_Charter.en.txt");

/// Stats that must not depend on the byte form of the line ends.
fn shape(stats: &Stats) -> Stats {
    Stats {
        unrecognized_bytes: 0,
        ..stats.clone()
    }
}

#[test]
fn bom_and_crlf_give_the_same_stats_as_lf() {
    for text in [REFERENCE, CHARTER_EN] {
        let lf = plenary::parse(text);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
        let crlf = plenary::parse_bytes(&bytes).expect("BOM + CRLF should be accepted");
        assert_eq!(
            shape(&Stats::of(crlf.tree())),
            shape(&Stats::of(lf.tree())),
            "BOM + CRLF should parse to the same structure as LF"
        );
        assert_eq!(
            crlf.tree().metadata.length as usize,
            bytes.len() - 3,
            "spans should be offsets after the BOM, with CRLF kept"
        );
    }
}

#[test]
fn trailing_spaces_do_not_change_the_structure() {
    let stripped: String = REFERENCE.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    assert_eq!(
        shape(&Stats::of(plenary::parse(&stripped).tree())),
        shape(&Stats::of(plenary::parse(REFERENCE).tree())),
        "the reference report with trailing spaces stripped should parse to the same structure"
    );
}

#[test]
fn lone_cr_and_form_feeds_are_accepted_as_they_are() {
    let text = "1. Premier paragraphe.\r\x0c2. Second paragraphe.\r";
    let parsed = plenary::parse_bytes(text.as_bytes()).expect("CR and form feeds are text");
    assert_eq!(
        parsed.tree().metadata.length as usize,
        text.len(),
        "no line end is rewritten"
    );
}

#[test]
fn windows_1252_is_refused_naming_offset_line_column_and_conversion() {
    let bytes = b"Rapport\n\nLa Conf\xE9rence des Parties\n";
    let error = plenary::parse_bytes(bytes).expect_err("Windows-1252 bytes should be refused");
    match &error {
        Error::NotUtf8 {
            offset,
            byte,
            line,
            column,
            ..
        } => {
            assert_eq!(
                (*offset, *byte, *line, *column),
                (16, 0xE9, 3, 8),
                "position of the first bad byte"
            );
        }
        other => panic!("expected NotUtf8, got {other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains("byte offset 16"), "{message}");
    assert!(message.contains("line 3, column 8"), "{message}");
    assert!(
        message.contains("Windows-1252"),
        "should name the likely encoding: {message}"
    );
    assert!(
        message.contains("iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8"),
        "{message}"
    );
    assert!(!message.contains('\n'), "the message should be one line");
}

#[test]
fn offsets_in_refusals_count_the_bom() {
    let error = plenary::parse_bytes(b"\xEF\xBB\xBFab\xFF").expect_err("0xFF is never UTF-8");
    assert!(
        matches!(
            error,
            Error::NotUtf8 {
                offset: 5,
                line: 1,
                column: 3,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let text = "Résolution 6/1\r\nLa Conférence des Parties,\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let utf8 = plenary::parse(text).into_tree();
    for bytes in [le, be] {
        let doc = plenary::parse_bytes(&bytes)
            .expect("UTF-16 with a BOM should be decoded")
            .into_tree();
        assert_eq!(doc, utf8, "UTF-16 should parse exactly like the same text in UTF-8");
    }
}

#[test]
fn damaged_utf16_is_refused_with_the_offset() {
    // "a" then an unpaired high surrogate, little-endian.
    let error = plenary::parse_bytes(b"\xFF\xFEa\0\x00\xD8b\0").expect_err("unpaired surrogate");
    assert!(matches!(error, Error::InvalidUtf16 { offset: 4, .. }), "{error:?}");
}

#[test]
fn pdf_is_refused_with_advice_even_when_lossy() {
    for options in [ParseOptions::default(), ParseOptions::default().with_lossy(true)] {
        let error =
            plenary::parse_bytes_with(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", options).expect_err("a PDF is not text");
        assert!(matches!(error, Error::Pdf));
        assert!(error.to_string().contains("pdftotext -enc UTF-8 FILE.pdf"), "{error}");
    }
}

#[test]
fn lossy_replaces_each_run_with_one_diagnostic() {
    let bytes = b"La Conf\xE9rence \xE0 Vienne\n";
    let parsed =
        plenary::parse_bytes_with(bytes, ParseOptions::default().with_lossy(true)).expect("lossy never refuses text");
    let replaced: Vec<_> = parsed
        .diagnostics()
        .iter()
        .filter(|d| d.code == "replaced-bytes")
        .collect();
    assert_eq!(replaced.len(), 2, "one diagnostic per replaced run");
    assert!(replaced.iter().all(|d| d.severity == Severity::Error));
    let doc = parsed.tree();
    assert!(
        doc.diagnostics.iter().any(|d| d.code == "replaced-bytes"),
        "kept in the document too"
    );
    let text = "La Conf\u{FFFD}rence \u{FFFD} Vienne\n";
    assert_eq!(doc.metadata.length as usize, text.len());
    assert_eq!(
        replaced[0].span.and_then(|s| s.slice(text)),
        Some("\u{FFFD}"),
        "span covers the replacement"
    );
    assert!(
        parsed.clone().into_result().is_err(),
        "strict callers should refuse replaced bytes"
    );
}

#[test]
fn into_result_keeps_clean_parses_and_lists_problems() {
    let clean = plenary::Parsed::new(1, Vec::new());
    assert_eq!(clean.into_result().ok(), Some(1));
    let info = plenary_model::Diagnostic::new("note", Severity::Info, "only a note", None);
    assert_eq!(
        plenary::Parsed::new(2, vec![info.clone()]).into_result().ok(),
        Some(2),
        "info does not fail"
    );
    let warning = plenary_model::Diagnostic::new("unrecognized-text", Severity::Warning, "text not recognised", None);
    let error = plenary::Parsed::new(3, vec![info, warning])
        .into_result()
        .expect_err("a warning should fail a strict parse");
    assert_eq!(
        error.to_string(),
        "1 diagnostic of severity warning or error, the first: unrecognized-text: text not recognised"
    );
    assert!(matches!(error, Error::Diagnostics { count: 1, ref diagnostics } if diagnostics.len() == 2));
}

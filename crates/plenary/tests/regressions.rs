//! Inputs the fuzzers found (`fuzz/fuzz_targets/`), minimised, each with the
//! invariant it broke and where it was fixed. `docs/robustness.md` records the
//! runs that found them.

mod invariants;

/// Parses `text` and checks every invariant of `invariants::check_document`.
fn holds(text: &str) {
    let parsed = plenary::parse(text);
    if let Err(message) = invariants::check_document(text, parsed.tree()) {
        panic!("{message}\ninput: {text:?}\ntree: {:#?}", parsed.tree());
    }
}

/// Parses `bytes` lossily and checks every invariant against the decoded text.
fn holds_lossy(bytes: &[u8]) {
    let parsed = plenary::parse_bytes_with(bytes, plenary::ParseOptions::default().with_lossy(true))
        .expect("lossy decoding refuses only PDFs");
    let text = invariants::lossy_text(bytes);
    if let Err(message) = invariants::check_document(&text, parsed.tree()) {
        panic!("{message}\ninput: {bytes:?}\ntree: {:#?}", parsed.tree());
    }
}

/// parse-1: a paragraph running on across a form feed with no furniture
/// around it. Its Text inline covered the form feed, which is also the
/// page-break furniture: one byte covered twice. Fixed in
/// `plenary-grammar/src/inline/content.rs` (`Logical::cuts`): text is cut at a
/// form feed as at other removed material.
#[test]
fn text_running_across_a_bare_page_break() {
    holds_lossy(b"\xd9\xa6\x0c\xd9");
    holds("\u{666}\x0c\u{fffd}");
    holds("bonjour\x0csuite");
    holds("1. Texte\x0csuite du paragraphe.\n");
    holds("1. Texte\x0c\nsuite\x0c\x0cfin A/60/88\x0cet Corr.2\n");
}

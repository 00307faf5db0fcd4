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

/// parse-2: a `Contents` heading with a leader line a few lines below, but no
/// line the table of contents takes. The table took the heading's span,
/// which its parent section's heading inline already has: siblings out of
/// order. Fixed in `plenary-grammar/src/block/toc.rs` (`parse`): a table that
/// took no line has no span.
#[test]
fn contents_heading_with_no_table_line() {
    holds("Contents\nC\nP\nP\nR\n1\nThe role of prevention in the promotion and protection of human rights .....\n");
    let bytes =
        b"A/HRC/14/37\n\nContents\nChapter\nPage\nPart One:\nResolutions\n1\nThe role of prevention ..........\n18\n";
    holds_lossy(bytes);
}

// Super-linear time. A work count cannot be asserted here: the workspace
// forbids `unsafe_code`, so no counting allocator can be installed, and the
// quadratic loops below did not allocate anyway. Each input is instead taken
// at a size where the old code ran for minutes in a debug build (seconds to
// tens of seconds in release), so a regression shows as a hung test, and
// `docs/robustness.md` records the doubling measurements.

/// A text of `pages` pages, each made by `page(i)`, ending with a form feed.
fn pages(pages: usize, page: impl Fn(usize) -> String) -> String {
    (0..pages).map(|i| format!("{}\x0c", page(i))).collect()
}

/// Form feeds only: empty pages (a scanned PDF through pdftotext). Every form
/// feed is an anchor, and the backward walk for furniture near it went over
/// every blank line before it: quadratic, 17 s for 128 KB in release. Fixed in
/// `plenary-grammar/src/layout/mod.rs` (`neighbours`, bounded by `REACH`).
#[test]
fn empty_pages() {
    let text = pages(1 << 15, |_| String::new());
    holds(&text);
    let doc = plenary::parse(&text).into_tree();
    assert_eq!(doc.furniture.len(), 1 << 15, "every form feed should be one page break");
}

/// One short line per page: each page top was compared with every other page
/// top, squashing both each time: quadratic, 6 s for 100 KB in release.
/// Fixed in `plenary-grammar/src/layout/mod.rs` (`running_titles`: each top
/// squashed once and counted).
#[test]
fn one_line_per_page() {
    holds(&pages(8000, |i| format!("Texte {i}.\n")));
}

/// A long capitalised line at every page top after a long first page: each
/// top was also compared with every line start of the first page. Fixed in
/// `running_titles` (only the top 200 lines of the first page hold a title).
#[test]
fn title_like_page_tops_after_a_long_first_page() {
    let first: String = (0..4000)
        .map(|i| format!("Necessity of ending the embargo number {i}\n"))
        .collect();
    let rest = pages(4000, |i| {
        format!("Necessity of ending the embargo number {i}\nSuite du texte.\n")
    });
    holds(&format!("{first}\x0c{rest}"));
}

/// The running title repeated on every page is still recognised as a header
/// after the rewrite of `running_titles`.
#[test]
fn a_running_title_on_every_page_is_still_furniture() {
    let title = "Necessity of ending the economic embargo";
    let text = format!(
        "{title}\n\n1. Premier paragraphe.\n\x0c{}",
        pages(5, |i| format!("{title}\n\n{}. Paragraphe suivant.\n", i + 2))
    );
    holds(&text);
    let doc = plenary::parse(&text).into_tree();
    let headers = doc.furniture.iter().filter(|f| f.text == title).count();
    assert!(
        headers >= 5,
        "the title repeated at each page top should be removed as a header: {:?}",
        doc.furniture
    );
}

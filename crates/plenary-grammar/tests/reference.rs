//! Snapshots of the reference finder on real snippets.
//!
//! Each fixture `tests/fixtures/reference/*.txt` opens with a comment line
//! naming its source symbol and language (`# CTOC/COP/2012/15 (fr) …`), then
//! holds blocks separated by blank lines, found in order with one shared
//! `RefContext` (as the block grammar calls the finder). The snapshot shows
//! each block, then each match: its byte range, its text and what it cites.

use std::fmt::Write as _;

use plenary_grammar::inline::reference::{find_references_in, RefContext};
use plenary_grammar::lang;

/// The language code in parentheses on the first line.
fn language(first_line: &str) -> &str {
    first_line
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map_or("en", |(code, _)| code)
}

fn outline(input: &str) -> String {
    let mut lines = input.lines();
    let first = lines.next().unwrap_or_default();
    assert!(
        first.starts_with("# "),
        "a fixture should open with its source symbol in a comment"
    );
    let lang = lang::by_code(language(first)).expect("the fixture's language should be known");
    let body: Vec<&str> = lines.map(str::trim_end).collect();
    let mut ctx = RefContext::default();
    let mut out = String::new();
    for (n, block) in body.split(|l| l.is_empty()).filter(|b| !b.is_empty()).enumerate() {
        let text = block.join("\n");
        let found = find_references_in(&text, lang, &mut ctx);
        writeln!(
            out,
            "--- block {}: {:?}",
            n + 1,
            text.chars().take(60).collect::<String>()
        )
        .unwrap();
        let mut last_end = 0;
        for m in &found {
            assert!(
                m.start >= last_end && m.start < m.end,
                "matches should be sorted and disjoint: {found:?}"
            );
            last_end = m.end;
            let written = text
                .get(m.start..m.end)
                .expect("a match should lie on character boundaries");
            writeln!(out, "{}..{} {:?}", m.start, m.end, written).unwrap();
            writeln!(out, "    {}", serde_json::to_string(&m.cited).unwrap()).unwrap();
        }
    }
    out
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/reference/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(outline(&input));
    });
}

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

/// Pieces of real references, so that random inputs reach deep into the grammar.
const PIECES: &[&str] = &[
    "Ibid.",
    "Ibíd., ",
    "vol. ",
    "2225",
    ", ",
    " et ",
    " and ",
    "n° ",
    "No. ",
    "39574",
    "Nations Unies, Recueil des Traités",
    "United Nations, Treaty Series",
    "(Pour le texte, voir ",
    "chap. I",
    "sect. A",
    "résolution ",
    "decision ",
    "6/1",
    "862 (1993)",
    ".)",
    ")",
    "(",
    "sa ",
    "its ",
    "de l’Assemblée générale",
    "General Assembly ",
    " du 22 octobre 2010",
    " of 31 August 1993",
    "article 32",
    "paragraphe 2 c) de l’",
    " de la Convention",
    " du Règlement intérieur",
    "organisée16",
    "À sa 10e séance, le 19 octobre 2012, ",
    "a adopté un projet de résolution (",
    "CTOC/COP/2012/L.4",
    "parrainé par le Costa Rica",
    "\n",
    " ",
    "é",
    "’",
    "1er",
    "\u{a0}",
];

proptest::proptest! {
    #[test]
    fn never_panics_and_matches_are_in_bounds_sorted_and_disjoint(
        picks in proptest::collection::vec((0..PIECES.len(), proptest::option::of(proptest::char::any())), 0..40),
        code in proptest::sample::select(vec!["fr", "en", "es", "ru"]),
    ) {
        let mut text = String::new();
        for (i, c) in picks {
            text.push_str(PIECES.get(i).copied().unwrap_or_default());
            if let Some(c) = c { text.push(c); }
        }
        let lang = lang::by_code(code).expect("a known language");
        let mut ctx = RefContext::default();
        let found = find_references_in(&text, lang, &mut ctx);
        let mut last = 0;
        for m in &found {
            proptest::prop_assert!(m.start >= last && m.start < m.end && m.end <= text.len(), "{found:?} in {text:?}");
            proptest::prop_assert!(text.get(m.start..m.end).is_some(), "a match should lie on character boundaries");
            last = m.end;
        }
    }
}

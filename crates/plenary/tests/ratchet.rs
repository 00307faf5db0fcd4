//! The corpus ratchet: `corpus/passing.txt` lists the documents of `corpus/`
//! that parse with no unrecognized text and no unresolved reference. A listed
//! document that regresses fails this test; so does an unlisted one that now
//! passes, until it is added to the list (the ratchet only moves forward).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plenary_model::Stats;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// The file names `passing.txt` lists (blank lines and `#` comments skipped).
fn listed() -> Vec<String> {
    let path = corpus_dir().join("passing.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} should be readable: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Every `corpus/*.txt` by file name.
fn documents() -> Vec<String> {
    let dir = corpus_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} should be readable: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt") && name != "passing.txt")
        .collect();
    names.sort();
    names
}

/// `(unrecognizedBytes, unresolvedReferences)` of a corpus document.
fn figures(name: &str) -> (u64, usize) {
    let path = corpus_dir().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{} should be readable: {e}", path.display()));
    let doc = plenary::parse_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{name} should be accepted as text: {e}"))
        .into_tree();
    let stats = Stats::of(&doc);
    (stats.unrecognized_bytes, stats.unresolved_references)
}

/// What the ratchet says about the list against the documents' figures:
/// listed documents that no longer pass or do not exist, and unlisted ones
/// that now pass.
fn verdict(listed: &[String], documents: &[String], figures: impl Fn(&str) -> (u64, usize)) -> Vec<String> {
    let mut problems = Vec::new();
    let listed_set: BTreeSet<&str> = listed.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    for name in listed {
        if !seen.insert(name.as_str()) {
            problems.push(format!("corpus/passing.txt lists {name} twice"));
        }
    }
    for name in &listed_set {
        if !documents.iter().any(|d| d == name) {
            problems.push(format!("corpus/passing.txt lists {name}, which is not in corpus/"));
        }
    }
    for name in documents {
        let (unrecognized, unresolved) = figures(name);
        let passes = unrecognized == 0 && unresolved == 0;
        match (listed_set.contains(name.as_str()), passes) {
            (true, false) => problems.push(format!(
                "REGRESSION: {name} is listed in corpus/passing.txt but now has \
                 {unrecognized} unrecognized bytes and {unresolved} unresolved references"
            )),
            (false, true) => problems.push(format!(
                "{name} now parses with no unrecognized text and no unresolved reference: \
                 please add it to corpus/passing.txt"
            )),
            _ => {}
        }
    }
    problems
}

#[test]
fn passing_documents_keep_passing_and_new_ones_are_listed() {
    let problems = verdict(&listed(), &documents(), figures);
    assert!(problems.is_empty(), "corpus ratchet:\n{}", problems.join("\n"));
}

#[test]
fn the_ratchet_reports_regressions_new_passes_and_stale_names() {
    let docs = ["a.en.txt", "b.en.txt", "c.en.txt"].map(String::from);
    let fig = |name: &str| match name {
        "a.en.txt" => (0, 0),
        "b.en.txt" => (12, 0),
        _ => (0, 3),
    };
    let ok = verdict(&["a.en.txt".to_owned()], &docs, fig);
    assert!(ok.is_empty(), "{ok:?}");

    let regressed = verdict(&["a.en.txt".to_owned(), "b.en.txt".to_owned()], &docs, fig);
    assert_eq!(regressed.len(), 1, "{regressed:?}");
    assert!(regressed[0].starts_with("REGRESSION: b.en.txt"), "{regressed:?}");
    assert!(regressed[0].contains("12 unrecognized bytes"), "{regressed:?}");

    let unlisted = verdict(&[], &docs, fig);
    assert_eq!(unlisted.len(), 1, "{unlisted:?}");
    assert!(
        unlisted[0].contains("a.en.txt") && unlisted[0].contains("please add it"),
        "{unlisted:?}"
    );

    let stale = verdict(&["a.en.txt".to_owned(), "gone.en.txt".to_owned()], &docs, fig);
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert!(
        stale[0].contains("gone.en.txt") && stale[0].contains("not in corpus/"),
        "{stale:?}"
    );
}

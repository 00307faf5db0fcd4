//! Every extraction flavour of a corpus document against its facts
//! (`corpus/facts/<name>.json`, counted by reading the text; see
//! `corpus/facts/README.md`).
//!
//! - The ratchet: `corpus/facts/misses.txt` lists the fields that do not hold
//!   today, one `flavour/name field` a line. A field that holds and is not
//!   listed must keep holding; a listed one that now holds must leave the list
//!   (`UPDATE_MISSES=1 cargo test -p plenary --test facts` rewrites it).
//! - No silent failure: a flavour file with a field that does not hold raises
//!   at least one diagnostic of severity warning, for every document of the
//!   corpus (`flavour/name silent` in the misses would name one that does
//!   not).
//! - The bar of the 22 documents whose flavours come from the shared corpus
//!   (`corpus/flavours/shared.txt`): at least 97 % of their fields hold in
//!   every flavour, and none of their files misses a fact without a warning.
//!
//! `python3 scripts/flavours.py` prints the same comparison as figures
//! (docs/accuracy.md).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plenary::Severity;
use plenary_model::Stats;
use serde_json::Value;

const FLAVOURS: [&str; 6] = [
    "pdftotext",
    "pdftotext-layout",
    "pdftotext-raw",
    "pymupdf",
    "pdfminer",
    "no-form-feeds",
];

const FIELDS: [&str; 10] = [
    "symbol",
    "language",
    "title",
    "chapters",
    "paragraphs",
    "footnotes",
    "footnoteMarkers",
    "resolutions",
    "decisions",
    "agendaItems",
];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn text_of(name: &str, flavour: &str) -> PathBuf {
    if flavour == "pdftotext" {
        corpus().join(format!("{name}.txt"))
    } else {
        corpus().join("flavours").join(flavour).join(format!("{name}.txt"))
    }
}

/// A title as compared: one space, one kind of dash and quotation mark, no
/// stars or final period, lower case.
fn norm_title(s: &str) -> String {
    let mapped: String = s
        .chars()
        .filter(|c| !matches!(c, '*' | '∗'))
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '«' | '»' => '"',
            c => c,
        })
        .collect();
    let spaced = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    let dashed = spaced.replace(" - ", "-").replace("- ", "-").replace(" -", "-");
    dashed.trim().trim_end_matches('.').trim().to_lowercase()
}

fn str_of(v: &Value) -> Option<&str> {
    v.as_str()
}

fn count(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

/// True when the stats agree with the facts on `field`.
fn holds(field: &str, facts: &Value, stats: &Value) -> bool {
    match field {
        "title" => {
            let Some(want) = facts["title"].as_str().map(norm_title) else {
                return stats["title"].is_null();
            };
            let title = stats["title"].as_str().map(norm_title);
            let both = [&stats["title"], &stats["subtitle"]]
                .iter()
                .filter_map(|v| v.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            title.as_deref() == Some(want.as_str()) || norm_title(&both) == want
        }
        "chapters" => count(&stats["chapters"]) == count(&facts["chapters"]) + count(&facts["annexChapters"]),
        "resolutions" => {
            let empty = Vec::new();
            let want = facts["resolutions"].as_array().unwrap_or(&empty);
            let got = stats["resolutions"].as_array().unwrap_or(&empty);
            want.len() == got.len()
                && want.iter().zip(got).all(|(w, g)| {
                    str_of(&w["number"]) == str_of(&g["number"]).filter(|n| !n.is_empty())
                        && ["preambular", "operative"]
                            .iter()
                            .all(|k| w[*k].is_null() || w[*k] == g[*k])
                })
        }
        "decisions" => {
            let empty = Vec::new();
            let want: Vec<Option<&str>> = facts["decisions"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .map(str_of)
                .collect();
            let got: Vec<Option<&str>> = stats["decisions"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                // A draft's decision has no number yet: empty in the stats, null in the facts.
                .map(|d| str_of(&d["number"]).filter(|n| !n.is_empty()))
                .collect();
            want == got
        }
        "agendaItems" => {
            let items = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            items(&facts["agendaItems"]) == items(&stats["agendaItems"])
        }
        _ => facts[field] == stats[field],
    }
}

struct Outcome {
    /// `flavour/name field` for each field that does not hold, and
    /// `flavour/name silent` for each file that misses one with no warning.
    misses: BTreeSet<String>,
    /// Fields compared.
    compared: usize,
    /// For the documents of `corpus/flavours/shared.txt`, per flavour: the
    /// fields that hold and the fields compared.
    shared: Vec<(&'static str, usize, usize)>,
}

/// The names of the documents whose flavours came from the shared corpus.
fn shared_names() -> BTreeSet<String> {
    let path = corpus().join("flavours/shared.txt");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} should be readable: {e}", path.display()))
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

fn compare() -> Outcome {
    let mut out = Outcome {
        misses: BTreeSet::new(),
        compared: 0,
        shared: FLAVOURS.iter().map(|&f| (f, 0, 0)).collect(),
    };
    let shared = shared_names();
    let dir = corpus().join("facts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} should be readable: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "corpus/facts should hold facts files");
    for file in files {
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let facts: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{} should be JSON: {e}", file.display()));
        for flavour in FLAVOURS {
            let path = text_of(&name, flavour);
            let Ok(bytes) = std::fs::read(&path) else { continue };
            let parsed =
                plenary::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{} should parse: {e}", path.display()));
            let warned = parsed.diagnostics().iter().any(|d| d.severity >= Severity::Warning);
            let stats = serde_json::to_value(Stats::of(parsed.tree())).unwrap_or_default();
            let mut missed = false;
            for field in FIELDS {
                out.compared += 1;
                let ok = holds(field, &facts, &stats);
                if shared.contains(&name) {
                    if let Some(tally) = out.shared.iter_mut().find(|t| t.0 == flavour) {
                        tally.1 += usize::from(ok);
                        tally.2 += 1;
                    }
                }
                if !ok {
                    missed = true;
                    out.misses.insert(format!("{flavour}/{name} {field}"));
                }
            }
            if missed && !warned {
                out.misses.insert(format!("{flavour}/{name} silent"));
            }
        }
    }
    out
}

fn listed_misses() -> BTreeSet<String> {
    let path = corpus().join("facts/misses.txt");
    std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_flavour_keeps_the_facts_it_holds_and_fails_loudly() {
    let out = compare();
    if std::env::var_os("UPDATE_MISSES").is_some() {
        // `UPDATE_MISSES=1 cargo test -p plenary --test facts` writes the
        // list anew; review its diff before committing it.
        let mut text = String::from(
            "# Facts that do not hold today, one `flavour/name field` a line, written by\n\
             # UPDATE_MISSES=1 cargo test -p plenary --test facts. crates/plenary/tests/facts.rs\n\
             # fails when a field not listed here stops holding, and when a listed one holds.\n",
        );
        for miss in &out.misses {
            text.push_str(miss);
            text.push('\n');
        }
        let path = corpus().join("facts/misses.txt");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{} should be writable: {e}", path.display()));
    }
    let listed = listed_misses();
    let regressions: Vec<&String> = out.misses.difference(&listed).collect();
    let fixed: Vec<&String> = listed.difference(&out.misses).collect();
    let mut problems = Vec::new();
    if !regressions.is_empty() {
        problems.push(format!(
            "REGRESSION: these fields held and no longer hold, or these files miss a fact and now say nothing (see python3 scripts/flavours.py -v):\n  {}",
            regressions.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
        ));
    }
    if !fixed.is_empty() {
        problems.push(format!(
            "these fields now hold: remove them from corpus/facts/misses.txt:\n  {}",
            fixed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
        ));
    }
    assert!(
        problems.is_empty(),
        "{} of {} fields hold\n{}",
        out.compared - out.misses.iter().filter(|m| !m.ends_with(" silent")).count(),
        out.compared,
        problems.join("\n")
    );
}

#[test]
fn no_file_misses_a_fact_without_a_warning() {
    let out = compare();
    let silent: Vec<&String> = out.misses.iter().filter(|m| m.ends_with(" silent")).collect();
    assert!(
        silent.is_empty(),
        "files that miss a fact without a warning: {silent:?}; a self-check or a diagnostic of the grammar should say the parse is unsure"
    );
}

#[test]
fn the_shared_documents_hold_97_percent_in_every_flavour_and_never_fail_silently() {
    let shared = shared_names();
    assert_eq!(
        shared.len(),
        22,
        "corpus/flavours/shared.txt should name the 22 shared documents"
    );
    let out = compare();
    for (flavour, ok, n) in &out.shared {
        assert_eq!(
            *n,
            shared.len() * FIELDS.len(),
            "{flavour}: every shared document should have its text"
        );
        assert!(
            ok * 100 >= n * 97,
            "{flavour}: {ok} of {n} fields of the shared documents hold, under 97 % (python3 scripts/flavours.py --docs shared -v)"
        );
    }
    let silent: Vec<&String> = out
        .misses
        .iter()
        .filter(|m| m.ends_with(" silent") && m.split(['/', ' ']).nth(1).is_some_and(|n| shared.contains(n)))
        .collect();
    assert!(
        silent.is_empty(),
        "shared documents that miss a fact without a warning: {silent:?}"
    );
}

#[test]
fn titles_compare_leniently() {
    assert_eq!(
        norm_title("Report of the Human Rights Council on its forty\u{2010}third session*"),
        norm_title("Report of the Human Rights Council on its forty-third  session"),
    );
    assert_ne!(norm_title("Report of the"), norm_title("Report of the Council"));
    let facts = serde_json::json!({"title": "Necessity of ending the embargo. Resolution adopted"});
    let stats = serde_json::json!({"title": "Necessity of ending the embargo.", "subtitle": "Resolution adopted"});
    assert!(
        holds("title", &facts, &stats),
        "title and subtitle together may give the title"
    );
    let stats = serde_json::json!({"title": null, "subtitle": null});
    assert!(!holds("title", &facts, &stats), "no title is a miss");
}

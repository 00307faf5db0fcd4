//! Every byte of every corpus document, and of every flavour of it (the same
//! document through another extractor), ends up in exactly one node, in
//! removed furniture, or in an unrecognized node.

use std::path::{Path, PathBuf};

/// The `.txt` files of `dir`, each with its name under `corpus/`.
fn texts_in(dir: &Path, prefix: &str) -> Vec<(String, String)> {
    std::fs::read_dir(dir)
        .expect("corpus/ should exist at the workspace root")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p).expect("corpus documents are UTF-8");
            (
                format!("{prefix}{name}"),
                text.trim_start_matches('\u{feff}').to_owned(),
            )
        })
        .collect()
}

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut docs = texts_in(&dir, "");
    assert!(docs.len() >= 5, "the corpus should hold the bundled documents");
    let flavours = std::fs::read_dir(dir.join("flavours"))
        .expect("corpus/flavours/ should exist")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir());
    let before = docs.len();
    for flavour in flavours {
        let name = flavour
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        docs.extend(texts_in(&flavour, &format!("flavours/{name}/")));
    }
    assert!(docs.len() > before, "corpus/flavours/ should hold the flavours");
    docs.sort();
    docs
}

#[test]
fn every_corpus_document_is_covered() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let doc = plenary_grammar::parse(&text);
        let cov = plenary_model::coverage::check(&text, &doc);
        if !cov.is_complete() {
            let show = |s: &plenary_model::Span| {
                let t: String = text.get(s.range()).unwrap_or("?").chars().take(60).collect();
                format!("{}..{} {:?}", s.start, s.end, t)
            };
            failures.push(format!(
                "{name}: {} uncovered (first: {:?}), {} overlaps (first: {:?}), {} out of bounds",
                cov.uncovered.len(),
                cov.uncovered.iter().take(3).map(show).collect::<Vec<_>>(),
                cov.overlaps.len(),
                cov.overlaps
                    .iter()
                    .take(3)
                    .map(|(a, b)| format!("{} / {}", show(a), show(b)))
                    .collect::<Vec<_>>(),
                cov.out_of_bounds.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "every byte should be covered exactly once:\n{}",
        failures.join("\n")
    );
}

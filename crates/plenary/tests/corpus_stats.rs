//! `plenary stats` of every corpus document, after grammar and resolver,
//! snapshotted; and the exact figures of the reference report.

use plenary_model::Stats;

#[test]
fn corpus_stats() {
    // Documents are named `SYMBOL.LANG.txt`; `passing.txt` (the ratchet's list) is not one.
    insta::glob!("../../../corpus", "*.??.txt", |path| {
        let text = std::fs::read_to_string(path).expect("corpus documents are UTF-8");
        let doc = plenary::parse(text.trim_start_matches('\u{feff}')).into_tree();
        insta::assert_json_snapshot!(Stats::of(&doc));
    });
}

#[test]
fn reference_report_figures() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/CTOC_COP_2012_15.fr.txt");
    let text = std::fs::read_to_string(path).expect("the reference report is in corpus/");
    let doc = plenary::parse(&text).into_tree();
    let s = Stats::of(&doc);
    assert_eq!(
        s.symbol.as_deref(),
        Some("CTOC/COP/2012/15"),
        "symbol from the running header"
    );
    assert_eq!(s.language.as_deref(), Some("fr"), "language detected");
    assert_eq!(
        s.job_number.as_deref(),
        Some("V.12-57119"),
        "job number from the footer"
    );
    assert_eq!(
        (s.chapters, s.paragraphs),
        (11, 127),
        "chapters I to XI, paragraphs 1 to 127"
    );
    assert_eq!(
        (s.footnotes, s.footnote_markers),
        (30, 30),
        "30 footnotes, each with its marker"
    );
    let counts: Vec<_> = s
        .resolutions
        .iter()
        .map(|r| (r.number.as_str(), r.preambular, r.operative))
        .collect();
    assert_eq!(
        counts,
        [("6/1", 17, 21), ("6/2", 12, 15), ("6/3", 7, 22), ("6/4", 2, 2)],
        "resolutions with their preambular and operative paragraphs"
    );
    let decisions: Vec<_> = s.decisions.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(decisions, ["6/1", "6/2", "6/3"], "decisions 6/1 to 6/3");
    assert_eq!(s.session.number, Some(6), "the sixth session");
    assert_eq!(s.session.place.as_deref(), Some("Vienne"), "held in Vienna");
    assert_eq!(
        (
            s.session.start.map(|d| d.to_string()),
            s.session.end.map(|d| d.to_string())
        ),
        (Some("2012-10-15".to_owned()), Some("2012-10-19".to_owned())),
        "from 15 to 19 October 2012"
    );
    assert_eq!(s.unrecognized_bytes, 0, "nothing unrecognized");
    assert_eq!(s.unresolved_references, 0, "every reference resolved");
    assert_eq!(s.symbols, 46, "46 distinct symbols cited");
}

//! Document symbols: fixtures from real documents, the reference report,
//! the rest of the project corpus, and properties.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use plenary_grammar::inline::symbol::{find_symbols, parse_job_number, parse_sales_number, parse_symbol, SymbolMatch};
use plenary_grammar::lang::{self, Lang};
use plenary_model::{Symbol, BODY_PREFIXES};
use proptest::prelude::*;

fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("should read {}: {e}", path.display()))
}

fn distinct(matches: &[SymbolMatch]) -> BTreeSet<String> {
    matches
        .iter()
        .flat_map(|m| m.symbols.iter().map(ToString::to_string))
        .collect()
}

/// A fixture: a first comment line `# SYMBOL lang (what it shows)`, then the
/// block text, lines joined with `\n` as the block builder passes them.
#[test]
fn fixtures() {
    insta::glob!("fixtures/symbol/*.txt", |path| {
        let source = std::fs::read_to_string(path).expect("fixture should be readable");
        let (header, text) = source.split_once('\n').expect("fixture should have a header line");
        let code = header
            .split_whitespace()
            .nth(2)
            .expect("header should name the language");
        let lang: &Lang = lang::by_code(code).expect("header language should be known");
        let mut out = format!("{header}\n--- text\n{text}--- matches\n");
        for m in find_symbols(text, lang) {
            writeln!(out, "{}..{} {:?}", m.start, m.end, &text[m.start..m.end]).unwrap();
            for s in &m.symbols {
                writeln!(out, "  {s}").unwrap();
            }
        }
        insta::assert_snapshot!(out);
    });
}

const REFERENCE_SYMBOLS: &[&str] = &[
    "A/60/88",
    "A/60/88/Corr.2",
    "A/CONF.192/15",
    "CTOC/COP/2010/CRP.7",
    "CTOC/COP/2012/1",
    "CTOC/COP/2012/2",
    "CTOC/COP/2012/3",
    "CTOC/COP/2012/4",
    "CTOC/COP/2012/5",
    "CTOC/COP/2012/6",
    "CTOC/COP/2012/7",
    "CTOC/COP/2012/8",
    "CTOC/COP/2012/9",
    "CTOC/COP/2012/10",
    "CTOC/COP/2012/11",
    "CTOC/COP/2012/12",
    "CTOC/COP/2012/13",
    "CTOC/COP/2012/14",
    "CTOC/COP/2012/15",
    "CTOC/COP/2012/CRP.1",
    "CTOC/COP/2012/CRP.2",
    "CTOC/COP/2012/CRP.3",
    "CTOC/COP/2012/CRP.4",
    "CTOC/COP/2012/CRP.5",
    "CTOC/COP/2012/CRP.6",
    "CTOC/COP/2012/CRP.7",
    "CTOC/COP/2012/INF/2/Rev.2",
    "CTOC/COP/2012/L.1",
    "CTOC/COP/2012/L.1/Add.1",
    "CTOC/COP/2012/L.1/Add.2",
    "CTOC/COP/2012/L.1/Add.3",
    "CTOC/COP/2012/L.1/Add.4",
    "CTOC/COP/2012/L.1/Add.5",
    "CTOC/COP/2012/L.1/Add.6",
    "CTOC/COP/2012/L.1/Add.7",
    "CTOC/COP/2012/L.1/Add.8",
    "CTOC/COP/2012/L.1/Add.9",
    "CTOC/COP/2012/L.4/Rev.2",
    "CTOC/COP/2012/L.5/Rev.2",
    "CTOC/COP/2012/L.6/Rev.2",
    "CTOC/COP/2012/L.9",
    "CTOC/COP/2012/L.11",
    "CTOC/COP/2012/L.12",
    "CTOC/COP/WG.2/2012/5",
    "CTOC/COP/WG.3/2012/6",
    "CTOC/COP/WG.4/2011/8",
    "CTOC/COP/WG.7/2012/6",
];

#[test]
fn reference_report_has_exactly_its_47_symbols() {
    let text = corpus("CTOC_COP_2012_15.fr.txt");
    let found = distinct(&find_symbols(&text, &lang::fr::FR));
    let expected: BTreeSet<String> = REFERENCE_SYMBOLS.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(expected.len(), 47);
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "should find the 47: missing {missing:?}, extra {extra:?}"
    );
}

#[test]
fn charter_in_six_languages_cites_no_symbol() {
    for code in ["ar", "en", "es", "fr", "ru", "zh"] {
        let text = corpus(&format!("UN_Charter.{code}.txt"));
        let found = find_symbols(&text, lang::by_code(code).unwrap());
        assert!(
            found.is_empty(),
            "the Charter ({code}) should cite no symbol, found {:?}",
            distinct(&found)
        );
    }
}

#[test]
fn spanish_resolution_symbols() {
    let text = corpus("A_RES_48_246.es.txt");
    let found = distinct(&find_symbols(&text, &lang::es::ES));
    let expected = ["A/48/803", "A/48/826/Add.1", "A/C.5/48/SR.59", "A/RES/48/246"];
    assert_eq!(
        found,
        expected.iter().map(|s| (*s).to_owned()).collect(),
        "should find the Spanish resolution's symbols"
    );
}

#[test]
fn human_rights_council_report_finds_only_symbol_shapes() {
    let text = corpus("A_HRC_14_37.en.txt");
    let found = distinct(&find_symbols(&text, &lang::en::EN));
    // PRST/8/1 is how the report cites the President's statement 8/1: a citation, in the shape of a symbol.
    let odd: Vec<_> = found
        .iter()
        .filter(|s| !(s.starts_with("A/") || s.starts_with("E/") || s.starts_with("PRST/")))
        .collect();
    assert!(
        odd.is_empty(),
        "should find only A/, E/ and PRST/ symbols, found {odd:?}"
    );
    for s in [
        "A/HRC/14/37",
        "A/HRC/14/24/Add.9",
        "A/HRC/13/31/Corr.1",
        "A/HRC/14/25/Add.4",
    ] {
        assert!(found.contains(s), "should find {s}");
    }
    assert!(
        !found.iter().any(|s| s.contains("Corr.1/Add")),
        "addenda should not hang from a corrigendum"
    );
}

#[test]
fn footer_numbers_are_job_numbers_not_symbols() {
    let j = parse_job_number("V.12-57119").unwrap();
    assert_eq!((j.station(), j.year(), j.serial()), (Some("V"), Some(12), "57119"));
    let j = parse_job_number("GE.21-06039(E)").unwrap();
    assert_eq!(j.language(), Some('E'));
    let j = parse_job_number("01-66657 (E)").unwrap();
    assert_eq!(
        (j.station(), j.year(), j.serial(), j.language()),
        (None, Some(1), "66657", Some('E'))
    );
    assert!(find_symbols("28 V.12-57119 GE.12-17781 F.11.V.9", &lang::fr::FR).is_empty());
    assert_eq!(parse_sales_number("F.11.V.9").unwrap().to_string(), "F.11.V.9");
}

/// Constructed, not from the corpus: no corpus document breaks a symbol
/// after a slash or writes U+00A0 or U+2011 inside one.
#[test]
fn line_breaks_and_non_breaking_characters() {
    let text =
        "(CTOC/COP/2012/L.4/ \nRev.2) et CTOC/COP/2012/L.1\u{a0}et\u{a0}Add.1\u{a0}à\u{a0}2; A/RES/ES\u{2011}10/1";
    let found = find_symbols(text, &lang::fr::FR);
    let names: Vec<Vec<String>> = found
        .iter()
        .map(|m| m.symbols.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(
        names,
        [
            vec!["CTOC/COP/2012/L.4/Rev.2".to_owned()],
            vec![
                "CTOC/COP/2012/L.1".into(),
                "CTOC/COP/2012/L.1/Add.1".into(),
                "CTOC/COP/2012/L.1/Add.2".into()
            ],
            vec!["A/RES/ES-10/1".into()],
        ]
    );
    assert_eq!(&text[found[0].start..found[0].end], "CTOC/COP/2012/L.4/ \nRev.2");
}

#[test]
fn parse_symbol_reports_what_and_where() {
    let err = parse_symbol("CTOC/COP/2012/L.4/").unwrap_err();
    assert_eq!(err.offset, 17, "should point at the trailing slash: {err}");
    assert!(parse_symbol("5/1").is_err(), "a resolution number is not a symbol");
}

// ---------------------------------------------------------------------------
// Properties

fn series() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        prop::sample::select(vec!["A", "S", "E", "ST", "T", "TD", "UNEP"]).prop_map(|s| vec![s.to_owned()]),
        prop::sample::select(vec![
            "CTOC/COP", "CAC/COSP", "CCPR/C", "CEDAW/C", "CRC/C", "CERD/C", "CAT/C", "A/HRC"
        ])
        .prop_map(|s| s.split('/').map(str::to_owned).collect()),
        "[A-Z]{2,6}".prop_map(|s| vec![s]),
    ]
}

fn body() -> impl Strategy<Value = String> {
    (prop::sample::select(BODY_PREFIXES.to_vec()), 1u32..300).prop_map(|(p, n)| {
        if p == "PC" {
            p.to_owned()
        } else {
            format!("{p}.{n}")
        }
    })
}

fn session() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..80).prop_map(|n| n.to_string()),
        (1946u32..2030).prop_map(|n| n.to_string()),
        (1u32..12).prop_map(|n| format!("ES-{n}")),
        (1u32..30).prop_map(|n| format!("S-{n}")),
    ]
}

fn nature_and_number() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        (prop::sample::select(vec!["L", "CRP", "PV", "SR", "WP", "R"]), 1u32..500)
            .prop_map(|(p, n)| vec![format!("{p}.{n}")]),
        (
            prop::sample::select(vec!["INF", "RES", "DEC", "NGO", "PET", "PRST"]),
            1u32..2000
        )
            .prop_map(|(p, n)| vec![p.to_owned(), n.to_string()]),
        (1u32..2000).prop_map(|n| vec![n.to_string()]),
        ("[A-Z]{2,3}", 1u32..9).prop_map(|(c, n)| vec![c, n.to_string()]),
    ]
}

fn modifier() -> impl Strategy<Value = String> {
    prop_oneof![
        (prop::sample::select(vec!["Rev", "Corr", "Add", "Amend"]), 1u32..20).prop_map(|(p, n)| format!("{p}.{n}")),
        Just("Summary".to_owned()),
    ]
}

fn suffix() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        1 => (1946u32..2030).prop_map(|y| Some(y.to_string())),
        1 => prop::sample::select(vec!["I", "III", "XXIX", "XL", "LXIV"]).prop_map(|r| Some(r.to_owned())),
    ]
}

fn symbol() -> impl Strategy<Value = Symbol> {
    (
        series(),
        prop::collection::vec(body(), 0..3),
        prop::option::of(session()),
        nature_and_number(),
        prop::collection::vec(modifier(), 0..3),
        any::<bool>(),
        suffix(),
    )
        .prop_map(|(series, bodies, session, nature, modifiers, reissued, suffix)| {
            let mut parts = series;
            parts.extend(bodies);
            parts.extend(session);
            parts.extend(nature);
            parts.extend(modifiers);
            Symbol::from_parts(parts, suffix).unwrap().with_reissued(reissued)
        })
}

proptest! {
    #[test]
    fn parse_symbol_round_trips(s in symbol()) {
        prop_assert_eq!(parse_symbol(&s.to_string()), Ok(s.clone()));
        prop_assert_eq!(s.to_string().parse::<Symbol>(), Ok(s));
    }

    #[test]
    fn finder_finds_a_generated_symbol_in_a_sentence(s in symbol()) {
        // The finder reads suffixes after RES only and no reissue mark in running text.
        let plain = Symbol::from_parts(s.parts().to_vec(), None).unwrap();
        let text = format!("voir le document {plain}. Puis");
        let found = find_symbols(&text, &lang::fr::FR);
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].symbols, &vec![plain]);
    }

    #[test]
    fn finder_ranges_are_in_bounds_ordered_and_on_char_boundaries(
        text in "[A-Za-z0-9/ .,()\\-\n\u{a0}\u{2011}éà*]{0,200}"
    ) {
        let mut last_end = 0;
        for m in find_symbols(&text, &lang::fr::FR) {
            prop_assert!(last_end <= m.start && m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(!m.symbols.is_empty());
            last_end = m.end;
        }
        let _ = parse_symbol(&text);
        let _ = parse_job_number(&text);
        let _ = parse_sales_number(&text);
    }
}

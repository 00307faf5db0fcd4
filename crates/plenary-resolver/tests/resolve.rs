//! The resolver on documents built by hand after CTOC/COP/2012/15 (fr) and
//! A/RES/48/246 (en): each target checked, with what should hold.

use chrono::NaiveDate;
use plenary_model::{
    Block, Cited, Deliberation, DeliberationKind, Document, Footnote, FootnoteMarker, Inline, Issuer, Paragraph,
    Reference, Section, SectionLevel, Symbol, SymbolCitation, Target,
};
use plenary_resolver::refs::reference_index;

fn sym(s: &str) -> Symbol {
    s.parse().expect("a valid symbol")
}

fn reference(id: &str, text: &str, cited: Cited) -> Inline {
    Inline::Reference(Box::new(Reference {
        id: id.into(),
        span: None,
        text: text.into(),
        cited,
        target: None,
    }))
}

fn marker(label: &str) -> Inline {
    Inline::FootnoteMarker(FootnoteMarker {
        id: format!("fnref_{label}"),
        span: None,
        label: label.into(),
        footnote: None,
    })
}

fn footnote(label: &str, content: Vec<Inline>) -> Footnote {
    Footnote {
        id: format!("fn_{label}"),
        span: None,
        label: label.into(),
        content,
    }
}

fn treaty(volumes: &[&str]) -> Cited {
    Cited::Treaty {
        series: "UNTS".into(),
        volumes: volumes.iter().map(|v| (*v).to_owned()).collect(),
        number: "39574".into(),
    }
}

fn ibid(details: Option<&str>) -> Cited {
    Cited::Ibid {
        details: details.map(str::to_owned),
    }
}

fn section(id: &str, level: SectionLevel, num: &str, children: Vec<Block>) -> Block {
    Block::Section(Section {
        id: id.into(),
        span: None,
        level,
        num: Some(num.into()),
        num_span: None,
        heading: vec![],
        heading_span: None,
        children,
    })
}

fn deliberation(id: &str, kind: DeliberationKind, number: &str, preamble: Vec<Paragraph>) -> Deliberation {
    Deliberation {
        id: id.into(),
        span: None,
        kind,
        number: number.into(),
        title: vec![],
        adoption_note: None,
        formula: None,
        preamble,
        operative: vec![],
        annexes: vec![],
        adoption: None,
    }
}

fn paragraph(id: &str, num: &str, content: Vec<Inline>) -> Block {
    let mut p = Paragraph::new(Some(num), content);
    p.id = id.into();
    Block::Paragraph(p)
}

fn draft(number: &str, kind: DeliberationKind, draft: Option<&str>, sponsors: &[&str]) -> Cited {
    Cited::Draft {
        draft: draft.map(sym),
        deliberation: kind,
        number: number.into(),
        date: NaiveDate::from_ymd_opt(2012, 10, 19),
        meeting: Some("10e séance".into()),
        sponsors: sponsors.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// The report: chapter I with resolution 6/1 and decision 6/1, chapter IV with
/// the adoption paragraphs, and the footnotes 2, 3, 4, 12, 14–17, 28, 29.
fn report() -> Document {
    let mut doc = Document::default();
    doc.metadata.symbol = Some(sym("CTOC/COP/2012/15"));
    doc.metadata.language = Some("fr".into());

    let preamble = Paragraph::new(
        None,
        vec![
            Inline::text("Rappelant "),
            reference(
                "ref_1",
                "sa résolution 5/1 du 22 octobre 2010",
                Cited::Resolution {
                    number: "5/1".into(),
                    issuer: Issuer::Own,
                    date: NaiveDate::from_ymd_opt(2010, 10, 22),
                },
            ),
            Inline::text(" … s’y rapportant"),
            marker("3"),
            Inline::text(" … "),
            marker("4"),
            Inline::text(" … des personnes"),
            marker("2"),
            Inline::text(" … rappelant "),
            reference(
                "ref_2",
                "sa résolution 6/4",
                Cited::Resolution {
                    number: "6/4".into(),
                    issuer: Issuer::Own,
                    date: None,
                },
            ),
            Inline::text(" … "),
            reference(
                "ref_3",
                "article 32 de la Convention",
                Cited::Provision {
                    instrument: "Convention".into(),
                    provision: "article 32".into(),
                },
            ),
            Inline::text(" … organisée"),
            marker("14"),
            marker("15"),
            marker("16"),
            marker("17"),
            marker("12"),
            marker("28"),
            marker("29"),
            marker("31"),
        ],
    );
    let res_6_1 = deliberation(
        "chp_I__sec_A__res_6-1",
        DeliberationKind::Resolution,
        "6/1",
        vec![preamble],
    );
    let res_6_4 = deliberation("chp_I__sec_A__res_6-4", DeliberationKind::Resolution, "6/4", vec![]);
    let dec_6_1 = deliberation("chp_I__sec_B__dec_6-1", DeliberationKind::Decision, "6/1", vec![]);
    let chapter_1 = section(
        "chp_I",
        SectionLevel::Chapter,
        "I",
        vec![
            section(
                "chp_I__sec_A",
                SectionLevel::Section,
                "A",
                vec![
                    Block::Resolution(Box::new(res_6_1)),
                    Block::Resolution(Box::new(res_6_4)),
                ],
            ),
            section(
                "chp_I__sec_B",
                SectionLevel::Section,
                "B",
                vec![Block::Decision(Box::new(dec_6_1))],
            ),
        ],
    );
    let chapter_4 = section(
        "chp_IV",
        SectionLevel::Chapter,
        "IV",
        vec![
            paragraph(
                "chp_IV__para_40",
                "40",
                vec![
                    Inline::text("À sa 10e séance, … "),
                    reference(
                        "ref_40",
                        "(Pour le texte, voir chap. I, sect. A, résolution 6/1.)",
                        draft(
                            "6/1",
                            DeliberationKind::Resolution,
                            Some("CTOC/COP/2012/L.4/Rev.2"),
                            &["Costa Rica", "Croatie", "Union européenne"],
                        ),
                    ),
                ],
            ),
            paragraph(
                "chp_IV__para_123",
                "123",
                vec![reference(
                    "ref_123",
                    "(Pour le texte, voir chap. I, sect. B, décision 6/1.)",
                    draft("6/1", DeliberationKind::Decision, None, &[]),
                )],
            ),
            paragraph(
                "chp_IV__para_50",
                "50",
                vec![
                    reference(
                        "ref_50",
                        "(voir chap. I, sect. B)",
                        Cited::Internal {
                            chapter: Some("I".into()),
                            section: Some("B".into()),
                            deliberation: None,
                            number: None,
                            paragraph: None,
                        },
                    ),
                    reference(
                        "ref_51",
                        "(voir chap. I, sect. A, résolution 6/9)",
                        Cited::Internal {
                            chapter: Some("I".into()),
                            section: Some("A".into()),
                            deliberation: Some(DeliberationKind::Resolution),
                            number: Some("6/9".into()),
                            paragraph: None,
                        },
                    ),
                    reference(
                        "ref_52",
                        "résolution 55/25",
                        Cited::Resolution {
                            number: "55/25".into(),
                            issuer: Issuer::Unknown,
                            date: None,
                        },
                    ),
                    reference("ref_53", "Ibid.", ibid(None)),
                ],
            ),
        ],
    );
    doc.body = vec![chapter_1, chapter_4];

    doc.footnotes = vec![
        footnote(
            "2",
            vec![
                reference(
                    "ref_f2",
                    "Résolution 64/293 de l’Assemblée générale",
                    Cited::Resolution {
                        number: "64/293".into(),
                        issuer: Issuer::Body {
                            name: "Assemblée générale".into(),
                            series: Some("A".into()),
                        },
                        date: None,
                    },
                ),
                Inline::text("."),
            ],
        ),
        footnote(
            "3",
            vec![
                reference(
                    "ref_f3",
                    "Nations Unies, Recueil des Traités, vol. 2225, n° 39574",
                    treaty(&["2225"]),
                ),
                Inline::text("."),
            ],
        ),
        footnote(
            "4",
            vec![reference(
                "ref_f4",
                "Ibid., vol. 2237, 2241 et 2326, n° 39574",
                ibid(Some("vol. 2237, 2241 et 2326, n° 39574")),
            )],
        ),
        footnote(
            "12",
            vec![
                Inline::Symbol(SymbolCitation {
                    id: "sym_12".into(),
                    span: None,
                    text: "A/60/88 et Corr.2".into(),
                    symbols: vec![sym("A/60/88"), sym("A/60/88/Corr.2")],
                }),
                Inline::text(", annexe; voir aussi "),
                reference(
                    "ref_f12",
                    "décision 60/519 de l’Assemblée générale",
                    Cited::Decision {
                        number: "60/519".into(),
                        issuer: Issuer::Body {
                            name: "Assemblée générale".into(),
                            series: Some("A".into()),
                        },
                        date: None,
                    },
                ),
            ],
        ),
        footnote(
            "14",
            vec![reference(
                "ref_f14",
                "Nations Unies, Recueil des Traités, vol. 2326, n° 39574",
                treaty(&["2326"]),
            )],
        ),
        footnote(
            "15",
            vec![reference(
                "ref_f15",
                "Ibid., vol. 2225, n° 39574",
                ibid(Some("vol. 2225, n° 39574")),
            )],
        ),
        footnote("16", vec![reference("ref_f16", "Ibid.", ibid(None))]),
        footnote(
            "17",
            vec![reference(
                "ref_f17",
                "Ibid., vol. 2241, n° 39574",
                ibid(Some("vol. 2241, n° 39574")),
            )],
        ),
        footnote(
            "28",
            vec![
                Inline::Symbol(SymbolCitation {
                    id: "sym_28".into(),
                    span: None,
                    text: "CTOC/COP/2012/CRP.6".into(),
                    symbols: vec![sym("CTOC/COP/2012/CRP.6")],
                }),
                Inline::text(", annexe II."),
            ],
        ),
        footnote(
            "29",
            vec![reference("ref_f29", "Ibid., annexe IV", ibid(Some("annexe IV")))],
        ),
    ];
    doc
}

/// Every reference of the document, by id.
fn references(doc: &Document) -> Vec<Reference> {
    let mut out = Vec::new();
    plenary_model::visit::walk(doc, &mut |node, _| {
        if let plenary_model::visit::Node::Inline(Inline::Reference(r)) = node {
            out.push(Reference::clone(r));
        }
    });
    out
}

fn target(doc: &Document, id: &str) -> Option<Target> {
    references(doc)
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("reference {id} should exist"))
        .target
}

fn unts(volumes: &[&str]) -> Option<Target> {
    Some(Target::Treaty {
        series: "UNTS".into(),
        volumes: volumes.iter().map(|v| (*v).to_owned()).collect(),
        number: "39574".into(),
    })
}

fn resolved() -> Document {
    let mut doc = report();
    plenary_resolver::resolve(&mut doc);
    doc
}

#[test]
fn footnote_markers_link_by_label() {
    let doc = resolved();
    let mut linked = Vec::new();
    plenary_model::visit::walk(&doc, &mut |node, _| {
        if let plenary_model::visit::Node::Inline(Inline::FootnoteMarker(m)) = node {
            linked.push((m.label.clone(), m.footnote.clone()));
        }
    });
    for (label, footnote) in &linked {
        if label == "31" {
            assert_eq!(*footnote, None, "marker 31 has no footnote and should stay unlinked");
        } else {
            assert_eq!(
                footnote.as_deref(),
                Some(format!("fn_{label}").as_str()),
                "marker {label} should link to its footnote"
            );
        }
    }
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "unlinked-footnote-marker" && d.message.contains("`31`")),
        "marker 31 should be reported: {:?}",
        doc.diagnostics
    );
}

#[test]
fn ibid_repeats_the_previous_footnotes_treaty_with_its_volumes() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_f3"),
        unts(&["2225"]),
        "footnote 3 should be the Treaty Series entry itself"
    );
    assert_eq!(
        target(&doc, "ref_f4"),
        unts(&["2237", "2241", "2326"]),
        "footnote 4 should repeat footnote 3's registration 39574 with the volumes it names"
    );
}

#[test]
fn ibid_chains_through_ibid_footnotes() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_f15"),
        unts(&["2225"]),
        "footnote 15 should be 39574, vol. 2225"
    );
    assert_eq!(
        target(&doc, "ref_f16"),
        unts(&["2225"]),
        "footnote 16 (bare Ibid.) should chain through 15"
    );
    assert_eq!(
        target(&doc, "ref_f17"),
        unts(&["2241"]),
        "footnote 17 should be 39574, vol. 2241"
    );
}

#[test]
fn ibid_of_a_document_takes_the_annex() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_f29"),
        Some(Target::Document {
            symbol: sym("CTOC/COP/2012/CRP.6"),
            url: "https://undocs.org/fr/CTOC/COP/2012/CRP.6".into(),
            details: Some("annexe IV".into()),
        }),
        "footnote 29 should be CTOC/COP/2012/CRP.6, annex IV"
    );
}

#[test]
fn ibid_outside_footnotes_is_unresolved() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_53"),
        None,
        "an Ibid. in the body has no previous footnote"
    );
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "unresolved-reference" && d.message.contains("ibid")),
        "the body's Ibid. should be reported"
    );
}

#[test]
fn drafts_point_to_the_adopted_text_and_record_the_adoption() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_40"),
        Some(Target::Node {
            id: "chp_I__sec_A__res_6-1".into()
        }),
        "paragraph 40's reference should point to resolution 6/1"
    );
    let mut adoptions = Vec::new();
    plenary_model::visit::walk(&doc, &mut |node, _| {
        if let plenary_model::visit::Node::Block(Block::Resolution(d) | Block::Decision(d)) = node {
            adoptions.push((d.id.clone(), d.adoption.clone()));
        }
    });
    let of = |id: &str| adoptions.iter().find(|(i, _)| i == id).and_then(|(_, a)| a.clone());
    let res = of("chp_I__sec_A__res_6-1").expect("resolution 6/1 should have its adoption");
    assert_eq!(
        res.draft,
        Some(sym("CTOC/COP/2012/L.4/Rev.2")),
        "6/1 should be adopted from L.4/Rev.2"
    );
    assert_eq!(
        res.date,
        NaiveDate::from_ymd_opt(2012, 10, 19),
        "6/1 should be adopted on 2012-10-19"
    );
    assert_eq!(res.meeting.as_deref(), Some("10e séance"));
    assert_eq!(res.sponsors, ["Costa Rica", "Croatie", "Union européenne"]);
    assert_eq!(
        res.reference.as_deref(),
        Some("ref_40"),
        "the adoption should name the reference that recorded it"
    );
    let dec = of("chp_I__sec_B__dec_6-1").expect("decision 6/1 should have its adoption");
    assert_eq!(dec.draft, None, "decision 6/1 was adopted with no draft symbol");
    assert_eq!(
        of("chp_I__sec_A__res_6-4"),
        None,
        "resolution 6/4 has no adoption paragraph here"
    );
}

#[test]
fn internal_references_point_to_sections_or_stay_unresolved() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_50"),
        Some(Target::Node {
            id: "chp_I__sec_B".into()
        }),
        "chap. I, sect. B should be the section node"
    );
    assert_eq!(
        target(&doc, "ref_51"),
        None,
        "there is no resolution 6/9 in the document"
    );
}

#[test]
fn own_resolutions_take_the_documents_series_or_its_node() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_1"),
        Some(Target::Deliberation {
            series: "CTOC/COP".into(),
            deliberation: DeliberationKind::Resolution,
            number: "5/1".into(),
            symbol: None,
            url: None,
        }),
        "sa résolution 5/1 should be the Conference's own, series CTOC/COP"
    );
    assert_eq!(
        target(&doc, "ref_2"),
        Some(Target::Node {
            id: "chp_I__sec_A__res_6-4".into()
        }),
        "an own resolution adopted in this document should be its node"
    );
}

#[test]
fn general_assembly_texts_take_the_assemblys_series() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_f2"),
        Some(Target::Deliberation {
            series: "A".into(),
            deliberation: DeliberationKind::Resolution,
            number: "64/293".into(),
            symbol: Some(sym("A/RES/64/293")),
            url: Some("https://undocs.org/fr/A/RES/64/293".into()),
        }),
        "GA resolution 64/293 should be A/RES/64/293"
    );
    assert_eq!(
        target(&doc, "ref_f12"),
        Some(Target::Deliberation {
            series: "A".into(),
            deliberation: DeliberationKind::Decision,
            number: "60/519".into(),
            symbol: None,
            url: None,
        }),
        "GA decision 60/519 should be a GA decision without symbol"
    );
}

#[test]
fn an_unknown_issuer_is_not_guessed_from_the_number() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_52"),
        None,
        "résolution 55/25 names no body and is not in the document"
    );
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "unresolved-reference" && d.message.contains("55/25") && d.help.is_some()),
        "it should be reported with a help sentence"
    );
}

#[test]
fn provisions_and_treaties_are_their_own_targets() {
    let doc = resolved();
    assert_eq!(
        target(&doc, "ref_3"),
        Some(Target::Provision {
            instrument: "Convention".into(),
            provision: "article 32".into()
        })
    );
}

#[test]
fn security_council_resolution_in_an_assembly_resolution() {
    let mut doc = Document::default();
    doc.metadata.symbol = Some(sym("A/RES/48/246"));
    doc.body.push(paragraph(
        "para_1",
        "1",
        vec![
            reference(
                "ref_sc",
                "Security Council resolution 862 (1993)",
                Cited::Resolution {
                    number: "862 (1993)".into(),
                    issuer: Issuer::Body {
                        name: "Security Council".into(),
                        series: Some("S".into()),
                    },
                    date: NaiveDate::from_ymd_opt(1993, 8, 31),
                },
            ),
            reference(
                "ref_own",
                "its decision 48/477",
                Cited::Decision {
                    number: "48/477".into(),
                    issuer: Issuer::Own,
                    date: None,
                },
            ),
        ],
    ));
    plenary_resolver::resolve(&mut doc);
    assert_eq!(
        target(&doc, "ref_sc"),
        Some(Target::Deliberation {
            series: "S".into(),
            deliberation: DeliberationKind::Resolution,
            number: "862 (1993)".into(),
            symbol: Some(sym("S/RES/862 (1993)")),
            url: Some("https://undocs.org/en/S/RES/862(1993)".into()),
        }),
        "a Security Council resolution should be S/RES/862 (1993), linked in English by default"
    );
    assert!(
        matches!(target(&doc, "ref_own"), Some(Target::Deliberation { ref series, .. }) if series == "A"),
        "its decision in a GA resolution should be the Assembly's"
    );
}

#[test]
fn reference_index_lists_every_reference_in_reading_order() {
    let doc = resolved();
    let index = reference_index(&doc);
    let json = serde_json::to_value(&index).expect("the index should serialise");
    let entries = json.as_array().expect("an array");
    let kinds: Vec<&str> = entries.iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(
        kinds.first(),
        Some(&"resolution"),
        "the first reference in reading order is sa résolution 5/1"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "footnote").count(),
        11,
        "every footnote marker should be listed"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "symbol").count(),
        3,
        "each symbol of each citation should be listed"
    );
    let find = |text: &str| {
        entries
            .iter()
            .find(|e| e["text"] == text)
            .unwrap_or_else(|| panic!("{text} should be listed"))
    };
    assert_eq!(
        find("3")["target"],
        serde_json::json!({ "id": "fn_3" }),
        "a marker's target is its footnote id"
    );
    assert_eq!(
        find("Ibid., vol. 2237, 2241 et 2326, n° 39574")["target"],
        serde_json::json!({ "treaty": { "series": "UNTS", "volumes": ["2237", "2241", "2326"], "number": "39574" } }),
        "an Ibid.'s target should name the resolved treaty"
    );
    assert_eq!(
        find("Ibid., annexe IV")["target"],
        serde_json::json!({ "symbol": "CTOC/COP/2012/CRP.6", "url": "https://undocs.org/fr/CTOC/COP/2012/CRP.6", "details": "annexe IV" }),
    );
    assert_eq!(
        find("A/60/88/Corr.2")["target"],
        serde_json::json!({ "symbol": "A/60/88/Corr.2", "url": "https://undocs.org/fr/A/60/88/Corr.2" }),
    );
    assert_eq!(
        find("article 32 de la Convention")["target"],
        serde_json::json!({ "instrument": "Convention", "provision": "article 32" })
    );
    assert_eq!(
        find("(Pour le texte, voir chap. I, sect. A, résolution 6/1.)")["kind"],
        "draft"
    );
    assert_eq!(
        find("résolution 55/25")["target"],
        serde_json::Value::Null,
        "unresolved targets are null"
    );
}

#[test]
fn a_generic_body_word_is_the_documents_own_body_when_its_name_ends_so() {
    let mut doc = Document::default();
    doc.metadata.symbol = Some(sym("A/HRC/14/37"));
    doc.metadata.language = Some("en".into());
    let cite = |id: &str, name: &str| {
        reference(
            id,
            &format!("{name} resolution 8/12"),
            Cited::Resolution {
                number: "8/12".into(),
                issuer: Issuer::Body {
                    name: name.into(),
                    series: None,
                },
                date: None,
            },
        )
    };
    doc.body.push(paragraph(
        "para_1",
        "1",
        vec![cite("ref_1", "Council"), cite("ref_2", "Commission")],
    ));
    plenary_resolver::resolve(&mut doc);
    match target(&doc, "ref_1") {
        Some(Target::Deliberation { series, symbol, .. }) => {
            assert_eq!(
                series, "A/HRC",
                "`Council` in a Human Rights Council report should be the Council"
            );
            assert_eq!(
                symbol.map(|s| s.to_string()).as_deref(),
                Some("A/HRC/RES/8/12"),
                "should give the Council's resolution symbol"
            );
        }
        other => panic!("`Council resolution 8/12` should resolve to a deliberation, got {other:?}"),
    }
    assert_eq!(
        target(&doc, "ref_2"),
        None,
        "`Commission` is not the Human Rights Council: it should stay unresolved"
    );
}

//! Documents built by hand for the renderer tests.
#![allow(dead_code)]

use plenary_model::{
    Adoption, Agenda, AgendaItem, Annex, Block, Cited, DateInline, Deliberation, DeliberationKind, Document,
    DocumentKind, Footnote, FootnoteMarker, Inline, JobNumber, List, ListItem, Officer, Officers, Paragraph, Quotation,
    Reference, Section, SectionLevel, Session, SymbolCitation, Table, TableRow, Target, Unrecognized,
};

pub fn text(s: &str) -> Inline {
    Inline::text(s)
}

pub fn marker(label: &str) -> Inline {
    Inline::FootnoteMarker(FootnoteMarker {
        id: format!("fnref_{label}"),
        span: None,
        label: label.into(),
        footnote: Some(format!("fn_{label}")),
    })
}

pub fn symbol(id: &str, written: &str, symbols: &[&str]) -> Inline {
    Inline::Symbol(SymbolCitation {
        id: id.into(),
        span: None,
        text: written.into(),
        symbols: symbols
            .iter()
            .map(|s| s.parse().expect("test symbol should parse"))
            .collect(),
    })
}

/// A date of the model's date type, from `YYYY-MM-DD` (through serde, so the
/// tests need no date crate of their own).
macro_rules! ymd {
    ($s:literal) => {
        serde_json::from_str(concat!("\"", $s, "\"")).expect("test date should be valid")
    };
}

macro_rules! date {
    ($written:expr, $s:literal) => {
        Inline::Date(DateInline {
            span: None,
            text: $written.into(),
            date: ymd!($s),
        })
    };
}

pub fn para(id: &str, num: Option<&str>, content: Vec<Inline>) -> Paragraph {
    Paragraph {
        id: id.into(),
        span: None,
        num: num.map(Into::into),
        num_span: None,
        content,
        children: vec![],
    }
}

pub fn section(id: &str, level: SectionLevel, num: Option<&str>, heading: &str, children: Vec<Block>) -> Block {
    Block::Section(Section {
        id: id.into(),
        span: None,
        level,
        num: num.map(Into::into),
        num_span: None,
        heading: vec![text(heading)],
        heading_span: None,
        children,
    })
}

pub fn item(id: &str, label: &str, content: &str) -> ListItem {
    ListItem {
        id: id.into(),
        span: None,
        label: label.into(),
        label_span: None,
        content: vec![text(content)],
        children: vec![],
    }
}

pub fn footnote(label: &str, content: Vec<Inline>) -> Footnote {
    Footnote {
        id: format!("fn_{label}"),
        span: None,
        label: label.into(),
        content,
    }
}

/// A small French conference report shaped like CTOC/COP/2012/15.
pub fn report() -> Document {
    let mut doc = Document::default();
    let m = &mut doc.metadata;
    m.symbol = Some("CTOC/COP/2012/15".parse().expect("symbol"));
    m.language = Some("fr".into());
    m.kind = DocumentKind::Report;
    m.title = Some("Rapport de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée sur les travaux de sa sixième session".into());
    m.subtitle = Some("tenue à Vienne du 15 au 19 octobre 2012".into());
    m.job_number = Some(JobNumber::new("V.12-57119"));
    m.date = Some(ymd!("2012-11-05"));
    m.body = Some(
        "Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée"
            .into(),
    );
    m.session = Some(Session {
        number: Some(6),
        place: Some("Vienne".into()),
        start: Some(ymd!("2012-10-15")),
        end: Some(ymd!("2012-10-19")),
    });

    let res_id = "chp_I__sec_A__res_6-1";
    let mut operative1 = para(
        &format!("{res_id}__para_1"),
        Some("1"),
        vec![text(
            "Prie le Secrétariat de faciliter l’échange d’informations, notamment:",
        )],
    );
    operative1.children.push(Block::List(List {
        id: format!("{res_id}__para_1__list_1"),
        span: None,
        items: vec![
            item(
                &format!("{res_id}__para_1__list_1__item_a"),
                "a)",
                "En organisant des réunions d’experts;",
            ),
            ListItem {
                children: vec![Block::List(List {
                    id: format!("{res_id}__para_1__list_1__item_b__list_1"),
                    span: None,
                    items: vec![item(
                        &format!("{res_id}__para_1__list_1__item_b__list_1__item_i"),
                        "i)",
                        "Des rapports nationaux;",
                    )],
                })],
                ..item(&format!("{res_id}__para_1__list_1__item_b"), "b)", "En diffusant:")
            },
        ],
    }));
    let resolution = Deliberation {
        id: res_id.into(),
        span: None,
        kind: DeliberationKind::Resolution,
        number: "6/1".into(),
        title: vec![text("Mise en place du mécanisme d’examen de l’application de la Convention")],
        adoption_note: None,
        formula: Some(para(
            &format!("{res_id}__formula"),
            None,
            vec![text("La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,")],
        )),
        preamble: vec![
            para(
                &format!("{res_id}__preamble_1"),
                None,
                vec![
                    text("Rappelant sa résolution 5/1 du "),
                    date!("22 octobre 2010", "2010-10-22"),
                    text(","),
                ],
            ),
            para(
                &format!("{res_id}__preamble_2"),
                None,
                vec![
                    text("Prenant note du rapport du Secrétariat"),
                    marker("2"),
                    text(","),
                ],
            ),
        ],
        operative: vec![
            Block::Paragraph(operative1),
            Block::Paragraph(para(
                &format!("{res_id}__para_2"),
                Some("2"),
                vec![text("Décide de poursuivre l’examen de la question à sa septième session.")],
            )),
        ],
        annexes: vec![Annex {
            id: format!("{res_id}__annex_1"),
            span: None,
            num: None,
            heading: vec![text("Termes de référence")],
            children: vec![Block::Paragraph(para(
                &format!("{res_id}__annex_1__para_1"),
                Some("1"),
                vec![text("Le mécanisme est transparent et impartial.")],
            ))],
        }],
        adoption: Some(Adoption {
            draft: Some("CTOC/COP/2012/L.4/Rev.2".parse().expect("symbol")),
            date: Some(ymd!("2012-10-19")),
            meeting: Some("10e séance".into()),
            sponsors: vec![],
            reference: None,
        }),
    };
    let dec_id = "chp_I__sec_B__dec_6-1";
    let decision = Deliberation {
        id: dec_id.into(),
        span: None,
        kind: DeliberationKind::Decision,
        number: "6/1".into(),
        title: vec![text("Examen de l’application de la Convention")],
        adoption_note: None,
        formula: None,
        preamble: vec![],
        operative: vec![Block::Paragraph(para(
            &format!("{dec_id}__para_1"),
            None,
            vec![text("À sa 10e séance, la Conférence a décidé de reporter la question.")],
        ))],
        annexes: vec![],
        adoption: None,
    };

    let mut para9 = para(
        "chp_II__sec_A__para_9",
        Some("9"),
        vec![
            text("À sa 10e séance, le "),
            date!("19 octobre 2012", "2012-10-19"),
            text(", la Conférence a adopté le projet de résolution "),
            symbol("sym_1", "CTOC/COP/2012/L.4/Rev.2", &["CTOC/COP/2012/L.4/Rev.2"]),
            text(" (pour le texte, voir "),
            Inline::Reference(Box::new(Reference {
                id: "ref_1".into(),
                span: None,
                text: "chap. I, sect. A, résolution 6/1".into(),
                cited: Cited::Internal {
                    chapter: Some("I".into()),
                    section: Some("A".into()),
                    deliberation: Some(DeliberationKind::Resolution),
                    number: Some("6/1".into()),
                    paragraph: None,
                },
                target: Some(Target::Node { id: res_id.into() }),
            })),
            text("), tel qu’examiné du 30 mai au 1er juin 2012"),
            marker("21"),
            text("."),
        ],
    );
    para9.children.push(Block::Quotation(Quotation {
        id: "chp_II__sec_A__para_9__quot_1".into(),
        span: None,
        children: vec![Block::Paragraph(para(
            "chp_II__sec_A__para_9__quot_1__para_18",
            Some("18"),
            vec![text("Le quorum est constitué par la majorité des Parties.")],
        ))],
    }));

    doc.body = vec![
        section(
            "chp_I",
            SectionLevel::Chapter,
            Some("I"),
            "Résolutions et décisions adoptées par la Conférence",
            vec![
                section(
                    "chp_I__sec_A",
                    SectionLevel::Section,
                    Some("A"),
                    "Résolutions",
                    vec![Block::Resolution(Box::new(resolution))],
                ),
                section(
                    "chp_I__sec_B",
                    SectionLevel::Section,
                    Some("B"),
                    "Décisions",
                    vec![Block::Decision(Box::new(decision))],
                ),
            ],
        ),
        section(
            "chp_II",
            SectionLevel::Chapter,
            Some("II"),
            "Organisation de la session",
            vec![
                section(
                    "chp_II__sec_A",
                    SectionLevel::Section,
                    Some("A"),
                    "Ouverture de la session",
                    vec![
                        Block::Paragraph(para9),
                        Block::Paragraph(para(
                            "chp_II__sec_A__para_10",
                            Some("10"),
                            vec![
                                text("La liste des participants figure dans le document "),
                                symbol("sym_2", "CTOC/COP/2012/INF/2/Rev.2", &["CTOC/COP/2012/INF/2/Rev.2"]),
                                text("; voir aussi la "),
                                Inline::Reference(Box::new(Reference {
                                    id: "ref_2".into(),
                                    span: None,
                                    text: "résolution 64/293 de l’Assemblée générale".into(),
                                    cited: Cited::Resolution {
                                        number: "64/293".into(),
                                        issuer: plenary_model::Issuer::Unknown,
                                        date: None,
                                    },
                                    target: Some(Target::Document {
                                        symbol: "A/RES/64/293".parse().expect("symbol"),
                                        url: "https://undocs.org/fr/A/RES/64/293".into(),
                                        details: None,
                                    }),
                                })),
                                text("."),
                            ],
                        )),
                    ],
                ),
                section(
                    "chp_II__sec_B",
                    SectionLevel::Section,
                    Some("B"),
                    "Élection du Bureau",
                    vec![Block::Officers(Officers {
                        id: "chp_II__sec_B__officers_1".into(),
                        span: None,
                        officers: vec![
                            Officer {
                                span: None,
                                role: "Président".into(),
                                name: "Rachmat Budiman".into(),
                                country: Some("Indonésie".into()),
                            },
                            Officer {
                                span: None,
                                role: "Vice-Présidents".into(),
                                name: "Simona Marin".into(),
                                country: Some("Roumanie".into()),
                            },
                        ],
                    })],
                ),
                section(
                    "chp_II__sec_C",
                    SectionLevel::Section,
                    Some("C"),
                    "Adoption de l’ordre du jour",
                    vec![Block::Agenda(Agenda {
                        id: "chp_II__sec_C__agenda".into(),
                        span: None,
                        items: vec![AgendaItem {
                            id: "chp_II__sec_C__agenda__item_1".into(),
                            span: None,
                            num: "1".into(),
                            num_span: None,
                            content: vec![text("Questions d’organisation:")],
                            items: vec![
                                AgendaItem {
                                    id: "chp_II__sec_C__agenda__item_1__item_a".into(),
                                    span: None,
                                    num: "a".into(),
                                    num_span: None,
                                    content: vec![text("Ouverture de la session;")],
                                    items: vec![],
                                },
                                AgendaItem {
                                    id: "chp_II__sec_C__agenda__item_1__item_b".into(),
                                    span: None,
                                    num: "b".into(),
                                    num_span: None,
                                    content: vec![text("Adoption de l’ordre du jour.")],
                                    items: vec![],
                                },
                            ],
                        }],
                    })],
                ),
                section(
                    "chp_II__sec_D",
                    SectionLevel::Section,
                    Some("D"),
                    "Participation",
                    vec![
                        Block::Table(Table {
                            id: "chp_II__sec_D__table_1".into(),
                            span: None,
                            rows: vec![
                                TableRow {
                                    cells: vec![vec![text("Catégorie")], vec![text("Nombre")]],
                                },
                                TableRow {
                                    cells: vec![vec![text("États parties")], vec![text("112")]],
                                },
                            ],
                        }),
                        Block::Unrecognized(Unrecognized {
                            id: "chp_II__sec_D__unrecognized_1".into(),
                            span: None,
                            text: "* * *".into(),
                        }),
                    ],
                ),
            ],
        ),
        Block::Annex(Annex {
            id: "annex_I".into(),
            span: None,
            num: Some("I".into()),
            heading: vec![text("Liste des documents dont la Conférence était saisie")],
            children: vec![Block::Paragraph(para(
                "annex_I__para_1",
                None,
                vec![
                    symbol("sym_3", "CTOC/COP/2012/1", &["CTOC/COP/2012/1"]),
                    text(" Ordre du jour provisoire annoté"),
                ],
            ))],
        }),
    ];
    doc.footnotes = vec![
        footnote(
            "2",
            vec![symbol("sym_4", "CTOC/COP/2012/2", &["CTOC/COP/2012/2"]), text(".")],
        ),
        footnote(
            "21",
            vec![
                text("Voir "),
                symbol("sym_5", "CTOC/COP/WG.7/2012/6", &["CTOC/COP/WG.7/2012/6"]),
                text("."),
            ],
        ),
    ];
    doc
}

/// A document whose every text tries to break its output.
pub fn hostile() -> Document {
    let evil = "<script>alert('x')</script> & \"q\" ]]> <!-- -- --> \u{0}\u{1}\u{b} `code` *em* _u_ [l](javascript:x) # | ~ ! { } \\";
    let mut doc = Document::default();
    doc.metadata.symbol = Some("A/77/<script>".parse().expect("symbol"));
    doc.metadata.language = Some("en\"><script>".into());
    doc.metadata.title = Some(format!("Title {evil}"));
    doc.metadata.subtitle = Some("1. -- + = looks like a list".into());
    doc.metadata.body = Some("<b>&amp;</b>".into());
    doc.metadata.job_number = Some(JobNumber::new("<job>&"));
    let mut p = para(
        "para with spaces & <tags>",
        Some("1"),
        vec![text(evil), marker("x\"<1>"), text("\n- next line\n# hash")],
    );
    p.children.push(Block::List(List {
        id: String::new(),
        span: None,
        items: vec![item("", "1.", evil), item("", "-", "dash")],
    }));
    let mut hostile_marker = FootnoteMarker {
        id: "fnref_x\"<1>".into(),
        span: None,
        label: "x\"<1>".into(),
        footnote: Some("fn_x\"<1>".into()),
    };
    hostile_marker.id.push_str("]]>");
    doc.body = vec![
        section("", SectionLevel::Chapter, Some("<I>"), evil, vec![Block::Paragraph(p)]),
        Block::Resolution(Box::new(Deliberation {
            id: String::new(),
            span: None,
            kind: DeliberationKind::Resolution,
            number: "1/<1>".into(),
            title: vec![text(evil)],
            adoption_note: None,
            formula: Some(para("", None, vec![text(evil)])),
            preamble: vec![para("", None, vec![text(evil)])],
            operative: vec![Block::Paragraph(para("", Some("1"), vec![text(evil)]))],
            annexes: vec![],
            adoption: None,
        })),
        Block::Unrecognized(Unrecognized {
            id: "<u>".into(),
            span: None,
            text: evil.into(),
        }),
        Block::Table(Table {
            id: String::new(),
            span: None,
            rows: vec![TableRow {
                cells: vec![vec![text(evil)], vec![Inline::FootnoteMarker(hostile_marker)]],
            }],
        }),
    ];
    doc.footnotes = vec![Footnote {
        id: "fn_x\"<1>".into(),
        span: None,
        label: "x\"<1>".into(),
        content: vec![text(evil)],
    }];
    doc
}

/// A single English resolution document.
pub fn resolution_document() -> Document {
    let mut doc = Document::default();
    doc.metadata.symbol = Some("A/RES/64/293".parse().expect("symbol"));
    doc.metadata.language = Some("en".into());
    doc.metadata.kind = DocumentKind::Resolution;
    doc.metadata.title = Some("United Nations Global Plan of Action to Combat Trafficking in Persons".into());
    doc.metadata.date = Some(ymd!("2010-08-12"));
    doc.body = vec![Block::Resolution(Box::new(Deliberation {
        id: "res_64-293".into(),
        span: None,
        kind: DeliberationKind::Resolution,
        number: "64/293".into(),
        title: vec![text(
            "United Nations Global Plan of Action to Combat Trafficking in Persons",
        )],
        adoption_note: None,
        formula: Some(para("res_64-293__formula", None, vec![text("The General Assembly,")])),
        preamble: vec![para(
            "res_64-293__preamble_1",
            None,
            vec![text("Reaffirming its commitment"), marker("1"), text(",")],
        )],
        operative: vec![Block::Paragraph(para(
            "res_64-293__para_1",
            Some("1"),
            vec![text("Adopts the Global Plan of Action.")],
        ))],
        annexes: vec![Annex {
            id: "res_64-293__annex".into(),
            span: None,
            num: None,
            heading: vec![text("United Nations Global Plan of Action")],
            children: vec![Block::Paragraph(para(
                "res_64-293__annex__para_1",
                Some("1"),
                vec![text("Trafficking in persons is a crime.")],
            ))],
        }],
        adoption: None,
    }))];
    doc.footnotes = vec![
        footnote("1", vec![text("United Nations, Treaty Series, vol. 2237, No. 39574.")]),
        footnote("2", vec![text("A footnote no marker points to.")]),
    ];
    doc
}

/// An Arabic document, for the right-to-left page.
pub fn arabic() -> Document {
    let mut doc = Document::default();
    doc.metadata.language = Some("ar".into());
    doc.metadata.title = Some("تقرير مؤتمر الأطراف".into());
    doc.body = vec![section(
        "chp_I",
        SectionLevel::Chapter,
        Some("أولا"),
        "القرارات",
        vec![Block::Paragraph(para(
            "chp_I__para_1",
            Some("1"),
            vec![text("اعتمد المؤتمر التقرير.")],
        ))],
    )];
    doc
}

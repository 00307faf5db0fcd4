//! Kinds of document other than session reports: Security Council
//! resolutions, drafts and amendments, each a short text in the layout the
//! UN prints them in.

mod common;
use common::{chapter_numbers, visual};
use plenary::model::{Block, Deliberation, DocumentKind};

/// How many of `blocks` are numbered paragraphs, in sections too.
fn numbered(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) if p.num.is_some() => 1,
            Block::Section(s) => numbered(&s.children),
            _ => 0,
        })
        .sum()
}

/// The resolutions and decisions of the body, in sections too.
fn deliberations(doc: &plenary::Document) -> Vec<&Deliberation> {
    fn walk<'d>(blocks: &'d [Block], out: &mut Vec<&'d Deliberation>) {
        for b in blocks {
            match b {
                Block::Resolution(d) | Block::Decision(d) => out.push(d),
                Block::Section(s) => walk(&s.children, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&doc.body, &mut out);
    out
}

const COUNCIL: &str = "S/RES/2999 (2031)\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n3 March 2031\n\n\
Resolution 2999 (2031)\nAdopted by the Security Council at its 9999th meeting, on\n3 March 2031\n\
The Security Council,\nRecalling its resolutions 2722 (2024) and 2739 (2024),\n\
Noting the report of the Secretary-General,\n\
Decides to remain seized of the matter.\n\n31-00001 (E)\n";

#[test]
fn a_security_council_resolution_has_its_number_and_no_title() {
    let doc = plenary::parse(COUNCIL).into_tree();
    let meta = &doc.metadata;
    assert_eq!(
        meta.symbol.as_ref().map(ToString::to_string).as_deref(),
        Some("S/RES/2999 (2031)")
    );
    assert_eq!(meta.kind, DocumentKind::Resolution);
    assert_eq!(meta.title, None, "a Security Council resolution prints no title");
    assert_eq!(
        meta.subtitle.as_deref(),
        Some("Adopted by the Security Council at its 9999th meeting, on 3 March 2031")
    );
    assert_eq!(meta.job_number.as_ref().map(|j| j.number()), Some("31-00001"));
    assert_eq!(meta.job_language.as_deref(), Some("E"));
    let found = deliberations(&doc);
    assert_eq!(found.len(), 1);
    let d = found[0];
    assert_eq!(d.number, "2999 (2031)");
    assert!(d.title.is_empty());
    assert!(d.adoption_note.is_some(), "the adoption line is kept apart");
    assert!(d.formula.is_some());
    assert_eq!(d.preamble.len(), 2);
    assert_eq!(d.operative.len(), 1, "one operative paragraph, unnumbered");
    let stats = plenary::model::Stats::of(&doc);
    assert_eq!(stats.resolutions.first().map(|r| r.operative), Some(1));
    assert_eq!(
        stats.unresolved_references, 0,
        "`2722 (2024)` is a Security Council resolution"
    );
}

const DRAFT: &str = "A/HRC/99/L.1\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n1 July 2031\n\
Original: English\n\nHuman Rights Council\nNinety-ninth session\nAgenda item 3\n\
Promotion and protection of all human rights\n\
Brazil,* Jamaica and Trinidad and Tobago:* draft resolution\n\n\
99/… The right to water\nThe Human Rights Council,\nRecalling its resolution 96/1,\n\
Reaffirming that water is a human right,\n1.\nCalls upon States to act;\n2.\nDecides to remain seized of the matter.\n";

#[test]
fn a_draft_gives_its_resolution_and_its_sponsors() {
    let doc = plenary::parse(DRAFT).into_tree();
    let meta = &doc.metadata;
    assert_eq!(meta.kind, DocumentKind::Draft);
    assert_eq!(meta.title.as_deref(), Some("The right to water"));
    assert_eq!(meta.sponsors, ["Brazil", "Jamaica", "Trinidad and Tobago"]);
    let found = deliberations(&doc);
    assert_eq!(found.len(), 1, "the draft is one resolution: {:?}", doc.body);
    let d = found[0];
    assert_eq!(d.number, "", "a draft has no number yet");
    assert_eq!(d.preamble.len(), 2);
    assert_eq!(numbered(&d.operative), 2);
    assert!(
        !doc.diagnostics.iter().any(|x| x.code == "formula-outside-deliberation"),
        "{:?}",
        doc.diagnostics
    );
}

const SUBMITTED: &str = "E/2031/L.9\n\nUnited Nations\n\nEconomic and Social Council\n\nDistr.: Limited\n2 July 2031\n\
Original: English\n\n2031 session\nAgenda item 2\nAdoption of the agenda\n\
Draft decision submitted by the Vice-President of the Council, Ana Pérez\n(Chile)\n\
Theme of the segment\nThe Economic and Social Council decides:\n\
(a) That the theme of the segment will be water;\n(b) That it will hold two panels.\n";

#[test]
fn a_draft_decision_names_who_submitted_it() {
    let doc = plenary::parse(SUBMITTED).into_tree();
    let meta = &doc.metadata;
    assert_eq!(meta.kind, DocumentKind::Draft);
    assert_eq!(meta.title.as_deref(), Some("Theme of the segment"));
    assert_eq!(meta.sponsors, ["the Vice-President of the Council, Ana Pérez (Chile)"]);
    assert!(matches!(doc.body.first(), Some(Block::Decision(_))), "{:?}", doc.body);
    // pdfminer sets the wrapped line apart: the name still closes with its
    // country, and the title is the title.
    for (from, to) in [
        ("Ana Pérez\n(Chile)\n", "Ana\n\nPérez (Chile)\n\n"),
        (
            "Council, Ana Pérez\n(Chile)\n",
            "Council,\n\nAna Pérez (Chile), on the basis of consultations\n\n",
        ),
    ] {
        let apart = SUBMITTED.replace(from, to);
        let doc = plenary::parse(&apart).into_tree();
        assert_eq!(doc.metadata.title.as_deref(), Some("Theme of the segment"), "{apart}");
    }
}

const AMENDMENT: &str = "A/C.3/99/L.77\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n9 November 2031\n\
Original: English\n\nNinety-ninth session\nThird Committee\nAgenda item 70\n\
Promotion and protection of human rights\n\
Cuba: amendment to draft resolution A/C.3/99/L.41\n\n\
Operative paragraph 5\nReplace the paragraph with the following text:\n\
“5. Calls upon States to cooperate;”\n";

#[test]
fn an_amendment_names_the_draft_it_amends_and_gives_no_resolution() {
    let doc = plenary::parse(AMENDMENT).into_tree();
    let meta = &doc.metadata;
    assert_eq!(meta.kind, DocumentKind::Amendment);
    assert_eq!(meta.sponsors, ["Cuba"]);
    assert_eq!(
        meta.amends.as_ref().map(ToString::to_string).as_deref(),
        Some("A/C.3/99/L.41")
    );
    assert!(deliberations(&doc).is_empty());
}

#[test]
fn an_operative_number_that_lost_its_period_still_counts() {
    let text = "14/12.\nViolence against women\nThe Human Rights Council,\nRecalling its resolutions,\n\
1.\nStresses the obligation of States;\n2.\nUrges States to act;\n3\nAlso urges States to act again;\n\
4.\nDecides to remain seized of the matter.\n";
    let doc = plenary::parse(text).into_tree();
    let found = deliberations(&doc);
    let nums: Vec<Option<&str>> = found
        .first()
        .map(|d| {
            d.operative
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(p) => Some(p.num.as_deref()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(nums, [Some("1"), Some("2"), Some("3"), Some("4")]);
}

#[test]
fn a_session_s_place_and_dates_come_from_the_report_where_the_masthead_has_none() {
    let text = "A/HRC/99/2\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n1 July 2031\n\n\
Human Rights Council\nNinety-ninth session\nAgenda item 1\nOrganizational matters\n\n\
Report of the Human Rights Council on its ninety-ninth session\n\n\
1.\nThe Human Rights Council held its ninety-ninth session at the United Nations Office\n\
at Geneva from 2 June to 20 June 2031. The President opened the session.\n";
    let doc = plenary::parse(text).into_tree();
    let session = doc.metadata.session.unwrap_or_default();
    assert_eq!(session.number, Some(99));
    assert_eq!(session.place.as_deref(), Some("Geneva"));
    assert_eq!(session.start.map(|d| d.to_string()).as_deref(), Some("2031-06-02"));
    assert_eq!(session.end.map(|d| d.to_string()).as_deref(), Some("2031-06-20"));
}

#[test]
fn a_table_of_the_texts_adopted_gives_each_number_title_and_date() {
    let text = "Part One\n\nI. Resolutions\n\nResolution\n\nTitle\n\nDate of adoption\n\n43/1\n\n\
The promotion and protection of the human rights of Africans\nand of people of African descent\n\n19 June 2020\n\n\
43/2\n\nFreedom of opinion and expression: mandate of the Special\n19 June 2020\nRapporteur on freedom of expression\n\n\
II. Decisions\n\nDecision\n\nTitle\n\nDate of adoption\n\n43/101\n\nOutcome of the universal periodic review: Italy\n\n12 March 2020\n\n\
III. President’s statement\n\n43/1\n\nHuman rights implications of the pandemic\n\n29 May 2020\n";
    let doc = plenary::parse(text).into_tree();
    let stats = plenary::model::Stats::of(&doc);
    let resolutions: Vec<(&str, &str)> = stats
        .resolutions
        .iter()
        .map(|r| (r.number.as_str(), r.title.as_str()))
        .collect();
    assert_eq!(
        resolutions,
        [
            (
                "43/1",
                "The promotion and protection of the human rights of Africans and of people of African descent"
            ),
            (
                "43/2",
                "Freedom of opinion and expression: mandate of the Special Rapporteur on freedom of expression"
            ),
        ]
    );
    assert_eq!(
        stats
            .resolutions
            .first()
            .and_then(|r| r.adopted)
            .map(|d| d.to_string())
            .as_deref(),
        Some("2020-06-19")
    );
    let decisions: Vec<&str> = stats.decisions.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(decisions, ["43/101"], "the President's statement is neither");
}

/// A report that submits drafts under their labels, one of them with a
/// commission's decision annexed (the layout of E/2025/15/Add.1/Rev.1).
const SUBMITS: &str =
    "E/2031/15/Add.1\n\nUnited Nations\n\nEconomic and Social Council\n\nDistr.: General\n8 July 2031\n\
Original: English\n\n2031 session\nAgenda item 16\nRegional cooperation\n\n\
Regional cooperation in the economic, social and related fields\nReport of the Secretary-General\n\n\
I. Matters calling for action by the Council\n\
1.\nAt its seventieth session, the Commission adopted decision C (70), on the basis of which the following\n\
draft resolutions are submitted for action by the Economic and Social Council:\n\
Draft resolution I\nVenue of the next session\nThe Economic and Social Council,\n\
Taking note of the offer of the Government of Morocco,\n\
Approves the holding of the next session in Morocco.\n\
Draft resolution II\nStrengthening the Forum of Mayors\nThe Economic and Social Council,\n\
Noting decision C (70) on the Forum of Mayors,\n\
Endorses decision C (70), annexed to the present resolution.\n\
Annex\nDecision C (70)\nStrengthening the Forum of Mayors\nThe Economic Commission for Europe,\n\
Recalling its earlier decisions,\n1.\nRequests the Secretary-General to support the Forum;\n\
2.\nDecides to transmit a draft resolution to the Council.\n\n\
II. Matters brought to the attention of the Council\n\
2.\nThe Commission also adopted resolutions on its programme of work.\n";

#[test]
fn drafts_a_report_submits_under_their_labels_are_read() {
    let doc = plenary::parse(SUBMITS).into_tree();
    let stats = plenary::model::Stats::of(&doc);
    let drafts: Vec<(&str, &str, usize, usize)> = stats
        .resolutions
        .iter()
        .map(|r| (r.number.as_str(), r.title.as_str(), r.preambular, r.operative))
        .collect();
    assert_eq!(
        drafts,
        [
            ("", "Venue of the next session", 1, 1),
            ("", "Strengthening the Forum of Mayors", 1, 1)
        ]
    );
    let decisions: Vec<&str> = stats.decisions.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(decisions, ["C (70)"], "the annexed decision, by its lettered number");
    assert_eq!(stats.paragraphs, 2, "the report's own paragraphs only");
    assert_eq!(stats.chapters, 2, "the drafts end at the next chapter");
}

#[test]
fn a_resolution_adopting_a_declaration_counts_its_numbered_paragraphs() {
    // A/RES/73/3 as PyMuPDF gives it: the declaration's title is set apart
    // as a heading inside the operative part, its paragraphs under it.
    let text = "73/3. Political declaration on tuberculosis\n\n\n\
                The General Assembly\n\n\
                Adopts the following political declaration approved by the meeting:\n\n\n\
                Political declaration of the high-level meeting\n\n\n\
                United to end tuberculosis\n\n\n\
                We, Heads of State and Government, we therefore:\n\n\
                1.\nReaffirm the 2030 Agenda for Sustainable Development;\n\n\
                2.\nFurther reaffirm the 2016 political declaration;\n\n\
                3.\nCommit to ending the epidemic.\n";
    let doc = plenary::parse(text).into_tree();
    let stats = plenary::model::Stats::of(&doc);
    let res = stats.resolutions.first().expect("the resolution");
    assert_eq!(res.number, "73/3");
    assert_eq!(res.operative, 3, "{:#?}", doc.body);
}

const ANNOTATED: &str = "E/ICEF/2031/2\n\nUnited Nations\n\nEconomic and Social Council\n\nDistr.: General\n1 December 2031\n\
Original: English\n\nFirst regular session 2031\n3-5 February 2031\nItem 1 of the provisional agenda\n\n\
Provisional agenda and annotations\n\n\
1.\nOpening of the session.\n\n2.\nAdoption of the agenda.\n\n3.\nFollow-up issues:\n(a) Implementation of the recommendations;\n\
(b) Implementation of the declaration.\n\n4.\nOther matters.\n\nAnnotations\n\n\
1.\nOpening of the session\nThe President will open the session and make a statement.\n\
2.\nAdoption of the agenda\nThe Board will adopt its agenda.\nIt will also agree on its programme of work.\n\n\
3.\nFollow-up issues\nThe Board will take up two reports under this item.\n\n\
4. Other matters\nAny other business.\n";

#[test]
fn an_annotated_agenda_reads_its_annotations_as_the_items_headings() {
    // As given, and as PyMuPDF may give it: an annotation's name cut over
    // two lines, an item's final period set first.
    let cut = ANNOTATED
        .replace("3.\nFollow-up issues\nThe Board", "3.\nFollow-up\nissues\nThe Board")
        .replace("4.\nOther matters.\n", "4.\n.Other matters\n");
    assert_ne!(cut, ANNOTATED);
    for text in [ANNOTATED, cut.as_str()] {
        annotated(text);
    }
}

fn annotated(text: &str) {
    let doc = plenary::parse(text).into_tree();
    assert_eq!(numbered(&doc.body), 0, "{:#?}", doc.body);
    let headings: Vec<String> = doc
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Section(s) if s.num.is_some() => Some(format!(
                "{} {}",
                s.num.as_deref().unwrap_or(""),
                plenary_model::plain_text(&s.heading)
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "1 Opening of the session",
            "2 Adoption of the agenda",
            "3 Follow-up issues",
            "4 Other matters"
        ]
    );
}

#[test]
fn a_number_left_before_the_introduction_is_not_the_first_paragraph() {
    // The contents' last paragraph range cut (`45` / `-` / `38`, PyMuPDF)
    // leaves `38` on the introduction's heading: paragraph 1 follows, so
    // 38 numbers no paragraph.
    let text = "E/ESCWA/2031/3\n\nUnited Nations\n\nEconomic and Social Council\n\nDistr.: Limited\n\
                3 October 2031\nOriginal: English\n\nEconomic and Social Commission for Western Asia\n\
                Eleventh session\nBeirut, 27-28 November 2031\nItem 5 of the provisional agenda\n\n\
                The role of transport in global value chains\n\n\
                38. Introduction\n1. Value chains are the processes that design, make and sell a product.\n\
                2. The fragmentation of production has moved trade to developing countries.\n";
    let doc = plenary::parse(text).into_tree();
    let numbers: Vec<&str> = doc
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => p.num.as_deref(),
            _ => None,
        })
        .collect();
    assert_eq!(numbers, ["1", "2"], "{:#?}", doc.body);
}

#[test]
fn a_regional_commissions_arabic_resolution_is_read() {
    // E/2018/41 (ar) as pdftotext orders it: the number `329 (د-30)` as
    // `( 329د )30-` before the title, the commission's formula with the
    // text layer's lam-alef reversed, a preamble opening with `إذ`, `وإذ`,
    // an accusative `واقتناعاً` and `وقد نظرت`, then `-1`, `-2`; the next
    // chapter, named by its word, ends the resolution.
    let text = "الفصل الأول\nالقرارات\n\n\
                \u{202B}\u{202A}( 329\u{202C}د\u{202A} )30-\u{202C}إنشاء المركز العربي لسياسات تغيّر المناخ\n\
                إن اللجنة االقتصادية واالجتماعية لغربي آسيا،\n\n\
                إذ تشير إلى اتفاق باريس بشأن تغيّر المناخ،\n\
                وإذ تشير أيضاً إلى قرارها بشأن التنمية المستدامة،\n\
                واقتناعاً منها بأهمية العمل الإقليمي،\n\
                وقد نظرت في التقرير المعروض عليها،\n\
                -1 تقرر إنشاء المركز العربي لسياسات تغيّر المناخ؛\n\
                -2 تطلب إلى الأمانة التنفيذية أن تقدم تقريراً عن التقدم المحرز.\n\n\
                الفصل الثاني\nموضوع الدورة\n";
    let doc = plenary::parse(text).into_tree();
    let found = deliberations(&doc);
    assert_eq!(found.len(), 1, "{:#?}", doc.body);
    let d = found[0];
    assert_eq!(d.number, "329 (د-30)");
    assert_eq!(d.preamble.len(), 4, "{:#?}", d.preamble);
    assert_eq!(numbered(&d.operative), 2);
    let stats = plenary_model::Stats::of(&doc);
    assert_eq!(stats.chapters, 2, "the next chapter ends the resolution");
}

#[test]
fn an_arabic_report_written_in_visual_order_gives_its_chapters() {
    // As pdfminer writes an ESCWA report: each box's letters last first;
    // a heading's title first, then `-`, then the ordinal (or its tanween,
    // alef and hyphen, `ًا-`, and the rest, a box each); a chapter named by
    // its word; a contents page whose rows have the same form, its leaders
    // around them.
    let v = visual;
    let mut text = format!(
        "{}\n\n{}\n\n-\n\n{}\n\n1-3\n\n................\n\n{}\n\n-\n\n{}\n\n4-6\n\n12-\n\n................\n\x0c",
        v("المحتويات"),
        v("ورشة العمل"),
        v("أولاً"),
        v("تنظيم الأعمال"),
        v("ثانياً"),
    );
    text += &format!(
        "{}\n\n-\n\n{}\n\n1-\n{}\n{}\n\n2-\n{}\n\n{}\n\n\u{64B}ا-\n\n{}\n\n3-\n{}\n\n{}\n\n4-\n{}\n",
        v("ورشة العمل"),
        v("أولاً"),
        v("عقدت الإسكوا ورشة العمل في بيروت"),
        v("بمشاركة ممثلي الدول الأعضاء."),
        v("افتتحت الورشة أعمالها بكلمة ترحيبية."),
        v("تنظيم الأعمال"),
        v("ثاني"),
        v("انعقدت الورشة في بيت الأمم المتحدة."),
        v("الفصل الثالث"),
        v("اعتمد المشاركون التوصيات بالإجماع."),
    );
    let doc = plenary::parse(&text).into_tree();
    assert!(
        doc.diagnostics.iter().any(|d| d.code == "visual-order-text"),
        "{:?}",
        doc.diagnostics
    );
    // The contents' rows are none: chapter I is the body's.
    assert_eq!(chapter_numbers(&doc), ["أولاً", "ثانياً", "الثالث"], "{:#?}", doc.body);
    let stats = plenary_model::Stats::of(&doc);
    assert_eq!(stats.chapters, 3);
    // Nor is the range `12-` left among the contents' rows a paragraph's number.
    assert_eq!(stats.paragraphs, 4);
}

#[test]
fn a_chapter_word_and_its_number_on_two_lines_open_a_chapter() {
    // PyMuPDF sets `الفصل` / `السادس` a line each (E/2018/41): the two
    // lines are the chapter's label, its title on the next.
    let text = "الفصل الأول\nالقضايا المرفوعة إلى المجلس\n\n\
                -1 اعتمدت اللجنة مجموعة من القرارات.\n\n\
                الفصل\nالثاني\nموضوع الدورة\n\n\
                -2 اتخذت اللجنة التكنولوجيا موضوعاً رئيسياً لدورتها.\n";
    let doc = plenary::parse(text).into_tree();
    assert_eq!(chapter_numbers(&doc), ["الأول", "الثاني"], "{:#?}", doc.body);
    let Some(Block::Section(second)) = doc.body.get(1) else {
        panic!("{:#?}", doc.body)
    };
    assert_eq!(plenary_model::plain_text(&second.heading), "موضوع الدورة");
    assert_eq!(plenary_model::Stats::of(&doc).paragraphs, 2);
    // Two lines that only look so (`الفصل` ends a sentence's line, a
    // blank line before the next) are no chapter.
    let prose = "-1 ناقشت اللجنة مضمون\nالفصل\n\nالثاني من التقرير.\n";
    let doc = plenary::parse(prose).into_tree();
    assert!(chapter_numbers(&doc).is_empty(), "{:#?}", doc.body);
}

#[test]
fn a_chapter_heading_whose_runs_raw_wrote_last_first_opens_a_chapter() {
    // `pdftotext -raw` writes each word of an Arabic line as a run of its
    // own, the line's words last first (`الأول` `الفصل` for `الفصل الأول`).
    let runs = |line: &str| {
        line.split(' ')
            .rev()
            .map(|w| format!("\u{202B}{w}\u{202C}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let text = format!(
        "{}\n{}\n\n-1 {}\n{}\n\n{}\n{}\n\n-2 {}\n",
        runs("الفصل الأول"),
        runs("القضايا المرفوعة إلى المجلس"),
        runs("اعتمدت اللجنة في جلستها العامة"),
        runs("مجموعة من القرارات لرفعها إلى المجلس"),
        runs("الفصل الثاني"),
        runs("موضوع الدورة"),
        runs("اتخذت اللجنة التكنولوجيا موضوعاً رئيسياً"),
    );
    let doc = plenary::parse(&text).into_tree();
    assert_eq!(chapter_numbers(&doc), ["الأول", "الثاني"], "{:#?}", doc.body);
}

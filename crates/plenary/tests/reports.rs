//! Session reports of the Human Rights Council's layout (A/HRC/14/37): the
//! decisions part, where a decision's number may open a page, and decisions
//! that quote the text the Council adopted.

mod common;
use common::chapter_numbers;
use plenary::model::{Block, FurnitureKind};

/// A decision of the decisions part: number, title, formula, one paragraph,
/// the meeting and the vote.
fn decision(number: &str, title: &str) -> String {
    format!(
        "{number}\n{title}\nThe Human Rights Council,\nHaving conducted the review,\n\
         1.\nAdopts the outcome of the review.\n20th meeting\n9 June 2010\n[Adopted without a vote.]\n"
    )
}

/// The page numbers removed as furniture, in order.
fn page_numbers(doc: &plenary::Document) -> Vec<&str> {
    doc.furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::PageNumber)
        .map(|f| f.text.as_str())
        .collect()
}

/// What `pick` takes from each block of the body, sections walked into, in order.
fn collect(doc: &plenary::Document, pick: impl Fn(&Block) -> Option<String> + Copy) -> Vec<String> {
    fn walk(blocks: &[Block], pick: impl Fn(&Block) -> Option<String> + Copy, out: &mut Vec<String>) {
        for b in blocks {
            out.extend(pick(b));
            if let Block::Section(s) = b {
                walk(&s.children, pick, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&doc.body, pick, &mut out);
    out
}

fn decisions(doc: &plenary::Document) -> Vec<String> {
    collect(doc, |b| match b {
        Block::Decision(d) => Some(d.number.clone()),
        _ => None,
    })
}

/// Each decision on a page of its own, after a running header, so that its
/// number opens the page (`14/103` is not page 14 of 103).
fn report_with_decisions_at_page_tops() -> String {
    let mut text = String::from("A/HRC/14/37\n\nPart one\nII.\nDecisions\n\n");
    for (i, (n, title)) in [
        ("14/101", "Outcome: Tunisia"),
        ("14/103", "Outcome: Italy"),
        ("14/105", "Outcome: Fiji"),
    ]
    .into_iter()
    .enumerate()
    {
        text.push_str(&format!("A/HRC/14/37\n\n{}", decision(n, title)));
        text.push_str(&format!("\n{}\n\nGE.12-17781\n\x0c", 40 + i));
    }
    text
}

#[test]
fn a_decision_number_opening_a_page_is_not_a_page_number() {
    let text = report_with_decisions_at_page_tops();
    let doc = plenary::parse(&text).into_tree();
    assert_eq!(decisions(&doc), ["14/101", "14/103", "14/105"]);
    let numbers = page_numbers(&doc);
    assert_eq!(numbers, ["40", "41", "42"]);
}

#[test]
fn page_numbers_of_a_count_are_still_page_numbers() {
    let text = "A/RES/73/8\n\n1. First paragraph.\n\n1/2\n\x0c2. Second paragraph.\n\n2/2\n\x0c";
    let doc = plenary::parse(text).into_tree();
    let numbers = page_numbers(&doc);
    assert_eq!(numbers, ["1/2", "2/2"]);
    // The last page's `2/2` alone, with no `1/2` printed, is its own page's number.
    let text = "A/RES/73/8\n\n1. First paragraph.\n\x0c2. Second paragraph.\n\n2/2\n\x0c";
    let doc = plenary::parse(text).into_tree();
    assert!(doc
        .furniture
        .iter()
        .any(|f| f.kind == FurnitureKind::PageNumber && f.text == "2/2"));
}

#[test]
fn a_decision_quoting_the_text_adopted() {
    let text = format!(
        "A/HRC/14/37\n\nPart one\nII.\nDecisions\n\n{}\n14/118\nMissing persons\n\
         At its 34th meeting, on 17 June 2010, the Human Rights Council decided to adopt\n\
         the following text:\n“The Human Rights Council,\n\
         Recalling its resolution 7/28 of 28 March 2008,\n1.\n\
         Takes note of the progress report on missing persons;\n\
         2.\nRequests the Advisory Committee to finalize the study.”\n\
         34th meeting\n17 June 2010\n[Adopted without a vote.]\n\n\
         Part two\nSummary of proceedings\n\nI.\nOrganizational and procedural matters\n\n\
         1. The Council held its fourteenth session.\n",
        decision("14/117", "Outcome: Sudan")
    );
    let doc = plenary::parse(&text).into_tree();
    assert_eq!(decisions(&doc), ["14/117", "14/118"]);
    let d = find_decision(&doc.body, "14/118").expect("decision 14/118");
    assert_eq!(plenary::model::plain_text(&d.title), "Missing persons");
    let formula = d
        .formula
        .as_ref()
        .expect("the sentence that introduces the quoted text");
    assert!(plenary::model::plain_text(&formula.content).starts_with("At its 34th meeting"));
    assert_eq!(
        d.operative.len(),
        2 + 2,
        "two paragraphs, the meeting with its date, and the vote"
    );
    // The decision ends where the next part starts.
    let part_two = text.find("Part two").expect("part two in the text");
    let span = d.span.expect("a span");
    assert!(
        span.end as usize <= part_two,
        "decision 14/118 runs into part two: {span:?}"
    );
}

fn find_decision<'a>(blocks: &'a [Block], number: &str) -> Option<&'a plenary::model::Deliberation> {
    blocks.iter().find_map(|b| match b {
        Block::Decision(d) if d.number == number => {
            // The block may hold the decision boxed: the annotation derefs it.
            let d: &plenary::model::Deliberation = d;
            Some(d)
        }
        Block::Section(s) => find_decision(&s.children, number),
        _ => None,
    })
}

/// A page whose prose cites footnote `n` (`Spain{n} (on behalf of …`), with
/// the footnote's label set before the page number and its text after it.
fn page_citing(n: u32, page: u32) -> String {
    format!(
        "{n}0. Statements were made by Cuba, France, Spain{n} (on behalf of the European Union) and\n\
         Zimbabwe.\n\n{n}\n\n{page}\n\nObserver of the Human Rights Council speaking on behalf of Member and observer States.\n\n\
         GE.12-17781\n\x0c"
    )
}

#[test]
fn a_footnote_label_before_the_page_number() {
    let mut text = String::from("A/HRC/14/37\n\n");
    for (n, page) in [(1, 75), (2, 76)] {
        text.push_str(&page_citing(n, page));
    }
    // A table of documents at the end: `A/HRC/14/42` / `5` / a title; the
    // symbol's last digit is no marker, the `5` no footnote.
    text.push_str(
        "Documents issued in the general series\n\nA/HRC/14/42\n\n3\n\nProgress report of the Human Rights Council\n\
         Advisory Committee on best practices\n\n179\n\nGE.12-17781\n\x0c",
    );
    let doc = plenary::parse(&text).into_tree();
    let labels: Vec<&str> = doc.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"], "{:#?}", doc.footnotes);
    for f in &doc.footnotes {
        assert!(plenary::model::plain_text(&f.content).starts_with("Observer of the Human Rights Council"));
    }
    let pages = page_numbers(&doc);
    for page in ["75", "76", "179"] {
        assert!(pages.contains(&page), "{page} should be a page number: {pages:?}");
    }
}

#[test]
fn a_footnote_label_at_a_page_top_is_not_a_second_page_number() {
    // Notes at the end of a compilation: page 13 ends the first notes, page 14
    // opens with the label `3` (set apart from its text) and ends with its
    // number `14`. (The body calls every note, as the compilation does.)
    let text = "A/HRC/WG.6/34/ITA/3\n\n1. The review1 of the Conventions2, obligations3 and cooperation.4\n\n12\n\x0c\
                A/HRC/WG.6/34/ITA/3\n\nNotes\n1 See the abbreviations used in UPR documents.\n\
                2 ICPPED International Convention for the Protection of All Persons.\n\n13\n\x0c\
                A/HRC/WG.6/34/ITA/3\n\n3\n\nFor relevant recommendations see A/HRC/28/4, paras. 145.1–145.23.\n\
                4 JS7, p.8.\n\n14\n\x0c";
    let doc = plenary::parse(text).into_tree();
    let labels: Vec<&str> = doc.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"], "{:#?}", doc.footnotes);
    let third = doc.footnotes.get(2).map(|f| plenary::model::plain_text(&f.content));
    assert!(third.is_some_and(|t| t.starts_with("For relevant recommendations")));
    let pages = page_numbers(&doc);
    assert_eq!(pages, ["12", "13", "14"]);
}

#[test]
fn a_chapter_printed_without_its_period_or_lost_does_not_lose_the_next() {
    let text = "I. Resolutions adopted by the Conference\n\n1. The Conference adopted one resolution.\n\n\
                II Organization of work and other organizational matters\n\n2. The Conference met in Nice.\n\n\
                III. General debate\n\n3. Delegations spoke.\n\n\
                IV. Closure of the Conference\n\n4. The Conference closed.\n";
    let doc = plenary::parse(text).into_tree();
    assert_eq!(chapter_numbers(&doc), ["I", "II", "III", "IV"], "{:#?}", doc.body);
    // The heading of chapter II lost in extraction: III and IV are still chapters.
    let lost = text.replace(
        "II Organization of work and other organizational matters",
        "Organization of work",
    );
    let doc = plenary::parse(&lost).into_tree();
    assert_eq!(chapter_numbers(&doc), ["I", "III", "IV"], "{:#?}", doc.body);
    // A roman numeral opening a sentence is no chapter.
    let sentence = text.replace(
        "II Organization of work and other organizational matters",
        "II Organization of work was agreed, as proposed.",
    );
    let doc = plenary::parse(&sentence).into_tree();
    assert_eq!(chapter_numbers(&doc), ["I", "III", "IV"], "{:#?}", doc.body);
}

#[test]
fn a_commission_report_set_with_no_blank_lines() {
    // E/2018/41's shape: no blank line anywhere, chapter II after a
    // resolution's adoption date, chapter III after a lost II (here after
    // a closed sentence), a resolution headed `329 (XXX) Title` with no
    // period.
    let text = "I. Questions appelant une décision du Conseil\n\
                1. La Commission a adopté les résolutions suivantes.\n\
                329 (XXX) Création du Centre arabe pour les politiques\n\
                en matière de changement climatique\n\
                La Commission économique et sociale pour l’Asie occidentale,\n\
                Rappelant sa résolution 305 (XXVII) du 10 mai 2012,\n\
                Consciente de la nécessité de créer des mécanismes,\n\
                1. Accueille avec satisfaction la création du Centre ;\n\
                2. Prie le Secrétaire exécutif de faire rapport.\n\
                7e séance plénière\n\
                28 juin 2018\n\
                II. Thème de la session\n\
                2. La Commission a choisi un thème.\n\
                Le débat a eu lieu.\n\
                IV. Travaux de la Commission\n\
                3. La Commission a examiné ses travaux.\n";
    let doc = plenary::parse(text).into_tree();
    assert_eq!(chapter_numbers(&doc), ["I", "II", "IV"], "{:#?}", doc.body);
    let stats = plenary::model::Stats::of(&doc);
    let res = stats.resolutions.first().expect("the resolution");
    assert_eq!(res.number, "329 (XXX)");
    assert_eq!((res.preambular, res.operative), (2, 2), "{:#?}", doc.body);
    assert_eq!(
        res.title,
        "Création du Centre arabe pour les politiques en matière de changement climatique"
    );
}

/// The numbers of a document's numbered paragraphs, in order.
fn paragraph_numbers(doc: &plenary::Document) -> Vec<String> {
    collect(doc, |b| match b {
        Block::Paragraph(p) => p.num.clone(),
        _ => None,
    })
}

#[test]
fn a_numbered_sub_heading_over_a_table_is_no_paragraph() {
    // An Advisory Committee report: `2.` alone over its title and a table's
    // unit line, or on one line with its title, after paragraph 4: the
    // number goes back, a sub-heading's.
    let para = |n: u32| format!("{n}.\nThe Advisory Committee notes the proposal of the Secretary-General.\n\n");
    for heading in [
        "2.\n\nOperational costs\n\n(Thousands of United States dollars)\n\n",
        "2. Operational costs\n(Thousands of United States dollars)\n",
    ] {
        let body: String = (1..=4).map(para).collect();
        let text = format!(
            "I. Introduction\n\n{body}{heading}Category\n\nApportionment\n\n{}",
            para(5)
        );
        let parsed = plenary::parse(&text);
        assert_eq!(
            paragraph_numbers(parsed.tree()),
            ["1", "2", "3", "4", "5"],
            "{heading:?}"
        );
    }
}

#[test]
fn a_contents_entry_whose_leader_is_one_dot_stays_in_the_contents() {
    // A title too long for more than one dot of leader, its page number on
    // the next line; the chapter rows after it are still contents.
    // Or a few dots, its paragraph and page numbers next, more numbers
    // than the next leader is lines away.
    for long in [
        "Debate on the midterm review of the International Decade for People of African Descent .\n\n4\n\n",
        "OUTCOME OF DELIBERATIONS BY WORKING GROUPS ...\n\n61–69\n\n14\n\n62–63\n\n14\n\n64–66\n\n15\n\n67–69\n\n17\n\n",
    ] {
        let text = format!(
            "Contents\n\nChapter\n\nPage\n\nI.\n\nOrganizational matters ........................\n\n3\n\n\
             A.\n\n{long}B.\n\nGeneral debate on agenda item 9 ..............................\n\n5\n\n\
             II.\n\nTechnical assistance ......................................\n\n6\n\n\
             I. Organizational matters\n\n1. The Council held its session.\n\n\
             II. Technical assistance\n\n2. The Council held a debate.\n"
        );
        check_chapters(&text);
    }
}

fn check_chapters(text: &str) {
    let parsed = plenary::parse(text);
    let chapters: Vec<String> = parsed
        .tree()
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Section(s) if s.level == plenary::model::SectionLevel::Chapter => s.num.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(chapters, ["I", "II"], "{text:?}");
}

#[test]
fn a_numbered_caption_over_a_table_before_any_paragraph_is_a_heading() {
    // A corrigendum replacing a table: its numbered caption, then the table.
    let text = "Corrigendum\n\nPage 4\nFor the existing table substitute\n1. Cooperation with treaty bodies\n\n\
                Latest report\nsubmitted and\nconsidered\n\nCERD\n\n2001\n\nMarch 2003\n";
    let parsed = plenary::parse(text);
    assert!(paragraph_numbers(parsed.tree()).is_empty());
    // A first paragraph that is a sentence, or is followed by the next, is one.
    for text in [
        "1. Cooperation with treaty bodies.\n\nLatest report\n",
        "1. Cooperation with treaty bodies\n\n2. The State reported on time.\n",
    ] {
        let parsed = plenary::parse(text);
        assert_eq!(
            paragraph_numbers(parsed.tree()).first().map(String::as_str),
            Some("1"),
            "{text:?}"
        );
    }
}

//! Footnote calls and the notes they call, as users' extractors print them.

mod common;
use common::visual;

/// The labels of the footnote markers of the body, in order.
fn markers(doc: &plenary::Document) -> Vec<String> {
    let json = serde_json::to_value(&doc.body).unwrap_or_default();
    let mut out = Vec::new();
    let mut stack = vec![&json];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if map.get("type").and_then(|t| t.as_str()) == Some("footnoteMarker") {
                    out.push(map.get("label").and_then(|l| l.as_str()).unwrap_or("").to_owned());
                }
                stack.extend(map.values().rev());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    out
}

fn missing(doc: &plenary::Document) -> Vec<&str> {
    doc.diagnostics
        .iter()
        .filter(|d| d.code == "footnote-missing")
        .map(|d| d.message.as_str())
        .collect()
}

#[test]
fn a_call_glued_to_a_comma_or_semicolon_is_a_marker() {
    let text = "The Council recalls the Paris Agreement,1 the Glasgow Pact;2 and decision\n\
                1/CMA.3,3 paragraph 85.\n\n\
                1 FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n\
                2 FCCC/PA/CMA/2021/10/Add.1.\n\
                3 Ibid.\n\x0cThe Council met again on 1,200 occasions.\n";
    let doc = plenary::parse(text).into_tree();
    assert_eq!(doc.footnotes.len(), 3, "{:?}", doc.footnotes);
    // After another body's decision number (`1/CMA.3,3`), as A/HRC/RES/59/25
    // prints the call in superscript; a thousands comma (`1,200`) is none.
    assert_eq!(markers(&doc), ["1", "2", "3"]);
    assert!(missing(&doc).is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn a_call_of_a_note_that_was_not_found_is_reported() {
    let text = "The Council recalls the Paris Agreement,1 the decisions taken at\n\
                Glasgow2 and the Convention.\n\n\
                1 FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n\x0cThe Council met again.\n";
    let doc = plenary::parse(text).into_tree();
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(
        missing(&doc),
        ["the text calls note 2, and no footnote 2 was found"],
        "{:?}",
        doc.diagnostics
    );
}

#[test]
fn numbers_glued_to_short_or_capital_words_call_no_note() {
    let text = "Emissions of CO2 fell, the G77 met and the A4 paper ran out.\n";
    let doc = plenary::parse(text).into_tree();
    assert!(missing(&doc).is_empty(), "{:?}", doc.diagnostics);
    let text = "Emissions fell in the Region2 of the plan.\n";
    let doc = plenary::parse(text).into_tree();
    assert!(
        missing(&doc).is_empty(),
        "only the note after the last one found: {:?}",
        doc.diagnostics
    );
}

#[test]
fn arabic_labels_and_calls_set_a_piece_a_line_are_read() {
    // PyMuPDF and `pdftotext -raw` set an Arabic note's call and label `(1)`
    // a piece a line: `(` / `1` / `)`. The call is followed by the
    // sentence's punctuation; the label, at the page's foot, by the note.
    let raw = "تتناول هذه الوثيقة التقدم المحرز في تنفيذ خطة التنمية المستدامة لعام\n2030\n(\n1\n)\n.\n\
               وتعمل اللجنة على تشجيع تطوير الاقتصاد الرقمي في المنطقة العربية.\n\
               (\n1\n)\nقرار الجمعية العامة 70/1 المؤرخ 25 أيلول/سبتمبر 2015.\n\u{c}\
               ويتابع النص في الصفحة التالية عن المنطقة العربية.\n";
    let pymupdf = "تتناول هذه الوثيقة التقدم المحرز في تنفيذ خطة التنمية المستدامة لعام 2030 والعالمية(\n1\n)\n \
                   .وتعمل اللجنة على تشجيع تطوير الاقتصاد الرقمي في المنطقة العربية\n \n(\n1\n)\n \n\
                   قرار الجمعية العامة 70/1 المؤرخ 25 أيلول/سبتمبر 2015.\n\u{c}\
                   ويتابع النص في الصفحة التالية عن المنطقة العربية.\n";
    for text in [raw, pymupdf] {
        let doc = plenary::parse(text).into_tree();
        let labels: Vec<&str> = doc.footnotes.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["1"], "{text}");
        let note = plenary_model::plain_text(&doc.footnotes[0].content);
        assert!(note.contains("قرار الجمعية العامة"), "{note}");
        let stats = plenary_model::Stats::of(&doc);
        assert_eq!(stats.footnote_markers, 1, "{text}");
    }
}

#[test]
fn notes_of_a_text_written_in_visual_order_follow_their_texts() {
    // As pdfminer writes an Arabic page: each box's letters last first, a
    // call a box of its own (`(1)`, or mirrored `)2(` after a comma), and
    // at the page's foot each note's text before its label.
    let v = visual;
    let page = |calls: [&str; 2]| {
        format!(
            "1-\n{}\n{}\n{}\n{}\n\n{}\n\n{}\n{}\n\n",
            v("أكدت اللجنة أهمية خطة التنمية المستدامة لعام"),
            calls[0],
            v("وأشارت إلى الاتفاقات الإقليمية ذات الصلة"),
            calls[1],
            v("وطلبت إلى الأمانة التنفيذية متابعة التنفيذ."),
            v("المرجع المذكور سابقاً"),
            v("انظر الوثيقة الصادرة عن الجمعية العامة"),
        )
    };
    let text = format!(
        "{}(1)\n{}\n(2)\n\x0c",
        page(["(1)", "،)2("]),
        v("المرجع نفسه، الصفحة الثالثة"),
    );
    let doc = plenary::parse(&text).into_tree();
    let labels: Vec<&str> = doc.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"], "{:#?}", doc.footnotes);
    // Note 2's text is the line between the two labels.
    let second = plenary_model::plain_text(&doc.footnotes[1].content);
    assert_eq!(second.trim(), v("المرجع نفسه، الصفحة الثالثة"));
    assert_eq!(markers(&doc), ["1", "2"]);
    // The same page whose labels no call above names: no notes.
    let uncalled = format!("{}(1)\n{}\n(2)\n\x0c", page(["", ""]), v("المرجع نفسه، الصفحة الثالثة"));
    let doc = plenary::parse(&uncalled).into_tree();
    assert!(doc.footnotes.is_empty(), "{:#?}", doc.footnotes);
}

//! Properties that hold for any input: no panic, and every span lies within
//! the input on character boundaries.

use plenary_model::visit::{walk, Node};
use plenary_model::{Block, Document, Span};
use proptest::prelude::*;

/// Every span of the document, with a name for messages.
fn spans(doc: &Document) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    walk(doc, &mut |node, _| {
        let (name, span) = match node {
            Node::Block(b) => (format!("block {}", b.id()), b.span()),
            Node::Paragraph(p) => (format!("paragraph {}", p.id), p.span),
            Node::Inline(i) => (format!("inline {i:?}"), i.span()),
        };
        if let Some(span) = span {
            out.push((name, span));
        }
        if let Node::Block(Block::List(list)) = node {
            out.extend(
                list.items
                    .iter()
                    .filter_map(|it| it.span.map(|s| (format!("item {}", it.id), s))),
            );
        }
    });
    out.extend(
        doc.footnotes
            .iter()
            .filter_map(|f| f.span.map(|s| (format!("footnote {}", f.id), s))),
    );
    out.extend(
        doc.furniture
            .iter()
            .filter_map(|f| f.span.map(|s| (format!("furniture {:?}", f.kind), s))),
    );
    out.extend(
        doc.diagnostics
            .iter()
            .filter_map(|d| d.span.map(|s| (format!("diagnostic {}", d.code), s))),
    );
    out
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let parsed = plenary::parse(text);
    let doc = parsed.tree();
    prop_assert_eq!(
        doc.metadata.length as usize,
        text.len(),
        "length should be the input's byte length"
    );
    for (name, span) in spans(doc) {
        prop_assert!(span.start <= span.end, "{} should have start <= end: {:?}", name, span);
        prop_assert!(
            span.end as usize <= text.len(),
            "{} should lie within the input: {:?}",
            name,
            span
        );
        prop_assert!(
            span.slice(text).is_some(),
            "{} should start and end on character boundaries: {:?}",
            name,
            span
        );
    }
    Ok(())
}

/// Lines that look like UN documents: numbers, headings, symbols, footnote
/// markers, furniture; joined with every kind of line end.
fn documentish() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("I. Résolutions et décisions adoptées par la Conférence".to_owned()),
        Just("  Résolution 6/1".to_owned()),
        Just("1. À sa sixième session, tenue à Vienne".to_owned()),
        Just(" Rappelant sa résolution 5/1 du 22 octobre 2010,".to_owned()),
        Just("a) Ouverture de la session;".to_owned()),
        Just("28 V.12-57119".to_owned()),
        Just("CTOC/COP/2012/15".to_owned()),
        Just("__________________".to_owned()),
        Just("1 Nations Unies, Recueil des Traités, vol. 2225, no 39574.".to_owned()),
        Just("(voir A/60/88 et Corr.2)3".to_owned()),
        Just("Article 1".to_owned()),
        Just("CHAPTER I".to_owned()),
        Just("".to_owned()),
        "[ -~À-ÿ]{0,80}",
        "\\PC{0,40}",
    ];
    let end = prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\x0c"), Just("\n\x0c")];
    prop::collection::vec((line, end), 0..40).prop_map(|lines| {
        lines.into_iter().fold(String::new(), |mut s, (l, e)| {
            s.push_str(&l);
            s.push_str(e);
            s
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_parses_with_spans_in_bounds(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn control_characters_and_line_ends(text in "[\\x00-\\x1f\\x7f\\r\\n\\x0c a-zé1./()]{0,300}") {
        check(&text)?;
    }

    #[test]
    fn document_like_text(text in documentish()) {
        check(&text)?;
    }

    #[test]
    fn long_lines(unit in "[a-zé0-9 ./]{1,8}", repeat in 1usize..4000, end in prop_oneof![Just(""), Just("\n"), Just("\r\n")]) {
        let text = format!("{}{end}", unit.repeat(repeat));
        check(&text)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), lossy in any::<bool>()) {
        let options = plenary::ParseOptions::default().with_lossy(lossy);
        match plenary::parse_bytes_with(&bytes, options) {
            Ok(parsed) => prop_assert!(parsed.tree().metadata.length as usize <= bytes.len() * 3 + 3),
            Err(error) => {
                prop_assert!(!lossy || matches!(error, plenary::Error::Pdf), "lossy refuses only PDFs: {}", error);
                prop_assert!(!error.to_string().contains('\n'), "refusals are one line");
            }
        }
    }
}

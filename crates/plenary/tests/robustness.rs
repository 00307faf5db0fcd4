//! Robustness (issue 10): no panic, spans in bounds, nested and ordered, and
//! complete coverage for any input built from the pieces UN documents are
//! made of; numbered paragraphs survive a round trip through the text
//! renderer; hostile characters render safely in every format; control
//! characters are kept with a diagnostic.
//!
//! The symbol round trip (`parse_symbol(&s.to_string()) == Ok(s)`) is a
//! property of the grammar crate (`crates/plenary-grammar/tests/symbol.rs`).

mod invariants;

use std::io::Write as _;
use std::process::{Command, Stdio};

use plenary::model::{visit, Block, Document};
use plenary::Format;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn check(text: &str) -> Result<(), TestCaseError> {
    let parsed = plenary::parse(text);
    if let Err(message) = invariants::check_document(text, parsed.tree()) {
        return Err(TestCaseError::fail(format!("{message}\ninput: {text:?}")));
    }
    Ok(())
}

/// The pieces UN documents are made of, and the characters that break them.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..200).prop_map(|n| format!("{n}. ")),
        (1u32..40).prop_map(|n| format!("{n}.")),
        "[a-h]\\) ",
        "\\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\\) ",
        "(I|II|III|IV|V|IX|X|XIV)\\. ",
        Just("CHAPTER II".to_owned()),
        Just("Annexe".to_owned()),
        Just("__________________".to_owned()),
        "_{1,30}",
        (1u32..30).prop_map(|n| format!("{n} ")),
        (1u32..30).prop_map(|n| format!("organisée{n} ")),
        "(A|E|S|A/HRC|CTOC/COP)/[0-9]{1,2}/[0-9]{1,3}(/Add\\.[0-9])?",
        Just("A/60/88 et Corr.2".to_owned()),
        Just("Ibid.".to_owned()),
        Just("Ibid., p. 4.".to_owned()),
        Just("  Résolution 6/1".to_owned()),
        Just("La Conférence des Parties,".to_owned()),
        Just("Rappelant sa résolution 5/1 du 22 octobre 2010,".to_owned()),
        Just("28 V.12-57119".to_owned()),
        Just("V.12-57119 (F)".to_owned()),
        "[A-Za-zéèàç ,;:]{1,40}",
        Just("\x0c".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\0".to_owned()),
        "[\\x00-\\x1f\\x7f]{1,3}",
        Just("\u{feff}".to_owned()),
        Just("\u{fffe}".to_owned()),
        Just("\u{202e}".to_owned()),
        "\\PC{1,10}",
        ("[a-z ]{1,6}", 200usize..3000).prop_map(|(unit, n)| unit.repeat(n)),
    ]
}

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|p| p.concat())
}

/// Pieces as lines: each piece on its own line, indented or not.
fn lines() -> impl Strategy<Value = String> {
    let line = (prop_oneof![Just(""), Just(" "), Just("   ")], piece());
    let end = prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\x0c"), Just("\n\n")];
    prop::collection::vec((line, end), 0..50).prop_map(|lines| {
        lines
            .into_iter()
            .map(|((indent, text), end)| format!("{indent}{text}{end}"))
            .collect()
    })
}

/// A report-like document: chapters, numbered paragraphs 1 to n (some with
/// lettered subparagraphs and footnote markers), a footnote block, furniture.
fn report() -> impl Strategy<Value = (String, Vec<String>)> {
    let sentence = "[A-Z][a-zé]{2,9}( [a-zéè]{2,9}){3,14}";
    let paragraph = (sentence, any::<bool>(), any::<bool>());
    prop::collection::vec(paragraph, 1..30).prop_map(|paras| {
        let mut text = String::from("A/HRC/14/37\n\n I. Introduction\n\n");
        let mut nums = Vec::new();
        for (i, (body, sub, chapter)) in paras.into_iter().enumerate() {
            let n = i + 1;
            if chapter && n > 1 {
                text.push_str(&format!("\n II. Chapitre {n}\n\n"));
            }
            text.push_str(&format!("{n}. {body}.\n\n"));
            if sub {
                text.push_str("   a) premier point;\n\n   b) second point.\n\n");
            }
            nums.push(n.to_string());
        }
        (text, nums)
    })
}

/// The numbers of the numbered paragraphs, in reading order.
fn paragraph_numbers(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    visit::walk(doc, &mut |node, _| {
        if let visit::Node::Block(Block::Paragraph(p)) = node {
            if let Some(num) = &p.num {
                out.push(num.trim().to_owned());
            }
        }
    });
    out
}

proptest! {
    // Failures are kept in crates/plenary/proptest-regressions/ (committed)
    // and replayed first on every run.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/robustness.txt"
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn pieces_in_any_order_keep_every_invariant(text in pieces()) {
        check(&text)?;
    }

    #[test]
    fn pieces_as_lines_keep_every_invariant(text in lines()) {
        check(&text)?;
    }

    #[test]
    fn any_bytes_lossy_keep_every_invariant(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(parsed) = plenary::parse_bytes_with(&bytes, plenary::ParseOptions::default().with_lossy(true)) {
            let text = invariants::lossy_text(&bytes);
            if let Err(message) = invariants::check_document(&text, parsed.tree()) {
                return Err(TestCaseError::fail(format!("{message}\ninput: {bytes:?}")));
            }
        }
    }

    #[test]
    fn rendering_to_text_keeps_the_paragraph_numbers((text, nums) in report()) {
        let doc = plenary::parse(&text).into_tree();
        let first = paragraph_numbers(&doc);
        prop_assert_eq!(&first, &nums, "the generated report should parse to paragraphs 1 to n:\n{}", text);
        let rendered = plenary::render(&doc, Format::Text);
        let again = paragraph_numbers(plenary::parse(&rendered).tree());
        prop_assert_eq!(
            &again, &first,
            "parsing the text rendering again should keep the paragraph numbers in order:\n{}", rendered
        );
    }
}

/// Text full of what breaks naive renderers.
const HOSTILE: &str = "I. <script>alert(1)</script> & \"quoted\" 'single' ]]> <!-- x --> <![CDATA[ y ]]>\n\n\
1. Text with <script>alert(\"p\")</script>, &amp; &lt; & ]]>, a NUL \0 here, U+0001 \u{1} there, \
U+FFFE \u{fffe} and U+FFFF \u{ffff}, a lone CR\rin the middle, bidi \u{202e}evil\u{202c} \u{2066}isolate\u{2069} \
and <img src=x onerror=alert(1)> \"><a href=\"javascript:alert(1)\">x</a>.\n\n\
2. Second paragraph: a) <b>bold</b>; b) `code` *star* _under_ [link](javascript:alert(1)) # hash.\n\n\
__________________\n\
1 A footnote with <script>alert(2)</script> & \u{0}.\n";

/// The hostile strings each format must keep as text.
const KEPT: [&str; 3] = ["alert(1)", "quoted", "evil"];

/// Runs `xmllint --noout` on `xml` from standard input.
fn xmllint(xml: &str) -> Result<(), String> {
    let mut child = Command::new("xmllint")
        .args(["--noout", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "xmllint should be installed to check the Akoma Ntoso output ({e}): \
                 install it with `apt-get install libxml2-utils`, or run ./scripts/test.sh, which does"
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("xmllint's stdin should be piped")?;
    let input = xml.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "the writer thread panicked".to_owned())?
        .map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn hostile_characters_render_safely_in_every_format() {
    let parsed = plenary::parse(HOSTILE);
    let doc = parsed.tree();
    invariants::check_document(HOSTILE, doc).unwrap_or_else(|m| panic!("{m}"));

    let html = plenary::render(doc, Format::Html);
    invariants::html_is_inert(&html).unwrap_or_else(|m| panic!("{m}\n{html}"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "HTML should show the script tag as text:\n{html}"
    );
    assert!(!html.contains("<img"), "HTML should escape the img tag:\n{html}");
    assert!(!html.contains("]]>"), "HTML should escape `>` in `]]>`:\n{html}");
    assert!(
        !html.contains('\0') && !html.contains('\u{1}'),
        "HTML should hold no C0 control character"
    );
    // Every attribute value is quoted: after `=` inside a tag comes `"`.
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let mut rest = tag;
        while let Some(at) = rest.find('=') {
            let after = &rest[at + 1..];
            assert!(after.starts_with('"'), "an attribute value should be quoted in <{tag}>");
            let close = after[1..].find('"').expect("a quoted value should be closed");
            rest = &after[close + 2..];
        }
    }

    let (xml, diagnostics) = plenary::render::render_with_diagnostics(doc, Format::Akn);
    xmllint(&xml).unwrap_or_else(|e| panic!("the Akoma Ntoso should be well-formed XML:\n{e}\n{xml}"));
    assert!(
        xml.chars().all(invariants::is_xml_char),
        "the Akoma Ntoso should hold no character XML 1.0 forbids"
    );
    assert!(
        xml.contains("&lt;script&gt;"),
        "the Akoma Ntoso should keep the script tag as escaped text"
    );
    assert!(xml.contains('\u{fffd}'), "forbidden characters should become U+FFFD");
    assert!(
        diagnostics
            .iter()
            .any(|d| d.code == "xml-forbidden-character" && d.span.is_some() && d.help.is_some()),
        "replacing forbidden characters should be reported with a span and help: {diagnostics:?}"
    );

    let json = plenary::render(doc, Format::Json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("the JSON should parse");
    assert!(value.is_object(), "the JSON should be one object");
    assert!(json.contains("\\u0000"), "the JSON should keep the NUL, escaped");

    for format in [Format::Markdown, Format::Text] {
        let out = plenary::render(doc, format);
        for kept in KEPT {
            assert!(out.contains(kept), "{format} should keep the text {kept:?}:\n{out}");
        }
    }
    let text = plenary::render(doc, Format::Text);
    assert!(
        text.contains("<script>alert(1)</script>"),
        "clean text should keep the markup as it was written:\n{text}"
    );
    assert!(
        text.contains("\u{fffe}") && text.contains("\u{202e}"),
        "clean text should keep U+FFFE and the bidi controls"
    );
}

#[test]
fn control_characters_are_kept_as_text_with_one_diagnostic_per_run() {
    let text = "1. Texte\0\0 avec NUL et \u{1} et \u{1b}[31m couleur.\n";
    let parsed = plenary::parse(text);
    invariants::check_document(text, parsed.tree()).unwrap_or_else(|m| panic!("{m}"));
    let control: Vec<_> = parsed
        .diagnostics()
        .iter()
        .filter(|d| d.code == "control-character")
        .collect();
    let spans: Vec<_> = control.iter().map(|d| d.span.and_then(|s| s.slice(text))).collect();
    assert_eq!(
        spans,
        vec![Some("\0\0"), Some("\u{1}"), Some("\u{1b}")],
        "should report each run of control characters once, with its span"
    );
    assert!(control.iter().all(|d| d.help.is_some()), "each should say what to do");
    let json = plenary::render(parsed.tree(), Format::Json);
    assert!(
        json.contains("\\u0000\\u0000 avec NUL"),
        "the NULs should stay in the text: {json}"
    );
    assert!(
        plenary::parse(text).into_result().is_err(),
        "a strict parse should fail on control characters"
    );
    let bytes = plenary::parse_bytes(text.as_bytes()).expect("control characters are valid UTF-8");
    assert_eq!(
        bytes
            .diagnostics()
            .iter()
            .filter(|d| d.code == "control-character")
            .count(),
        3,
        "parse_bytes should report them too"
    );
}

#[test]
fn tab_line_and_page_ends_are_not_reported() {
    let text = "1. Texte\tavec tab.\r\n\x0c2. Suite.\r";
    let parsed = plenary::parse(text);
    assert!(
        parsed.diagnostics().iter().all(|d| d.code != "control-character"),
        "tab, CR, LF and form feed are not control characters to report: {:?}",
        parsed.diagnostics()
    );
}

#[test]
fn every_corpus_text_and_flavour_keeps_every_invariant() {
    // The real texts, through every extractor: spans in bounds, nested and
    // ordered, coverage complete.
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut dirs = vec![corpus.clone()];
    let flavours = std::fs::read_dir(corpus.join("flavours")).expect("corpus/flavours/ should exist");
    dirs.extend(flavours.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()));
    let mut read = 0;
    let mut failures = Vec::new();
    for dir in dirs {
        let entries = std::fs::read_dir(&dir).expect("a corpus folder should be readable");
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("corpus texts are UTF-8");
            let parsed = plenary::parse(&text);
            let text = text.trim_start_matches('\u{feff}');
            if let Err(message) = invariants::check_document(text, parsed.tree()) {
                failures.push(format!("{}: {message}", path.display()));
            }
            read += 1;
        }
    }
    assert!(read > 300, "the corpus and its flavours should be read ({read} texts)");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

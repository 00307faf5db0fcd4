//! What each format must hold, checked with real parsers and validators:
//! pulldown-cmark for Markdown, xmllint and the Akoma Ntoso 3.0 schema for
//! Akoma Ntoso.

mod common;

use std::collections::HashSet;
use std::io::Write as _;
use std::process::{Command, Stdio};

use plenary_model::Document;
use plenary_render::{akn, html, json, markdown, render, render_to, text, Format};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schema/akomantoso30.xsd");

/// Runs xmllint on `xml` (from stdin); with the schema when `schema` is true.
fn xmllint(xml: &str, schema: bool) -> Result<(), String> {
    let mut cmd = Command::new("xmllint");
    cmd.arg("--noout");
    if schema {
        cmd.arg("--schema").arg(SCHEMA);
    }
    cmd.arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => panic!(
            "xmllint could not be run ({e}); install it with `apt-get install libxml2-utils` \
             so that the Akoma Ntoso output can be validated"
        ),
    };
    child
        .stdin
        .take()
        .expect("xmllint stdin should be piped")
        .write_all(xml.as_bytes())
        .expect("xmllint should accept the document on stdin");
    let output = child.wait_with_output().expect("xmllint should finish");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

fn all_documents() -> Vec<(&'static str, Document)> {
    vec![
        ("report", common::report()),
        ("hostile", common::hostile()),
        ("resolution", common::resolution_document()),
        ("arabic", common::arabic()),
        ("empty", Document::default()),
    ]
}

#[test]
fn format_names_round_trip() {
    for format in Format::ALL {
        assert_eq!(
            format.to_string().parse::<Format>().ok(),
            Some(format),
            "{format} should parse back"
        );
    }
    let err = "pdf".parse::<Format>().expect_err("pdf should not be a format");
    assert_eq!(
        err.to_string(),
        "unknown output format `pdf`: use one of json, markdown, html, akn, text"
    );
}

#[test]
fn render_to_writes_what_render_returns() {
    for (name, doc) in all_documents() {
        for format in Format::ALL {
            let mut out = Vec::new();
            render_to(&doc, format, &mut out).expect("writing to a Vec should not fail");
            assert_eq!(
                String::from_utf8(out).expect("output should be UTF-8"),
                render(&doc, format),
                "{name} as {format}: render_to should write what render returns"
            );
        }
    }
}

#[test]
fn json_is_the_model_pretty_printed() {
    let doc = common::report();
    let s = json::to_string(&doc);
    assert!(s.ends_with("}\n"), "json should end with a newline");
    assert!(
        s.starts_with("{\n  \"metadata\": {"),
        "json should be indented by two spaces"
    );
    let back: Document = serde_json::from_str(&s).expect("json should read back");
    assert_eq!(back, doc, "json should read back to the same document");
    let mut written = Vec::new();
    json::write(&doc, &mut written).expect("writing to a Vec should not fail");
    assert_eq!(String::from_utf8(written).expect("utf-8"), s);
}

/// Footnote references, footnote definitions, headings and links of a Markdown text.
struct MdParts {
    refs: Vec<String>,
    defs: HashSet<String>,
    headings: Vec<(HeadingLevel, String)>,
    links: Vec<String>,
    ordered_lists: usize,
    html: Vec<String>,
    text: String,
}

fn parse_markdown(md: &str) -> MdParts {
    let mut parts = MdParts {
        refs: vec![],
        defs: HashSet::new(),
        headings: vec![],
        links: vec![],
        ordered_lists: 0,
        html: vec![],
        text: String::new(),
    };
    let mut heading: Option<(HeadingLevel, String)> = None;
    for event in Parser::new_ext(md, Options::ENABLE_FOOTNOTES) {
        match event {
            Event::FootnoteReference(label) => parts.refs.push(label.to_string()),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                parts.defs.insert(label.to_string());
            }
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => parts.headings.extend(heading.take()),
            Event::Start(Tag::Link { dest_url, .. }) => parts.links.push(dest_url.to_string()),
            Event::Start(Tag::List(Some(_))) => parts.ordered_lists += 1,
            Event::Html(h) | Event::InlineHtml(h) => parts.html.push(h.to_string()),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t);
                }
                parts.text.push_str(&t);
            }
            _ => {}
        }
    }
    parts
}

#[test]
fn markdown_footnote_references_all_have_definitions() {
    for (name, doc) in all_documents() {
        let parts = parse_markdown(&markdown::to_string(&doc));
        for label in &parts.refs {
            assert!(
                parts.defs.contains(label),
                "{name}: footnote reference [^{label}] should have a definition"
            );
        }
    }
    let parts = parse_markdown(&markdown::to_string(&common::report()));
    assert_eq!(
        parts.refs,
        ["2", "21"],
        "the report's two markers should be Markdown footnotes"
    );
}

#[test]
fn markdown_headings_numbers_and_links() {
    let md = markdown::to_string(&common::report());
    let parts = parse_markdown(&md);
    let has = |level, text: &str| parts.headings.iter().any(|(l, t)| *l == level && t == text);
    assert!(
        has(
            HeadingLevel::H1,
            "I. Résolutions et décisions adoptées par la Conférence"
        ),
        "chapter I should be a level 1 heading: {:?}",
        parts.headings
    );
    assert!(
        has(HeadingLevel::H2, "A. Résolutions"),
        "section A should be a level 2 heading"
    );
    assert!(
        has(HeadingLevel::H2, "Résolution 6/1"),
        "resolution 6/1 should have its heading"
    );
    assert!(
        has(HeadingLevel::H2, "Décision 6/1"),
        "decision 6/1 should have its heading"
    );
    assert_eq!(
        parts.ordered_lists, 0,
        "numbered paragraphs should not turn into Markdown ordered lists"
    );
    assert!(
        md.contains("\n9\\. À sa 10e séance"),
        "paragraph 9 should keep its number"
    );
    assert!(md.contains("- a) En organisant"), "list items should keep their labels");
    assert!(md.contains("  - i) Des rapports"), "nested lists should be indented");
    assert!(md.contains("> 18\\. Le quorum"), "quotations should be block quotes");
    for link in [
        "https://undocs.org/fr/CTOC/COP/2012/L.4/Rev.2",
        "#chp_I__sec_A__res_6-1",
        "https://undocs.org/fr/A/RES/64/293",
    ] {
        assert!(
            parts.links.iter().any(|l| l == link),
            "markdown should link {link}: {:?}",
            parts.links
        );
    }
    let en = parse_markdown(&markdown::to_string(&common::resolution_document()));
    assert!(en
        .headings
        .iter()
        .any(|(l, t)| *l == HeadingLevel::H2 && t == "Resolution 64/293"));
}

#[test]
fn markdown_escapes_hostile_text() {
    let parts = parse_markdown(&markdown::to_string(&common::hostile()));
    assert!(
        parts.html.iter().all(|h| !h.to_lowercase().contains("script")),
        "no raw HTML with a script should come through: {:?}",
        parts.html
    );
    assert!(
        parts.text.contains("<script>alert('x')</script> & \"q\" ]]>"),
        "hostile text should read back as text"
    );
    assert!(
        parts.links.iter().all(|l| !l.starts_with("javascript")),
        "no javascript link should appear"
    );
    assert_eq!(parts.ordered_lists, 0, "nothing should turn into an ordered list");
}

#[test]
fn html_links_anchors_and_language() {
    let page = html::to_string(&common::report());
    for needle in [
        "<!DOCTYPE html>",
        "<html lang=\"fr\" dir=\"ltr\">",
        "<title>CTOC/COP/2012/15: Rapport de la Conférence",
        "<nav aria-labelledby=\"toc-heading\">",
        "href=\"https://undocs.org/fr/CTOC/COP/2012/L.4/Rev.2\"",
        "<sup><a href=\"#fn_21\" id=\"fnref_21\">21</a></sup>",
        "<li id=\"fn_21\">",
        "href=\"#fnref_21\"",
        "id=\"chp_II__sec_A__para_9\"",
        "<section id=\"chp_I\">",
        "id=\"chp_I__sec_A__res_6-1\"",
        "id=\"chp_I__sec_B__dec_6-1\"",
        "<a href=\"#chp_I__sec_A__res_6-1\">chap. I, sect. A, résolution 6/1</a>",
        "<li><a href=\"#chp_I__sec_A__res_6-1\">Résolution 6/1</a>",
        "<time datetime=\"2012-10-19\">19 octobre 2012</time>",
        "<style>",
    ] {
        assert!(page.contains(needle), "the report's HTML should contain {needle}");
    }
    assert!(!page.contains("<script"), "the page should hold no script");
    assert!(html::to_string(&common::arabic()).contains("<html lang=\"ar\" dir=\"rtl\">"));
}

#[test]
fn html_ids_are_unique_and_every_link_target_exists() {
    for (name, doc) in all_documents() {
        let page = html::to_string(&doc);
        let mut ids = HashSet::new();
        for chunk in page.split(" id=\"").skip(1) {
            let id = chunk.split('"').next().unwrap_or_default();
            assert!(
                !id.is_empty() && !id.contains(char::is_whitespace),
                "{name}: bad id {id:?}"
            );
            assert!(ids.insert(id.to_owned()), "{name}: id {id} should be unique");
        }
        for chunk in page.split("href=\"#").skip(1) {
            let target = chunk.split('"').next().unwrap_or_default();
            assert!(ids.contains(target), "{name}: link to #{target} should have its anchor");
        }
    }
}

#[test]
fn html_escapes_hostile_text() {
    let page = html::to_string(&common::hostile());
    let lower = page.to_lowercase();
    assert!(
        !lower.contains("<script"),
        "a document containing <script> must not produce a script element"
    );
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
    assert!(
        !page.contains('\u{0}') && !page.contains('\u{1}'),
        "control characters should be replaced"
    );
    assert!(
        page.contains("<html lang=\"en\" dir=\"ltr\">"),
        "a language that is not an official code should fall back to en"
    );
}

#[test]
fn akn_validates_against_the_schema() {
    for (name, doc) in all_documents() {
        let xml = akn::to_string(&doc);
        if let Err(e) = xmllint(&xml, false) {
            panic!("{name}: Akoma Ntoso output should be well-formed:\n{e}\n{xml}");
        }
        if let Err(e) = xmllint(&xml, true) {
            panic!("{name}: Akoma Ntoso output should validate against akomantoso30.xsd:\n{e}\n{xml}");
        }
    }
}

#[test]
fn akn_report_structure() {
    let xml = akn::to_string(&common::report());
    assert_eq!(
        xml.matches("<authorialNote ").count(),
        2,
        "each linked footnote should be one authorialNote"
    );
    for needle in [
        "<debateReport name=\"conferenceReport\">",
        "<FRBRthis value=\"/akn/un/debateReport/report/ctoc-cop/2012-11-05/CTOC-COP-2012-15/!main\"/>",
        "<FRBRuri value=\"/akn/un/debateReport/report/ctoc-cop/2012-11-05/CTOC-COP-2012-15/fra@2012-11-05\"/>",
        "<FRBRcountry value=\"un\"/>",
        "<FRBRlanguage language=\"fra\"/>",
        "<identification source=\"#plenary\">",
        "<references source=\"#plenary\">",
        "<TLCOrganization eId=\"ctoc-cop\"",
        "<docketNumber refersTo=\"#publicationJobNumber\">V.12-57119</docketNumber>",
        "<docNumber>CTOC/COP/2012/15</docNumber>",
        "<chapter eId=\"chp_I\"><num>I.</num><heading>Résolutions et décisions adoptées par la Conférence</heading>",
        "<hcontainer name=\"resolution\" eId=\"chp_I__sec_A__res_6-1\">",
        "<statement name=\"resolution\">",
        "<statement name=\"decision\">",
        "<FRBRuri value=\"/akn/un/statement/deliberation/ctoc-cop/2012-10-19/6-1\"/>",
        "<docNumber>Résolution 6/1</docNumber>",
        "<formula name=\"enactingFormula\"",
        "<recital eId=\"chp_I__sec_A__res_6-1__preamble_2\">",
        "<paragraph eId=\"chp_I__sec_A__res_6-1__para_2\"><num>2.</num><content><p>Décide",
        "<paragraph eId=\"chp_II__sec_A__para_9\"><num>9.</num>",
        "<attachments>",
        "<FRBRthis value=\"/akn/un/statement/deliberation/ctoc-cop/2012-10-19/6-1/!annex_1\"/>",
        "<ref eId=\"sym_1\" href=\"https://undocs.org/fr/CTOC/COP/2012/L.4/Rev.2\">CTOC/COP/2012/L.4/Rev.2</ref>",
        "<ref eId=\"ref_1\" href=\"#chp_I__sec_A__res_6-1\">",
        "organisée sur les travaux",
        "2012<sup><authorialNote marker=\"21\" placement=\"bottom\" eId=\"fn_21\"><p>Voir <ref",
    ] {
        assert!(xml.contains(needle), "the report's Akoma Ntoso should contain {needle}");
    }
}

#[test]
fn akn_keeps_every_footnote_and_escapes_hostile_text() {
    let xml = akn::to_string(&common::resolution_document());
    assert!(
        xml.contains("<statement name=\"resolution\">"),
        "a resolution document should be a statement"
    );
    assert!(
        xml.contains("A footnote no marker points to."),
        "an unplaced footnote should be kept"
    );
    assert_eq!(xml.matches("<authorialNote ").count(), 2);

    let xml = akn::to_string(&common::hostile());
    assert!(!xml.contains("<script"), "hostile text should be escaped");
    assert!(!xml.contains('\u{0}') && !xml.contains('\u{1}') && !xml.contains('\u{b}'));
    assert_eq!(xml.matches("]]>").count(), 0, "]]> should be escaped");
    assert!(xml.contains("\u{fffd}"), "forbidden characters should become U+FFFD");
}

#[test]
fn text_is_clean_reading_text() {
    let out = text::to_string(&common::report());
    assert!(!out.contains("V.12-57119"), "the job number is furniture, not text");
    assert!(
        out.contains("\n9. À sa 10e séance, le 19 octobre 2012, la Conférence a adopté le projet de résolution CTOC/COP/2012/L.4/Rev.2 (pour le texte, voir chap. I, sect. A, résolution 6/1), tel qu’examiné du 30 mai au 1er juin 2012[21].\n"),
        "paragraph 9 should be one line with its number and marker:\n{out}"
    );
    assert!(!out.contains("201221"), "a marker should not run into the year");
    let chapter2 = out
        .find("\nII. Organisation de la session")
        .expect("chapter II heading");
    let note2 = out.find("\n[2] CTOC/COP/2012/2.").expect("footnote 2");
    let note21 = out.find("\n[21] Voir CTOC/COP/WG.7/2012/6.").expect("footnote 21");
    let annex = out.find("\nAnnexe I\n").expect("annex heading");
    assert!(
        note2 < chapter2,
        "footnote 2 should follow chapter I, where its marker is"
    );
    assert!(
        chapter2 < note21 && note21 < annex,
        "footnote 21 should follow chapter II"
    );
    assert!(
        out.contains("\n  i) Des rapports nationaux;\n"),
        "nested list items should keep labels"
    );
    assert!(
        out.contains("\nRésolution 6/1\nMise en place"),
        "resolution heading then title"
    );
}

//! Every renderer on every real document in `corpus/`: each format renders,
//! the Akoma Ntoso validates against the schema (xmllint), the HTML's links
//! land on anchors, the Markdown's footnotes have their definitions
//! (pulldown-cmark); the reference report CTOC/COP/2012/15 meets issue 6's
//! "done when"; and reviewed snapshots of every format for the reference
//! report, an English and a Spanish document, kept with the renderer's own
//! snapshots in `crates/plenary-render/tests/snapshots/`.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use plenary::{Document, Format};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The reference report, French.
const REFERENCE: &str = "CTOC_COP_2012_15.fr";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> PathBuf {
    root().join("crates/plenary-render/tests/schema/akomantoso30.xsd")
}

/// Every `corpus/*.txt`, by file stem (`CTOC_COP_2012_15.fr`), parsed once
/// for all the tests of this file.
fn corpus() -> &'static [(String, Document)] {
    static CORPUS: OnceLock<Vec<(String, Document)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = root().join("corpus");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{} should be readable: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            // `passing.txt` is the ratchet's list, not a document.
            .filter(|p| p.file_name().is_some_and(|n| n != "passing.txt"))
            .collect();
        paths.sort();
        assert!(
            paths.len() >= 10,
            "corpus/ should hold the ten documents of corpus/README.md, found {}",
            paths.len()
        );
        paths
            .iter()
            .map(|path| {
                let bytes =
                    std::fs::read(path).unwrap_or_else(|e| panic!("{} should be readable: {e}", path.display()));
                let parsed = plenary::parse_bytes(&bytes)
                    .unwrap_or_else(|e| panic!("{} should be accepted as text: {e}", path.display()));
                (stem(path), parsed.into_tree())
            })
            .collect()
    })
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn document(name: &str) -> &'static Document {
    corpus()
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, doc)| doc)
        .unwrap_or_else(|| panic!("corpus/{name}.txt should exist"))
}

/// Renders without letting a panic hide which document and format caused it.
fn render(name: &str, doc: &Document, format: Format) -> String {
    catch_unwind(AssertUnwindSafe(|| plenary::render(doc, format)))
        .unwrap_or_else(|_| panic!("{name} should render as {format} without panicking"))
}

#[test]
fn every_corpus_document_renders_in_every_format() {
    for (name, doc) in corpus() {
        for format in Format::ALL {
            let out = render(name, doc, format);
            assert!(!out.trim().is_empty(), "{name} as {format} should not be empty");
            let mut written = Vec::new();
            plenary::render::render_to(doc, format, &mut written)
                .unwrap_or_else(|e| panic!("{name} as {format} should write to a Vec: {e}"));
            assert!(
                written == out.as_bytes(),
                "{name}: render_to as {format} should write what render returns"
            );
        }
        let json = render(name, doc, Format::Json);
        let back: Document =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: the JSON should read back: {e}"));
        assert!(&back == doc, "{name}: the JSON should read back to the same document");
    }
}

/// Runs `xmllint --noout [--schema XSD] file`; the error output when it fails.
fn xmllint(file: &Path, schema: Option<&Path>) -> Result<(), String> {
    let mut cmd = Command::new("xmllint");
    cmd.arg("--noout");
    if let Some(xsd) = schema {
        cmd.arg("--schema").arg(xsd);
    }
    let output = cmd.arg(file).output().unwrap_or_else(|e| {
        panic!(
            "xmllint should be installed to validate the Akoma Ntoso output ({e}): \
             install it with `apt-get install libxml2-utils`, or run ./scripts/test.sh, which does"
        )
    });
    if output.status.success() {
        Ok(())
    } else {
        let mut err = String::from_utf8_lossy(&output.stderr).into_owned();
        if err.len() > 4000 {
            let cut = (0..=4000).rev().find(|&i| err.is_char_boundary(i)).unwrap_or(0);
            err.truncate(cut);
            err.push_str("\n…");
        }
        Err(err)
    }
}

#[test]
fn every_corpus_document_validates_as_akoma_ntoso() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("render_corpus");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{} should be creatable: {e}", dir.display()));
    let xsd = schema();
    for (name, doc) in corpus() {
        let file = dir.join(format!("{name}.xml"));
        std::fs::write(&file, render(name, doc, Format::Akn))
            .unwrap_or_else(|e| panic!("{} should be writable: {e}", file.display()));
        if let Err(e) = xmllint(&file, None) {
            panic!(
                "{name}: the Akoma Ntoso ({}) should be well-formed XML:\n{e}",
                file.display()
            );
        }
        if let Err(e) = xmllint(&file, Some(&xsd)) {
            panic!(
                "{name}: the Akoma Ntoso ({}) should validate against akomantoso30.xsd:\n{e}",
                file.display()
            );
        }
    }
}

/// The values of every `attr="…"` in `page`.
fn attribute_values<'a>(page: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    page.split(needle.as_str())
        .skip(1)
        .map(|chunk| chunk.split('"').next().unwrap_or_default())
        .collect()
}

#[test]
fn every_corpus_document_has_unique_html_ids_and_no_dangling_internal_link() {
    for (name, doc) in corpus() {
        let page = render(name, doc, Format::Html);
        let mut ids = HashSet::new();
        for id in attribute_values(&page, "id") {
            assert!(
                !id.is_empty() && !id.contains(char::is_whitespace),
                "{name}: HTML id {id:?} should be a non-empty word"
            );
            assert!(ids.insert(id), "{name}: HTML id {id} should be unique");
        }
        for href in attribute_values(&page, "href") {
            if let Some(target) = href.strip_prefix('#') {
                assert!(
                    ids.contains(target),
                    "{name}: the link to #{target} should have its anchor"
                );
            }
        }
        let lang = doc.metadata.language.as_deref().unwrap_or("en");
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        assert!(
            page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{name}: the page should declare lang=\"{lang}\" dir=\"{dir}\""
        );
        assert!(!page.contains("<script"), "{name}: the page should hold no script");
    }
}

/// What the tests read from a Markdown text.
#[derive(Default)]
struct Markdown {
    /// Footnote references, in order.
    refs: Vec<String>,
    /// Footnote definitions.
    defs: HashSet<String>,
    /// Headings with their level and text.
    headings: Vec<(HeadingLevel, String)>,
    /// Link destinations.
    links: Vec<String>,
    /// The ids of raw HTML anchors (`<a id="…"></a>`).
    anchors: HashSet<String>,
}

fn parse_markdown(md: &str) -> Markdown {
    let mut parts = Markdown::default();
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
            Event::Html(html) | Event::InlineHtml(html) => {
                parts
                    .anchors
                    .extend(attribute_values(&html, "id").into_iter().map(str::to_owned));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            _ => {}
        }
    }
    parts
}

#[test]
fn every_corpus_document_has_an_anchor_for_each_internal_markdown_link() {
    for (name, doc) in corpus() {
        let md = parse_markdown(&render(name, doc, Format::Markdown));
        for link in &md.links {
            if let Some(target) = link.strip_prefix('#') {
                assert!(
                    md.anchors.contains(target),
                    "{name}: the Markdown link to #{target} should have its anchor <a id=\"{target}\">"
                );
            }
        }
    }
}

#[test]
fn every_corpus_document_has_a_definition_for_each_markdown_footnote() {
    for (name, doc) in corpus() {
        let md = parse_markdown(&render(name, doc, Format::Markdown));
        for label in &md.refs {
            assert!(
                md.defs.contains(label),
                "{name}: the Markdown footnote reference [^{label}] should have its definition"
            );
        }
        assert_eq!(
            md.defs.len(),
            doc.footnotes.len(),
            "{name}: every footnote should be one Markdown footnote definition"
        );
    }
}

#[test]
fn reference_report_akoma_ntoso_has_its_thirty_footnotes_as_authorial_notes() {
    let xml = render(REFERENCE, document(REFERENCE), Format::Akn);
    assert_eq!(
        xml.matches("<authorialNote").count(),
        30,
        "each of the reference report's 30 footnotes should be one authorialNote where its marker stands"
    );
    for needle in [
        "<debateReport name=\"conferenceReport\">",
        "<FRBRlanguage language=\"fra\"/>",
        "<docketNumber refersTo=\"#publicationJobNumber\">V.12-57119</docketNumber>",
        "<hcontainer name=\"resolution\" eId=\"chp_I__sec_A__res_6-1\">",
        "<docNumber>Résolution 6/1</docNumber>",
    ] {
        assert!(
            xml.contains(needle),
            "the reference report's Akoma Ntoso should contain {needle}"
        );
    }
}

#[test]
fn reference_report_html_links_the_draft_of_resolution_6_1_to_undocs() {
    let page = render(REFERENCE, document(REFERENCE), Format::Html);
    assert!(
        page.contains("href=\"https://undocs.org/fr/CTOC/COP/2012/L.4/Rev.2\""),
        "the reference report's HTML should link CTOC/COP/2012/L.4/Rev.2 to undocs.org in French"
    );
    assert!(
        page.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "the reference report's page should be in French"
    );
}

#[test]
fn reference_report_markdown_has_a_heading_for_resolution_6_1() {
    let md = render(REFERENCE, document(REFERENCE), Format::Markdown);
    assert!(
        md.lines().any(|l| l == "## Résolution 6/1"),
        "the reference report's Markdown should have the heading line `## Résolution 6/1`"
    );
    let parts = parse_markdown(&md);
    assert!(
        parts
            .headings
            .iter()
            .any(|(level, text)| *level == HeadingLevel::H2 && text == "Résolution 6/1"),
        "pulldown-cmark should read `Résolution 6/1` as a level 2 heading: {:?}",
        parts.headings
    );
    assert_eq!(
        parts.refs.len(),
        30,
        "the reference report's 30 markers should be Markdown footnotes"
    );
}

#[test]
fn reference_report_text_has_no_page_furniture() {
    let text = render(REFERENCE, document(REFERENCE), Format::Text);
    for furniture in ["V.12-57119", "__________", "201221"] {
        assert!(
            !text.contains(furniture),
            "the reference report's clean text should not contain `{furniture}` (job number, footnote \
             rule, or a footnote marker run into a year)"
        );
    }
    assert!(
        text.lines().any(|l| l == "Résolution 6/1"),
        "the reference report's text should keep the heading of resolution 6/1 on its own line"
    );
}

/// Snapshots of every format of one corpus document, named after it
/// (`render_corpus__ctoc_cop_2012_15_fr.md.snap`).
fn snapshot_every_format(name: &str) {
    let doc = document(name);
    let slug = name.to_lowercase().replace('.', "_");
    for format in Format::ALL {
        let out = render(name, doc, format);
        insta::with_settings!({
            snapshot_path => "../../plenary-render/tests/snapshots",
            prepend_module_to_snapshot => true,
            description => format!("corpus/{name}.txt rendered as {format}"),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(format!("{slug}.{}", format.extension()), out);
        });
    }
}

#[test]
fn reference_report_snapshots() {
    snapshot_every_format(REFERENCE);
}

#[test]
fn english_resolution_snapshots() {
    snapshot_every_format("A_RES_73_8.en");
}

#[test]
fn spanish_resolution_snapshots() {
    snapshot_every_format("A_RES_48_246.es");
}

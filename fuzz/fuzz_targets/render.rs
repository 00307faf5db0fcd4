//! Every renderer on a parsed document: no panic; the Akoma Ntoso output is
//! well-formed XML 1.0 (quick-xml reads it to the end with matching tags and
//! known entities, and no character XML forbids appears); the HTML holds no
//! script element; the JSON is one value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::Format;
use quick_xml::events::Event;
use quick_xml::Reader;

#[path = "../../crates/plenary/tests/invariants/mod.rs"]
mod invariants;

/// Reads `xml` to the end; an error names the first problem.
fn well_formed(xml: &str) -> Result<(), String> {
    if let Some(c) = xml.chars().find(|&c| !invariants::is_xml_char(c)) {
        return Err(format!("a character XML 1.0 forbids: {c:?}"));
    }
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    reader.config_mut().check_comments = true;
    let mut depth = 0usize;
    let mut roots = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(e) => {
                roots += usize::from(depth == 0);
                attributes(&e)?;
                depth += 1;
            }
            Event::Empty(e) => {
                roots += usize::from(depth == 0);
                attributes(&e)?;
            }
            Event::End(_) => {
                depth = depth.checked_sub(1).ok_or("an end tag with no start")?;
            }
            Event::Text(t) => {
                let text = t.unescape().map_err(|e| format!("bad text: {e}"))?;
                if depth == 0 && !text.trim().is_empty() {
                    return Err(format!("text outside the root element: {text:?}"));
                }
            }
            Event::CData(_) => return Err("the renderer should escape text, not use CDATA".into()),
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err(format!("{depth} elements left open"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements instead of one"));
    }
    Ok(())
}

/// Every attribute is unique, quoted and holds only known entities.
fn attributes(e: &quick_xml::events::BytesStart<'_>) -> Result<(), String> {
    for attr in e.attributes().with_checks(true) {
        let attr = attr.map_err(|e| format!("bad attribute: {e}"))?;
        attr.unescape_value().map_err(|e| format!("bad attribute value: {e}"))?;
    }
    Ok(())
}

fuzz_target!(|text: &str| {
    let doc = plenary::parse(text).into_tree();
    for format in Format::ALL {
        let out = plenary::render(&doc, format);
        match format {
            Format::Akn => {
                if let Err(message) = well_formed(&out) {
                    panic!("the Akoma Ntoso should be well-formed XML: {message}\n{out}");
                }
            }
            Format::Html => {
                if let Err(message) = invariants::html_is_inert(&out) {
                    panic!("{message}");
                }
            }
            Format::Json => assert!(
                out.trim_start().starts_with('{') && out.trim_end().ends_with('}'),
                "the JSON should be one object"
            ),
            Format::Markdown | Format::Text => {}
        }
    }
});

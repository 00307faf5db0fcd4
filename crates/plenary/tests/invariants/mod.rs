//! Invariants every parse must meet, whatever the input: shared by the
//! robustness tests, the regression tests and the `parse` and `render` fuzz
//! targets (`fuzz/fuzz_targets/*.rs` include this file with `#[path]`, so it
//! depends on `plenary` only).
//!
//! - the document's length is the text's length;
//! - every span lies within the text, on character boundaries;
//! - spans nest: a node's span lies within its parent's, and siblings come in
//!   order without overlapping;
//! - coverage: every non-white-space byte is covered exactly once
//!   (`plenary_model::coverage::check`).

#![allow(dead_code)]

use plenary::model::{coverage, AgendaItem, Block, Deliberation, Document, Inline, ListItem, Paragraph, Span};

/// A node of the span tree: a name for messages, its span when it has one,
/// and its children in reading order.
#[derive(Debug)]
pub struct SpanNode {
    pub name: String,
    pub span: Option<Span>,
    pub children: Vec<SpanNode>,
}

impl SpanNode {
    fn new(name: impl Into<String>, span: Option<Span>) -> Self {
        Self {
            name: name.into(),
            span,
            children: Vec::new(),
        }
    }
}

fn inlines(inlines: &[Inline]) -> Vec<SpanNode> {
    inlines
        .iter()
        .enumerate()
        .map(|(i, inline)| SpanNode::new(format!("inline {i} {:?}", inline.plain()), inline.span()))
        .collect()
}

fn paragraph(p: &Paragraph) -> SpanNode {
    let mut node = SpanNode::new(format!("paragraph {}", p.id), p.span);
    node.children.extend(inlines(&p.content));
    node.children.extend(blocks(&p.children));
    node
}

fn items(items: &[ListItem]) -> Vec<SpanNode> {
    items
        .iter()
        .map(|item| {
            let mut node = SpanNode::new(format!("item {}", item.id), item.span);
            node.children.extend(inlines(&item.content));
            node.children.extend(blocks(&item.children));
            node
        })
        .collect()
}

fn agenda_items(items: &[AgendaItem]) -> Vec<SpanNode> {
    items
        .iter()
        .map(|item| {
            let mut node = SpanNode::new(format!("agenda item {}", item.id), item.span);
            node.children.extend(inlines(&item.content));
            node.children.extend(agenda_items(&item.items));
            node
        })
        .collect()
}

fn deliberation(d: &Deliberation) -> Vec<SpanNode> {
    let mut out = inlines(&d.title);
    out.extend(d.formula.iter().map(paragraph));
    out.extend(d.preamble.iter().map(paragraph));
    out.extend(blocks(&d.operative));
    for a in &d.annexes {
        let mut node = SpanNode::new(format!("annex {}", a.id), a.span);
        node.children.extend(inlines(&a.heading));
        node.children.extend(blocks(&a.children));
        out.push(node);
    }
    out
}

/// The span tree of blocks.
pub fn blocks(blocks: &[Block]) -> Vec<SpanNode> {
    blocks
        .iter()
        .map(|block| {
            let mut node = SpanNode::new(format!("block {}", block.id()), block.span());
            match block {
                Block::Section(s) => {
                    node.children.extend(inlines(&s.heading));
                    node.children.extend(self::blocks(&s.children));
                }
                Block::Paragraph(p) => {
                    node.children.extend(inlines(&p.content));
                    node.children.extend(self::blocks(&p.children));
                }
                Block::Resolution(d) | Block::Decision(d) => node.children.extend(deliberation(d)),
                Block::List(l) => node.children.extend(items(&l.items)),
                Block::Quotation(q) => node.children.extend(self::blocks(&q.children)),
                Block::Officers(o) => node.children.extend(
                    o.officers
                        .iter()
                        .map(|x| SpanNode::new(format!("officer {:?}", x.name), x.span)),
                ),
                Block::Agenda(a) => node.children.extend(agenda_items(&a.items)),
                Block::Annex(a) => {
                    node.children.extend(inlines(&a.heading));
                    node.children.extend(self::blocks(&a.children));
                }
                // Cells are read row by row; their spans are checked for
                // bounds but not for order (a cell may wrap over lines).
                Block::Table(t) => {
                    for row in &t.rows {
                        for cell in &row.cells {
                            let mut c = SpanNode::new("table cell", None);
                            c.children.extend(inlines(cell));
                            node.children.push(c);
                        }
                    }
                }
                Block::Vote(v) => node
                    .children
                    .extend(v.lines.iter().map(|line| SpanNode::new("vote line", Some(*line)))),
                Block::Unrecognized(_) => {}
            }
            node
        })
        .collect()
}

/// The roots of the document's span trees: the body, the footnotes, the
/// removed furniture and the diagnostics, each a list of siblings.
pub fn roots(doc: &Document) -> Vec<(&'static str, Vec<SpanNode>)> {
    let footnotes = doc
        .footnotes
        .iter()
        .map(|f| {
            let mut node = SpanNode::new(format!("footnote {}", f.id), f.span);
            node.children.extend(inlines(&f.content));
            node
        })
        .collect();
    let furniture = doc
        .furniture
        .iter()
        .map(|f| SpanNode::new(format!("furniture {:?} {:?}", f.kind, f.text), f.span))
        .collect();
    let diagnostics = doc
        .diagnostics
        .iter()
        .map(|d| SpanNode::new(format!("diagnostic {}", d.code), d.span))
        .collect();
    vec![
        ("body", blocks(&doc.body)),
        ("footnotes", footnotes),
        ("furniture", furniture),
        ("diagnostics", diagnostics),
    ]
}

fn in_bounds(text: &str, node: &SpanNode) -> Result<(), String> {
    if let Some(span) = node.span {
        if span.start > span.end || span.slice(text).is_none() {
            return Err(format!(
                "{} should lie within the {}-byte input on character boundaries: {span:?}",
                node.name,
                text.len()
            ));
        }
    }
    node.children.iter().try_for_each(|c| in_bounds(text, c))
}

/// Checks that the children of `node` lie within `bound` (the nearest
/// ancestor's span) and, when `ordered`, come one after the other.
fn nested(siblings: &[SpanNode], bound: Option<Span>, ordered: bool, parent: &str) -> Result<(), String> {
    let mut last: Option<(&str, Span)> = None;
    for node in siblings {
        if let Some(span) = node.span {
            if let Some(bound) = bound {
                if !bound.contains(span) {
                    return Err(format!(
                        "{} {span:?} should lie within its parent {parent} {bound:?}",
                        node.name
                    ));
                }
            }
            if ordered {
                if let Some((name, prev)) = last {
                    if prev.end > span.start {
                        return Err(format!(
                            "{} {span:?} should come after its previous sibling {name} {prev:?} in {parent}",
                            node.name
                        ));
                    }
                }
                last = Some((&node.name, span));
            }
        }
        let ordered_children = node.name != "table cell" && !node.name.starts_with("block tbl");
        nested(&node.children, node.span.or(bound), ordered_children, &node.name)?;
    }
    Ok(())
}

/// Checks every invariant of a document parsed from `text`.
///
/// # Errors
/// A message naming the first invariant that does not hold.
pub fn check_document(text: &str, doc: &Document) -> Result<(), String> {
    if doc.metadata.length as usize != text.len() {
        return Err(format!(
            "the document's length {} should be the input's byte length {}",
            doc.metadata.length,
            text.len()
        ));
    }
    for (root, siblings) in roots(doc) {
        for node in &siblings {
            in_bounds(text, node)?;
        }
        // Diagnostics come in the order they were found, not in text order.
        nested(&siblings, None, root != "diagnostics", root)?;
    }
    let coverage = coverage::check(text, doc);
    if !coverage.is_complete() {
        let show = |s: &Span| format!("{s:?} {:?}", text.get(s.range()).unwrap_or("<not on char boundaries>"));
        return Err(format!(
            "every non-white-space byte should be covered exactly once: uncovered {:?}, overlaps {:?}, out of bounds {:?}",
            coverage.uncovered.iter().take(5).map(show).collect::<Vec<_>>(),
            coverage.overlaps.iter().take(5).collect::<Vec<_>>(),
            coverage.out_of_bounds.iter().take(5).collect::<Vec<_>>(),
        ));
    }
    Ok(())
}

/// The text `parse_bytes_with(bytes, lossy)` decodes `bytes` to, for checking
/// spans against it (the facade does not hand it out).
pub fn lossy_text(bytes: &[u8]) -> String {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let pairs = rest.chunks_exact(2);
        let odd = !pairs.remainder().is_empty();
        let mut text: String = char::decode_utf16(pairs.map(|p| unit([p[0], p[1]])))
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect();
        if odd {
            text.push('\u{fffd}');
        }
        text
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

/// The characters XML 1.0 allows (its `Char` production).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// An HTML page must hold no `<script` element, whatever the document said.
///
/// # Errors
/// The place where a script element starts.
pub fn html_is_inert(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    for needle in ["<script", "href=\"javascript:", "<iframe", "<object", "<embed"] {
        if let Some(at) = lower.find(needle) {
            let from = at.saturating_sub(40);
            return Err(format!(
                "the HTML should hold no {needle}: {:?}",
                html.get(from..(at + 60).min(html.len())).unwrap_or("")
            ));
        }
    }
    Ok(())
}

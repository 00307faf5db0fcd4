//! Coverage: does every byte of the input belong to exactly one place in the
//! model? The check behind plenary's promise never to drop text.
//!
//! A byte is covered when it lies in the span of an inline, of removed
//! furniture, of an officer entry, vote record or unrecognized block, or in the *head* of
//! a node: the printed number or label before its first inline (`12. `,
//! `a) `, `Résolution 6/1`, a footnote's label), or in a number or label an
//! extractor set apart from its node's head (`Paragraph::num_span`,
//! `ListItem::label_span`). White space needs no cover,
//! nor do the direction marks that print nothing (U+200E, U+200F, U+061C,
//! U+202A–U+202E, U+2066–U+2069), which PDF extractors set around the lines
//! of right-to-left text.

use crate::visit::{walk, Node};
use crate::{AgendaItem, Block, Document, Inline, ListItem, Span};

/// The outcome of [`check`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Runs of non-white-space bytes that no node covers.
    pub uncovered: Vec<Span>,
    /// Pairs of leaf spans that overlap.
    pub overlaps: Vec<(Span, Span)>,
    /// Leaf spans that do not lie within the input or not on character boundaries.
    pub out_of_bounds: Vec<Span>,
}

impl Coverage {
    /// True when nothing is uncovered, overlapping or out of bounds.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.uncovered.is_empty() && self.overlaps.is_empty() && self.out_of_bounds.is_empty()
    }
}

fn first_inline(inlines: &[Inline]) -> Option<u32> {
    inlines.iter().find_map(Inline::span).map(|s| s.start)
}

/// The head of a node: from its start to its first inline, on its first line.
fn head(text: &str, leaves: &mut Vec<Span>, span: Option<Span>, first: Option<u32>) {
    if let Some(span) = span {
        let from = (span.start as usize).min(text.len());
        let line_end = text
            .get(from..)
            .and_then(|rest| rest.find(['\n', '\r', '\x0c']))
            .map_or(span.end, |i| u32::try_from(from + i).unwrap_or(u32::MAX));
        let end = first.unwrap_or(span.end).min(span.end).min(line_end);
        if end > span.start {
            leaves.push(Span::new(span.start, end));
        }
    }
}

fn item_heads(text: &str, leaves: &mut Vec<Span>, items: &[ListItem]) {
    for item in items {
        let first =
            first_inline(&item.content).or_else(|| item.children.first().and_then(Block::span).map(|s| s.start));
        // A label over two lines that opens the item (`1` / `-`) is its
        // head; one set apart is a leaf of its own.
        match (item.label_span, item.span) {
            (Some(label), Some(span)) if label.start == span.start => leaves.push(label),
            _ => {
                head(text, leaves, item.span, first);
                leaves.extend(item.label_span);
            }
        }
    }
}

fn agenda_heads(text: &str, leaves: &mut Vec<Span>, items: &[AgendaItem]) {
    for item in items {
        let first = first_inline(&item.content).or_else(|| item.items.first().and_then(|i| i.span).map(|s| s.start));
        // A number over two lines (`1` / `-`) is the item's head.
        match item.num_span {
            Some(num) => leaves.push(num),
            None => head(text, leaves, item.span, first),
        }
        agenda_heads(text, leaves, &item.items);
    }
}

/// Checks that `doc`, parsed from `text`, covers every byte of it exactly once.
///
/// ```
/// use plenary_model::{coverage, Document};
/// assert!(coverage::check("   \n", &Document::default()).is_complete());
/// assert!(!coverage::check("mot", &Document::default()).is_complete());
/// ```
#[must_use]
pub fn check(text: &str, doc: &Document) -> Coverage {
    let mut leaves: Vec<Span> = Vec::new();
    // The heads of nodes (a heading line up to its first inline), clipped
    // at whatever else stands on the same line (a footer or a note's text
    // after a heading, where columns were flattened).
    let mut heads: Vec<Span> = Vec::new();
    for f in &doc.furniture {
        leaves.extend(f.span);
    }
    for f in &doc.footnotes {
        head(text, &mut heads, f.span, first_inline(&f.content));
    }
    walk(doc, &mut |node, _| match node {
        Node::Inline(i) => leaves.extend(i.span()),
        Node::Paragraph(p) => head(text, &mut heads, p.span, first_inline(&p.content)),
        Node::Block(b) => match b {
            // A label over two lines is its own head.
            Block::Section(s) => match s.num_span {
                Some(label) => heads.push(label),
                None => head(text, &mut heads, s.heading_span, first_inline(&s.heading)),
            },
            Block::Paragraph(p) => {
                let first =
                    first_inline(&p.content).or_else(|| p.children.first().and_then(Block::span).map(|s| s.start));
                // A number over two lines that opens the paragraph (`19` /
                // `-`) is its head; one set apart is a leaf of its own.
                match (p.num_span, p.span) {
                    (Some(num), Some(span)) if num.start == span.start => heads.push(num),
                    _ => {
                        head(text, &mut heads, p.span, first);
                        leaves.extend(p.num_span);
                    }
                }
            }
            Block::Resolution(d) | Block::Decision(d) => {
                // With no title, the heading line (a draft's text has none:
                // it opens with its formula).
                let first = first_inline(&d.title).or_else(|| {
                    d.adoption_note
                        .iter()
                        .chain(&d.formula)
                        .chain(&d.preamble)
                        .find_map(|p| p.span)
                        .or_else(|| d.operative.first().and_then(Block::span))
                        .map(|s| s.start)
                });
                head(text, &mut heads, d.span, first);
                for a in &d.annexes {
                    let first =
                        first_inline(&a.heading).or_else(|| a.children.first().and_then(Block::span).map(|s| s.start));
                    head(text, &mut heads, a.span, first);
                }
            }
            Block::Annex(a) => {
                let first =
                    first_inline(&a.heading).or_else(|| a.children.first().and_then(Block::span).map(|s| s.start));
                head(text, &mut heads, a.span, first);
            }
            Block::List(l) => item_heads(text, &mut heads, &l.items),
            Block::Agenda(a) => agenda_heads(text, &mut heads, &a.items),
            Block::Quotation(q) => head(
                text,
                &mut leaves,
                q.span,
                q.children.first().and_then(Block::span).map(|s| s.start),
            ),
            Block::Officers(o) => leaves.extend(o.officers.iter().filter_map(|x| x.span)),
            Block::Vote(v) if v.lines.is_empty() => leaves.extend(v.span),
            Block::Vote(v) => leaves.extend(v.lines.iter().copied()),
            Block::Unrecognized(u) => leaves.extend(u.span),
            Block::Table(_) => {}
        },
    });
    let mut starts: Vec<u32> = leaves
        .iter()
        .map(|s| s.start)
        .chain(heads.iter().map(|h| h.start))
        .collect();
    starts.sort_unstable();
    for h in heads {
        let next = starts.partition_point(|&s| s <= h.start);
        let clip = starts.get(next).copied().filter(|&s| s < h.end).unwrap_or(h.end);
        leaves.push(Span::new(h.start, clip));
    }
    let mut out = Coverage::default();
    leaves.retain(|s| {
        let ok = (s.end as usize) <= text.len()
            && s.start <= s.end
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize);
        if !ok {
            out.out_of_bounds.push(*s);
        }
        ok
    });
    leaves.sort_unstable();
    let mut covered_to = 0usize;
    let mut prev: Option<Span> = None;
    for s in &leaves {
        if let Some(p) = prev {
            if s.start < p.end && !s.is_empty() && !p.is_empty() {
                out.overlaps.push((p, *s));
            }
        }
        let start = s.start as usize;
        if start > covered_to {
            uncovered(text, covered_to, start, &mut out.uncovered);
        }
        covered_to = covered_to.max(s.end as usize);
        if prev.is_none_or(|p| s.end > p.end) {
            prev = Some(*s);
        }
    }
    uncovered(text, covered_to, text.len(), &mut out.uncovered);
    out
}

/// A mark that sets the direction of a run of text and prints nothing
/// (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069): like white
/// space, it needs no cover, and the grammar trims it off a line.
///
/// ```
/// assert!(plenary_model::coverage::is_direction_mark('\u{202B}'));
/// assert!(!plenary_model::coverage::is_direction_mark('a'));
/// ```
#[must_use]
pub fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn uncovered(text: &str, from: usize, to: usize, out: &mut Vec<Span>) {
    let Some(gap) = text.get(from..to) else { return };
    let mut run: Option<(usize, usize)> = None;
    for (i, c) in gap.char_indices() {
        if c.is_whitespace() || is_direction_mark(c) {
            if let Some((a, b)) = run.take() {
                out.push(Span::from_range(from + a..from + b));
            }
        } else {
            let end = i + c.len_utf8();
            run = Some(run.map_or((i, end), |(a, _)| (a, end)));
        }
    }
    if let Some((a, b)) = run {
        out.push(Span::from_range(from + a..from + b));
    }
}

//! Walking the tree: every block and inline in reading order, with where it sits.

use crate::{AgendaItem, Block, Deliberation, Document, Inline, ListItem};

/// Where a node sits, for counts that depend on context.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    /// Inside a resolution or decision.
    pub in_deliberation: bool,
    /// Inside an annex.
    pub in_annex: bool,
    /// Inside a quotation.
    pub in_quotation: bool,
    /// Inside a footnote.
    pub in_footnote: bool,
}

/// A node seen by [`walk`].
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    /// A block.
    Block(&'a Block),
    /// A preambular or formula paragraph of a deliberation (not a `Block` in the tree).
    Paragraph(&'a crate::Paragraph),
    /// An inline.
    Inline(&'a Inline),
}

/// Calls `f` on every block and inline of the document, body first, then footnotes.
///
/// ```
/// use plenary_model::{visit, Document, Block, Paragraph, Inline};
/// let mut doc = Document::default();
/// doc.body.push(Block::Paragraph(Paragraph::new(Some("1"), vec![Inline::text("a")])));
/// let mut inlines = 0;
/// visit::walk(&doc, &mut |node, _| if let visit::Node::Inline(_) = node { inlines += 1 });
/// assert_eq!(inlines, 1);
/// ```
pub fn walk<'a>(doc: &'a Document, f: &mut dyn FnMut(Node<'a>, Scope)) {
    walk_blocks(&doc.body, Scope::default(), f);
    let scope = Scope {
        in_footnote: true,
        ..Scope::default()
    };
    for footnote in &doc.footnotes {
        walk_inlines(&footnote.content, scope, f);
    }
}

/// Calls `f` on the blocks and their inlines.
pub fn walk_blocks<'a>(blocks: &'a [Block], scope: Scope, f: &mut dyn FnMut(Node<'a>, Scope)) {
    for block in blocks {
        f(Node::Block(block), scope);
        match block {
            Block::Section(s) => {
                walk_inlines(&s.heading, scope, f);
                walk_blocks(&s.children, scope, f);
            }
            Block::Paragraph(p) => {
                walk_inlines(&p.content, scope, f);
                walk_blocks(&p.children, scope, f);
            }
            Block::Resolution(d) | Block::Decision(d) => walk_deliberation(d, scope, f),
            Block::List(l) => walk_items(&l.items, scope, f),
            Block::Quotation(q) => walk_blocks(
                &q.children,
                Scope {
                    in_quotation: true,
                    ..scope
                },
                f,
            ),
            Block::Officers(_) | Block::Vote(_) | Block::Unrecognized(_) => {}
            Block::Agenda(a) => walk_agenda(&a.items, scope, f),
            Block::Annex(a) => {
                let scope = Scope {
                    in_annex: true,
                    ..scope
                };
                walk_inlines(&a.heading, scope, f);
                walk_blocks(&a.children, scope, f);
            }
            Block::Table(t) => {
                for row in &t.rows {
                    for cell in &row.cells {
                        walk_inlines(cell, scope, f);
                    }
                }
            }
        }
    }
}

fn walk_deliberation<'a>(d: &'a Deliberation, scope: Scope, f: &mut dyn FnMut(Node<'a>, Scope)) {
    let scope = Scope {
        in_deliberation: true,
        ..scope
    };
    walk_inlines(&d.title, scope, f);
    for p in d.adoption_note.iter().chain(&d.formula).chain(&d.preamble) {
        f(Node::Paragraph(p), scope);
        walk_inlines(&p.content, scope, f);
        walk_blocks(&p.children, scope, f);
    }
    walk_blocks(&d.operative, scope, f);
    let annex_scope = Scope {
        in_annex: true,
        ..scope
    };
    for annex in &d.annexes {
        walk_inlines(&annex.heading, annex_scope, f);
        walk_blocks(&annex.children, annex_scope, f);
    }
}

fn walk_items<'a>(items: &'a [ListItem], scope: Scope, f: &mut dyn FnMut(Node<'a>, Scope)) {
    for item in items {
        walk_inlines(&item.content, scope, f);
        walk_blocks(&item.children, scope, f);
    }
}

fn walk_agenda<'a>(items: &'a [AgendaItem], scope: Scope, f: &mut dyn FnMut(Node<'a>, Scope)) {
    for item in items {
        walk_inlines(&item.content, scope, f);
        walk_agenda(&item.items, scope, f);
    }
}

fn walk_inlines<'a>(inlines: &'a [Inline], scope: Scope, f: &mut dyn FnMut(Node<'a>, Scope)) {
    for inline in inlines {
        f(Node::Inline(inline), scope);
    }
}

/// Calls `f` on every inline of the document, mutably, body first, then footnotes.
pub fn walk_inlines_mut(doc: &mut Document, f: &mut dyn FnMut(&mut Inline)) {
    blocks_inlines_mut(&mut doc.body, f);
    for footnote in &mut doc.footnotes {
        footnote.content.iter_mut().for_each(&mut *f);
    }
}

fn blocks_inlines_mut(blocks: &mut [Block], f: &mut dyn FnMut(&mut Inline)) {
    for block in blocks {
        match block {
            Block::Section(s) => {
                s.heading.iter_mut().for_each(&mut *f);
                blocks_inlines_mut(&mut s.children, f);
            }
            Block::Paragraph(p) => {
                p.content.iter_mut().for_each(&mut *f);
                blocks_inlines_mut(&mut p.children, f);
            }
            Block::Resolution(d) | Block::Decision(d) => {
                d.title.iter_mut().for_each(&mut *f);
                for p in d
                    .adoption_note
                    .iter_mut()
                    .chain(d.formula.iter_mut())
                    .chain(d.preamble.iter_mut())
                {
                    p.content.iter_mut().for_each(&mut *f);
                    blocks_inlines_mut(&mut p.children, f);
                }
                blocks_inlines_mut(&mut d.operative, f);
                for a in &mut d.annexes {
                    a.heading.iter_mut().for_each(&mut *f);
                    blocks_inlines_mut(&mut a.children, f);
                }
            }
            Block::List(l) => items_inlines_mut(&mut l.items, f),
            Block::Quotation(q) => blocks_inlines_mut(&mut q.children, f),
            Block::Officers(_) | Block::Vote(_) | Block::Unrecognized(_) => {}
            Block::Agenda(a) => agenda_inlines_mut(&mut a.items, f),
            Block::Annex(a) => {
                a.heading.iter_mut().for_each(&mut *f);
                blocks_inlines_mut(&mut a.children, f);
            }
            Block::Table(t) => {
                for row in &mut t.rows {
                    for cell in &mut row.cells {
                        cell.iter_mut().for_each(&mut *f);
                    }
                }
            }
        }
    }
}

fn items_inlines_mut(items: &mut [ListItem], f: &mut dyn FnMut(&mut Inline)) {
    for item in items {
        item.content.iter_mut().for_each(&mut *f);
        blocks_inlines_mut(&mut item.children, f);
    }
}

fn agenda_inlines_mut(items: &mut [AgendaItem], f: &mut dyn FnMut(&mut Inline)) {
    for item in items {
        item.content.iter_mut().for_each(&mut *f);
        agenda_inlines_mut(&mut item.items, f);
    }
}

/// Calls `f` on every resolution and decision, mutably.
pub fn walk_deliberations_mut(blocks: &mut [Block], f: &mut dyn FnMut(&mut Deliberation)) {
    for block in blocks {
        match block {
            Block::Section(s) => walk_deliberations_mut(&mut s.children, f),
            Block::Resolution(d) | Block::Decision(d) => f(d),
            Block::Annex(a) => walk_deliberations_mut(&mut a.children, f),
            _ => {}
        }
    }
}

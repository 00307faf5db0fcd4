//! Clean reading text: headings on their own lines, each paragraph on one
//! line with its number (`12. …`), list items with their labels, footnote
//! markers as `[21]` and the footnotes gathered after the chapter (top-level
//! section) they occur in, as `[21] text`. Page furniture and the job number
//! are left out.

use std::collections::{HashSet, VecDeque};
use std::io::Write;

use plenary_model::{AgendaItem, Annex, Block, Deliberation, Document, Footnote, Inline, ListItem};

use crate::common::{self, Notes};
use crate::RenderError;

/// Renders `doc` as clean reading text.
#[must_use]
pub fn to_string(doc: &Document) -> String {
    let mut r = Renderer {
        lang: common::lang(doc),
        notes: Notes::new(doc),
        out: String::new(),
        pending: VecDeque::new(),
        placed: HashSet::new(),
    };
    r.header(doc);
    for block in &doc.body {
        let chapter = matches!(block, Block::Section(_) | Block::Annex(_));
        if chapter {
            r.flush_notes();
        }
        r.block(block, "");
        if chapter {
            r.flush_notes();
        }
    }
    r.flush_notes();
    // Footnotes no marker points to still belong to the text.
    for note in &doc.footnotes {
        r.queue(note);
    }
    r.flush_notes();
    let mut out = r.out.trim_end().to_owned();
    out.push('\n');
    out
}

/// Writes `doc` as clean reading text to `out`.
///
/// # Errors
/// [`RenderError::Io`] if `out` fails.
pub fn write<W: Write>(doc: &Document, out: W) -> Result<(), RenderError> {
    crate::write_str(&to_string(doc), out)
}

struct Renderer<'a> {
    lang: &'a str,
    notes: Notes<'a>,
    out: String,
    pending: VecDeque<&'a Footnote>,
    placed: HashSet<*const Footnote>,
}

impl<'a> Renderer<'a> {
    fn header(&mut self, doc: &'a Document) {
        let m = &doc.metadata;
        if let Some(symbol) = &m.symbol {
            self.line("", &common::one_line(&symbol.to_string()));
        }
        for s in [&m.title, &m.subtitle].into_iter().flatten() {
            self.line("", &common::one_line(s));
        }
    }

    fn line(&mut self, indent: &str, text: &str) {
        self.out.push_str(indent);
        self.out.push_str(text.trim());
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn queue(&mut self, note: &'a Footnote) {
        if self.placed.insert(note as *const Footnote) {
            self.pending.push_back(note);
        }
    }

    fn flush_notes(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        self.blank();
        while let Some(note) = self.pending.pop_front() {
            let text = self.inlines(&note.content);
            self.line(
                "",
                &format!("[{}] {}", common::one_line(note.label.trim()), text.trim()),
            );
        }
    }

    fn inlines(&mut self, inlines: &'a [Inline]) -> String {
        let mut s = String::new();
        for inline in inlines {
            match inline {
                Inline::FootnoteMarker(m) => {
                    if let Some(note) = self.notes.of(m) {
                        self.queue(note);
                    }
                    s.push('[');
                    s.push_str(&common::one_line(m.label.trim()));
                    s.push(']');
                }
                other => s.push_str(&common::one_line(other.plain())),
            }
        }
        s
    }

    fn numbered(&mut self, indent: &str, num: Option<&str>, inlines: &'a [Inline]) {
        let text = self.inlines(inlines);
        match common::num_dot(num) {
            Some(n) => self.line(indent, &format!("{n} {}", text.trim())),
            None => self.line(indent, &text),
        }
    }

    fn blocks(&mut self, blocks: &'a [Block], indent: &str) {
        for block in blocks {
            self.block(block, indent);
        }
    }

    fn block(&mut self, block: &'a Block, indent: &str) {
        match block {
            Block::Section(s) => {
                self.blank();
                self.numbered(indent, s.num.as_deref(), &s.heading);
                self.blank();
                self.blocks(&s.children, indent);
            }
            Block::Paragraph(p) => {
                self.blank();
                self.numbered(indent, p.num.as_deref(), &p.content);
                self.blocks(&p.children, indent);
            }
            Block::Resolution(d) | Block::Decision(d) => self.deliberation(d, indent),
            Block::List(l) => self.items(&l.items, indent),
            Block::Quotation(q) => {
                self.blank();
                let inner = format!("{indent}    ");
                self.blocks(&q.children, &inner);
                self.blank();
            }
            Block::Officers(o) => {
                self.blank();
                for (role, people) in common::officer_groups(&o.officers) {
                    self.line(indent, &format!("{role}: {}", people.join("; ")));
                }
            }
            Block::Agenda(a) => {
                self.blank();
                self.agenda(&a.items, indent);
            }
            Block::Vote(v) => {
                self.blank();
                self.line(indent, &common::vote_statement(v));
                for (label, members) in common::vote_groups(self.lang, v) {
                    self.line(indent, &format!("{label}: {members}"));
                }
            }
            Block::Annex(a) => self.annex(a, indent),
            Block::Table(t) => {
                self.blank();
                for row in &t.rows {
                    let cells: Vec<String> = row.cells.iter().map(|c| self.inlines(c).trim().to_owned()).collect();
                    self.line(indent, &cells.join(" | "));
                }
            }
            Block::Unrecognized(u) => {
                self.blank();
                for l in u.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    self.line(indent, &common::one_line(l));
                }
            }
        }
    }

    fn deliberation(&mut self, d: &'a Deliberation, indent: &str) {
        self.blank();
        self.line(indent, &common::deliberation_heading(self.lang, d.kind, &d.number));
        if !d.title.is_empty() {
            let title = self.inlines(&d.title);
            self.line(indent, &title);
        }
        self.blank();
        for p in d.adoption_note.iter().chain(&d.formula).chain(&d.preamble) {
            self.numbered(indent, p.num.as_deref(), &p.content);
            self.blocks(&p.children, indent);
        }
        self.blocks(&d.operative, indent);
        for annex in &d.annexes {
            self.annex(annex, indent);
        }
    }

    fn annex(&mut self, a: &'a Annex, indent: &str) {
        self.blank();
        self.line(indent, &common::annex_label(self.lang, a.num.as_deref()));
        if !a.heading.is_empty() {
            let heading = self.inlines(&a.heading);
            self.line(indent, &heading);
        }
        self.blank();
        self.blocks(&a.children, indent);
    }

    fn items(&mut self, items: &'a [ListItem], indent: &str) {
        for item in items {
            let text = self.inlines(&item.content);
            let label = item.label.trim();
            if label.is_empty() {
                self.line(indent, &text);
            } else {
                self.line(indent, &format!("{label} {}", text.trim()));
            }
            let inner = format!("{indent}  ");
            for child in &item.children {
                match child {
                    Block::List(l) => self.items(&l.items, &inner),
                    other => self.block(other, &inner),
                }
            }
        }
    }

    fn agenda(&mut self, items: &'a [AgendaItem], indent: &str) {
        for item in items {
            let text = self.inlines(&item.content);
            self.line(indent, &format!("{} {}", common::agenda_num(&item.num), text.trim()));
            let inner = format!("{indent}  ");
            self.agenda(&item.items, &inner);
        }
    }
}

//! Markdown (CommonMark with footnotes): `#` for parts and chapters, `##` for
//! sections, resolutions and decisions (`## Résolution 6/1`, title in bold
//! under it), `###` for subsections and unnumbered headings; numbered
//! paragraphs keep their numbers (`1\.`, escaped so Markdown does not
//! renumber them); lists as nested lists with their printed labels;
//! quotations as `>`; footnotes as `[^21]` with their definitions after the
//! document; symbols linked to `https://undocs.org/{lang}/{symbol}`; internal
//! references linked to `#id`, with an empty `<a id="…"></a>` anchor on
//! each node an internal reference points to (only those, to keep the text
//! plain).

use std::collections::{HashMap, HashSet};
use std::io::Write;

use plenary_model::{
    visit, AgendaItem, Annex, Block, Deliberation, Document, Footnote, Inline, ListItem, SectionLevel, Table,
};

use crate::common::{self, Notes};
use crate::RenderError;

/// Renders `doc` as Markdown.
#[must_use]
pub fn to_string(doc: &Document) -> String {
    let mut md = Markdown {
        lang: common::lang(doc),
        notes: Notes::new(doc),
        labels: footnote_labels(&doc.footnotes),
        depth: 0,
        targets: internal_targets(doc),
        anchored: HashSet::new(),
    };
    let mut parts = Vec::new();
    let m = &doc.metadata;
    if let Some(symbol) = &m.symbol {
        parts.push(protect_start(&escape(&symbol.to_string())));
    }
    if let Some(title) = &m.title {
        parts.push(format!("**{}**", escape(title.trim())));
    }
    if let Some(subtitle) = &m.subtitle {
        parts.push(protect_start(&escape(subtitle)));
    }
    let body = md.blocks(&doc.body);
    if !body.is_empty() {
        parts.push(body);
    }
    let mut definitions = Vec::new();
    for note in &doc.footnotes {
        let label = md.labels.get(&(note as *const Footnote)).cloned().unwrap_or_default();
        let text = md.inlines(&note.content);
        definitions.push(format!("[^{label}]: {}", text.trim()));
    }
    if !definitions.is_empty() {
        parts.push(definitions.join("\n"));
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Writes `doc` as Markdown to `out`.
///
/// # Errors
/// [`RenderError::Io`] if `out` fails.
pub fn write<W: Write>(doc: &Document, out: W) -> Result<(), RenderError> {
    crate::write_str(&to_string(doc), out)
}

/// Markdown footnote labels: the printed label when it is a plain word and
/// unique, otherwise the label with a counter.
fn footnote_labels(notes: &[Footnote]) -> HashMap<*const Footnote, String> {
    let mut seen = HashSet::new();
    let mut labels = HashMap::new();
    for (i, note) in notes.iter().enumerate() {
        let clean: String = note
            .label
            .trim()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
            .collect();
        let base = if clean.is_empty() {
            format!("fn{}", i + 1)
        } else {
            clean
        };
        let mut label = base.clone();
        let mut n = 2;
        while !seen.insert(label.clone()) {
            label = format!("{base}-{n}");
            n += 1;
        }
        labels.insert(note as *const Footnote, label);
    }
    labels
}

/// The fragments (`chp_I__sec_A__res_6-1`) the document's internal
/// references link to.
fn internal_targets(doc: &Document) -> HashSet<String> {
    let mut targets = HashSet::new();
    visit::walk(doc, &mut |node, _| {
        if let visit::Node::Inline(Inline::Reference(r)) = node {
            if let Some(fragment) = common::reference_href(r).and_then(|h| h.strip_prefix('#').map(str::to_owned)) {
                targets.insert(fragment);
            }
        }
    });
    targets
}

/// Escapes the characters Markdown gives a meaning to, and unwraps lines.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in common::one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Keeps the start of a line from reading as a list item, a heading
/// underline or a code block: `1. …` becomes `1\. …`, `- …` becomes `\- …`.
fn protect_start(s: &str) -> String {
    let s = s.trim_start();
    if s.starts_with(['-', '+', '=']) {
        return format!("\\{s}");
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(s[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &s[..digits], &s[digits..]);
    }
    s.to_owned()
}

/// Makes a URL safe as a Markdown link destination.
fn url(u: &str) -> String {
    let mut out = String::with_capacity(u.len());
    for c in u.trim().chars() {
        match c {
            ' ' | '\n' | '\r' | '\t' => out.push_str("%20"),
            '\\' => out.push_str("%5C"),
            '(' => out.push_str("\\("),
            ')' => out.push_str("\\)"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c => out.push(c),
        }
    }
    out
}

/// Indents every non-empty line by `prefix`.
fn indent(s: &str, prefix: &str) -> String {
    s.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

struct Markdown<'a> {
    lang: &'a str,
    notes: Notes<'a>,
    labels: HashMap<*const Footnote, String>,
    depth: usize,
    /// Fragments internal references link to.
    targets: HashSet<String>,
    /// Fragments that already have their anchor.
    anchored: HashSet<String>,
}

impl<'a> Markdown<'a> {
    /// `<a id="…"></a>` when an internal reference links to the node `id`
    /// and it has no anchor yet.
    fn anchor(&mut self, id: &str) -> Option<String> {
        let fragment = common::sanitize_id(id);
        if self.targets.contains(&fragment) && self.anchored.insert(fragment.clone()) {
            Some(format!("<a id=\"{}\"></a>", crate::html::escape(&fragment)))
        } else {
            None
        }
    }

    /// The anchor of a node that starts a Markdown block of its own (a
    /// heading, a list), on a line before it.
    fn anchor_before(&mut self, id: &str, rendered: String) -> String {
        match self.anchor(id) {
            Some(anchor) if !rendered.is_empty() => format!("{anchor}\n\n{rendered}"),
            _ => rendered,
        }
    }

    /// The anchor of a paragraph, at the start of its line.
    fn anchor_inline(&mut self, id: &str, line: String) -> String {
        match self.anchor(id) {
            Some(anchor) => format!("{anchor}{line}"),
            None => line,
        }
    }

    fn inlines(&mut self, inlines: &'a [Inline]) -> String {
        let mut s = String::new();
        for inline in inlines {
            match inline {
                Inline::Text(t) => s.push_str(&escape(&t.text)),
                Inline::FootnoteMarker(m) => {
                    match self.notes.of(m).and_then(|n| self.labels.get(&(n as *const Footnote))) {
                        Some(label) => s.push_str(&format!("[^{label}]")),
                        None => s.push_str(&format!("<sup>{}</sup>", crate::html::escape(m.label.trim()))),
                    }
                }
                Inline::Symbol(sym) => match sym.symbols.first() {
                    Some(first) => s.push_str(&format!(
                        "[{}]({})",
                        escape(&sym.text),
                        url(&common::undocs_url(self.lang, first))
                    )),
                    None => s.push_str(&escape(&sym.text)),
                },
                Inline::Reference(r) => match common::reference_href(r) {
                    Some(href) => s.push_str(&format!("[{}]({})", escape(&r.text), url(&href))),
                    None => s.push_str(&escape(&r.text)),
                },
                Inline::Date(d) => s.push_str(&escape(&d.text)),
                Inline::Unrecognized(u) => s.push_str(&escape(&u.text)),
            }
        }
        s
    }

    fn blocks(&mut self, blocks: &'a [Block]) -> String {
        let parts: Vec<String> = blocks.iter().map(|b| self.block(b)).filter(|s| !s.is_empty()).collect();
        parts.join("\n\n")
    }

    fn numbered(&mut self, num: Option<&str>, inlines: &'a [Inline]) -> String {
        let text = self.inlines(inlines);
        match common::num_dot(num) {
            Some(n) => protect_start(&format!("{} {}", escape(&n), text.trim())),
            None => protect_start(&text),
        }
    }

    fn heading(level: usize, text: &str) -> String {
        format!("{} {}", "#".repeat(level.clamp(1, 6)), text.trim())
    }

    fn block(&mut self, block: &'a Block) -> String {
        match block {
            // Paragraphs carry their anchor at the start of their line, annexes in `annex`.
            Block::Paragraph(_) | Block::Annex(_) => self.block_body(block),
            _ => {
                let rendered = self.block_body(block);
                self.anchor_before(block.id(), rendered)
            }
        }
    }

    fn block_body(&mut self, block: &'a Block) -> String {
        match block {
            Block::Section(s) => {
                let level = match s.level {
                    SectionLevel::Part | SectionLevel::Chapter => 1,
                    SectionLevel::Section => 2,
                    SectionLevel::Subsection | SectionLevel::Heading | SectionLevel::Article => 3,
                };
                let text = self.inlines(&s.heading);
                let text = match common::num_dot(s.num.as_deref()) {
                    Some(n) => format!("{} {}", escape(&n), text.trim()),
                    None => text,
                };
                self.depth += 1;
                let children = self.blocks(&s.children);
                self.depth -= 1;
                join(Self::heading(level, &text), children)
            }
            Block::Paragraph(p) => {
                let line = self.numbered(p.num.as_deref(), &p.content);
                let line = self.anchor_inline(&p.id, line);
                let children = self.blocks(&p.children);
                join(line, children)
            }
            Block::Resolution(d) | Block::Decision(d) => self.deliberation(d),
            Block::List(l) => self.items(&l.items),
            Block::Quotation(q) => {
                let inner = self.blocks(&q.children);
                inner
                    .lines()
                    .map(|l| if l.is_empty() { ">".to_owned() } else { format!("> {l}") })
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            Block::Officers(o) => common::officer_groups(&o.officers)
                .iter()
                .map(|(role, people)| {
                    format!(
                        "- {}",
                        protect_start(&escape(&format!("{role}: {}", people.join("; "))))
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Agenda(a) => self.agenda(&a.items),
            Block::Vote(v) => {
                let mut lines = vec![protect_start(&escape(&common::vote_statement(v)))];
                if !v.in_favour.is_empty() || !v.against.is_empty() || !v.abstaining.is_empty() {
                    lines.push(String::new());
                }
                for (label, members) in common::vote_groups(self.lang, v) {
                    lines.push(format!("- {}", protect_start(&escape(&format!("{label}: {members}")))));
                }
                lines.join("\n")
            }
            Block::Annex(a) => self.annex(a, self.depth + 1),
            Block::Table(t) => self.table(t),
            Block::Unrecognized(u) => protect_start(&escape(u.text.trim())),
        }
    }

    fn deliberation(&mut self, d: &'a Deliberation) -> String {
        let mut parts = vec![Self::heading(
            2,
            &escape(&common::deliberation_heading(self.lang, d.kind, &d.number)),
        )];
        let title = self.inlines(&d.title);
        if !title.trim().is_empty() {
            parts.push(format!("**{}**", title.trim()));
        }
        self.depth += 1;
        for p in d.adoption_note.iter().chain(&d.formula).chain(&d.preamble) {
            let line = self.numbered(p.num.as_deref(), &p.content);
            let line = self.anchor_inline(&p.id, line);
            let children = self.blocks(&p.children);
            parts.push(join(line, children));
        }
        parts.push(self.blocks(&d.operative));
        for annex in &d.annexes {
            parts.push(self.annex(annex, 3));
        }
        self.depth -= 1;
        parts.retain(|p| !p.is_empty());
        parts.join("\n\n")
    }

    fn annex(&mut self, a: &'a Annex, level: usize) -> String {
        let mut parts = Vec::new();
        parts.extend(self.anchor(&a.id));
        parts.push(Self::heading(
            level,
            &escape(&common::annex_label(self.lang, a.num.as_deref())),
        ));
        let heading = self.inlines(&a.heading);
        if !heading.trim().is_empty() {
            parts.push(format!("**{}**", heading.trim()));
        }
        self.depth += 1;
        parts.push(self.blocks(&a.children));
        self.depth -= 1;
        parts.retain(|p| !p.is_empty());
        parts.join("\n\n")
    }

    fn items(&mut self, items: &'a [ListItem]) -> String {
        let mut lines = Vec::new();
        for item in items {
            let text = self.inlines(&item.content);
            let label = item.label.trim();
            let body = if label.is_empty() {
                text.trim().to_owned()
            } else {
                format!("{} {}", escape(label), text.trim())
            };
            let body = protect_start(&body);
            let mut s = format!("- {}", self.anchor_inline(&item.id, body));
            for child in &item.children {
                let rendered = self.block(child);
                if rendered.is_empty() {
                    continue;
                }
                let sep = if matches!(child, Block::List(_)) { "\n" } else { "\n\n" };
                s.push_str(sep);
                s.push_str(&indent(&rendered, "  "));
            }
            lines.push(s);
        }
        lines.join("\n")
    }

    fn agenda(&mut self, items: &'a [AgendaItem]) -> String {
        let mut lines = Vec::new();
        for item in items {
            let text = self.inlines(&item.content);
            let line = protect_start(&format!("{} {}", escape(&common::agenda_num(&item.num)), text.trim()));
            let mut s = format!("- {}", self.anchor_inline(&item.id, line));
            if !item.items.is_empty() {
                s.push('\n');
                s.push_str(&indent(&self.agenda(&item.items), "  "));
            }
            lines.push(s);
        }
        lines.join("\n")
    }

    fn table(&mut self, t: &'a Table) -> String {
        let width = t.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        if width == 0 {
            return String::new();
        }
        let mut lines = Vec::new();
        for (i, row) in t.rows.iter().enumerate() {
            let mut cells: Vec<String> = row.cells.iter().map(|c| self.inlines(c).trim().to_owned()).collect();
            cells.resize(width, String::new());
            lines.push(format!("| {} |", cells.join(" | ")));
            if i == 0 {
                lines.push(format!("|{}", " --- |".repeat(width)));
            }
        }
        lines.join("\n")
    }
}

fn join(first: String, rest: String) -> String {
    if rest.is_empty() {
        first
    } else {
        format!("{first}\n\n{rest}")
    }
}

//! HTML: one standalone, accessible HTML5 page with `lang` (and `dir="rtl"`
//! for Arabic), a table of contents, an `id` equal to the node id on every
//! section, numbered paragraph, resolution and decision, footnote markers
//! linked to the footnotes and back, symbols linked to
//! `https://undocs.org/{lang}/{symbol}`, internal references linked to their
//! anchors, and a small embedded style sheet. No scripts: every character
//! `<`, `>`, `&`, `"` and `'` of the text is escaped.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;

use plenary_model::{AgendaItem, Annex, Block, Deliberation, Document, Footnote, Inline, ListItem, SectionLevel};

use crate::common::{self, Ids, Notes};
use crate::RenderError;

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}\
h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}\
a{color:#0645ad}\
header .symbol{font-family:system-ui,sans-serif;color:#555}\
nav{border:1px solid #ccc;padding:.5rem 1rem;margin:1rem 0 2rem}\
nav ol,ol.agenda,ul.list,.footnotes ol{list-style:none;padding-inline-start:1.25rem}\
nav>ol{padding-inline-start:0}\
.num,.label{font-weight:bold}\
.formula,.preamble{font-style:italic}\
.deliberation{border-top:1px solid #ccc;margin-top:2rem}\
blockquote{border-inline-start:3px solid #ccc;margin-inline:0;padding-inline-start:1rem}\
table{border-collapse:collapse;margin:1rem 0}td{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}\
dl.officers dt{font-weight:bold}\
.unrecognized{white-space:pre-wrap;background:#fff8e1}\
.footnotes{border-top:1px solid #999;margin-top:3rem;font-size:.9rem}\
sup a{text-decoration:none}";

/// Renders `doc` as a standalone HTML5 page.
#[must_use]
pub fn to_string(doc: &Document) -> String {
    let lang = common::lang(doc);
    let mut ids = Ids::default();
    ids.reserve("toc-heading");
    ids.reserve("notes-heading");
    let note_ids = ids.footnotes(doc);
    let mut h = Html {
        lang,
        notes: Notes::new(doc),
        ids,
        note_ids,
        backrefs: HashMap::new(),
        toc: Vec::new(),
        toc_depth: 0,
        depth: 1,
    };
    let mut main = String::new();
    h.blocks(&doc.body, &mut main);
    let mut footnotes = String::new();
    for note in &doc.footnotes {
        let key = note as *const Footnote;
        let id = h.note_ids.get(&key).cloned().unwrap_or_default();
        let content = h.inlines(&note.content);
        let _ = write!(
            footnotes,
            "<li id=\"{id}\"><span class=\"num\">{}</span> {}",
            escape(note.label.trim()),
            content.trim()
        );
        if let Some(back) = h.backrefs.get(&key) {
            let _ = write!(
                footnotes,
                " <a href=\"#{back}\" class=\"backref\" aria-label=\"{}\">\u{21a9}</a>",
                back_word(lang)
            );
        }
        footnotes.push_str("</li>\n");
    }

    let m = &doc.metadata;
    let heading = m
        .title
        .as_deref()
        .map(common::one_line)
        .or_else(|| m.symbol.as_ref().map(ToString::to_string))
        .unwrap_or_else(|| "Document".to_owned());
    let title = match (&m.symbol, &m.title) {
        (Some(symbol), Some(title)) => format!("{symbol}: {}", common::one_line(title)),
        _ => heading.clone(),
    };
    let dir = if common::is_rtl(lang) { "rtl" } else { "ltr" };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n",
        escape(lang),
        escape(title.trim())
    );
    // Without a title the symbol is the page's heading: print it once.
    if let (Some(symbol), Some(_)) = (&m.symbol, &m.title) {
        let _ = writeln!(out, "<p class=\"symbol\">{}</p>", escape(&symbol.to_string()));
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(heading.trim()));
    if let Some(subtitle) = &m.subtitle {
        let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", escape(&common::one_line(subtitle)));
    }
    out.push_str("</header>\n");
    if !h.toc.is_empty() {
        let _ = write!(
            out,
            "<nav aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">{}</h2>\n{}\n</nav>\n",
            common::contents_word(lang),
            toc(&h.toc)
        );
    }
    out.push_str("<main>\n");
    out.push_str(&main);
    out.push_str("</main>\n");
    if !footnotes.is_empty() {
        let _ = write!(
            out,
            "<section class=\"footnotes\" aria-labelledby=\"notes-heading\">\n<h2 id=\"notes-heading\">{}</h2>\n<ol>\n{footnotes}</ol>\n</section>\n",
            common::notes_word(lang)
        );
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Writes `doc` as a standalone HTML5 page to `out`.
///
/// # Errors
/// [`RenderError::Io`] if `out` fails.
pub fn write<W: Write>(doc: &Document, out: W) -> Result<(), RenderError> {
    crate::write_str(&to_string(doc), out)
}

/// Escapes `<`, `>`, `&`, `"` and `'`, and replaces control characters
/// (other than tab, line feed and carriage return) by U+FFFD.
pub(crate) fn escape(s: &str) -> String {
    common::escape_markup(s, "&#39;", char::is_control)
}

fn back_word(lang: &str) -> &'static str {
    match lang {
        "fr" => "Retour au texte",
        "es" => "Volver al texto",
        "ru" => "Назад к тексту",
        "ar" => "العودة إلى النص",
        "zh" => "返回正文",
        _ => "Back to the text",
    }
}

/// The table of contents as nested ordered lists.
fn toc(entries: &[(usize, String, String)]) -> String {
    let mut out = String::new();
    let mut open = 0usize;
    for (depth, id, label) in entries {
        let target = (depth + 1).min(open + 1);
        if target > open {
            out.push_str("<ol>");
            open = target;
        } else {
            out.push_str("</li>");
            while open > target {
                out.push_str("</ol></li>");
                open -= 1;
            }
        }
        let _ = write!(out, "\n<li><a href=\"#{id}\">{label}</a>");
    }
    if open > 0 {
        out.push_str("</li>");
        while open > 1 {
            out.push_str("</ol></li>");
            open -= 1;
        }
        out.push_str("</ol>");
    }
    out
}

/// Plain text of inlines without footnote markers, for the table of contents.
fn label_text(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for inline in inlines {
        if !matches!(inline, Inline::FootnoteMarker(_)) {
            s.push_str(inline.plain());
        }
    }
    common::one_line(&s).trim().to_owned()
}

struct Html<'a> {
    lang: &'a str,
    notes: Notes<'a>,
    ids: Ids,
    note_ids: HashMap<*const Footnote, String>,
    backrefs: HashMap<*const Footnote, String>,
    toc: Vec<(usize, String, String)>,
    toc_depth: usize,
    depth: usize,
}

impl<'a> Html<'a> {
    fn h(&self) -> usize {
        (self.depth + 1).min(6)
    }

    fn inlines(&mut self, inlines: &'a [Inline]) -> String {
        let mut s = String::new();
        for inline in inlines {
            match inline {
                Inline::Text(t) => s.push_str(&escape(&common::one_line(&t.text))),
                Inline::FootnoteMarker(m) => {
                    let label = escape(m.label.trim());
                    match self.notes.of(m) {
                        Some(note) => {
                            let key = note as *const Footnote;
                            let target = self.note_ids.get(&key).cloned().unwrap_or_default();
                            let id = self.ids.get(&m.id, "fnref", Some(m.label.trim()));
                            self.backrefs.entry(key).or_insert_with(|| id.clone());
                            let _ = write!(s, "<sup><a href=\"#{target}\" id=\"{id}\">{label}</a></sup>");
                        }
                        None => {
                            let _ = write!(s, "<sup>{label}</sup>");
                        }
                    }
                }
                Inline::Symbol(sym) => match sym.symbols.first() {
                    Some(first) => {
                        let _ = write!(
                            s,
                            "<a href=\"{}\">{}</a>",
                            escape(&common::undocs_url(self.lang, first)),
                            escape(&common::one_line(&sym.text))
                        );
                    }
                    None => s.push_str(&escape(&common::one_line(&sym.text))),
                },
                Inline::Reference(r) => match common::reference_href(r) {
                    Some(href) => {
                        let _ = write!(
                            s,
                            "<a href=\"{}\">{}</a>",
                            escape(&href),
                            escape(&common::one_line(&r.text))
                        );
                    }
                    None => s.push_str(&escape(&common::one_line(&r.text))),
                },
                Inline::Date(d) => {
                    let _ = write!(
                        s,
                        "<time datetime=\"{}\">{}</time>",
                        d.date.format("%Y-%m-%d"),
                        escape(&common::one_line(&d.text))
                    );
                }
                Inline::Unrecognized(u) => {
                    let _ = write!(s, "<span class=\"unrecognized\">{}</span>", escape(&u.text));
                }
            }
        }
        s
    }

    fn blocks(&mut self, blocks: &'a [Block], out: &mut String) {
        for block in blocks {
            self.block(block, out);
        }
    }

    fn numbered(&mut self, num: Option<&str>, inlines: &'a [Inline]) -> String {
        let text = self.inlines(inlines);
        match common::num_dot(num) {
            Some(n) => format!("<span class=\"num\">{}</span> {}", escape(&n), text.trim()),
            None => text.trim().to_owned(),
        }
    }

    fn paragraph(&mut self, p: &'a plenary_model::Paragraph, class: Option<&str>, out: &mut String) {
        let id = if p.id.trim().is_empty() && p.num.is_none() {
            None
        } else {
            Some(self.ids.get(&p.id, "para", p.num.as_deref()))
        };
        let id_attr = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
        let class_attr = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
        let line = self.numbered(p.num.as_deref(), &p.content);
        if p.children.is_empty() {
            let _ = writeln!(out, "<p{id_attr}{class_attr}>{line}</p>");
        } else {
            let _ = writeln!(out, "<div{id_attr} class=\"paragraph\">\n<p{class_attr}>{line}</p>");
            self.blocks(&p.children, out);
            out.push_str("</div>\n");
        }
    }

    fn block(&mut self, block: &'a Block, out: &mut String) {
        match block {
            Block::Section(s) => {
                let id = self.ids.get(&s.id, "sec", s.num.as_deref());
                let heading = self.inlines(&s.heading);
                let num = common::num_dot(s.num.as_deref());
                let in_toc = !matches!(s.level, SectionLevel::Heading | SectionLevel::Article);
                if in_toc {
                    let plain = match &num {
                        Some(n) => format!("{n} {}", label_text(&s.heading)),
                        None => label_text(&s.heading),
                    };
                    self.toc.push((self.toc_depth, id.clone(), escape(&plain)));
                }
                let heading = match num {
                    Some(n) => format!("{} {}", escape(&n), heading.trim()),
                    None => heading.trim().to_owned(),
                };
                let h = self.h();
                let _ = writeln!(out, "<section id=\"{id}\">\n<h{h}>{heading}</h{h}>");
                self.depth += 1;
                self.toc_depth += usize::from(in_toc);
                self.blocks(&s.children, out);
                self.toc_depth -= usize::from(in_toc);
                self.depth -= 1;
                out.push_str("</section>\n");
            }
            Block::Paragraph(p) => self.paragraph(p, None, out),
            Block::Resolution(d) | Block::Decision(d) => self.deliberation(d, out),
            Block::List(l) => self.items(&l.items, out),
            Block::Quotation(q) => {
                out.push_str("<blockquote>\n");
                self.blocks(&q.children, out);
                out.push_str("</blockquote>\n");
            }
            Block::Officers(o) => {
                out.push_str("<dl class=\"officers\">\n");
                for (role, people) in common::officer_groups(&o.officers) {
                    let _ = write!(out, "<dt>{}</dt>", escape(&role));
                    for person in people {
                        let _ = write!(out, "<dd>{}</dd>", escape(&person));
                    }
                    out.push('\n');
                }
                out.push_str("</dl>\n");
            }
            Block::Agenda(a) => self.agenda(&a.items, out),
            Block::Vote(v) => {
                let _ = writeln!(
                    out,
                    "<div class=\"vote\">\n<p>{}</p>",
                    escape(&common::vote_statement(v))
                );
                let groups = common::vote_groups(self.lang, v);
                if !groups.is_empty() {
                    out.push_str("<dl>\n");
                    for (label, members) in groups {
                        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(&members));
                    }
                    out.push_str("</dl>\n");
                }
                out.push_str("</div>\n");
            }
            Block::Annex(a) => self.annex(a, out),
            Block::Table(t) => {
                if t.rows.is_empty() {
                    return;
                }
                out.push_str("<table>\n<tbody>\n");
                for row in &t.rows {
                    out.push_str("<tr>");
                    for cell in &row.cells {
                        let content = self.inlines(cell);
                        let _ = write!(out, "<td>{}</td>", content.trim());
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Unrecognized(u) => {
                let _ = writeln!(out, "<p class=\"unrecognized\">{}</p>", escape(u.text.trim()));
            }
        }
    }

    fn deliberation(&mut self, d: &'a Deliberation, out: &mut String) {
        let word = common::deliberation_heading(self.lang, d.kind, &d.number);
        let prefix = match d.kind {
            plenary_model::DeliberationKind::Resolution => "res",
            plenary_model::DeliberationKind::Decision => "dec",
        };
        let id = self.ids.get(&d.id, prefix, Some(&d.number));
        self.toc.push((self.toc_depth, id.clone(), escape(&word)));
        let h = self.h();
        let _ = writeln!(
            out,
            "<article class=\"deliberation {prefix}\" id=\"{id}\">\n<h{h}>{}</h{h}>",
            escape(&word)
        );
        let title = self.inlines(&d.title);
        if !title.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"deliberation-title\"><strong>{}</strong></p>",
                title.trim()
            );
        }
        self.depth += 1;
        if let Some(note) = &d.adoption_note {
            self.paragraph(note, Some("adoption-note"), out);
        }
        if let Some(formula) = &d.formula {
            self.paragraph(formula, Some("formula"), out);
        }
        for p in &d.preamble {
            self.paragraph(p, Some("preamble"), out);
        }
        self.blocks(&d.operative, out);
        for annex in &d.annexes {
            self.annex(annex, out);
        }
        self.depth -= 1;
        out.push_str("</article>\n");
    }

    fn annex(&mut self, a: &'a Annex, out: &mut String) {
        let id = self.ids.get(&a.id, "annex", a.num.as_deref());
        let label = common::annex_label(self.lang, a.num.as_deref());
        if self.toc_depth == 0 {
            self.toc.push((0, id.clone(), escape(&label)));
        }
        let h = self.h();
        let _ = writeln!(
            out,
            "<section class=\"annex\" id=\"{id}\">\n<h{h}>{}</h{h}>",
            escape(&label)
        );
        let heading = self.inlines(&a.heading);
        if !heading.trim().is_empty() {
            let _ = writeln!(out, "<p class=\"annex-title\"><strong>{}</strong></p>", heading.trim());
        }
        self.depth += 1;
        self.blocks(&a.children, out);
        self.depth -= 1;
        out.push_str("</section>\n");
    }

    fn items(&mut self, items: &'a [ListItem], out: &mut String) {
        out.push_str("<ul class=\"list\">\n");
        for item in items {
            let id = if item.id.trim().is_empty() {
                String::new()
            } else {
                format!(" id=\"{}\"", self.ids.get(&item.id, "item", None))
            };
            let text = self.inlines(&item.content);
            let label = item.label.trim();
            if label.is_empty() {
                let _ = write!(out, "<li{id}>{}", text.trim());
            } else {
                let _ = write!(
                    out,
                    "<li{id}><span class=\"label\">{}</span> {}",
                    escape(label),
                    text.trim()
                );
            }
            if !item.children.is_empty() {
                out.push('\n');
                self.blocks(&item.children, out);
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }

    fn agenda(&mut self, items: &'a [AgendaItem], out: &mut String) {
        out.push_str("<ol class=\"agenda\">\n");
        for item in items {
            let text = self.inlines(&item.content);
            let _ = write!(
                out,
                "<li><span class=\"num\">{}</span> {}",
                escape(&common::agenda_num(&item.num)),
                text.trim()
            );
            if !item.items.is_empty() {
                out.push('\n');
                self.agenda(&item.items, out);
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
}

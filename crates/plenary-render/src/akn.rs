//! Akoma Ntoso 3.0 XML following AKN4UN.
//!
//! A report is a `debateReport name="conferenceReport"`; a document whose
//! kind is a resolution, a decision or a draft is a `statement` (subtype
//! deliberation). Inside a report each resolution and decision stays where it
//! stands: an `hcontainer` (`name="resolution"` or `"decision"`, `eId` the
//! node id) whose content embeds the `statement` in an `embeddedStructure`,
//! with its own `meta`, `preface`, `preamble` (enacting formula and
//! preambular paragraphs as recitals), `mainBody` of `paragraph` with `num`
//! and `content`, and `attachments` for annexes. Footnotes are
//! `authorialNote` elements where their first marker stands. The mapping of
//! every node is in `docs/akn-mapping.md`.
//!
//! The output is always well-formed: characters XML 1.0 forbids become
//! U+FFFD and `&`, `<`, `>`, `"`, `'` are escaped everywhere;
//! [`to_string_with_diagnostics`] reports each node where a character was
//! replaced.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write;

use plenary_model::{
    plain_text, visit, AgendaItem, Annex, Block, Deliberation, DeliberationKind, Diagnostic, Document, DocumentKind,
    Footnote, Inline, ListItem, Paragraph, SectionLevel, Severity, Span,
};

use crate::common::{self, Ids, Notes};
use crate::RenderError;

/// The Akoma Ntoso 3.0 namespace.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// Renders `doc` as Akoma Ntoso XML.
#[must_use]
pub fn to_string(doc: &Document) -> String {
    let lang = common::lang(doc);
    let mut ids = Ids::default();
    for reserved in ["plenary", "author", "editor", "publicationJobNumber"] {
        ids.reserve(reserved);
    }
    let actor = actor(doc);
    ids.reserve(&actor);
    let note_ids = ids.footnotes(doc);
    let mut a = Akn {
        doc,
        lang,
        notes: Notes::new(doc),
        ids,
        note_ids,
        placed: HashSet::new(),
        actor,
        date: doc_date(doc),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"{NAMESPACE}\">"
    );
    a.document(&mut out);
    out.push_str("</akomaNtoso>\n");
    out
}

/// Renders `doc` as Akoma Ntoso XML, with one `xml-forbidden-character`
/// warning for each node whose text holds characters XML 1.0 forbids (C0
/// controls other than tab, LF and CR; U+FFFE; U+FFFF), which the XML shows
/// as U+FFFD.
///
/// ```
/// use plenary_model::{Block, Document, Inline, Paragraph};
/// let mut doc = Document::default();
/// doc.body.push(Block::Paragraph(Paragraph::new(Some("1."), vec![Inline::text("a\u{0}b")])));
/// let (xml, diagnostics) = plenary_render::akn::to_string_with_diagnostics(&doc);
/// assert!(xml.contains("a\u{fffd}b"));
/// assert_eq!(diagnostics[0].code, "xml-forbidden-character");
/// ```
#[must_use]
pub fn to_string_with_diagnostics(doc: &Document) -> (String, Vec<Diagnostic>) {
    (to_string(doc), forbidden_characters(doc))
}

/// True for a character XML 1.0 forbids (its `Char` production leaves it out).
const fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// Builds the `xml-forbidden-character` diagnostic for `count` characters,
/// the first `first`, in the text of `what` at `span`.
///
/// Triggered by a paragraph reading `Texte\0 suite`.
fn xml_forbidden_character(what: &str, first: char, count: usize, span: Option<Span>) -> Diagnostic {
    let s = if count == 1 { "" } else { "s" };
    Diagnostic::new(
        "xml-forbidden-character",
        Severity::Warning,
        format!(
            "{count} character{s} XML 1.0 forbids, the first U+{:04X}, in the {what} replaced by U+FFFD in the Akoma Ntoso output",
            u32::from(first)
        ),
        span,
    )
    .with_help(
        "XML 1.0 cannot hold control characters other than tab, line feed and carriage return, nor U+FFFE and \
         U+FFFF; the Akoma Ntoso output shows each as U+FFFD so that it stays well-formed. The other formats keep \
         them.",
    )
}

/// One diagnostic per node or metadata field whose text holds characters
/// XML 1.0 forbids, in reading order.
fn forbidden_characters(doc: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut check = |what: &str, text: &str, span: Option<Span>| {
        let mut forbidden = text.chars().filter(|&c| is_forbidden(c));
        if let Some(first) = forbidden.next() {
            out.push(xml_forbidden_character(what, first, 1 + forbidden.count(), span));
        }
    };
    let m = &doc.metadata;
    for (what, value) in [
        ("title", &m.title),
        ("subtitle", &m.subtitle),
        ("issuing body", &m.body),
    ] {
        if let Some(value) = value {
            check(what, value, None);
        }
    }
    if let Some(place) = m.session.as_ref().and_then(|s| s.place.as_ref()) {
        check("session place", place, None);
    }
    for item in &m.agenda_items {
        check("agenda item", item, None);
    }
    visit::walk(doc, &mut |node, _| match node {
        visit::Node::Inline(i) => check("text", i.plain(), i.span()),
        visit::Node::Paragraph(p) => check("paragraph number", p.num.as_deref().unwrap_or(""), p.span),
        visit::Node::Block(b) => match b {
            Block::Section(x) => check("section number", x.num.as_deref().unwrap_or(""), x.heading_span),
            Block::Paragraph(x) => check("paragraph number", x.num.as_deref().unwrap_or(""), x.span),
            Block::Resolution(d) | Block::Decision(d) => check("deliberation number", &d.number, d.span),
            Block::List(l) => {
                for item in &l.items {
                    check("list label", &item.label, item.span);
                }
            }
            Block::Officers(o) => {
                for x in &o.officers {
                    let country = x.country.as_deref().unwrap_or("");
                    check("officer", &format!("{}{}{country}", x.role, x.name), x.span);
                }
            }
            Block::Agenda(a) => agenda_labels(&a.items, &mut check),
            Block::Vote(v) => {
                let members = [&v.in_favour, &v.against, &v.abstaining].map(|m| m.concat()).concat();
                check("vote record", &format!("{}{members}", v.statement), v.span);
            }
            Block::Annex(a) => check("annex number", a.num.as_deref().unwrap_or(""), a.span),
            Block::Unrecognized(u) => check("unrecognized text", &u.text, u.span),
            Block::Quotation(_) | Block::Table(_) => {}
        },
    });
    for note in &doc.footnotes {
        check("footnote label", &note.label, note.span);
    }
    for f in &doc.furniture {
        check("page furniture", &f.text, f.span);
    }
    out
}

fn agenda_labels(items: &[AgendaItem], check: &mut impl FnMut(&str, &str, Option<Span>)) {
    for item in items {
        check("agenda number", &item.num, item.span);
        agenda_labels(&item.items, check);
    }
}

/// Writes `doc` as Akoma Ntoso XML to `out`.
///
/// # Errors
/// [`RenderError::Io`] if `out` fails.
pub fn write<W: Write>(doc: &Document, out: W) -> Result<(), RenderError> {
    crate::write_str(&to_string(doc), out)
}

/// Escapes text for XML content and attributes; characters XML 1.0 forbids
/// become U+FFFD.
fn esc(s: &str) -> String {
    common::escape_markup(s, "&apos;", is_forbidden)
}

/// Text on one line, escaped.
fn esc1(s: &str) -> String {
    esc(&common::one_line(s))
}

/// A value usable in an IRI component: `/` becomes `-`, white space `_`,
/// anything else outside letters, digits, `-`, `_`, `.` is dropped.
fn iri_part(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars() {
        match c {
            '/' => out.push('-'),
            c if c.is_whitespace() => out.push('_'),
            c if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') => out.push(c),
            _ => {}
        }
    }
    out
}

/// The author body's slug from the symbol's leading series (`CTOC/COP/2012/15`
/// is `ctoc-cop`), else from the issuing body's name, else `un`.
fn actor(doc: &Document) -> String {
    const NATURE: [&str; 12] = [
        "RES", "DEC", "PRST", "INF", "L", "CRP", "NGO", "PET", "PV", "SR", "WP", "R",
    ];
    if let Some(symbol) = &doc.metadata.symbol {
        let mut parts = Vec::new();
        for part in symbol.parts() {
            let bare = part.trim_end_matches(|c: char| c == '.' || c.is_ascii_digit());
            if part.chars().any(|c| c.is_ascii_digit()) && bare.is_empty() || NATURE.contains(&bare) {
                break;
            }
            if part.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                break;
            }
            parts.push(part.to_lowercase());
        }
        let slug = iri_part(&parts.join("-"));
        if !slug.is_empty() {
            return common::sanitize_id(&slug);
        }
    }
    if let Some(body) = &doc.metadata.body {
        let slug: String = iri_part(&body.to_lowercase());
        if !slug.is_empty() {
            return common::sanitize_id(&slug);
        }
    }
    "un".to_owned()
}

/// The document's date and what it is: issue date, else the session's last or
/// first day, else `0001-01-01` named `unknown`.
fn doc_date(doc: &Document) -> (String, &'static str) {
    let m = &doc.metadata;
    if let Some(d) = m.date {
        return (d.format("%Y-%m-%d").to_string(), "issued");
    }
    if let Some(session) = &m.session {
        if let Some(d) = session.end.or(session.start) {
            return (d.format("%Y-%m-%d").to_string(), "session");
        }
    }
    ("0001-01-01".to_owned(), "unknown")
}

/// What a `meta` block says.
struct MetaInfo {
    doc_type: &'static str,
    subtype: String,
    name: String,
    number: String,
    number_show: String,
    date: String,
    date_name: &'static str,
    /// The work's title, written as `FRBRalias name="title"` (what cobalt's
    /// `title` reads): see [`doc_title`].
    title: String,
    component: String,
    /// Prefix of the eIds of the `references` entries, empty for the outer document.
    scope: String,
}

struct Akn<'a> {
    doc: &'a Document,
    lang: &'a str,
    notes: Notes<'a>,
    ids: Ids,
    note_ids: HashMap<*const Footnote, String>,
    placed: HashSet<*const Footnote>,
    actor: String,
    date: (String, &'static str),
}

impl<'a> Akn<'a> {
    fn document(&mut self, out: &mut String) {
        let doc = self.doc;
        let m = &doc.metadata;
        let symbol = m.symbol.as_ref().map(ToString::to_string);
        let number_show = symbol.clone().unwrap_or_default();
        let number = iri_part(&number_show);
        let number = if number.is_empty() { "1".to_owned() } else { number };
        let main = |doc_type, subtype: &str, name: &str, title: String| MetaInfo {
            doc_type,
            subtype: subtype.to_owned(),
            name: name.to_owned(),
            number: number.clone(),
            number_show: number_show.clone(),
            date: self.date.0.clone(),
            date_name: self.date.1,
            title,
            component: "main".to_owned(),
            scope: String::new(),
        };
        match m.kind {
            DocumentKind::Report => {
                let info = main(
                    "debateReport",
                    "report",
                    "conferenceReport",
                    doc_title(doc, None, "conferenceReport"),
                );
                out.push_str("<debateReport name=\"conferenceReport\">\n");
                self.meta(&info, out);
                self.preface(out);
                self.main_body(&doc.body, true, out);
                out.push_str("</debateReport>\n");
            }
            DocumentKind::Resolution | DocumentKind::Decision | DocumentKind::Draft | DocumentKind::Amendment => {
                let found = doc.body.iter().position(common::is_deliberation);
                let d = found.and_then(|i| match &doc.body[i] {
                    Block::Resolution(d) | Block::Decision(d) => Some(d),
                    _ => None,
                });
                let name = statement_name(m.kind, d.map(|d| d.kind));
                let info = main(
                    "statement",
                    "deliberation",
                    &name,
                    doc_title(doc, d.map(|d| &**d), &name),
                );
                match (found, d) {
                    (Some(i), Some(d)) => {
                        let others: Vec<&'a Block> = doc
                            .body
                            .iter()
                            .enumerate()
                            .filter(|(j, _)| *j != i)
                            .map(|(_, b)| b)
                            .collect();
                        self.statement(d, &info, true, &others, out);
                    }
                    _ => {
                        let _ = writeln!(out, "<statement name=\"{}\">", esc(&name));
                        self.meta(&info, out);
                        self.preface(out);
                        self.main_body(&doc.body, true, out);
                        out.push_str("</statement>\n");
                    }
                }
            }
            DocumentKind::Treaty | DocumentKind::Declaration | DocumentKind::Other => {
                let name = match m.kind {
                    DocumentKind::Treaty => "treaty",
                    DocumentKind::Declaration => "declaration",
                    _ => "document",
                };
                let info = main("doc", name, name, doc_title(doc, None, name));
                let _ = writeln!(out, "<doc name=\"{name}\">");
                self.meta(&info, out);
                self.preface(out);
                self.main_body(&doc.body, true, out);
                out.push_str("</doc>\n");
            }
        }
    }

    fn meta(&mut self, info: &MetaInfo, out: &mut String) {
        let work = format!(
            "/akn/un/{}/{}/{}/{}/{}",
            info.doc_type,
            iri_part(&info.subtype),
            self.actor,
            info.date,
            info.number
        );
        let lang3 = common::lang3(self.lang);
        let expression = format!("{work}/{lang3}@{}", info.date);
        let c = &info.component;
        let scope = |id: &str| {
            if info.scope.is_empty() {
                id.to_owned()
            } else {
                format!("{}__{id}", info.scope)
            }
        };
        let (org, plenary, author, editor) = (scope(&self.actor), scope("plenary"), scope("author"), scope("editor"));
        let date = &info.date;
        let date_name = info.date_name;
        let show = if info.number_show.is_empty() {
            info.name.clone()
        } else {
            info.number_show.clone()
        };
        let body_name = self
            .doc
            .metadata
            .body
            .clone()
            .unwrap_or_else(|| self.actor.to_uppercase());
        let _ = write!(
            out,
            "<meta>\n<identification source=\"#{plenary}\">\n\
             <FRBRWork>\n<FRBRthis value=\"{work}/!{c}\"/>\n<FRBRuri value=\"{work}\"/>\n\
             <FRBRalias value=\"{}\" name=\"title\"/>\n\
             <FRBRdate date=\"{date}\" name=\"{date_name}\"/>\n<FRBRauthor href=\"#{org}\" as=\"#{author}\"/>\n\
             <FRBRcountry value=\"un\"/>\n<FRBRsubtype value=\"{}\"/>\n<FRBRnumber value=\"{}\" showAs=\"{}\"/>\n\
             <FRBRname value=\"{}\"/>\n</FRBRWork>\n\
             <FRBRExpression>\n<FRBRthis value=\"{expression}/!{c}\"/>\n<FRBRuri value=\"{expression}\"/>\n\
             <FRBRdate date=\"{date}\" name=\"{date_name}\"/>\n<FRBRauthor href=\"#{org}\" as=\"#{author}\"/>\n\
             <FRBRlanguage language=\"{lang3}\"/>\n</FRBRExpression>\n\
             <FRBRManifestation>\n<FRBRthis value=\"{expression}/!{c}.xml\"/>\n<FRBRuri value=\"{expression}.xml\"/>\n\
             <FRBRdate date=\"{date}\" name=\"{date_name}\"/>\n<FRBRauthor href=\"#{plenary}\" as=\"#{editor}\"/>\n\
             </FRBRManifestation>\n</identification>\n\
             <publication date=\"{date}\" name=\"{}\" showAs=\"{}\"/>\n\
             <references source=\"#{plenary}\">\n\
             <TLCOrganization eId=\"{org}\" href=\"/ontology/organization/un/{}\" showAs=\"{}\"/>\n\
             <TLCOrganization eId=\"{plenary}\" href=\"/ontology/organization/plenary\" showAs=\"plenary\"/>\n\
             <TLCRole eId=\"{author}\" href=\"/ontology/role/author\" showAs=\"Author\"/>\n\
             <TLCRole eId=\"{editor}\" href=\"/ontology/role/editor\" showAs=\"Editor\"/>\n",
            esc1(&info.title),
            esc(&iri_part(&info.subtype)),
            esc(&info.number),
            esc(&show),
            esc(&info.name),
            esc(&info.name),
            esc(&show),
            self.actor,
            esc1(&body_name),
        );
        if info.scope.is_empty() && self.doc.metadata.job_number.is_some() {
            out.push_str(
                "<TLCConcept eId=\"publicationJobNumber\" href=\"/ontology/concept/un/publicationJobNumber\" showAs=\"Job number\"/>\n",
            );
        }
        out.push_str("</references>\n</meta>\n");
    }

    /// The outer document's preface: symbol, title, subtitle, job number.
    fn preface(&mut self, out: &mut String) {
        let m = &self.doc.metadata;
        let mut p = String::new();
        if let Some(symbol) = &m.symbol {
            let _ = writeln!(p, "<p><docNumber>{}</docNumber></p>", esc(&symbol.to_string()));
        }
        if let Some(title) = &m.title {
            let _ = writeln!(p, "<p><docTitle>{}</docTitle></p>", esc1(title.trim()));
        }
        if let Some(subtitle) = &m.subtitle {
            let _ = writeln!(p, "<p class=\"subtitle\">{}</p>", esc1(subtitle.trim()));
        }
        if let Some(job) = &m.job_number {
            let _ = writeln!(
                p,
                "<p><docketNumber refersTo=\"#publicationJobNumber\">{}</docketNumber></p>",
                esc(job.as_str())
            );
        }
        if !p.is_empty() {
            let _ = write!(out, "<preface>\n{p}</preface>\n");
        }
    }

    fn main_body(&mut self, blocks: impl IntoIterator<Item = &'a Block>, outer: bool, out: &mut String) {
        let mut body = String::new();
        for block in blocks {
            self.hier(block, &mut body);
        }
        if outer {
            self.unplaced_notes(&mut body);
        }
        if body.is_empty() {
            body.push_str("<p/>\n");
        }
        let _ = write!(out, "<mainBody>\n{body}</mainBody>\n");
    }

    /// Footnotes no marker placed, so that no text is lost.
    fn unplaced_notes(&mut self, out: &mut String) {
        let doc = self.doc;
        let rest: Vec<&'a Footnote> = doc
            .footnotes
            .iter()
            .filter(|n| !self.placed.contains(&(*n as *const Footnote)))
            .collect();
        if rest.is_empty() {
            return;
        }
        let eid = self.ids.get("unplacedFootnotes", "unplacedFootnotes", None);
        let _ = write!(out, "<hcontainer name=\"footnotes\" eId=\"{eid}\">\n<content>\n<p>");
        for note in rest {
            if !self.placed.contains(&(note as *const Footnote)) {
                let note_xml = self.note(note);
                out.push_str(&note_xml);
            }
        }
        out.push_str("</p>\n</content>\n</hcontainer>\n");
    }

    fn note(&mut self, note: &'a Footnote) -> String {
        let key = note as *const Footnote;
        self.placed.insert(key);
        let eid = self.note_ids.get(&key).cloned().unwrap_or_default();
        let content = self.inlines(&note.content);
        format!(
            "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{eid}\"><p>{}</p></authorialNote>",
            esc(note.label.trim()),
            content.trim()
        )
    }

    fn inlines(&mut self, inlines: &'a [Inline]) -> String {
        let mut s = String::new();
        for inline in inlines {
            match inline {
                Inline::Text(t) => s.push_str(&esc1(&t.text)),
                Inline::FootnoteMarker(m) => match self.notes.of(m) {
                    Some(note) if !self.placed.contains(&(note as *const Footnote)) => {
                        let xml = self.note(note);
                        let _ = write!(s, "<sup>{xml}</sup>");
                    }
                    Some(note) => {
                        let eid = self
                            .note_ids
                            .get(&(note as *const Footnote))
                            .cloned()
                            .unwrap_or_default();
                        let _ = write!(
                            s,
                            "<sup><noteRef href=\"#{eid}\" marker=\"{}\"/></sup>",
                            esc(m.label.trim())
                        );
                    }
                    None => {
                        let _ = write!(s, "<sup>{}</sup>", esc(m.label.trim()));
                    }
                },
                Inline::Symbol(sym) => match sym.symbols.first() {
                    Some(first) => {
                        let eid = self.eid_attr(&sym.id);
                        let _ = write!(
                            s,
                            "<ref{eid} href=\"{}\">{}</ref>",
                            esc(&common::undocs_url(self.lang, first)),
                            esc1(&sym.text)
                        );
                    }
                    None => s.push_str(&esc1(&sym.text)),
                },
                Inline::Reference(r) => match common::reference_href(r) {
                    Some(href) => {
                        let eid = self.eid_attr(&r.id);
                        let _ = write!(s, "<ref{eid} href=\"{}\">{}</ref>", esc(&href), esc1(&r.text));
                    }
                    None => s.push_str(&esc1(&r.text)),
                },
                Inline::Date(d) => {
                    let _ = write!(
                        s,
                        "<date date=\"{}\">{}</date>",
                        d.date.format("%Y-%m-%d"),
                        esc1(&d.text)
                    );
                }
                Inline::Unrecognized(u) => {
                    let _ = write!(s, "<span class=\"unrecognized\">{}</span>", esc(&u.text));
                }
            }
        }
        s.trim().to_owned()
    }

    /// ` eId="…"` for a node with a model id, nothing for one without.
    fn eid_attr(&mut self, id: &str) -> String {
        if id.trim().is_empty() {
            String::new()
        } else {
            format!(" eId=\"{}\"", self.ids.get(id, "n", None))
        }
    }

    fn num(num: Option<&str>) -> String {
        match common::num_dot(num) {
            Some(n) => format!("<num>{}</num>", esc1(&n)),
            None => String::new(),
        }
    }

    /// A block where hierarchical elements are expected (`mainBody`, `chapter`, …).
    fn hier(&mut self, block: &'a Block, out: &mut String) {
        match block {
            Block::Section(s) => {
                let (element, name) = match s.level {
                    SectionLevel::Part => ("part", ""),
                    SectionLevel::Chapter => ("chapter", ""),
                    SectionLevel::Section => ("section", ""),
                    SectionLevel::Subsection => ("subsection", ""),
                    SectionLevel::Article => ("article", ""),
                    SectionLevel::Heading => ("hcontainer", " name=\"heading\""),
                };
                let eid = self.ids.get(&s.id, element, s.num.as_deref());
                let heading = self.inlines(&s.heading);
                let _ = writeln!(
                    out,
                    "<{element}{name} eId=\"{eid}\">{}<heading>{heading}</heading>",
                    Self::num(s.num.as_deref())
                );
                for child in &s.children {
                    self.hier(child, out);
                }
                let _ = writeln!(out, "</{element}>");
            }
            Block::Paragraph(p) => self.paragraph(p, out),
            Block::List(l) => {
                let eid = self.ids.get(&l.id, "list", None);
                let _ = writeln!(out, "<list eId=\"{eid}\">");
                self.points(&l.items, out);
                out.push_str("</list>\n");
            }
            Block::Annex(a) => {
                let eid = self.ids.get(&a.id, "annex", a.num.as_deref());
                let heading = self.inlines(&a.heading);
                let _ = writeln!(
                    out,
                    "<hcontainer name=\"annex\" eId=\"{eid}\"><num>{}</num><heading>{heading}</heading>",
                    esc(&common::annex_label(self.lang, a.num.as_deref()))
                );
                for child in &a.children {
                    self.hier(child, out);
                }
                out.push_str("</hcontainer>\n");
            }
            Block::Resolution(d) | Block::Decision(d) => {
                let name = match d.kind {
                    DeliberationKind::Resolution => "resolution",
                    DeliberationKind::Decision => "decision",
                };
                let prefix = if name == "resolution" { "res" } else { "dec" };
                let eid = self.ids.get(&d.id, prefix, Some(&d.number));
                let _ = writeln!(out, "<hcontainer name=\"{name}\" eId=\"{eid}\">\n<content>\n<p>");
                let inner = self.ids.get(&format!("{eid}__statement"), "statement", None);
                let _ = writeln!(out, "<embeddedStructure eId=\"{inner}\">");
                let info = self.embedded_info(d, &eid);
                self.statement(d, &info, false, &[], out);
                out.push_str("</embeddedStructure>\n</p>\n</content>\n</hcontainer>\n");
            }
            Block::Quotation(_)
            | Block::Officers(_)
            | Block::Agenda(_)
            | Block::Table(_)
            | Block::Vote(_)
            | Block::Unrecognized(_) => {
                let (name, id, prefix) = match block {
                    Block::Quotation(_) => ("quotation", block.id(), "quot"),
                    Block::Officers(_) => ("officers", block.id(), "officers"),
                    Block::Vote(_) => ("vote", block.id(), "vote"),
                    Block::Agenda(_) => ("agenda", block.id(), "agenda"),
                    Block::Table(_) => ("table", block.id(), "table"),
                    _ => ("unrecognized", block.id(), "unrecognized"),
                };
                let eid = self.ids.get(id, prefix, None);
                let _ = writeln!(out, "<hcontainer name=\"{name}\" eId=\"{eid}\">\n<content>");
                self.block_content(block, out);
                out.push_str("</content>\n</hcontainer>\n");
            }
        }
    }

    fn paragraph(&mut self, p: &'a Paragraph, out: &mut String) {
        let eid = self.ids.get(&p.id, "para", p.num.as_deref());
        let text = self.inlines(&p.content);
        let _ = write!(out, "<paragraph eId=\"{eid}\">{}", Self::num(p.num.as_deref()));
        self.hier_body("paragraph", &text, &p.children, out);
    }

    /// The rest of a hierarchical element after its `num`: its text as `content`,
    /// or, with children, as `intro` followed by them; then the closing tag.
    fn hier_body(&mut self, element: &str, text: &str, children: &'a [Block], out: &mut String) {
        if children.is_empty() {
            let _ = writeln!(out, "<content><p>{text}</p></content></{element}>");
        } else {
            if !text.is_empty() {
                let _ = write!(out, "<intro><p>{text}</p></intro>");
            }
            out.push('\n');
            for child in children {
                self.hier(child, out);
            }
            let _ = writeln!(out, "</{element}>");
        }
    }

    fn points(&mut self, items: &'a [ListItem], out: &mut String) {
        for item in items {
            let eid = self.ids.get(
                &item.id,
                "point",
                Some(item.label.trim_matches(|c: char| !c.is_alphanumeric())),
            );
            let text = self.inlines(&item.content);
            let label = item.label.trim();
            let num = if label.is_empty() {
                String::new()
            } else {
                format!("<num>{}</num>", esc1(label))
            };
            let _ = write!(out, "<point eId=\"{eid}\">{num}");
            self.hier_body("point", &text, &item.children, out);
        }
    }

    /// A block where block elements are expected (`content`, `recital`, `item`).
    fn block_content(&mut self, block: &'a Block, out: &mut String) {
        match block {
            Block::Section(s) => {
                let heading = self.inlines(&s.heading);
                let eid = self.eid_attr(&s.id);
                let num = common::num_dot(s.num.as_deref())
                    .map(|n| format!("{} ", esc1(&n)))
                    .unwrap_or_default();
                let _ = writeln!(out, "<p{eid} class=\"heading\">{num}{heading}</p>");
                for child in &s.children {
                    self.block_content(child, out);
                }
            }
            Block::Paragraph(p) => {
                let eid = self.eid_attr(&p.id);
                let num = common::num_dot(p.num.as_deref())
                    .map(|n| format!("{} ", esc1(&n)))
                    .unwrap_or_default();
                let text = self.inlines(&p.content);
                let _ = writeln!(out, "<p{eid}>{num}{text}</p>");
                for child in &p.children {
                    self.block_content(child, out);
                }
            }
            Block::Annex(a) => {
                let heading = self.inlines(&a.heading);
                let eid = self.eid_attr(&a.id);
                let _ = writeln!(
                    out,
                    "<p{eid} class=\"heading\">{} {heading}</p>",
                    esc(&common::annex_label(self.lang, a.num.as_deref()))
                );
                for child in &a.children {
                    self.block_content(child, out);
                }
            }
            Block::Resolution(_) | Block::Decision(_) => {
                // Rare: a deliberation inside a block container is embedded in a paragraph.
                let mut inner = String::new();
                self.hier(block, &mut inner);
                let _ = writeln!(out, "<p><subFlow name=\"deliberation\">\n{inner}</subFlow></p>");
            }
            Block::List(l) => self.block_list(&l.id, &l.items, out),
            Block::Quotation(q) => {
                let eid = self.ids.get(&format!("{}__quoted", q.id.trim()), "quoted", None);
                let mut inner = String::new();
                for child in &q.children {
                    self.hier(child, &mut inner);
                }
                if inner.is_empty() {
                    inner.push_str("<p/>\n");
                }
                let _ = write!(
                    out,
                    "<p><embeddedStructure eId=\"{eid}\">\n{inner}</embeddedStructure></p>\n"
                );
            }
            Block::Officers(o) => {
                if o.officers.is_empty() {
                    out.push_str("<p/>\n");
                    return;
                }
                let eid = self.ids.get(&format!("{}__list", o.id.trim()), "officers_list", None);
                let _ = writeln!(out, "<blockList eId=\"{eid}\">");
                for officer in &o.officers {
                    let mut s = format!("{}: {}", officer.role.trim(), officer.name.trim());
                    if let Some(c) = &officer.country {
                        let _ = write!(s, " ({})", c.trim());
                    }
                    let _ = writeln!(out, "<item><p>{}</p></item>", esc1(&s));
                }
                out.push_str("</blockList>\n");
            }
            Block::Agenda(a) => self.agenda(&a.id, &a.items, out),
            Block::Vote(v) => {
                let _ = writeln!(out, "<p class=\"vote\">{}</p>", esc1(&common::vote_statement(v)));
                let groups = common::vote_groups(self.lang, v);
                if !groups.is_empty() {
                    let eid = self.ids.get(&format!("{}__list", v.id.trim()), "vote_list", None);
                    let _ = writeln!(out, "<blockList eId=\"{eid}\">");
                    for (label, members) in groups {
                        let _ = writeln!(out, "<item><p>{}: {}</p></item>", esc1(label), esc1(&members));
                    }
                    out.push_str("</blockList>\n");
                }
            }
            Block::Table(t) => {
                if t.rows.is_empty() {
                    out.push_str("<p/>\n");
                    return;
                }
                let eid = self.ids.get(&format!("{}__table", t.id.trim()), "table", None);
                let _ = writeln!(out, "<table eId=\"{eid}\">");
                for row in &t.rows {
                    out.push_str("<tr>");
                    if row.cells.is_empty() {
                        out.push_str("<td><p/></td>");
                    }
                    for cell in &row.cells {
                        let text = self.inlines(cell);
                        let _ = write!(out, "<td><p>{text}</p></td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
            Block::Unrecognized(u) => {
                let _ = writeln!(out, "<p class=\"unrecognized\">{}</p>", esc(u.text.trim()));
            }
        }
    }

    fn block_list(&mut self, id: &str, items: &'a [ListItem], out: &mut String) {
        if items.is_empty() {
            out.push_str("<p/>\n");
            return;
        }
        let eid = self.ids.get(id, "list", None);
        let _ = writeln!(out, "<blockList eId=\"{eid}\">");
        for item in items {
            let eid = self.ids.get(&item.id, "item", None);
            let label = item.label.trim();
            let num = if label.is_empty() {
                String::new()
            } else {
                format!("<num>{}</num>", esc1(label))
            };
            let text = self.inlines(&item.content);
            let _ = writeln!(out, "<item eId=\"{eid}\">{num}<p>{text}</p>");
            for child in &item.children {
                self.block_content(child, out);
            }
            out.push_str("</item>\n");
        }
        out.push_str("</blockList>\n");
    }

    fn agenda(&mut self, id: &str, items: &'a [AgendaItem], out: &mut String) {
        if items.is_empty() {
            out.push_str("<p/>\n");
            return;
        }
        let eid = self.ids.get(&format!("{}__list", id.trim()), "agenda_list", None);
        let _ = writeln!(out, "<blockList eId=\"{eid}\">");
        for item in items {
            let eid = self.ids.get(&item.id, "item", Some(&item.num));
            let text = self.inlines(&item.content);
            let _ = writeln!(
                out,
                "<item eId=\"{eid}\"><num>{}</num><p>{text}</p>",
                esc1(&common::agenda_num(&item.num))
            );
            if !item.items.is_empty() {
                self.agenda(&item.id, &item.items, out);
            }
            out.push_str("</item>\n");
        }
        out.push_str("</blockList>\n");
    }

    fn embedded_info(&self, d: &Deliberation, eid: &str) -> MetaInfo {
        let (date, date_name) = match d.adoption.as_ref().and_then(|a| a.date) {
            Some(date) => (date.format("%Y-%m-%d").to_string(), "adoption"),
            None => self.date.clone(),
        };
        let number = iri_part(&d.number);
        MetaInfo {
            doc_type: "statement",
            subtype: "deliberation".to_owned(),
            name: statement_name(DocumentKind::Report, Some(d.kind)),
            number: if number.is_empty() { eid.to_owned() } else { number },
            number_show: d.number.trim().to_owned(),
            date,
            date_name,
            title: non_empty(plain_text(&d.title))
                .unwrap_or_else(|| common::deliberation_heading(self.lang, d.kind, &d.number)),
            component: "main".to_owned(),
            scope: eid.to_owned(),
        }
    }

    /// A resolution or decision as a `statement`; `others` are the outer
    /// document's other blocks when the statement is the document.
    fn statement(&mut self, d: &'a Deliberation, info: &MetaInfo, outer: bool, others: &[&'a Block], out: &mut String) {
        let _ = writeln!(out, "<statement name=\"{}\">", esc(&info.name));
        self.meta(info, out);
        let heading = common::deliberation_heading(self.lang, d.kind, &d.number);
        let title = self.inlines(&d.title);
        out.push_str("<preface>\n");
        if outer {
            if let Some(symbol) = &self.doc.metadata.symbol {
                let _ = writeln!(out, "<p><docNumber>{}</docNumber></p>", esc(&symbol.to_string()));
            }
            let _ = writeln!(out, "<p class=\"heading\">{}</p>", esc1(&heading));
        } else {
            let _ = writeln!(out, "<p><docNumber>{}</docNumber></p>", esc1(&heading));
        }
        if !title.is_empty() {
            let _ = writeln!(out, "<p><docTitle>{title}</docTitle></p>");
        }
        if let Some(note) = &d.adoption_note {
            let _ = writeln!(out, "<p class=\"adoptionNote\">{}</p>", self.inlines(&note.content));
        }
        if outer {
            if let Some(job) = &self.doc.metadata.job_number {
                let _ = writeln!(
                    out,
                    "<p><docketNumber refersTo=\"#publicationJobNumber\">{}</docketNumber></p>",
                    esc(job.as_str())
                );
            }
        }
        out.push_str("</preface>\n");
        let base = if d.id.trim().is_empty() {
            info.scope.clone()
        } else {
            common::sanitize_id(&d.id)
        };
        let scoped = |s: &str| {
            if base.is_empty() {
                s.to_owned()
            } else {
                format!("{base}__{s}")
            }
        };
        if d.formula.is_some() || !d.preamble.is_empty() {
            out.push_str("<preamble>\n");
            if let Some(formula) = &d.formula {
                let eid = if formula.id.trim().is_empty() {
                    self.ids.get(&scoped("formula"), "formula", None)
                } else {
                    self.ids.get(&formula.id, "formula", None)
                };
                let _ = writeln!(out, "<formula name=\"enactingFormula\" eId=\"{eid}\">");
                self.block_content_paragraph(formula, out);
                out.push_str("</formula>\n");
            }
            if !d.preamble.is_empty() {
                let eid = self.ids.get(&scoped("recitals"), "recitals", None);
                let _ = writeln!(out, "<recitals eId=\"{eid}\">");
                for p in &d.preamble {
                    let eid = self.ids.get(&p.id, &scoped("recital"), None);
                    let _ = write!(out, "<recital eId=\"{eid}\">{}", Self::num(p.num.as_deref()));
                    let text = self.inlines(&p.content);
                    let _ = writeln!(out, "<p>{text}</p>");
                    for child in &p.children {
                        self.block_content(child, out);
                    }
                    out.push_str("</recital>\n");
                }
                out.push_str("</recitals>\n");
            }
            out.push_str("</preamble>\n");
        }
        self.main_body(d.operative.iter().chain(others.iter().copied()), outer, out);
        if !d.annexes.is_empty() {
            out.push_str("<attachments>\n");
            for (i, annex) in d.annexes.iter().enumerate() {
                self.attachment(annex, i + 1, info, out);
            }
            out.push_str("</attachments>\n");
        }
        out.push_str("</statement>\n");
    }

    fn block_content_paragraph(&mut self, p: &'a Paragraph, out: &mut String) {
        let text = self.inlines(&p.content);
        let _ = writeln!(out, "<p>{text}</p>");
        for child in &p.children {
            self.block_content(child, out);
        }
    }

    fn attachment(&mut self, annex: &'a Annex, n: usize, parent: &MetaInfo, out: &mut String) {
        let eid = self.ids.get(&annex.id, "annex", Some(&n.to_string()));
        let info = MetaInfo {
            doc_type: parent.doc_type,
            subtype: parent.subtype.clone(),
            name: "annex".to_owned(),
            number: parent.number.clone(),
            number_show: parent.number_show.clone(),
            date: parent.date.clone(),
            date_name: parent.date_name,
            title: non_empty(plain_text(&annex.heading))
                .unwrap_or_else(|| common::annex_label(self.lang, annex.num.as_deref())),
            component: format!("annex_{n}"),
            scope: eid.clone(),
        };
        let _ = writeln!(out, "<attachment eId=\"{eid}\">\n<doc name=\"annex\">");
        self.meta(&info, out);
        let heading = self.inlines(&annex.heading);
        let _ = writeln!(
            out,
            "<preface>\n<p><docNumber>{}</docNumber></p>",
            esc(&common::annex_label(self.lang, annex.num.as_deref()))
        );
        if !heading.is_empty() {
            let _ = writeln!(out, "<p><docTitle>{heading}</docTitle></p>");
        }
        out.push_str("</preface>\n");
        self.main_body(&annex.children, false, out);
        out.push_str("</doc>\n</attachment>\n");
    }
}

/// The title of the outer document, for `FRBRalias name="title"`: its title;
/// else the title of the resolution or decision it is; else its symbol; else
/// the heading of an unnumbered heading that opens it (`Universal Declaration
/// of Human Rights`); else `name`, the `FRBRname` (`treaty`). Never empty, so
/// every document has a title.
fn doc_title(doc: &Document, deliberation: Option<&Deliberation>, name: &str) -> String {
    let m = &doc.metadata;
    m.title
        .as_deref()
        .and_then(|t| non_empty(t.to_owned()))
        .or_else(|| deliberation.and_then(|d| non_empty(plain_text(&d.title))))
        .or_else(|| m.symbol.as_ref().map(ToString::to_string))
        .or_else(|| match doc.body.first() {
            Some(Block::Section(s)) if s.level == SectionLevel::Heading && s.num.is_none() => {
                non_empty(plain_text(&s.heading))
            }
            _ => None,
        })
        .unwrap_or_else(|| name.to_owned())
}

/// `text` trimmed, or None when nothing is left.
fn non_empty(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// `resolution`, `decision`, `resolutionDraft`, `decisionDraft` or `amendment`.
fn statement_name(kind: DocumentKind, deliberation: Option<DeliberationKind>) -> String {
    if kind == DocumentKind::Amendment {
        return "amendment".to_owned();
    }
    let base = match (kind, deliberation) {
        (DocumentKind::Decision, _) | (_, Some(DeliberationKind::Decision)) => "decision",
        _ => "resolution",
    };
    if kind == DocumentKind::Draft {
        format!("{base}Draft")
    } else {
        base.to_owned()
    }
}

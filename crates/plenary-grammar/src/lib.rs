//! The grammar of plenary: the plain text of a UN document to a
//! [`plenary_model::Document`], in nom.
//!
//! Entry point: [`parse`]. It never fails and never panics: what no rule
//! recognises is kept as an `unrecognized` node with a diagnostic.
//!
//! ```
//! let doc = plenary_grammar::parse("1. La Conférence a adopté le rapport sur les travaux de sa session.\n");
//! assert_eq!(doc.metadata.language.as_deref(), Some("fr"));
//! assert_eq!(doc.body.len(), 1);
//! ```
//!
//! The work runs in three passes:
//! 1. [`layout`]: lines, page furniture and footnote blocks;
//! 2. [`block`]: sections, paragraphs, resolutions and decisions, lists…;
//! 3. [`inline`]: footnote markers, document symbols and references inside each block.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod block;
pub mod inline;
pub mod lang;
pub mod layout;
pub mod util;

use plenary_model::{Block, Document, DocumentKind, Footnote, JobNumber, Span, Symbol};

use block::{BodyLine, Parser};
use layout::Role;

/// Parses `text` into a document. Never fails and never panics.
#[must_use]
pub fn parse(text: &str) -> Document {
    let lang = lang::detect(text);
    let laid = layout::layout(text);
    let mut body = Vec::new();
    let (mut blank, mut removed) = (false, false);
    for (i, line) in laid.lines.iter().enumerate() {
        match laid.roles.get(i) {
            Some(Role::Body) => {
                body.push(BodyLine {
                    start: line.content_start,
                    end: line.content_end,
                    blank_before: blank || removed,
                    removed_before: removed,
                });
                blank = false;
                removed = false;
            }
            Some(Role::Blank) => blank = true,
            _ => removed = true,
        }
        if line.ends_page {
            removed = true;
        }
    }
    let labels = laid.footnotes.iter().map(|f| f.label.clone()).collect();
    let mut parser = Parser::new(text, lang, body, labels);
    let blocks = parser.parse_body();
    let footnotes = laid
        .footnotes
        .iter()
        .map(|raw| {
            let mut segments = Vec::with_capacity(raw.lines.len());
            for (k, &l) in raw.lines.iter().enumerate() {
                let Some(line) = laid.lines.get(l) else { continue };
                let start = if k == 0 {
                    raw.text_start.min(line.content_end)
                } else {
                    line.content_start
                };
                segments.push((start, line.content_end));
            }
            let content = inline::content::build(text, &segments, lang, &mut parser.inline, false);
            let end = raw
                .lines
                .last()
                .and_then(|&l| laid.lines.get(l))
                .map_or(raw.label_span.end, |l| u32::try_from(l.content_end).unwrap_or(u32::MAX));
            Footnote {
                id: format!("fn_{}", raw.label),
                span: Some(Span::new(raw.label_span.start, end)),
                label: raw.label.clone(),
                content,
            }
        })
        .collect();
    let mut doc = Document {
        body: blocks,
        footnotes,
        furniture: laid.furniture,
        diagnostics: std::mem::take(&mut parser.diagnostics),
        ..Document::default()
    };
    let meta = &mut doc.metadata;
    meta.length = u32::try_from(text.len()).unwrap_or(u32::MAX);
    meta.language = Some(lang.code.to_owned());
    meta.symbol = laid.header_symbol.as_deref().and_then(|s| {
        inline::symbol::parse_symbol(s)
            .ok()
            .or_else(|| s.parse::<Symbol>().ok())
    });
    meta.job_number = laid
        .job_number
        .as_deref()
        .map(|j| inline::symbol::parse_job_number(j).unwrap_or_else(|| JobNumber::new(j)));
    meta.kind = document_kind(&doc.body);
    doc.metadata.session = find_session(&doc.body, lang);
    doc
}

fn document_kind(body: &[Block]) -> DocumentKind {
    match body {
        [Block::Resolution(_)] => DocumentKind::Resolution,
        [Block::Decision(_)] => DocumentKind::Decision,
        _ => DocumentKind::Report,
    }
}

/// The session, from the first report paragraphs that name one.
fn find_session(body: &[Block], lang: &lang::Lang) -> Option<plenary_model::Session> {
    let mut found = None;
    let mut seen = 0;
    plenary_model::visit::walk_blocks(body, plenary_model::visit::Scope::default(), &mut |node, scope| {
        if found.is_some() || seen > 10 || scope.in_deliberation {
            return;
        }
        if let plenary_model::visit::Node::Block(Block::Paragraph(p)) = node {
            if p.num.is_some() {
                seen += 1;
                found = block::session::read_session(&plenary_model::plain_text(&p.content), lang);
            }
        }
    });
    found
}

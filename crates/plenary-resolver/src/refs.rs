//! The references of a document as a flat list, for `plenary refs`.
//!
//! ```
//! use plenary_model::{Document, Footnote, FootnoteMarker, Inline, Paragraph, Block};
//! use plenary_resolver::refs::reference_index;
//! let mut doc = Document::default();
//! doc.body.push(Block::Paragraph(Paragraph::new(Some("1"), vec![
//!     Inline::text("organisée"),
//!     Inline::FootnoteMarker(FootnoteMarker { id: "fnref_3".into(), span: None, label: "3".into(), footnote: None }),
//! ])));
//! doc.footnotes.push(Footnote { id: "fn_3".into(), span: None, label: "3".into(), content: vec![] });
//! plenary_resolver::resolve(&mut doc);
//! let json = serde_json::to_string(&reference_index(&doc)).unwrap();
//! assert_eq!(json, r#"[{"kind":"footnote","text":"3","span":null,"target":{"id":"fn_3"}}]"#);
//! ```

use plenary_model::{visit, DeliberationKind, Document, Inline, ReferenceKind, Span, Symbol, Target};
use serde::Serialize;

use crate::registry;

/// One reference as `plenary refs` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefEntry {
    /// `footnote`, `ibid`, `internal`, `draft`, `resolution`, `decision`, `treaty`, `provision` or `symbol`.
    pub kind: ReferenceKind,
    /// The words as written, unwrapped (for a symbol of a list, the symbol itself).
    pub text: String,
    /// Where, in bytes of the input; `null` for a node built by hand.
    pub span: Option<Span>,
    /// What it is bound to; `null` when unresolved.
    pub target: Option<RefTarget>,
}

/// A target as `plenary refs` writes it: `{ "id" }` inside the document;
/// `{ "symbol", "url", "details"? }`, `{ "treaty": { … } }`, `{ "instrument",
/// "provision" }` or `{ "series", "deliberation", "number", "symbol"?, "url"? }` outside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RefTarget {
    /// A node of the document.
    Node {
        /// Its id, as in `plenary parse` output.
        id: String,
    },
    /// An external document.
    Document {
        /// Its symbol.
        symbol: Symbol,
        /// Its link.
        url: String,
        /// The part cited (`annexe IV`).
        #[serde(skip_serializing_if = "Option::is_none")]
        details: Option<String>,
    },
    /// A treaty series entry.
    Treaty {
        /// The entry.
        treaty: TreatyView,
    },
    /// A provision of an instrument.
    Provision {
        /// The instrument.
        instrument: String,
        /// The provision.
        provision: String,
    },
    /// A resolution or decision of another body or session.
    Deliberation {
        /// The body's series (`CTOC/COP`, `A`).
        series: String,
        /// Resolution or decision.
        deliberation: DeliberationKind,
        /// The number (`5/1`).
        number: String,
        /// Its symbol, when its series gives one.
        #[serde(skip_serializing_if = "Option::is_none")]
        symbol: Option<Symbol>,
        /// Its link, when it has a symbol.
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
}

/// A treaty series entry: series, volumes, registration number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TreatyView {
    /// `UNTS`.
    pub series: String,
    /// Volumes.
    pub volumes: Vec<String>,
    /// Registration number.
    pub number: String,
}

impl From<&Target> for RefTarget {
    fn from(target: &Target) -> Self {
        match target {
            Target::Node { id } => RefTarget::Node { id: id.clone() },
            Target::Document { symbol, url, details } => RefTarget::Document {
                symbol: symbol.clone(),
                url: url.clone(),
                details: details.clone(),
            },
            Target::Treaty {
                series,
                volumes,
                number,
            } => RefTarget::Treaty {
                treaty: TreatyView {
                    series: series.clone(),
                    volumes: volumes.clone(),
                    number: number.clone(),
                },
            },
            Target::Provision { instrument, provision } => RefTarget::Provision {
                instrument: instrument.clone(),
                provision: provision.clone(),
            },
            Target::Deliberation {
                series,
                deliberation,
                number,
                symbol,
                url,
            } => RefTarget::Deliberation {
                series: series.clone(),
                deliberation: *deliberation,
                number: number.clone(),
                symbol: symbol.clone(),
                url: url.clone(),
            },
        }
    }
}

/// Every reference of `doc` in reading order (body, then footnotes):
/// footnote markers, references, and each symbol of each symbol citation.
#[must_use]
pub fn reference_index(doc: &Document) -> Vec<RefEntry> {
    let lang = doc.metadata.language.as_deref().unwrap_or("en");
    let mut out = Vec::new();
    visit::walk(doc, &mut |node, _| {
        let visit::Node::Inline(inline) = node else { return };
        match inline {
            Inline::FootnoteMarker(m) => out.push(RefEntry {
                kind: ReferenceKind::Footnote,
                text: m.label.clone(),
                span: m.span,
                target: m.footnote.as_ref().map(|id| RefTarget::Node { id: id.clone() }),
            }),
            Inline::Reference(r) => out.push(RefEntry {
                kind: r.cited.kind(),
                text: r.text.clone(),
                span: r.span,
                target: r.target.as_ref().map(RefTarget::from),
            }),
            Inline::Symbol(s) => {
                for symbol in &s.symbols {
                    out.push(RefEntry {
                        kind: ReferenceKind::Symbol,
                        text: if s.symbols.len() == 1 {
                            s.text.clone()
                        } else {
                            symbol.to_string()
                        },
                        span: s.span,
                        target: Some(RefTarget::Document {
                            symbol: symbol.clone(),
                            url: registry::url(symbol, lang),
                            details: None,
                        }),
                    });
                }
            }
            _ => {}
        }
    });
    out
}

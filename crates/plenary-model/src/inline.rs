//! Inline nodes: text, footnote markers, document symbols, references, dates.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Reference, Span, Symbol, Unrecognized};

/// A run of content inside a block.
///
/// In JSON each inline is an object tagged by `"type"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Inline {
    /// Plain text, with line breaks of the source unwrapped.
    Text(Text),
    /// A footnote marker (`organisée3` holds marker `3`).
    FootnoteMarker(FootnoteMarker),
    /// One or more document symbols as written (`A/60/88 et Corr.2`).
    Symbol(SymbolCitation),
    /// A reference: cross-reference, citation of a resolution, a treaty, a provision.
    // Boxed: a reference is about 340 bytes and a text run 40, and every
    // inline takes the size of the largest variant. Unboxed, the inlines
    // held about a fifth of a parsed document's memory. The box changes
    // nothing in the JSON form or the schema.
    Reference(Box<Reference>),
    /// A date as written (`19 octobre 2012`).
    Date(DateInline),
    /// Inline text no rule recognised.
    Unrecognized(Unrecognized),
}

impl Inline {
    /// A text inline built by hand.
    #[must_use]
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text(Text {
            text: text.into(),
            span: None,
        })
    }

    /// The span, if any.
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        match self {
            Inline::Text(i) => i.span,
            Inline::FootnoteMarker(i) => i.span,
            Inline::Symbol(i) => i.span,
            Inline::Reference(i) => i.span,
            Inline::Date(i) => i.span,
            Inline::Unrecognized(i) => i.span,
        }
    }

    /// The text as it reads (unwrapped), for plain-text output.
    #[must_use]
    pub fn plain(&self) -> &str {
        match self {
            Inline::Text(i) => &i.text,
            Inline::FootnoteMarker(i) => &i.label,
            Inline::Symbol(i) => &i.text,
            Inline::Reference(i) => &i.text,
            Inline::Date(i) => &i.text,
            Inline::Unrecognized(i) => &i.text,
        }
    }
}

/// Concatenates the plain text of inlines.
#[must_use]
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        out.push_str(inline.plain());
    }
    out
}

/// Plain text. Source line breaks are read as spaces; a hyphen at a line end
/// that joins a compound (`auto-` / `évaluation`) is kept without the space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Text {
    /// The text.
    pub text: String,
    /// Span in the source (it may cover line breaks and removed furniture).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A footnote marker in running text, and the footnote it points to.
///
/// ```text
/// du 30 mai au 1er juin 201221,     (the year 2012, then marker 21)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FootnoteMarker {
    /// Stable id (`fnref_21`).
    pub id: String,
    /// Span of the marker digits (or `1/`, `a`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The label as printed (`21`, `1/` is `1`).
    pub label: String,
    /// Id of the footnote (`fn_21`), once linked.
    pub footnote: Option<String>,
}

impl FootnoteMarker {
    /// True when the marker calls a star note ([`is_star_label`]).
    #[must_use]
    pub fn is_star(&self) -> bool {
        is_star_label(&self.label)
    }
}

/// True when `label` is a star note's (`*`, `**`, `***`): a note a page
/// calls with asterisks, most often from its masthead (the document was
/// reissued, not edited, or a sponsor is no member), numbered apart from
/// the numbered notes.
///
/// ```
/// assert!(plenary_model::is_star_label("**"));
/// assert!(!plenary_model::is_star_label("2"));
/// assert!(!plenary_model::is_star_label(""));
/// ```
#[must_use]
pub fn is_star_label(label: &str) -> bool {
    !label.is_empty() && label.bytes().all(|b| b == b'*')
}

/// The part of a footnote's or marker's id that names its label: the label
/// itself, or for a star note `star`, `star2`, `star3` (ids hold no `*`).
///
/// ```
/// assert_eq!(plenary_model::label_id("21"), "21");
/// assert_eq!(plenary_model::label_id("*"), "star");
/// assert_eq!(plenary_model::label_id("**"), "star2");
/// ```
#[must_use]
pub fn label_id(label: &str) -> std::borrow::Cow<'_, str> {
    match label.len() {
        _ if !is_star_label(label) => std::borrow::Cow::Borrowed(label),
        1 => std::borrow::Cow::Borrowed("star"),
        n => std::borrow::Cow::Owned(format!("star{n}")),
    }
}

/// A footnote: its label and content.
///
/// ```text
/// __________________
///  21 CTOC/COP/WG.7/2012/6.
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Footnote {
    /// Stable id (`fn_21`).
    pub id: String,
    /// Span of the footnote, label included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The label as printed (`21`; `1/` is `1`).
    pub label: String,
    /// The footnote text.
    pub content: Vec<Inline>,
}

impl Footnote {
    /// True when this is a star note (label `*`, `**`, `***`; see
    /// [`is_star_label`]).
    #[must_use]
    pub fn is_star(&self) -> bool {
        is_star_label(&self.label)
    }
}

/// Document symbols as written in the text, expanded.
///
/// ```text
/// CTOC/COP/2012/L.1 et Add.1 à 9     (ten symbols)
/// A/60/88 et Corr.2                  (two symbols)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SymbolCitation {
    /// Stable id (`sym_12`).
    pub id: String,
    /// Span of the written form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The written form, unwrapped.
    pub text: String,
    /// The symbols it names, in normal form.
    pub symbols: Vec<Symbol>,
}

/// A date as written, and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DateInline {
    /// Span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// As written.
    pub text: String,
    /// The date.
    pub date: NaiveDate,
}

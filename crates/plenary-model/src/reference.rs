//! References: what the grammar read, and what the resolver bound it to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{DeliberationKind, Span, Symbol};

/// A reference in the text: the words as written, what they cite, and once
/// resolved, their target.
///
/// ```text
/// (Pour le texte, voir chap. I, sect. A, résolution 6/1.)
/// résolution 64/293 de l’Assemblée générale
/// Nations Unies, Recueil des Traités, vol. 2225, n° 39574
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// Stable id (`ref_12`).
    pub id: String,
    /// Span of the written form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The written form, unwrapped.
    pub text: String,
    /// What the words cite, as read.
    pub cited: Cited,
    /// What it was bound to; `None` until resolved, or when it could not be.
    pub target: Option<Target>,
}

/// The kind of a reference, as `plenary refs` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ReferenceKind {
    /// A footnote marker.
    Footnote,
    /// `Ibid.`
    Ibid,
    /// A cross-reference inside the document.
    Internal,
    /// A draft adopted as a resolution or decision.
    Draft,
    /// A resolution cited by number.
    Resolution,
    /// A decision cited by number.
    Decision,
    /// A treaty in a treaty series.
    Treaty,
    /// A provision of an instrument (`article 32 de la Convention`).
    Provision,
    /// A document symbol.
    Symbol,
}

/// Who issued a cited resolution or decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Issuer {
    /// The body whose document this is (`sa résolution 5/1`, `its resolution`).
    Own,
    /// Another body, as named (`de l’Assemblée générale`), with its symbol series when known (`A`).
    Body {
        /// The name as printed.
        name: String,
        /// The symbol series (`A`, `S`, `E`, `A/HRC`), when known.
        series: Option<String>,
    },
    /// Not said.
    Unknown,
}

/// What a reference cites, as read by the grammar (no lookup yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Cited {
    /// `Ibid.` with what follows (`vol. 2237, 2241 et 2326, n° 39574`, `annexe IV`).
    Ibid {
        /// What follows `Ibid.,`, if anything.
        details: Option<String>,
    },
    /// A place in this document (`chap. I, sect. A, résolution 6/1`).
    #[serde(rename_all = "camelCase")]
    Internal {
        /// Chapter number (`I`).
        chapter: Option<String>,
        /// Section letter (`A`).
        section: Option<String>,
        /// Resolution or decision.
        deliberation: Option<DeliberationKind>,
        /// Its number (`6/1`).
        number: Option<String>,
        /// A paragraph number.
        paragraph: Option<String>,
    },
    /// A draft adopted as a resolution or decision, with the adoption facts read
    /// from the paragraph that reports it.
    #[serde(rename_all = "camelCase")]
    Draft {
        /// The draft's symbol, if named.
        draft: Option<Symbol>,
        /// Resolution or decision.
        deliberation: DeliberationKind,
        /// The number it was adopted as (`6/1`).
        number: String,
        /// Date of the meeting.
        date: Option<NaiveDate>,
        /// The meeting as printed (`10e séance`).
        meeting: Option<String>,
        /// Sponsors as listed.
        sponsors: Vec<String>,
    },
    /// A resolution cited by number.
    #[serde(rename_all = "camelCase")]
    Resolution {
        /// Number as printed (`5/1`, `64/293`, `217 (III)`).
        number: String,
        /// Who issued it.
        issuer: Issuer,
        /// Date of adoption, if given.
        date: Option<NaiveDate>,
    },
    /// A decision cited by number.
    #[serde(rename_all = "camelCase")]
    Decision {
        /// Number as printed.
        number: String,
        /// Who issued it.
        issuer: Issuer,
        /// Date, if given.
        date: Option<NaiveDate>,
    },
    /// A treaty series entry.
    #[serde(rename_all = "camelCase")]
    Treaty {
        /// `United Nations Treaty Series` and kin, normalised to `UNTS`.
        series: String,
        /// Volumes (`2225`, `2237`).
        volumes: Vec<String>,
        /// Registration number (`39574`).
        number: String,
    },
    /// A provision of an instrument.
    #[serde(rename_all = "camelCase")]
    Provision {
        /// The instrument as printed (`Convention`, `Protocole relatif aux migrants`, `Règlement intérieur`).
        instrument: String,
        /// The provision (`article 32`, `paragraphe 2 c) de l’article 30`).
        provision: String,
    },
}

impl Cited {
    /// The kind name used by `plenary refs`.
    #[must_use]
    pub fn kind(&self) -> ReferenceKind {
        match self {
            Cited::Ibid { .. } => ReferenceKind::Ibid,
            Cited::Internal { .. } => ReferenceKind::Internal,
            Cited::Draft { .. } => ReferenceKind::Draft,
            Cited::Resolution { .. } => ReferenceKind::Resolution,
            Cited::Decision { .. } => ReferenceKind::Decision,
            Cited::Treaty { .. } => ReferenceKind::Treaty,
            Cited::Provision { .. } => ReferenceKind::Provision,
        }
    }
}

/// What a reference was bound to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Target {
    /// A node of this document, by id.
    Node {
        /// The node id, as in `plenary parse` output.
        id: String,
    },
    /// An external document by symbol, with what part of it (`annexe IV`).
    Document {
        /// The symbol, normal form.
        symbol: Symbol,
        /// `https://undocs.org/{lang}/{symbol}`.
        url: String,
        /// Part of the document (`annexe IV`), if any.
        details: Option<String>,
    },
    /// A resolution or decision of a body that has no symbol in the text.
    #[serde(rename_all = "camelCase")]
    Deliberation {
        /// The body's symbol series (`CTOC/COP`, `A`).
        series: String,
        /// Resolution or decision.
        deliberation: DeliberationKind,
        /// The number (`5/1`).
        number: String,
        /// Its symbol, where the series gives one (`A/RES/64/293`).
        symbol: Option<Symbol>,
        /// Its link, where it has a symbol.
        url: Option<String>,
    },
    /// A treaty series entry.
    Treaty {
        /// Series (`UNTS`).
        series: String,
        /// Volumes.
        volumes: Vec<String>,
        /// Registration number.
        number: String,
    },
    /// A provision of an instrument.
    Provision {
        /// The instrument.
        instrument: String,
        /// The provision.
        provision: String,
    },
}

//! UN document symbols, job numbers and sales numbers.
//!
//! A [`Symbol`] keeps its components as written in normal form (the strings
//! between slashes) and reads their roles from them on demand: series or
//! organ, subsidiary bodies, session or year, nature, number, modifiers.
//! Classifying on demand keeps the stored form the single source of truth, so
//! that `Display` and `FromStr` round-trip exactly.
//!
//! ```text
//! CTOC/COP/WG.4/2011/8        series CTOC/COP, body WG.4, year 2011, number 8
//! CTOC/COP/2012/L.4/Rev.2     series CTOC/COP, year 2012, nature L. number 4, modifier Rev.2
//! S/RES/1440 (2002)           series S, nature RES, number 1440, year in parentheses
//! ```
//!
//! This module holds no parser of running text: `plenary-grammar` finds
//! symbols in text; [`Symbol`]'s `FromStr` reads one symbol already in
//! normal form.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Known series and organs that open a symbol, longest first where one
/// extends another (`A/HRC` before `A`).
///
/// A symbol whose first component is not here may still be one when it has
/// the shape of one (upper-case letters, then `/`, then a numbered component).
pub const KNOWN_SERIES: &[&str] = &[
    "A/HRC", "CTOC/COP", "CAC/COSP", "CCPR/C", "CEDAW/C", "CRC/C", "CERD/C", "CAT/C", "CMW/C", "CRPD/C", "CED/C",
    "FCCC/CP", "A", "S", "E", "ST", "T", "TD", "UNEP", "DP", "HRI", "ECE", "ICCD", "UNW", "CTOC", "CAC", "CCPR",
    "CEDAW", "CRC", "CERD", "CAT", "CMW", "CRPD", "CED", "FCCC", "SPLOS", "ISBA", "IDB", "PBC", "UNCITRAL",
];

/// Prefixes of subsidiary-body components, written with a number after a
/// full stop (`C.3`, `CONF.192`, `WG.4`, `CN.15`); `PC` stands alone.
pub const BODY_PREFIXES: &[&str] = &["AC", "C", "CN", "CONF", "GC", "SC", "Sub", "WG", "PC"];

/// The role of one component of a [`Symbol`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComponentKind {
    /// The organ or series (`A`, `S`, `CTOC`, `COP` of `CTOC/COP`, `HRC` of `A/HRC`).
    Series,
    /// A subsidiary body (`C.3`, `CONF.192`, `WG.4`, `CN.15`, `PC`).
    Body,
    /// A session or a year (`60` of `A/60/88`, `2012` of `CTOC/COP/2012/7`, `ES-10`).
    Session,
    /// The nature of the document (`L.4`, `CRP.7`, `INF`, `RES`, `PV.59`).
    Nature,
    /// The document's number (`88` of `A/60/88`).
    Number,
    /// A modification (`Rev.2`, `Corr.1`, `Add.9`, `Amend.1`, `Summary`).
    Modifier,
    /// Anything else (country codes such as `SVN`, `CO`, `GC`, `D`).
    Other,
}

/// One component of a [`Symbol`], with its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Component<'a> {
    /// The role of the component.
    pub kind: ComponentKind,
    /// The component as written (`WG.4`).
    pub text: &'a str,
}

/// The nature of a document, read from its symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Nature {
    /// `L.`: limited distribution, generally drafts (`CTOC/COP/2012/L.4`).
    Limited,
    /// `CRP.`: conference room paper (`CTOC/COP/2012/CRP.7`).
    ConferenceRoomPaper,
    /// `INF/`: information series (`CTOC/COP/2012/INF/2`).
    Information,
    /// `RES/`: resolution (`A/RES/64/293`).
    Resolution,
    /// `DEC/`: decision (`A/HRC/DEC/59/112`).
    Decision,
    /// `PV.`: verbatim record (`A/67/PV.12`).
    VerbatimRecord,
    /// `SR.`: summary record (`A/C.5/48/SR.59`).
    SummaryRecord,
    /// `WP.`: working paper.
    WorkingPaper,
    /// `R.`: restricted.
    Restricted,
    /// `NGO/`: statement by a non-governmental organization (`A/HRC/43/NGO/99`).
    NgoStatement,
    /// `PET/`: petition.
    Petition,
    /// `PRST/`: statement by the President (`S/PRST/2013/2`).
    PresidentialStatement,
}

impl Nature {
    /// The nature a component names, and the number it holds for the
    /// natures written with a full stop (`L.4` is `Limited` with `4`).
    ///
    /// ```
    /// use plenary_model::Nature;
    /// assert_eq!(Nature::from_component("L.4"), Some((Nature::Limited, Some("4"))));
    /// assert_eq!(Nature::from_component("RES"), Some((Nature::Resolution, None)));
    /// assert_eq!(Nature::from_component("Rev.2"), None);
    /// ```
    #[must_use]
    pub fn from_component(text: &str) -> Option<(Nature, Option<&str>)> {
        let standalone = match text {
            "INF" => Some(Nature::Information),
            "RES" => Some(Nature::Resolution),
            "DEC" => Some(Nature::Decision),
            "NGO" => Some(Nature::NgoStatement),
            "PET" => Some(Nature::Petition),
            "PRST" => Some(Nature::PresidentialStatement),
            _ => None,
        };
        if let Some(nature) = standalone {
            return Some((nature, None));
        }
        let (prefix, number) = text.split_once('.')?;
        if number.is_empty() || !number.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        let nature = match prefix {
            "L" => Nature::Limited,
            "CRP" => Nature::ConferenceRoomPaper,
            "PV" => Nature::VerbatimRecord,
            "SR" => Nature::SummaryRecord,
            "WP" => Nature::WorkingPaper,
            "R" => Nature::Restricted,
            _ => return None,
        };
        Some((nature, Some(number)))
    }

    /// How the nature is written in a symbol (`L.`, `CRP.`, `INF`, `RES`).
    #[must_use]
    pub fn as_written(self) -> &'static str {
        match self {
            Nature::Limited => "L.",
            Nature::ConferenceRoomPaper => "CRP.",
            Nature::Information => "INF",
            Nature::Resolution => "RES",
            Nature::Decision => "DEC",
            Nature::VerbatimRecord => "PV.",
            Nature::SummaryRecord => "SR.",
            Nature::WorkingPaper => "WP.",
            Nature::Restricted => "R.",
            Nature::NgoStatement => "NGO",
            Nature::Petition => "PET",
            Nature::PresidentialStatement => "PRST",
        }
    }
}

/// What a modifier component does to its base document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ModifierKind {
    /// `Rev.n`: a revision.
    Revision,
    /// `Corr.n`: a corrigendum.
    Corrigendum,
    /// `Add.n`: an addendum.
    Addendum,
    /// `Amend.n`: an amendment.
    Amendment,
    /// `Summary`: a summary.
    Summary,
}

/// A modifier component (`Rev.2`, `Corr.1`, `Add.9`, `Summary`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Modifier<'a> {
    /// What it does.
    pub kind: ModifierKind,
    /// Its number as written (`2` of `Rev.2`); `None` for `Summary`.
    pub number: Option<&'a str>,
}

impl<'a> Modifier<'a> {
    /// The modifier a component names, if it names one.
    ///
    /// ```
    /// use plenary_model::{Modifier, ModifierKind};
    /// let m = Modifier::from_component("Corr.2").unwrap();
    /// assert_eq!((m.kind, m.number), (ModifierKind::Corrigendum, Some("2")));
    /// assert!(Modifier::from_component("L.2").is_none());
    /// ```
    #[must_use]
    pub fn from_component(text: &'a str) -> Option<Self> {
        if text == "Summary" {
            return Some(Modifier {
                kind: ModifierKind::Summary,
                number: None,
            });
        }
        let (prefix, number) = text.split_once('.')?;
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let kind = match prefix {
            "Rev" => ModifierKind::Revision,
            "Corr" => ModifierKind::Corrigendum,
            "Add" => ModifierKind::Addendum,
            "Amend" => ModifierKind::Amendment,
            _ => return None,
        };
        Some(Modifier {
            kind,
            number: Some(number),
        })
    }
}

/// A UN document symbol in normal form (`CTOC/COP/2012/L.4/Rev.2`).
///
/// ```
/// use plenary_model::{Nature, Symbol};
/// let s: Symbol = "CTOC/COP/2012/L.4/Rev.2".parse().unwrap();
/// assert_eq!(s.to_string(), "CTOC/COP/2012/L.4/Rev.2");
/// assert_eq!(s.series(), "CTOC/COP");
/// assert_eq!(s.session(), Some("2012"));
/// assert_eq!(s.nature(), Some(Nature::Limited));
/// assert_eq!(s.number(), Some("4"));
/// assert_eq!(s.base().unwrap().to_string(), "CTOC/COP/2012/L.4");
/// ```
///
/// Parenthesised forms keep the parenthesis as a suffix: a year after a
/// space (`S/RES/1440 (2002)`), a roman session number without one
/// (`A/RES/217(III)`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol {
    parts: Vec<String>,
    suffix: Option<String>,
    reissued: bool,
}

/// Why a string is not a symbol in normal form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolError {
    /// What was wrong.
    pub message: String,
}

impl fmt::Display for SymbolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SymbolError {}

/// True when `p` can be one component of a symbol (the text between two
/// slashes): no slash, and no white space or parentheses but in two printed
/// forms, a qualifier in parentheses (`6 (Sect. 13)` of `A/81/6 (Sect. 13)`,
/// `COP(8)` of `ICCD/COP(8)/CST/8`) and a part (`Part A`, `Part IV`).
///
/// ```
/// use plenary_model::is_component;
/// assert!(is_component("L.4") && is_component("COP(8)") && is_component("6 (Sect. 13)"));
/// assert!(is_component("Part A"));
/// assert!(!is_component("HIV AIDS") && !is_component("(8)") && !is_component("a/b"));
/// ```
#[must_use]
pub fn is_component(p: &str) -> bool {
    let plain = |s: &str| !s.is_empty() && !s.contains(['/', '(', ')']) && !s.chars().any(char::is_whitespace);
    if plain(p) {
        return true;
    }
    // `6 (Sect. 13)`, `COP(8)`: a plain base, then one qualifier in parentheses.
    if let Some((base, rest)) = p.split_once('(') {
        let inner = rest.strip_suffix(')').unwrap_or("");
        // Set apart by a space, the qualifier is words (`Sect. 13`): digits
        // alone there are a year, the symbol's suffix (`S/RES/2774 (2025)`).
        let spaced = base.ends_with(' ');
        return plain(base.strip_suffix(' ').unwrap_or(base))
            && !inner.is_empty()
            && (!spaced || inner.chars().any(char::is_alphabetic))
            && inner.len() <= 16
            && !inner.contains(['(', ')', '/'])
            && inner
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-'));
    }
    // `Part A`, `Part IV`: a capitalised word and a short label.
    match p.split_once(' ') {
        Some((word, label)) => {
            word.chars().next().is_some_and(char::is_uppercase)
                && (3..=8).contains(&word.chars().count())
                && word.chars().skip(1).all(char::is_lowercase)
                && (1..=4).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        }
        None => false,
    }
}

/// A suffix in parentheses after a symbol: a year (`S/RES/2774 (2025)`) or
/// a session in roman numerals (`A/RES/2758 (XXVI)`).
fn is_suffix(s: &str) -> bool {
    (s.len() == 4 && is_digits(s)) || (!s.is_empty() && s.len() <= 8 && s.chars().all(|c| "IVXLC".contains(c)))
}

fn is_body(p: &str) -> bool {
    if p == "PC" {
        return true;
    }
    match p.split_once('.') {
        Some((prefix, rest)) => BODY_PREFIXES.contains(&prefix) && !rest.is_empty(),
        None => false,
    }
}

fn is_upper_word(p: &str) -> bool {
    !p.is_empty() && p.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_digits(p: &str) -> bool {
    !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())
}

/// `ES-10`, `S-26`: an (emergency) special session.
fn is_special_session(p: &str) -> bool {
    match p.split_once('-') {
        Some((letters, digits)) => is_upper_word(letters) && letters.len() <= 2 && is_digits(digits),
        None => false,
    }
}

impl Symbol {
    /// The components between slashes.
    #[must_use]
    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// The parenthesised suffix (`2002` of `S/RES/1440 (2002)`, `III` of `A/RES/217(III)`), if any.
    #[must_use]
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref()
    }

    /// True for a document reissued for technical reasons (`-*` at the end).
    #[must_use]
    pub fn is_reissued(&self) -> bool {
        self.reissued
    }

    /// Builds a symbol from its components.
    ///
    /// # Errors
    /// When there is no component, a component is empty or holds a space, a
    /// slash or a parenthesis, or the suffix is empty or holds one of them.
    pub fn from_parts(parts: Vec<String>, suffix: Option<String>) -> Result<Self, SymbolError> {
        // The series is one word (`A`, `ICCD`); a later component may hold a
        // qualifier or a part (`6 (Sect. 13)`, `Part A`).
        let series_plain = parts
            .first()
            .is_some_and(|p| !p.contains(['(', ')']) && !p.contains(char::is_whitespace));
        if !series_plain || !parts.iter().all(|p| is_component(p)) {
            return Err(SymbolError {
                message: format!("`{}` is not a document symbol", parts.join("/")),
            });
        }
        if let Some(s) = &suffix {
            if !is_component(s) {
                return Err(SymbolError {
                    message: format!("`({s})` is not a symbol suffix"),
                });
            }
        }
        Ok(Self {
            parts,
            suffix,
            reissued: false,
        })
    }

    /// The same symbol marked (or not) as reissued for technical reasons (`-*`).
    #[must_use]
    pub fn with_reissued(mut self, reissued: bool) -> Self {
        self.reissued = reissued;
        self
    }

    /// The symbol with one more component at the end (`A/60/88` + `Corr.2`).
    ///
    /// ```
    /// use plenary_model::Symbol;
    /// let s: Symbol = "A/60/88".parse().unwrap();
    /// assert_eq!(s.child("Corr.2").unwrap().to_string(), "A/60/88/Corr.2");
    /// ```
    ///
    /// # Errors
    /// When `component` is not a valid component.
    pub fn child(&self, component: &str) -> Result<Symbol, SymbolError> {
        let mut parts = self.parts.clone();
        parts.push(component.to_owned());
        Symbol::from_parts(parts, None)
    }

    /// The symbol with its last component replaced (`…/L.1` to `…/L.2`).
    ///
    /// ```
    /// use plenary_model::Symbol;
    /// let s: Symbol = "CTOC/COP/2012/L.1/Add.1".parse().unwrap();
    /// assert_eq!(s.sibling("Add.9").unwrap().to_string(), "CTOC/COP/2012/L.1/Add.9");
    /// ```
    ///
    /// # Errors
    /// When `component` is not a valid component.
    pub fn sibling(&self, component: &str) -> Result<Symbol, SymbolError> {
        let mut parts = self.parts.clone();
        parts.pop();
        parts.push(component.to_owned());
        Symbol::from_parts(parts, self.suffix.clone())
    }

    /// Each component with its role, in order.
    ///
    /// ```
    /// use plenary_model::{ComponentKind as K, Symbol};
    /// let s: Symbol = "A/C.5/48/SR.59".parse().unwrap();
    /// let kinds: Vec<K> = s.components().iter().map(|c| c.kind).collect();
    /// assert_eq!(kinds, [K::Series, K::Body, K::Session, K::Nature]);
    /// ```
    #[must_use]
    pub fn components(&self) -> Vec<Component<'_>> {
        let parts = &self.parts;
        let series_len = self.series_len();
        let mut out = Vec::with_capacity(parts.len());
        let mut i = 0;
        while i < parts.len() && i < series_len {
            out.push(Component {
                kind: ComponentKind::Series,
                text: &parts[i],
            });
            i += 1;
        }
        while i < parts.len() && is_body(&parts[i]) {
            out.push(Component {
                kind: ComponentKind::Body,
                text: &parts[i],
            });
            i += 1;
        }
        let (mut session, mut number, mut nature) = (false, false, false);
        for (j, p) in parts.iter().enumerate().skip(i) {
            let kind = if Modifier::from_component(p).is_some() {
                ComponentKind::Modifier
            } else if !nature && Nature::from_component(p).is_some() {
                nature = true;
                if Nature::from_component(p).is_some_and(|(_, n)| n.is_some()) {
                    number = true;
                }
                ComponentKind::Nature
            } else if !session && !number && (is_digits(p) || is_special_session(p)) {
                let later_number = parts
                    .iter()
                    .skip(j + 1)
                    .any(|q| is_digits(q) || Nature::from_component(q).is_some_and(|(_, n)| n.is_some()));
                if later_number || is_special_session(p) {
                    session = true;
                    ComponentKind::Session
                } else {
                    number = true;
                    ComponentKind::Number
                }
            } else if !number && is_digits(p) {
                number = true;
                ComponentKind::Number
            } else {
                ComponentKind::Other
            };
            out.push(Component { kind, text: p });
        }
        out
    }

    fn series_len(&self) -> usize {
        let joined2 = match (self.parts.first(), self.parts.get(1)) {
            (Some(a), Some(b)) => Some(format!("{a}/{b}")),
            _ => None,
        };
        if joined2.is_some_and(|j| KNOWN_SERIES.contains(&j.as_str())) && self.parts.len() > 2 {
            return 2;
        }
        match self.parts.first() {
            Some(first) if KNOWN_SERIES.contains(&first.as_str()) => 1,
            _ => {
                // An unknown series: its run of upper-case words, leaving at least one component.
                let run = self
                    .parts
                    .iter()
                    .skip(1)
                    .take_while(|p| is_upper_word(p) && Nature::from_component(p).is_none())
                    .count();
                (1 + run).min(self.parts.len().saturating_sub(1)).max(1)
            }
        }
    }

    /// The organ or series (`A`, `S`, `CTOC/COP`, `A/HRC`, `CCPR/C`).
    #[must_use]
    pub fn series(&self) -> String {
        self.parts
            .iter()
            .take(self.series_len())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The subsidiary bodies (`C.3`, `CONF.192`, `WG.4`, `CN.15`).
    #[must_use]
    pub fn bodies(&self) -> Vec<&str> {
        self.components_of(ComponentKind::Body)
    }

    fn components_of(&self, kind: ComponentKind) -> Vec<&str> {
        self.components()
            .into_iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.text)
            .collect()
    }

    /// The session or year (`60` of `A/60/88`, `2012` of `CTOC/COP/2012/7`).
    #[must_use]
    pub fn session(&self) -> Option<&str> {
        self.components_of(ComponentKind::Session).into_iter().next()
    }

    /// The nature of the document (`L.`, `CRP.`, `RES`…), if the symbol says.
    #[must_use]
    pub fn nature(&self) -> Option<Nature> {
        self.components()
            .into_iter()
            .find(|c| c.kind == ComponentKind::Nature)
            .and_then(|c| Nature::from_component(c.text))
            .map(|(n, _)| n)
    }

    /// The document's number: `88` of `A/60/88`, `4` of `…/L.4/Rev.2`, `1440` of `S/RES/1440 (2002)`.
    #[must_use]
    pub fn number(&self) -> Option<&str> {
        let components = self.components();
        if let Some(c) = components.iter().find(|c| c.kind == ComponentKind::Number) {
            return Some(c.text);
        }
        components
            .iter()
            .filter(|c| c.kind == ComponentKind::Nature)
            .find_map(|c| Nature::from_component(c.text).and_then(|(_, n)| n))
    }

    /// The modifiers, in order (`Rev.2`, `Corr.1`).
    #[must_use]
    pub fn modifiers(&self) -> Vec<Modifier<'_>> {
        self.components()
            .into_iter()
            .filter(|c| c.kind == ComponentKind::Modifier)
            .filter_map(|c| Modifier::from_component(c.text))
            .collect()
    }

    /// The document this one modifies: the symbol without its last modifier
    /// (`A/60/88` for `A/60/88/Corr.2`); `None` when it modifies nothing.
    ///
    /// ```
    /// use plenary_model::Symbol;
    /// let s: Symbol = "CTOC/COP/2012/L.1/Add.9".parse().unwrap();
    /// assert_eq!(s.base().unwrap().to_string(), "CTOC/COP/2012/L.1");
    /// assert_eq!("A/60/88".parse::<Symbol>().unwrap().base(), None);
    /// ```
    #[must_use]
    pub fn base(&self) -> Option<Symbol> {
        let last = self.parts.last()?;
        if self.parts.len() < 2 || Modifier::from_component(last).is_none() {
            return None;
        }
        let mut parts = self.parts.clone();
        parts.pop();
        Some(Symbol {
            parts,
            suffix: self.suffix.clone(),
            reissued: false,
        })
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.parts.join("/"))?;
        if self.reissued {
            f.write_str("-*")?;
        }
        if let Some(suffix) = &self.suffix {
            if is_digits(suffix) {
                write!(f, " ({suffix})")?;
            } else {
                write!(f, "({suffix})")?;
            }
        }
        Ok(())
    }
}

impl FromStr for Symbol {
    type Err = SymbolError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        // A year or roman session in parentheses at the end is the suffix;
        // another qualifier (`A/81/6 (Sect. 13)`) belongs to its component.
        let (body, suffix) = match (s.rfind('('), s.strip_suffix(')')) {
            (Some(i), Some(inner)) => match (s.get(..i), inner.get(i + 1..)) {
                (Some(body), Some(suffix)) if is_suffix(suffix) => (body.trim_end(), Some(suffix.to_owned())),
                _ => (s, None),
            },
            _ => (s, None),
        };
        let (body, reissued) = match body.strip_suffix("-*") {
            Some(b) => (b, true),
            None => (body, false),
        };
        Symbol::from_parts(body.split('/').map(str::to_owned).collect(), suffix).map(|s| s.with_reissued(reissued))
    }
}

impl Serialize for Symbol {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Symbol {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Symbol {
    fn schema_name() -> String {
        "Symbol".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = String::json_schema(gen).into_object();
        schema.metadata().description =
            Some("A UN document symbol in normal form, e.g. `CTOC/COP/2012/L.4/Rev.2`.".to_owned());
        schema.into()
    }
}

/// A job number printed in the page footer (`V.12-57119`, `GE.12-17781`,
/// `18-16895 (E)`, `GE.21-06039(E)`, `N0512345`): duty station, two-digit
/// year, serial, and the language letter of New York and Geneva jobs.
///
/// ```
/// use plenary_model::JobNumber;
/// let j = JobNumber::new("V.12-57119");
/// assert_eq!(j.to_string(), "V.12-57119");
/// assert_eq!((j.station(), j.year(), j.serial()), (Some("V"), Some(12), "57119"));
/// let j = JobNumber::new("18-16895 (E)");
/// assert_eq!((j.station(), j.year(), j.language()), (None, Some(18), Some('E')));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct JobNumber {
    text: String,
    station: Option<String>,
    year: Option<u8>,
    serial: String,
    language: Option<char>,
}

impl JobNumber {
    /// A job number from its printed form. Lenient: what it cannot split
    /// is kept whole as the serial, and the printed form is always kept.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let text = text.trim();
        let (rest, language) = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
            Some((rest, inner)) if inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_uppercase()) => {
                (rest.trim_end(), inner.chars().next())
            }
            _ => (text, None),
        };
        let (station, year, serial) = match rest.split_once('-') {
            Some((head, serial)) => match head.split_once('.') {
                Some((station, year)) => (Some(station.to_owned()), year.parse().ok(), serial.to_owned()),
                None => (None, head.parse().ok(), serial.to_owned()),
            },
            None => {
                let letters = rest.bytes().take_while(u8::is_ascii_uppercase).count();
                match (
                    rest.get(..letters),
                    rest.get(letters..letters + 2),
                    rest.get(letters + 2..),
                ) {
                    (Some(st), Some(yy), Some(serial)) if letters > 0 && is_digits(yy) && is_digits(serial) => {
                        (Some(st.to_owned()), yy.parse().ok(), serial.to_owned())
                    }
                    _ => (None, None, rest.to_owned()),
                }
            }
        };
        Self {
            text: text.to_owned(),
            station,
            year,
            serial,
            language,
        }
    }

    /// A job number from its parts, as read by a parser, with its printed form.
    #[must_use]
    pub fn from_components(
        printed: &str,
        station: Option<&str>,
        year: Option<u8>,
        serial: &str,
        language: Option<char>,
    ) -> Self {
        Self {
            text: printed.trim().to_owned(),
            station: station.map(str::to_owned),
            year,
            serial: serial.to_owned(),
            language,
        }
    }

    /// The printed form (`GE.12-17781 (E)`).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The job number alone, without its language letter (`GE.12-17781` of
    /// `GE.12-17781 (E)` and of `GE.21-06039(E)`); this is its serde form.
    ///
    /// ```
    /// use plenary_model::JobNumber;
    /// assert_eq!(JobNumber::new("GE.21-06039(E)").number(), "GE.21-06039");
    /// assert_eq!(JobNumber::new("V.12-57119").number(), "V.12-57119");
    /// ```
    #[must_use]
    pub fn number(&self) -> &str {
        if self.language.is_none() {
            return &self.text;
        }
        self.text
            .rsplit_once('(')
            .map_or(self.text.as_str(), |(rest, _)| rest.trim_end())
    }

    /// The duty station letter(s): `V` Vienna, `GE` Geneva, `N` New York; `None` when not printed.
    #[must_use]
    pub fn station(&self) -> Option<&str> {
        self.station.as_deref()
    }

    /// The two-digit year (`12` of `V.12-57119`).
    #[must_use]
    pub fn year(&self) -> Option<u8> {
        self.year
    }

    /// The serial (`57119`), as printed, leading zeros kept.
    #[must_use]
    pub fn serial(&self) -> &str {
        &self.serial
    }

    /// The language letter in parentheses (`E` of `18-16895 (E)`).
    #[must_use]
    pub fn language(&self) -> Option<char> {
        self.language
    }
}

impl fmt::Display for JobNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for JobNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.number())
    }
}

impl<'de> Deserialize<'de> for JobNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(JobNumber::new(&String::deserialize(deserializer)?))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for JobNumber {
    fn schema_name() -> String {
        "JobNumber".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(gen)
    }
}

/// The sales number of a UN publication (`F.11.V.9`): language letter,
/// two-digit year, subject category in roman numerals, an optional
/// sub-category letter (`E.08.II.C.1`), and a serial.
///
/// ```
/// use plenary_model::SalesNumber;
/// let n: SalesNumber = "F.11.V.9".parse().unwrap();
/// assert_eq!((n.language, n.year, n.category.as_str(), n.serial), ('F', 11, "V", 9));
/// assert_eq!(n.to_string(), "F.11.V.9");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SalesNumber {
    /// Language edition (`F` French, `E` English, `S` Spanish, `R` Russian, `A` Arabic, `C` Chinese).
    pub language: char,
    /// Two-digit year (`11`).
    pub year: u8,
    /// Subject category in roman numerals (`V`).
    pub category: String,
    /// Sub-category letter (`C` of `E.08.II.C.1`).
    pub subcategory: Option<char>,
    /// Serial within the category (`9`).
    pub serial: u32,
}

impl fmt::Display for SalesNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}.{}.", self.language, self.year, self.category)?;
        if let Some(sub) = self.subcategory {
            write!(f, "{sub}.")?;
        }
        write!(f, "{}", self.serial)
    }
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

impl FromStr for SalesNumber {
    type Err = SymbolError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || SymbolError {
            message: format!("`{s}` is not a sales number"),
        };
        let fields: Vec<&str> = s.trim().split('.').collect();
        let (lang, year, category, sub, serial) = match fields.as_slice() {
            [l, y, c, n] => (*l, *y, *c, None, *n),
            [l, y, c, sub, n] => (*l, *y, *c, Some(*sub), *n),
            _ => return Err(err()),
        };
        let mut lang_chars = lang.chars();
        let language = match (lang_chars.next(), lang_chars.next()) {
            (Some(c), None) if c.is_ascii_uppercase() => c,
            _ => return Err(err()),
        };
        if year.len() != 2 || !is_digits(year) || !is_roman(category) || !is_digits(serial) {
            return Err(err());
        }
        let subcategory = match sub {
            None => None,
            Some(sub) => {
                let mut c = sub.chars();
                match (c.next(), c.next()) {
                    (Some(c), None) if c.is_ascii_uppercase() => Some(c),
                    _ => return Err(err()),
                }
            }
        };
        Ok(SalesNumber {
            language,
            year: year.parse().map_err(|_| err())?,
            category: category.to_owned(),
            subcategory,
            serial: serial.parse().map_err(|_| err())?,
        })
    }
}

impl Serialize for SalesNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SalesNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for SalesNumber {
    fn schema_name() -> String {
        "SalesNumber".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(gen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(s: &str) -> Symbol {
        s.parse().unwrap()
    }

    #[test]
    fn components_of_real_symbols() {
        let s = sym("CTOC/COP/WG.4/2011/8");
        assert_eq!(s.series(), "CTOC/COP");
        assert_eq!(s.bodies(), ["WG.4"]);
        assert_eq!(s.session(), Some("2011"));
        assert_eq!(s.number(), Some("8"));
        let s = sym("CTOC/COP/2012/INF/2/Rev.2");
        assert_eq!(s.nature(), Some(Nature::Information));
        assert_eq!(s.number(), Some("2"));
        assert_eq!(s.base(), Some(sym("CTOC/COP/2012/INF/2")));
        let s = sym("A/CONF.192/15");
        assert_eq!(
            (s.series().as_str(), s.bodies(), s.session(), s.number()),
            ("A", vec!["CONF.192"], None, Some("15"))
        );
        let s = sym("E/CN.15/2012/L.3");
        assert_eq!(s.series(), "E");
        assert_eq!(s.bodies(), ["CN.15"]);
        let s = sym("A/HRC/DEC/59/112");
        assert_eq!(s.series(), "A/HRC");
        assert_eq!(s.nature(), Some(Nature::Decision));
        assert_eq!((s.session(), s.number()), (Some("59"), Some("112")));
        let s = sym("CCPR/C/37/D/369/1989");
        assert_eq!(
            (s.series().as_str(), s.session(), s.number()),
            ("CCPR/C", Some("37"), Some("369"))
        );
        let s = sym("A/RES/ES-10/1");
        assert_eq!((s.session(), s.number()), (Some("ES-10"), Some("1")));
    }

    #[test]
    fn parenthesised_forms_round_trip() {
        for text in [
            "S/RES/1440 (2002)",
            "A/RES/217(III)",
            "A/HRC/19/50-*",
            "A/81/6 (Sect. 13)/Part A",
            "ICCD/COP(8)/CST/8",
        ] {
            assert_eq!(sym(text).to_string(), text, "{text} should print as read");
        }
        let s = sym("S/RES/1440 (2002)");
        assert_eq!(
            (s.nature(), s.number(), s.suffix()),
            (Some(Nature::Resolution), Some("1440"), Some("2002"))
        );
        assert!(sym("A/HRC/19/50-*").is_reissued());
        let fascicle = sym("A/81/6 (Sect. 13)");
        assert_eq!(fascicle.suffix(), None, "a qualifier is no year or session");
        assert_eq!(fascicle.to_string(), "A/81/6 (Sect. 13)");
    }

    #[test]
    fn modifiers_and_base() {
        let s = sym("A/60/88/Corr.2");
        assert_eq!(
            s.modifiers(),
            [Modifier {
                kind: ModifierKind::Corrigendum,
                number: Some("2")
            }]
        );
        assert_eq!(s.base(), Some(sym("A/60/88")));
        assert_eq!(sym("E/2012/33/Summary").base(), Some(sym("E/2012/33")));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "A//1",
            "A/ 1",
            "A/1 (",
            "A/1 ()",
            "United Nations A/1",
            "HIV AIDS/1",
        ] {
            assert!(bad.parse::<Symbol>().is_err(), "`{bad}` should not be a symbol");
        }
    }

    #[test]
    fn job_numbers() {
        let j = JobNumber::new("GE.21-06039(E)");
        assert_eq!(
            (j.station(), j.year(), j.serial(), j.language()),
            (Some("GE"), Some(21), "06039", Some('E'))
        );
        let j = JobNumber::new("N0512345");
        assert_eq!((j.station(), j.year(), j.serial()), (Some("N"), Some(5), "12345"));
        assert_eq!(j.as_str(), "N0512345");
    }

    #[test]
    fn sales_numbers() {
        let n: SalesNumber = "E.08.II.C.1".parse().unwrap();
        assert_eq!(n.subcategory, Some('C'));
        assert_eq!(n.to_string(), "E.08.II.C.1");
        assert!("F.11.5.9".parse::<SalesNumber>().is_err());
        assert!("V.12-57119".parse::<SalesNumber>().is_err());
    }
}

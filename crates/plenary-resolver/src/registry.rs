//! A registry of UN document series and bodies: for a [`Symbol`], the body
//! that issued it, the nature of the document, the document it modifies, and
//! its link on undocs.org; and [`symbol_index`], the symbols a document cites.
//!
//! ```
//! use plenary_model::Symbol;
//! use plenary_resolver::registry;
//! let s: Symbol = "CTOC/COP/WG.4/2011/8".parse().unwrap();
//! assert_eq!(registry::body(&s), Some("Working Group on Trafficking in Persons"));
//! assert_eq!(registry::nature(&s), None);
//! assert_eq!(registry::url(&s, "fr"), "https://undocs.org/fr/CTOC/COP/WG.4/2011/8");
//! ```

use std::collections::HashMap;

use plenary_model::visit::{walk, Node};
use plenary_model::{Document, Inline, Nature, Span, Symbol};
use serde::Serialize;

/// One series or body: the leading components of its symbols and its name.
///
/// A pattern component `CONF.*` matches any `CONF.n`.
struct Entry {
    prefix: &'static [&'static str],
    name: &'static str,
}

const fn entry(prefix: &'static [&'static str], name: &'static str) -> Entry {
    Entry { prefix, name }
}

/// The known series and bodies; the longest matching prefix wins.
static REGISTRY: &[Entry] = &[
    entry(&["A"], "General Assembly"),
    entry(&["A", "HRC"], "Human Rights Council"),
    entry(&["A", "HRC", "WG.6"], "Working Group on the Universal Periodic Review"),
    entry(
        &["A", "C.1"],
        "First Committee (Disarmament and International Security)",
    ),
    entry(&["A", "C.2"], "Second Committee (Economic and Financial)"),
    entry(&["A", "C.3"], "Third Committee (Social, Humanitarian and Cultural)"),
    entry(&["A", "C.4"], "Fourth Committee (Special Political and Decolonization)"),
    entry(&["A", "C.5"], "Fifth Committee (Administrative and Budgetary)"),
    entry(&["A", "C.6"], "Sixth Committee (Legal)"),
    entry(
        &["A", "CONF.*"],
        "United Nations conference convened by the General Assembly",
    ),
    entry(
        &["A", "CONF.192"],
        "United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
    ),
    entry(&["A", "AC.105"], "Committee on the Peaceful Uses of Outer Space"),
    entry(&["S"], "Security Council"),
    entry(&["E"], "Economic and Social Council"),
    entry(&["E", "CN.4"], "Commission on Human Rights"),
    entry(&["E", "CN.6"], "Commission on the Status of Women"),
    entry(&["E", "CN.15"], "Commission on Crime Prevention and Criminal Justice"),
    entry(&["ST"], "Secretariat"),
    entry(&["T"], "Trusteeship Council"),
    entry(&["TD"], "United Nations Conference on Trade and Development"),
    entry(&["UNEP"], "United Nations Environment Programme"),
    entry(
        &["CTOC", "COP"],
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    ),
    entry(&["CTOC", "COP", "WG.2"], "Working Group on Technical Assistance"),
    entry(&["CTOC", "COP", "WG.3"], "Working Group on International Cooperation"),
    entry(&["CTOC", "COP", "WG.4"], "Working Group on Trafficking in Persons"),
    entry(&["CTOC", "COP", "WG.6"], "Working Group on Firearms"),
    entry(&["CTOC", "COP", "WG.7"], "Working Group on the Smuggling of Migrants"),
    entry(
        &["CAC", "COSP"],
        "Conference of the States Parties to the United Nations Convention against Corruption",
    ),
    entry(&["CCPR", "C"], "Human Rights Committee"),
    entry(
        &["CEDAW", "C"],
        "Committee on the Elimination of Discrimination against Women",
    ),
    entry(&["CRC", "C"], "Committee on the Rights of the Child"),
    entry(&["CERD", "C"], "Committee on the Elimination of Racial Discrimination"),
    entry(&["CAT", "C"], "Committee against Torture"),
    entry(
        &["FCCC", "CP"],
        "Conference of the Parties to the United Nations Framework Convention on Climate Change",
    ),
];

fn component_matches(pattern: &str, part: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => part.strip_prefix(prefix).is_some_and(|n| !n.is_empty()),
        None => pattern == part,
    }
}

/// The English name of the body that issued the document, from the longest
/// known prefix of its symbol (`CTOC/COP/WG.4` before `CTOC/COP`).
///
/// ```
/// use plenary_resolver::registry::body;
/// assert_eq!(body(&"A/C.3/56/L.12".parse().unwrap()), Some("Third Committee (Social, Humanitarian and Cultural)"));
/// assert_eq!(body(&"XYZ/2012/1".parse().unwrap()), None);
/// ```
#[must_use]
pub fn body(symbol: &Symbol) -> Option<&'static str> {
    let parts = symbol.parts();
    REGISTRY
        .iter()
        .filter(|e| {
            e.prefix.len() <= parts.len()
                && e.prefix
                    .iter()
                    .zip(parts)
                    .all(|(pattern, part)| component_matches(pattern, part))
        })
        .max_by_key(|e| (e.prefix.len(), !e.prefix.iter().any(|p| p.ends_with('*'))))
        .map(|e| e.name)
}

/// The nature of the document, from its symbol (`None`: a document in general
/// distribution, whose symbol names no nature, `A/60/88`); a modified
/// document (`…/L.4/Rev.2`) has the nature of its base.
#[must_use]
pub fn nature(symbol: &Symbol) -> Option<Nature> {
    symbol.nature()
}

/// Writes a nature as its camelCase name, and `document` for none.
fn serialize_nature<S: serde::Serializer>(nature: &Option<Nature>, serializer: S) -> Result<S::Ok, S::Error> {
    match nature {
        Some(n) => n.serialize(serializer),
        None => serializer.serialize_str("document"),
    }
}

/// The document a revision, corrigendum, addendum or amendment modifies
/// (`A/60/88` for `A/60/88/Corr.2`); `None` for an unmodified document.
#[must_use]
pub fn base(symbol: &Symbol) -> Option<Symbol> {
    symbol.base()
}

/// The link to the document on undocs.org in a two-letter language:
/// `https://undocs.org/{lang}/{symbol}`. The space before a parenthesised
/// year is left out, as undocs.org writes it (`S/RES/1440(2002)`).
///
/// ```
/// use plenary_resolver::registry::url;
/// assert_eq!(url(&"S/RES/1440 (2002)".parse().unwrap(), "en"), "https://undocs.org/en/S/RES/1440(2002)");
/// ```
#[must_use]
pub fn url(symbol: &Symbol, lang: &str) -> String {
    format!("https://undocs.org/{lang}/{}", symbol.to_string().replace(' ', ""))
}

/// One place a symbol is cited: the written form of the citation that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// The citation as written, unwrapped (`A/60/88 et Corr.2`).
    pub text: String,
    /// Its span in the source, when the citation has one.
    pub span: Option<Span>,
}

/// A symbol cited by a document, with what the registry knows of it.
///
/// JSON: `{"symbol", "url", "body", "nature", "base", "occurrences": [{"text", "span"}]}`;
/// `body` and `base` are `null` when unknown or absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SymbolEntry {
    /// The symbol in normal form.
    pub symbol: Symbol,
    /// Its link on undocs.org, in the language of the citing document.
    pub url: String,
    /// The issuing body's English name, when known.
    pub body: Option<&'static str>,
    /// The nature of the document; `None` (JSON `"document"`) for a document in
    /// general distribution.
    #[serde(serialize_with = "serialize_nature")]
    pub nature: Option<Nature>,
    /// The document it modifies, for a revision, corrigendum, addendum or amendment.
    pub base: Option<Symbol>,
    /// Every citation naming it, in reading order.
    pub occurrences: Vec<Occurrence>,
}

impl SymbolEntry {
    /// The registry's entry for `symbol`, with no occurrence yet.
    #[must_use]
    pub fn new(symbol: Symbol, lang: &str) -> Self {
        Self {
            url: url(&symbol, lang),
            body: body(&symbol),
            nature: nature(&symbol),
            base: base(&symbol),
            symbol,
            occurrences: Vec::new(),
        }
    }
}

/// One entry per distinct symbol cited by `doc`, in order of first
/// occurrence, from its `Inline::Symbol` nodes (body first, then footnotes).
/// The document's own symbol (`metadata.symbol`) is not a citation and is
/// left out. Links use `metadata.language`, `en` when unknown.
#[must_use]
pub fn symbol_index(doc: &Document) -> Vec<SymbolEntry> {
    let lang = doc.metadata.language.as_deref().unwrap_or("en");
    let own = doc.metadata.symbol.as_ref();
    let mut entries: Vec<SymbolEntry> = Vec::new();
    let mut index: HashMap<Symbol, usize> = HashMap::new();
    walk(doc, &mut |node, _| {
        let Node::Inline(Inline::Symbol(citation)) = node else {
            return;
        };
        for symbol in &citation.symbols {
            if Some(symbol) == own {
                continue;
            }
            let i = *index.entry(symbol.clone()).or_insert_with(|| {
                entries.push(SymbolEntry::new(symbol.clone(), lang));
                entries.len() - 1
            });
            if let Some(entry) = entries.get_mut(i) {
                entry.occurrences.push(Occurrence {
                    text: citation.text.clone(),
                    span: citation.span,
                });
            }
        }
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_model::{Block, Paragraph, SymbolCitation};

    fn sym(s: &str) -> Symbol {
        s.parse().unwrap()
    }

    fn citation(text: &str, symbols: &[&str], span: (u32, u32)) -> Inline {
        Inline::Symbol(SymbolCitation {
            id: format!("sym_{}", span.0),
            span: Some(Span::new(span.0, span.1)),
            text: text.to_owned(),
            symbols: symbols.iter().map(|s| sym(s)).collect(),
        })
    }

    #[test]
    fn bodies_of_the_required_series() {
        for (symbol, name) in [
            ("A/60/88", "General Assembly"),
            ("S/2013/210", "Security Council"),
            ("E/2012/33", "Economic and Social Council"),
            ("ST/SGB/2012/1", "Secretariat"),
            ("T/1234", "Trusteeship Council"),
            ("A/HRC/14/37", "Human Rights Council"),
            (
                "A/C.1/67/L.1",
                "First Committee (Disarmament and International Security)",
            ),
            ("A/C.6/67/L.1", "Sixth Committee (Legal)"),
            (
                "A/CONF.213/18",
                "United Nations conference convened by the General Assembly",
            ),
            (
                "CTOC/COP/2012/15",
                "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            ),
            ("CTOC/COP/WG.2/2012/5", "Working Group on Technical Assistance"),
            ("CTOC/COP/WG.3/2012/6", "Working Group on International Cooperation"),
            ("CTOC/COP/WG.6/2012/2", "Working Group on Firearms"),
            ("CTOC/COP/WG.7/2012/6", "Working Group on the Smuggling of Migrants"),
            (
                "CAC/COSP/2011/14",
                "Conference of the States Parties to the United Nations Convention against Corruption",
            ),
            (
                "E/CN.15/2012/L.3",
                "Commission on Crime Prevention and Criminal Justice",
            ),
            ("CCPR/C/37/D/369/1989", "Human Rights Committee"),
            (
                "CEDAW/C/GC/38",
                "Committee on the Elimination of Discrimination against Women",
            ),
            ("CRC/C/15/Add.1", "Committee on the Rights of the Child"),
            (
                "CERD/C/SVN/CO/8",
                "Committee on the Elimination of Racial Discrimination",
            ),
            ("CAT/C/SVN/CO/4", "Committee against Torture"),
        ] {
            assert_eq!(body(&sym(symbol)), Some(name), "{symbol} should be issued by {name}");
        }
        assert_eq!(
            body(&sym("A/CONF.192/15")).map(|b| b.contains("Small Arms")),
            Some(true)
        );
    }

    #[test]
    fn nature_and_base() {
        assert_eq!(nature(&sym("CTOC/COP/2012/L.4/Rev.2")), Some(Nature::Limited));
        assert_eq!(base(&sym("CTOC/COP/2012/L.4/Rev.2")), Some(sym("CTOC/COP/2012/L.4")));
        assert_eq!(nature(&sym("CTOC/COP/2012/CRP.7")), Some(Nature::ConferenceRoomPaper));
        assert_eq!(nature(&sym("A/RES/64/293")), Some(Nature::Resolution));
        assert_eq!(nature(&sym("A/60/88")), None);
        assert_eq!(base(&sym("A/60/88")), None);
        assert_eq!(
            serde_json::to_string(&Nature::ConferenceRoomPaper).unwrap(),
            "\"conferenceRoomPaper\""
        );
    }

    #[test]
    fn index_skips_own_symbol_and_keeps_first_occurrence_order() {
        let mut doc = Document::default();
        doc.metadata.language = Some("fr".into());
        doc.metadata.symbol = Some(sym("CTOC/COP/2012/15"));
        doc.body.push(Block::Paragraph(Paragraph::new(
            Some("1."),
            vec![
                citation("A/60/88 et Corr.2", &["A/60/88", "A/60/88/Corr.2"], (10, 27)),
                Inline::text(" et "),
                citation("CTOC/COP/2012/15", &["CTOC/COP/2012/15"], (31, 47)),
                citation("A/60/88", &["A/60/88"], (50, 57)),
            ],
        )));
        let index = symbol_index(&doc);
        let names: Vec<String> = index.iter().map(|e| e.symbol.to_string()).collect();
        assert_eq!(
            names,
            ["A/60/88", "A/60/88/Corr.2"],
            "should list distinct cited symbols, own symbol left out"
        );
        assert_eq!(index[0].occurrences.len(), 2);
        let json = serde_json::to_value(&index[1]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "symbol": "A/60/88/Corr.2",
                "url": "https://undocs.org/fr/A/60/88/Corr.2",
                "body": "General Assembly",
                "nature": "document",
                "base": "A/60/88",
                "occurrences": [{"text": "A/60/88 et Corr.2", "span": {"start": 10, "end": 27}}]
            })
        );
    }

    #[test]
    fn url_defaults_to_english() {
        let mut doc = Document::default();
        doc.body.push(Block::Paragraph(Paragraph::new(
            None,
            vec![citation("S/2013/210", &["S/2013/210"], (0, 10))],
        )));
        assert_eq!(symbol_index(&doc)[0].url, "https://undocs.org/en/S/2013/210");
    }
}

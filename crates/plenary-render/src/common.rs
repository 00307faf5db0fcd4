//! What the renderers share: language words, links, footnote lookup, ids.

use std::collections::{HashMap, HashSet};

use plenary_model::{
    Block, DeliberationKind, Document, Footnote, FootnoteMarker, Officer, Reference, Symbol, Target, Vote,
};

/// The document's language as one of the six official two-letter codes
/// (`fr`), `en` when it is missing or another.
pub(crate) fn lang(doc: &Document) -> &'static str {
    let code = doc
        .metadata
        .language
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match code.as_str() {
        "fr" | "fra" | "fre" => "fr",
        "es" | "spa" => "es",
        "ru" | "rus" => "ru",
        "ar" | "ara" => "ar",
        "zh" | "zho" | "chi" => "zh",
        _ => "en",
    }
}

/// Whether the language is written right to left.
pub(crate) fn is_rtl(lang: &str) -> bool {
    lang.eq_ignore_ascii_case("ar")
}

/// ISO 639-2 three-letter code of a two-letter code (`fr` is `fra`).
pub(crate) fn lang3(lang: &str) -> &'static str {
    match lang.to_ascii_lowercase().as_str() {
        "fr" | "fra" => "fra",
        "es" | "spa" => "spa",
        "ru" | "rus" => "rus",
        "ar" | "ara" => "ara",
        "zh" | "zho" => "zho",
        _ => "eng",
    }
}

/// The word for a resolution or decision in the document's language.
pub(crate) fn deliberation_word(lang: &str, kind: DeliberationKind) -> &'static str {
    let res = matches!(kind, DeliberationKind::Resolution);
    match (lang, res) {
        ("fr", true) => "Résolution",
        ("fr", false) => "Décision",
        ("es", true) => "Resolución",
        ("es", false) => "Decisión",
        ("ru", true) => "Резолюция",
        ("ru", false) => "Решение",
        ("ar", true) => "القرار",
        ("ar", false) => "المقرر",
        ("zh", true) => "决议",
        ("zh", false) => "决定",
        (_, true) => "Resolution",
        (_, false) => "Decision",
    }
}

/// `Résolution 6/1`, `القرار 75/1`; in Chinese the number first, between
/// `第` and `号`, and the word after it, no space before a year
/// (`第75/1号决议`, `第2774(2025)号决议`).
pub(crate) fn deliberation_heading(lang: &str, kind: DeliberationKind, number: &str) -> String {
    let word = deliberation_word(lang, kind);
    match number.trim() {
        "" => word.to_owned(),
        number if lang == "zh" => format!("第{}号{word}", number.replace(" (", "(")),
        number => format!("{word} {number}"),
    }
}

/// The word for an annex.
pub(crate) fn annex_word(lang: &str) -> &'static str {
    match lang {
        "fr" => "Annexe",
        "es" => "Anexo",
        "ru" => "Приложение",
        "ar" => "المرفق",
        "zh" => "附件",
        _ => "Annex",
    }
}

/// `Annexe I` or `Annexe`.
pub(crate) fn annex_label(lang: &str, num: Option<&str>) -> String {
    match num.map(str::trim) {
        Some(n) if !n.is_empty() => format!("{} {n}", annex_word(lang)),
        _ => annex_word(lang).to_owned(),
    }
}

/// The heading of a table of contents.
pub(crate) fn contents_word(lang: &str) -> &'static str {
    match lang {
        "fr" => "Table des matières",
        "es" => "Índice",
        "ru" => "Содержание",
        "ar" => "المحتويات",
        "zh" => "目录",
        _ => "Contents",
    }
}

/// The heading of the footnotes.
pub(crate) fn notes_word(lang: &str) -> &'static str {
    match lang {
        "fr" => "Notes",
        "es" => "Notas",
        "ru" => "Примечания",
        "ar" => "الحواشي",
        "zh" => "脚注",
        _ => "Notes",
    }
}

/// `https://undocs.org/{lang}/{symbol}`, with spaces and parentheses percent-encoded.
pub(crate) fn undocs_url(lang: &str, symbol: &Symbol) -> String {
    let mut url = format!("https://undocs.org/{lang}/");
    for c in symbol.to_string().chars() {
        match c {
            ' ' => url.push_str("%20"),
            '(' => url.push_str("%28"),
            ')' => url.push_str("%29"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '"' => url.push_str("%22"),
            c => url.push(c),
        }
    }
    url
}

/// Where a reference links to: `#id` for a node of this document, a URL for
/// an external document, nothing otherwise.
pub(crate) fn reference_href(reference: &Reference) -> Option<String> {
    match reference.target.as_ref()? {
        Target::Node { id } if !id.is_empty() => Some(format!("#{}", sanitize_id(id))),
        Target::Document { url, .. } if !url.is_empty() => Some(url.clone()),
        Target::Deliberation { url: Some(url), .. } if !url.is_empty() => Some(url.clone()),
        _ => None,
    }
}

/// Replaces line breaks and tabs by spaces, so a run of text stays on one
/// line, and other control characters by U+FFFD.
pub(crate) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// An id usable as an HTML id, a URL fragment and an Akoma Ntoso eId: no
/// white space, only letters, digits, `_`, `-` and `.`, starting with a letter
/// or `_`.
pub(crate) fn sanitize_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.trim().chars() {
        if c.is_alphanumeric() || matches!(c, '_' | '-' | '.') {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    if !out.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        out.insert_str(0, "n_");
    }
    out
}

/// Hands out ids unique within one output: the model id when it has one,
/// otherwise one derived from a prefix and a key or counter.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    seen: HashSet<String>,
    counter: usize,
}

impl Ids {
    /// Reserves an id that must keep its exact form (the caller checked it is free).
    pub(crate) fn reserve(&mut self, id: &str) {
        self.seen.insert(id.to_owned());
    }

    /// The ids of the document's footnotes, in order, keyed by the footnote
    /// (`fn_21`; a footnote with no label is keyed by its position).
    pub(crate) fn footnotes(&mut self, doc: &Document) -> HashMap<*const Footnote, String> {
        let mut ids = HashMap::new();
        for (i, note) in doc.footnotes.iter().enumerate() {
            let key = if note.label.trim().is_empty() {
                (i + 1).to_string()
            } else {
                note.label.clone()
            };
            ids.insert(note as *const Footnote, self.get(&note.id, "fn", Some(&key)));
        }
        ids
    }

    /// A unique id for a node with `model_id`, or, when it has none, `prefix_key`.
    pub(crate) fn get(&mut self, model_id: &str, prefix: &str, key: Option<&str>) -> String {
        let base = if model_id.trim().is_empty() {
            match key.map(str::trim) {
                Some(k) if !k.is_empty() => sanitize_id(&format!("{prefix}_{}", k.replace('/', "-"))),
                _ => {
                    self.counter += 1;
                    format!("{prefix}_{}", self.counter)
                }
            }
        } else {
            sanitize_id(model_id)
        };
        if self.seen.insert(base.clone()) {
            return base;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{base}_{n}");
            if self.seen.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// The footnotes of a document by id, and which markers come first.
pub(crate) struct Notes<'a> {
    by_id: HashMap<&'a str, &'a Footnote>,
}

impl<'a> Notes<'a> {
    pub(crate) fn new(doc: &'a Document) -> Self {
        let mut by_id = HashMap::new();
        for note in &doc.footnotes {
            if !note.id.is_empty() {
                by_id.entry(note.id.as_str()).or_insert(note);
            }
        }
        Self { by_id }
    }

    /// The footnote a marker is linked to, if the link leads to one.
    pub(crate) fn of(&self, marker: &FootnoteMarker) -> Option<&'a Footnote> {
        marker.footnote.as_deref().and_then(|id| self.by_id.get(id).copied())
    }
}

/// A section number as printed before its heading: `I.`, `A.`, `1.`.
pub(crate) fn num_dot(num: Option<&str>) -> Option<String> {
    let num = num?.trim();
    if num.is_empty() {
        return None;
    }
    if num.ends_with(['.', ')']) {
        Some(num.to_owned())
    } else {
        Some(format!("{num}."))
    }
}

/// An agenda number as printed: `2.` for numbers, `a)` for letters.
pub(crate) fn agenda_num(num: &str) -> String {
    let num = num.trim();
    if num.is_empty() || num.ends_with(['.', ')']) {
        num.to_owned()
    } else if num.chars().all(|c| c.is_ascii_lowercase()) && num.chars().count() == 1 {
        format!("{num})")
    } else {
        format!("{num}.")
    }
}

/// True for blocks that open a table-of-contents entry.
pub(crate) fn is_deliberation(block: &Block) -> bool {
    matches!(block, Block::Resolution(_) | Block::Decision(_))
}

/// Officers grouped by role, the way the report prints them: a role once,
/// then every person who holds it (`Vice-Présidents` with eight names). Each
/// person reads `Simona Marin (Roumanie)`; consecutive entries with the same
/// role form one group.
pub(crate) fn officer_groups(officers: &[Officer]) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for officer in officers {
        let role = one_line(officer.role.trim());
        let mut person = one_line(officer.name.trim());
        if let Some(country) = &officer.country {
            person.push_str(&format!(" ({})", one_line(country.trim())));
        }
        match groups.last_mut() {
            Some((last, people)) if *last == role => people.push(person),
            _ => groups.push((role, vec![person])),
        }
    }
    groups
}

/// The statement of a vote record in its brackets, on one line (`[Adopted without a vote.]`).
pub(crate) fn vote_statement(vote: &Vote) -> String {
    format!("[{}]", one_line(vote.statement.trim()))
}

/// The non-empty lists of a vote record, each with its label in the
/// document's language and its members joined by commas
/// (`("In favour", "Angola, Argentina")`).
pub(crate) fn vote_groups(lang: &str, vote: &Vote) -> Vec<(&'static str, String)> {
    let labels = match lang {
        "fr" => ["Ont voté pour", "Ont voté contre", "Se sont abstenus"],
        "es" => ["Votos a favor", "Votos en contra", "Abstenciones"],
        _ => ["In favour", "Against", "Abstaining"],
    };
    labels
        .into_iter()
        .zip([&vote.in_favour, &vote.against, &vote.abstaining])
        .filter(|(_, members)| !members.is_empty())
        .map(|(label, members)| {
            let names: Vec<String> = members.iter().map(|m| one_line(m.trim())).collect();
            (label, names.join(", "))
        })
        .collect()
}

/// Escapes `<`, `>`, `&`, `"` and `'` (as `apos`) for markup text and
/// attribute values, and writes U+FFFD for the characters `replaced` says the
/// format cannot carry; tab, line feed and carriage return always stay.
pub(crate) fn escape_markup(s: &str, apos: &str, replaced: fn(char) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str(apos),
            '\t' | '\n' | '\r' => out.push(c),
            c if replaced(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deliberation_headings_as_each_language_prints_them() {
        assert_eq!(
            deliberation_heading("fr", DeliberationKind::Resolution, "6/1"),
            "Résolution 6/1"
        );
        assert_eq!(
            deliberation_heading("ar", DeliberationKind::Decision, "59/112"),
            "المقرر 59/112"
        );
        assert_eq!(
            deliberation_heading("zh", DeliberationKind::Resolution, "2774 (2025)"),
            "第2774(2025)号决议",
            "the Chinese number stands between 第 and 号"
        );
        assert_eq!(
            deliberation_heading("zh", DeliberationKind::Decision, ""),
            "决定",
            "a draft has no number"
        );
    }
}

//! The words of each language, as data: one file per language.
//!
//! A construct never spells a word of a language itself; it asks the
//! [`Lang`] of the document. Adding a language is adding a file here and
//! listing it in [`ALL`].

pub mod ar;
pub mod en;
pub mod es;
pub mod fr;
pub mod ru;
pub mod zh;

/// The words one language uses for the constructs of UN documents.
///
/// Lists hold lower-case forms unless said otherwise; matching folds case
/// where the construct says so.
#[derive(Debug)]
pub struct Lang {
    /// ISO 639-1 code (`fr`).
    pub code: &'static str,
    /// Month names, lower-case, January first.
    pub months: [&'static str; 12],
    /// Words for "resolution" as a heading and in running text (`résolution`).
    pub resolution: &'static [&'static str],
    /// Words for "decision" (`décision`).
    pub decision: &'static [&'static str],
    /// Words for "annex" (`annexe`).
    pub annex: &'static [&'static str],
    /// Words for "chapter" (`chapitre`, `chap.`).
    pub chapter: &'static [&'static str],
    /// Words for "article" (`article`).
    pub article: &'static [&'static str],
    /// "Ibid." and its spellings.
    pub ibid: &'static [&'static str],
    /// Conjunctions joining symbols and numbers (`et`).
    pub and: &'static [&'static str],
    /// Range words (`à`).
    pub to: &'static [&'static str],
    /// Words that open a preambular paragraph (`Rappelant`, `Notant`), capitalised as printed.
    pub preambular: &'static [&'static str],
    /// Frequent short function words, for language detection.
    pub stopwords: &'static [&'static str],
}

/// Every language, in detection order.
pub static ALL: [&Lang; 6] = [&en::EN, &fr::FR, &es::ES, &ru::RU, &ar::AR, &zh::ZH];

/// The language with this ISO 639-1 code.
#[must_use]
pub fn by_code(code: &str) -> Option<&'static Lang> {
    ALL.iter().copied().find(|l| l.code == code)
}

/// Detects the language of `text` from its script and its commonest short words.
///
/// Arabic and Chinese are told by their script; languages in Latin or
/// Cyrillic script by counting their stopwords in the first 64 KiB.
#[must_use]
pub fn detect(text: &str) -> &'static Lang {
    let sample = crate::util::prefix(text, 1 << 16);
    let (mut arabic, mut han, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            '\u{0600}'..='\u{06FF}' => arabic += 1,
            '\u{4E00}'..='\u{9FFF}' => han += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    let max = arabic.max(han).max(cyrillic).max(latin);
    if max == 0 {
        return &en::EN;
    }
    if arabic == max {
        return &ar::AR;
    }
    if han == max {
        return &zh::ZH;
    }
    if cyrillic == max {
        return &ru::RU;
    }
    let mut best = (&en::EN, 0usize);
    for lang in [&en::EN, &fr::FR, &es::ES] {
        let score = sample
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| lang.stopwords.contains(w))
            .count();
        if score > best.1 {
            best = (lang, score);
        }
    }
    best.0
}

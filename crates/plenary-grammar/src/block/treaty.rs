//! Headings of treaties and declarations: chapters named by a word
//! (`Chapter I: Purposes and Principles`, `الفصل الأول: …`, `第一章：…`) and
//! articles (`Article 1`, `Статья 1`, `المادة 1`, `第一条`).
//!
//! # Grammar
//! ```text
//! chapter = chapter-word ws number [ ws ] [ ":" | "：" | "." ] [ ws title ]   (* Chapter I: Purposes and Principles *)
//!         | "第" chinese-number "章" [ "：" title ] ;                            (* 第一章：宗旨及原则 *)
//! article = article-word ws number                                          (* Article 1, Artículo 110 *)
//!         | "第" chinese-number "条" ;                                       (* 第一条 *)
//! number  = roman | digits | ordinal-word ;                                 (* I, 1, الأول *)
//! ```
//!
//! # Examples (Charter of the United Nations, six languages)
//! `Chapter I: Purposes and Principles`, `Chapitre I: Buts et principes`,
//! `Capítulo II: Miembros`, `Глава II: Члены Организации`,
//! `الفصل الثاني : العضوية`, `第二章：会员`; `Article 1`, `Статья 1`, `المادة 1`, `第一条`.
//!
//! # Model
//! Sections of level `chapter` and `article`.
//!
//! # Diagnostics
//! None.

use crate::block::starts::roman_value;
use crate::lang::Lang;

/// The value of a number written in Chinese numerals (`一百一十一` is 111).
#[must_use]
pub fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .and_then(|p| u32::try_from(p).ok())
    };
    let (mut total, mut current) = (0u32, 0u32);
    let mut any = false;
    for c in s.chars() {
        any = true;
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            _ => current = digit(c)?,
        }
    }
    any.then_some(total + current)
}

/// A number as a heading prints it: roman, digits, or an ordinal word.
fn number_value(s: &str, lang: &Lang) -> Option<u32> {
    let s = s.trim();
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    if s.chars().all(|c| "IVXLC".contains(c)) {
        return roman_value(s);
    }
    lang.ordinal_value(s)
}

/// The first letters of the chapter words of every language of
/// [`crate::lang::ALL`]: a line opening with none of them is no chapter
/// heading in those languages.
pub(crate) fn chapter_initials() -> &'static [char] {
    static INITIALS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    INITIALS.get_or_init(|| {
        let mut out: Vec<char> = crate::lang::ALL
            .iter()
            .flat_map(|l| l.chapter.iter())
            .filter_map(|w| w.chars().next())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    })
}

/// True when `word`, lower-cased, is a chapter word (one that
/// [`chapter_heading`] accepts: not an abbreviation) of `lang` or of a
/// language of [`crate::lang::ALL`].
pub(crate) fn is_chapter_word(word: &str, lang: &Lang) -> bool {
    let lower = word.to_lowercase();
    let is = |l: &Lang| l.chapter.iter().any(|w| *w == lower && !w.ends_with('.'));
    is(lang) || crate::lang::ALL.iter().any(|l| is(l))
}

/// A chapter heading with its word in `lang` or in any language of
/// [`crate::lang::ALL`] (`Chapter I: Purposes and Principles`, `第一章：…`; a
/// heading may keep another language's words, as the Arabic Charter prints
/// `Chapter XVI: Miscellaneous Provisions`): its value, its number as
/// printed, where the title starts.
#[must_use]
pub fn any_chapter_heading<'a>(content: &'a str, lang: &Lang) -> Option<(u32, &'a str, usize)> {
    // Cheap tests first (the lexer asks this of every line): a chapter
    // heading is `第…章`, or a word of at most 24 bytes then a space, the
    // word opening with the first letter of a chapter word.
    if !content.starts_with('第') {
        let (word, _) = crate::util::split_short_word(content, 24)?;
        let first = word.chars().next().and_then(|c| c.to_lowercase().next());
        let known =
            first.is_some_and(|f| chapter_initials().contains(&f) || lang.chapter.iter().any(|w| w.starts_with(f)));
        // Then the word itself, lower-cased once for all languages.
        if !known || !is_chapter_word(word, lang) {
            return None;
        }
    }
    chapter_heading(content, lang).or_else(|| crate::lang::ALL.iter().find_map(|l| chapter_heading(content, l)))
}

/// True when `content` is a chapter heading with its word ([`any_chapter_heading`]).
#[must_use]
pub fn may_be_chapter(content: &str, lang: &Lang) -> bool {
    any_chapter_heading(content, lang).is_some()
}

/// A chapter heading with its word: the chapter's value, its number as printed, and where the title starts.
#[must_use]
pub fn chapter_heading<'a>(content: &'a str, lang: &Lang) -> Option<(u32, &'a str, usize)> {
    if let Some(rest) = content.strip_prefix('第') {
        let end = rest.find('章')?;
        let num = rest.get(..end)?;
        let value = chinese_number(num)?;
        let after = rest.get(end + '章'.len_utf8()..)?;
        let title = after.trim_start_matches(['：', ':', ' ']);
        return Some((value, num, content.len() - title.len()));
    }
    let (word, rest) = content.split_once(' ')?;
    // Cheap test first (this runs on every line): the first letter of a chapter word.
    let first = word.chars().next()?.to_lowercase().next()?;
    if word.len() > 24 || !lang.chapter.iter().any(|w| w.starts_with(first)) {
        return None;
    }
    let lower = word.to_lowercase();
    if !lang.chapter.iter().any(|w| *w == lower && !w.ends_with('.'))
        || !word.chars().next().is_some_and(char::is_uppercase) && lang.code != "ar"
    {
        return None;
    }
    let (num, title) = match rest.find([':', '：', '.']) {
        Some(i) => (rest.get(..i)?, rest.get(i + 1..)?),
        None => (rest, ""),
    };
    let value = number_value(num, lang)?;
    let title = title.trim_start();
    Some((value, num.trim(), content.len() - title.len()))
}

/// An article heading alone on its line: the article's number as printed.
#[must_use]
pub fn article_heading<'a>(content: &'a str, lang: &Lang) -> Option<&'a str> {
    if let Some(rest) = content.strip_prefix('第') {
        let num = rest.strip_suffix('条')?;
        chinese_number(num)?;
        return Some(num);
    }
    // A first word longer than 24 bytes is no article word: its line is not read on.
    let (word, num) = crate::util::split_short_word(content, 24)?;
    let capital = word.chars().next().is_some_and(char::is_uppercase) || lang.code == "ar";
    if !capital || word.len() > 24 || num.len() > 40 {
        return None;
    }
    // Cheap test first (this runs on every line): the first letter of an article word.
    let first = word.chars().next().and_then(|c| c.to_lowercase().next());
    if !first.is_some_and(|f| lang.article.iter().any(|w| w.starts_with(f))) {
        return None;
    }
    let lower = word.to_lowercase();
    if !lang.article.iter().any(|w| *w == lower) {
        return None;
    }
    // `Article 1`, or `Article premier` (an ordinal word).
    let num = num.trim();
    let number = !num.is_empty() && (num.chars().all(|c| c.is_ascii_digit()) || lang.ordinal_value(num).is_some());
    number.then_some(num)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{ar::AR, en::EN, zh::ZH};

    #[test]
    fn chinese_numerals() {
        assert_eq!(chinese_number("一"), Some(1));
        assert_eq!(chinese_number("十九"), Some(19));
        assert_eq!(chinese_number("一百一十一"), Some(111));
        assert_eq!(chinese_number("二十"), Some(20));
    }

    #[test]
    fn headings_in_three_scripts() {
        assert_eq!(
            chapter_heading("Chapter I: Purposes and Principles", &EN),
            Some((1, "I", 11))
        );
        assert_eq!(article_heading("Article 111", &EN), Some("111"));
        assert!(article_heading("Article 1 of the Charter", &EN).is_none());
        assert_eq!(chapter_heading("第二章：会员", &ZH).map(|c| c.0), Some(2));
        assert_eq!(article_heading("第一百一十一条", &ZH), Some("一百一十一"));
        assert_eq!(chapter_heading("الفصل الثاني : العضوية", &AR).map(|c| c.0), Some(2));
        assert_eq!(article_heading("المادة 1", &AR), Some("1"));
    }
}

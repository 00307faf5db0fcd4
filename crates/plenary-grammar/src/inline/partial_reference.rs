//! Sub-rules shared by the reference finder ([`super::reference`]): white
//! space, phrases of the language profile, deliberation numbers and dates.
//!
//! # Grammar
//!
//! ```text
//! ws          = { white space, line breaks and U+00A0 included } ;
//! phrase(p)   = the words of p, case folded, any ws run for a space, ’ and ' alike,
//!               not followed by a letter when p ends in one ;
//! number      = [ "S-" | "ES-" ] digits [ "/" digits [ " " capital ] ]
//!               [ ws? "(" ( year | roman | "S-" roman ) ")" ] ;   (* 5/1, 47/218 A, 862 (1993), 1874 (S-IV) *)
//! date        = day [ "er" | "re" | "º" | "°" | "st" | "nd" | "rd" | "th" ] ws [ date_of ws ]
//!               month ws [ date_of ws ] year ;                     (* 22 octobre 2010, 1º de marzo de 1989 *)
//! ```
//!
//! A year takes its four digits even when a footnote marker is glued to it
//! (`201221` is the year 2012 and marker 21).
//!
//! # Examples
//!
//! ```text
//! sa résolution 5/1 du 22 octobre 2010                 CTOC/COP/2012/15
//! Security Council resolution 862 (1993) of 31 August 1993   A/RES/48/246
//! resolución 43/232 de la Asamblea General, de 1º de marzo de 1989   A/RES/48/246 (es)
//! ```
//!
//! # Model
//!
//! Plain values (`&str` numbers, [`NaiveDate`]); the finder builds the model.
//!
//! # Diagnostics
//!
//! None: a sub-rule either matches or does not.

use chrono::NaiveDate;
use nom::bytes::complete::{take_while, take_while1, take_while_m_n};
use nom::error::{Error, ErrorKind};
use nom::IResult;

use crate::lang::Lang;

/// The result of a sub-rule over `&str`.
pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// A failed match at `input`.
pub(crate) fn fail<T>(input: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Tag)))
}

/// White space of running text, line breaks and no-break spaces included.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Zero or more white space characters.
pub(crate) fn ws0(input: &str) -> Res<'_, &str> {
    take_while(is_space)(input)
}

/// One or more white space characters.
pub(crate) fn ws1(input: &str) -> Res<'_, &str> {
    take_while1(is_space)(input)
}

/// ASCII digits.
pub(crate) fn digits(input: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_digit())(input)
}

/// Upper-case roman numerals (`IV`).
pub(crate) fn roman(input: &str) -> Res<'_, &str> {
    take_while1(|c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))(input)
}

/// Folds a character for comparison: lower case, and `’` as `'`.
///
/// ASCII takes a fast path with the same result: the lower case of an ASCII
/// character is its ASCII lower case.
pub(crate) fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Latin-1 (`É`, `é`, `à`): the capitals `À`…`Þ` but `×` are their small
    // letter less 0x20, as Unicode has it; the rest fold to themselves.
    if let Ok(b) = u8::try_from(c) {
        return if (0xC0..=0xDE).contains(&b) && b != 0xD7 {
            char::from(b + 0x20)
        } else {
            c
        };
    }
    match c {
        '’' | 'ʼ' => '\'',
        // Greek, Cyrillic, Armenian, Hebrew, Arabic: from a table built once
        // from the Unicode tables (a binary search a character otherwise).
        '\u{370}'..='\u{7FF}' => {
            static TABLE: std::sync::OnceLock<[char; 0x490]> = std::sync::OnceLock::new();
            let table = TABLE.get_or_init(|| {
                std::array::from_fn(|i| {
                    char::from_u32(0x370 + u32::try_from(i).unwrap_or(0))
                        .map_or('\0', |c| c.to_lowercase().next().unwrap_or(c))
                })
            });
            table
                .get((c as usize).wrapping_sub(0x370))
                .copied()
                .unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
        }
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Matches phrase `p` at the start of `input`: case folded, any run of white
/// space for each space of `p`, and (when `p` ends in a letter) not followed
/// by a letter. Digits may follow: they are a glued footnote marker.
pub(crate) fn phrase<'a>(input: &'a str, p: &str) -> Res<'a, &'a str> {
    // ASCII against ASCII (but a space of `p`), byte by byte: folding is
    // ASCII lower-casing there. The rest, from the first other byte on,
    // character by character below.
    let (pb, ib) = (p.as_bytes(), input.as_bytes());
    let mut at = 0;
    while let (Some(&a), Some(&b)) = (pb.get(at), ib.get(at)) {
        if !a.is_ascii() || a == b' ' || !b.is_ascii() {
            break;
        }
        if !a.eq_ignore_ascii_case(&b) {
            return fail(input);
        }
        at += 1;
    }
    let (Some(p_rest), Some(rest)) = (p.get(at..), input.get(at..)) else {
        return fail(input);
    };
    phrase_by_chars(input, rest, p_rest, p)
}

/// The end of [`phrase`]: `p_rest` (the rest of phrase `p`) matched
/// character by character, case folded, against `rest` (the rest of `input`);
/// a space of the phrase matches any run of white space, and a phrase ending
/// in a letter must not end inside a word.
fn phrase_by_chars<'a>(input: &'a str, mut rest: &'a str, p_rest: &str, p: &str) -> Res<'a, &'a str> {
    let mut chars = p_rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            rest = ws1(rest)?.0;
            while chars.peek() == Some(&' ') {
                chars.next();
            }
            continue;
        }
        let mut it = rest.chars();
        match it.next() {
            Some(d) if fold(d) == fold(c) => rest = it.as_str(),
            _ => return fail(input),
        }
    }
    if p.chars().last().is_some_and(char::is_alphabetic) && rest.chars().next().is_some_and(char::is_alphabetic) {
        return fail(input);
    }
    let len = input.len() - rest.len();
    match input.get(..len) {
        Some(matched) => Ok((rest, matched)),
        None => fail(input),
    }
}

/// The longest of `words` at the start of `input`.
pub(crate) fn one_of<'a>(input: &'a str, words: &[&str]) -> Res<'a, &'a str> {
    let mut best: Option<(&'a str, &'a str)> = None;
    for w in words {
        if let Ok((rest, m)) = phrase(input, w) {
            if best.is_none_or(|(_, b)| m.len() > b.len()) {
                best = Some((rest, m));
            }
        }
    }
    best.map_or_else(|| fail(input), Ok)
}

/// The longest of the `(phrase, value)` pairs at the start of `input`, with its value.
pub(crate) fn one_of_pairs<'a, 'w>(input: &'a str, pairs: &[(&'w str, &'w str)]) -> Res<'a, (&'w str, &'w str)> {
    let mut best: Option<(&'a str, usize, (&'w str, &'w str))> = None;
    for &(p, v) in pairs {
        if let Ok((rest, m)) = phrase(input, p) {
            if best.is_none_or(|(_, len, _)| m.len() > len) {
                best = Some((rest, m.len(), (p, v)));
            }
        }
    }
    best.map_or_else(|| fail(input), |(rest, _, pv)| Ok((rest, pv)))
}

/// Where phrase `p` starts if `before` ends with it (white space at the end of
/// `before` ignored), preceded by no letter or digit.
pub(crate) fn ends_with_phrase(before: &str, p: &str) -> Option<usize> {
    let trimmed = before.trim_end_matches(is_space);
    let mut end = trimmed.len();
    let mut chars = p.chars().rev().peekable();
    while let Some(c) = chars.next() {
        let head = trimmed.get(..end)?;
        if c == ' ' {
            let kept = head.trim_end_matches(is_space);
            if kept.len() == head.len() {
                return None;
            }
            end = kept.len();
            while chars.peek() == Some(&' ') {
                chars.next();
            }
            continue;
        }
        let d = head.chars().next_back()?;
        if fold(d) != fold(c) {
            return None;
        }
        end -= d.len_utf8();
    }
    let prev = trimmed.get(..end)?.chars().next_back();
    if prev.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(end)
}

/// A resolution or decision number as printed, white space collapsed:
/// `5/1`, `47/218 A`, `862 (1993)`, `1874 (S-IV)`, `S-8/1`.
pub(crate) fn deliberation_number(input: &str) -> Res<'_, String> {
    let mut rest = input;
    for prefix in ["ES-", "S-"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            break;
        }
    }
    let (r, _) = digits(rest)?;
    rest = r;
    let mut slashed = false;
    if let Some(r) = rest.strip_prefix('/') {
        rest = digits(r)?.0;
        slashed = true;
    }
    if !number_ends(rest) {
        return fail(input);
    }
    let mut out = input.get(..input.len() - rest.len()).unwrap_or_default().to_owned();
    if slashed {
        // `47/218 A`: one capital letter, a word on its own.
        if let Some(r) = rest.strip_prefix(' ') {
            let mut it = r.chars();
            if let Some(c) = it.next().filter(char::is_ascii_uppercase) {
                if !it.as_str().starts_with(|n: char| n.is_alphanumeric() || n == '.') {
                    out.push(' ');
                    out.push(c);
                    rest = it.as_str();
                }
            }
        }
    } else if let Ok((r, suffix)) = paren_suffix(rest) {
        out.push_str(" (");
        out.push_str(suffix);
        out.push(')');
        rest = r;
    }
    Ok((rest, out))
}

/// True when a number may end here: no letter, digit or slash follows, nor a
/// point or comma that continues it (`69.2`, `1,383`).
fn number_ends(rest: &str) -> bool {
    let mut it = rest.chars();
    match it.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '/' => false,
        Some('.' | ',') => !it.next().is_some_and(|n| n.is_ascii_digit()),
        Some(_) => true,
    }
}

/// `(1993)`, `(III)`, `(S-IV)` after a number.
fn paren_suffix(input: &str) -> Res<'_, &str> {
    let (rest, _) = ws0(input)?;
    let rest = rest.strip_prefix('(').map_or_else(|| fail(input), |r| Ok((r, ())))?.0;
    let (after, inner) = take_while1(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')(rest)?;
    let is_year = inner.len() == 4 && inner.bytes().all(|b| b.is_ascii_digit());
    let is_roman = roman(inner).is_ok_and(|(r, _)| r.is_empty())
        || inner
            .strip_prefix("S-")
            .or_else(|| inner.strip_prefix("ES-"))
            .is_some_and(|r| roman(r).is_ok_and(|(r, _)| r.is_empty()));
    if !(is_year || is_roman) {
        return fail(input);
    }
    match after.strip_prefix(')') {
        Some(r) => Ok((r, inner)),
        None => fail(input),
    }
}

/// A date in running text: `22 octobre 2010`, `1er juin 2012`, `31 August 1993`,
/// `1º de marzo de 1989`, month names from `lang.months`.
pub(crate) fn date<'a>(input: &'a str, lang: &Lang) -> Res<'a, NaiveDate> {
    let (rest, day) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(input)?;
    let mut rest = rest;
    for suffix in ["er", "re", "º", "°", "st", "nd", "rd", "th"] {
        if let Some(r) = rest.strip_prefix(suffix) {
            rest = r;
            break;
        }
    }
    let (rest, _) = ws1(rest)?;
    let rest = skip_date_of(rest, lang);
    let (rest, month_word) = take_while1(char::is_alphabetic)(rest)?;
    let month_lower = month_word.to_lowercase();
    let Some(month) = lang.months.iter().position(|m| *m == month_lower) else {
        return fail(input);
    };
    let (rest, _) = ws1(rest)?;
    let rest = skip_date_of(rest, lang);
    let (rest, year) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(rest)?;
    let date = (|| {
        let month = u32::try_from(month + 1).ok()?;
        NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)
    })();
    match date {
        Some(d) => Ok((rest, d)),
        None => fail(input),
    }
}

/// Skips `de ` inside a Spanish date.
fn skip_date_of<'a>(input: &'a str, lang: &Lang) -> &'a str {
    match one_of(input, lang.refs.date_of) {
        Ok((rest, _)) => ws1(rest).map_or(input, |(r, _)| r),
        Err(_) => input,
    }
}

/// Collapses every run of white space to one space and trims the ends.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, es, fr};

    #[test]
    fn phrase_folds_case_space_and_apostrophes() {
        assert_eq!(phrase("De l'Assemblée", "de l’").map(|r| r.1), Ok("De l'"));
        assert_eq!(
            phrase(
                "Nations Unies, Recueil des\nTraités, vol.",
                "Nations Unies, Recueil des Traités"
            )
            .map(|r| r.0),
            Ok(", vol.")
        );
        assert!(
            phrase("articles 3", "article").is_err(),
            "a phrase should not end inside a word"
        );
        assert!(
            phrase("Convention9,", "Convention").is_ok(),
            "a glued footnote marker may follow"
        );
    }

    /// `phrase` as first written, character by character from the start (the
    /// byte-by-byte ASCII path skipped): the oracle of
    /// `byte_path_matches_as_characters`.
    fn phrase_all_chars<'a>(input: &'a str, p: &str) -> Res<'a, &'a str> {
        phrase_by_chars(input, input, p, p)
    }

    proptest::proptest! {
        #[test]
        fn byte_path_matches_as_characters(
            input in proptest::collection::vec(proptest::sample::select(vec![
                "a", "A", "r", "R", "é", "É", "s", "o", "l", "u", "t", "i", "n", " ", "  ", "\n", "’", "'", "K", "\u{212a}", "İ", "1", ",", "x",
            ]), 0..14),
            p in proptest::sample::select(vec![
                "résolution", "resolution", "art.", "article", "see also", "l'article", "k", "il", "", " a", "a  b", "Ra",
            ]),
        ) {
            let input: String = input.concat();
            proptest::prop_assert_eq!(phrase(&input, p), phrase_all_chars(&input, p));
        }
    }

    #[test]
    fn fold_of_ascii_is_its_unicode_lower_case() {
        for c in (0u8..128).map(char::from) {
            let unicode = if c == '\'' {
                c
            } else {
                c.to_lowercase().next().unwrap_or(c)
            };
            assert_eq!(
                fold(c),
                unicode,
                "the ASCII fast path should fold {c:?} as Unicode does"
            );
        }
        assert_eq!(fold('’'), '\'', "a typographic apostrophe should fold to '");
        for c in (0x80u8..=0xFF).map(char::from) {
            assert_eq!(
                fold(c),
                c.to_lowercase().next().unwrap_or(c),
                "the Latin-1 fast path should fold {c:?} as Unicode does"
            );
        }
        assert_eq!(fold('\u{212a}'), 'k', "the Kelvin sign should fold to k");
        for c in '\u{100}'..='\u{900}' {
            let unicode = if c == 'ʼ' {
                '\''
            } else {
                c.to_lowercase().next().unwrap_or(c)
            };
            assert_eq!(fold(c), unicode, "the table should fold {c:?} as Unicode does");
        }
    }

    #[test]
    fn ends_with_phrase_finds_the_start() {
        assert_eq!(ends_with_phrase("Recalling its ", "its"), Some(10));
        assert_eq!(
            ends_with_phrase("Bearing in mind Security\nCouncil ", "Security Council"),
            Some(16)
        );
        assert_eq!(ends_with_phrase("Health Assembly ", "Assembly"), Some(7));
        assert_eq!(ends_with_phrase("xits ", "its"), None, "a phrase should start a word");
    }

    #[test]
    fn numbers() {
        let n = |s| deliberation_number(s).map(|(r, n)| (n, r.len()));
        assert_eq!(n("5/1 du"), Ok(("5/1".to_owned(), 3)));
        assert_eq!(n("47/218 A of"), Ok(("47/218 A".to_owned(), 3)));
        assert_eq!(n("862 (1993) of"), Ok(("862 (1993)".to_owned(), 3)));
        assert_eq!(n("1874 (S-IV)"), Ok(("1874 (S-IV)".to_owned(), 0)));
        assert_eq!(n("6/1.)"), Ok(("6/1".to_owned(), 2)));
        assert!(n("69.2 of").is_err(), "a WHA number is not a deliberation number");
        assert!(
            n("1/CP.21").is_err(),
            "a number followed by a slash is part of something else"
        );
    }

    #[test]
    fn dates() {
        let d = |s, l| date(s, l).ok().map(|(_, d)| d.to_string());
        assert_eq!(d("22 octobre 2010", &fr::FR).as_deref(), Some("2010-10-22"));
        assert_eq!(d("1er juin\n201221,", &fr::FR).as_deref(), Some("2012-06-01"));
        assert_eq!(d("31 August 1993", &en::EN).as_deref(), Some("1993-08-31"));
        assert_eq!(d("1º de marzo de 1989", &es::ES).as_deref(), Some("1989-03-01"));
        assert_eq!(d("31 février 2010", &fr::FR), None, "an impossible date is no date");
    }
}

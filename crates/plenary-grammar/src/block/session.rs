//! The session a report covers, read from its opening paragraphs.
//!
//! # Grammar
//! ```text
//! session = ordinal session-word … [ place-lead Place ] … date-range ;
//! date-range = [ "du" | "from" ] day [ month [ year ] ] ( "au" | "to" | "-" | "–" ) day month year ;
//! ```
//!
//! # Examples
//! - `À sa sixième session, tenue à Vienne du 15 au 19 octobre 2012,` (CTOC/COP/2012/15)
//!   is session 6, Vienne, 2012-10-15 to 2012-10-19.
//!
//! # Model
//! [`plenary_model::Session`] in `metadata.session`.
//!
//! # Diagnostics
//! None: what is not found stays `null`.

use chrono::{Datelike, NaiveDate};
use plenary_model::Session;

use crate::lang::Lang;

/// Reads the session from one sentence or paragraph, if it names an ordinal session.
#[must_use]
pub fn read_session(text: &str, lang: &Lang) -> Option<Session> {
    let lower = text.to_lowercase();
    let (number, after) = lang.session.iter().find_map(|s| {
        let at = find_word(&lower, s)?;
        // The ordinal is the one to three words before the session word.
        let before = lower.get(..at)?.trim_end();
        let words: Vec<&str> = before.split_whitespace().collect();
        let number = (1..=3.min(words.len())).rev().find_map(|n| {
            let phrase = words.get(words.len() - n..)?.join(" ");
            lang.ordinal_value(phrase.trim_start_matches(|c: char| !c.is_alphanumeric()))
        })?;
        Some((number, at + s.len()))
    })?;
    let rest = text.get(after..).unwrap_or("");
    let sentence_end = rest.find(". ").unwrap_or(rest.len());
    let rest = rest.get(..sentence_end).unwrap_or(rest);
    // The last place named (`at the United Nations Office at Geneva`).
    let rest_lower = rest.to_lowercase();
    let place = lang.place_lead.iter().find_map(|lead| {
        let needle = format!("{lead} ");
        let mut found = None;
        let mut from = 0;
        while let Some(at) = rest_lower.get(from..).and_then(|r| find_word(r, &needle)) {
            let word_start = from + at + needle.len();
            let word: String = rest
                .get(word_start..)
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect();
            if word.chars().next().is_some_and(char::is_uppercase) {
                found = Some(word);
            }
            from = word_start;
        }
        found
    });
    let (start, end) = date_range(rest, lang).unzip();
    Some(Session {
        number: Some(number),
        place,
        start,
        end,
    })
}

/// Byte offset of `needle` in `hay` at a word start.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = hay.get(from..)?.find(needle) {
        let at = from + pos;
        let before = hay.get(..at).and_then(|s| s.chars().next_back());
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(at);
        }
        from = at + needle.len().max(1);
    }
    None
}

#[derive(Debug, Clone, Copy, Default)]
struct Partial {
    day: u32,
    month: Option<u32>,
    year: Option<i32>,
}

/// The first two dates of `text`, the first completed by the second
/// (`15 au 19 octobre 2012`, `25 February – 22 March 2019`).
#[must_use]
pub fn date_range_in(text: &str, lang: &Lang) -> Option<(NaiveDate, NaiveDate)> {
    date_range(text, lang)
}

fn date_range(text: &str, lang: &Lang) -> Option<(NaiveDate, NaiveDate)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '-' | '−' | '—'))
        .filter(|w| !w.is_empty() && !matches!(*w, "de" | "года"))
        .collect();
    let mut dates: Vec<Partial> = Vec::new();
    let mut i = 0;
    while let Some(word) = words.get(i).filter(|_| dates.len() < 2) {
        let w = word.trim_end_matches(['.', ';', ')']);
        let digits = w.trim_end_matches("er").trim_end_matches("st");
        if let Ok(day) = digits.parse::<u32>() {
            if (1..=31).contains(&day) {
                let mut p = Partial {
                    day,
                    ..Partial::default()
                };
                // An Arabic month of two words, its other name after a slash
                // (`تشرين الأول/أكتوبر`, `كانون الثاني/يناير`).
                let two_words = || {
                    words
                        .get(i + 1)
                        .filter(|w| !w.contains(|c: char| c.is_ascii_digit() || c == '/'))
                        .and(words.get(i + 2))
                        .filter(|w| w.contains('/'))
                        .and_then(|m| month(m, lang))
                };
                let found = match words.get(i + 1).and_then(|m| month(m, lang)) {
                    Some(m) => Some((m, 1)),
                    None => two_words().map(|m| (m, 2)),
                };
                if let Some((m, len)) = found {
                    p.month = Some(m);
                    i += len;
                    if let Some(y) = words
                        .get(i + 1)
                        .and_then(|y| y.trim_end_matches(['.', ',', ';', ')']).parse::<i32>().ok())
                    {
                        if (1900..2200).contains(&y) {
                            p.year = Some(y);
                            i += 1;
                        }
                    }
                }
                dates.push(p);
            }
        }
        i += 1;
    }
    let (a, b) = (dates.first()?, dates.get(1)?);
    let end = NaiveDate::from_ymd_opt(b.year?, b.month?, b.day)?;
    let start = NaiveDate::from_ymd_opt(a.year.or(b.year)?, a.month.or(b.month)?, a.day)?;
    // Days of one month the extractor gave last first (`31-30 ،تشرين
    // الأول/أكتوبر 2017`, a right-to-left range written left to right).
    if start > end && a.month.is_none() && a.year.is_none() && start.month() == end.month() {
        return Some((end, start));
    }
    (start <= end).then_some((start, end))
}

fn month(word: &str, lang: &Lang) -> Option<u32> {
    lang.month_of(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::EN, fr::FR};

    #[test]
    fn french_report() {
        let s = read_session(
            "À sa sixième session, tenue à Vienne du 15 au 19 octobre 2012, la Conférence des Parties",
            &FR,
        )
        .expect("should find the session");
        assert_eq!(s.number, Some(6));
        assert_eq!(s.place.as_deref(), Some("Vienne"));
        assert_eq!(s.start, NaiveDate::from_ymd_opt(2012, 10, 15));
        assert_eq!(s.end, NaiveDate::from_ymd_opt(2012, 10, 19));
    }

    #[test]
    fn arabic_months_of_two_words_and_days_given_last_first() {
        use crate::lang::ar::AR;
        let day = |m, d| NaiveDate::from_ymd_opt(2017, m, d);
        // E/ESCWA/TDD/2017/WG.4/Report: `30-31 تشرين الأول/أكتوبر 2017`,
        // the days written last first by the extractor.
        for text in ["30 – 31 تشرين الأول/أكتوبر 2017", "31 – 30 تشرين الأول/أكتوبر 2017"]
        {
            assert_eq!(date_range_in(text, &AR), day(10, 30).zip(day(10, 31)), "{text}");
        }
        assert_eq!(
            date_range_in("13 – 14 كانون الأول/ديسمبر 2017", &AR),
            day(12, 13).zip(day(12, 14))
        );
        // Days of two months are not swapped.
        assert_eq!(date_range_in("31 May – 2 May 2017", &EN), None);
    }

    #[test]
    fn english_report() {
        let s = read_session(
            "The Council held its fourteenth session at Geneva from 31 May to 18 June 2010.",
            &EN,
        )
        .expect("should find the session");
        assert_eq!((s.number, s.place.as_deref()), (Some(14), Some("Geneva")));
        assert_eq!(s.start, NaiveDate::from_ymd_opt(2010, 5, 31));
        assert_eq!(s.end, NaiveDate::from_ymd_opt(2010, 6, 18));
    }

    #[test]
    fn the_last_place_named_is_the_session_s() {
        let s = read_session(
            "The Human Rights Council held its fourteenth session at the United Nations Office at Geneva from 31 May to 18 June 2010.",
            &EN,
        )
        .expect("should find the session");
        assert_eq!(s.place.as_deref(), Some("Geneva"));
        assert_eq!(s.end, NaiveDate::from_ymd_opt(2010, 6, 18));
    }
}

//! Recognisers for what can start a block at the beginning of a line.
//!
//! Each takes the trimmed content of one line and says whether, and how, a
//! construct starts there. They decide nothing about context (expected
//! numbers, the enclosing construct): the block parser does.
//!
//! # Grammar
//! ```text
//! chapter    = roman "." ws title ;                    (* " IV. Examen de l’application" *)
//! section    = upper "." ws title ;                    (* " A. Résolutions" *)
//! numbered   = digits "." [ ws text ]                  (* "12. Décide", "4." alone *)
//!            | digits ws upper-text ;                  (* "10 Les articles": the period lost *)
//! list-label = [ "(" ] ( lower{1,2} | roman-lower ) ")" [ ws text ] ;   (* "a)", "(iv)" *)
//! deliberation-heading = word ws number "/" number     (* "Résolution 6/1", "Decision 59/112", "القرار 75/1" *)
//!                      | "第" number "号" word ;        (* "第75/1号决议": Lang::number_frame *)
//! bare-number-heading  = number "/" number [ "." ] ;   (* "14/3" *)
//! officer    = role ":" ws{2,} name "(" country ")" ;  (* "Président:   Rachmat Budiman (Indonésie)" *)
//! (* Arabic documents only: *)
//! ar-number  = "-" digits | digits "-" ;               (* "-3" alone, as pdftotext gives "3-"; pdfminer "3-" *)
//! ar-trailing-number = text ws{2,} "-" digits ;        (* "…المقترح        -1": the number in the right margin *)
//! ar-heading = ar-label [ ws ] "-" [ ws title ] ;      (* "أولاً- التفويضات", "ألف- اجتماعات" *)
//! ```

use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{opt, recognize};
use nom::sequence::{pair, terminated, tuple};
use nom::IResult;

use crate::lang::Lang;

/// A numbered start: the number, the bytes the number takes as printed
/// (period included), and where the text after it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbered {
    /// The number.
    pub num: u32,
    /// Length of the number as printed (`12.` is 3).
    pub printed: usize,
    /// Offset of the text after it (the content length when the number stands alone).
    pub text_at: usize,
    /// False when the period is missing (`10 Les articles`).
    pub with_period: bool,
}

fn digits(s: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit())(s)
}

fn skip_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// `12. text`, `4.` alone, or `10 Text` (period lost; only with an upper-case letter after it).
#[must_use]
pub fn numbered(content: &str) -> Option<Numbered> {
    // Cheap test first (this runs several times on every line): a digit opens it.
    if !content.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (mut rest, num) = digits(content).ok()?;
    let mut num: u32 = num.parse().ok()?;
    // A fourth digit (`1000.` in a long report), with its period, and never
    // a year that opens a line (`2020. The Council …`).
    if let Some(&d) = rest.as_bytes().first().filter(|b| b.is_ascii_digit()) {
        let long = num * 10 + u32::from(d - b'0');
        let after = rest.get(1..).unwrap_or("");
        if num < 100 || (1900..2100).contains(&long) || !after.starts_with('.') {
            return None;
        }
        num = long;
        rest = after;
    }
    if let Some(after) = rest.strip_prefix('.') {
        if after.is_empty() {
            return Some(Numbered {
                num,
                printed: content.len() - after.len(),
                text_at: content.len(),
                with_period: true,
            });
        }
        let ws = skip_ws(after);
        if ws == 0 {
            return None; // `1.5`, `6.1`
        }
        return Some(Numbered {
            num,
            printed: content.len() - after.len(),
            text_at: content.len() - after.len() + ws,
            with_period: true,
        });
    }
    let ws = skip_ws(rest);
    let next = rest.get(ws..)?.chars().next()?;
    if ws == 0 || !next.is_uppercase() {
        return None;
    }
    // A day and its month (`1 July 2024`, a table's date) is no number.
    if crate::lang::is_month(rest.get(ws..)?.split_whitespace().next().unwrap_or("")) {
        return None;
    }
    Some(Numbered {
        num,
        printed: content.len() - rest.len(),
        text_at: content.len() - rest.len() + ws,
        with_period: false,
    })
}

/// An Arabic paragraph number alone on its line: `-3` (pdftotext, which
/// reverses the `3-` printed in the right margin) or `3-` (pdfminer). One to
/// three digits; direction marks around it are passed over (a column of
/// `pdftotext -layout` keeps those after the gap).
#[must_use]
pub fn arabic_number_alone(content: &str) -> Option<u32> {
    let content = content.trim_matches(plenary_model::coverage::is_direction_mark);
    if let Some(num) = after_page_number(content) {
        return Some(num);
    }
    // (Digits and dash may stand on two lines: `1` / `-`, PyMuPDF.)
    let digits = content
        .strip_prefix('-')
        .or_else(|| content.strip_suffix('-'))?
        .trim_end();
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// The number of `-2-5`: an Arabic paragraph or item number (`5-` in the
/// right margin) that pdftotext set on the line of the page number printed
/// above it (`-2-`), with direction marks between or not. The page number
/// is read with it, as it stands on the same line; a lone page number
/// (`-2-`) or a range (`6-1`, the contents' paragraphs) is none.
fn after_page_number(content: &str) -> Option<u32> {
    if !content.starts_with('-') {
        return None;
    }
    let mut parts = content
        .split(|c: char| c == '-' || plenary_model::coverage::is_direction_mark(c))
        .filter(|p| !p.is_empty());
    let (page, num) = (parts.next()?, parts.next()?);
    let short = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !short(page) || !short(num) {
        return None;
    }
    // Dashes as the two numbers print them, and nothing else.
    let dashes = content.matches('-').count();
    if !(2..=3).contains(&dashes) || content.ends_with('-') {
        return None;
    }
    num.parse().ok().filter(|&n| n > 0)
}

/// A regional commission's resolution number as pdftotext orders the
/// printed `329 (د-30)` (resolution 329 of the thirtieth session) at the
/// head of its heading: `( 329د )30-`, direction marks between the runs or
/// not, the title after it. The number as printed, where the number ends
/// and where the title starts.
#[must_use]
pub fn arabic_commission_number(content: &str) -> Option<(String, usize, usize)> {
    // Cheap test first: the opening bracket opens the line, or the number
    // does, in reading order (PyMuPDF: `329` / `(د-` / `30` / `) إنشاء …`,
    // read as one line).
    if content.starts_with(|c: char| c.is_ascii_digit()) {
        return commission_number_in_order(content);
    }
    if !content.starts_with('(') {
        return None;
    }
    let mark = plenary_model::coverage::is_direction_mark;
    // The characters that count, with their offsets (no marks, no spaces),
    // up to the dash after the session: twelve at most.
    let seen: Vec<(usize, char)> = content
        .char_indices()
        .filter(|&(_, c)| !mark(c) && c != ' ')
        .take(12)
        .collect();
    let digits_from = |k: usize| seen.iter().skip(k).take_while(|(_, c)| c.is_ascii_digit()).count();
    let number_digits = digits_from(1);
    let after_number = 1 + number_digits;
    let session_digits = digits_from(after_number + 2);
    let dash = after_number + 2 + session_digits;
    let at = |k: usize| seen.get(k).map(|&(_, c)| c);
    if !(1..=4).contains(&number_digits)
        || at(after_number) != Some('د')
        || at(after_number + 1) != Some(')')
        || !(1..=2).contains(&session_digits)
        || at(dash) != Some('-')
    {
        return None;
    }
    commission_number(
        content,
        &seen,
        (1, number_digits),
        (after_number + 2, session_digits),
        dash,
    )
}

/// The number read by [`arabic_commission_number`]: its digits and the
/// session's at those places of `seen` (the content's characters that count,
/// with their offsets), the number's last character at `end`; the number as
/// printed, where it ends, and where the title starts.
fn commission_number(
    content: &str,
    seen: &[(usize, char)],
    (number_at, number_digits): (usize, usize),
    (session_at, session_digits): (usize, usize),
    end: usize,
) -> Option<(String, usize, usize)> {
    let text = |from: usize, n: usize| seen.iter().skip(from).take(n).map(|&(_, c)| c).collect::<String>();
    let (number, session) = (text(number_at, number_digits), text(session_at, session_digits));
    let number_len = seen.get(end)?.0 + 1;
    let rest = content.get(number_len..)?;
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| plenary_model::coverage::is_direction_mark(c) || c.is_whitespace())
            .len();
    Some((format!("{number} (د-{session})"), number_len, number_len + skipped))
}

/// [`arabic_commission_number`] in reading order: `329 (د-30) title`,
/// white space and direction marks anywhere between the pieces.
fn commission_number_in_order(content: &str) -> Option<(String, usize, usize)> {
    let mark = plenary_model::coverage::is_direction_mark;
    let seen: Vec<(usize, char)> = content
        .char_indices()
        .filter(|&(_, c)| !mark(c) && !c.is_whitespace())
        .take(12)
        .collect();
    let digits_from = |k: usize| seen.iter().skip(k).take_while(|(_, c)| c.is_ascii_digit()).count();
    let number_digits = digits_from(0);
    let at = |k: usize| seen.get(k).map(|&(_, c)| c);
    let open = number_digits;
    let session_digits = digits_from(open + 3);
    let close = open + 3 + session_digits;
    if !(1..=4).contains(&number_digits)
        || at(open) != Some('(')
        || at(open + 1) != Some('د')
        || at(open + 2) != Some('-')
        || !(1..=2).contains(&session_digits)
        || at(close) != Some(')')
    {
        return None;
    }
    commission_number(content, &seen, (0, number_digits), (open + 3, session_digits), close)
}

/// An Arabic paragraph number that opens its line before the text, as
/// pdftotext gives `1-` printed in the right margin beside a line whose
/// words it reverses (`-10` and a direction mark or a space, then a
/// letter): the number and where the text starts.
#[must_use]
pub fn arabic_number_opening(content: &str) -> Option<(u32, usize)> {
    let rest = content.strip_prefix('-')?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = rest.get(digits..)?;
    let text = after.trim_start_matches(|c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c));
    // A number in a run of its own (its embedding closed, a new one opened
    // before the text: `-6` PDF PDF RLE `بند`) is a page number set beside
    // the page's first line, not the paragraph's.
    let gap = after.get(..after.len() - text.len())?;
    let own_run = gap.contains(['\u{202A}', '\u{202B}', '\u{2066}', '\u{2067}']);
    if gap.is_empty() || own_run || !text.starts_with(char::is_alphabetic) {
        return None;
    }
    let num = rest.get(..digits)?.parse().ok().filter(|&n| n > 0)?;
    Some((num, content.len() - text.len()))
}

/// An Arabic paragraph number at the end of its paragraph's first line, after
/// a gap of two spaces or more, or of one after an Arabic word (`pdftotext
/// -layout`, which sets the right margin's `1-` after the line's text as
/// `-1`): the number. Direction marks
/// around the number and in the gap are passed over.
#[must_use]
pub fn arabic_trailing_number(content: &str) -> Option<u32> {
    let is_mark = plenary_model::coverage::is_direction_mark;
    let body = content.trim_end_matches(is_mark);
    let before_digits = body.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = body.get(before_digits.len()..)?;
    let before_dash = before_digits.strip_suffix('-')?.trim_end_matches(is_mark);
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let text = before_dash.trim_end_matches(|c: char| c.is_whitespace() || is_mark(c));
    let gap = before_dash.get(text.len()..)?;
    let spaces = gap.chars().filter(|c| c.is_whitespace()).count();
    // A line as wide as the column (60 characters or more) keeps one space
    // before the number (`… مساء يوم الأربعاء -5`), after an Arabic word or
    // comma; a short line (`الجدول -4`) does not.
    let arabic_before = text
        .chars()
        .next_back()
        .is_some_and(|c| crate::lang::arabic::is_arabic_letter(c) || matches!(c, '،' | '؛'))
        && text.chars().count() >= 60;
    (text.chars().any(char::is_alphabetic) && (spaces >= 2 || (spaces == 1 && arabic_before)))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// The ordinal adverbs that label an Arabic report's chapters (`أولاً` is
/// chapter I), without their tanween, and the letter names that label its
/// sections (`ألف` is section A), as [`crate::lang::arabic::key`] compares them.
const ARABIC_CHAPTER_LABELS: [&str; 20] = [
    "أولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
    "حادي عشر",
    "ثاني عشر",
    "ثالث عشر",
    "رابع عشر",
    "خامس عشر",
    "سادس عشر",
    "سابع عشر",
    "ثامن عشر",
    "تاسع عشر",
    "عشرون",
];

/// The letter names of Arabic section labels, in the order of the Latin
/// letters they stand for (`ألف` A, `باء` B, `جيم` C …).
const ARABIC_SECTION_LABELS: [&str; 12] = [
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام",
];

/// What an Arabic heading label stands for: a chapter's number (`أولاً` is
/// 1) or a section's letter (`باء` is `B`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArabicLabel {
    /// A chapter, by its ordinal adverb.
    Chapter(u32),
    /// A section, by its letter name: the Latin letter it stands for.
    Section(char),
}

/// The value of an Arabic heading label ([`ArabicLabel`]), compared under
/// [`crate::lang::arabic::key`] (glyph forms, lam-alef order, tanween and
/// the space pdftotext sets before it: `ثانيا ً`).
#[must_use]
pub fn arabic_label_value(label: &str) -> Option<ArabicLabel> {
    // Cheap test first (every labelled line of every document asks): an
    // Arabic label holds no ASCII letter.
    if label.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    // The labels' keys, made once.
    static KEYS: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    let (chapters, sections) = KEYS.get_or_init(|| {
        let keys = |labels: &[&str]| labels.iter().map(|w| crate::lang::arabic::key(w)).collect();
        (keys(&ARABIC_CHAPTER_LABELS), keys(&ARABIC_SECTION_LABELS))
    });
    let value = |key: &str| {
        let same = |w: &String| w == key;
        if let Some(i) = chapters.iter().position(same) {
            return u32::try_from(i + 1).ok().map(ArabicLabel::Chapter);
        }
        let i = sections.iter().position(same)?;
        let letter = char::from_u32(u32::from('A') + u32::try_from(i).ok()?)?;
        Some(ArabicLabel::Section(letter))
    };
    // A label whose runs `-raw` wrote in visual order (`ً` RLE `ﺎ` PDF RLE
    // `ﺭﺍﺑﻌ` for `رابعاً`) reads in reading order too.
    // `-raw` may set a label's pieces a line each (`ثالث` / `ً` / `ا`): read
    // together, the line breaks left out (a space within a line still
    // splits words).
    value(&crate::lang::arabic::key(label))
        .or_else(|| crate::lang::arabic::logical_order(label).and_then(|read| value(&crate::lang::arabic::key(&read))))
        .or_else(|| {
            label
                .contains('\n')
                .then(|| label.lines().map(str::trim).collect::<String>())
                .and_then(|read| value(&crate::lang::arabic::key(&read)))
        })
}

/// True when `label` is one of the Arabic labels of two words (`حادي عشر`),
/// its space where the table has it.
#[must_use]
pub fn spaced_arabic_label(label: &str) -> bool {
    let key = crate::lang::arabic::key(label);
    ARABIC_CHAPTER_LABELS
        .iter()
        .any(|w| w.contains(' ') && crate::lang::arabic::key(w) == key)
}

/// An Arabic heading: a chapter's ordinal adverb or a section's letter name,
/// a hyphen, and the title (`أولاً- التفويضات من الدول الأعضاء`, `ألف -
/// اجتماعات`), or the label alone. Returns the label as printed (up to the
/// hyphen, spaces and marks trimmed) and where the title starts.
#[must_use]
pub fn arabic_labelled_heading(content: &str) -> Option<(&str, usize)> {
    // The longest label (`حادي عشر`, its tanween, marks and spaces) is short.
    let dash = content
        .char_indices()
        .take(24)
        .find(|&(_, c)| c == '-')
        .map(|(i, _)| i)?;
    let is_gap = |c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c);
    let label = content.get(..dash)?.trim_end_matches(is_gap);
    if label.is_empty() || label.contains(|c: char| c.is_ascii() && !c.is_whitespace()) {
        return None;
    }
    arabic_label_value(label)?;
    let rest = content.get(dash + 1..)?;
    let title = rest.trim_start_matches(is_gap);
    Some((label, content.len() - title.len()))
}

/// Value of an upper-case roman numeral (`XIV` is 14).
#[must_use]
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    Some(total)
}

/// A heading with a label and a title: `IV. Examen…` (roman) or `A. Résolutions` (letter).
/// Returns the label and where the title starts.
#[must_use]
pub fn labelled_heading(content: &str) -> Option<(&str, usize)> {
    let (rest, label) = terminated(
        take_while1::<_, _, nom::error::Error<&str>>(|c: char| c.is_ascii_uppercase()),
        char('.'),
    )(content)
    .ok()?;
    if rest.is_empty() {
        return Some((label, content.len())); // the label alone; the title is on the next line
    }
    let ws = skip_ws(rest);
    if ws == 0 || rest.len() == ws {
        return None;
    }
    Some((label, content.len() - rest.len() + ws))
}

/// A part heading: `Part One`, `Première partie`, `Primera parte` (at most three words).
#[must_use]
pub fn part_heading(content: &str, lang: &Lang) -> bool {
    // Cheap tests first: this runs on every line.
    if content.len() > 40
        || !content.chars().next().is_some_and(char::is_uppercase)
        || content.ends_with(['.', ',', ':', ';'])
    {
        return false;
    }
    let words = content.split_whitespace().count();
    (2..=3).contains(&words)
        && content
            .split_whitespace()
            .any(|w| lang.part.iter().any(|p| w.to_lowercase() == *p))
}

/// A cheap test before [`contents_heading`]: such a heading is short.
#[must_use]
pub fn contents_heading_cheap(content: &str) -> bool {
    content.len() <= 64
}

/// The heading of a table of contents: `Contents`, `Table des matières`.
#[must_use]
pub fn contents_heading(content: &str, lang: &Lang) -> bool {
    // `CONTENTS (continued)`, `Table des matières (suite)` on the next pages.
    let lower = content.to_lowercase();
    // (PyMuPDF sets an Arabic line's closing bracket first: `)المحتويات (تابع`.)
    let swapped = lower.starts_with(')') && lower.chars().nth(1).is_some_and(crate::lang::arabic::is_arabic_letter);
    let lower = if swapped {
        lower.get(1..).unwrap_or("").to_owned()
    } else {
        lower
    };
    let lower = match lower.find(" (") {
        Some(at) if lower.ends_with(')') || swapped => lower.get(..at).unwrap_or("").to_owned(),
        _ => lower,
    };
    // Arabic compares by its key: glyph forms and a lam-alef pair in either
    // order (`ﺍﻟﻤﺤﺘﻮﻳﺎﺕ` is `المحتويات`).
    let arabic = || lower.chars().next().is_some_and(crate::lang::arabic::is_arabic_letter);
    lang.contents.iter().any(|w| lower == *w)
        || (arabic()
            && lang
                .contents
                .iter()
                .any(|w| crate::lang::arabic::key(&lower) == crate::lang::arabic::key(w)))
}

/// A line of a table of contents: dot leaders, a label alone, a page number
/// or paragraph range, or a column header.
#[must_use]
pub fn toc_line(content: &str) -> bool {
    let leaders = crate::lex::has_leader(content) || content.contains("…..") || content.contains("……");
    let label_alone = labelled_heading(content).is_some_and(|(_, at)| at >= content.len())
        || numbered(content).is_some_and(|n| n.text_at >= content.len())
        || is_deliberation_number(content.trim_end_matches('.'))
        || list_label(content).is_some_and(|l| l.text_at >= content.len());
    let numbers = !content.is_empty()
        && content
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '−' | ' ' | ','));
    leaders || label_alone || numbers
}

/// The kind of list label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// `a)`, `(b)`, `aa)`.
    Letter,
    /// `i)`, `(iv)`.
    Roman,
}

/// A list label: the label as printed (`a)`, `(iv)`), its letters, and where the text starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListLabel<'a> {
    /// As printed.
    pub printed: &'a str,
    /// The letters (`a`, `iv`).
    pub value: &'a str,
    /// Offset of the text after the label.
    pub text_at: usize,
}

/// `a) text`, `(iv) text`, or a label alone on its line.
#[must_use]
pub fn list_label(content: &str) -> Option<ListLabel<'_>> {
    // Cheap test first (this runs on every line): `(`, at most five letters
    // and `)` are ASCII, so the `)` stands within the first seven bytes.
    if !content.as_bytes().iter().take(7).any(|&b| b == b')') {
        return None;
    }
    let lower = |s| take_while_m_n::<_, _, nom::error::Error<&str>>(1, 5, |c: char| c.is_ascii_lowercase())(s);
    let (rest, printed) = recognize(tuple((opt(char('(')), lower, char(')'))))(content).ok()?;
    let value = printed.trim_start_matches('(').trim_end_matches(')');
    if value.len() > 2 && roman_value(value).is_none() {
        return None;
    }
    let ws = skip_ws(rest);
    if ws == 0 && !rest.is_empty() {
        return None;
    }
    Some(ListLabel {
        printed,
        value,
        text_at: content.len() - rest.len() + ws,
    })
}

/// The letter sequence position of a list label value (`a` is 1, `z` 26, `aa` 27).
#[must_use]
pub fn letter_index(value: &str) -> Option<u32> {
    let mut chars = value.chars();
    let first = chars.next()?;
    match (chars.next(), chars.next()) {
        (None, _) => Some(first as u32 - 'a' as u32 + 1),
        (Some(second), None) if second == first => Some(first as u32 - 'a' as u32 + 27),
        _ => None,
    }
}

/// `Résolution 6/1`, `Decision 59/112`, `القرار 75/1`, `第75/1号决议`: the
/// kind word and the number as printed.
///
/// The word comes first and opens with a capital, or with a letter of a
/// script without capitals (Arabic `القرار 75/1`, `المقرر 59/112`); or,
/// in a language of [`Lang::number_frame`], the number comes first in its
/// frame and the word after it (Chinese `第75/1号决议`, `第2774(2025)号决议`;
/// see [`framed_heading`]). The number is one of [`is_heading_number`].
#[must_use]
pub fn deliberation_heading<'a>(content: &'a str, lang: &Lang) -> Option<(plenary_model::DeliberationKind, &'a str)> {
    if let Some(frame) = lang.number_frame {
        if let Some(found) = framed_heading(content, frame, lang) {
            return Some(found);
        }
    }
    // Cheapest test first (this runs on every line): the word opens with a
    // capital or a caseless letter (white space there would leave the word
    // empty).
    if !content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || (!c.is_ascii() && caseless(c)))
    {
        return None;
    }
    let (word, number) = content.split_once(char::is_whitespace)?;
    let number = number.trim();
    // Cheap tests first (this runs on every line): a short number, a known first letter.
    let first = word.chars().next()?.to_lowercase().next()?;
    if number.len() > 12
        || !lang
            .resolution
            .iter()
            .chain(lang.decision)
            .any(|w| w.starts_with(first))
    {
        return None;
    }
    let kind = deliberation_kind(&word.to_lowercase(), lang)?;
    // `Resolution 70/1.` with its period is a sentence citing it, not a heading.
    is_heading_number(number).then_some((kind, number))
}

/// `第75/1号决议`, `第 2774(2025) 号决议`: a heading whose number stands in the
/// language's frame ([`Lang::number_frame`], `第` … `号`) before the word,
/// white space around the number allowed (Chinese documents often set Latin
/// digits apart with spaces).
#[must_use]
pub fn framed_heading<'a>(
    content: &'a str,
    (open, close): (&str, &str),
    lang: &Lang,
) -> Option<(plenary_model::DeliberationKind, &'a str)> {
    // Cheap test first (this runs on every line): the frame opens the line.
    let rest = content.strip_prefix(open)?;
    let end = rest.find(close)?;
    let number = rest.get(..end)?.trim();
    let kind = deliberation_kind(rest.get(end + close.len()..)?.trim(), lang)?;
    (number.len() <= 16 && is_heading_number(&spaced_number(number))).then_some((kind, number))
}

/// The kind a word names, lower-case: [`Lang::resolution`] or [`Lang::decision`].
fn deliberation_kind(word: &str, lang: &Lang) -> Option<plenary_model::DeliberationKind> {
    if lang.resolution.contains(&word) {
        Some(plenary_model::DeliberationKind::Resolution)
    } else if lang.decision.contains(&word) {
        Some(plenary_model::DeliberationKind::Decision)
    } else {
        None
    }
}

/// A letter of a script without capitals (Arabic, Chinese).
fn caseless(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// The numbers a heading gives: `6/1`, `2774 (2025)`, `2758 (XXVI)`, `C (71)`.
#[must_use]
pub fn is_heading_number(number: &str) -> bool {
    is_deliberation_number(number)
        || is_council_number(number)
        || is_session_number(number)
        || is_lettered_number(number)
}

/// A number with its parenthesis set as the English text sets it: one
/// space before it, ASCII parentheses (`2774(2025)` and Chinese
/// `2774（2025）` are `2774 (2025)`); a number with none as it is.
#[must_use]
pub fn spaced_number(number: &str) -> std::borrow::Cow<'_, str> {
    if !number.contains(['(', '（']) {
        return std::borrow::Cow::Borrowed(number);
    }
    let ascii = number.replace('（', "(").replace('）', ")");
    match ascii.split_once('(') {
        Some((digits, rest)) => std::borrow::Cow::Owned(format!("{} ({rest}", digits.trim_end())),
        None => std::borrow::Cow::Owned(ascii),
    }
}

/// `C (71)`: a regional commission's decision, a capital letter (or two)
/// and the session in parentheses (`Decision C (71)`, the Economic
/// Commission for Europe's seventy-first session).
#[must_use]
pub fn is_lettered_number(s: &str) -> bool {
    parenthesised(s).is_some_and(|(letters, session)| {
        (1..=2).contains(&letters.len())
            && letters.bytes().all(|b| b.is_ascii_uppercase())
            && (1..=3).contains(&session.len())
            && session.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `Draft resolution`, `Draft resolution II`, `Projet de décision A`: the
/// label a report prints over a draft it submits (the language's draft
/// phrases, [`Lang`]'s `masthead.draft`), alone on its line or with a roman
/// numeral or a capital letter. The kind of text it proposes.
#[must_use]
pub fn draft_heading(content: &str, lang: &Lang) -> Option<plenary_model::DeliberationKind> {
    // Cheap tests first: a short line, not opening in small letters (a
    // sentence running on: `… the following` / `draft resolution I`).
    let first = content.chars().next().filter(|c| !c.is_lowercase())?;
    // …and a first letter one of the phrases opens with: most lines are
    // turned away before any lower-casing.
    let first = first.to_lowercase().next().unwrap_or(first);
    if content.len() > 48 || !lang.masthead.draft.iter().any(|(phrase, _)| phrase.starts_with(first)) {
        return None;
    }
    let lower = content.trim().to_lowercase();
    lang.masthead.draft.iter().find_map(|&(phrase, kind)| {
        let rest = lower.strip_prefix(phrase)?;
        let rest = rest.trim();
        let label = rest.is_empty()
            || roman_value(&rest.to_uppercase()).is_some()
            || (rest.chars().count() == 1 && rest.chars().all(|c| c.is_alphabetic()));
        label.then_some(kind)
    })
}

/// `2774 (2025)`: a Security Council resolution's number with its year.
#[must_use]
pub fn is_council_number(s: &str) -> bool {
    parenthesised(s).is_some_and(|(number, year)| {
        (1..=4).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `2774 (2025)`, `C (71)`: what stands before ` (` and what stands in the
/// parentheses, which close `s`.
fn parenthesised(s: &str) -> Option<(&str, &str)> {
    let (head, rest) = s.split_once(" (")?;
    Some((head, rest.strip_suffix(')')?))
}

/// `2758 (XXVI)`: a General Assembly resolution's number before its 31st
/// session (1976), the session in roman numerals, printed in Latin letters.
#[must_use]
pub fn is_session_number(s: &str) -> bool {
    session_number(s).is_some_and(|(_, numeral, reading)| reading.as_deref() == Some(numeral))
}

/// `2758 (XXVI)` as printed, or as OCR of a Cyrillic page reads it: the
/// digits, the numeral as printed, and the roman numeral it reads as, or
/// `None` where OCR made it illegible.
///
/// An OCR model with no Latin letters reads a numeral's letters as the
/// Cyrillic letters or marks that look like them (`ХХУ!` for `XXVI`: Х, У,
/// І, С, and `!`, `|`, `1` for `I`), and sometimes as shapes that read as
/// nothing (`ХХУЮ`, the `I)` run together). The numeral is a run of
/// capitals and marks, no space or small letter, that opens with a roman
/// letter or its likeness (not `(ЕС)`), the closing parenthesis perhaps lost.
#[must_use]
pub fn session_number(s: &str) -> Option<(&str, &str, Option<String>)> {
    let (digits, rest) = s.split_once(" (")?;
    if !(1..=4).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let numeral = rest.strip_suffix(')').unwrap_or(rest);
    let count = numeral.chars().count();
    if !(1..=8).contains(&count)
        || numeral
            .chars()
            .any(|c| c.is_whitespace() || c.is_lowercase() || matches!(c, '(' | ')' | '.' | ',' | '/'))
    {
        return None;
    }
    let likeness = |c: char| match c {
        'I' | 'V' | 'X' | 'L' | 'C' => Some(c),
        'Х' => Some('X'),
        'У' => Some('V'),
        'І' | '!' | '|' | '1' => Some('I'),
        'С' => Some('C'),
        _ => None,
    };
    numeral.chars().next().and_then(likeness)?;
    let read: Option<String> = numeral.chars().map(likeness).collect();
    let reading = read.filter(|r| roman_value(r).is_some());
    Some((digits, numeral, reading))
}

/// The line under a resolution's heading that says who adopted it and when
/// (`Adopted by the Security Council at its 9866th meeting, on`,
/// `Adoptée par le Conseil de sécurité à sa …`, `…会议通过`):
/// [`crate::lang::Masthead::adopted_by`].
#[must_use]
pub fn adoption_line(content: &str, lang: &Lang) -> bool {
    let lower = content.trim().to_lowercase();
    lang.masthead.adopted_by.iter().any(|w| match w.strip_prefix('…') {
        Some(end) => lower.ends_with(end),
        None => lower.starts_with(w),
    })
}

/// `6/1`, `14/3`, `S-8/1`, `ES-11/1`.
#[must_use]
pub fn is_deliberation_number(s: &str) -> bool {
    let num = |s| take_while_m_n::<_, _, nom::error::Error<&str>>(1, 4, |c: char| c.is_ascii_digit())(s);
    let prefix = opt(pair(take_while_m_n(1, 2, |c: char| c.is_ascii_uppercase()), char('-')));
    let parsed: IResult<&str, _> = recognize(tuple((prefix, num, char('/'), num)))(s);
    matches!(parsed, Ok(("", _)))
}

/// An officer line: role, name, country. `role` is empty for a continuation
/// line (`Eugenio María Curia (Argentine)` under `Vice-Présidents:`).
#[must_use]
pub fn officer(content: &str) -> Option<(&str, &str, &str)> {
    // Cheap test first (this runs on every line): the country closes the line.
    if !content.trim_end().ends_with(')') {
        return None;
    }
    // The role set apart by a column's gap, or by one space where it names
    // an office (`Rapporteur-General: Omar Hilale (Morocco)`).
    let (role, rest) = match content.split_once(':') {
        Some((role, rest)) if rest.starts_with("  ") || rest.starts_with('\t') => (role.trim(), rest.trim()),
        Some((role, rest)) if rest.starts_with(' ') && names_office(role) => (role.trim(), rest.trim()),
        Some(_) => return None,
        None => ("", content),
    };
    if role.split_whitespace().count() > 3 || role.contains(['(', ')', ',', '.']) {
        return None;
    }
    let rest = rest.strip_suffix(')')?;
    let open = rest.rfind('(')?;
    let name = rest.get(..open)?.trim();
    let country = rest.get(open + 1..)?.trim();
    let words = name.split_whitespace().count();
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // Particles (`de`, `van`) may stand inside a name, never first.
    let capitalised =
        name.split_whitespace().next().is_some_and(upper) && name.split_whitespace().all(|w| upper(w) || w.len() <= 3);
    ((2..=6).contains(&words) && capitalised && !country.is_empty() && !name.contains(','))
        .then_some((role, name, country))
}

/// True when `role` (`Rapporteur-General`, `Vice-President`) holds a word
/// for an office of a masthead's or a report's officers, in any language.
fn names_office(role: &str) -> bool {
    let role = role.trim().to_lowercase();
    role.split([' ', '-'])
        .any(|w| crate::lang::ALL.iter().any(|lang| lang.masthead.roles.contains(&w)))
}

/// True when `content` ends a sentence or clause: `.`, `;`, `:`, `!`, `?`.
#[must_use]
pub fn ends_clause(content: &str) -> bool {
    let trimmed = content.trim_end_matches(['”', '"', '»', ')', ']', ' ']);
    trimmed.ends_with(['.', ';', ':', '!', '?']) || content.ends_with("”.")
}

/// True when `content` starts with an upper-case letter (after opening quotes).
#[must_use]
pub fn starts_upper(content: &str) -> bool {
    content
        .trim_start_matches(['“', '"', '«', '(', '['])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// True when `content` starts with a lower-case letter.
#[must_use]
pub fn starts_lower(content: &str) -> bool {
    content.chars().next().is_some_and(char::is_lowercase)
}

/// A preambular paragraph's opening word (`Rappelant`, `Profondément préoccupée`, `Recalling`).
#[must_use]
pub fn preambular_start(content: &str, lang: &Lang) -> bool {
    if lang.openers_in_small_letters || lang.unspaced {
        return opens_with(content, lang.preambular, lang).is_some();
    }
    let first = content
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    // A capital, or a script without capitals (Arabic `إذ`).
    if first.is_empty() || first.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    lang.preambular.iter().any(|w| w.split(' ').next() == Some(first)) || preambular_form(first, lang)
}

/// True when `content` opens with one of [`Lang::preambular_in_preamble`]
/// (`وقد نظرت في …`): a preambular paragraph where a resolution's preamble
/// goes on, running text elsewhere.
#[must_use]
pub fn preamble_only_opener(content: &str, lang: &Lang) -> bool {
    !lang.preambular_in_preamble.is_empty()
        && content
            .split_whitespace()
            .next()
            .map(|w| w.trim_matches(plenary_model::coverage::is_direction_mark))
            .is_some_and(|w| lang.preambular_in_preamble.contains(&w))
}

/// `Decides that …`, `Prie le Secrétaire général`, `постановляет принять`,
/// `请秘书长…`: an operative verb of [`Lang::operative`], then more text.
/// Where openers are printed in small letters or words are not spaced, the
/// verb is matched as in [`opens_with`]; elsewhere it is the first word,
/// whatever its case.
#[must_use]
pub fn operative_start(content: &str, lang: &Lang) -> bool {
    if lang.operative.is_empty() {
        return false;
    }
    if lang.openers_in_small_letters || lang.unspaced {
        return opens_with(content, lang.operative, lang).is_some_and(|rest| !rest.trim().is_empty());
    }
    let mut words = content.split_whitespace();
    let Some(first) = words.next() else { return false };
    if first.len() > 24 || words.next().is_none() {
        return false;
    }
    lang.operative.contains(&first.to_lowercase().as_str())
}

/// The rest of `content` after one of `phrases` that opens it whole
/// (`с удовлетворением отмечая` for `С удовлетворением`), its first letter
/// in either case; in a language of [`Lang::unspaced`] words, any text may
/// follow (`回顾其…`), elsewhere a space, a comma or nothing.
#[must_use]
pub fn opens_with<'t>(content: &'t str, phrases: &[&str], lang: &Lang) -> Option<&'t str> {
    let mut chars = content.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    phrases.iter().find_map(|phrase| {
        let mut p = phrase.chars();
        let p_first = p.next()?;
        if !first.to_lowercase().eq(p_first.to_lowercase()) {
            return None;
        }
        let after = rest.strip_prefix(p.as_str())?;
        (lang.unspaced || after.is_empty() || after.starts_with(|c: char| c.is_whitespace() || c == ','))
            .then_some(after)
    })
}

/// A capitalised participle or gerund of the language's preambular forms
/// (`Reiterating`, `Constatant`, `Reconociendo`): six letters at least, an
/// ending of [`Lang::preambular_endings`], not one of [`Lang::preambular_not`].
#[must_use]
pub fn preambular_form(first: &str, lang: &Lang) -> bool {
    first.chars().count() >= 6
        && first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && lang.preambular_endings.iter().any(|e| first.ends_with(e))
        && !lang.preambular_not.contains(&first)
}

/// A meeting line closing an adopted text: `10th meeting`, `34e séance`, `36ª sesión`.
#[must_use]
pub fn meeting_line(content: &str, lang: &Lang) -> bool {
    // Cheap test first (this runs on every line): an ordinal opens the line.
    if !content.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = content.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let rest = words.count();
    let ordinal = first.chars().next().is_some_and(|c| c.is_ascii_digit())
        && first.chars().any(|c| c.is_alphabetic() || c == 'ª' || c == 'º');
    let word = second.to_lowercase();
    let plenary = matches!(word.as_str(), "plenary" | "plénière" | "sesión" | "пленарное");
    ordinal && rest <= 1 && (lang.refs.meeting.contains(&word.as_str()) || plenary)
}

/// True when a heading or title line goes on over the next line: the line
/// breaks off (a comma, a hyphen, a short lower-case word such as `of`, `de`,
/// `la`), or fills the width (it was wrapped), or the next line starts lower-case.
#[must_use]
pub fn goes_on(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end_matches('*').trim_end();
    let last = prev.rsplit(' ').next().unwrap_or("");
    prev.ends_with([',', '-', '–'])
        || (last.chars().count() <= 4 && last.chars().all(char::is_lowercase))
        || prev.chars().count() >= 40
        || next.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::fr::FR;

    #[test]
    fn draft_labels_and_lettered_numbers() {
        use plenary_model::DeliberationKind::{Decision, Resolution};
        let en = &crate::lang::en::EN;
        assert_eq!(draft_heading("Draft resolution", en), Some(Resolution));
        assert_eq!(draft_heading("Draft resolution III", en), Some(Resolution));
        assert_eq!(draft_heading("Draft decision B", en), Some(Decision));
        assert_eq!(draft_heading("Projet de résolution II", &FR), Some(Resolution));
        assert_eq!(draft_heading("draft resolution I", en), None, "a sentence running on");
        assert_eq!(draft_heading("Draft resolution A/78/L.5", en), None, "a citation");
        assert_eq!(draft_heading("Draft resolutions submitted by", en), None);
        assert!(is_lettered_number("C (71)") && is_lettered_number("AB (9)"));
        assert!(!is_lettered_number("C (XL)") && !is_lettered_number("c (71)") && !is_lettered_number("C 71"));
    }

    #[test]
    fn preambular_forms_by_their_ending() {
        use crate::lang::{en::EN, es::ES};
        assert!(preambular_form("Reiterating", &EN), "an -ing participle");
        assert!(preambular_form("Constatant", &FR), "a participe présent");
        assert!(preambular_form("Reconociendo", &ES), "a gerundio");
        assert!(!preambular_form("Meeting", &EN), "a noun listed as no opener");
        assert!(!preambular_form("Cependant", &FR), "an adverb listed as no opener");
        assert!(!preambular_form("King", &EN), "too short");
        assert!(!preambular_form("REITERATING", &EN), "capitals are a heading");
        assert!(preambular_start("Commemorating the fiftieth anniversary,", &EN));
    }

    #[test]
    fn session_numbers_as_printed_and_as_ocr_reads_them() {
        assert!(is_session_number("2758 (XXVI)"), "a number of the 26th session");
        assert!(is_session_number("1 (I)"));
        assert!(!is_session_number("2774 (2025)"), "a Security Council number");
        assert!(
            !is_session_number("2753 (ХХУ!)"),
            "Cyrillic letters are no Latin numeral"
        );
        assert_eq!(
            session_number("2753 (ХХУ!)").map(|(d, _, r)| (d, r)),
            Some(("2753", Some("XXVI".to_owned()))),
            "Cyrillic likenesses read as the roman letters"
        );
        assert_eq!(
            session_number("2751 (ХХУЮ"),
            Some(("2751", "ХХУЮ", None)),
            "a numeral OCR made illegible, its parenthesis lost"
        );
        assert!(session_number("2010 (ЕС)").is_none(), "an abbreviation is no numeral");
        assert!(session_number("12 (a)").is_none(), "a list label");
        assert!(session_number("2758 (XXVI) of 25 October").is_none());
        assert_eq!(
            deliberation_heading("Resolution 2758 (XXVI)", &crate::lang::en::EN),
            Some((plenary_model::DeliberationKind::Resolution, "2758 (XXVI)"))
        );
    }

    #[test]
    fn numbered_forms() {
        let n = numbered("12. Décide que").unwrap();
        assert_eq!((n.num, n.printed, n.text_at, n.with_period), (12, 3, 4, true));
        let n = numbered("10 Les articles").unwrap();
        assert_eq!((n.num, n.with_period), (10, false), "a lost period is still a number");
        assert!(numbered("4.").is_some(), "a number alone on its line");
        assert!(numbered("10e séance").is_none(), "an ordinal is not a number");
        assert!(numbered("1 July 2024").is_none(), "a date is not a number");
        assert!(numbered("28 juin 2018").is_none(), "nor in French");
        assert!(numbered("2012, la").is_none(), "a year is not a paragraph number");
        assert_eq!(
            numbered("1000. During the dialogue").map(|n| n.num),
            Some(1000),
            "a long report"
        );
        assert!(numbered("2020. The Council").is_none(), "a year opening a line");
        assert!(numbered("1000 States").is_none(), "four digits need their period");
        assert!(numbered("108 États").is_some(), "the shape alone; context decides");
    }

    #[test]
    fn headings_and_labels() {
        assert_eq!(labelled_heading("IV. Examen"), Some(("IV", 4)));
        assert_eq!(labelled_heading("A.  Ouverture"), Some(("A", 4)));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(list_label("a) Ouverture").map(|l| l.value), Some("a"));
        assert_eq!(list_label("(iv) Outils").map(|l| l.value), Some("iv"));
        assert_eq!(list_label("(a)").map(|l| l.text_at), Some(3));
        assert!(
            list_label("et) non").is_none() || list_label("et) non").is_some_and(|l| letter_index(l.value).is_none())
        );
        assert_eq!(
            deliberation_heading("Résolution 6/1", &FR),
            Some((plenary_model::DeliberationKind::Resolution, "6/1"))
        );
        assert!(deliberation_heading("résolution 6/1 du", &FR).is_none());
    }

    #[test]
    fn headings_in_every_language() {
        use crate::lang::{ar::AR, es::ES, ru::RU, zh::ZH};
        use plenary_model::DeliberationKind::{Decision, Resolution};
        assert_eq!(deliberation_heading("Резолюция 75/1", &RU), Some((Resolution, "75/1")));
        assert_eq!(deliberation_heading("Решение 59/112", &RU), Some((Decision, "59/112")));
        assert_eq!(deliberation_heading("Resolución 75/1", &ES), Some((Resolution, "75/1")));
        assert_eq!(deliberation_heading("Decisión 59/112", &ES), Some((Decision, "59/112")));
        assert_eq!(
            deliberation_heading("القرار 75/1", &AR),
            Some((Resolution, "75/1")),
            "an Arabic heading has no capital"
        );
        assert_eq!(deliberation_heading("المقرر 59/112", &AR), Some((Decision, "59/112")));
        assert!(
            deliberation_heading("القرار 75/1 المؤرخ 21 أيلول/سبتمبر 2020", &AR).is_none(),
            "a citation goes on after the number"
        );
        assert_eq!(
            deliberation_heading("第75/1号决议", &ZH),
            Some((Resolution, "75/1")),
            "the Chinese number stands between 第 and 号, the word after it"
        );
        assert_eq!(deliberation_heading("第59/112号决定", &ZH), Some((Decision, "59/112")));
        assert_eq!(
            deliberation_heading("第2774(2025)号决议", &ZH),
            Some((Resolution, "2774(2025)")),
            "a Security Council number, no space before its year"
        );
        assert_eq!(
            deliberation_heading("第 2774（2025） 号决议", &ZH),
            Some((Resolution, "2774（2025）")),
            "spaces around the number and full-width parentheses"
        );
        assert_eq!(
            deliberation_heading("第2758(XXVI)号决议", &ZH),
            Some((Resolution, "2758(XXVI)"))
        );
        assert!(
            deliberation_heading("第75/1号决议，", &ZH).is_none(),
            "running text goes on"
        );
        assert!(deliberation_heading("第五条", &ZH).is_none(), "an article");
        assert!(deliberation_heading("第75/1号决议", &crate::lang::en::EN).is_none());
    }

    #[test]
    fn numbers_spaced_as_in_english() {
        assert_eq!(spaced_number("2774(2025)"), "2774 (2025)");
        assert_eq!(spaced_number("2774（2025）"), "2774 (2025)");
        assert_eq!(spaced_number("2758 (XXVI)"), "2758 (XXVI)");
        assert_eq!(spaced_number("75/1"), "75/1");
    }

    #[test]
    fn officers() {
        assert_eq!(
            officer("Président:   Rachmat Budiman (Indonésie)"),
            Some(("Président", "Rachmat Budiman", "Indonésie"))
        );
        assert_eq!(
            officer("John Brandolino (États-Unis d’Amérique)"),
            Some(("", "John Brandolino", "États-Unis d’Amérique"))
        );
        assert!(officer("du Nigéria (au nom des États Membres)").is_none());
        // One space after the colon: only where the role names an office.
        assert_eq!(
            officer("Rapporteur-General: Omar Hilale (Morocco)"),
            Some(("Rapporteur-General", "Omar Hilale", "Morocco"))
        );
        assert!(officer("Source: United Nations Statistics Division (UNSD)").is_none());
    }

    #[test]
    fn arabic_paragraph_numbers() {
        assert_eq!(arabic_number_alone("-3"), Some(3));
        assert_eq!(arabic_number_alone("12-"), Some(12));
        assert_eq!(arabic_number_alone("\u{202B}\u{202A}-1"), Some(1), "after a column gap");
        assert_eq!(arabic_number_alone("-"), None);
        assert_eq!(arabic_number_alone("-2-"), None, "a page number");
        assert_eq!(
            arabic_number_alone("\u{202B}\u{202A}-2\u{202C}\u{202C}\u{202B}\u{202A}-5\u{202C}\u{202C}"),
            Some(5),
            "on the page number's line"
        );
        assert_eq!(arabic_number_alone("-22-5"), Some(5));
        assert_eq!(arabic_number_alone("6-1"), None, "a range of the contents");
        assert_eq!(arabic_number_alone("-2-5-"), None);
        assert_eq!(arabic_number_alone("-12-2017"), None);
        let heading = "\u{202B}\u{202A}( 329\u{202C}د\u{202A} )30-\u{202C}إنشاء المركز العربي";
        let content = heading.trim_start_matches(plenary_model::coverage::is_direction_mark);
        let (number, number_len, title_at) = arabic_commission_number(content).unwrap_or_default();
        assert_eq!(number, "329 (د-30)");
        assert!(content.get(..number_len).is_some_and(|n| n.ends_with('-')));
        assert_eq!(content.get(title_at..), Some("إنشاء المركز العربي"));
        assert_eq!(
            arabic_commission_number("( 305د )27-المؤرخ 10 أيار/مايو 2012"),
            Some(("305 (د-27)".to_owned(), 12, 12))
        );
        assert_eq!(arabic_commission_number("(أ) تنفيذ التوصيات"), None);
        assert_eq!(
            arabic_commission_number("329\n (د-\n30\n ) إنشاء المركز").map(|(n, _, at)| (n, at)),
            Some(("329 (د-30)".to_owned(), 16))
        );
        assert_eq!(arabic_commission_number("329 طلبا"), None);
        assert_eq!(arabic_number_alone("-1000"), None);
        assert_eq!(arabic_number_alone("3"), None);
        assert_eq!(arabic_number_alone("-0"), None);
        let line = "-10\u{202C}وبالإضافة إلى القرارات";
        assert_eq!(
            arabic_number_opening(line).map(|(n, at)| (n, line.get(at..))),
            Some((10, Some("وبالإضافة إلى القرارات")))
        );
        assert_eq!(arabic_number_opening("-10"), None, "alone");
        assert_eq!(
            arabic_number_opening("-6\u{202C}\u{202C}\u{202B}بند"),
            None,
            "a page number in its own run"
        );
        assert_eq!(arabic_number_opening("-2-"), None, "a page number");
        assert_eq!(arabic_number_opening("-10 2018"), None, "a figure after it");
        assert_eq!(arabic_number_opening("-10وبالإضافة"), None, "glued to a word");
        let layout = "\u{202B}أعدت الأمانة التنفيذية التنظيم المقترح\u{202C}       \u{202B}\u{202A}-1";
        assert_eq!(arabic_trailing_number(layout), Some(1));
        assert_eq!(arabic_trailing_number("الفترة 2016-2017"), None, "a range of years");
        assert_eq!(arabic_trailing_number("الفترة   -2017"), None, "four digits");
        assert_eq!(arabic_trailing_number("       -4"), None, "no text before");
        assert_eq!(
            arabic_trailing_number("الجدول -4"),
            None,
            "one space after a short line"
        );
        let wide = "وتنظم على هامش الدورة الثلاثين للجنة مجموعة من الأحداث، في تمام الساعة الرابعة مساء يوم الأربعاء -5";
        assert_eq!(
            arabic_trailing_number(wide),
            Some(5),
            "one space after a line as wide as the column"
        );
        let figure = "وتنظم على هامش الدورة الثلاثين للجنة مجموعة من الأحداث، في تمام الساعة الرابعة مساء 2018 -5";
        assert_eq!(arabic_trailing_number(figure), None, "one space after a figure");
    }

    #[test]
    fn arabic_headings() {
        assert_eq!(arabic_label_value("أولاً"), Some(ArabicLabel::Chapter(1)));
        assert_eq!(arabic_label_value("ثانيا ً"), Some(ArabicLabel::Chapter(2)));
        // The space set before the tanween inside the word (E/ESCWA/2017/EC.4/7).
        assert_eq!(arabic_label_value("ثالث ًا"), Some(ArabicLabel::Chapter(3)));
        assert_eq!(
            arabic_label_value("ثالث ا"),
            None,
            "a space before a letter splits the word"
        );
        assert_eq!(arabic_label_value("ﺃﻭﻻً"), Some(ArabicLabel::Chapter(1)), "glyph forms");
        assert_eq!(
            arabic_label_value("ثالث\nً\nا"),
            Some(ArabicLabel::Chapter(3)),
            "pieces a line each, -raw"
        );
        assert_eq!(arabic_label_value("باء"), Some(ArabicLabel::Section('B')));
        assert_eq!(arabic_label_value("الفصل"), None);
        let line = "أولاً- التفويضات من الدول الأعضاء";
        let (label, at) = arabic_labelled_heading(line).unwrap();
        assert_eq!((label, line.get(at..)), ("أولاً", Some("التفويضات من الدول الأعضاء")));
        let line = "ألف\u{202C} -\u{202B}اجتماعات كبار المسؤولين";
        let (label, at) = arabic_labelled_heading(line).unwrap();
        assert_eq!((label, line.get(at..)), ("ألف", Some("اجتماعات كبار المسؤولين")));
        assert_eq!(arabic_labelled_heading("ثالثاً-").map(|(l, _)| l), Some("ثالثاً"));
        assert!(arabic_labelled_heading("وأولاً- ما يلي").is_none());
        assert!(arabic_labelled_heading("الفترة 2016-2017").is_none());
        assert!(arabic_labelled_heading("IV. Title").is_none());
    }
}

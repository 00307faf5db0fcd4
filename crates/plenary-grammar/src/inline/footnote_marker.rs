//! Footnote markers in running text.
//!
//! # Grammar
//! ```text
//! marker = digits            (* glued to the word before: "rapportant1," "organisée3 a" *)
//!        | [,;:] digits      (* glued to the punctuation after a word: "Convention,1 and" *)
//!        | year digits ;     (* glued to a year: "juin 201221," is 2012 and marker 21 *)
//! ```
//! A digit run is a marker only when it is the label the footnote sequence
//! expects next: `1er`, `10e séance`, years and article numbers never are.
//!
//! # Examples (CTOC/COP/2012/15)
//! - `Protocoles s’y rapportant1,` — marker 1.
//! - `du 30 mai au 1er juin 201221,` — the year 2012, then marker 21.
//!
//! # Model
//! [`plenary_model::FootnoteMarker`]; the resolver links it to its footnote.
//!
//! # Diagnostics
//! None here; an expected label never found leaves its footnote without a
//! marker, which the resolver reports.

/// How the document prints its footnote labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarkerStyle {
    /// Superscript digits, which plain text glues to the word before (`rapportant1`).
    #[default]
    Superscript,
    /// Typewriter style: `1/`, set apart by spaces.
    Slash,
    /// Superscript digits of a right-to-left text that pdfminer wrote in
    /// visual order, each line's letters last first: a call in brackets may
    /// also stand as a box of its own, opening its line (`(2) ،`, `)1(`).
    Visual,
}

/// A candidate marker: the byte range of its digits in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Start of the digits.
    pub start: usize,
    /// End of the digits.
    pub end: usize,
}

fn glue_before(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '”' | '"' | '»' | ')' | '’' | '%')
}

/// Finds the next marker with label `label` at or after `from`, skipping
/// the byte ranges in `skip` (symbols already found there).
#[must_use]
pub fn find_marker(
    text: &str,
    from: usize,
    label: &str,
    skip: &[(usize, usize)],
    style: MarkerStyle,
) -> Option<Candidate> {
    find_marker_in(text, from, label, skip, style, true)
}

/// [`find_marker`], with markers set apart by a space (`Development, 1 including`)
/// taken only when `set_apart` is true: a label looked for out of turn
/// (resynchronising after missed markers) must be glued, as `votes in favour,
/// 3 against` is no marker.
#[must_use]
pub fn find_marker_in(
    text: &str,
    from: usize,
    label: &str,
    skip: &[(usize, usize)],
    style: MarkerStyle,
    set_apart: bool,
) -> Option<Candidate> {
    // Every marker is a run of digits (cut at `from`) that is the label, or
    // a four-digit year and the label: a run that ends with the label. So
    // the runs worth a look are found by looking for the label, not for
    // every digit, and each run is looked at once.
    let needle = label.as_bytes();
    let &first = needle.first()?;
    if !needle.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut pos = from;
    while let Some(at) = bytes.get(pos..).and_then(|rest| memchr::memchr(first, rest)) {
        let found = pos + at;
        if !bytes.get(found..).is_some_and(|r| r.starts_with(needle)) {
            pos = found + 1;
            continue;
        }
        let mut end = found + needle.len();
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        pos = end;
        if !bytes.get(..end).is_some_and(|r| r.ends_with(needle)) {
            continue;
        }
        let mut start = found;
        while start > from && bytes.get(start - 1).is_some_and(u8::is_ascii_digit) {
            start -= 1;
        }
        if let Some(c) = marker_at(text, start, end, label, skip, style, set_apart) {
            return Some(c);
        }
    }
    None
}

/// True when the clause before the comma that precedes the digits at
/// `start` holds a count (a number of one to three digits, a space and a
/// word in small letters), so that the digits are the next count of a
/// list: `(2 fixed-wing aircraft, 1 rotary-wing aircraft` (A/80/590),
/// `adopted by 32 votes in favour, 3 against` (A/HRC/14/37). The clause
/// runs back to a `(`, `,`, `;` or `:`, 80 bytes at most; a year (`the 2016
/// political declaration, 3 and`) is no count, nor the call set apart
/// after the comma before (`Human Rights, 5 the Covenant …, 6 the`).
fn counted_before(text: &str, start: usize) -> bool {
    if !text.get(..start).is_some_and(|b| b.ends_with(", ")) {
        return false;
    }
    let Some(before) = text.get(..start.saturating_sub(2)) else {
        return false;
    };
    let mut from = before.len().saturating_sub(80);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let clause = before.get(from..).unwrap_or("");
    let open = clause.rfind(['(', ',', ';', ':']);
    let bracket = open.is_some_and(|at| clause.get(at..).is_some_and(|c| c.starts_with('(')));
    let clause = open
        .map_or(clause, |at| clause.get(at + 1..).unwrap_or(""))
        .trim_start();
    let bytes = clause.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
            continue;
        }
        let run = bytes
            .get(k..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
        // A number that opens the clause after a comma is the call set
        // apart before it (`Human Rights, 5 the International Covenant …,
        // 6 the`); after a bracket, the first count (`(2 fixed-wing`).
        let alone = (k == 0 && bracket) || (k > 0 && bytes.get(k - 1).is_some_and(|&b| b == b' '));
        // The counted thing closes the clause within three words (`32 votes
        // in favour,`, `2 fixed-wing aircraft,`), not a word of a longer
        // phrase (`from 8 to 12 April 2002,`, `under 5 years of age as a
        // human rights concern,`).
        let counted = clause
            .get(k + run..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| {
                r.starts_with(|c: char| c.is_ascii_lowercase())
                    && !crate::lang::ALL
                        .iter()
                        .any(|l| l.stopwords.contains(&r.split(' ').next().unwrap_or("")))
                    && r.split_whitespace().count() <= 3
            });
        if alone && (1..=3).contains(&run) && counted {
            return true;
        }
        k += run;
    }
    false
}

/// True when the digits `start..end` end an abbreviation in capitals
/// between brackets (`Joint Submission 7 (JS7)`, `(СП7)`): the number of a
/// name, no call.
fn bracketed_abbreviation(text: &str, start: usize, end: usize) -> bool {
    if !text.get(end..).is_some_and(|r| r.starts_with(')')) {
        return false;
    }
    let head = text.get(..start).unwrap_or("");
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let opened = head.get(..head.len() - word.len()).is_some_and(|h| h.ends_with('('));
    opened && !word.is_empty() && word.chars().all(char::is_uppercase)
}

/// True when `word` is a word of four letters or more that a number may
/// close as a call: no function word, no noun a number follows
/// (`article`, `June`).
fn plain_word(word: &str) -> bool {
    word.chars().count() >= 4
        && word.chars().all(char::is_alphabetic)
        && !crate::lang::ALL.iter().any(|l| l.stopwords.contains(&word))
        && !crate::lang::takes_number(word)
}

/// The call with label `label` that the run of digits `start..end` of
/// `text` holds, set apart after a word and before the full stop that ends
/// the sentence (`создания НПЗУ 11. В представлении`), as languages that
/// print a call before the punctuation give it ([`crate::lang::Lang::call_before_stop`]).
/// English prints a call after the stop, and there a number before the
/// stop is a count (`had rejected 6.`).
pub(crate) fn before_stop_at(
    text: &str,
    start: usize,
    end: usize,
    label: &str,
    skip: &[(usize, usize)],
) -> Option<Candidate> {
    if text.get(start..end) != Some(label) || skip.iter().any(|&(s, e)| start < e && end > s) {
        return None;
    }
    let stop_after = text
        .get(end..)
        .and_then(|s| s.strip_prefix('.'))
        .is_some_and(|s| s.is_empty() || s.starts_with(char::is_whitespace));
    let head = text.get(..start)?;
    let mut words = head.strip_suffix(' ')?.rsplit([' ', '\n']);
    let word_before = words.next().unwrap_or("");
    // A count closes the sentence where a number comes a word or two before
    // (`par 30 voix contre 6.`).
    let counts = words
        .take(3)
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b','));
    (stop_after && plain_word(word_before) && !counts && !counted_before(text, start))
        .then_some(Candidate { start, end })
}

/// True when the text before byte `stop` ends with a year (`in 2016`,
/// `2016–2021`, `Law 46/2017`) or a closing quote (`‘hands’`), so that a
/// full stop at `stop` closes a sentence.
fn closes_with_year_or_quote(text: &str, stop: usize) -> bool {
    let Some(before) = text.get(..stop) else {
        return false;
    };
    if before.ends_with(['’', '”', '"', '»']) {
        return true;
    }
    let run = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let digits = before.get(before.len() - run..).unwrap_or("");
    let joined = before.get(..before.len() - run).and_then(|b| b.chars().next_back());
    is_year(digits) && joined.is_none_or(|c| c.is_whitespace() || matches!(c, '–' | '-' | '/' | '('))
}

/// True when the full stop at byte `stop` closes a sentence: it ends a
/// word of three letters or more that is no abbreviation a number follows
/// (`Nationality.`, `Principles.`, not `No.` or `para.`), a closing bracket or percent
/// sign, a year or a closing quote.
fn sentence_stop(text: &str, stop: usize) -> bool {
    if closes_with_year_or_quote(text, stop) {
        return true;
    }
    let Some(before) = text.get(..stop) else {
        return false;
    };
    if before.ends_with([')', '%']) {
        return true;
    }
    let word = before.rsplit([' ', '\n']).next().unwrap_or("");
    let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).count();
    // An abbreviation is short (`No.`, `para.`, `art.`); a noun a number
    // follows in full ends a sentence as any word does (`Principles. 14 VIS`).
    letters >= 3 && (letters > 4 || !crate::lang::takes_number(word))
}

/// True when the digits `start..end`, set apart after `word_before`, a word
/// in small letters of four letters or more, close its clause as a call
/// does before the language's `and` (`natural disasters 13 and on the`):
/// not after a function word or a noun a number follows (`paragraph`,
/// `article`), not a count (`for 32 votes in favour, 3 against`), not a
/// list of numbers (`items 6 and 7`).
fn after_noun(text: &str, start: usize, end: usize, word_before: &str) -> bool {
    let rest = text.get(end..).unwrap_or("");
    // (PyMuPDF and pdfminer may set two spaces: `discrimination 12  and`.)
    let Some(next) = rest
        .strip_prefix(' ')
        .and_then(|r| r.trim_start_matches(' ').split([' ', '\n']).next())
    else {
        return false;
    };
    word_before.chars().all(char::is_lowercase)
        && plain_word(word_before)
        && crate::lang::ALL.iter().any(|l| l.and.contains(&next))
        && !numbers_listed(rest)
        && !counted_before(text, start)
}

/// True when the punctuation before `start` follows the number of another
/// body's decision, printed as a symbol is (`decision 1/CMA.3,8 paragraph
/// 85`, `decision 2/CP.21,3`): a word of digits, a slash and capitals; or,
/// before a semicolon, a resolution's number (`resolution 72/4;1`); or a
/// number the noun before it names (`decision 14/1,3 and`). A number with a
/// thousands comma (`1,000`) has no slash and no capital.
fn decision_number_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start.saturating_sub(1)) else {
        return false;
    };
    if !before.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let token = before.rsplit([' ', '\n']).next().unwrap_or("");
    // After a semicolon, a resolution's number will do (`resolution
    // 72/4;1`): no number is written with a semicolon inside.
    let semicolon = text.get(..start).is_some_and(|t| t.ends_with(';'));
    // After any punctuation, a number the noun before it, in the singular,
    // names as a resolution's or decision's will do too (`decision 14/1,3
    // and`); after the plural, the comma may list numbers (`resolutions
    // 72/4,1 and`).
    token.len() <= 16
        && token.starts_with(|c: char| c.is_ascii_digit())
        && token.contains('/')
        && (semicolon
            || token.contains(|c: char| c.is_ascii_uppercase())
            || deliberation_number_before(text, start, token, true))
}

/// True when `word_before`, the word before the space or punctuation before
/// `start`, is the number of a resolution or decision (`III/1`, `70/1`; a
/// slash and a digit at its end) and the noun before it says so, in any
/// language (`decision`, `résolution`, `решения`); with `singular`, only the
/// first form the language lists (`decision`, not `decisions`).
fn deliberation_number_before(text: &str, start: usize, word_before: &str, singular: bool) -> bool {
    if word_before.len() > 16 || !word_before.contains('/') || !word_before.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let head = text
        .get(..start.saturating_sub(1 + word_before.len()))
        .unwrap_or("")
        .trim_end();
    let noun = head.rsplit([' ', '\n']).next().unwrap_or("").to_lowercase();
    let forms = |words: &'static [&'static str]| {
        if singular {
            words.get(..1).unwrap_or(words)
        } else {
            words
        }
    };
    crate::lang::ALL
        .iter()
        .any(|l| forms(l.resolution).contains(&noun.as_str()) || forms(l.decision).contains(&noun.as_str()))
}

/// True when the punctuation before `start` closes a date, a month and its
/// year (`resolution 67.1 of 21 May` / `2014,5 and`, `of 26 May 2018;7`),
/// as PyMuPDF and pdfminer glue a call there.
fn date_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start.saturating_sub(1)) else {
        return false;
    };
    let mut words = before.rsplit([' ', '\n']);
    let year = words.next().unwrap_or("");
    let month = words.find(|w| !w.is_empty()).unwrap_or("");
    is_year(year) && crate::lang::is_month(month)
}

/// True when the punctuation before `start` follows a year (`for 2025,3`).
fn year_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start.saturating_sub(1)) else {
        return false;
    };
    is_year(before.rsplit([' ', '\n']).next().unwrap_or(""))
}

/// True when `word` is a year of four digits, 1900 to 2099.
fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && word.bytes().all(|b| b.is_ascii_digit())
}

/// True when `rest`, the text after a number, goes on with another number
/// joined by a conjunction or a comma (`6 and 7`, `3, 4`, `2 et 3`, `1 y
/// 2`): a list of numbers, no note call.
fn numbers_listed(rest: &str) -> bool {
    let rest = rest.trim_start_matches(',').trim_start();
    let rest = match rest.split_once(char::is_whitespace) {
        Some((word, after)) if crate::lang::ALL.iter().any(|l| l.and.contains(&word)) => after.trim_start(),
        _ => rest,
    };
    rest.starts_with(|c: char| c.is_ascii_digit())
}

/// True when the digits that end at `end`, set apart after `word_before`,
/// close a name's clause as a note call does: `word_before` is a name
/// (`Rights`, `Secretary-General`, `Morocco`; not a noun a number follows,
/// [`crate::lang::takes_number`]), and the digits end the line, come before
/// a comma, a semicolon or a bracket (`Morocco 3 (also on behalf of`), or
/// before a word in small letters (`ends`), and no other number follows
/// them in a list (`Goals 6 and 7`).
pub(crate) fn set_apart_after_name(text: &str, end: usize, word_before: &str, ends: bool) -> bool {
    let named = |part: &str| {
        let mut letters = part.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
    };
    let rest = text.get(end..).unwrap_or("");
    // The number of a name that its abbreviation repeats (`Joint Submission
    // 3 (JS3)`) is no call.
    let head = text.get(..end).unwrap_or("");
    let run = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let digits = head.get(head.len() - run..).unwrap_or("");
    let abbreviated = rest
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(inner, _)| inner.len() <= 12 && !digits.is_empty() && inner.ends_with(digits));
    if abbreviated {
        return false;
    }
    let closes = ends || rest.is_empty() || rest.starts_with(['\n', ',', ';']) || rest.starts_with(" (");
    // Cheap tests first: the scans of the text and the word lists last.
    closes
        && word_before.chars().count() >= 3
        && word_before.split('-').all(named)
        && !numbers_listed(rest)
        && !crate::lang::takes_number(word_before)
}

/// The first word of a note's text when it names the source the note cites
/// as summaries of submissions do (`JS3, p. 10.`, `CoE-Commissioner, para.
/// 63.`, `ASSO21, p.12.`): a short name of letters, digits and hyphens with
/// two capitals or a capital and a digit, the comma or stop after it left
/// out. A word of the language (`See`, `Ibid.`) or a symbol (`A/HRC/28/4`)
/// is none.
#[must_use]
pub fn note_head(note: &str) -> Option<&str> {
    let word = note.split_whitespace().next()?.trim_end_matches([',', ';', ':', '.']);
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    let digits = word.chars().any(|c| c.is_ascii_digit());
    let named = word.len() >= 2
        && word.len() <= 24
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (capitals >= 2 || digits);
    named.then_some(word)
}

/// The call with label `label` at or after `from` that its note confirms:
/// the note opens with the short name of the source it cites (`head`, see
/// [`note_head`]), and the call stands right after that name, glued to it
/// (`JS384` is `JS3` and call 84) or set apart (`CoE-Commissioner 104
/// made`); or it closes, after a number's full stop, the sentence that
/// named the source (`Associazione 21 Luglio (ASSO21) recommended … General
/// Recommendation No. 35.19 CoE-CM recommended`, call 19 of `ASSO21,
/// p.12.`), where a number's stop is otherwise no sentence's end. The
/// ranges of `skip` are never taken.
#[must_use]
pub fn cited_source(text: &str, from: usize, label: &str, head: &str, skip: &[(usize, usize)]) -> Option<Candidate> {
    let free = |start: usize, end: usize| {
        !skip.iter().any(|&(s, e)| start < e && end > s)
            && !text
                .get(end..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphanumeric)
    };
    let bounded = |at: usize| {
        !text
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    };
    // After the name, glued or set apart by one space.
    let mut pos = from;
    while let Some(at) = text.get(pos..).and_then(|r| r.find(head)) {
        let head_end = pos + at + head.len();
        pos = head_end;
        if !bounded(head_end - head.len()) {
            continue;
        }
        let start = head_end + usize::from(text.get(head_end..).is_some_and(|r| r.starts_with(' ')));
        let end = start + label.len();
        if text.get(start..end) == Some(label) && free(start, end) {
            return Some(Candidate { start, end });
        }
    }
    // After a number's full stop, closing the sentence that named the source.
    let mut pos = from;
    while let Some(at) = text.get(pos..).and_then(|r| r.find(label)) {
        let start = pos + at;
        let end = start + label.len();
        pos = end;
        let stop_after_number = text.get(..start).is_some_and(|b| {
            b.strip_suffix('.')
                .is_some_and(|n| n.ends_with(|c: char| c.is_ascii_digit()))
        });
        let rest = text.get(end..).unwrap_or("");
        let next_sentence = rest.is_empty()
            || rest
                .strip_prefix([' ', '\n'])
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        if !(stop_after_number && next_sentence && free(start, end)) {
            continue;
        }
        let mut window = start.saturating_sub(600).max(from);
        while window < start && !text.is_char_boundary(window) {
            window += 1;
        }
        let sentence = text.get(window..start).unwrap_or("");
        let named = sentence.match_indices(head).any(|(i, _)| {
            bounded(window + i)
                && !text
                    .get(window + i + head.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphanumeric)
        });
        if named {
            return Some(Candidate { start, end });
        }
    }
    None
}

/// True when the digits `start..end` of `text` stand inside a web address
/// (`…/download?doi=10.1.1.475.6414&rep=rep1&type=pdf`): its word holds
/// `://`, `www.` or a query's `=`, and goes on past the digits.
fn in_address(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let head = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let tail = after.split(char::is_whitespace).next().unwrap_or("");
    !tail.is_empty() && (head.contains("://") || head.contains("www.") || (head.contains('=') && tail.starts_with('&')))
}

/// True when the digits `start..end` of `text` stand alone on their line
/// between a line that ends with `(` and one that opens with `)`, in Arabic
/// text (see [`marker_at`]).
fn split_bracket_call(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let Some(above) = before.trim_end_matches(' ').strip_suffix('\n') else {
        return false;
    };
    let Some(below) = after.trim_start_matches(' ').strip_prefix('\n') else {
        return false;
    };
    let above = above.trim_end_matches(' ');
    // (Arabic within the last hundred characters before the call.)
    let near = above.char_indices().rev().nth(100).map_or(0, |(i, _)| i);
    above.ends_with('(')
        && below.trim_start_matches(' ').starts_with(')')
        && above.get(near..).is_some_and(crate::lang::arabic::has_arabic)
}

/// The runs of one or two digits of `text` between brackets (`(2)`, `)1(`),
/// in text order: where a text written in visual order may set a call as a
/// box of its own ([`visual_box_call`] tells).
pub(crate) fn visual_box_calls(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'(', b')', bytes).filter_map(move |at| {
        let start = at + 1;
        let digits = bytes
            .get(start..)?
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = start + digits;
        ((1..=2).contains(&digits) && matches!(bytes.get(end), Some(b'(' | b')'))).then_some((start, end))
    })
}

/// True when the digits `start..end` of `text` are a call in brackets set
/// as a box of its own in a text written in visual order (see
/// [`MarkerStyle::Visual`]): `(` and `)` around them in either order, the
/// first opening its line or following a quote that does, and white space,
/// punctuation, an Arabic letter or the line's end after the second.
fn visual_box_call(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let mut before = before.chars().rev();
    let mut after = after.chars();
    let (Some(open), Some(close)) = (before.next(), after.next()) else {
        return false;
    };
    let brackets = matches!((open, close), ('(', ')') | (')', '('));
    let line_start = |c: Option<char>| c.is_none_or(|c| c == '\n');
    let mut first = before.next();
    if matches!(first, Some('"' | '”' | '“')) {
        first = before.next();
    }
    let opens_line = line_start(first.filter(|&c| c != ' ').or_else(|| before.find(|&c| c != ' ')));
    let then = after.next();
    // (An Arabic word after it is the word it follows in reading order:
    // `"(16)و .`.)
    let fits =
        |c: char| c.is_whitespace() || crate::lang::arabic::is_arabic_letter(c) || (!c.is_alphanumeric() && c != '(');
    brackets && opens_line && then.is_none_or(fits)
}

/// The marker the run of digits `start..end` of `text` holds, if any (see
/// [`find_marker_in`]).
pub(crate) fn marker_at(
    text: &str,
    start: usize,
    end: usize,
    label: &str,
    skip: &[(usize, usize)],
    style: MarkerStyle,
    set_apart: bool,
) -> Option<Candidate> {
    let run = text.get(start..end).unwrap_or("");
    if run != label && !(run.len() > 4 && run.get(4..) == Some(label)) {
        return None;
    }
    if skip.iter().any(|&(s, e)| start < e && end > s) {
        return None;
    }
    let after = text.get(end..).and_then(|s| s.chars().next());
    if after.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    // The character before that one, where `before` is one byte (a comma, a
    // full stop, a space).
    let before_that = text.get(..start.saturating_sub(1)).and_then(|s| s.chars().next_back());
    if run == label && style == MarkerStyle::Slash {
        // Typewriter style: ` 1/` after a space or a line start.
        let slash = text.get(end..).is_some_and(|s| s.starts_with('/'));
        let after_slash = text.get(end + 1..).and_then(|s| s.chars().next());
        if slash && before.is_none_or(char::is_whitespace) && after_slash.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(Candidate { start, end: end + 1 });
        }
        return None;
    }
    if before.is_some_and(glue_before)
        && run == label
        && !bracketed_abbreviation(text, start, end)
        && !in_address(text, start, end)
    {
        return Some(Candidate { start, end });
    }
    // In brackets, as Arabic prints a call (`المناخ(1)`), or as pdftotext
    // orders it with a year in a left-to-right run (`،(1)2030` for
    // `2030(1)،`): the bracket glued to an Arabic letter or comma, or to a
    // direction control. Latin text prints no call so (`alert(1)`,
    // `article 5(1)`).
    if before == Some('(')
        && after == Some(')')
        && before_that.is_some_and(|c| {
            crate::lang::arabic::is_arabic_letter(c) || matches!(c, '\u{202a}' | '\u{202b}' | '\u{202c}')
        })
        && run == label
    {
        return Some(Candidate { start, end });
    }
    // A box of its own in a text written in visual order: the call in
    // brackets (as stored, or mirrored) opening its line, after a quote at
    // most (`(2) ،`, `)1(`, `"(12) .و`), punctuation, an Arabic word or the
    // line's end after it.
    if style == MarkerStyle::Visual && run == label && visual_box_call(text, start, end) {
        return Some(Candidate { start, end });
    }
    // In brackets a piece a line, as PyMuPDF and `-raw` set an Arabic call
    // (`العالمية(` or `(` / `1` / `).`): the digits alone on their line, the
    // line before ending with the opening bracket, the line after opening
    // with the closing one, in Arabic text.
    if run == label && split_bracket_call(text, start, end) {
        return Some(Candidate { start, end });
    }
    // Glued to the comma, semicolon or colon after a word, a closing quote or
    // a symbol: `the Convention,1 and`, `Roadmap to 1.3T”,7`, `decision
    // 1/CMA.3,8 paragraph 85`, `the Paris Agreement;19`. A digit before the
    // punctuation (`1,000`, `3,5`) is a number, never a marker, unless it
    // ends a symbol found there.
    // A year alone before the comma will do where the call ends the block or
    // its line (`Colonial Countries and Peoples for 2025,3` at a paragraph's
    // end): no count follows it there.
    let block_end = text
        .get(end..)
        .is_some_and(|r| r.trim_start_matches([' ', '\n']).is_empty());
    let symbol_before = skip.iter().any(|&(_, e)| e + 1 == start)
        || decision_number_before(text, start)
        || date_before(text, start)
        || (block_end && year_before(text, start));
    if matches!(before, Some(',' | ';' | ':'))
        && (before_that.is_some_and(glue_before) || symbol_before)
        && after.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ')'))
        && run == label
    {
        return Some(Candidate { start, end });
    }
    // After a sentence's full stop: `a NHRI.11 Amnesty` (a letter, a bracket
    // or a percent sign before the stop: `rate of 130, 4%.50 JS6`;
    // white space after the digits; `Corr.2` and `1.5` never qualify), `in
    // 2016.30`, `‘hands’.39 JS16` (a year or a closing quote before it).
    if before == Some('.')
        && (before_that.is_some_and(|c| c.is_alphabetic() || matches!(c, ')' | '%'))
            || closes_with_year_or_quote(text, start - 1))
        && after.is_none_or(char::is_whitespace)
        && run == label
    {
        return Some(Candidate { start, end });
    }
    // Between an abbreviation's stop and the sentence's (`делопроизводства и
    // т. д.58. В СП2`, `etc.5. The`): the next sentence follows; not after
    // a noun a number follows (`para.5.`, `No.5.`).
    let sentence_after = text.get(end..).and_then(|r| r.strip_prefix('.')).is_some_and(|r| {
        r.is_empty()
            || r.strip_prefix([' ', '\n'])
                .is_some_and(|r| r.trim_start_matches(' ').starts_with(char::is_uppercase))
    });
    if before == Some('.') && before_that.is_some_and(char::is_alphabetic) && sentence_after && run == label {
        let word = text
            .get(..start - 1)
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .unwrap_or("");
        if word.chars().count() <= 4 && !crate::lang::takes_number(word) {
            return Some(Candidate { start, end });
        }
    }
    // A superscript that pdftotext set apart after punctuation: `72/4; 1` at a line
    // end, `Development, 1 including`.
    let spaced =
        before.is_some_and(|c| c == ' ') && before_that.is_some_and(|c| matches!(c, ',' | ';' | ':' | '.' | ')' | '”'));
    // (PyMuPDF may set two spaces after the call: `Court, 7  and in this
    // regard`.)
    let ends = after.is_none_or(|c| c == '\n')
        || text
            .get(end..)
            .is_some_and(|s| s.starts_with(' ') && s.trim_start_matches(' ').starts_with(char::is_lowercase));
    if set_apart && spaced && ends && run == label && !counted_before(text, start) {
        return Some(Candidate { start, end });
    }
    // Set apart after a sentence's full stop, before the next sentence, as
    // summaries of submissions print a call after each sentence
    // (`Convention on Nationality. 6 JS8 recommended`, `Action Plan
    // 2023–2024. 53 The Committee`); not after an abbreviation a number
    // follows (`No. 6`, `para. 14`).
    let next_sentence = text
        .get(end..)
        .and_then(|s| s.strip_prefix(' '))
        .is_some_and(|s| s.trim_start_matches(' ').starts_with(char::is_uppercase));
    // (pdfminer may set two spaces on each side: `supervisors.  59  It`.)
    let stop = text
        .get(..start)
        .map(|b| b.trim_end_matches(' '))
        .filter(|b| b.len() + 3 >= start && b.len() < start)
        .and_then(|b| b.strip_suffix('.'))
        .map(str::len);
    if set_apart
        && before == Some(' ')
        && next_sentence
        && run == label
        && stop.is_some_and(|stop| sentence_stop(text, stop))
    {
        return Some(Candidate { start, end });
    }
    // Set apart after a name (`the International Criminal Court 1` /
    // `reaffirms …`, `Political Rights 2 and the`, `the Secretary-General 1
    // and`, `Cultural Rights 7, the`, `Morocco 3 (also on behalf of`), not a
    // noun a number follows (`Article 4 and`, `Goal 13 on`, `June 2,`); or
    // after a year or a range of years (`12 February 2013 9 in which`,
    // `2015–2030 3 and`).
    let word_before = text
        .get(..start.saturating_sub(1))
        .and_then(|s| s.rsplit([' ', '\n']).next())
        .unwrap_or("");
    let after_name = before == Some(' ')
        && (set_apart_after_name(text, end, word_before, ends) || after_noun(text, start, end, word_before));
    let after_year = word_before.rsplit(['–', '-']).next().is_some_and(is_year) && ends;
    if set_apart && (after_name || (before == Some(' ') && after_year)) && run == label {
        return Some(Candidate { start, end });
    }
    // Set apart after the number of a resolution or decision, before a word
    // in small letters (`Recalling decision III/1 2 of the Meeting of the
    // Parties`): no count follows such a number.
    if set_apart
        && before == Some(' ')
        && ends
        && run == label
        && deliberation_number_before(text, start, word_before, false)
    {
        return Some(Candidate { start, end });
    }
    // Set apart at the end of a heading, after a word in small letters
    // (`Participation in public and political life 61`).
    if set_apart
        && before == Some(' ')
        && after.is_none()
        && run == label
        && word_before.chars().all(char::is_lowercase)
        && plain_word(word_before)
        && !counted_before(text, start)
    {
        return Some(Candidate { start, end });
    }
    // A year with the marker glued to it: 2012 + 21.
    if run.get(..4).is_some_and(is_year) && run.get(4..) == Some(label) && run.len() > 4 {
        return Some(Candidate { start: start + 4, end });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digit_inside_a_web_address_is_no_marker() {
        let find = |text: &str, label: &str| find_marker_in(text, 0, label, &[], MarkerStyle::Superscript, true);
        assert_eq!(
            find(
                "Available from http://citeseerx.ist.psu.edu/download?doi=10.1&rep=rep1&type=pdf .",
                "1"
            ),
            None
        );
        // Glued to a word, as before.
        assert!(find("the Agenda1 and", "1").is_some());
        // And an Arabic call set a piece a line.
        assert!(find("لعام 2030 والعالمية(\n1\n).", "1").is_some());
        assert_eq!(find("see article (\n1\n).", "1"), None, "Latin text prints no call so");
    }

    #[test]
    fn a_count_after_a_count_is_no_marker() {
        // A/80/590: the next count of a bracketed list, never note 1.
        assert_eq!(
            find_marker_in(
                "was adopted by 32 votes in favour, 3 against",
                0,
                "3",
                &[],
                MarkerStyle::Superscript,
                true
            ),
            None,
            "a tally is no marker"
        );
        assert!(
            find_marker_in(
                "the 2016 political declaration, 3 and the",
                0,
                "3",
                &[],
                MarkerStyle::Superscript,
                true
            )
            .is_some(),
            "a year is no count"
        );
        assert!(
            find_marker_in(
                "Human Rights, 5 the International Covenant on Civil and Political Rights, 6 the",
                0,
                "6",
                &[],
                MarkerStyle::Superscript,
                true
            )
            .is_some(),
            "the call before is no count"
        );
        let text = "operation of 5 aircraft (2 fixed-wing aircraft, 1 rotary-wing aircraft)";
        assert_eq!(
            find_marker_in(text, 0, "1", &[], MarkerStyle::Superscript, true),
            None,
            "should not take `1 rotary-wing` after `(2 fixed-wing aircraft,` for a marker"
        );
        // A/RES/73/3 and A/RES/78/323: set apart after a name, still markers.
        for text in [
            "Reaffirm the 2030 Agenda for Sustainable Development, 1 including the",
            "Social and Cultural Rights, 1 the Convention on the Elimination",
            "the Convention (on the Rights of the Child, 1 which",
        ] {
            assert!(
                find_marker_in(text, 0, "1", &[], MarkerStyle::Superscript, true).is_some(),
                "should take the 1 in {text:?} for a marker"
            );
        }
    }

    #[test]
    fn glued_to_words_and_years() {
        let t = "Protocoles s’y rapportant1, et";
        assert_eq!(
            find_marker(t, 0, "1", &[], MarkerStyle::Superscript).map(|c| &t[c.start..c.end]),
            Some("1")
        );
        let t = "du 30 mai au 1er juin 201221, et";
        let c = find_marker(t, 0, "21", &[], MarkerStyle::Superscript).expect("should find 21 after the year");
        assert_eq!(&t[c.start..c.end], "21");
        assert!(
            find_marker("À sa 10e séance", 0, "10", &[], MarkerStyle::Superscript).is_none(),
            "an ordinal is no marker"
        );
        assert!(
            find_marker("l’article 31 de", 0, "31", &[], MarkerStyle::Superscript).is_none(),
            "a spaced number is no marker"
        );
        assert!(
            find_marker("organisée3 a", 0, "4", &[], MarkerStyle::Superscript).is_none(),
            "only the expected label"
        );
    }

    #[test]
    fn after_a_full_stop() {
        let t = "still lacking one.10 Joint Submission";
        assert!(
            find_marker(t, 0, "10", &[], MarkerStyle::Superscript).is_some(),
            "a marker after a full stop"
        );
        assert!(
            find_marker("version 1.5 of", 0, "5", &[], MarkerStyle::Superscript).is_none(),
            "a decimal is no marker"
        );
    }

    #[test]
    fn the_number_of_a_bracketed_abbreviation() {
        let f = |t: &str| find_marker(t, 0, "7", &[], MarkerStyle::Superscript).map(|c| (c.start, c.end));
        assert_eq!(f("Joint Submission 7 (JS7) noted"), None);
        assert_eq!(f("совместном представлении 7 (СП7) было"), None);
        assert_eq!(
            f("the Fund (UNICEF)7 noted"),
            Some((17, 18)),
            "a call after the bracket"
        );
        assert_eq!(f("the Fund (UNICEF7) noted"), None);
        assert_eq!(
            f("the report (see Italy7) noted"),
            Some((21, 22)),
            "a name in small letters"
        );
    }

    #[test]
    fn glued_to_a_percent_sign() {
        let f = |t: &str, l: &str| find_marker(t, 0, l, &[], MarkerStyle::Superscript).map(|c| (c.start, c.end));
        assert_eq!(f("des femmes, à 40 %8. Elle", "8"), Some((19, 20)), "E/2018/41 (fr)");
        assert_eq!(f("à 40 % 8 fois", "8"), None, "set apart before a word");
    }

    #[test]
    fn in_brackets() {
        let f = |t: &str, l: &str| find_marker(t, 0, l, &[], MarkerStyle::Superscript).map(|c| (c.start, c.end));
        assert_eq!(f("المناخ(1) وخطة", "1"), Some((13, 14)), "glued to a word");
        assert_eq!(
            f("لعام \u{202a}،(1)2030\u{202c}", "1"),
            Some((15, 16)),
            "before a year in a left-to-right run"
        );
        assert_eq!(f("under article 5(1) of", "1"), None, "an article's paragraph");
        assert_eq!(
            f("<script>alert(1)</script>", "1"),
            None,
            "Latin text prints no call in brackets"
        );
        assert_eq!(f("the options (1) and (2)", "1"), None, "an item of a list");
    }

    #[test]
    fn after_a_sentence() {
        let f = |t: &str, l: &str| find_marker(t, 0, l, &[], MarkerStyle::Superscript).map(|c| (c.start, c.end));
        assert_eq!(
            f("Convention on Nationality. 6 JS8 recommended", "6"),
            Some((27, 28)),
            "set apart after a full stop, before the next sentence"
        );
        assert_eq!(
            f("with the Paris Principles. 14 VIS", "14"),
            Some((27, 29)),
            "a noun a number follows, written in full, ends a sentence"
        );
        assert_eq!(f("Action Plan 2023–2024. 53 The", "53"), Some((25, 27)), "after a year");
        assert_eq!(f("of 130, 4%. 50 JS6", "50"), Some((12, 14)), "after a percentage");
        assert_eq!(
            f("risk  of  victimization. 59  The", "59"),
            Some((25, 27)),
            "pdfminer's double spaces"
        );
        assert_eq!(f("see No. 6 The", "6"), None, "after an abbreviation a number follows");
        assert_eq!(f("under para. 14 The", "14"), None, "after `para.`");
        assert_eq!(f("for e.g. 6 The", "6"), None, "after a one-letter abbreviation");
        assert_eq!(
            f("in Italian cities in 2016.30\n13.", "30"),
            Some((26, 28)),
            "glued to a year's stop"
        );
        assert_eq!(
            f("in their own hands’.39 JS16", "39"),
            Some((22, 24)),
            "glued after a quote"
        );
        assert_eq!(f("in version 1.5 of", "5"), None, "a decimal");
        assert_eq!(f("in 12016.30 of", "30"), None, "no year");
        assert_eq!(
            f("Participation in public and political life 61", "61"),
            Some((43, 45)),
            "at the end of a heading"
        );
        assert_eq!(
            f("in accordance with article 61", "61"),
            None,
            "a noun a number follows"
        );
        assert_eq!(
            f("had rejected 6.", "6"),
            None,
            "English prints its calls after the stop"
        );
    }

    #[test]
    fn before_a_sentence_stop() {
        let f = |t: &str, l: &str| {
            let at = t.find(&format!(" {l}"))? + 1;
            before_stop_at(t, at, at + l.len(), l, &[]).map(|c| (c.start, c.end))
        };
        assert_eq!(
            f("относительно создания НПЗУ 11. В представлении", "11"),
            Some((51, 53)),
            "a call set apart before the stop (byte offsets: two bytes a letter)"
        );
        assert_eq!(f("adopté par 30 voix contre 6. La", "6"), None, "a count");
        assert_eq!(f("réunion avec les 6. La", "6"), None, "after a function word");
        assert_eq!(
            f("conformément à l’article 6. La", "6"),
            None,
            "a noun a number follows"
        );
        assert_eq!(f("en vertu du Protocole 6, la", "6"), None, "no stop after it");
        assert_eq!(f("au total 1.5 million", "1"), None, "a decimal");
    }

    #[test]
    fn glued_to_punctuation_after_a_word() {
        fn f<'t>(t: &'t str, l: &str, skip: &[(usize, usize)]) -> Option<&'t str> {
            find_marker(t, 0, l, skip, MarkerStyle::Superscript).map(|c| &t[c.start..c.end])
        }
        assert_eq!(f("under the Convention,1 and the", "1", &[]), Some("1"));
        assert_eq!(f("the Paris Agreement;19\n", "19", &[]), Some("19"));
        assert_eq!(f("Roadmap to 1.3T”,7\n", "7", &[]), Some("7"));
        assert_eq!(f("paragraphs 3,1 and 4", "1", &[]), None, "a digit before the comma");
        assert_eq!(f("some 1,200 people", "200", &[]), None, "a thousands separator");
        assert_eq!(f("see A/HRC/59/42,2 and", "2", &[(4, 15)]), Some("2"), "after a symbol");
        assert_eq!(f("the Convention,1a", "1", &[]), None, "a letter after the digits");
    }

    #[test]
    fn set_apart_after_a_name_or_a_year() {
        let f = |t: &str, l: &str| find_marker(t, 0, l, &[], MarkerStyle::Superscript).map(|c| (c.start, c.end));
        assert_eq!(
            f("the International Criminal Court 1\nreaffirms", "1"),
            Some((33, 34)),
            "after a name at a line end"
        );
        assert_eq!(f("of 12 February 2013 9 in which", "9"), Some((20, 21)), "after a year");
        assert_eq!(f("in paragraph 1\nof", "1"), None, "after a word in small letters");
        assert_eq!(f("of 12 February 2013 9 Members", "9"), None, "a count after a year");
        assert_eq!(
            f("of 12 February 2013 9  in which", "9"),
            Some((20, 21)),
            "two spaces after it"
        );
        assert_eq!(
            f("Criminal Court, 7  and in this", "7"),
            Some((16, 17)),
            "after a comma, two spaces after it"
        );
        assert_eq!(
            f("Covenant on Civil and Political Rights 2 and the", "2"),
            Some((39, 40)),
            "after a name, before a word in small letters"
        );
        assert_eq!(
            f("Social and Cultural Rights 7, the", "7"),
            Some((27, 28)),
            "before a comma"
        );
        assert_eq!(
            f("report of the Secretary-General 1 and", "1"),
            Some((32, 33)),
            "a hyphenated name"
        );
        assert_eq!(
            f("Reduction 2015–2030 3 and", "3"),
            Some((22, 23)),
            "after a range of years"
        );
        assert_eq!(f("under Article 4 and the", "4"), None, "a noun a number follows");
        assert_eq!(f("its Goal 13 on taking", "13"), None, "a goal's number");
        assert_eq!(
            f("the Millennium Development Goals 6 and associated", "6"),
            Some((33, 34)),
            "a plural name before a word"
        );
        assert_eq!(f("under Goals 6 and 7 of", "6"), None, "a list of numbers");
        assert_eq!(
            f("under Goals 6,\n7 and 8", "6"),
            None,
            "a list of numbers over a line end"
        );
        assert_eq!(f("on June 2, 2020", "2"), None, "a month's day");
        assert_eq!(f("the Rights 2 And", "2"), None, "a capital after it");
        assert_eq!(
            f("Mexico, Morocco 3 (also on behalf of", "3"),
            Some((16, 17)),
            "before a bracket, in a list of speakers"
        );
        assert_eq!(
            f("recalling decision 1/CMA.3,8 paragraph 85", "8"),
            Some((27, 28)),
            "after another body's decision number and its comma"
        );
        assert_eq!(f("a total of 1,8 million", "8"), None, "a decimal comma");
        assert_eq!(
            f("General Assembly resolution 72/4;1 and", "1"),
            Some((33, 34)),
            "after a semicolon"
        );
        assert_eq!(
            f("resolutions 72/4,1 and", "1"),
            None,
            "a comma after a resolution's number"
        );
        assert_eq!(
            f("of 21 May\n2014,5 and its", "5"),
            Some((15, 16)),
            "after a date and its comma"
        );
        assert_eq!(f("in 2014,5 per cent", "5"), None, "a year alone is no date");
        assert_eq!(
            f("Colonial Countries and Peoples for 2025,3 \n", "3"),
            Some((40, 41)),
            "after a year and its comma, at a paragraph's end"
        );
        assert_eq!(
            f("in the context of natural disasters 13 and on the", "13"),
            Some((36, 38)),
            "after a noun in small letters, before `and`"
        );
        assert_eq!(f("in paragraph 13 and", "13"), None, "a noun a number follows");
        assert_eq!(f("sessions of the 13 and", "13"), None, "after a function word");
        assert_eq!(f("the items 13 and 14", "13"), None, "a list");
        assert_eq!(f("by 40 votes in favour, 13 and", "13"), None, "a count");
        // (The abbreviation's own digits, glued to letters, are left out.)
        let t = "and Joint Submission 3 (JS3) added";
        assert_eq!(
            find_marker(t, 0, "3", &[(24, 27)], MarkerStyle::Superscript),
            None,
            "the number of a name its abbreviation repeats"
        );
    }

    #[test]
    fn note_heads_are_short_names_of_sources() {
        assert_eq!(note_head("JS3, p. 10."), Some("JS3"));
        assert_eq!(note_head("CoE-Commissioner, para. 63."), Some("CoE-Commissioner"));
        assert_eq!(note_head("ASSO21, p.12."), Some("ASSO21"));
        assert_eq!(note_head("AI, p. 5."), Some("AI"));
        for note in [
            "See A/HRC/28/15, para. 3.",
            "Ibid.",
            "United Nations, Treaty Series",
            "A/HRC/28/15, para. 3.",
            "",
        ] {
            assert_eq!(note_head(note), None, "{note:?} names no source");
        }
    }

    #[test]
    fn calls_confirmed_by_the_source_their_note_cites() {
        let take =
            |t: &'static str, label: &str, head: &str| cited_source(t, 0, label, head, &[]).map(|c| &t[c.start..c.end]);
        // Glued to the name, or set apart after it.
        let t = "had not been fully respected.83 JS384 and OSCE/ODIHR85 made";
        let c = cited_source(t, 0, "84", "JS3", &[]).expect("JS384 is JS3 and call 84");
        assert_eq!(
            (&t[c.start..c.end], &t[..c.start]),
            ("84", "had not been fully respected.83 JS3")
        );
        assert_eq!(
            take("HRORS103 and CoE-Commissioner 104 made", "104", "CoE-Commissioner"),
            Some("104")
        );
        // After a number's stop, closing the sentence that named the source.
        let t =
            "Luglio (ASSO21) recommended that Italy align with General\nRecommendation No. 35.19 CoE-CM recommended";
        assert_eq!(take(t, "19", "ASSO21"), Some("19"));
        // Not where the name differs, nor within a longer name or number, nor
        // after a stop that no sentence follows, nor over a symbol.
        assert_eq!(take("JS384 and", "84", "JS2"), None);
        assert_eq!(take("NJS384 and", "84", "JS3"), None);
        assert_eq!(take("JS3845 and", "84", "JS3"), None);
        assert_eq!(take("(ASSO21) noted paras. 35.19 and 20", "19", "ASSO21"), None);
        assert_eq!(take("(ASSO21) said it. No. 35.19 CoE-CM", "19", "JS2"), None);
        let t = "JS3 84 and";
        assert_eq!(cited_source(t, 0, "84", "JS3", &[(4, 6)]), None);
    }

    #[test]
    fn set_apart_after_a_resolution_or_decision_number() {
        let take = |t: &'static str, label: &str| {
            find_marker_in(t, 0, label, &[], MarkerStyle::Superscript, true).map(|c| &t[c.start..c.end])
        };
        assert_eq!(
            take("Recalling decision III/1 2 of the Meeting of the Parties", "2"),
            Some("2")
        );
        assert_eq!(take("rappelant la résolution 70/1 3 de l’Assemblée", "3"), Some("3"));
        assert_eq!(
            take("the Working Group of its decision 14/1,3\nand recalling", "3"),
            Some("3")
        );
        assert_eq!(take("the Working Group of its period 14/1,3\nand recalling", "3"), None);
        assert_eq!(
            take("Recalling decision III/1 2 Parties", "2"),
            None,
            "before a capital"
        );
        assert_eq!(
            take("Recalling the period 2020/21 2 of the", "2"),
            None,
            "no resolution noun"
        );
        assert_eq!(take("Recalling decision III/1 2, 3 and 4", "2"), None, "numbers listed");
    }

    #[test]
    fn after_a_percent_and_a_stop_and_after_a_stop_and_two_spaces() {
        let take = |t: &'static str, label: &str| {
            find_marker_in(t, 0, label, &[], MarkerStyle::Superscript, true).map(|c| &t[c.start..c.end])
        };
        assert_eq!(take("overcrowding rate of 130, 4%.50 JS6 noted", "50"), Some("50"));
        assert_eq!(
            take("accommodation and trained  supervisors.  59  It  urged", "59"),
            Some("59")
        );
        assert_eq!(
            take(
                "on gender-related  dimensions  of  racial  discrimination 12  and  general",
                "12"
            ),
            Some("12")
        );
        assert_eq!(take("делопроизводства и т. д.58. В СП2 было", "58"), Some("58"));
        assert_eq!(take("see para.58. The", "58"), None, "a number after its noun");
        // A number's stop is no sentence's end, with two spaces or one.
        assert_eq!(take("paras. 115.  59  It", "59"), None);
        assert_eq!(take("rate of 4.50 JS6", "50"), None);
    }

    #[test]
    fn spaced_and_typewriter_markers() {
        let t = "resolution 72/4; 1\nand";
        assert!(
            find_marker(t, 0, "1", &[], MarkerStyle::Superscript).is_some(),
            "a marker set apart after a semicolon"
        );
        let t = "Development, 1 including";
        assert!(
            find_marker(t, 0, "1", &[], MarkerStyle::Superscript).is_some(),
            "a marker set apart before a lower-case word"
        );
        let t = "en el artículo 1 de la Carta";
        assert!(
            find_marker(t, 0, "1", &[], MarkerStyle::Superscript).is_none(),
            "an article number is no marker"
        );
        let t = "the Mission in Haiti 1/ and the oral report";
        let c = find_marker(t, 0, "1", &[], MarkerStyle::Slash).expect("a typewriter marker");
        assert_eq!(&t[c.start..c.end], "1/");
        assert!(
            find_marker("resolution 48/246", 0, "246", &[], MarkerStyle::Slash).is_none(),
            "a symbol part is no marker"
        );
    }

    /// The marker search as first written, trying every run of digits in
    /// turn (each judged by the same [`marker_at`]): the oracle of
    /// `label_search_finds_what_digit_runs_found`, which checks that looking
    /// for the label finds the runs the old scan found, in the same order.
    fn find_marker_by_digits(
        text: &str,
        from: usize,
        label: &str,
        skip: &[(usize, usize)],
        style: MarkerStyle,
        set_apart: bool,
    ) -> Option<Candidate> {
        if !label.bytes().all(|b| b.is_ascii_digit()) || label.is_empty() {
            return None;
        }
        let bytes = text.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
                continue;
            }
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if let Some(c) = marker_at(text, start, i, label, skip, style, set_apart) {
                return Some(c);
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn label_search_finds_what_digit_runs_found(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "1", "2", "12", "21", "2012", "1999", "0", " ", ", ", "; ", ".", "a", "é", "/", "\n", ")", "”", "Ab", "x1",
            ]), 0..24),
            label in proptest::sample::select(vec!["1", "2", "12", "21", "121", "0", "", "a", "1a"]),
            from in 0usize..12,
            skip in proptest::collection::vec((0usize..30, 0usize..30), 0..3),
            slash: bool,
            set_apart: bool,
        ) {
            let text: String = pieces.concat();
            let style = if slash { MarkerStyle::Slash } else { MarkerStyle::Superscript };
            proptest::prop_assert_eq!(
                find_marker_in(&text, from, label, &skip, style, set_apart),
                find_marker_by_digits(&text, from, label, &skip, style, set_apart)
            );
        }
    }
}

//! Document symbols in running text, and the job and sales numbers that must
//! never be taken for them.
//!
//! # Grammar
//!
//! ```text
//! citation   = symbol { tail | range | joint } ;
//! symbol     = series { slash component } [ reissue ] [ suffix ] ;   (* suffix only after RES *)
//! series     = UPPER { UPPER } ;           (* a known series, or two or more upper-case letters *)
//! component  = special | alnum { "." alnum } ;
//! special    = UPPER [ UPPER ] hyphen DIGIT { DIGIT } ;              (* ES-10, S-26 *)
//! slash      = "/" [ { blank } "\n" { blank } ] ;                     (* a symbol may break after a slash *)
//! reissue    = hyphen "*" ;
//! suffix     = [ " " ] "(" ( DIGIT DIGIT DIGIT DIGIT | ROMAN { ROMAN } ) ")" ;
//! tail       = ( "," ws | ws AND ws ) dotted { slash component } ;   (* Corr.2, Add.1, L.5/Rev.2 *)
//! dotted     = ( "Rev" | "Corr" | "Add" | "Amend" | "L" | "CRP" | "PV" | "SR" | "WP" | "R" ) "." DIGIT { DIGIT } ;
//! range      = ws TO ws ( number | dotted ) | ( hyphen | "–" ) number ; (* the hyphen form only after a dotted component *)
//! joint      = hyphen symbol | blanks symbol ;                       (* the blank form only between different series *)
//! hyphen     = "-" | U+2011 ;
//! ws         = { " " | "\t" | "\n" | U+00A0 | U+202F }- ;
//! AND, TO    = the words of the document's language (`Lang::and`, `Lang::to`), spaced in Latin and Cyrillic scripts ;
//! ```
//!
//! A symbol starts at a word boundary (not after a letter, digit, `/`, `.`,
//! `-` or `_`), and needs a numbered component after its series (`88`,
//! `L.4`, `WG.2`): `HIV/AIDS`, `OSCE/ODIHR85`, `et/ou`, `5/1` and `64/293`
//! are not symbols. A full stop after a symbol ends the sentence, not the
//! symbol. Job numbers (`V.12-57119`) and sales numbers (`F.11.V.9`) hold no
//! slash and are read by [`parse_job_number`] and [`parse_sales_number`].
//!
//! # Examples
//!
//! ```text
//! A/60/88 et Corr.2, annexe                             CTOC/COP/2012/15, footnote 12: A/60/88, A/60/88/Corr.2
//! (CTOC/COP/2012/L.1 et Add.1 à 9)                      CTOC/COP/2012/15, para. 90: L.1, L.1/Add.1 … L.1/Add.9
//! CTOC/COP/WG.2/2012/5-CTOC/COP/WG.3/2012/6.            CTOC/COP/2012/15, footnote 7: one document, two symbols
//! (A/HRC/14/30 and Add.1-3).                            A/HRC/14/37: A/HRC/14/30, Add.1, Add.2, Add.3
//! A/67/828 S/2013/210, annex.                           A/RES/73/7: one document, two symbols
//! (CTOC/COP/2012/CRP.7, en anglais seulement)           CTOC/COP/2012/15, para. 22
//! ```
//!
//! # Model
//!
//! Each match is a [`SymbolMatch`]: the byte range of the written form in the
//! block's logical text and the [`Symbol`]s it names, in normal form. The
//! block builder turns it into an `Inline::Symbol(SymbolCitation)`.
//!
//! # Diagnostics
//!
//! The finder reports nothing: text that is not a symbol stays text.
//! [`parse_symbol`] returns a [`SymbolParseError`] saying what was wrong and
//! at which byte.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::fmt;

use memchr::memchr_iter;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, satisfy};
use nom::combinator::{all_consuming, map, opt, recognize};
use nom::multi::many0;
use nom::sequence::{delimited, pair, preceded, tuple};
use nom::IResult;
use plenary_model::{JobNumber, Modifier, ModifierKind, Nature, SalesNumber, Symbol, BODY_PREFIXES, KNOWN_SERIES};

use crate::lang::Lang;

type Res<'a, T> = IResult<&'a str, T>;

/// The longest range a written range (`Add.1 à 9`) may expand to.
const MAX_RANGE: u32 = 200;

/// Prefixes of the dotted components that may follow a conjunction (`et Corr.2`, `and L.5`).
const TAIL_PREFIXES: &[&str] = &["Rev", "Corr", "Add", "Amend", "L", "CRP", "PV", "SR", "WP", "R"];

/// Symbols found in a block's text, with the byte range of their written form.
///
/// ```text
/// CTOC/COP/2012/L.1 et Add.1 à 9      one match, ten symbols
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolMatch {
    /// Byte offset of the first byte of the written form.
    pub start: usize,
    /// Byte offset one past its last byte (a sentence's full stop left out).
    pub end: usize,
    /// The symbols named, in normal form, in the order written.
    pub symbols: Vec<Symbol>,
}

/// Why a string is not a document symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolParseError {
    /// What was wrong, lower-case.
    pub message: String,
    /// Byte offset into the string (after trimming) where it went wrong.
    pub offset: usize,
}

impl fmt::Display for SymbolParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for SymbolParseError {}

// ---------------------------------------------------------------------------
// Characters

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\u{a0}' | '\u{202f}')
}

fn is_ws(c: char) -> bool {
    is_blank(c) || c == '\n'
}

fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')
}

fn is_upper_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

// ---------------------------------------------------------------------------
// Sub-rules

fn hyphen(i: &str) -> Res<'_, char> {
    alt((char('-'), char('\u{2011}')))(i)
}

fn alnum1(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphanumeric())(i)
}

/// `ES-10`, `S-26`: a special or emergency special session.
fn special_session(i: &str) -> Res<'_, String> {
    map(
        tuple((take_while_m_n(1, 2, |c: char| c.is_ascii_uppercase()), hyphen, digit1)),
        |(letters, _, digits)| format!("{letters}-{digits}"),
    )(i)
}

/// One component between slashes (`CTOC`, `WG.4`, `2012`, `Rev.2`, `ES-10`).
fn component(i: &str) -> Res<'_, String> {
    alt((
        special_session,
        map(recognize(pair(alnum1, many0(pair(char('.'), alnum1)))), str::to_owned),
    ))(i)
}

/// A slash, and a line end right after it.
fn slash(i: &str) -> Res<'_, ()> {
    map(
        pair(
            char('/'),
            opt(tuple((take_while(is_blank), char('\n'), take_while(is_blank)))),
        ),
        |_| (),
    )(i)
}

fn parts(i: &str) -> Res<'_, Vec<String>> {
    map(
        pair(component, many0(preceded(slash, component))),
        |(first, mut rest)| {
            rest.insert(0, first);
            rest
        },
    )(i)
}

fn reissue(i: &str) -> Res<'_, bool> {
    map(opt(pair(hyphen, char('*'))), |r| r.is_some())(i)
}

/// `(2002)` or `(III)`, after one optional space.
fn suffix(i: &str) -> Res<'_, String> {
    map(
        preceded(
            opt(satisfy(is_blank)),
            delimited(
                char('('),
                alt((
                    take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                    take_while1(is_roman),
                )),
                char(')'),
            ),
        ),
        str::to_owned,
    )(i)
}

fn ws1(i: &str) -> Res<'_, &str> {
    take_while1(is_ws)(i)
}

/// One of `words`, ending at a word boundary.
fn word<'a>(i: &'a str, words: &[&str]) -> Res<'a, &'a str> {
    for w in words {
        if let Some(rest) = i.strip_prefix(w) {
            if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                let len = i.len() - rest.len();
                return Ok((rest, i.get(..len).unwrap_or_default()));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

/// True when a word is written between spaces (Latin and Cyrillic scripts).
fn spaced(w: &str) -> bool {
    w.chars().all(|c| c < '\u{0590}')
}

/// A conjunction or range word of the language, with its spaces.
fn joined_by<'a>(i: &'a str, words: &[&str]) -> Res<'a, ()> {
    let (after_ws, leading) = take_while(is_ws)(i)?;
    let (rest, w) = word(after_ws, words)?;
    let (rest, trailing) = take_while(is_ws)(rest)?;
    if spaced(w) && (leading.is_empty() || trailing.is_empty()) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Space)));
    }
    Ok((rest, ()))
}

/// A list separator: `, ` or a conjunction.
fn list_separator<'a>(i: &'a str, lang: &Lang) -> Res<'a, ()> {
    alt((map(pair(char(','), ws1), |_| ()), |i| joined_by(i, lang.and)))(i)
}

fn dotted_prefix(c: &str) -> Option<(&str, &str)> {
    let (prefix, number) = c.rsplit_once('.')?;
    is_digits(number).then_some((prefix, number))
}

/// The component after a conjunction: `Corr.2`, `Add.1`, `L.5/Rev.2`.
fn tail(i: &str) -> Res<'_, Vec<String>> {
    let (rest, parts) = parts(i)?;
    match parts.first().and_then(|c| dotted_prefix(c)) {
        Some((prefix, _)) if TAIL_PREFIXES.contains(&prefix) => Ok((rest, parts)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// True when nothing that could continue a number follows.
fn number_ends(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('/') => false,
        Some('.') => !chars.next().is_some_and(|c| c.is_ascii_alphanumeric()),
        Some(c) => !c.is_alphanumeric(),
    }
}

// ---------------------------------------------------------------------------
// Symbols

/// True when `parts` have the shape of a symbol: a known series, or upper-case
/// letters, then a numbered component.
fn has_symbol_shape(parts: &[String]) -> bool {
    let Some(first) = parts.first() else {
        return false;
    };
    if !is_upper_word(first) || first.len() > 10 || parts.len() < 2 {
        return false;
    }
    if first.len() == 1 && !KNOWN_SERIES.contains(&first.as_str()) {
        return false;
    }
    parts
        .iter()
        .skip(1)
        .any(|p| is_digits(p) || p.contains('-') || is_numbered_dotted(p))
}

/// `WG.4`, `L.4`, `Add.1`: a known prefix, a full stop, a number.
fn is_numbered_dotted(p: &str) -> bool {
    match p.split_once('.') {
        Some((prefix, n)) => {
            n.starts_with(|c: char| c.is_ascii_digit())
                && (BODY_PREFIXES.contains(&prefix) || TAIL_PREFIXES.contains(&prefix))
        }
        None => false,
    }
}

/// A symbol as it opens a citation, checked for shape; its suffix only after `RES`.
fn scan_symbol(i: &str) -> Option<(&str, Symbol)> {
    let (rest, (parts, reissued)) = pair(parts, reissue)(i).ok()?;
    if !has_symbol_shape(&parts) {
        return None;
    }
    let symbol = Symbol::from_parts(parts, None).ok()?.with_reissued(reissued);
    if symbol.nature() == Some(Nature::Resolution) {
        if let Ok((after, suffix)) = suffix(rest) {
            if number_ends(after) {
                let parts = symbol.parts().to_vec();
                let with = Symbol::from_parts(parts, Some(suffix)).ok()?.with_reissued(reissued);
                return Some((after, with));
            }
        }
    }
    Some((rest, symbol))
}

/// Joins `tail` to `last`: from the last component of `last` with the same
/// prefix as the tail's first (`L.1/Add.1` and `Add.2`), else at the end
/// (`A/60/88` and `Corr.2`).
fn join_tail(last: &Symbol, tail: &[String]) -> Option<Symbol> {
    let (prefix, _) = dotted_prefix(tail.first()?)?;
    let parts = last.parts();
    let keep = parts
        .iter()
        .rposition(|p| dotted_prefix(p).is_some_and(|(q, _)| q == prefix))
        .unwrap_or(parts.len());
    let tail_modifier = Modifier::from_component(tail.first()?);
    if keep == parts.len() && tail_modifier.is_none() {
        // `and L.5` needs an `L.` to replace.
        return None;
    }
    // A corrigendum has no addenda: `A/HRC/14/25/Corr.1 and Add.1-4` are addenda of A/HRC/14/25.
    let keep = if keep == parts.len() {
        let corrigenda = parts
            .iter()
            .rev()
            .take_while(|p| Modifier::from_component(p).is_some_and(|m| m.kind == ModifierKind::Corrigendum))
            .count();
        keep - corrigenda
    } else {
        keep
    };
    let mut new: Vec<String> = parts.iter().take(keep).cloned().collect();
    new.extend(tail.iter().cloned());
    Symbol::from_parts(new, None).ok()
}

/// The end of a range: `9` or `Add.9`.
fn range_end(i: &str) -> Res<'_, (Option<&str>, &str)> {
    alt((
        map(
            pair(
                take_while1(|c: char| c.is_ascii_alphabetic()),
                preceded(char('.'), digit1),
            ),
            |(p, n)| (Some(p), n),
        ),
        map(digit1, |n| (None, n)),
    ))(i)
}

/// `-3` of `Add.1-3`.
fn dash_number(i: &str) -> Res<'_, &str> {
    preceded(alt((hyphen, char('–'))), digit1)(i)
}

/// The symbols a range after `last` adds (`à 9` after `…/Add.1`: `Add.2` … `Add.9`).
fn scan_range<'a>(i: &'a str, lang: &Lang, last: &Symbol) -> Option<(&'a str, Vec<Symbol>)> {
    let last_part = last.parts().last()?;
    let (prefix, from) = match dotted_prefix(last_part) {
        Some((prefix, from)) => (Some(prefix), from),
        None if is_digits(last_part) => (None, last_part.as_str()),
        None => return None,
    };
    let from: u32 = from.parse().ok()?;
    let upper = |i: &'a str| -> Option<(&'a str, u32)> {
        let (rest, (target_prefix, digits)) = range_end(i).ok()?;
        if target_prefix.is_some() && target_prefix != prefix {
            return None;
        }
        number_ends(rest).then_some(())?;
        Some((rest, digits.parse().ok()?))
    };
    let (rest, to) = match joined_by(i, lang.to) {
        Ok((after, ())) => upper(after)?,
        Err(_) => {
            prefix?;
            let (rest, digits) = dash_number(i).ok()?;
            number_ends(rest).then_some(())?;
            (rest, digits.parse().ok()?)
        }
    };
    if to <= from || to - from > MAX_RANGE {
        return None;
    }
    let symbols = (from + 1..=to)
        .filter_map(|n| {
            let part = match prefix {
                Some(p) => format!("{p}.{n}"),
                None => n.to_string(),
            };
            last.sibling(&part).ok()
        })
        .collect();
    Some((rest, symbols))
}

/// A second symbol of the same document (`…/WG.2/2012/5-CTOC/COP/WG.3/2012/6`, `A/67/828 S/2013/210`).
fn scan_joint<'a>(i: &'a str, last: &Symbol) -> Option<(&'a str, Symbol)> {
    if let Ok((after, _)) = hyphen(i) {
        return scan_symbol(after);
    }
    let (after, blanks) = ws1(i).ok()?;
    if blanks.matches('\n').count() > 1 {
        return None;
    }
    let (rest, next) = scan_symbol(after)?;
    (next.parts().first() != last.parts().first()).then_some((rest, next))
}

/// True when a symbol may start at byte `start` of `text`.
fn boundary_before(text: &str, start: usize) -> bool {
    match text.get(..start).and_then(|t| t.chars().next_back()) {
        None => true,
        Some(c) => !(c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '\u{2011}' | '@' | '&' | '\\' | '=')),
    }
}

/// The citation that starts at byte `start`, with all its tails, ranges and joint symbols.
fn scan_citation(text: &str, start: usize, lang: &Lang) -> Option<SymbolMatch> {
    let input = text.get(start..)?;
    let (mut rest, head) = scan_symbol(input)?;
    let mut symbols = vec![head];
    while let Some(last) = symbols.last() {
        if let Some((r, more)) = scan_range(rest, lang, last) {
            symbols.extend(more);
            rest = r;
            continue;
        }
        if let Ok((after, ())) = list_separator(rest, lang) {
            if let Ok((r, t)) = tail(after) {
                if let Some(next) = join_tail(last, &t) {
                    symbols.push(next);
                    rest = r;
                    continue;
                }
            }
        }
        if let Some((r, next)) = scan_joint(rest, last) {
            symbols.push(next);
            rest = r;
            continue;
        }
        break;
    }
    Some(SymbolMatch {
        start,
        end: text.len() - rest.len(),
        symbols,
    })
}

/// Finds every document symbol in `text`, the logical text of one block
/// (source lines joined with `\n`), in the written forms of `lang`.
///
/// Scans for `/` with memchr and reads each candidate around it; matches
/// come in order and never overlap.
///
/// ```
/// use plenary_grammar::inline::symbol::find_symbols;
/// use plenary_grammar::lang::fr::FR;
/// let text = "voir A/60/88 et Corr.2, annexe; résolution 64/293.";
/// let found = find_symbols(text, &FR);
/// assert_eq!(found.len(), 1);
/// assert_eq!(&text[found[0].start..found[0].end], "A/60/88 et Corr.2");
/// let names: Vec<String> = found[0].symbols.iter().map(|s| s.to_string()).collect();
/// assert_eq!(names, ["A/60/88", "A/60/88/Corr.2"]);
/// ```
#[must_use]
pub fn find_symbols(text: &str, lang: &Lang) -> Vec<SymbolMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut resume = 0;
    for slash in memchr_iter(b'/', bytes) {
        if slash < resume {
            continue;
        }
        let series_len = bytes
            .get(..slash)
            .map_or(0, |b| b.iter().rev().take_while(|b| b.is_ascii_uppercase()).count());
        if series_len == 0 {
            continue;
        }
        let start = slash - series_len;
        if !boundary_before(text, start) {
            continue;
        }
        if let Some(m) = scan_citation(text, start, lang) {
            resume = m.end;
            found.push(m);
        }
    }
    found
}

/// Parses one whole symbol in normal form or as printed (`S/RES/1440 (2002)`,
/// `CTOC/COP/2012/L.4/Rev.2`); surrounding spaces are ignored.
///
/// ```
/// use plenary_grammar::inline::symbol::parse_symbol;
/// let s = parse_symbol("A/RES/217(III)").unwrap();
/// assert_eq!((s.number(), s.suffix()), (Some("217"), Some("III")));
/// assert!(parse_symbol("64/293").is_err());
/// ```
///
/// # Errors
/// When the string is empty, does not start with an upper-case series, has
/// a single component, or holds anything after the symbol.
pub fn parse_symbol(s: &str) -> Result<Symbol, SymbolParseError> {
    let s = s.trim_matches(is_ws);
    let err = |message: String, rest: &str| SymbolParseError {
        message,
        offset: s.len() - rest.len(),
    };
    if s.is_empty() {
        return Err(err("a symbol cannot be empty".to_owned(), s));
    }
    let Ok((rest, (parts, reissued, suffix))) = tuple((parts, reissue, opt(suffix)))(s) else {
        return Err(err("expected a series such as `A` or `CTOC`".to_owned(), s));
    };
    if let Some(c) = rest.chars().next() {
        return Err(err(format!("unexpected `{c}` after the symbol"), rest));
    }
    match parts.first() {
        Some(first) if !is_upper_word(first) => {
            return Err(err(
                format!("`{first}` is not a series: a symbol starts with upper-case letters"),
                s,
            ));
        }
        _ => {}
    }
    if parts.len() < 2 {
        return Err(err("a symbol needs at least two components".to_owned(), s));
    }
    Symbol::from_parts(parts, suffix)
        .map(|sym| sym.with_reissued(reissued))
        .map_err(|e| err(e.message, s))
}

/// Parses a job number (`V.12-57119`, `GE.12-17781`, `18-16895 (E)`,
/// `GE.21-06039(E)`, `N0512345`), a trimmed token of a footer line.
///
/// ```
/// use plenary_grammar::inline::symbol::parse_job_number;
/// let j = parse_job_number("GE.21-06039(E)").unwrap();
/// assert_eq!((j.station(), j.year(), j.serial(), j.language()), (Some("GE"), Some(21), "06039", Some('E')));
/// assert!(parse_job_number("9-20").is_none());
/// ```
#[must_use]
pub fn parse_job_number(s: &str) -> Option<JobNumber> {
    let s = s.trim_matches(is_ws);
    let (_, ((station, year, serial), language)) =
        all_consuming(pair(alt((job_dashed, job_new_york)), opt(job_language)))(s).ok()?;
    Some(JobNumber::from_components(
        s,
        station,
        year.parse().ok(),
        serial,
        language,
    ))
}

type JobParts<'a> = (Option<&'a str>, &'a str, &'a str);

fn two_digits(i: &str) -> Res<'_, &str> {
    take_while_m_n(2, 2, |c: char| c.is_ascii_digit())(i)
}

fn upper_letter(i: &str) -> Res<'_, char> {
    satisfy(|c: char| c.is_ascii_uppercase())(i)
}

/// `V.12-57119`, `GE.12-17781`, `GE:09-17825`, `18-16895`.
fn job_dashed(i: &str) -> Res<'_, JobParts<'_>> {
    let station = take_while_m_n(1, 3, |c: char| c.is_ascii_uppercase());
    let serial = take_while_m_n(4, 7, |c: char| c.is_ascii_digit());
    map(
        // (Some 2009 prints set a colon for the stop: `GE:09-17825`.)
        tuple((
            opt(pair(station, alt((char('.'), char(':'))))),
            two_digits,
            hyphen,
            serial,
        )),
        |(station, year, _, serial)| (station.map(|s| s.0), year, serial),
    )(i)
}

/// `N0512345`: New York, year, serial.
fn job_new_york(i: &str) -> Res<'_, JobParts<'_>> {
    map(
        tuple((tag("N"), two_digits, take_while_m_n(5, 5, |c: char| c.is_ascii_digit()))),
        |(n, year, serial)| (Some(n), year, serial),
    )(i)
}

/// ` (E)`: the language of the job.
fn job_language(i: &str) -> Res<'_, char> {
    preceded(take_while(is_blank), delimited(char('('), upper_letter, char(')')))(i)
}

/// Parses a sales number (`F.11.V.9`, `E.08.II.C.1`), a trimmed token.
///
/// ```
/// use plenary_grammar::inline::symbol::parse_sales_number;
/// let n = parse_sales_number("F.11.V.9").unwrap();
/// assert_eq!((n.language, n.year, n.category.as_str(), n.serial), ('F', 11, "V", 9));
/// assert!(parse_sales_number("V.12-57119").is_none());
/// ```
#[must_use]
pub fn parse_sales_number(s: &str) -> Option<SalesNumber> {
    let s = s.trim_matches(is_ws);
    let (_, (language, _, year, _, category, _, sub, serial)) = all_consuming(tuple((
        upper_letter,
        char('.'),
        two_digits,
        char('.'),
        take_while1(is_roman),
        char('.'),
        opt(pair(upper_letter, char('.'))),
        digit1,
    )))(s)
    .ok()?;
    Some(SalesNumber {
        language,
        year: year.parse().ok()?,
        category: category.to_owned(),
        subcategory: sub.map(|(c, _)| c),
        serial: serial.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::lang::{en::EN, es::ES, fr::FR, ru::RU};

    fn names(text: &str, lang: &Lang) -> Vec<Vec<String>> {
        find_symbols(text, lang)
            .iter()
            .map(|m| m.symbols.iter().map(ToString::to_string).collect())
            .collect()
    }

    #[test]
    fn component_stops_at_a_full_stop() {
        assert_eq!(component("L.4/Rev.2"), Ok(("/Rev.2", "L.4".to_owned())));
        assert_eq!(component("7. Next"), Ok((". Next", "7".to_owned())));
        assert_eq!(component("ES\u{2011}10/"), Ok(("/", "ES-10".to_owned())));
    }

    #[test]
    fn slash_takes_a_line_end() {
        assert_eq!(slash("/ \nRev.2"), Ok(("Rev.2", ())));
        assert_eq!(slash("/Rev.2"), Ok(("Rev.2", ())));
    }

    #[test]
    fn shapes() {
        let p = |s: &str| s.split('/').map(str::to_owned).collect::<Vec<_>>();
        assert!(has_symbol_shape(&p("A/60/88")));
        assert!(has_symbol_shape(&p("CTOC/COP/WG.2/2012/5")));
        assert!(has_symbol_shape(&p("PRST/8/1")));
        assert!(!has_symbol_shape(&p("HIV/AIDS")));
        assert!(!has_symbol_shape(&p("OSCE/ODIHR85")));
        assert!(!has_symbol_shape(&p("HIV/AIDS.36")));
        assert!(!has_symbol_shape(&p("PTPR/JS4")));
        assert!(!has_symbol_shape(&p("D/12")));
        assert!(!has_symbol_shape(&p("A")));
    }

    #[test]
    fn lists_and_ranges_in_four_languages() {
        assert_eq!(
            names("(A/HRC/14/30 and Add.1-3).", &EN),
            [[
                "A/HRC/14/30",
                "A/HRC/14/30/Add.1",
                "A/HRC/14/30/Add.2",
                "A/HRC/14/30/Add.3"
            ]]
        );
        assert_eq!(
            names("E/2012/L.1 y Add.1 a 2", &ES),
            [["E/2012/L.1", "E/2012/L.1/Add.1", "E/2012/L.1/Add.2"]]
        );
        assert_eq!(names("A/60/88 и Corr.2", &RU), [["A/60/88", "A/60/88/Corr.2"]]);
        assert_eq!(
            names("(CTOC/COP/2012/L.4/Rev.2 et L.5/Rev.2)", &FR),
            [["CTOC/COP/2012/L.4/Rev.2", "CTOC/COP/2012/L.5/Rev.2"]]
        );
        assert_eq!(names("A/60/88 et annexe", &FR), [["A/60/88"]]);
        assert_eq!(
            names("A/HRC/14/25/Corr.1 and\nAdd.1-2).", &EN),
            [["A/HRC/14/25/Corr.1", "A/HRC/14/25/Add.1", "A/HRC/14/25/Add.2"]],
            "addenda after a corrigendum belong to the base document"
        );
        assert_eq!(
            names("A/60/88 to 40 States", &EN),
            [["A/60/88"]],
            "a range needs a larger number it may reach"
        );
    }

    #[test]
    fn joint_symbols() {
        assert_eq!(names("A/67/828 S/2013/210, annex.", &EN), [["A/67/828", "S/2013/210"]]);
        assert_eq!(names("A/46/864-S/23501, annex.", &EN), [["A/46/864", "S/23501"]]);
        assert_eq!(names("A/HRC/14/2\nA/HRC/14/3", &EN), [["A/HRC/14/2"], ["A/HRC/14/3"]]);
    }

    #[test]
    fn not_symbols() {
        for text in [
            "V.12-57119",
            "F.11.V.9",
            "9-20 juillet 2001",
            "résolution 5/1 du 22 octobre 2010",
            "résolution 64/293",
            "et/ou",
            "and/or",
            "HIV/AIDS",
            "OSCE/ODIHR85",
            "http://www.unodc.org/CTOC/COP/2012/1",
            "CM/ResCMN (2017)",
            "WHA71/2018/REC/1",
            "1/",
        ] {
            assert!(find_symbols(text, &EN).is_empty(), "`{text}` should hold no symbol");
        }
    }

    #[test]
    fn parenthesised_resolution_suffix() {
        assert_eq!(names("S/RES/1440 (2002) and", &EN), [["S/RES/1440 (2002)"]]);
        assert_eq!(names("A/RES/217(III)", &EN), [["A/RES/217(III)"]]);
        assert_eq!(names("A/60/88 (2005)", &EN), [["A/60/88"]]);
    }

    #[test]
    fn parse_symbol_errors_say_where() {
        assert_eq!(parse_symbol("").unwrap_err().offset, 0);
        let e = parse_symbol("A/60/88 et").unwrap_err();
        assert_eq!((e.message.as_str(), e.offset), ("unexpected ` ` after the symbol", 7));
        assert!(parse_symbol("et/ou").unwrap_err().message.contains("not a series"));
        assert!(parse_symbol("A").unwrap_err().message.contains("two components"));
    }

    #[test]
    fn job_numbers() {
        for (text, station, year, serial, lang) in [
            ("V.12-57119", Some("V"), 12, "57119", None),
            ("GE.12-17781", Some("GE"), 12, "17781", None),
            ("18-16895 (E)", None, 18, "16895", Some('E')),
            ("GE.21-06039(E)", Some("GE"), 21, "06039", Some('E')),
            ("GE:09-17825", Some("GE"), 9, "17825", None),
            ("N0512345", Some("N"), 5, "12345", None),
        ] {
            let j = parse_job_number(text).unwrap();
            assert_eq!(
                (j.station(), j.year(), j.serial(), j.language()),
                (station, Some(year), serial, lang),
                "{text}"
            );
            assert_eq!(j.as_str(), text);
        }
        for bad in ["9-20", "A/60/88", "F.11.V.9", "V.12-57119 x", "5/1"] {
            assert!(parse_job_number(bad).is_none(), "`{bad}` should not be a job number");
        }
    }

    #[test]
    fn sales_numbers() {
        assert_eq!(parse_sales_number("E.08.II.C.1").unwrap().subcategory, Some('C'));
        for bad in ["F.11.5.9", "V.12-57119", "F.11.V", "F.1.V.9"] {
            assert!(
                parse_sales_number(bad).is_none(),
                "`{bad}` should not be a sales number"
            );
        }
    }
}

//! References in running text: `Ibid.`, treaty series entries, cross-references
//! to the text of an adopted resolution (and the adoption they report),
//! resolutions and decisions cited by number, provisions of instruments.
//!
//! Entry points: [`find_references`] for one block, [`find_references_in`]
//! for consecutive blocks that share a [`RefContext`]. The text is the
//! logical text of one block (its source lines joined by `\n`); footnote
//! markers may still be glued to words (`organisée9,`). The result is byte
//! ranges into that text, sorted and not overlapping.
//!
//! # Grammar
//!
//! ```text
//! ibid       = ws* ibid_word [ "," ws details ] ;            (* only at the start of the text *)
//! details    = { any } up to ". " capital, or the end, without the final "." ;
//! treaty     = series "," ws volume_word ws vols "," ws number_word ws digits ;
//! vols       = digits { ( "," ws | ws and ws ) digits } ;
//! internal   = "(" see ws loc { "," ws loc } [ "." ] ")"  |  see ws loc { "," ws loc } ;
//! loc        = part_word ws word | chapter_word ws ( roman | digits ) | section_word ws ( capital | digits )
//!            | ( resolution_word | decision_word ) ws number | paragraph_word ws digits ;
//! draft      = internal with a number, when the text before it in the block says
//!              adopted: meeting [ "," date ] … adopted … [ draft_word [ word ] ( "(" symbol ")" | symbol ) ]
//!              [ sponsored_by sponsor { ( "," | and ) sponsor } ] ;
//! deliberation = [ possessive | body ] ( resolution_word | decision_word ) ws item { sep item }
//!              [ of_body body ] [ date_clause ] ;
//! item       = number [ date_clause ] ;
//! date_clause= [ "," ] ws date_lead ws date ;
//! provision  = [ paragraph_word ws nums ws provision_of ws ] article_word ws nums
//!              [ "," ws paragraph_word ws nums "," ] ws provision_of ws instrument ;
//! instrument = instrument_noun { ws tail_word { word } } ;   (* a word in instrument_stop, punctuation or glued digits end it *)
//! ```
//!
//! The words come from [`Lang::refs`](crate::lang::Lang::refs) (`sa`, `its`,
//! `Assemblée générale`, `pour le texte, voir`, `Recueil des Traités`…) and
//! the months from `lang.months`.
//!
//! Every construct tried at a word start opens with a phrase of a few lists
//! (`see_text`, the treaty series, resolution and decision words,
//! `paragraph`, `article`). The finder tries the constructs only where one of
//! these triggers matches (`partial_trigger.rs`, one table lookup for most
//! words); elsewhere none could match.
//!
//! # Examples
//!
//! ```text
//! Ibid., vol. 2237, 2241 et 2326, n° 39574.                     CTOC/COP/2012/15, footnote 4
//! Nations Unies, Recueil des Traités, vol. 2225, n° 39574.      CTOC/COP/2012/15, footnote 3
//! United Nations, Treaty Series, vol. 2187, No. 38544.          A/RES/73/7
//! (Pour le texte, voir chap. I, sect. A, résolution 6/1.)       CTOC/COP/2012/15, para. 40
//! (for the text as adopted, see part one, chapter I, resolution 14/2)   A/HRC/14/37, para. 149
//! sa résolution 5/1 du 22 octobre 2010                          CTOC/COP/2012/15
//! Résolution 64/293 de l’Assemblée générale.                    CTOC/COP/2012/15, footnote 2
//! Security Council resolution 862 (1993) of 31 August 1993      A/RES/48/246
//! paragraphe 2 c) de l’article 30 de la Convention              CTOC/COP/2012/15
//! Article 17, paragraph 2, of the Charter of the United Nations A/RES/48/246
//! ```
//!
//! # Model
//!
//! Each match carries a [`Cited`]: `Ibid { details }`, `Treaty { series,
//! volumes, number }`, `Internal { chapter, section, deliberation, number,
//! paragraph }`, `Draft { draft, deliberation, number, date, meeting,
//! sponsors }` (for the cross-reference of a paragraph that reports an
//! adoption), `Resolution`/`Decision { number, issuer, date }` (one match per
//! number of a list: `ses résolutions 5/1 et 5/8` gives two, the first
//! spanning `ses résolutions 5/1`, the second `5/8 en date du 22 octobre
//! 2010`, both dated), `Provision { instrument, provision }`. The block
//! grammar wraps each in an `Inline::Reference`; `plenary-resolver` binds
//! them.
//!
//! # Diagnostics
//!
//! None here: what is not recognised stays text. Unresolved references are
//! reported by the resolver (`unresolved-reference`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use memchr::memmem::Finder;
use plenary_model::{Cited, DeliberationKind, Issuer, Symbol};

use super::partial_reference::{
    collapse, date, deliberation_number, digits, ends_with_phrase, fold, is_space, one_of, one_of_pairs, phrase, roman,
    ws0, ws1, Res,
};
use super::partial_trigger::Triggers;
use crate::lang::{self, Lang};

/// A reference found in the text of a block: a byte range and what it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefMatch {
    /// Byte offset of the first byte, in the block text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the words cite.
    pub cited: Cited,
}

/// What a block passes on to the next: the last meeting with a date, and a
/// draft introduced but not yet adopted.
///
/// ```text
/// 125. À sa 10e séance, le 19 octobre 2012, la Conférence a adopté …
/// 126. Également à sa 10e séance, la Conférence a adopté …   (dated 2012-10-19 from 125)
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefContext {
    /// Date of the last meeting named with a date (`À sa 10e séance, le 19 octobre 2012`).
    pub last_meeting_date: Option<NaiveDate>,
    /// That meeting as printed (`10e séance`).
    pub last_meeting: Option<String>,
    /// A draft introduced in an earlier block and not yet adopted
    /// (`introduced draft resolution A/HRC/14/L.4, sponsored by …`).
    pub pending_draft: Option<PendingDraft>,
}

/// A draft named in one block and adopted in a later one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingDraft {
    /// Resolution or decision.
    pub kind: DeliberationKind,
    /// Its symbol.
    pub symbol: Symbol,
    /// Its sponsors as listed.
    pub sponsors: Vec<String>,
}

/// Finds the references of one block, with a fresh [`RefContext`].
///
/// ```
/// use plenary_grammar::inline::reference::find_references;
/// use plenary_model::Cited;
/// let text = "Ibid., vol. 2237, 2241 et 2326, n° 39574.";
/// let found = find_references(text, &plenary_grammar::lang::fr::FR);
/// assert_eq!(found[0].cited, Cited::Ibid { details: Some("vol. 2237, 2241 et 2326, n° 39574".into()) });
/// ```
#[must_use]
pub fn find_references(text: &str, lang: &Lang) -> Vec<RefMatch> {
    find_references_in(text, lang, &mut RefContext::default())
}

/// Finds the references of one block, reading and updating `ctx`: call it
/// for consecutive blocks in reading order.
#[must_use]
pub fn find_references_in(text: &str, lang: &Lang, ctx: &mut RefContext) -> Vec<RefMatch> {
    let mut out = Vec::new();
    let mut pos = 0;
    if let Some(m) = scan_ibid(text, lang) {
        pos = m.end;
        out.push(m);
    }
    let mut floor = pos;
    let built;
    let triggers = match Triggers::cached(lang) {
        Some(t) => t,
        None => {
            built = Triggers::new(lang);
            &built
        }
    };
    let bytes = text.as_bytes();
    // Where the last character read by the slow path below ends, and
    // whether it is a letter or digit (`char::is_alphanumeric`).
    let mut known: (usize, bool) = (usize::MAX, false);
    // The bytes no trigger can start at are skipped by `Triggers::next`, a
    // small loop of its own that keeps its state in registers; only the
    // bytes it stops at come here.
    while let Some(at) = triggers.next(bytes, pos) {
        pos = at;
        let Some(rest) = text.get(pos..) else { break };
        let Some(c) = rest.chars().next() else { break };
        let bits = crate::util::alphanumeric_bits(c);
        let alphabetic = bits & 1 != 0;
        // The character before: known when this path just read it (a run
        // of letters outside ASCII is read here letter by letter), else
        // decoded backwards.
        let starts_word = c == '('
            || (alphabetic
                && !(if known.0 == pos {
                    known.1
                } else {
                    follows_alphanumeric(text, pos)
                }));
        // Every construct of `scan_at` opens with a trigger: where none
        // matches, `scan_at` would find nothing.
        if starts_word && triggers.at(rest) {
            let found = scan_at(text, pos, floor, lang);
            if let Some(last) = found.last() {
                pos = last.end;
                floor = pos;
                out.extend(found);
                continue;
            }
        }
        pos += c.len_utf8();
        known = (pos, bits & 2 != 0);
    }
    adoptions(text, lang, ctx, &mut out);
    out
}

/// True when the character before byte `pos` of `text` is a letter or digit.
fn follows_alphanumeric(text: &str, pos: usize) -> bool {
    match pos.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        None => false,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(..pos)
            .and_then(|s| s.chars().next_back())
            .is_some_and(|c| crate::util::alphanumeric_bits(c) & 2 != 0),
    }
}

/// Tries every construct that may start at `pos`; `floor` is where a match
/// may extend back to (the end of the previous match).
fn scan_at(text: &str, pos: usize, floor: usize, lang: &Lang) -> Vec<RefMatch> {
    let Some(rest) = text.get(pos..) else {
        return Vec::new();
    };
    if let Some((len, cited)) = scan_internal(rest, lang) {
        return vec![RefMatch {
            start: pos,
            end: pos + len,
            cited,
        }];
    }
    if let Some((len, cited)) = scan_treaty(rest, lang) {
        return vec![RefMatch {
            start: pos,
            end: pos + len,
            cited,
        }];
    }
    let found = scan_deliberations(text, pos, floor, lang);
    if !found.is_empty() {
        return found;
    }
    if let Some((len, cited)) = scan_provision(rest, lang) {
        return vec![RefMatch {
            start: pos,
            end: pos + len,
            cited,
        }];
    }
    Vec::new()
}

// ---------------------------------------------------------------- Ibid.

/// `Ibid.` at the start of a footnote, with what follows it.
fn scan_ibid(text: &str, lang: &Lang) -> Option<RefMatch> {
    let (rest, _) = ws0(text).ok()?;
    let start = text.len() - rest.len();
    let (after, word) = one_of(rest, lang.ibid).ok()?;
    let mut end = start + word.len();
    let mut details = None;
    if let Some(tail) = ws0(after).ok().and_then(|(r, _)| r.strip_prefix(',')) {
        let (body, _) = ws0(tail).ok()?;
        let body_start = text.len() - body.len();
        let len = sentence_len(body);
        let d = body
            .get(..len)
            .map(|s| s.trim_end_matches(is_space).trim_end_matches('.'));
        if let Some(d) = d.filter(|d| !d.is_empty()) {
            details = Some(collapse(d));
            end = body_start + d.len();
        }
    }
    Some(RefMatch {
        start,
        end,
        cited: Cited::Ibid { details },
    })
}

/// Length of the first sentence of `text`: up to a `.` followed by white
/// space and a capital letter, or the whole text.
fn sentence_len(text: &str) -> usize {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|s| s.find('.')) {
        let dot = from + i;
        let after = text.get(dot + 1..).unwrap_or_default();
        let trimmed = after.trim_start_matches(is_space);
        if trimmed.len() < after.len() && trimmed.starts_with(char::is_uppercase) {
            return dot + 1;
        }
        from = dot + 1;
    }
    text.len()
}

// ---------------------------------------------------------------- treaties

/// `Nations Unies, Recueil des Traités, vol. 2225, 2237, 2241 et 2326, n° 39574`.
fn scan_treaty(input: &str, lang: &Lang) -> Option<(usize, Cited)> {
    let w = &lang.refs;
    let (rest, (_, series)) = one_of_pairs(input, w.treaty_series).ok()?;
    let rest = comma(rest).ok()?.0;
    let (rest, _) = one_of(rest, w.volume).ok()?;
    let (rest, _) = ws0(rest).ok()?;
    let (mut rest, first) = digits(rest).ok()?;
    let mut volumes = vec![first.to_owned()];
    loop {
        let next = comma(rest)
            .map(|(r, ())| r)
            .or_else(|_| {
                ws1(rest)
                    .and_then(|(r, _)| one_of(r, lang.and))
                    .and_then(|(r, _)| ws1(r))
                    .map(|(r, _)| r)
            })
            .and_then(digits);
        match next {
            Ok((r, v)) => {
                volumes.push(v.to_owned());
                rest = r;
            }
            Err(_) => break,
        }
    }
    let rest = comma(rest).ok()?.0;
    let (rest, _) = one_of(rest, w.number).ok()?;
    let (rest, _) = ws0(rest).ok()?;
    let (rest, number) = digits(rest).ok()?;
    Some((
        input.len() - rest.len(),
        Cited::Treaty {
            series: series.to_owned(),
            volumes,
            number: number.to_owned(),
        },
    ))
}

/// `,` and the white space after it.
fn comma(input: &str) -> Res<'_, ()> {
    let (rest, _) = ws0(input)?;
    match rest.strip_prefix(',') {
        Some(r) => Ok((ws0(r)?.0, ())),
        None => super::partial_reference::fail(input),
    }
}

// ---------------------------------------------------------------- internal

/// `(Pour le texte, voir chap. I, sect. A, résolution 6/1.)`, or the same
/// words as a sentence of their own (`For the text as adopted, see part one,
/// chapter I, resolution 14/1.`, without its final period).
fn scan_internal(input: &str, lang: &Lang) -> Option<(usize, Cited)> {
    let w = &lang.refs;
    let paren = input.starts_with('(');
    let rest = if paren { ws0(input.get(1..)?).ok()?.0 } else { input };
    let (rest, _) = one_of(rest, w.see_text).ok()?;
    let (mut rest, _) = ws1(rest).ok()?;
    let mut cited = Internal::default();
    let mut any = false;
    while let Some(r) = location(rest, lang, &mut cited) {
        any = true;
        rest = r;
        match comma(rest) {
            Ok((r, ())) if location(r, lang, &mut Internal::default()).is_some() => rest = r,
            _ => break,
        }
    }
    if !any {
        return None;
    }
    let end = if paren {
        let r = ws0(rest).ok()?.0;
        let r = r.strip_prefix('.').unwrap_or(r);
        let r = ws0(r).ok()?.0;
        r.strip_prefix(')')?
    } else {
        rest
    };
    Some((
        input.len() - end.len(),
        Cited::Internal {
            chapter: cited.chapter,
            section: cited.section,
            deliberation: cited.deliberation,
            number: cited.number,
            paragraph: cited.paragraph,
        },
    ))
}

/// The parts of an internal reference, as they are read.
#[derive(Debug, Default)]
struct Internal {
    chapter: Option<String>,
    section: Option<String>,
    deliberation: Option<DeliberationKind>,
    number: Option<String>,
    paragraph: Option<String>,
}

/// One place of an internal reference; fills `into`, returns what follows.
fn location<'a>(input: &'a str, lang: &Lang, into: &mut Internal) -> Option<&'a str> {
    let w = &lang.refs;
    let word = |r: &'a str| take_word(r);
    if let Ok((r, _)) = one_of(input, w.part) {
        // FIXME: the model has no field for a part (`part one`); it is read and dropped.
        let (r, _) = ws1(r).ok()?;
        return word(r).map(|(r, _)| r);
    }
    if let Ok((r, _)) = one_of(input, lang.chapter) {
        let (r, _) = ws0(r).ok()?;
        let (r, n) = roman(r).or_else(|_| digits(r)).ok()?;
        into.chapter = Some(n.to_owned());
        return Some(r);
    }
    if let Ok((r, _)) = one_of(input, w.section) {
        let (r, _) = ws0(r).ok()?;
        let (r, n) = digits(r).or_else(|_| capital(r)).ok()?;
        into.section = Some(n.to_owned());
        return Some(r);
    }
    if let Some((r, kind)) = deliberation_word(input, lang) {
        let (r, _) = ws1(r).ok()?;
        let (r, n) = deliberation_number(r).ok()?;
        into.deliberation = Some(kind);
        into.number = Some(n);
        return Some(r);
    }
    if let Ok((r, _)) = one_of(input, w.paragraph) {
        let (r, _) = ws0(r).ok()?;
        let (r, n) = digits(r).ok()?;
        into.paragraph = Some(n.to_owned());
        return Some(r);
    }
    None
}

/// One capital letter on its own (`A` of `sect. A`).
fn capital(input: &str) -> Res<'_, &str> {
    let mut it = input.chars();
    match it.next() {
        Some(c) if c.is_uppercase() && !it.as_str().starts_with(char::is_alphanumeric) => {
            Ok((it.as_str(), input.get(..c.len_utf8()).unwrap_or_default()))
        }
        _ => super::partial_reference::fail(input),
    }
}

/// A word of letters and digits.
fn take_word(input: &str) -> Option<(&str, &str)> {
    let len: usize = input
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    Some((input.get(len..)?, input.get(..len)?))
}

/// `résolution`, `résolutions`, `décision`… and which kind it names.
fn deliberation_word<'a>(input: &'a str, lang: &Lang) -> Option<(&'a str, DeliberationKind)> {
    if let Ok((r, _)) = one_of(input, lang.resolution) {
        return Some((r, DeliberationKind::Resolution));
    }
    if let Ok((r, _)) = one_of(input, lang.decision) {
        return Some((r, DeliberationKind::Decision));
    }
    None
}

// ---------------------------------------------------------------- resolutions and decisions

/// One number of a list, with its span and own date.
struct Item {
    start: usize,
    end: usize,
    number: String,
    date: Option<NaiveDate>,
}

/// `sa résolution 5/1 du 22 octobre 2010`, `ses résolutions 5/1 et 5/8`,
/// `résolution 64/293 de l’Assemblée générale`, `General Assembly resolution 64/293`:
/// one match per number.
fn scan_deliberations(text: &str, pos: usize, floor: usize, lang: &Lang) -> Vec<RefMatch> {
    let w = &lang.refs;
    let Some(input) = text.get(pos..) else {
        return Vec::new();
    };
    let Some((after_word, kind)) = deliberation_word(input, lang) else {
        return Vec::new();
    };
    let offset = |r: &str| text.len() - r.len();
    let mut items: Vec<Item> = Vec::new();
    let mut rest = after_word;
    loop {
        let sep = if items.is_empty() {
            ws1(rest).map(|(r, _)| r).ok()
        } else {
            list_separator(rest, lang)
        };
        let Some(r) = sep else { break };
        let start = offset(r);
        let Ok((r, number)) = deliberation_number(r) else {
            break;
        };
        let (r, d) = match date_clause(r, lang) {
            Some((r, d)) => (r, Some(d)),
            None => (r, None),
        };
        items.push(Item {
            start,
            end: offset(r),
            number,
            date: d,
        });
        rest = r;
    }
    if items.is_empty() {
        return Vec::new();
    }

    // Who issued it: a body after the numbers, a body or a possessive before them.
    let mut issuer = Issuer::Unknown;
    let mut end = offset(rest);
    if let Some((r, name, series)) = body_after(rest, lang) {
        issuer = body(name, series);
        rest = r;
        end = offset(rest);
    }
    let mut common_date = None;
    if let Some((r, d)) = date_clause(rest, lang) {
        common_date = Some(d);
        end = offset(r);
    }
    let before = text.get(floor..pos).unwrap_or_default();
    let mut start = pos;
    if let Some(i) = w.possessive.iter().find_map(|p| ends_with_phrase(before, p)) {
        start = floor + i;
        if matches!(issuer, Issuer::Unknown) {
            issuer = agent_before(before.get(..i).unwrap_or_default(), lang).unwrap_or(Issuer::Own);
        }
    } else if let Some((i, name, series)) = body_before(before, lang) {
        start = floor + i;
        if matches!(issuer, Issuer::Unknown) {
            issuer = body(name, series);
        }
    }

    // A date after the last number only is the date of all of them.
    let only_last_dated = items.iter().rev().skip(1).all(|i| i.date.is_none());
    let fallback = common_date.or(if only_last_dated {
        items.last().and_then(|i| i.date)
    } else {
        None
    });
    let count = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(k, item)| {
            let date = item.date.or(fallback);
            let number = item.number;
            let cited = match kind {
                DeliberationKind::Resolution => Cited::Resolution {
                    number,
                    issuer: issuer.clone(),
                    date,
                },
                DeliberationKind::Decision => Cited::Decision {
                    number,
                    issuer: issuer.clone(),
                    date,
                },
            };
            RefMatch {
                start: if k == 0 { start } else { item.start },
                end: if k + 1 == count { end } else { item.end },
                cited,
            }
        })
        .collect()
}

/// `, `, ` et `, `, and ` between two numbers of a list.
fn list_separator<'a>(input: &'a str, lang: &Lang) -> Option<&'a str> {
    let and = |r: &'a str| {
        ws1(r)
            .ok()
            .and_then(|(r, _)| one_of(r, lang.and).ok())
            .and_then(|(r, _)| ws1(r).ok())
            .map(|(r, _)| r)
    };
    if let Ok((r, ())) = comma(input) {
        let r2 = input.get(input.len() - r.len()..)?;
        // `, and 5/8`
        let with_and = one_of(r2, lang.and).ok().and_then(|(r, _)| ws1(r).ok()).map(|(r, _)| r);
        return Some(with_and.unwrap_or(r));
    }
    and(input)
}

/// `du 22 octobre 2010`, `en date du …`, `of 31 August 1993`, `, de 23 de diciembre de 1993`.
fn date_clause<'a>(input: &'a str, lang: &Lang) -> Option<(&'a str, NaiveDate)> {
    let r = comma(input).map_or(input, |(r, ())| r);
    let (r, _) = ws0(r).ok()?;
    let (r, _) = one_of(r, lang.refs.date_lead).ok()?;
    let (r, _) = ws1(r).ok()?;
    date(r, lang).ok()
}

/// `de l’Assemblée générale`, `of the General Assembly`, `del Consejo de Seguridad`.
fn body_after<'a, 'w>(input: &'a str, lang: &'w Lang) -> Option<(&'a str, &'w str, &'w str)> {
    let (r, _) = ws1(input).ok()?;
    let (r, link) = one_of(r, lang.refs.of_body).ok()?;
    let r = if link.ends_with(char::is_alphabetic) {
        ws1(r).ok()?.0
    } else {
        ws0(r).ok()?.0
    };
    let (r, (name, series)) = one_of_pairs(r, lang.refs.bodies).ok()?;
    Some((r, name, series))
}

/// A body named just before the deliberation word (`General Assembly resolution`).
fn body_before<'w>(before: &str, lang: &'w Lang) -> Option<(usize, &'w str, &'w str)> {
    let mut best: Option<(usize, &str, &str)> = None;
    for &(name, series) in lang.refs.bodies {
        if let Some(i) = ends_with_phrase(before, name) {
            if best.is_none_or(|(b, _, _)| i < b) {
                best = Some((i, name, series));
            }
        }
    }
    best
}

/// The body acting before a possessive: `l’Assemblée générale dans` (sa résolution).
fn agent_before(before: &str, lang: &Lang) -> Option<Issuer> {
    let link = lang.refs.agent_link.iter().find_map(|l| ends_with_phrase(before, l))?;
    let (_, name, series) = body_before(before.get(..link)?, lang)?;
    Some(body(name, series))
}

fn body(name: &str, series: &str) -> Issuer {
    Issuer::Body {
        name: name.to_owned(),
        series: (!series.is_empty()).then(|| series.to_owned()),
    }
}

// ---------------------------------------------------------------- provisions

/// `article 32 de la Convention`, `paragraphe 2 c) de l’article 30 de la Convention`,
/// `Article 17, paragraph 2, of the Charter of the United Nations`.
fn scan_provision(input: &str, lang: &Lang) -> Option<(usize, Cited)> {
    let w = &lang.refs;
    let mut rest = input;
    // [ paragraphe 2 c) de l’ ] article 30
    if let Ok((r, _)) = one_of(rest, w.paragraph) {
        let r = ws1(r).ok()?.0;
        let r = numbers(r, lang)?;
        let r = ws1(r).ok()?.0;
        let (r, link) = one_of(r, w.provision_of).ok()?;
        rest = if link.ends_with(char::is_alphabetic) {
            ws1(r).ok()?.0
        } else {
            ws0(r).ok()?.0
        };
    }
    let (r, _) = one_of(rest, lang.article).ok()?;
    let r = ws1(r).ok()?.0;
    let mut r = numbers(r, lang)?;
    // `, paragraph 2,`
    if let Some(after) = comma(r)
        .ok()
        .and_then(|(r2, ())| one_of(r2, w.paragraph).ok())
        .and_then(|(r2, _)| ws1(r2).ok())
        .and_then(|(r2, _)| numbers(r2, lang))
        .filter(|r2| ws0(r2).is_ok_and(|(r3, _)| r3.starts_with(',')))
    {
        r = after;
    }
    let provision_end = input.len() - r.len();
    let r = comma(r).map_or(r, |(r, ())| r);
    let (r, _) = ws1(r).or_else(|_| ws0(r)).ok()?;
    let (r, link) = one_of(r, w.provision_of).ok()?;
    let r = if link.ends_with(char::is_alphabetic) {
        ws1(r).ok()?.0
    } else {
        ws0(r).ok()?.0
    };
    let instrument_start = input.len() - r.len();
    let (r, _) = one_of(r, w.instruments).ok()?;
    let end = instrument_end(r, lang);
    let instrument_end = input.len() - end.len();
    Some((
        instrument_end,
        Cited::Provision {
            instrument: collapse(input.get(instrument_start..instrument_end)?),
            provision: collapse(input.get(..provision_end)?),
        },
    ))
}

/// `16 et 18`, `14 à 17`, `2 c)`, `15 (a) and (b)`: numbers of provisions.
fn numbers<'a>(input: &'a str, lang: &Lang) -> Option<&'a str> {
    let item = |r: &'a str| -> Option<&'a str> {
        let (r, _) = digits(r).ok()?;
        // `2 c)`, `2 (c)`
        let lettered = ws1(r).ok().and_then(|(r2, _)| {
            let r2 = r2.strip_prefix('(').unwrap_or(r2);
            let mut it = r2.chars();
            let c = it.next()?;
            (c.is_ascii_lowercase() && it.as_str().starts_with(')')).then(|| it.as_str().get(1..))?
        });
        Some(lettered.unwrap_or(r))
    };
    let mut rest = item(input)?;
    loop {
        let next = ws1(rest)
            .ok()
            .and_then(|(r, _)| one_of(r, lang.and).or_else(|_| one_of(r, lang.to)).ok())
            .and_then(|(r, _)| ws1(r).ok())
            .and_then(|(r, _)| item(r))
            .or_else(|| {
                comma(rest)
                    .ok()
                    .and_then(|(r, ())| item(r))
                    .filter(|r| !r.starts_with(char::is_alphanumeric))
            });
        match next {
            Some(r) => rest = r,
            None => break,
        }
    }
    Some(rest)
}

/// Where an instrument's name ends: after its noun, words that carry the name
/// on (`des Nations Unies contre …`), up to punctuation, a stop word or a
/// glued footnote marker.
fn instrument_end<'a>(input: &'a str, lang: &Lang) -> &'a str {
    let w = &lang.refs;
    let mut rest = input;
    loop {
        let Ok((r, _)) = ws1(rest) else { return rest };
        let Ok((r, _)) = one_of(r, w.instrument_tail) else {
            return rest;
        };
        rest = r;
        // The words of the name.
        loop {
            let Ok((r, _)) = ws1(rest) else { return rest };
            let len: usize = r
                .chars()
                .take_while(|c| !is_space(*c) && !",;:.()“”\"«»".contains(*c))
                .map(char::len_utf8)
                .sum();
            let Some(word) = r.get(..len).filter(|w| !w.is_empty()) else {
                return rest;
            };
            if one_of(r, w.instrument_tail).is_ok() {
                break;
            }
            if w.instrument_stop.contains(&word) || !word.starts_with(char::is_alphabetic) {
                return rest;
            }
            let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
            if letters.len() < word.len() {
                // `organisée16`: the name ends before the marker.
                return r.get(letters.len()..).unwrap_or(rest);
            }
            rest = r.get(len..).unwrap_or_default();
        }
    }
}

// ---------------------------------------------------------------- adoptions

/// Turns the internal references of a block that reports an adoption into
/// drafts, and carries the meeting and any introduced draft to the next block.
fn adoptions(text: &str, lang: &Lang, ctx: &mut RefContext, out: &mut [RefMatch]) {
    let w = &lang.refs;
    let mut from = 0;
    let mut adopted_any = false;
    for m in out.iter_mut() {
        let Cited::Internal {
            deliberation: Some(kind),
            number: Some(number),
            ..
        } = &m.cited
        else {
            continue;
        };
        let (kind, number) = (*kind, number.clone());
        let segment = text.get(from..m.start).unwrap_or_default();
        from = m.end;
        let Some(adopted_at) = find_any(segment, w.adopted, Finders::cached(lang).map(|f| f.adopted.as_slice())) else {
            continue;
        };
        adopted_any = true;
        let meeting = find_meeting(segment, lang);
        let (meeting_text, mut date) = match &meeting {
            Some((text, d)) => (Some(text.clone()), *d),
            None if find_any_no_case(segment, w.same_meeting).is_some() => (ctx.last_meeting.clone(), None),
            None => (None, None),
        };
        if date.is_none() {
            date = first_date(segment.get(..adopted_at).unwrap_or_default(), lang).or(ctx.last_meeting_date);
        }
        if let (Some(text), Some(d)) = (&meeting, date) {
            ctx.last_meeting = Some(text.0.clone());
            ctx.last_meeting_date = Some(d);
        }
        let named = find_draft(segment, lang);
        let (draft, sponsors) = match named {
            Some((k, symbol, sponsors)) if k == kind => (symbol, sponsors),
            _ => (None, Vec::new()),
        };
        let (draft, sponsors) = match (&draft, ctx.pending_draft.take()) {
            (None, Some(p)) if p.kind == kind && mentions_draft(segment, lang, kind) => (Some(p.symbol), p.sponsors),
            _ => (draft, sponsors),
        };
        m.cited = Cited::Draft {
            draft,
            deliberation: kind,
            number,
            date,
            meeting: meeting_text,
            sponsors,
        };
    }
    // The last dated meeting of the block, for the blocks after it.
    if let Some((text, Some(d))) = find_meeting(text, lang) {
        ctx.last_meeting = Some(text);
        ctx.last_meeting_date = Some(d);
    }
    if !adopted_any {
        if let Some((kind, Some(symbol), sponsors)) = find_draft(text, lang) {
            ctx.pending_draft = Some(PendingDraft { kind, symbol, sponsors });
        }
    }
}

/// Byte offset of the first of `words` in `text` (as written, case kept).
///
/// `finders`, when given, are the searchers of `words` in the same order,
/// built once (see [`Finders`]).
fn find_any(text: &str, words: &[&str], finders: Option<&[Finder<'static>]>) -> Option<usize> {
    match finders {
        Some(f) => f.iter().filter_map(|f| f.find(text.as_bytes())).min(),
        None => words
            .iter()
            .filter_map(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes()))
            .min(),
    }
}

/// The searchers of the word lists that are looked for in every block
/// (`adopted`, `meeting`), built once for each language of [`lang::ALL`]
/// when first needed: building one costs more than a search of a short block.
struct Finders {
    /// One for each of `refs.adopted`, in order.
    adopted: Vec<Finder<'static>>,
    /// One for each of `refs.meeting`, in order.
    meeting: Vec<Finder<'static>>,
}

impl Finders {
    /// The searchers of `lang`; `None` for a [`Lang`] not in [`lang::ALL`]
    /// (one built by hand), which then searches without them.
    fn cached(lang: &Lang) -> Option<&'static Finders> {
        static CACHE: [OnceLock<Finders>; lang::ALL.len()] = [const { OnceLock::new() }; lang::ALL.len()];
        let (slot, &l) = CACHE
            .iter()
            .zip(lang::ALL.iter())
            .find(|(_, l)| std::ptr::eq(**l, lang))?;
        Some(slot.get_or_init(|| Finders {
            adopted: l.refs.adopted.iter().map(|w| Finder::new(w.as_bytes())).collect(),
            meeting: l.refs.meeting.iter().map(|w| Finder::new(w.as_bytes())).collect(),
        }))
    }
}

/// Byte offset of the first of `phrases` in `text`, case folded, at a word start.
///
/// Only characters that fold to the first character of a phrase are tried;
/// ASCII bytes are told by a table, without decoding.
fn find_any_no_case(text: &str, phrases: &[&str]) -> Option<usize> {
    find_first_no_case(text, &[phrases]).map(|(at, _)| at)
}

/// Byte offset of the first word start of `text` where a phrase of one of
/// `lists` matches (case folded), and the index of the first list that
/// matches there: one scan for several lists, with the result of scanning
/// for each with [`find_any_no_case`] and taking the earliest (the first
/// list on a tie).
fn find_first_no_case(text: &str, lists: &[&[&str]]) -> Option<(usize, usize)> {
    let mut ascii = [false; 128];
    let mut other = Vec::new();
    for p in lists.iter().flat_map(|l| l.iter()) {
        match p.chars().next() {
            // An empty phrase or one opening with white space has no first
            // character to look for: try every word start.
            None | Some(' ') => return find_first_no_case_everywhere(text, lists),
            Some(c) => {
                let key = fold(c);
                match u8::try_from(key).ok().filter(u8::is_ascii) {
                    Some(k) => ascii.get_mut(usize::from(k)).into_iter().for_each(|slot| *slot = true),
                    None => other.push(key),
                }
            }
        }
    }
    let matches_at = |i: usize| {
        let r = text.get(i..)?;
        lists.iter().position(|l| one_of(r, l).is_ok())
    };
    let bytes = text.as_bytes();
    // One ASCII first letter that no other character folds to (only `İ`, `K`
    // and the apostrophes fold to ASCII: to `i`, `k` and `'`): its two cases
    // are found with memchr, skipping everything between.
    let mut keys = (0u8..128).filter(|&k| ascii.get(usize::from(k)).copied().unwrap_or(false));
    if let (Some(k), None, true) = (keys.next(), keys.next(), other.is_empty()) {
        if !matches!(k, b'i' | b'k' | b'\'') {
            // The folded second characters of the phrases, when each is an
            // ASCII letter or digit: a text whose second byte is ASCII and
            // folds to none of them matches no phrase (`phrase` compares
            // ASCII with ASCII byte by byte), and is passed over without a
            // call. Any other second character (a space, which matches a
            // run of white space, or one outside ASCII) turns the test off.
            let mut second = [false; 128];
            let mut filter = true;
            for p in lists.iter().flat_map(|l| l.iter()) {
                match p.as_bytes().get(1) {
                    Some(&b) if b.is_ascii_alphanumeric() => {
                        if let Some(slot) = second.get_mut(usize::from(b.to_ascii_lowercase())) {
                            *slot = true;
                        }
                    }
                    _ => filter = false,
                }
            }
            let may = |i: usize| {
                !filter
                    || match bytes.get(i + 1) {
                        Some(&b) if b.is_ascii() => {
                            second.get(usize::from(b.to_ascii_lowercase())).copied().unwrap_or(true)
                        }
                        _ => true,
                    }
            };
            for i in memchr::memchr2_iter(k, k.to_ascii_uppercase(), bytes) {
                if may(i) && !follows_alphanumeric(text, i) {
                    if let Some(list) = matches_at(i) {
                        return Some((i, list));
                    }
                }
            }
            return None;
        }
    }
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (key, len) = if b.is_ascii() {
            (char::from(b.to_ascii_lowercase()), 1)
        } else {
            let c = text.get(i..).and_then(|r| r.chars().next())?;
            (fold(c), c.len_utf8())
        };
        let first = match u8::try_from(key) {
            Ok(k) if k.is_ascii() => ascii.get(usize::from(k)).copied().unwrap_or(false),
            _ => other.contains(&key),
        };
        if first && !follows_alphanumeric(text, i) {
            if let Some(list) = matches_at(i) {
                return Some((i, list));
            }
        }
        i += len;
    }
    None
}

/// [`find_first_no_case`] trying `lists` at every word start.
fn find_first_no_case_everywhere(text: &str, lists: &[&[&str]]) -> Option<(usize, usize)> {
    text.char_indices()
        .filter(|(i, _)| !follows_alphanumeric(text, *i))
        .find_map(|(i, _)| {
            let r = text.get(i..)?;
            lists.iter().position(|l| one_of(r, l).is_ok()).map(|list| (i, list))
        })
}

/// The last meeting named in `text` (`10e séance`, `24th meeting`) and the
/// date right after it (`, le 19 octobre 2012`, `, on 10 June 2010`).
fn find_meeting(text: &str, lang: &Lang) -> Option<(String, Option<NaiveDate>)> {
    let mut found = None;
    let cached = Finders::cached(lang);
    for (k, word) in lang.refs.meeting.iter().enumerate() {
        let built;
        let finder = match cached.and_then(|f| f.meeting.get(k)) {
            Some(f) => f,
            None => {
                built = Finder::new(word.as_bytes());
                &built
            }
        };
        for at in finder.find_iter(text.as_bytes()) {
            let Some(after) = text.get(at + word.len()..) else {
                continue;
            };
            if after.starts_with(char::is_alphabetic) {
                continue; // `séances`
            }
            let before = text.get(..at).unwrap_or_default();
            let head = before.trim_end_matches(is_space);
            if head.len() == before.len() {
                continue;
            }
            let ordinal: usize = head
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || matches!(c, 'ª' | 'º'))
                .map(char::len_utf8)
                .sum();
            let Some(ord) = head.get(head.len() - ordinal..) else {
                continue;
            };
            if !ord.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let date = meeting_date(after, lang);
            if found.as_ref().is_none_or(|(pos, _, _)| at > *pos) {
                found = Some((at, format!("{ord} {word}"), date));
            }
        }
    }
    found.map(|(_, text, date)| (text, date))
}

/// `, le 19 octobre 2012` / `, on 10 June 2010` / `, el 19 de octubre de 2012`.
fn meeting_date(after: &str, lang: &Lang) -> Option<NaiveDate> {
    let (r, ()) = comma(after).ok()?;
    if let Ok((_, d)) = date(r, lang) {
        return Some(d);
    }
    let (r, w) = take_word(r)?;
    if w.chars().count() > 3 || !w.starts_with(char::is_lowercase) {
        return None;
    }
    let (r, _) = ws1(r).ok()?;
    date(r, lang).ok().map(|(_, d)| d)
}

/// The first date in `text`.
fn first_date(text: &str, lang: &Lang) -> Option<NaiveDate> {
    text.char_indices()
        .filter(|(i, c)| {
            c.is_ascii_digit()
                && text
                    .get(..*i)
                    .and_then(|s| s.chars().next_back())
                    .is_none_or(|p| !p.is_alphanumeric())
        })
        .find_map(|(i, _)| text.get(i..).and_then(|r| date(r, lang).ok()).map(|(_, d)| d))
}

/// True when `text` speaks of a draft of this kind (`the draft resolution was adopted`).
fn mentions_draft(text: &str, lang: &Lang, kind: DeliberationKind) -> bool {
    let words = match kind {
        DeliberationKind::Resolution => lang.refs.draft_resolution,
        DeliberationKind::Decision => lang.refs.draft_decision,
    };
    find_any_no_case(text, words).is_some()
}

/// The draft named in `text`: `projet de résolution révisé (CTOC/COP/2012/L.4/Rev.2)
/// parrainé par …`, `draft resolution A/HRC/14/L.4, sponsored by …`.
fn find_draft(text: &str, lang: &Lang) -> Option<(DeliberationKind, Option<Symbol>, Vec<String>)> {
    let w = &lang.refs;
    // The first draft named, of either kind (a resolution on a tie).
    let (at, list) = find_first_no_case(text, &[w.draft_resolution, w.draft_decision])?;
    let (kind, words) = if list == 0 {
        (DeliberationKind::Resolution, w.draft_resolution)
    } else {
        (DeliberationKind::Decision, w.draft_decision)
    };
    let (rest, _) = one_of(text.get(at..)?, words).ok()?;
    let symbol = draft_symbol(rest).or_else(|| {
        // `projet de résolution révisé (…)`: one adjective between.
        let (r, _) = ws1(rest).ok()?;
        let (r, _) = take_word(r)?;
        draft_symbol(r)
    });
    let sponsors = find_any_no_case(rest, w.sponsored_by)
        .and_then(|i| rest.get(i..))
        .and_then(|r| one_of(r, w.sponsored_by).ok())
        .map(|(r, _)| sponsors(r, lang))
        .unwrap_or_default();
    Some((kind, symbol, sponsors))
}

/// ` (CTOC/COP/2012/L.4/Rev.2)` or ` A/HRC/14/L.4,`.
fn draft_symbol(input: &str) -> Option<Symbol> {
    let (r, _) = ws1(input).ok()?;
    let r = r.strip_prefix('(').unwrap_or(r);
    let len: usize = r
        .chars()
        .take_while(|c| !is_space(*c) && !matches!(c, ')' | ',' | ';'))
        .map(char::len_utf8)
        .sum();
    let token = r.get(..len)?.trim_end_matches('.');
    if !token.contains('/') {
        return None;
    }
    token.parse::<Symbol>().ok()
}

/// The sponsors listed after `parrainé par`, up to the end of the sentence:
/// split on commas and the last `et`, articles dropped, parentheses kept whole.
fn sponsors(input: &str, lang: &Lang) -> Vec<String> {
    let w = &lang.refs;
    // The end of the list: the end of the sentence, or `and co-sponsored by`.
    let mut end = input.len();
    let mut depth = 0usize;
    for (i, c) in input.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '.' | ';' if depth == 0 => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let list = input.get(..end).unwrap_or_default();
    let list = match find_any_no_case(list, w.sponsors_end) {
        Some(i) => list.get(..i).unwrap_or_default(),
        None => list,
    };
    let mut items = split_depth0(list, |s| s.strip_prefix(','));
    if let Some(last) = items.pop() {
        items.extend(split_last_and(last, lang));
    }
    items
        .into_iter()
        .map(|s| sponsor_name(s, lang))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Splits `text` at depth 0 where `sep` matches.
fn split_depth0<'a>(text: &'a str, sep: impl Fn(&'a str) -> Option<&'a str>) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                if let Some(after) = sep(rest) {
                    out.push(text.get(start..i).unwrap_or_default());
                    start = text.len() - after.len();
                    i = start;
                    continue;
                }
            }
            _ => {}
        }
        i += c.len_utf8();
    }
    out.push(text.get(start..).unwrap_or_default());
    out
}

/// `El Salvador (…) et les États-Unis` → two; `Grande-Bretagne et d’Irlande du Nord` stays whole:
/// split at the first `et` (at depth 0) followed by an article or a capital.
fn split_last_and<'a>(text: &'a str, lang: &Lang) -> Vec<&'a str> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_space(c) => {
                let Some(rest) = text.get(i..) else { continue };
                let Some(after) = ws1(rest)
                    .ok()
                    .and_then(|(r, _)| one_of(r, lang.and).ok())
                    .and_then(|(r, _)| ws1(r).ok())
                    .map(|(r, _)| r)
                else {
                    continue;
                };
                let next_is_name = after.starts_with(char::is_uppercase)
                    || lang.refs.articles.iter().any(|a| strip_article(after, a).is_some());
                if next_is_name {
                    let head = text.get(..i).unwrap_or_default();
                    return vec![head, after];
                }
            }
            _ => {}
        }
    }
    vec![text]
}

/// `after` without a lower-case article `a` (`le `, `l’`).
fn strip_article<'a>(after: &'a str, a: &str) -> Option<&'a str> {
    if !after.starts_with(char::is_lowercase) {
        return None;
    }
    let (r, _) = phrase(after, a).ok()?;
    if a.ends_with(char::is_alphabetic) {
        ws1(r).ok().map(|(r, _)| r)
    } else {
        Some(r)
    }
}

/// A sponsor's name: white space collapsed, article and glued marker dropped.
fn sponsor_name(text: &str, lang: &Lang) -> String {
    let text = collapse(text);
    let mut name = text.as_str();
    if let Some(r) = lang.refs.articles.iter().find_map(|a| strip_article(name, a)) {
        name = r;
    }
    let name = if name.ends_with(')') {
        name
    } else {
        name.trim_end_matches(|c: char| c.is_ascii_digit())
    };
    name.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, fr};

    /// The finder without its triggers: `scan_at` at every word start.
    fn find_references_untriggered(text: &str, lang: &Lang, ctx: &mut RefContext) -> Vec<RefMatch> {
        let mut out = Vec::new();
        let mut pos = 0;
        if let Some(m) = scan_ibid(text, lang) {
            pos = m.end;
            out.push(m);
        }
        let mut floor = pos;
        while let Some(c) = text.get(pos..).and_then(|r| r.chars().next()) {
            if c == '(' || (c.is_alphabetic() && !follows_alphanumeric(text, pos)) {
                let found = scan_at(text, pos, floor, lang);
                if let Some(last) = found.last() {
                    pos = last.end;
                    floor = pos;
                    out.extend(found);
                    continue;
                }
            }
            pos += c.len_utf8();
        }
        adoptions(text, lang, ctx, &mut out);
        out
    }

    /// Pieces of references in every language, and characters that fold oddly
    /// (`K` Kelvin sign and `İ` fold to ASCII letters, `’` to `'`).
    const PIECES: &[&str] = &[
        "résolution 5/1",
        "Résolutions 47/218 A",
        "sa ",
        "General Assembly resolution 64/293",
        "DECISION 6/2",
        "decisión 1/3",
        "Резолюция 5/1",
        "决议",
        "القرار",
        "(Pour le texte, voir chap. I, sect. A, résolution 6/1.)",
        "( For the text as adopted, see part one, chapter I, resolution 14/2)",
        "(véase el texto en el capítulo I, resolución 5/1)",
        "Nations Unies, Recueil des Traités, vol. 2225, 2237 et 2326, n° 39574",
        "United Nations, Treaty Series, vol. 2187, No. 38544",
        "Article 17, paragraph 2, of the Charter of the United Nations",
        "paragraphe 2 c) de l’article 30 de la Convention",
        "artículo 5 de la Convención",
        "At its 24th meeting, on 10 June 2010, the Council adopted draft resolution A/HRC/14/L.4, sponsored by ",
        "a adopté un projet de décision (CTOC/COP/2012/L.11)",
        "at the same meeting",
        " du 22 octobre 2010",
        " of 31 August 1993",
        "Ibid.",
        "(a)",
        "(",
        ")",
        ", ",
        " and ",
        " et ",
        "\n",
        " ",
        "\u{a0}",
        "\u{212a}",
        "\u{130}",
        "’",
        "é",
        "x",
        "R",
        "7",
    ];

    proptest::proptest! {
        #[test]
        fn triggers_change_nothing(
            picks in proptest::collection::vec((0..PIECES.len(), proptest::option::of(proptest::char::any())), 0..30),
        ) {
            let mut text = String::new();
            for (i, c) in picks {
                text.push_str(PIECES.get(i).copied().unwrap_or_default());
                if let Some(c) = c {
                    text.push(c);
                }
            }
            for lang in crate::lang::ALL {
                let (mut fast_ctx, mut slow_ctx) = (RefContext::default(), RefContext::default());
                let fast = find_references_in(&text, lang, &mut fast_ctx);
                let slow = find_references_untriggered(&text, lang, &mut slow_ctx);
                proptest::prop_assert_eq!(&fast, &slow, "the triggers should not change the matches of {:?} ({})", text, lang.code);
                proptest::prop_assert_eq!(&fast_ctx, &slow_ctx, "the triggers should not change the context");
                for words in [lang.refs.draft_resolution, lang.refs.same_meeting, lang.resolution, lang.article] {
                    proptest::prop_assert_eq!(
                        find_any_no_case(&text, words),
                        find_first_no_case_everywhere(&text, &[words]).map(|(at, _)| at),
                        "the first-character filter should not change what {:?} finds", words
                    );
                }
                // One scan for both kinds of draft finds what two scans found.
                let (res, dec) = (lang.refs.draft_resolution, lang.refs.draft_decision);
                let two = match (find_any_no_case(&text, res), find_any_no_case(&text, dec)) {
                    (Some(a), Some(b)) if b < a => Some((b, 1)),
                    (Some(a), _) => Some((a, 0)),
                    (None, b) => b.map(|b| (b, 1)),
                };
                proptest::prop_assert_eq!(find_first_no_case(&text, &[res, dec]), two);
            }
        }
    }

    #[test]
    fn only_three_characters_fold_into_ascii() {
        // `find_first_no_case` jumps with memchr on this.
        for c in ('\u{80}'..=char::MAX).filter(|c| fold(*c).is_ascii()) {
            assert!(
                matches!(fold(c), 'i' | 'k' | '\''),
                "{c:?} folds to ASCII {:?}",
                fold(c)
            );
        }
    }

    fn one(text: &str, lang: &Lang) -> (String, Cited) {
        let found = find_references(text, lang);
        assert_eq!(found.len(), 1, "should find one reference in {text:?}: {found:?}");
        let m = &found[0];
        (text.get(m.start..m.end).unwrap_or_default().to_owned(), m.cited.clone())
    }

    #[test]
    fn treaty_with_volume_list() {
        let (text, cited) = one(
            "Nations Unies, Recueil des Traités, vol. 2225, 2237, 2241 et 2326, n° 39574.",
            &fr::FR,
        );
        assert_eq!(
            text,
            "Nations Unies, Recueil des Traités, vol. 2225, 2237, 2241 et 2326, n° 39574"
        );
        assert_eq!(
            cited,
            Cited::Treaty {
                series: "UNTS".into(),
                volumes: vec!["2225".into(), "2237".into(), "2241".into(), "2326".into()],
                number: "39574".into()
            }
        );
    }

    #[test]
    fn spanish_treaty_and_ibid() {
        // The forms of issue 5; no Spanish document of the corpus has a Treaty Series footnote.
        let (_, cited) = one(
            "Naciones Unidas, Treaty Series, vol. 2225, núm. 39574.",
            &crate::lang::es::ES,
        );
        assert!(
            matches!(&cited, Cited::Treaty { number, .. } if number == "39574"),
            "the Spanish Treaty Series form should be read: {cited:?}"
        );
        let (_, cited) = one("Ibíd., vol. 2237, núm. 39574.", &crate::lang::es::ES);
        assert_eq!(
            cited,
            Cited::Ibid {
                details: Some("vol. 2237, núm. 39574".into())
            }
        );
    }

    #[test]
    fn bare_ibid_and_ibid_with_annex() {
        assert_eq!(one("Ibid.", &fr::FR), ("Ibid.".into(), Cited::Ibid { details: None }));
        assert_eq!(
            one("Ibid., annexe IV.", &fr::FR),
            (
                "Ibid., annexe IV".into(),
                Cited::Ibid {
                    details: Some("annexe IV".into())
                }
            )
        );
    }

    #[test]
    fn ibid_only_at_the_start() {
        assert!(
            find_references("Voir Ibid.", &fr::FR).is_empty(),
            "Ibid. inside a text is not a footnote's Ibid."
        );
    }

    #[test]
    fn own_resolution_with_date() {
        let (text, cited) = one("Rappelant sa résolution 5/1 du 22 octobre 2010, intitulée", &fr::FR);
        assert_eq!(text, "sa résolution 5/1 du 22 octobre 2010");
        assert_eq!(
            cited,
            Cited::Resolution {
                number: "5/1".into(),
                issuer: Issuer::Own,
                date: NaiveDate::from_ymd_opt(2010, 10, 22)
            }
        );
    }

    #[test]
    fn assembly_acting_in_its_resolution_is_the_issuer() {
        let (_, cited) = one("adopté par l’Assemblée générale dans sa résolution 64/293.", &fr::FR);
        assert!(
            matches!(cited, Cited::Resolution { issuer: Issuer::Body { ref series, .. }, .. } if series.as_deref() == Some("A")),
            "the Assembly named before `dans sa` should issue it: {cited:?}"
        );
    }

    #[test]
    fn security_council_resolution() {
        let (text, cited) = one(
            "Bearing in mind Security Council resolution 862 (1993) of\n31 August 1993, in",
            &en::EN,
        );
        assert_eq!(text, "Security Council resolution 862 (1993) of\n31 August 1993");
        assert_eq!(
            cited,
            Cited::Resolution {
                number: "862 (1993)".into(),
                issuer: Issuer::Body {
                    name: "Security Council".into(),
                    series: Some("S".into())
                },
                date: NaiveDate::from_ymd_opt(1993, 8, 31)
            }
        );
    }

    #[test]
    fn provision_stops_before_glued_marker() {
        let (text, cited) = one(
            "Rappelant l’article 32 de la Convention des Nations Unies contre la criminalité\ntransnationale organisée16, dans lequel",
            &fr::FR,
        );
        assert!(text.ends_with("organisée"), "the marker 16 should stay out: {text:?}");
        assert_eq!(
            cited,
            Cited::Provision {
                instrument: "Convention des Nations Unies contre la criminalité transnationale organisée".into(),
                provision: "article 32".into()
            }
        );
    }

    #[test]
    fn draft_from_adoption_paragraph_and_context() {
        let mut ctx = RefContext::default();
        let p125 = "À sa 10e séance, le 19 octobre 2012, la Conférence a adopté un projet de \ndécision (CTOC/COP/2012/L.11) présenté par le Bureau élargi. (Pour le texte, voir \nchap. I, sect. B, décision 6/2.)";
        let found = find_references_in(p125, &fr::FR, &mut ctx);
        assert!(
            matches!(&found[0].cited, Cited::Draft { draft: Some(s), .. } if s.to_string() == "CTOC/COP/2012/L.11"),
            "{found:?}"
        );
        let p126 = "Également à sa 10e séance, la Conférence a adopté un projet de décision \n(CTOC/COP/2012/L.12) présenté par le Bureau élargi. (Pour le texte, voir chap. I, \nsect. B, décision 6/3.)";
        let found = find_references_in(p126, &fr::FR, &mut ctx);
        let Cited::Draft { date, meeting, .. } = &found[0].cited else {
            panic!("paragraph 126 should report a draft: {found:?}");
        };
        assert_eq!(
            *date,
            NaiveDate::from_ymd_opt(2012, 10, 19),
            "the date should come from paragraph 125"
        );
        assert_eq!(meeting.as_deref(), Some("10e séance"));
    }
}

//! The masthead of a first page: symbol, organ, distribution, date,
//! languages, issuing body, session, agenda items, title and subtitle.
//!
//! # Grammar
//! ```text
//! masthead = [ stray ] { organization | organ | organ-distr | symbol | distr | date
//!            | language | status | original | body | session [ session-dates ]
//!            | committee | agenda [ agenda-title ] }
//!            [ draft-line ] [ title [ subtitle ] ] ;
//! distr    = "Distr." [ ":" ] [ distribution-word ] ;         (* "Distr.: General", "Distr. générale" *)
//! language = names [ only-word ] ;                            (* "English only", "Arabic/English only" *)
//! agenda   = agenda-word numbers ;                            (* "Agenda items 3 and 5", "Point 3 de l’ordre du jour" *)
//! session  = ordinal [ "special" | "regular" ] session-word ; (* "Fortieth session", "Tridцать четвертая сессия" *)
//! title    = line { line } ;                                  (* up to eight lines; see docs/grammar/masthead.md *)
//! subtitle = line { line } ;                                  (* up to four lines, never a sentence *)
//! ```
//! Where a title ends and a subtitle starts is decided line by line: a line
//! that breaks off (`breaks_off`) always goes on; otherwise a line naming
//! people, a line opening a subtitle, a line after a short (unwrapped) line
//! or after a mandate holder's name, ends the title.
//! The words of every language are accepted whatever the document's
//! language: a Russian document prints `Distr.: General` and `Original: English`.
//!
//! # Examples
//! ```text
//! A/HRC/40/78                      (A/HRC/40/78)
//! United Nations
//! General Assembly
//! Distr.: General
//! 31 January 2019
//! Original: English
//! Human Rights Council
//! Fortieth session
//! 25 February–22 March 2019
//! Agenda item 10
//! Technical assistance and capacity-building
//!
//! Report of the Chair of the Board of Trustees of the United
//! Nations Voluntary Fund for Technical Cooperation in the
//! Field of Human Rights*,**
//! ```
//!
//! # Model
//! Metadata fields; the lines read become furniture of kind `masthead`.
//!
//! # Diagnostics
//! None: a document without a masthead simply has none.

use chrono::NaiveDate;
use plenary_model::{Distribution, Furniture, FurnitureKind, Session, Span};

use super::starts::{is_deliberation_number, list_label, numbered};
use super::BodyLine;
use crate::lang::{arabic, date_line, Lang, ALL};
use crate::layout::furniture::is_symbol_line;
use crate::layout::stars::STARS;

/// What the masthead said.
#[derive(Debug, Default)]
pub struct Masthead {
    /// The body lines it took (indices into the lines it was given, ascending).
    pub consumed: Vec<usize>,
    /// The symbol, when printed in the masthead (old layouts).
    pub symbol: Option<String>,
    /// The principal organ (`General Assembly`).
    pub organ: Option<String>,
    /// The issuing body (`Human Rights Council`).
    pub body: Option<String>,
    /// Distribution.
    pub distribution: Option<Distribution>,
    /// Date of issue.
    pub date: Option<NaiveDate>,
    /// Original language as printed.
    pub original_language: Option<String>,
    /// Session.
    pub session: Option<Session>,
    /// Agenda items as printed.
    pub agenda_items: Vec<String>,
    /// Title.
    pub title: Option<String>,
    /// The line saying what the document is.
    pub subtitle: Option<String>,
    /// The lines taken, as furniture.
    pub furniture: Vec<Furniture>,
    /// What the masthead of a draft or an amendment says of it.
    pub draft: Option<Draft>,
}

/// What the masthead of a draft or an amendment says of it: `Azerbaijan,
/// Bangladesh, … and Viet Nam: draft resolution`, `Draft decision submitted
/// by the Vice-President of the Council, …`, `Cuba: amendment to draft
/// resolution A/C.3/78/L.41`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// What the draft proposes (for an amendment, what the amended draft does).
    pub kind: plenary_model::DeliberationKind,
    /// True for an amendment to a draft.
    pub amendment: bool,
    /// The sponsors as printed, their stars dropped; or who submitted it.
    pub sponsors: Vec<String>,
    /// The symbol of the draft an amendment amends.
    pub amends: Option<String>,
}

/// `Azerbaijan, Bangladesh, Philippines, Samoa and Viet Nam: draft resolution`
/// and `Cuba: amendment to draft resolution A/C.3/78/L.41`: the sponsors, a
/// colon, then what the document is.
fn sponsors_form(text: &str) -> Option<Draft> {
    let clean = text.replace(STARS, "");
    let (who, what) = clean.rsplit_once(':')?;
    let what = what.trim();
    let what_lower = what.to_lowercase();
    for lang in ALL {
        let m = &lang.masthead;
        if let Some(&(_, kind)) = m.draft.iter().find(|(w, _)| what_lower == *w) {
            return Some(Draft {
                kind,
                amendment: false,
                sponsors: split_sponsors(who, lang),
                amends: None,
            });
        }
        if m.amendment.iter().any(|w| what_lower.starts_with(w)) {
            let kind = m
                .draft
                .iter()
                .find(|(w, _)| what_lower.contains(w))
                .map_or(plenary_model::DeliberationKind::Resolution, |&(_, k)| k);
            let amends = what
                .split_whitespace()
                .rev()
                .map(|w| w.trim_end_matches(['.', ',', ';']))
                .find(|w| is_symbol_line(w))
                .map(str::to_owned);
            return Some(Draft {
                kind,
                amendment: true,
                sponsors: split_sponsors(who, lang),
                amends,
            });
        }
    }
    None
}

/// `Draft resolution submitted by the Chair`, `Draft decision submitted by the
/// Vice-President of the Council, Maritza Chan Valverde (Costa Rica)`: what
/// the document is, then who submitted it (cut before `, on the basis of …`).
fn submitter_form(text: &str) -> Option<Draft> {
    let lower = text.to_lowercase();
    ALL.iter().find_map(|lang| {
        let m = &lang.masthead;
        let &(_, kind) = m.draft.iter().find(|(w, _)| lower.starts_with(w))?;
        let sponsor = m.submitted_by.iter().find_map(|w| {
            let at = lower.find(w)? + w.len();
            let rest = text.get(at..)?;
            let rest_lower = lower.get(at..)?;
            let end = m
                .basis
                .iter()
                .filter_map(|b| rest_lower.find(b))
                .min()
                .unwrap_or(rest.len());
            Some(rest.get(..end)?.trim().trim_end_matches([',', '.']).to_owned())
        });
        Some(Draft {
            kind,
            amendment: false,
            sponsors: sponsor.into_iter().filter(|s| !s.is_empty()).collect(),
            amends: None,
        })
    })
}

/// The sponsors of a list (`A, B* and C`): split at commas and at the last
/// `and`, not inside a State's name that holds one (`Trinidad and Tobago`).
fn split_sponsors(who: &str, lang: &Lang) -> Vec<String> {
    const KEEP: char = '\u{1}';
    let mut text = who.split_whitespace().collect::<Vec<_>>().join(" ");
    for name in lang.masthead.and_names {
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            break;
        }
        if let Some(at) = lower.find(name) {
            if let Some(inner) = text.get(at..at + name.len()) {
                let kept = inner.replace(' ', &KEEP.to_string());
                text.replace_range(at..at + name.len(), &kept);
            }
        }
    }
    let mut items: Vec<String> = text
        .split([',', '،', '、'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(last) = items.pop() {
        let split = lang.and.iter().find_map(|w| last.split_once(&format!(" {w} ")));
        match split {
            Some((a, b)) => {
                items.push(a.trim().to_owned());
                items.push(b.trim().to_owned());
            }
            None => items.push(last),
        }
    }
    items
        .into_iter()
        .map(|s| s.replace(KEEP, " "))
        .filter(|s| !s.is_empty())
        .collect()
}

/// True when `c` opens with a draft's name for itself (`Draft resolution
/// submitted by …`, `Projet de décision présenté par …`).
fn opens_with_draft(c: &str) -> bool {
    let lower = c.to_lowercase();
    any_lang(|l| l.masthead.draft.iter().any(|(w, _)| lower.starts_with(w)))
}

/// `South Africa:* draft resolution` on line `i`, or a list of sponsors
/// wrapped over several lines up to it, or `Draft resolution submitted by …`
/// and the line its submitter wraps onto: where the lines end and what they say.
fn draft_intro<'t>(lines: &[BodyLine], content: &impl Fn(usize) -> &'t str, i: usize) -> Option<(usize, Draft)> {
    let submitter = opens_with_draft(content(i));
    let mut text = String::new();
    // The line that closes the submitter's name with his country, in
    // parentheses, is to come (`Lok Bahadur` / `Thapa (Nepal)`), over a
    // blank line where pdfminer set the wrapped line apart.
    let country_next = |text: &str, next: &str| {
        let country = next.split_once('(').is_some_and(|(name, rest)| {
            !name.trim().is_empty() && rest.starts_with(char::is_uppercase) && rest.contains(')')
        });
        !text.contains('(') && country && next.chars().count() < 100
    };
    for j in i..lines.len().min(i + 8) {
        let c = content(j);
        if j > i && lines.get(j).is_some_and(|l| l.blank_before) && !(submitter && country_next(&text, c)) {
            return None;
        }
        text = join_lines([text.as_str(), c].into_iter().filter(|t| !t.is_empty()));
        let next = content(j + 1);
        let next_blank = lines.get(j + 1).is_none_or(|l| l.blank_before);
        if submitter {
            // The submitter's name goes on over the next line while the line
            // breaks off, or while his country, in parentheses, is to come.
            let goes_on = (!next_blank && breaks_off(c, next)) || country_next(&text, next);
            if !goes_on {
                return submitter_form(&text).map(|d| (j + 1, d));
            }
        } else {
            if let Some(d) = sponsors_form(&text) {
                // An amendment's line may go on to the symbol of the draft it
                // amends (`…: amendment to the draft resolution contained` /
                // `in document S/2025/112`).
                if d.amendment && d.amends.is_none() && !next_blank {
                    let longer = join_lines([text.as_str(), next].into_iter());
                    if let Some(d) = sponsors_form(&longer).filter(|d| d.amends.is_some()) {
                        return Some((j + 2, d));
                    }
                }
                return Some((j + 1, d));
            }
            // A list of sponsors wraps after a comma or a function word, or
            // inside a State's name onto the line whose colon says what the
            // document is (`… United Kingdom of Great` / `Britain and Northern
            // Ireland: amendment …`).
            let in_name = c
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && next.starts_with(char::is_uppercase);
            let colon_next = in_name
                && next.contains(':')
                && sponsors_form(&join_lines([text.as_str(), next].into_iter())).is_some();
            if next_blank || !(c.trim_end_matches(STARS).ends_with(',') || breaks_off(c, next) || colon_next) {
                return None;
            }
        }
    }
    None
}

/// `59/… Human rights and climate change`: a draft's title without the
/// number its resolution will have.
fn without_draft_number(title: String) -> String {
    let Some((first, rest)) = title.split_once(' ') else {
        return title;
    };
    let placeholder = first
        .strip_suffix('…')
        .or_else(|| first.strip_suffix("..."))
        .and_then(|n| n.strip_suffix('/'))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if placeholder {
        rest.trim_start().to_owned()
    } else {
        title
    }
}

fn lower(s: &str) -> String {
    s.trim().trim_end_matches([':', ',']).trim().to_lowercase()
}

fn any_lang(f: impl Fn(&Lang) -> bool) -> bool {
    ALL.iter().any(|l| f(l))
}

/// True when `l` (in small letters) is one of `list`; Arabic is compared
/// through [`crate::lang::arabic::key`] (glyph forms, the lam-alef order,
/// tatweel and vowels aside).
fn listed(l: &str, arabic: bool, list: &[&str]) -> bool {
    list.contains(&l) || (arabic && list.iter().any(|w| arabic::key(w) == arabic::key(l)))
}

fn is_organization(c: &str) -> bool {
    let l = lower(c);
    let ar = arabic::has_arabic(&l);
    let named = |l: &str| l == "a" || any_lang(|lang| listed(l, ar, lang.masthead.organization));
    if named(&l) {
        return true;
    }
    // The series letter printed large beside the name, on the name's line
    // in PyMuPDF and `-raw` (`E الأمم المتحدة`).
    // (PyMuPDF may glue it to an Arabic name: `Eالأمم المتحدة`.)
    let Some(name) = l.strip_prefix(|ch: char| ch.is_ascii_lowercase()).and_then(|r| {
        r.strip_prefix(' ')
            .or_else(|| r.starts_with(arabic::is_arabic_letter).then_some(r))
    }) else {
        return false;
    };
    // Arabic words in the order `-raw` gives them, the last first
    // (`المتحدة الأمم`).
    named(name) || (ar && named(&name.split_whitespace().rev().collect::<Vec<_>>().join(" ")))
}

/// True when the masthead has read a session or an agenda item.
fn seen_session_or_item(m: &Masthead) -> bool {
    m.session.is_some() || !m.agenda_items.is_empty()
}

/// A short line that opens or closes with a noun naming a body
/// ([`crate::lang::Masthead::bodies`]): `Human Rights Committee`,
/// `Committee against Torture`, `Comité des droits de l’homme`.
fn names_body(c: &str) -> bool {
    let words: Vec<&str> = c.split_whitespace().collect();
    // A script without capitals (Arabic) opens a name with any letter.
    // (PyMuPDF may set an Arabic name's closing bracket first:
    // `)اللجنة … (الإسكوا`.)
    let capitalised = c
        .trim_start_matches(')')
        .starts_with(|ch: char| ch.is_uppercase() || (ch.is_alphabetic() && !ch.is_lowercase()));
    let is_body = |w: Option<&&str>| {
        w.is_some_and(|w| {
            let w = w.trim_matches(['(', ')']);
            let (w, ar) = (w.to_lowercase(), arabic::has_arabic(w));
            any_lang(|lang| listed(&w, ar, lang.masthead.bodies))
        })
    };
    capitalised
        && (2..=10).contains(&words.len())
        && !c.ends_with(['.', ':', ',', ';'])
        && (is_body(words.first()) || is_body(words.last()))
}

fn organ(c: &str) -> bool {
    // `Генеральная Ассамблея,` with its comma is a formula with no article.
    if crate::util::ends_with_comma(c.trim_end()) && any_lang(|lang| super::deliberation::named_formula(c, lang)) {
        return false;
    }
    let l = lower(c);
    let ar = arabic::has_arabic(&l);
    any_lang(|lang| listed(&l, ar, lang.masthead.organs))
}

/// `Distr.: General`, `Distr. générale`, `Distr.` alone, `GENERAL` alone.
fn distribution(c: &str) -> Option<Option<Distribution>> {
    let l = lower(c);
    let word = |w: &str| {
        ALL.iter().find_map(|lang| {
            lang.masthead
                .distribution
                .iter()
                .find(|(x, _)| *x == w)
                .map(|(_, d)| *d)
        })
    };
    if let Some(rest) = l.strip_prefix("distr.").or_else(|| l.strip_prefix("distr")) {
        let rest = rest.trim_start_matches([':', ' ', '.']).trim();
        return Some(word(rest));
    }
    word(&l).map(Some)
}

/// A date that ends `c` (`… law enforcement officers      19 June 2020`,
/// or the whole line): where it starts, and the date.
pub(crate) fn trailing_date(c: &str) -> Option<(usize, NaiveDate)> {
    let c = c.trim_end();
    // Cheap test first: a date ends with its year.
    if !c.as_bytes().last().is_some_and(u8::is_ascii_digit) && !c.ends_with(['.', 'а']) {
        return None;
    }
    let starts: Vec<usize> = c
        .char_indices()
        .filter(|&(k, ch)| !ch.is_whitespace() && (k == 0 || c[..k].ends_with(char::is_whitespace)))
        .map(|(k, _)| k)
        .collect();
    (3..=5).find_map(|n| {
        let at = *starts.len().checked_sub(n).and_then(|k| starts.get(k))?;
        date_line(c.get(at..)?).map(|d| (at, d))
    })
}

/// `English`, `English only`, `Arabic/English only`, `English/French/Spanish only`.
fn language_line(c: &str) -> bool {
    let l = lower(c);
    let names = l.as_str();
    let names = ALL
        .iter()
        .flat_map(|lang| lang.masthead.only.iter())
        .find_map(|w| names.strip_suffix(w))
        .map_or(names, str::trim_end);
    !names.is_empty()
        && names
            .split('/')
            .all(|n| any_lang(|lang| lang.masthead.language_names.contains(&n.trim())))
}

/// A line naming people by office (`Vice-President and Rapporteur: Ms. …`): a
/// few words before a colon, one of them an office ([`crate::lang::Masthead::roles`]).
fn role_line(c: &str) -> bool {
    let Some((head, _)) = c.split_once(": ") else {
        return false;
    };
    let head = head.to_lowercase();
    head.split_whitespace().count() <= 4
        && head
            .split([' ', '-'])
            .any(|w| any_lang(|lang| lang.masthead.roles.contains(&w)))
}

/// A line made of the words of the header block's fields only, glued or
/// garbled as two masthead templates printed over each other give them
/// (`LimitedGeneral`, `9 June6 2025`, `February 2025`): distribution words,
/// months, `Distr`, `Original`, language names and numbers.
fn field_words_only(c: &str) -> bool {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for ch in c.chars() {
        // A new word at a space, a punctuation mark, and where a capital
        // follows a small letter (`LimitedGeneral`).
        let splits = !ch.is_alphabetic() || (ch.is_uppercase() && word.chars().last().is_some_and(char::is_lowercase));
        if splits && !word.is_empty() {
            words.push(std::mem::take(&mut word).to_lowercase());
        }
        if ch.is_alphabetic() {
            word.push(ch);
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    let known = |w: &str| {
        w == "distr"
            || crate::lang::month_number(w).is_some()
            || any_lang(|lang| {
                lang.masthead.distribution.iter().any(|(d, _)| *d == w)
                    || lang.masthead.original.contains(&w)
                    || lang.masthead.language_names.contains(&w)
            })
    };
    (1..=6).contains(&words.len()) && words.iter().all(|w| known(w))
}

/// `Advance Unedited Version`.
fn status_line(c: &str) -> bool {
    let l = lower(c);
    any_lang(|lang| lang.masthead.status.contains(&l.as_str()))
}

/// `Original: English` → `English`.
fn original(c: &str) -> Option<String> {
    let (head, rest) = c.split_once(':')?;
    let l = lower(head);
    any_lang(|lang| lang.masthead.original.contains(&l.as_str())).then(|| rest.trim().to_owned())
}

/// `Fortieth session`, `Septième session`, `Cuadragésimo octavo período de sesiones`.
fn session_line(c: &str) -> Option<u32> {
    // A session's theme in brackets after it (`الدورة الحادية عشرة (تحرير
    // التجارة الخارجية)`, `Twelfth session (Financing for development)`).
    let c = match c.trim_end().strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((before, theme)) if !before.trim().is_empty() && !theme.contains(')') => before.trim_end(),
        _ => c,
    };
    // The word for session before the ordinal (`الدورة الثلاثون`).
    if arabic::has_arabic(c) {
        return ALL.iter().find_map(|lang| {
            lang.session.iter().find_map(|s| {
                let rest = c.get(arabic::opens_with(c, s)?..)?.trim();
                (rest.split_whitespace().count() <= 3)
                    .then(|| lang.ordinal_value(rest))
                    .flatten()
            })
        });
    }
    // A footnote marker may be glued to it (`Twenty-seventh special session12`).
    let l = lower(c.trim_end_matches(|ch: char| ch.is_ascii_digit()));
    ALL.iter().find_map(|lang| {
        lang.session.iter().find_map(|s| {
            // Slips of the typist: `Thirteenth-session`, `Thirty-first session session`.
            let mut ord = l.strip_suffix(s)?.trim_end_matches(['-', ' ']);
            while let Some(o) = ord.strip_suffix(s) {
                ord = o.trim_end();
            }
            let ord = ord.trim();
            // A special or regular session (`Seventh special session`, `Fourth
            // regular session`).
            let ord = ["special", "regular"]
                .iter()
                .find_map(|w| ord.strip_suffix(w))
                .unwrap_or(ord)
                .trim();
            if ord.is_empty() || ord.split_whitespace().count() > 3 {
                return None;
            }
            ALL.iter().find_map(|any| any.ordinal_value(ord))
        })
    })
}

/// [`session_line`], or an ordinal alone on its line where the word `session`
/// was left out (`Human Rights Council` / `Thirty-third`).
fn session_line_loose(c: &str) -> Option<u32> {
    session_line(c).or_else(|| {
        let word = c.trim();
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let one_word = !word.contains(' ');
        if !(capital && one_word) {
            return None;
        }
        ALL.iter()
            .find_map(|lang| lang.ordinal_value(word))
            .filter(|_| !word.starts_with(|ch: char| ch.is_ascii_digit()))
    })
}

/// True when a word cut at line `j`'s end, read whole over up to three
/// lines, opens the body (PyMuPDF: `ﻣﻭﺟ` / `ﺯـ`; `-raw`: `ﻣﻭﺟ` / `ـ` / `ﺯ`,
/// the summary's heading).
fn cut_body_start<'a>(content: &impl Fn(usize) -> &'a str, j: usize, lang: &Lang) -> bool {
    let c = content(j);
    if !(arabic::word_goes_on(c) || arabic::ends_with_joining_tatweel(c)) {
        return false;
    }
    let two = join_lines([c, content(j + 1)].into_iter());
    body_start(&two, lang) || body_start(&join_lines([two.as_str(), content(j + 2)].into_iter()), lang)
}

/// True when `c` is the rest of an agenda item's line set on a line of its
/// own: short, and naming the agenda (`من جدول الأعمال المؤقت`, `of the
/// provisional agenda`; the words of [`Lang::agenda`]).
fn agenda_rest(c: &str) -> bool {
    let l = lower(c);
    let ar = arabic::has_arabic(&l);
    l.chars().count() <= 40
        && any_lang(|lang| {
            lang.agenda
                .iter()
                .any(|w| l.contains(w) || (ar && arabic::key(&l).contains(&arabic::key(w))))
        })
}

/// A copy of `text` up to the last of `lines`, where each line written in
/// visual order stands in reading order ([`arabic::logical_order`]), or
/// `None` where no line is so written. Every line keeps its span.
fn in_reading_order(text: &str, lines: &[BodyLine]) -> Option<String> {
    let mut copy: Option<String> = None;
    for l in lines {
        let Some(read) = text.get(l.start..l.end).and_then(arabic::logical_order) else {
            continue;
        };
        let end = lines.iter().map(|l| l.end).max().unwrap_or(0);
        let copy = copy.get_or_insert_with(|| text.get(..end).unwrap_or(text).to_owned());
        if copy.get(l.start..l.end).is_some() && read.len() == l.end - l.start {
            copy.replace_range(l.start..l.end, &read);
        }
    }
    copy
}

/// Where the lines are written last letter first, as pdfminer writes a
/// right-to-left line ([`arabic::letter_order`]; at least three words so
/// written and three times those in reading order), each line that holds
/// Arabic stands in `copy` in reading order, in its own span
/// ([`arabic::letters_in_reading_order`]). True where they are.
fn letters_in_reading_order(copy: &mut String, lines: &[BodyLine]) -> bool {
    let (mut reading, mut reversed) = (0, 0);
    for l in lines {
        let (a, b) = copy.get(l.start..l.end).map_or((0, 0), arabic::letter_order);
        reading += a;
        reversed += b;
    }
    if reversed < 3 || reversed <= 3 * reading {
        return false;
    }
    for l in lines {
        let Some(line) = copy.get(l.start..l.end).filter(|s| arabic::has_arabic(s)) else {
            continue;
        };
        let read = arabic::letters_in_reading_order(line);
        // A word's last piece with its tatweel (`ـز`) comes in reading order.
        let trimmed = read.trim();
        if trimmed.ends_with('ـ') && !trimmed.starts_with('ـ') && arabic::letter_count(trimmed) <= 2 {
            continue;
        }
        if read.len() == l.end - l.start {
            copy.replace_range(l.start..l.end, &read);
        }
    }
    true
}

/// How two lines of an Arabic masthead meet once [`reflow_arabic`] has read
/// them: apart, as one word, or as one line with a space between.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Meet {
    Apart,
    Glued,
    Spaced,
    /// As one line, glued (`false`) or with a space between (`true`), the
    /// line after read first: the boxes of one printed line that pdfminer
    /// wrote left to right.
    Behind(bool),
}

/// A letter that opens a word and is written joined to it (`و`, `ل`, `ب`,
/// `ف`, `ك`), or the article or its alef (`ال`, `ا`): a piece of a word set
/// alone on its line goes with the word after it.
fn arabic_prefix(piece: &str) -> bool {
    matches!(piece, "ا" | "ال" | "و" | "ل" | "ب" | "ف" | "ك")
}

/// Where `-raw` (and PyMuPDF) cut an Arabic masthead's words into pieces a
/// line (`تقري` / `ـ` / `ر`, `ا` / `لدورة`, `الثالث` / `و` / `ن`) and its place
/// and dates into a word or figure a line (`بيروت` / `،` / `13` / `-` / `14` /
/// `كانون الأول/ديسمبر` / `2017`): how each line meets the next.
///
/// A piece is a line of one or two letters that is no function word; a
/// prefix piece ([`arabic_prefix`]) goes with the line after it, any other
/// with the line before. A tatweel alone (a stretched word cut at its
/// stretch) goes with both. The lines must meet with no blank line or
/// furniture between them.
///
/// Place and dates are two to ten short lines that read as a session's
/// place and dates together and end with the year (a blank line may stand
/// between them, not furniture), the place a word alone on its line (not
/// the last word of a title, which would have been cut in pieces or share
/// its line) or none.
///
/// Where the masthead's letters were written last first (`last_first`,
/// pdfminer), the extractor wrote the boxes of a printed line left to
/// right, last first: an agenda item's line comes as `من جدول الأعمال
/// المؤقت` / `3` / `البند` (blank lines between them or not) and is read
/// `البند 3 من جدول الأعمال المؤقت`.
///
/// Its place and dates, and the session's line, come as boxes in the order
/// of their left edges across the two printed lines (`2018` / `حزيران/يونيو`
/// / `الدورة الثالثون` / `بيروت،` / `25-28`): a run of such boxes, each one a
/// piece of either line ([`scattered_dates`]), is read as the two lines.
/// The second of the pair this function gives holds those runs, each by its
/// first line, with the lines it is read as.
fn arabic_reflow(
    text: &str,
    lines: &[BodyLine],
    lang: &Lang,
    last_first: bool,
) -> (Vec<Meet>, Vec<(usize, Vec<String>)>) {
    let content = |k: usize| {
        lines
            .get(k)
            .and_then(|l| text.get(l.start..l.end))
            .unwrap_or("")
            .trim_matches(|c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c))
    };
    let letter = |c: char| arabic::is_arabic_letter(c) && c.is_alphabetic() && c != 'ـ';
    let tatweel = |s: &str| !s.is_empty() && s.chars().all(|c| c == 'ـ');
    let touches = |k: usize| lines.get(k).is_some_and(|l| !l.blank_before && !l.removed_before);
    let opens_arabic = |s: &str| s.chars().next().is_some_and(letter);
    let closes_arabic = |s: &str| s.chars().last().is_some_and(letter);
    let piece =
        |s: &str| !s.contains(' ') && (1..=2).contains(&arabic::letter_count(s)) && opens_arabic(s) && closes_arabic(s);
    let mut meet = vec![Meet::Apart; lines.len()];
    let joined = |meet: &[Meet], group: (usize, usize)| -> String { write_group(meet, group, content) };
    if last_first {
        // An agenda item's line, its boxes last first.
        for k in 0..lines.len().saturating_sub(2) {
            let number = content(k + 1);
            let found = !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit())
                && content(k + 2).chars().count() <= 12
                && lang
                    .masthead
                    .agenda_item
                    .iter()
                    .any(|w| arabic::key(w) == arabic::key(content(k + 2)))
                && agenda_rest(content(k))
                && (k + 1..=k + 2).all(|j| lines.get(j).is_some_and(|l| !l.removed_before))
                && meet.get(k.wrapping_sub(1)).is_none_or(|m| *m == Meet::Apart);
            if found {
                for j in [k, k + 1] {
                    if let Some(m) = meet.get_mut(j) {
                        *m = Meet::Behind(true);
                    }
                }
                title_boxes(&mut meet, k + 3, &content);
            }
        }
        // The organisation's or the organ's name a word a box, last first
        // (`المتحدة` / `الأمم`) or in order (`المجـلس` / `الاقتصـادي` /
        // `والاجتمـاعي`), at the masthead's head.
        let head = (0..lines.len().min(NAME_BOXES))
            .find(|&k| content(k).split_whitespace().count() >= 4)
            .unwrap_or(lines.len().min(NAME_BOXES));
        let mut k = 0;
        while k < head {
            let found = [3, 2].into_iter().find_map(|n: usize| {
                let words: Vec<&str> = (k..k + n).map(content).collect();
                if words.len() < n || !words.iter().all(|w| !w.is_empty() && one_word(w)) {
                    return None;
                }
                let names = |c: &str| is_organization(c) || organ(c);
                let in_order = words.join(" ");
                let last_first = words.iter().rev().copied().collect::<Vec<_>>().join(" ");
                if names(&in_order) {
                    Some((n, Meet::Spaced))
                } else {
                    names(&last_first).then_some((n, Meet::Behind(true)))
                }
            });
            match found {
                Some((n, how)) => {
                    for m in meet.get_mut(k..k + n - 1).unwrap_or(&mut []) {
                        *m = how;
                    }
                    k += n;
                }
                None => k += 1,
            }
        }
        // A name's short form in brackets, in three boxes before the rest
        // of its line (`)` / `الإسكوا` / `(` / `اللجنة الاقتصادية
        // والاجتماعية لغربي آسيا`: the line's boxes by their left edges):
        // the line, then the short form.
        for k in 0..lines.len().saturating_sub(3) {
            let found = content(k) == ")"
                && content(k + 2) == "("
                && one_word(content(k + 1))
                && arabic::has_arabic(content(k + 1))
                && content(k + 3).split_whitespace().count() >= 2
                && arabic::has_arabic(content(k + 3))
                && (k + 1..=k + 3).all(|j| lines.get(j).is_some_and(|l| !l.removed_before))
                && meet
                    .get(k.saturating_sub(1)..k + 3)
                    .is_some_and(|m| m.iter().all(|m| *m == Meet::Apart));
            if found {
                for (j, how) in [
                    (k, Meet::Behind(false)),
                    (k + 1, Meet::Behind(false)),
                    (k + 2, Meet::Behind(true)),
                ] {
                    if let Some(m) = meet.get_mut(j) {
                        *m = how;
                    }
                }
            }
        }
        // Or the name's last words with it, in one box before the rest
        // (`لغربي آسيا (الإسكوا)` / `اللجنة الاقتصادية والاجتماعية`).
        for k in 0..lines.len().saturating_sub(1) {
            let tail = content(k);
            let found = tail.ends_with(')')
                && tail.contains('(')
                && arabic::has_arabic(tail)
                && tail.split_whitespace().count() <= 4
                && !names_body(tail)
                && names_body(content(k + 1))
                && lines.get(k + 1).is_some_and(|l| !l.removed_before)
                && meet
                    .get(k.saturating_sub(1)..=k)
                    .is_some_and(|m| m.iter().all(|m| *m == Meet::Apart));
            if found {
                if let Some(m) = meet.get_mut(k) {
                    *m = Meet::Behind(true);
                }
            }
        }
        // A word's last piece, its tatweel first, before the word (`ـز` /
        // `موج`), blank lines between them or not.
        for k in 0..lines.len().saturating_sub(1) {
            let this = content(k);
            let found = this.strip_prefix('ـ').is_some_and(&piece)
                && closes_arabic(content(k + 1))
                && one_word(content(k + 1))
                && lines.get(k + 1).is_some_and(|l| !l.removed_before)
                && meet.get(k.wrapping_sub(1)).is_none_or(|m| *m == Meet::Apart);
            if found {
                if let Some(m) = meet.get_mut(k) {
                    *m = Meet::Behind(false);
                }
            }
        }
    }
    // Pieces glue in rounds: `الثالث` / `و` / `ن` is `الثالث` / `ون`, then
    // `الثالثون`.
    for _ in 0..3 {
        let groups = groups_of(&meet);
        let mut glue = Vec::new();
        for (g, &(a, b)) in groups.iter().enumerate() {
            let this = joined(&meet, (a, b));
            let before = g.checked_sub(1).and_then(|p| groups.get(p)).map(|&r| joined(&meet, r));
            let after = groups.get(g + 1).map(|&r| joined(&meet, r));
            let prefix = arabic_prefix(&this);
            let suffix = piece(&this) && !prefix && !function_word(&this);
            // With the line before: a suffix piece, a tatweel, or a suffix
            // piece its tatweel opens (PyMuPDF: `موج` / `ـز`).
            let stretched = this.strip_prefix('ـ').is_some_and(&piece);
            let back = before.as_deref().is_some_and(|p| {
                touches(a) && (closes_arabic(p) || p.ends_with('ـ')) && (suffix || tatweel(&this) || stretched)
            });
            // With the line after: a prefix piece or a tatweel.
            let forward = after
                .as_deref()
                .is_some_and(|n| touches(b + 1) && opens_arabic(n) && (prefix || tatweel(&this)));
            if back && a > 0 {
                glue.push(a - 1);
            }
            if forward {
                glue.push(b);
            }
        }
        let mut changed = false;
        for k in glue {
            if let Some(m) = meet.get_mut(k) {
                changed |= *m != Meet::Glued;
                *m = Meet::Glued;
            }
        }
        if !changed {
            break;
        }
    }
    // Place and dates, and the session's line, in boxes left to right.
    let mut rewrites: Vec<(usize, Vec<String>)> = Vec::new();
    if last_first {
        let groups = groups_of(&meet);
        // Each box read once, for what part of a date it may be: only those
        // within ten boxes of a year (the other tests cost more).
        let texts: Vec<String> = groups.iter().map(|&r| joined(&meet, r)).collect();
        let years: Vec<usize> = (0..texts.len())
            .filter(|&g| texts.get(g).is_some_and(|t| date_part_cheap(t) == Some(DatePart::Year)))
            .collect();
        let parts: Vec<(String, Option<DatePart>)> = texts
            .into_iter()
            .enumerate()
            .map(|(g, part)| {
                let near = years.iter().any(|&y| y + 10 > g && g + 10 > y);
                let kind = if near { date_part(&part, lang) } else { None };
                (part, kind)
            })
            .collect();
        let mut g = 0;
        while g < groups.len() {
            let found = (2..=10).rev().find_map(|n| {
                let run = groups.get(g..g + n)?;
                let boxes = parts.get(g..g + n)?;
                // (No furniture between the boxes.)
                let apart = run
                    .iter()
                    .skip(1)
                    .all(|&(a, _)| lines.get(a).is_some_and(|l| !l.removed_before));
                if !apart || boxes.iter().any(|(_, kind)| kind.is_none()) {
                    return None;
                }
                scattered_dates(boxes, lang).map(|read| (n, read))
            });
            let run = found.and_then(|(n, read)| Some((groups.get(g)?.0, groups.get(g + n - 1)?.1, n, read)));
            if let Some((a, b, n, read)) = run {
                for m in meet.get_mut(a..b).unwrap_or(&mut []) {
                    *m = Meet::Spaced;
                }
                rewrites.push((a, read));
                g += n;
            } else {
                g += 1;
            }
        }
    }
    // Place and dates a word or figure a line.
    let groups = groups_of(&meet);
    let mut g = 0;
    while g < groups.len() {
        let run = (2..=10).find_map(|n| {
            let run = groups.get(g..g + n)?;
            let parts: Vec<String> = run.iter().map(|&r| joined(&meet, r)).collect();
            let mut read = String::new();
            for (k, p) in parts.iter().enumerate() {
                if k > 0 && !slash_between(&parts, k) {
                    read.push(' ');
                }
                read.push_str(p);
            }
            // The place, if any: the first line, a word alone.
            let digit = |p: &String| p.chars().any(|c| c.is_ascii_digit());
            let place_ok = match (run.first(), parts.first()) {
                (Some(&(a, b)), Some(first)) => digit(first) || (a == b && !box_core(first).contains(' ')),
                _ => false,
            };
            let words_before_digits = parts
                .iter()
                .take_while(|p| !digit(p))
                .filter(|p| p.chars().any(char::is_alphabetic))
                .count();
            // The dates end with the year.
            let year = parts.last().is_some_and(|p| {
                let digits = p.len() - p.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                digits == 4
            });
            let found = place_ok
                && year
                && words_before_digits <= 1
                && parts.iter().all(|p| !p.is_empty() && p.chars().count() <= 24)
                // (PyMuPDF sets a blank line between some of them.)
                && run.iter().skip(1).all(|&(a, _)| lines.get(a).is_some_and(|l| !l.removed_before))
                && session_dates(&read, lang).is_some();
            found.then_some((n, parts))
        });
        if let Some((n, parts)) = run {
            for (k, &(_, b)) in groups.get(g..g + n - 1).unwrap_or(&[]).iter().enumerate() {
                if let Some(m) = meet.get_mut(b) {
                    *m = if slash_between(&parts, k + 1) {
                        Meet::Glued
                    } else {
                        Meet::Spaced
                    };
                }
            }
            g += n;
        } else {
            g += 1;
        }
    }
    // A section's label over its dash (`ألف` / `-`), as printed: `ألف-`.
    let groups = groups_of(&meet);
    for pair in groups.windows(2) {
        let &[(first, b), (a, dash_end)] = pair else {
            continue;
        };
        let label = joined(&meet, (first, b));
        if a == dash_end
            && content(a) == "-"
            && touches(a)
            && label.chars().count() <= 8
            && label.chars().all(letter)
            && super::starts::arabic_label_value(&label).is_some()
        {
            if let Some(m) = meet.get_mut(b) {
                *m = Meet::Glued;
            }
        }
    }
    (meet, rewrites)
}

/// What part of a session's line or of its place and dates a box of
/// pdfminer's may be ([`scattered_dates`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum DatePart {
    /// A slash alone, between two months' names.
    Slash,
    /// Four figures.
    Year,
    /// Figures, a dash between them or not (`25-28`, `13-14،`).
    Days,
    /// The session's line whole (`الدورة الثلاثون`).
    Session,
    /// The word for session alone (`الدورة`).
    SessionWord,
    /// An ordinal alone (`الثلاثون`).
    Ordinal,
    /// A month's name or two (`حزيران/يونيو`, `يونيو`).
    Month,
    /// A word that is none of these: the place.
    Place,
}

/// A box's text, its commas (the place's `،`) and spaces aside.
fn box_core(box_text: &str) -> &str {
    box_text.trim_matches(|c: char| matches!(c, '،' | ',') || c.is_whitespace())
}

/// The [`DatePart`] of figures or a slash `box_text` may be (a slash, a
/// year, days), its comma and spaces aside.
fn date_part_cheap(box_text: &str) -> Option<DatePart> {
    let p = box_core(box_text);
    let digits = p.chars().filter(char::is_ascii_digit).count();
    if p == "/" {
        Some(DatePart::Slash)
    } else if digits == 4 && p.len() == 4 {
        Some(DatePart::Year)
    } else if digits > 0
        && p.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | '،' | ','))
    {
        Some(DatePart::Days)
    } else {
        None
    }
}

/// The [`DatePart`] `box_text` may be, its comma and spaces aside; `None`
/// where it is none.
fn date_part(box_text: &str, lang: &Lang) -> Option<DatePart> {
    if let Some(part) = date_part_cheap(box_text) {
        return Some(part);
    }
    let p = box_core(box_text);
    Some(
        if p.chars().any(|c| c.is_ascii_digit()) || !arabic::has_arabic(p) || p.chars().count() > 24 {
            return None;
        } else if session_line(p).is_some() {
            DatePart::Session
        } else if lang.session.iter().any(|w| arabic::key(w) == arabic::key(p)) {
            DatePart::SessionWord
        } else if lang.ordinal_value(p).is_some() {
            DatePart::Ordinal
        } else if p.split(['/', ' ']).filter(|t| !t.is_empty()).count() <= 3
            && p.split(['/', ' ']).any(|t| lang.month_of(t).is_some())
        {
            DatePart::Month
        } else if !p.contains(' ') {
            DatePart::Place
        } else {
            return None;
        },
    )
}

/// The boxes of a session's line and of its place and dates, in any order
/// (pdfminer's, [`arabic_reflow`]), each with the [`DatePart`] it may be,
/// read as those lines: the session's line (whole, or its word and its
/// ordinal apart), if any, then `place، days month year`. There must be one
/// year, one set of days, a month's name or two (a slash alone between
/// them or not), one place at most, and the session's line or its word and
/// ordinal or neither; and the dates so read must read as a session's.
/// `None` otherwise.
fn scattered_dates(boxes: &[(String, Option<DatePart>)], lang: &Lang) -> Option<Vec<String>> {
    let of = |kind: DatePart| {
        boxes
            .iter()
            .filter(move |(_, k)| *k == Some(kind))
            .map(|(p, _)| box_core(p))
    };
    let one = |kind: DatePart| {
        let mut found = of(kind);
        let first = found.next();
        found.next().is_none().then_some(first)
    };
    let (year, days) = (one(DatePart::Year)??, one(DatePart::Days)??);
    let (place, session) = (one(DatePart::Place)?, one(DatePart::Session)?);
    let (word, ordinal) = (one(DatePart::SessionWord)?, one(DatePart::Ordinal)?);
    let months: Vec<&str> = of(DatePart::Month).collect();
    if months.is_empty() || months.len() > 2 || of(DatePart::Slash).count() > 1 {
        return None;
    }
    let month = months.join("/");
    let dates = match place {
        Some(place) => format!("{place}، {days} {month} {year}"),
        None => format!("{days} {month} {year}"),
    };
    session_dates(&dates, lang)?;
    let mut read = Vec::with_capacity(2);
    match (session, word, ordinal) {
        (Some(line), None, None) => read.push(line.to_owned()),
        (None, Some(word), Some(ordinal)) => read.push(format!("{word} {ordinal}")),
        (None, None, None) => {}
        _ => return None,
    }
    read.push(dates);
    Some(read)
}

/// The title's line under an agenda item that pdfminer wrote last first
/// ([`arabic_reflow`]), its boxes of one word before the box that opens it
/// (`للإسكوا` / `ثالثين` / `ال` / `التحضيرات الجارية للدورة`, `والشروح` /
/// `جدول الأعمال المؤقت`): from line `first`, one to four lines of one word
/// and then one of several, none holding a figure, are read last first as
/// one line, a prefix piece (`ال`) glued to the word after it.
fn title_boxes<'t>(meet: &mut [Meet], first: usize, content: &impl Fn(usize) -> &'t str) {
    let plain = |k: usize| !content(k).is_empty() && !content(k).chars().any(|c| c.is_ascii_digit());
    let words = (first..first + 4)
        .take_while(|&k| plain(k) && one_word(content(k)))
        .count();
    let opening = first + words;
    if words == 0 || !plain(opening) || one_word(content(opening)) {
        return;
    }
    for k in first..opening {
        let glued = k > first && arabic_prefix(content(k));
        if let Some(m) = meet.get_mut(k) {
            *m = Meet::Behind(true);
        }
        if glued {
            if let Some(m) = meet.get_mut(k - 1) {
                *m = Meet::Behind(false);
            }
        }
    }
}

/// The masthead's first lines, where [`arabic_reflow`] looks for the
/// organisation's and organ's names set a word a box (the fields of the
/// other column before them: `E`, `Distr.`, `LIMITED`, the symbol, the
/// date, the original language), up to the first line of four words or
/// more (the body's name).
const NAME_BOXES: usize = 24;

/// The lines `a..=b` as [`arabic_reflow`] reads them together: glued or
/// with a space between as `meet` says, last first where it says
/// [`Meet::Behind`].
fn write_group<'t>(meet: &[Meet], (a, b): (usize, usize), content: impl Fn(usize) -> &'t str) -> String {
    let mut order: Vec<usize> = (a..=b).collect();
    if meet
        .get(a..b)
        .is_some_and(|m| m.iter().any(|m| matches!(m, Meet::Behind(_))))
    {
        order.reverse();
    }
    let mut s = String::new();
    for (n, &k) in order.iter().enumerate() {
        if n > 0 {
            let between = meet.get(k.min(order.get(n - 1).copied().unwrap_or(k))).copied();
            if matches!(between, Some(Meet::Spaced | Meet::Behind(true))) {
                s.push(' ');
            }
        }
        s.push_str(content(k));
    }
    s
}

/// True when part `k` of `parts` or the one before it is a slash alone:
/// the two are read with no space (`كانون الأول` / `/` / `ديسمبر`).
fn slash_between(parts: &[String], k: usize) -> bool {
    parts.get(k).is_some_and(|p| p == "/") || k.checked_sub(1).and_then(|j| parts.get(j)).is_some_and(|p| p == "/")
}

/// The `(first, last)` lines that `meet` puts together.
fn groups_of(meet: &[Meet]) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let mut start = 0;
    for (k, m) in meet.iter().enumerate() {
        if *m == Meet::Apart {
            groups.push((start, k));
            start = k + 1;
        }
    }
    groups
}

/// The lines [`reflow_arabic`] reads, each with the `(first, last)` lines
/// of the source it stands for.
type Reflowed = (Vec<BodyLine>, Vec<(usize, usize)>);

/// Writes each group of lines [`arabic_reflow`] puts together into `copy`
/// as one line at the start of its span (the words glued or spaced), and
/// gives the lines so read, each with the `(first, last)` of `lines` it
/// stands for. `None` where no lines go together.
fn reflow_arabic(copy: &mut String, lines: &[BodyLine], lang: &Lang, last_first: bool) -> Option<Reflowed> {
    let (meet, rewrites) = arabic_reflow(copy, lines, lang, last_first);
    let groups = groups_of(&meet);
    if groups.iter().all(|(a, b)| a == b) {
        return None;
    }
    let mut merged = Vec::with_capacity(groups.len());
    let mut origin = Vec::with_capacity(groups.len());
    for &(a, b) in &groups {
        let (Some(first), Some(last)) = (lines.get(a).copied(), lines.get(b)) else {
            continue;
        };
        let span = first.start..last.end;
        let written = (a < b).then(|| match rewrites.iter().find(|(at, _)| *at == a) {
            Some((_, read)) => read.clone(),
            None => vec![write_group(&meet, (a, b), |k| {
                lines
                    .get(k)
                    .and_then(|l| copy.get(l.start..l.end))
                    .unwrap_or("")
                    .trim_matches(|c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c))
            })],
        });
        // The lines written from the span's start, a space after each and
        // spaces to the span's end; each line read ends before its space.
        let fits = written.filter(|read| {
            read.iter().map(|l| l.len() + 1).sum::<usize>() <= span.len() + 1 && copy.get(span.clone()).is_some()
        });
        match fits {
            Some(read) => {
                let mut at = span.start;
                let mut line = String::with_capacity(span.len());
                for (n, l) in read.iter().enumerate() {
                    let next = BodyLine {
                        start: at,
                        end: at + l.len(),
                        ..first
                    };
                    merged.push(if n == 0 {
                        next
                    } else {
                        BodyLine {
                            blank_before: false,
                            removed_before: false,
                            ..next
                        }
                    });
                    origin.push((a, b));
                    line.push_str(l);
                    line.push(' ');
                    at += l.len() + 1;
                }
                line.truncate(span.len());
                line.extend(std::iter::repeat_n(' ', span.len() - line.len()));
                copy.replace_range(span.clone(), &line);
            }
            None => {
                for k in a..=b {
                    if let Some(&l) = lines.get(k) {
                        merged.push(l);
                        origin.push((k, k));
                    }
                }
            }
        }
    }
    Some((merged, origin))
}

/// A line of one word.
fn one_word(c: &str) -> bool {
    c.split_whitespace().count() <= 1
}

/// The end of the `n` lines from `from`, lines of one word not counted
/// ([`one_word`]), and ten lines at most.
fn words_on<'t>(content: &impl Fn(usize) -> &'t str, from: usize, n: usize) -> usize {
    let mut counted = 0;
    let mut j = from;
    while counted < n && j < from + 10 {
        if !one_word(content(j)) {
            counted += 1;
        }
        j += 1;
    }
    j
}

/// True when line `j` holds an Arabic paragraph's or item's number that
/// PyMuPDF or `-raw` set over its dash (`1` / `-`): the body's first
/// paragraph or item.
fn split_number<'a>(content: &impl Fn(usize) -> &'a str, j: usize) -> bool {
    let c = content(j).trim();
    (1..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) && content(j + 1).trim() == "-"
}

/// The agenda item whose word stands alone on line `c`, short and with no
/// figure, and whose number opens the next (PyMuPDF: `البند` / `3 من جدول
/// الأعمال المؤقت`).
fn agenda_over_two(c: &str, next: &str) -> Option<Vec<String>> {
    let word_alone = !c.is_empty() && c.chars().count() <= 24 && !c.chars().any(|ch| ch.is_ascii_digit());
    word_alone.then(|| agenda_line(&format!("{c} {next}"))).flatten()
}

/// The session's number where PyMuPDF cut its words, on one line or over
/// up to five (`ا` / `لدورة` / `الثالث` / `و` / `ن`): the lines read together,
/// their lone letters glued back ([`arabic::mend`]), or the last line glued
/// to the word before it (`الثالث` / `ون`), make a session line; the most
/// lines that do. Gives the number and how many lines after line
/// `i` it took.
fn cut_session<'a>(content: &impl Fn(usize) -> &'a str, i: usize) -> Option<(u32, usize)> {
    let first = content(i);
    if !arabic::has_arabic(first) || first.chars().count() > 24 {
        return None;
    }
    (0..=4).rev().find_map(|k| {
        let parts: Vec<&str> = (i..=i + k).map(content).collect();
        // (The last piece may run on to the session's theme: `الدورة الح` /
        // `ادية عشرة (تحرير التجارة الخارجية)`, `-raw`.)
        let short = |p: &&str| !p.is_empty() && p.chars().count() <= 24;
        let last_ok = parts
            .last()
            .is_some_and(|p| short(p) || (k > 0 && p.trim_end().ends_with(')')));
        if !last_ok || !parts.iter().rev().skip(1).all(short) {
            return None;
        }
        let spaced = parts.join(" ");
        // (Or the last piece glued to the word before it: `الثالث` / `ون`.)
        let glued = match parts.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{}{}", rest.join(" ").trim_end(), last.trim()),
            _ => String::new(),
        };
        session_line(&arabic::mend(&spaced))
            .or_else(|| {
                (!glued.is_empty())
                    .then(|| session_line(&arabic::mend(&glued)))
                    .flatten()
            })
            .map(|n| (n, k))
    })
}

/// `Agenda items 3 and 5` → `["3", "5"]`; `Point 3 de l’ordre du jour` → `["3"]`.
fn agenda_line(c: &str) -> Option<Vec<String>> {
    let mut l = lower(c);
    let arabic_rest;
    let rest = if arabic::has_arabic(&l) {
        // (The number may be glued to the word before it: `البند9`, PyMuPDF.)
        l = arabic_spaced(&l);
        // `البند 10 من جدول الأعمال المؤقت`: direction marks around the
        // number, and the number glued to the word after it (`10من`).
        let rest = ALL.iter().find_map(|lang| {
            lang.masthead
                .agenda_item
                .iter()
                .find_map(|w| l.get(arabic::opens_with(&l, w)?..))
        })?;
        arabic_rest = format!(" {}", arabic_spaced(rest).trim_start());
        arabic_rest.as_str()
    } else {
        ALL.iter().find_map(|lang| {
            lang.masthead.agenda_item.iter().find_map(|w| {
                l.strip_prefix(w)
                    .filter(|r| r.starts_with(|ch: char| ch == ' ' || ch.is_ascii_digit()))
            })
        })?
    };
    let mut items: Vec<String> = Vec::new();
    for word in rest.split(|ch: char| ch.is_whitespace() || ch == ',') {
        // A sub-item, as printed: `119 (b)`, `3(c)`, `14 (a) and (b)`.
        if let Some((number, rest)) = word.split_once('(').filter(|(n, _)| !n.is_empty()) {
            if number.chars().all(|ch| ch.is_ascii_digit()) && number.len() <= 6 {
                if let Some(inner) = sub_item(&format!("({rest}")) {
                    items.push(format!("{number} ({inner})"));
                    continue;
                }
            }
        }
        if let Some(inner) = sub_item(word.trim_end_matches(['.', ';'])) {
            if let Some(last) = items.last_mut() {
                let number = last.split(' ').next().unwrap_or("").to_owned();
                let roman = inner.chars().all(|ch| matches!(ch, 'i' | 'v' | 'x'));
                if last.contains('(')
                    && roman
                    && !last.contains(&format!("({inner})"))
                    && last.matches('(').count() == 1
                {
                    // `3 (b) (iii)`: a sub-item of the sub-item.
                    last.push_str(&format!(" ({inner})"));
                } else if last.contains('(') {
                    // `14 (a) and (b)`: a second sub-item of the same item.
                    items.push(format!("{number} ({inner})"));
                } else {
                    last.push_str(&format!(" ({inner})"));
                }
                continue;
            }
        }
        let w = word.trim_matches(|ch: char| !ch.is_alphanumeric());
        if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) && w.len() <= 6 {
            items.push(w.to_owned());
        } else if !w.is_empty() && !items.is_empty() && !any_lang(|lang| lang.and.contains(&w)) {
            break;
        }
    }
    (!items.is_empty()).then_some(items)
}

/// An Arabic line with its direction marks dropped and a number set apart
/// from the word glued after it (`3من`, `1آب`), as the marks around the
/// number kept them apart in print.
fn arabic_spaced(c: &str) -> String {
    let mut spaced = String::with_capacity(c.len() + 4);
    let mut prev_digit = false;
    let mut prev_letter = false;
    for ch in c.chars().filter(|&ch| !plenary_model::coverage::is_direction_mark(ch)) {
        // And a word glued before the number (`يونيو2018`, PyMuPDF).
        if (prev_digit && ch.is_alphabetic()) || (prev_letter && ch.is_ascii_digit()) {
            spaced.push(' ');
        }
        prev_digit = ch.is_ascii_digit();
        prev_letter = arabic::is_arabic_letter(ch);
        spaced.push(ch);
    }
    spaced
}

/// `(b)`, `(iv)`: the letters of an agenda sub-item in parentheses.
fn sub_item(x: &str) -> Option<String> {
    let inner = x.strip_prefix('(').and_then(|x| x.strip_suffix(')'))?;
    (!inner.is_empty() && inner.len() <= 4 && inner.chars().all(|ch| ch.is_alphabetic() && ch.is_lowercase()))
        .then(|| inner.to_owned())
}

/// `Resolution adopted by the General Assembly`, `RESOLUCION APROBADA POR …`:
/// a line that opens with the word for resolution or decision.
fn adopted(c: &str) -> bool {
    let first = crate::util::fold(c.split_whitespace().next().unwrap_or(""));
    any_lang(|l| {
        l.resolution
            .iter()
            .chain(l.decision)
            .any(|w| crate::util::fold(w) == first)
    })
}

/// A line that opens the line saying what the document is.
fn subtitle_start(c: &str) -> bool {
    let l = c.to_lowercase();
    let arabic = arabic::has_arabic(&l);
    any_lang(|lang| {
        lang.masthead
            .subtitle_starts
            .iter()
            .any(|w| l.starts_with(w) || (arabic && arabic::opens_with(&l, w).is_some()))
    })
}

fn summary_line(c: &str) -> bool {
    let l = lower(c);
    let ar = arabic::has_arabic(&l);
    any_lang(|lang| listed(&l, ar, lang.masthead.summary))
}

/// A line in capitals (`PROMOTION AND PROTECTION OF ALL HUMAN RIGHTS,`).
fn capitals(c: &str) -> bool {
    // Letters of a script without case (Arabic) are no capitals.
    c.chars().filter(|ch| ch.is_uppercase()).count() >= 2 && !c.chars().any(char::is_lowercase)
}

fn stars_only(c: &str) -> bool {
    !c.is_empty() && c.chars().all(|ch| STARS.contains(&ch) || matches!(ch, ',' | ' '))
}

/// True when a title line breaks off and `next` must go on with it: it ends
/// with a comma, a hyphen or an opening bracket, or with a function word
/// (`of`, `the`, `on`, `de`, `la`: [`Lang::stopwords`], [`Lang::and`],
/// [`crate::lang::Masthead::open_ends`]), or `next` starts lower-case or
/// with a bracket (`[without reference to a Main Committee …]`). Unlike
/// [`super::starts::goes_on`], a line that merely fills the width does not
/// count: titles are set in a larger type, so their width says little.
fn breaks_off(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end_matches(|ch: char| STARS.contains(&ch) || ch == ' ');
    // Lower-cased, for titles in capitals (`… OF THE` / `HIGH COMMISSIONER`).
    let last = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    let last = last.as_str();
    // In capitals, a line that opens with a function word goes on from the one
    // before (`… SITUATION OF HUMAN RIGHTS` / `IN HAITI, MICHEL FORST`).
    let opens_in_capitals = capitals(next)
        && next
            .split_whitespace()
            .next()
            .is_some_and(|w| function_word(&w.to_lowercase()));
    prev.ends_with([',', '-', '–', '(', '/'])
        // A word PyMuPDF cut at its tatweel (`تقري` / `ـر`), or after a
        // letter in a form that joins the next (`ﻣﻘﺗﺭﺡ ﺇﻧﺷ` / `ﺎء ﺍﻟﻣﺭﻛﺯ`).
        || next.starts_with('\u{640}')
        || arabic::word_goes_on(prev)
        || arabic::ends_with_lone_letter(prev)
        || arabic::ends_with_joining_tatweel(prev)
        || opens_with_arabic_preposition(next)
        || function_word(last)
        || opens_in_capitals
        || next.starts_with(['(', '['])
        || next.chars().next().is_some_and(char::is_lowercase)
}

/// True when `next` goes on from `prev` within one title: `prev` breaks off
/// ([`breaks_off`]), leaves a quotation open (`entitled “Women` / `2000:
/// gender equality …`), or `next` opens with a figure.
fn goes_on(prev: &str, next: &str) -> bool {
    breaks_off(prev, next)
        || next.starts_with(|c: char| c.is_ascii_digit())
        || prev
            .rfind('“')
            .is_some_and(|open| !prev.get(open..).unwrap_or("").contains('”'))
}

/// Where an agenda item's title ends among `titles`, the lines read as its
/// title up to a subtitle with no blank line (PyMuPDF, `-raw`), when it ran
/// on into the document's own title: at the first line that did not wrap,
/// the next line's first word fitting on it by the measure of the widest line
/// before it or of the next line (`Integrated Stabilization Mission in Mali`
/// / `Budget performance of …`; `Regional cooperation` / `Regional
/// cooperation in the economic, social and`). `None` when every line wrapped.
fn item_title_end(titles: &[&str]) -> Option<usize> {
    let len = |s: &str| s.chars().count();
    (1..titles.len()).find(|&k| {
        let (Some(&prev), Some(&next)) = (titles.get(k - 1), titles.get(k)) else {
            return false;
        };
        // A line of one word was cut, not set short (`-raw` sets words a
        // line).
        if one_word(prev) {
            return false;
        }
        let first_word = next.split_whitespace().next().map_or(0, len);
        let width = titles.iter().take(k).map(|t| len(t)).max().unwrap_or(0).max(len(next));
        !goes_on(prev, next) && len(prev) + 1 + first_word <= width
    })
}

/// True when the last word of `line` is a function word (`of`, `the`, `de`):
/// the text goes on over the next line.
pub(crate) fn ends_with_function_word(line: &str) -> bool {
    let last = line.trim_end().rsplit(' ').next().unwrap_or("");
    // In capitals, a letter is more often a mark (`NATIONS A`) than a word.
    last.chars().all(char::is_lowercase) && function_word(last)
}

/// True when `line` opens with an Arabic preposition that cannot open a
/// title or a subtitle (`في`, `على`, `إلى`): the line goes on from the one
/// before, past a blank line an extractor set between two runs of one
/// title (PyMuPDF: `… ﺗﻐﻳﱡﺭ ﺍﻟﻣﻧﺎﺥ` / blank / `ﻓﻲ ﺍﻹﺳﻛﻭﺍ`).
fn opens_with_arabic_preposition(line: &str) -> bool {
    let first = line
        .trim_start_matches(plenary_model::coverage::is_direction_mark)
        .split_whitespace()
        .next()
        .unwrap_or("");
    arabic::has_arabic(first)
        && ["في", "على", "إلى"]
            .iter()
            .any(|p| arabic::key(p) == arabic::key(first))
}

/// A word that cannot end a title line, lower-case ([`Lang::stopwords`],
/// [`Lang::and`], [`crate::lang::Masthead::open_ends`], in any language).
fn function_word(w: &str) -> bool {
    any_lang(|l| l.stopwords.contains(&w) || l.and.contains(&w) || l.masthead.open_ends.contains(&w))
}

/// A line ending in a person's name after a comma (`of cultural rights,
/// Farida Shaheed`, `environment, John H. Knox`): two to four capitalised
/// words, initials allowed.
fn ends_with_name(line: &str) -> bool {
    let line = line.trim_end_matches(|ch: char| STARS.contains(&ch) || ch == ' ');
    let Some((_, name)) = line.rsplit_once(", ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !capitals(w) || (w.len() <= 3 && w.ends_with('.'))
        })
}

/// `73/3.`, `S-9/1. Title`: a deliberation's number alone or with its period,
/// not one a title runs on into (`… resolutions` / `S-9/1 and S-12/1`).
fn deliberation_number_line(c: &str) -> bool {
    let first = c.split(' ').next().unwrap_or("");
    let number = first.strip_suffix('.').unwrap_or(first);
    is_deliberation_number(number) && (first.ends_with('.') || first.len() == c.trim_end().len())
}

/// A line that ends the masthead: the body starts there.
fn body_start(c: &str, lang: &Lang) -> bool {
    (numbered(c).is_some_and(|n| n.with_period) && date_line(c).is_none())
        || list_label(c).is_some()
        || deliberation_number_line(c)
        // `The General Assembly,`: the formula of a resolution's preamble.
        || (c.ends_with(',') && super::deliberation::formula_like(c.trim_end_matches(','), lang))
        || super::deliberation::named_formula(c, lang)
        || summary_line(c)
        || crate::block::starts::labelled_heading(c).is_some()
        || crate::block::starts::contents_heading(c, lang)
        // An Arabic paragraph or heading number (`-1` and its text, `-1`
        // alone), or a labelled heading (`ألف -اجتماعات كبار المسؤولين`).
        || (c.starts_with('-')
            && (crate::block::starts::arabic_number_opening(c).is_some()
                || crate::block::starts::arabic_number_alone(c).is_some()))
        || (arabic::has_arabic(c) && crate::block::starts::arabic_labelled_heading(c).is_some())
}

/// In a subtitle, a full line followed by a shorter one that ends the phrase
/// (`… for Human` / `Rights`): the text was wrapped.
fn wrapped(prev: &str, next: &str) -> bool {
    // A line of a wrapped text may run a little longer than the one before
    // (a few letters more, as Arabic set with split ligatures gives it).
    let (p, n) = (prev.chars().count(), next.chars().count());
    p >= 40 && n < p + p / 10 && !next.ends_with('.')
}

/// The lines of a title or subtitle joined with one space; a line broken
/// after a hyphen (`… on its forty-` / `third session`) joins the next
/// without a space, the hyphen kept.
fn join_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        // A word PyMuPDF cut at its tatweel (`تقري` / `ـر`), after a letter
        // in a form that joins the next (`ﺇﻧﺷ` / `ﺎء`) or after a lone letter
        // (`في ا` / `لقطاع`), is one word.
        let glued = (out.ends_with('-') && line.chars().next().is_some_and(char::is_lowercase))
            || (line.starts_with('\u{640}') && out.ends_with(arabic::is_arabic_letter))
            || ((arabic::word_goes_on(&out)
                || arabic::ends_with_lone_letter(&out)
                || arabic::ends_with_joining_tatweel(&out))
                && line.starts_with(arabic::is_arabic_letter));
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(&line);
    }
    out
}

/// `fortythird` → `forty-third`: a compound ordinal whose hyphen text
/// extraction lost (a tens word glued to a unit ordinal, as
/// [`Lang::ordinal_value`] reads them).
fn rehyphenate_ordinal(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    ALL.iter().find_map(|lang| {
        lang.tens_prefixes.iter().find_map(|&(prefix, _)| {
            let rest = lower.strip_prefix(prefix)?;
            let first = rest.chars().next()?;
            if !first.is_alphabetic() || lang.ordinal_words.iter().all(|(w, v)| *w != rest || *v >= 20) {
                return None;
            }
            let cut = word.char_indices().nth(prefix.chars().count())?.0;
            Some(format!("{}-{}", word.get(..cut)?, word.get(cut..)?))
        })
    })
}

/// `SecretaryGeneral` → `Secretary-General`: puts back the hyphen of a known
/// compound ([`crate::lang::Masthead::hyphenated`]) or of a compound
/// ordinal ([`rehyphenate_ordinal`]) that text extraction lost.
fn rehyphenate(mut title: String) -> String {
    if title.split_whitespace().any(|w| rehyphenate_ordinal(w).is_some()) {
        title = title
            .split(' ')
            .map(|w| rehyphenate_ordinal(w).unwrap_or_else(|| w.to_owned()))
            .collect::<Vec<_>>()
            .join(" ");
    }
    for lang in ALL {
        for compound in lang.masthead.hyphenated {
            let joined = compound.replace('-', "");
            if title.contains(&joined) {
                title = title.replace(&joined, compound);
            }
        }
    }
    title
}

/// The masthead of a conference room paper, which has no emblem, organ or
/// distribution: under the symbol (a running header, so furniture), its date
/// and its language (`21 March 2019` / `English only`).
fn conference_room_paper<'t>(content: &impl Fn(usize) -> &'t str) -> bool {
    (0..3).any(|i| date_line(content(i)).is_some())
        && (0..4).any(|i| language_line(content(i)) || original(content(i)).is_some())
}

/// A line of the first page that is a field of the masthead's header
/// block, wherever the extraction set it: the organisation, the organ, the
/// symbol, the distribution, the languages, the status. A line that ends
/// with a comma is a formula (`General Assembly,`), not a field.
fn header_field(c: &str) -> bool {
    let c = c.trim();
    !c.ends_with(',')
        && ((is_organization(c) && c.contains(' '))
            || organ(c)
            || is_symbol_line(c.trim_end_matches(['*', '∗']))
            || distribution(c).is_some_and(|d| d.is_some())
            || c.starts_with("Distr")
            || original(c).is_some()
            || language_line(c)
            || status_line(c))
}

/// A line that is a field only beside another one: a date of issue, one
/// word of the organisation's name set on a line of its own.
fn weak_field(c: &str) -> bool {
    let c = c.trim();
    !c.ends_with(',') && (date_line(c).is_some() || is_organization(c))
}

/// The longest line [`split_fields`] tries to split, in bytes.
const SPLIT_LINE_MAX: usize = 160;
/// The longest first field it tries, in bytes (`Economic and Social Council`).
const SPLIT_LEFT_MAX: usize = 64;
/// The most lines of the first page the masthead is looked for in: a
/// masthead, its title and subtitle fill far fewer, and a page with no
/// page breaks (one long text) is not read through.
pub const MASTHEAD_LINES: usize = 120;

/// Splits a line that holds two header fields, as an extraction in reading
/// order prints them (`United Nations A/RES/73/8`, `General Assembly Distr.:
/// General`): the two sub-spans, or the line alone.
fn split_fields(text: &str, line: BodyLine) -> Vec<BodyLine> {
    let c = text.get(line.start..line.end).unwrap_or("");
    // Two header fields make a short line, and the first is a short name:
    // only the first spaces are tried (each try reads both halves).
    if c.len() > SPLIT_LINE_MAX {
        return vec![line];
    }
    for (at, _) in c.match_indices(' ').take_while(|&(at, _)| at <= SPLIT_LEFT_MAX) {
        let (left, right) = (c.get(..at).unwrap_or(""), c.get(at + 1..).unwrap_or("").trim_start());
        let left_field = is_organization(left) || organ(left);
        let right_field = is_symbol_line(right.trim_end_matches(['*', '∗'])) || right.starts_with("Distr");
        if left_field && right_field {
            let right_start = line.end - right.len();
            return vec![
                BodyLine {
                    end: line.start + at,
                    ..line
                },
                BodyLine {
                    start: right_start,
                    blank_before: false,
                    removed_before: false,
                    ..line
                },
            ];
        }
    }
    vec![line]
}

/// Reads the masthead of the first page. `lines` are the body lines of the
/// first page. The header block's fields (organisation, organ, symbol,
/// distribution, date, languages) are read wherever the extraction set
/// them (first, in the default order; last, as PyMuPDF gives them; two on
/// one line, as a raw extraction does); the session, agenda item, title and
/// subtitle then in their order.
#[must_use]
pub fn read(text: &str, lines: &[BodyLine], lang: &Lang) -> Option<Masthead> {
    if lang.code != "ar" {
        return read_lines(text, lines, lang, false);
    }
    // Arabic lines whose runs `-raw` wrote in visual order are read in
    // reading order, and the words and dates it cut over lines are read
    // whole ([`reflow_arabic`]): the masthead reads a copy of the text where
    // each such line's bytes stand in that order, in the line's own span.
    let end = lines.iter().map(|l| l.end).max().unwrap_or(0);
    let mut copy = in_reading_order(text, lines).unwrap_or_else(|| text.get(..end).unwrap_or(text).to_owned());
    let last_first = letters_in_reading_order(&mut copy, lines);
    let mut reflowed = reflow_arabic(&mut copy, lines, lang, last_first);
    // pdfminer sets a blank line after each box it wrote: up to the agenda
    // item or the session's dates, the boxes it scattered, a blank line
    // tells nothing, and those lines are read as `-raw` gives them, with
    // none.
    if let Some((merged, _)) = reflowed.as_mut().filter(|_| last_first) {
        let line = |l: &BodyLine| copy.get(l.start..l.end).unwrap_or("").trim();
        let header = merged
            .iter()
            .rposition(|l| agenda_line(line(l)).is_some() || dates_line(line(l), lang))
            .map_or(0, |at| at + 1);
        for l in merged.iter_mut().take(header) {
            l.blank_before = false;
        }
    }
    let mut m = match &reflowed {
        Some((merged, _)) => read_lines(&copy, merged, lang, last_first)?,
        None => read_lines(&copy, lines, lang, last_first)?,
    };
    if let Some((merged, origin)) = &reflowed {
        m.consumed = m
            .consumed
            .iter()
            .filter_map(|&k| origin.get(k))
            .flat_map(|&(a, b)| a..=b)
            .collect();
        // (A run read as two lines stands for its source lines once.)
        m.consumed.sort_unstable();
        m.consumed.dedup();
        // A line read whole is furniture a line of the source at a time.
        let source_lines = |start: Option<usize>| {
            merged
                .iter()
                .zip(origin)
                .find(|(l, (a, b))| a < b && Some(l.start) == start)
                .map(|(_, &(a, b))| a..=b)
        };
        let mut split = Vec::with_capacity(m.furniture.len());
        for f in m.furniture.drain(..) {
            match source_lines(f.span.map(|s| s.start as usize)) {
                Some(range) => split.extend(range.filter_map(|k| lines.get(k)).map(|l| Furniture {
                    span: Some(Span::from_range(l.start..l.end)),
                    ..f.clone()
                })),
                None => split.push(f),
            }
        }
        // (A run read as two lines gives its source lines once.)
        let mut seen = std::collections::HashSet::new();
        split.retain(|f| f.span.is_none_or(|s| seen.insert((s.start, s.end))));
        m.furniture = split;
    }
    // The lines taken keep their text as the source gives it.
    for f in &mut m.furniture {
        if let Some(source) = f.span.and_then(|s| s.slice(text)) {
            source.clone_into(&mut f.text);
        }
    }
    Some(m)
}

/// [`read`] over `text`, whose lines are in reading order; `boxes` where
/// they are pdfminer's boxes, scattered ([`arabic_reflow`]).
fn read_lines(text: &str, lines: &[BodyLine], lang: &Lang, boxes: bool) -> Option<Masthead> {
    // The lines as items, fields split, with the line each comes from.
    let mut items: Vec<(BodyLine, usize)> = Vec::with_capacity(lines.len());
    for (k, &l) in lines.iter().enumerate() {
        for part in split_fields(text, l) {
            items.push((part, k));
        }
    }
    let item_text = |k: usize| {
        items
            .get(k)
            .and_then(|item| text.get(item.0.start..item.0.end))
            .unwrap_or("")
            .trim_matches(plenary_model::coverage::is_direction_mark)
    };
    // A title line that breaks off goes on over the next, even when that is
    // the organisation's name (`… associated with the` / `United Nations`).
    let line_of = |k: usize| items.get(k).map(|item| item.1);
    let field_at = |k: usize| {
        header_field(item_text(k))
            && !(is_organization(item_text(k))
                && k.checked_sub(1).is_some_and(|j| {
                    line_of(j) != line_of(k) && !header_field(item_text(j)) && ends_with_function_word(item_text(j))
                }))
    };

    // Each item tested once (a test lowers the line's case several times).
    let fields: Vec<bool> = (0..items.len()).map(field_at).collect();
    let field_at = |k: usize| fields.get(k).copied().unwrap_or(false);
    // A weak field is one beside a field.
    let mut is_field: Vec<bool> = (0..items.len())
        .map(|k| {
            field_at(k) || (weak_field(item_text(k)) && (k.checked_sub(1).is_some_and(field_at) || field_at(k + 1)))
        })
        .collect();
    // The organ's slot, between the organisation's name (or another header
    // field) and the distribution, over two lines the first of which breaks
    // off: a treaty
    // body prints its treaty there (`United Nations` / `International
    // Covenant on` / `Civil and Political Rights` / `Distr.: General`). In
    // `-layout`'s columns the fields of the other column stand between the
    // two lines (`International Covenant on` / `Distr.: General` / `27
    // December 2017` / `Civil and Political Rights`).
    // The slots found, (first line, second line): read one after the other.
    let mut slots: Vec<(usize, usize)> = Vec::new();
    let distr = |j: usize| item_text(j).starts_with("Distr") && distribution(item_text(j)).is_some_and(|d| d.is_some());
    for k in 1..items.len().saturating_sub(2) {
        if field_at(k) || !field_at(k - 1) {
            continue;
        }
        // (A date beside the distribution is a field here too.)
        let Some(m) = (k + 1..items.len().min(k + 5)).find(|&j| !is_field.get(j).copied().unwrap_or(false)) else {
            continue;
        };
        let slot = (k + 1..=m + 3).any(distr) && line_of(k) != line_of(m) && breaks_off(item_text(k), item_text(m));
        if slot {
            slots.push((k, m));
            for j in [k, m] {
                if let Some(f) = is_field.get_mut(j) {
                    *f = true;
                }
            }
        }
    }
    // Every item of a line must be a field for the line to move (items of a
    // line are next to each other).
    let mut line_moves = vec![true; lines.len()];
    for ((_, l), f) in items.iter().zip(&is_field) {
        if let Some(m) = line_moves.get_mut(*l) {
            *m &= *f;
        }
    }
    let moves = |k: usize| {
        items
            .get(k)
            .is_some_and(|i| line_moves.get(i.1).copied().unwrap_or(false))
    };
    let mut order: Vec<usize> = (0..items.len()).filter(|&k| moves(k)).collect();
    order.extend((0..items.len()).filter(|&k| !moves(k)));
    // A slot's second line right after its first.
    for &(k, m) in &slots {
        if let Some(at) = order.iter().position(|&x| x == m) {
            order.remove(at);
            let after = order.iter().position(|&x| x == k).map_or(order.len(), |p| p + 1);
            order.insert(after, m);
        }
    }
    let mut lines: Vec<BodyLine> = order.iter().filter_map(|&k| items.get(k).map(|i| i.0)).collect();
    // A slot's second line goes on from its first, whatever stood between.
    for &(_, m) in &slots {
        if let Some(line) = order.iter().position(|&x| x == m).and_then(|at| lines.get_mut(at)) {
            line.blank_before = false;
        }
    }
    let origin: Vec<usize> = order.iter().filter_map(|&k| items.get(k).map(|i| i.1)).collect();
    let mut m = read_ordered(text, &lines, lang, boxes)?;
    // The lines taken: a split line once all its items are.
    let taken = m.consumed.len();
    let mut consumed: Vec<usize> = origin.get(..taken).unwrap_or(&origin).to_vec();
    consumed.sort_unstable();
    consumed.dedup();
    consumed.retain(|&l| {
        origin
            .iter()
            .enumerate()
            .filter(|(_, o)| **o == l)
            .all(|(k, _)| k < taken)
    });
    m.consumed = consumed;
    Some(m)
}

/// Reads the masthead from the start of `lines`, in order; `consumed` holds
/// the positions taken (a prefix, `0..n`).
fn read_ordered(text: &str, lines: &[BodyLine], lang: &Lang, boxes: bool) -> Option<Masthead> {
    // Direction marks a column of `-layout` leaves at a line's ends are not
    // the line's text.
    let content = |i: usize| {
        lines
            .get(i)
            .and_then(|l| text.get(l.start..l.end))
            .unwrap_or("")
            .trim_matches(plenary_model::coverage::is_direction_mark)
    };
    // Among pdfminer's boxes, the first agenda item's line (read once).
    let boxes_agenda = if boxes {
        (0..lines.len()).find(|&j| agenda_line(content(j)).is_some())
    } else {
        None
    };
    let opening = (0..lines.len().min(6)).any(|i| {
        let c = content(i);
        is_organization(c) || organ(c) || distribution(c).is_some_and(|d| d.is_some()) || c.starts_with("Distr")
    }) || conference_room_paper(&content);
    if !opening {
        return None;
    }
    let mut m = Masthead::default();
    let mut i = 0;
    let mut seen_session = false;
    let mut body_lines: Vec<usize> = Vec::new();
    // The lines of the agenda item's title: a draft with no title of its own
    // takes it.
    let mut agenda_title: Vec<usize> = Vec::new();
    let take = |m: &mut Masthead, i: usize| {
        if let Some(l) = lines.get(i) {
            m.furniture.push(Furniture {
                kind: FurnitureKind::Masthead,
                text: text.get(l.start..l.end).unwrap_or("").to_owned(),
                span: Some(Span::from_range(l.start..l.end)),
            });
        }
    };
    while i < lines.len() {
        let c = content(i);
        if is_organization(c) || (c.len() == 1 && c.chars().all(|ch| ch.is_ascii_uppercase())) {
        } else if i + 1 < lines.len() && !header_field(c) && is_organization(&format!("{c} {}", content(i + 1))) {
            // The organisation's name over two lines, a blank line between
            // them or not (PyMuPDF: `E ﺍﻷﻣﻢ` / `ﺍﻟﻤﺘﺤﺪﺓ`).
            take(&mut m, i);
            i += 1;
        } else if organ(c) {
            m.organ.get_or_insert_with(|| c.to_owned());
        } else if organ(&format!("{c} {}", content(i + 1))) && i + 1 < lines.len() {
            // The organ's name over two lines (`المجلس` / `الاقتصادي والاجتماعي`),
            // a blank line between them or not (the fields of the other
            // column stood between them on the page).
            m.organ.get_or_insert_with(|| format!("{c} {}", content(i + 1)));
            take(&mut m, i);
            i += 1;
        } else if let Some((o, d)) = c.split_once(" Distr").filter(|(o, _)| organ(o)) {
            // `General Assembly Distr.: Limited` on one line.
            m.organ.get_or_insert_with(|| o.to_owned());
            m.distribution = distribution(&format!("Distr{d}")).flatten();
        } else if is_symbol_line(c) {
            m.symbol.get_or_insert_with(|| c.to_owned());
        } else if m.organ.is_none()
            && m.distribution.is_none()
            && distribution(content(i + 1)).is_some_and(|d| d.is_some())
            && !is_symbol_line(c)
            // (`Distr.` over `LIMITED` is the distribution, not an organ.)
            && distribution(c).is_none()
        {
            // The body printed where the organ stands (`Human Rights Council` /
            // `Distr.: General`).
            m.organ = Some(c.to_owned());
        } else if m.organ.is_none()
            && m.distribution.is_none()
            && distribution(content(i + 2)).is_some_and(|d| d.is_some())
            && lines.get(i + 1).is_some_and(|l| !l.blank_before)
            && breaks_off(c, content(i + 1))
            && !is_symbol_line(content(i + 1))
        {
            // The same over two lines, the first breaking off: a treaty body
            // prints its treaty there (`International Covenant on` / `Civil
            // and Political Rights` / `Distr.: General`).
            m.organ = Some(format!("{c} {}", content(i + 1)));
            take(&mut m, i);
            i += 1;
        } else if let Some(d) = distribution(c) {
            if d.is_some() {
                m.distribution = d;
            }
        } else if let Some(date) = date_line(c).filter(|_| !seen_session) {
            m.date.get_or_insert(date);
        } else if language_line(c) || status_line(c) {
        } else if let Some(o) = original(c) {
            m.original_language = Some(o);
        } else if (m.distribution.is_some() || m.date.is_some() || m.symbol.is_some())
            && !seen_session
            && field_words_only(c)
        {
        } else if let Some((n, cut)) = session_line(c)
            .or_else(|| session_line_loose(c).filter(|_| !body_lines.is_empty()))
            .map(|n| (n, 0))
            .or_else(|| cut_session(&content, i))
        {
            // The lines PyMuPDF cut the session's words over, all but the last.
            for _ in 0..cut {
                take(&mut m, i);
                i += 1;
            }
            seen_session = true;
            if !body_lines.is_empty() {
                m.body = Some(body_lines.iter().map(|&b| content(b)).collect::<Vec<_>>().join(" "));
                body_lines.clear();
            }
            let mut session = Session {
                number: Some(n),
                ..Session::default()
            };
            // The dates (and place) of the session on the next line; a special
            // session may last one day (`20 January 2014`).
            let next = content(i + 1);
            let dates = session_dates(next, lang).or_else(|| date_line(next).map(|d| (None, d, d)));
            // Or over two lines, the first ending with the days (PyMuPDF:
            // `،بيروت25-28` / `حزيران/يونيو2018`, a blank line between).
            let over_two = || {
                let after = content(i + 2);
                (next.ends_with(|ch: char| ch.is_ascii_digit()) && !after.is_empty())
                    .then(|| session_dates(&format!("{next} {after}"), lang))
                    .flatten()
            };
            // Or over up to six short lines, a figure or a word a line
            // (PyMuPDF: `بيروت،` / `28` / `-` / `25` / `حزيران/يونيو` / `2018`).
            let over_many = || {
                (3..=6).find_map(|k| {
                    let parts: Vec<&str> = (i + 1..=i + k).map(content).collect();
                    let short = parts.iter().all(|p| !p.is_empty() && p.chars().count() <= 24);
                    short
                        .then(|| session_dates(&parts.join(" "), lang).map(|d| (d, k)))
                        .flatten()
                })
            };
            let (dates, lines_read) = match dates {
                Some(d) => (Some(d), 1),
                None => match over_two() {
                    Some(d) => (Some(d), 2),
                    None => over_many().map_or((None, 0), |(d, k)| (Some(d), k)),
                },
            };
            if let Some((place, start, end)) = dates {
                session.place = place;
                session.start = Some(start);
                session.end = Some(end);
                for _ in 0..lines_read {
                    take(&mut m, i);
                    i += 1;
                }
            }
            m.session.get_or_insert(session);
        } else if let Some((items, cut)) = agenda_line(c).map(|items| (items, 0)).or_else(|| {
            // (And the rest of its line on a third: `البند` / `10` / `من
            // جدول الأعمال المؤقت`, `-raw`.)
            let rest = agenda_rest(content(i + 2)) && !agenda_rest(content(i + 1));
            agenda_over_two(c, content(i + 1)).map(|items| (items, 1 + usize::from(rest)))
        }) {
            // (Its word and its number on two lines, PyMuPDF: `البند` / `3 من
            // جدول الأعمال المؤقت`.)
            for _ in 0..cut {
                take(&mut m, i);
                i += 1;
            }
            // A subsidiary body may give its agenda item with no session
            // (`HUMAN RIGHTS COUNCIL` / `Advisory Committee` / `Agenda item 5`).
            if m.body.is_none() && !body_lines.is_empty() {
                m.body = Some(body_lines.iter().map(|&b| content(b)).collect::<Vec<_>>().join(" "));
                body_lines.clear();
            }
            if m.agenda_items.is_empty() {
                m.agenda_items = items;
            }
            // The agenda item's title: the lines up to a blank line; in the 2009
            // layout, lines in capitals, perhaps after a blank line, up to the first
            // line that is not (the document's own title).
            take(&mut m, i);
            i += 1;
            let caps = i < lines.len() && capitals(content(i));
            let start = i;
            let mut widest = 0;
            let single = m.agenda_items.len() == 1;
            let mut sub_item_read = false;
            let mut ran_into_subtitle = false;
            while i < lines.len()
                && (!lines.get(i).is_some_and(|l| l.blank_before) || (caps && i == start))
                && !body_start(content(i), lang)
                && !cut_body_start(&content, i, lang)
                && !split_number(&content, i)
                && !adopted(content(i))
                && (!caps || capitals(content(i)))
                && draft_intro(lines, &content, i).is_none()
                // A line that repeats one of the items' titles opens the
                // document's (`Proposed programme budget for 2027` /
                // `Programme planning` / `Proposed programme budget for
                // 2027` / `Part IV`, `-raw`).
                && !agenda_title.iter().any(|&k| content(k) == content(i))
            {
                // With no blank line after it, the title of a single agenda item
                // ends at a line well short of the widest before it that does not
                // break off (`… of human rights and fundamental freedoms` / `South
                // Africa:* draft resolution`). Several items' titles follow one
                // another in the same way, so there the blank line decides.
                // A line that says what the document is (`REPORT OF THE 2008
                // SOCIAL FORUM` under `HUMAN RIGHTS BODIES AND MECHANISMS`) is
                // the document's title, not the item's.
                // Under an item with a sub-item (`Item 6 (b) of the provisional
                // agenda`), the second line may be the sub-item's own title
                // (`Programme of work of the Committee …` / `Report on the
                // international workshop …`), when a blank line ends the block
                // there and a title follows.
                // With no blank line (PyMuPDF, `-raw`), a line that does not
                // go on from the first is the sub-item's title when another
                // title follows it that is not a subtitle (`Abridged report on
                // the international workshop on`).
                let another_title = || {
                    let mut j = i + 1;
                    while j < lines.len() && goes_on(content(j - 1), content(j)) {
                        j += 1;
                    }
                    j < lines.len()
                        && !lines.get(j).is_some_and(|l| l.blank_before)
                        && !subtitle_start(content(j))
                        && !body_start(content(j), lang)
                };
                let sub_item_title = i == start + 1
                    && m.agenda_items.iter().any(|item| item.contains('('))
                    && ((lines.get(i + 1).is_some_and(|l| l.blank_before) && !body_start(content(i + 1), lang))
                        || (!breaks_off(content(i - 1), content(i)) && another_title()));
                if i > start && subtitle_start(content(i)) && !breaks_off(content(i - 1), content(i)) && !sub_item_title
                {
                    ran_into_subtitle = true;
                    break;
                }
                // The sub-item's title read, the next title is the document's.
                if sub_item_read && !breaks_off(content(i - 1), content(i)) {
                    break;
                }
                sub_item_read |= sub_item_title;
                if single && i > start + 1 {
                    let prev = content(i - 1);
                    // (A line of one word was cut, not set short.)
                    if !breaks_off(prev, content(i)) && !one_word(prev) && prev.chars().count() * 10 < widest * 7 {
                        break;
                    }
                }
                widest = widest.max(content(i).chars().count());
                take(&mut m, i);
                agenda_title.push(i);
                i += 1;
            }
            // Read up to a subtitle with no blank line, the item's title may
            // hold the document's: it gives those lines back.
            let tight = agenda_title
                .iter()
                .skip(1)
                .all(|&k| !lines.get(k).is_some_and(|l| l.blank_before));
            if ran_into_subtitle && tight && agenda_title.len() >= 2 && m.draft.is_none() {
                let titles: Vec<&str> = agenda_title.iter().map(|&k| content(k)).collect();
                // A summary's heading comes under the document's title, never
                // right under an item's: where every line wrapped, all were
                // the document's title (`-raw`: `التحضيرات الجارية للدورة` /
                // `الثلاثين` / `للإسكوا` / `موجـز`).
                let summary_next = summary_line(content(i));
                if let Some(end) = item_title_end(&titles).or(summary_next.then_some(0)) {
                    let given_back = agenda_title.split_off(end);
                    m.furniture.truncate(m.furniture.len().saturating_sub(given_back.len()));
                    i = given_back.first().copied().unwrap_or(i);
                }
            }
            // One line read, then a subtitle with the body right under it
            // (PyMuPDF: `3 من جدول الأعمال المؤقت` / `تنظيم الأعمال` / `مذكرة
            // من الأمانة التنفيذية` / `1` / `-`): no line is left for the
            // document's title, so that line was it.
            let body_after_subtitle = || {
                lines.get(i + 1).is_some_and(|l| !l.blank_before)
                    && (body_start(content(i + 1), lang)
                        || cut_body_start(&content, i + 1, lang)
                        || split_number(&content, i + 1))
            };
            if ran_into_subtitle
                && agenda_title.len() == 1
                && !lines.get(i).is_some_and(|l| l.blank_before)
                && m.draft.is_none()
                && body_after_subtitle()
            {
                let given_back = agenda_title.split_off(0);
                m.furniture.truncate(m.furniture.len().saturating_sub(given_back.len()));
                i = given_back.first().copied().unwrap_or(i);
            }
            // Read up to the body's start with no blank line, the lines were
            // the document's title (PyMuPDF: `البند3 من جدول الأعمال المؤقت`
            // / `جدول الأعمال المؤقت` / `والشروح` / `ألف-  اجتماع…`).
            let ran_into_body = i < lines.len()
                && (body_start(content(i), lang) || cut_body_start(&content, i, lang) || split_number(&content, i))
                && !lines.get(i).is_some_and(|l| l.blank_before);
            if ran_into_body && tight && !agenda_title.is_empty() && m.draft.is_none() {
                let given_back = agenda_title.split_off(0);
                m.furniture.truncate(m.furniture.len().saturating_sub(given_back.len()));
                i = given_back.first().copied().unwrap_or(i);
            }
            // A joint document goes on with the session and agenda item of its
            // second body (`Commission on the Status of Women` / `Sixty-second
            // session` / `Item 3 (c) of the provisional agenda`).
            if session_line(content(i)).is_some() {
                continue;
            }
            break;
        } else if seen_session
            && m.agenda_items.is_empty()
            && c.chars().count() < 60
            && c.chars().next().is_some_and(char::is_uppercase)
            && (i + 1..i + 3).any(|j| agenda_line(content(j)).is_some())
        {
            // The committee between the session and the agenda item
            // (`Fifty-sixth session` / `Third Committee` / `Agenda item 119 (b)`).
            m.body.get_or_insert_with(|| c.to_owned());
        } else if seen_session
            && m.agenda_items.is_empty()
            && c.chars().count() < 60
            && (i + 1..i + 4).any(|j| {
                // A session line of its own (`Fourth session`), not the end of a
                // title (`Report of the Human Rights Council on its` / `twentieth
                // special session`).
                session_line(content(j)).is_some()
                    && content(j).starts_with(char::is_uppercase)
                    && !breaks_off(content(j - 1), content(j))
                    && (i + 1..=j).all(|k| lines.get(k).is_some_and(|l| !l.blank_before))
            })
        {
            // A subsidiary body with its own session, under the Council's
            // (`Eighth session` / `Working Group on the Right to Development` /
            // `High-level task force on the implementation` / `of the right to
            // development` / `Fourth session`): read on to its session.
        } else if !seen_session && !body_lines.is_empty() && dates_line(c, lang) {
            // A conference gives its place and dates under its name, with no
            // session line (`2025 United Nations Conference to Support …` /
            // `Nice, France, 9–13 June 2025` / `Agenda item 11`).
            if let Some((place, start, end)) = line_dates(c, lang) {
                seen_session = true;
                m.body = Some(join_lines(body_lines.iter().map(|&b| content(b))));
                body_lines.clear();
                m.session.get_or_insert(Session {
                    place,
                    start: Some(start),
                    end: Some(end),
                    ..Session::default()
                });
            }
        } else if boxes
            && body_lines.is_empty()
            && m.body.is_none()
            && !seen_session
            && names_body(c)
            && boxes_agenda.is_some_and(|j| j > i && j < i + 16)
        {
            // Among pdfminer's boxes, the body's name, its organ's name and
            // its session's place and dates scattered in boxes after it up
            // to the agenda item: the name, the boxes passed over below.
            body_lines.push(i);
        } else if boxes
            && !body_lines.is_empty()
            && c.chars().count() <= 24
            && c.split_whitespace().count() <= 2
            && boxes_agenda.is_some_and(|j| j > i && j < i + 12)
        {
            // Among pdfminer's scattered boxes, the pieces under the body's
            // name that no rule put together (`2017`, `التنفيذية`, `13-14،`)
            // are passed over up to the agenda item.
        } else if !seen_session
            && m.body.is_none()
            && (m.distribution.is_some() || m.organ.is_some() || m.date.is_some() || m.original_language.is_some())
            && !body_start(c, lang)
            // A line that says what the document is (`تقريـر` over the
            // workshop's name and its dates) opens the title, not a body's name.
            && !subtitle_start(c)
            // Four lines at most, not counting lines of one word (`-raw`
            // may set a name a word a line: `اللجنة` / `التنفيذية`).
            && body_lines.iter().filter(|&&b| !one_word(content(b))).count() < 4
            && body_lines.len() < 10
            && (i + 1..words_on(&content, i + 1, 4)).any(|j| {
                session_line_loose(content(j)).is_some()
                    || cut_session(&content, j).is_some()
                    || agenda_line(content(j)).is_some()
                    || agenda_over_two(content(j), content(j + 1)).is_some()
                    || line_dates(content(j), lang).is_some_and(|d| d.0.is_some())
            })
        {
            body_lines.push(i);
        } else if i < 3 && m.organ.is_none() && m.symbol.is_none() && m.distribution.is_none() && m.date.is_none() {
            // A stray line above the masthead (`ope6`, `1` / `0`: marks of the
            // PDF's making) is passed over.
        } else {
            break;
        }
        take(&mut m, i);
        i += 1;
    }
    // Title, then subtitle.
    // A title or subtitle: lines up to a blank line, a star, a line naming people
    // (`Chair-Rapporteur: …`), or a line that opens a subtitle (`Note by the
    // Secretariat`, `Report of the Special Rapporteur …`). With `short`, a line
    // goes on only where the one before breaks off (`… in` / `Cambodia`).
    let chunk = |from: usize, short: bool| -> (Vec<usize>, usize) {
        let mut taken: Vec<usize> = Vec::new();
        let mut widest = 0;
        let mut j = from;
        while j < lines.len() && taken.len() < if short { 5 } else { 8 } {
            let c = content(j);
            // A word cut at the line's end is read whole (PyMuPDF: `ﻣﻭﺟ` /
            // `ﺯـ`, the summary's heading).
            let whole = || cut_body_start(&content, j, lang);
            // An Arabic paragraph's number PyMuPDF set over its hyphen (`1` /
            // `-`, the number `-1`) opens the body.
            // `The Executive Board` over `1.`: a formula with no comma; `The
            // Economic and Social Council, recalling …`: a formula in a sentence.
            if body_start(c, lang)
                || whole()
                || split_number(&content, j)
                || (super::deliberation::formula_like(c, lang)
                    && numbered(content(j + 1)).is_some_and(|n| n.with_period))
                || super::deliberation::formula_opening(c, lang)
            {
                break;
            }
            if let Some(prev) = taken.last().map(|&t| content(t)) {
                let width = prev.chars().count();
                // A line that breaks off goes on, whatever the next one looks like.
                // A blank line ends it, unless the line before ends with a
                // function word (`… on the Granting of` / blank /
                // `Independence to Colonial Countries …`, pdfminer).
                if lines.get(j).is_some_and(|l| l.blank_before)
                    && !ends_with_function_word(prev)
                    && !opens_with_arabic_preposition(c)
                    || (!breaks_off(prev, c)
                        && ((short && !wrapped(prev, c))
                            || role_line(c)
                            // `Part IV` under a fascicle's title opens its part.
                            || super::starts::part_heading(c, lang)
                            || subtitle_start(c)
                            // The session's dates under a title (`Rapport sur
                            // la trentième session` / `25-28 juin 2018`).
                            || dates_line(c, lang)
                            // A line well short of the widest before it was not
                            // wrapped: the title ended there.
                            || (taken.len() >= 2 && width * 10 < widest * 7)
                            // A first line too short to have wrapped (`Draft
                            // report` / `Organization of the session`,
                            // `Slovenia` / `Compilation of information …`).
                            || (taken.len() == 1 && width <= 20)
                            // `Report of the Special Rapporteur on …, Farida Shaheed`:
                            // the name of the mandate holder closes a title.
                            || ends_with_name(prev)))
                {
                    break;
                }
            }
            widest = widest.max(c.chars().count());
            taken.push(j);
            j += 1;
            if c.ends_with(STARS) && !stars_only(c) {
                break;
            }
        }
        (taken, j)
    };
    let reversed_pairs = lang.code == "ar" && (0..i.min(lines.len())).any(|k| arabic::reverses_lam_alef(content(k)));
    let join = |ls: &[usize]| -> String {
        let raw = join_lines(ls.iter().map(|&l| content(l)).filter(|c| !stars_only(c)));
        // Stars call footnotes wherever they stand (`Written statement* submitted
        // by …`); they are not part of the title.
        let unstarred = if raw.contains(STARS) {
            raw.replace(STARS, "")
        } else {
            raw
        };
        let joined = rehyphenate(unstarred.trim_end_matches([',', ' ']).trim().to_owned());
        // Arabic as a reader types it: base letters, lam-alef pairs set right
        // (after the preposition `ل` too where the masthead shows its text
        // layer reverses them).
        if arabic::has_arabic(&joined) {
            if reversed_pairs {
                arabic::readable_reversed(&joined)
            } else {
                arabic::readable(&joined)
            }
        } else {
            joined
        }
    };
    // `Resolution 2774 (2025)` / `Adopted by the Security Council at its …`:
    // a resolution's heading and no title; the line under it says what the
    // document is. Both stay in the body.
    if crate::block::starts::deliberation_heading(content(i), lang).is_some() {
        // The lines up to the formula, blank lines or not.
        let sub: Vec<usize> = (i + 1..lines.len().min(i + 5))
            .take_while(|&k| !body_start(content(k), lang))
            .collect();
        if sub
            .first()
            .is_some_and(|&l| crate::block::starts::adoption_line(content(l), lang))
        {
            m.subtitle = Some(join(&sub)).filter(|t| !t.is_empty());
        }
        m.consumed = (0..i.min(lines.len())).collect();
        return Some(m);
    }
    let adopted_text = adopted(content(i));

    // A draft says what it is before its title (`South Africa:* draft resolution`
    // / `The right to development`), perhaps under the name of the body that
    // submits it (`Special Committee on …` / `Draft resolution submitted by the Chair`).
    let mut intro = if adopted_text {
        None
    } else {
        draft_intro(lines, &content, i)
    };
    if intro.is_none() && !adopted_text {
        let (lead, next) = chunk(i, false);
        if let Some(found) = (!lead.is_empty()).then(|| draft_intro(lines, &content, next)).flatten() {
            if m.body.is_none() {
                m.body = Some(join(&lead));
            }
            for &t in &lead {
                take(&mut m, t);
            }
            i = next;
            intro = Some(found);
        }
    }
    let draft = intro.is_some();
    if let Some((end, d)) = intro {
        let read: Vec<usize> = (i..end).collect();
        m.subtitle = Some(join(&read));
        for &t in &read {
            take(&mut m, t);
        }
        i = end;
        m.draft = Some(d);
    }
    // Takes the lines read, then any lines of stars after them; where the
    // masthead goes on.
    let take_all = |m: &mut Masthead, taken: &[usize], next: usize| {
        for &t in taken {
            take(m, t);
        }
        let mut i = next;
        while i < lines.len() && stars_only(content(i)) {
            take(m, i);
            i += 1;
        }
        i
    };
    // A line alone that names a body (`Human Rights Committee`, `Committee
    // against Torture`), or such a name wrapped over a line or two that go
    // on in small letters or after a line that breaks off (`Commission
    // économique et sociale` / `pour l’Asie occidentale`), above a title
    // that a blank line or the opening of a report (`Rapport sur la
    // trentième session`) sets apart, where no session or agenda item
    // says more: the body that issues the document, not its title.
    if m.body.is_none() && !seen_session_or_item(&m) && !draft {
        let (mut first, mut after) = chunk(i, false);
        // The body's short name alone above its name (`الإسكوا` / `اللجنة
        // الاقتصادية والاجتماعية لغربي آسيا (الإسكوا)`), a blank line between
        // them or not, goes with it.
        let short_name =
            matches!(first.as_slice(), [only] if !content(*only).trim().contains(' ')) && names_body(content(after));
        if short_name {
            let (name, next) = chunk(after, false);
            first.extend(name);
            after = next;
        }
        let wrapped_name = first.len() <= 3
            && (short_name || first.first().is_some_and(|&l| names_body(content(l))))
            && first.windows(2).skip(usize::from(short_name)).all(|w| {
                let (prev, next) = (
                    w.first().map_or("", |&l| content(l)),
                    w.get(1).map_or("", |&l| content(l)),
                );
                next.starts_with(char::is_lowercase) || breaks_off(prev, next)
            });
        let set_apart = lines.get(after).is_some_and(|l| l.blank_before) || subtitle_start(content(after));
        // With no blank line (`-raw`), a short name alone whose next line
        // neither goes on from it nor wraps it (`Human Rights Committee` /
        // `Decision adopted by the Committee under the Optional`), where a
        // title of two lines or more follows.
        let name_alone = match first.as_slice() {
            [name, next, _, ..] if !short_name => {
                let (name, next) = (content(*name), content(*next));
                names_body(name) && !breaks_off(name, next) && !wrapped(name, next) && next.len() > name.len()
            }
            _ => false,
        };
        if wrapped_name && set_apart && !chunk(after, false).0.is_empty() {
            m.body = Some(join(&first));
            for &l in &first {
                take(&mut m, l);
            }
            i = after;
        } else if name_alone {
            if let Some(&name) = first.first() {
                m.body = Some(join(&[name]));
                take(&mut m, name);
                i = name + 1;
            }
        }
    }
    let (title, next) = chunk(i, false);
    // A sentence that ends with a colon (`The Commission … recommends … the
    // adoption of the following draft resolution:`) introduces the body.
    // An amendment's first instruction likewise (`After preambular paragraph
    // 2, insert a new preambular paragraph:` / `“Reaffirming …”`): a Security
    // Council amendment prints no title.
    let amendment = m.draft.as_ref().is_some_and(|d| d.amendment);
    let introduces = title.last().is_some_and(|&l| content(l).trim_end().ends_with(':'))
        || (amendment && title.first().is_some_and(|&l| content(l).trim_end().ends_with(':')))
        || (title.is_empty()
            && super::deliberation::formula_opening(content(i), lang)
            && (i..lines.len().min(i + 4))
                .find(|&k| content(k).trim_end().ends_with([':', '.', ';']))
                .is_some_and(|k| content(k).trim_end().ends_with(':')));
    if draft && title.is_empty() && !introduces && !agenda_title.is_empty() {
        // A draft with no title of its own bears its agenda item's.
        m.title = Some(join(&agenda_title)).filter(|t| !t.is_empty());
    } else if !title.is_empty() && !adopted_text && !introduces {
        let joined = join(&title);
        m.title = Some(if draft { without_draft_number(joined) } else { joined }).filter(|t| !t.is_empty());
        i = take_all(&mut m, &title, next);
        // The session's dates under the title of its report (`Rapport sur la
        // trentième session` / `25-28 juin 2018`), or under its subtitle.
        let dates_under = |m: &mut Masthead, i: usize| -> usize {
            if draft || m.session.is_some() || lines.get(i).is_some_and(|l| l.blank_before) {
                return i;
            }
            let Some((place, start, end)) = line_dates(content(i), lang) else {
                return i;
            };
            let named = [m.title.as_deref(), m.subtitle.as_deref()];
            m.session = Some(Session {
                number: named.into_iter().flatten().find_map(session_named),
                place,
                start: Some(start),
                end: Some(end),
            });
            take(m, i);
            i + 1
        };
        i = dates_under(&mut m, i);
        let (sub, next) = if draft { (Vec::new(), i) } else { chunk(i, true) };
        let starts_footnote = content(i).starts_with('*');
        // `Vice-President and Rapporteur: Mr. …` names people, not the document.
        let names_people = role_line(content(i));
        // A subtitle is a name, not a sentence: one that ends with a full stop is
        // the body's first paragraph.
        let sentence = sub.last().is_some_and(|&l| content(l).ends_with('.'));
        // Nor is the label of a field whose value follows (`Communication
        // submitted by:` / `C`, a treaty body's decision).
        // Nor a field with its value, a number (`Documents officiels : 2018`)
        // or set in a column of its own (`Communication submitted by:` and a
        // wide gap, `-layout`'s).
        let value_of = |l: usize| content(l).rsplit_once(':').map(|(_, value)| value);
        let field_label = (sub.len() == 1
            && sub
                .first()
                .and_then(|&l| value_of(l))
                .is_some_and(|v| v.trim().bytes().all(|b| b.is_ascii_digit())))
            || (!sub.is_empty() && sub.iter().all(|&l| value_of(l).is_some_and(|v| v.starts_with("   "))));
        // Nor a part's heading (`Part IV`, a budget fascicle's).
        let part = sub
            .first()
            .is_some_and(|&l| super::starts::part_heading(content(l), lang));
        // Nor a line with no letter (pdfminer's box `)`, a bracket of the
        // heading under it).
        let lettered = sub.iter().any(|&l| content(l).chars().any(char::is_alphabetic));
        if !sub.is_empty()
            && sub.len() <= 4
            && lettered
            && !sentence
            && !starts_footnote
            && !names_people
            && !field_label
            && !part
        {
            m.subtitle = Some(join(&sub)).filter(|t| !t.is_empty());
            i = take_all(&mut m, &sub, next);
            i = dates_under(&mut m, i);
        }
    } else if adopted_text && !title.is_empty() {
        // `Resolution adopted by the General Assembly on … [… (A/73/L.3)]` says what
        // the document is; it stays in the body too, for the draft it cites.
        m.subtitle = Some(join(&title));
    }
    m.consumed = (0..i.min(lines.len())).collect();
    Some(m)
}

/// The number of the session a title names (`Rapport sur la trentième
/// session`, `Report of the Council on its forty-third session`): the
/// ordinal of one to three words before a word for session.
fn session_named(title: &str) -> Option<u32> {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let w = w.trim_end_matches([',', '.', ';']).to_lowercase();
        if !any_lang(|lang| lang.session.contains(&w.as_str())) {
            return None;
        }
        (1..=3.min(k)).find_map(|n| session_line(&words.get(k - n..=k)?.join(" ")))
    })
}

/// A line that is only a date or the dates of a session (`25-28 juin 2018`,
/// `Nice, France, 9–13 June 2025`, `31 October 2018`).
fn dates_line(c: &str, lang: &Lang) -> bool {
    let c = c.trim();
    dates_shaped(c) && (date_line(c).is_some() || line_dates(c, lang).is_some())
}

/// The cheap test of [`dates_line`]: a short line that ends with a number.
fn dates_shaped(c: &str) -> bool {
    c.ends_with(|ch: char| ch.is_ascii_digit()) && c.split_whitespace().count() <= 8
}

/// The place and dates of a line that is only a session's dates
/// ([`session_dates`]), where the place is a name (`Nice, France`), not a
/// phrase (`Replies received, 1 February to 30 April 2017`).
fn line_dates(c: &str, lang: &Lang) -> Option<(Option<String>, NaiveDate, NaiveDate)> {
    let c = c.trim();
    if !dates_shaped(c) {
        return None;
    }
    session_dates(c, lang).filter(|(place, _, _)| {
        place
            .as_deref()
            .is_none_or(|p| p.split_whitespace().all(|w| !w.starts_with(char::is_lowercase)))
    })
}

/// `25 February–22 March 2019`, `Genève, 8-19 février 2010`, `4–15 ноября 2019 года`.
fn session_dates(c: &str, lang: &Lang) -> Option<(Option<String>, NaiveDate, NaiveDate)> {
    // Arabic: direction marks out, the Arabic comma read as a comma
    // (`بيروت 25-28 ،حزيران/يونيو 2018`, the comma set before the month).
    let cleaned;
    let c = if arabic::has_arabic(c) {
        cleaned = arabic_spaced(c).replace('،', ",");
        cleaned.as_str()
    } else {
        c
    };
    // The place may hold a comma of its own (`Nice, France, 9–13 June 2025`);
    // where the comma strayed, the place is the words before the first
    // number (`بيروت 25-28`).
    let (place, dates) = match c.rsplit_once(", ") {
        Some((p, d)) if !p.chars().any(|ch| ch.is_ascii_digit()) => (Some(p.trim().to_owned()), d),
        _ => match c.find(|ch: char| ch.is_ascii_digit()) {
            Some(at) if (1..=3).contains(&c.get(..at).unwrap_or("").split_whitespace().count()) => {
                // (PyMuPDF may set the Arabic comma before the place: `،بيروت`.)
                let p = c.get(..at).unwrap_or("").trim().trim_matches(',');
                let name = p.chars().all(|ch| ch.is_alphabetic() || ch == ' ');
                (
                    name.then(|| p.to_owned()),
                    if name { c.get(at..).unwrap_or(c) } else { c },
                )
            }
            _ => (None, c),
        },
    };
    let place = place.filter(|p| !p.is_empty());
    let place = place.map(|p| {
        if arabic::has_arabic(&p) {
            arabic::readable(&p)
        } else {
            p
        }
    });
    let normalised = dates.replace(['–', '—', '-', '−'], " – ");
    let session = ALL
        .iter()
        .chain(std::iter::once(&lang))
        .find_map(|l| super::session::date_range_in(&normalised, l))?;
    Some((place, session.0, session.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organization_with_its_series_letter_and_in_raw_order() {
        assert!(is_organization("United Nations"));
        assert!(
            is_organization("E الأمم المتحدة"),
            "the series letter on the name's line"
        );
        assert!(
            is_organization("E \u{202b}المتحدة\u{202c} \u{202b}األمم\u{202c}"),
            "-raw: the last word first"
        );
        assert!(is_organization("E United Nations"));
        assert!(!is_organization("E المتحدة"), "half the name");
        assert!(!is_organization("EU United Nations"), "a word, no letter");
        assert!(!is_organization("Nations United"), "only Arabic words are reversed");
    }

    #[test]
    fn agenda_items_keep_their_sub_items() {
        assert_eq!(agenda_line("Agenda item 119 (b)"), Some(vec!["119 (b)".to_owned()]));
        assert_eq!(agenda_line("Agenda item 3(c)"), Some(vec!["3 (c)".to_owned()]));
        assert_eq!(
            agenda_line("Agenda items 14 (a) and (b)"),
            Some(vec!["14 (a)".to_owned(), "14 (b)".to_owned()])
        );
        assert_eq!(
            agenda_line("Agenda item 3 (b) (iii)"),
            Some(vec!["3 (b) (iii)".to_owned()])
        );
        assert_eq!(
            agenda_line("Agenda items 2 and 10"),
            Some(vec!["2".to_owned(), "10".to_owned()])
        );
        assert_eq!(agenda_line("Point 6 de l’ordre du jour"), Some(vec!["6".to_owned()]));
        assert_eq!(
            agenda_line("Agenda item 7 (Human rights)"),
            Some(vec!["7".to_owned()]),
            "words are no sub-item"
        );
    }

    #[test]
    fn arabic_agenda_items_and_sessions() {
        // Direction marks around the number, the number glued to the word
        // after it; in base letters and in glyph forms.
        let item = "\u{202b}البند \u{202a} 3\u{202c}من جدول األعمال المؤقت\u{202c}";
        assert_eq!(agenda_line(item), Some(vec!["3".to_owned()]));
        let item = "\u{202b}ﺍﻟﺒﻨﺪ \u{202a} 10\u{202c}ﻣﻦ ﺟﺪﻭﻝ ﺍﻷﻋﻤﺎﻝ ﺍﻟﻤﺆﻗﺖ\u{202c}";
        assert_eq!(agenda_line(item), Some(vec!["10".to_owned()]));
        assert_eq!(agenda_line("البنود"), None);
        assert_eq!(session_line("\u{202b}ﺍﻟﺪﻭﺭﺓ ﺍﻟﺜﻼﺛﻮﻥ\u{202c}"), Some(30));
        assert_eq!(session_line("الدورة الحادية والثلاثون"), Some(31));
        assert_eq!(
            session_line("تقرير الدورة الثلاثين"),
            None,
            "a title that names a session"
        );
        // The comma set before the month, two names of each month.
        let dates = "بيروت\u{202a} 25-28 ،\u{202c}حزيران\u{202a}/\u{202c}يونيو \u{202a}2018\u{202c}";
        let (place, start, end) = session_dates(dates, &crate::lang::ar::AR).expect("dates");
        assert_eq!(place.as_deref(), Some("بيروت"));
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2018-06-25".to_owned(), "2018-06-28".to_owned())
        );
        let dates = "تونس\u{202a} 27 ،\u{202c}تموز\u{202a}/\u{202c}يوليو – \u{202a} 1\u{202c}آب\u{202a}/\u{202c}أغسطس \u{202a}2015\u{202c}";
        let (place, start, end) = session_dates(dates, &crate::lang::ar::AR).expect("dates");
        assert_eq!(place.as_deref(), Some("تونس"));
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2015-07-27".to_owned(), "2015-08-01".to_owned())
        );
    }

    #[test]
    fn sponsors_are_split_at_commas_and_the_last_and() {
        let d = sponsors_form("Azerbaijan,* Bangladesh, Philippines,* Samoa* and Viet Nam: draft resolution");
        assert_eq!(
            d.map(|d| (d.kind, d.amendment, d.sponsors)),
            Some((
                plenary_model::DeliberationKind::Resolution,
                false,
                vec![
                    "Azerbaijan".to_owned(),
                    "Bangladesh".to_owned(),
                    "Philippines".to_owned(),
                    "Samoa".to_owned(),
                    "Viet Nam".to_owned()
                ]
            ))
        );
        let d = sponsors_form("Jamaica and Trinidad and Tobago: draft decision");
        assert_eq!(
            d.map(|d| (d.kind, d.sponsors)),
            Some((
                plenary_model::DeliberationKind::Decision,
                vec!["Jamaica".to_owned(), "Trinidad and Tobago".to_owned()]
            )),
            "a State's name that holds `and` stays whole"
        );
        let d = sponsors_form("Cameroun et Sénégal : projet de résolution");
        assert_eq!(
            d.map(|d| d.sponsors),
            Some(vec!["Cameroun".to_owned(), "Sénégal".to_owned()])
        );
        assert_eq!(
            sponsors_form("Follow-up to the World Summit: review of relevant plans"),
            None,
            "a title with a colon"
        );
    }

    #[test]
    fn an_amendment_names_the_draft_it_amends() {
        let d = sponsors_form("Cuba: amendment to draft resolution A/C.3/78/L.41");
        assert_eq!(
            d.map(|d| (d.amendment, d.sponsors, d.amends)),
            Some((true, vec!["Cuba".to_owned()], Some("A/C.3/78/L.41".to_owned())))
        );
        let d = sponsors_form("Belarus and Nicaragua: amendments to draft resolution A/C.3/77/L.39/Rev.1");
        assert_eq!(d.and_then(|d| d.amends), Some("A/C.3/77/L.39/Rev.1".to_owned()));
    }

    #[test]
    fn a_submitter_is_cut_before_the_basis_of_the_draft() {
        let d = submitter_form(
            "Draft resolution submitted by the Vice-Chair of the Commission, AlMaha Mubarak Al-Thani (Qatar), on the basis of informal consultations",
        );
        assert_eq!(
            d.map(|d| d.sponsors),
            Some(vec![
                "the Vice-Chair of the Commission, AlMaha Mubarak Al-Thani (Qatar)".to_owned()
            ])
        );
        let d = submitter_form("Draft decision submitted to the Executive Board");
        assert_eq!(
            d.map(|d| (d.kind, d.sponsors)),
            Some((plenary_model::DeliberationKind::Decision, Vec::new()))
        );
        assert_eq!(submitter_form("Report of the Secretary-General"), None);
    }

    #[test]
    fn a_draft_title_drops_its_placeholder_number() {
        assert_eq!(
            without_draft_number("59/… Human rights and climate change".to_owned()),
            "Human rights and climate change"
        );
        assert_eq!(without_draft_number("80/... Oceans".to_owned()), "Oceans");
        assert_eq!(
            without_draft_number("2030 Agenda for Sustainable Development".to_owned()),
            "2030 Agenda for Sustainable Development"
        );
    }

    #[test]
    fn a_session_line_pymupdf_cut_over_lines() {
        let lines = ["ا لدورة", "الثالثو", "ن ", "بيروت، "];
        let content = |k: usize| lines.get(k).copied().unwrap_or("");
        assert_eq!(cut_session(&content, 0), Some((30, 2)));
        assert_eq!(cut_session(&content, 3), None);
        // Not `الثالث` (the third), the first two lines' reading.
        let lines = ["ا لدورة", "الثالث", "و", "ن", "بيروت، "];
        let content = |k: usize| lines.get(k).copied().unwrap_or("");
        assert_eq!(cut_session(&content, 0), Some((30, 3)));
        let lines = ["ا لدورة", "الثالث", "ون ", "بيروت ،"];
        let content = |k: usize| lines.get(k).copied().unwrap_or("");
        assert_eq!(cut_session(&content, 0), Some((30, 2)));
    }
}

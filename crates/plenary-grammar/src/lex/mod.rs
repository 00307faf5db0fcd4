//! Lexing: each body line of the canonical line stream classified once.
//!
//! The layout pass ([`crate::layout`]) hands over the body lines; the lexer
//! reads each one once, with the recognisers of [`crate::block::starts`],
//! [`crate::block::treaty`] and the language tables, and records what the
//! line could open as a [`Token`]: its [`Head`] (what its first bytes are:
//! a paragraph number, a list label, a heading label, a resolution's number)
//! and its [`Flags`] (how it ends, how it starts, which construct's opening
//! words it carries). The block grammar ([`crate::block`]) then decides
//! with context alone (the expected paragraph number, the enclosing
//! resolution) and never runs a recogniser on the text again.
//!
//! # Grammar
//! ```text
//! token = head { flag } ;
//! head  = numbered | list-label | labelled | deliberation-heading
//!       | deliberation-number | text ;
//! ```
//!
//! # Examples (CTOC/COP/2012/15)
//! ```text
//! 12. Décide que …            numbered 12, text at 4
//! a) Ouverture de la session  list label a
//!  II. Organisation de la session    labelled II (a chapter or section, by context)
//! Résolution 6/1              deliberation heading, resolution 6/1
//! Rappelant sa résolution …,  text, preambular opener, ends with a comma
//! ```
//!
//! # Model
//! None: tokens live only inside the grammar.
//!
//! # Diagnostics
//! None: a line is always some token (`text` at worst).

use crate::block::starts::{self, ListLabel, Numbered};
use crate::block::{treaty, vote};
use crate::lang::Lang;

/// What a line's first bytes are. Offsets are byte offsets into the line's
/// trimmed content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// Running text, a heading without a label, anything else.
    Text,
    /// `12. text`, `4.` alone, `10 Les articles` (see [`starts::numbered`]).
    Numbered {
        /// The number.
        num: u32,
        /// Length of the number as printed (`12.` is 3).
        printed: u32,
        /// Where the text after it starts.
        text_at: u32,
        /// False when the period is missing.
        with_period: bool,
    },
    /// `a) text`, `(iv) text` (see [`starts::list_label`]).
    Label {
        /// Length of the label as printed (`(iv)` is 4).
        printed: u32,
        /// Where the label's letters start (after `(`).
        value_at: u32,
        /// Length of the letters.
        value_len: u32,
        /// Where the text after it starts.
        text_at: u32,
    },
    /// `IV. title`, `A. title`, `I.` alone (see [`starts::labelled_heading`]).
    Labelled {
        /// Length of the label without its period.
        label_len: u32,
        /// Where the title starts.
        text_at: u32,
    },
    /// `Résolution 6/1`, `Decision 59/112` (see [`starts::deliberation_heading`]).
    DeliberationHeading {
        /// Resolution or decision.
        kind: plenary_model::DeliberationKind,
        /// Where the number starts.
        number_at: u32,
        /// Length of the number.
        number_len: u32,
    },
    /// `14/3`, `73/8.`, `48/246. Financing of …`: a number a resolution or
    /// decision may open with (whether one does depends on what follows).
    DeliberationNumber {
        /// Length of the number, without its period.
        number_len: u32,
        /// Where the title starts on the line (the content length when none).
        title_at: u32,
    },
}

/// Properties of a line, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags(u32);

impl Flags {
    /// Blank lines stand before it.
    pub const BLANK_BEFORE: u32 = 1;
    /// Furniture or footnotes stand before it.
    pub const REMOVED_BEFORE: u32 = 1 << 1;
    /// Ends a sentence or clause (`.`, `;`, `:`, `!`, `?`; [`starts::ends_clause`]).
    pub const ENDS_CLAUSE: u32 = 1 << 2;
    /// Ends with a comma.
    pub const ENDS_COMMA: u32 = 1 << 3;
    /// Ends with a colon.
    pub const ENDS_COLON: u32 = 1 << 4;
    /// Ends with `]`.
    pub const ENDS_BRACKET: u32 = 1 << 5;
    /// Starts with a lower-case letter.
    pub const STARTS_LOWER: u32 = 1 << 6;
    /// Starts with an upper-case letter.
    pub const STARTS_UPPER: u32 = 1 << 7;
    /// Holds a letter or digit.
    pub const ALPHANUMERIC: u32 = 1 << 8;
    /// A part heading (`Part One`, `Première partie`).
    pub const PART: u32 = 1 << 9;
    /// The heading of a table of contents (`Contents`).
    pub const CONTENTS: u32 = 1 << 10;
    /// An enacting formula (`The General Assembly,`).
    pub const FORMULA: u32 = 1 << 11;
    /// Opens with a preambular word (`Recalling`, `Rappelant`).
    pub const PREAMBULAR: u32 = 1 << 12;
    /// A meeting line (`10th meeting`, `34e séance`).
    pub const MEETING: u32 = 1 << 13;
    /// An officer line (`Président:   Name (Country)`, or a name and country alone).
    pub const OFFICER: u32 = 1 << 14;
    /// An officer line with its role.
    pub const OFFICER_ROLE: u32 = 1 << 15;
    /// An article heading alone on its line (`Article 5`, `第五条`).
    pub const ARTICLE: u32 = 1 << 16;
    /// May be a chapter heading with its word (`Chapter I`, `第一章`).
    pub const WORD_CHAPTER: u32 = 1 << 17;
    /// Opens with a quotation mark.
    pub const QUOTE_OPEN: u32 = 1 << 18;
    /// Holds `, `.
    pub const INNER_COMMA: u32 = 1 << 19;
    /// Holds a dot leader (`.....`).
    pub const LEADER: u32 = 1 << 20;
    /// Opens a vote record (`[Adopted without a vote.]`).
    pub const VOTE_OPEN: u32 = 1 << 21;
    /// Ends with `]` once trailing spaces are dropped (closes a vote record).
    pub const CLOSES_BRACKET: u32 = 1 << 22;
    /// Opens a formula inside quotation marks (`“The Human Rights Council,`).
    pub const QUOTED_FORMULA: u32 = 1 << 23;
    /// A line of a table of contents ([`starts::toc_line`]).
    pub const TOC_LINE: u32 = 1 << 24;
    /// Ends with a quotation mark after trailing punctuation (`”.`, `»;`): closes a quotation.
    pub const CLOSES_QUOTE: u32 = 1 << 25;
    /// Opens with an operative verb and goes on (`Decides that`, `Encourages
    /// States`; [`crate::lang::Lang::operative`]).
    pub const OPERATIVE: u32 = 1 << 26;

    /// True when every bit of `bits` is set.
    #[must_use]
    pub fn has(self, bits: u32) -> bool {
        self.0 & bits == bits
    }

    /// Sets `bits`.
    pub fn set(&mut self, bits: u32) {
        self.0 |= bits;
    }

    /// Clears `bits`.
    pub fn clear(&mut self, bits: u32) {
        self.0 &= !bits;
    }
}

/// One body line, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start of the line's trimmed content (byte offset into the input).
    pub start: u32,
    /// End of the line's trimmed content.
    pub end: u32,
    /// What its first bytes are.
    pub head: Head,
    /// Its properties.
    pub flags: Flags,
}

impl Token {
    /// True when every bit of `bits` is set (see [`Flags`]).
    #[must_use]
    pub fn has(&self, bits: u32) -> bool {
        self.flags.has(bits)
    }

    /// The line's text.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// The paragraph number the line opens with, if any.
    #[must_use]
    pub fn numbered(&self) -> Option<Numbered> {
        match self.head {
            Head::Numbered {
                num,
                printed,
                text_at,
                with_period,
            } => Some(Numbered {
                num,
                printed: printed as usize,
                text_at: text_at as usize,
                with_period,
            }),
            _ => None,
        }
    }

    /// The list label the line opens with, if any (its slices taken from `text`).
    #[must_use]
    pub fn list_label<'t>(&self, text: &'t str) -> Option<ListLabel<'t>> {
        match self.head {
            Head::Label {
                printed,
                value_at,
                value_len,
                text_at,
            } => {
                let line = self.text(text);
                Some(ListLabel {
                    printed: line.get(..printed as usize)?,
                    value: line.get(value_at as usize..(value_at + value_len) as usize)?,
                    text_at: text_at as usize,
                })
            }
            _ => None,
        }
    }

    /// The roman or letter label of a heading (`IV`, `A`) and where its title starts.
    #[must_use]
    pub fn labelled<'t>(&self, text: &'t str) -> Option<(&'t str, usize)> {
        match self.head {
            Head::Labelled { label_len, text_at } => {
                Some((self.text(text).get(..label_len as usize)?, text_at as usize))
            }
            _ => None,
        }
    }

    /// `Résolution 6/1`: the kind and the number.
    #[must_use]
    pub fn deliberation_heading<'t>(&self, text: &'t str) -> Option<(plenary_model::DeliberationKind, &'t str)> {
        match self.head {
            Head::DeliberationHeading {
                kind,
                number_at,
                number_len,
            } => Some((
                kind,
                self.text(text)
                    .get(number_at as usize..(number_at + number_len) as usize)?,
            )),
            _ => None,
        }
    }

    /// `14/3.`, `73/8. Title`: the number and where the title starts.
    #[must_use]
    pub fn deliberation_number<'t>(&self, text: &'t str) -> Option<(&'t str, usize)> {
        match self.head {
            Head::DeliberationNumber { number_len, title_at } => {
                Some((self.text(text).get(..number_len as usize)?, title_at as usize))
            }
            _ => None,
        }
    }
}

/// How far from a line's end [`run_stop`] looks for the run's opening mark.
const RUN_STOP_REACH: usize = 96;

/// The stop a right-to-left line ends with where pdftotext wrote its last
/// run left to right, the stop first (`\u{202A}.2017`, `\u{202A}:`): that
/// stop, or `None`.
fn run_stop(content: &str) -> Option<char> {
    // The run is a stop and a figure or a symbol (`.2030`, `،2018`, `:`,
    // `.E/ESCWA/2017/EC.4/L.1`): looked for in the line's last bytes only.
    const LRE: [u8; 3] = [0xE2, 0x80, 0xAA];
    let bytes = content.as_bytes();
    let from = bytes.len().saturating_sub(RUN_STOP_REACH);
    let at = from + bytes.get(from..)?.windows(3).rposition(|w| w == LRE)?;
    let run = content.get(at + LRE.len()..)?;
    if run.contains(['\u{202B}', '\u{202C}']) {
        return None;
    }
    run.trim_start()
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '،' | ',' | ':' | ';' | '؛'))
}

/// The stop that opens a right-to-left line `pdftotext -raw` wrote in
/// visual order: a stop, then at once the mark that opens the first run
/// (`.` RLE `ﺍﻟﻭﻁﻧﻲ` PDF). pdftotext's default order wraps the whole
/// line in one run, its stop last, so never writes this.
fn visual_stop(content: &str) -> Option<char> {
    let mut chars = content.chars();
    let stop = chars
        .next()
        .filter(|c| matches!(c, '.' | '،' | ',' | ':' | ';' | '؛'))?;
    (chars.next() == Some('\u{202B}')).then_some(stop)
}

/// The token of no line: an empty span, no head, no flags (what the
/// parser sees past the end of its lines).
pub const NO_TOKEN: Token = Token {
    start: 0,
    end: 0,
    head: Head::Text,
    flags: Flags(0),
};

/// `content` without a note call that follows its final punctuation: a
/// number of one to three digits, with or without a slash (`Questions, 2/`,
/// `… Criminal Court, 2`), set after `,`, `.`, `;` or `:`.
#[must_use]
pub fn without_note_call(content: &str) -> &str {
    let body = content.trim_end();
    let body_no_slash = body.strip_suffix('/').unwrap_or(body);
    let digits = body_no_slash.len() - body_no_slash.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return content;
    }
    let before = body_no_slash
        .get(..body_no_slash.len() - digits)
        .unwrap_or("")
        .trim_end();
    if before.ends_with([',', '.', ';', ':']) {
        before
    } else {
        content
    }
}

/// The head of a line of an Arabic document in the forms only Arabic prints:
/// a paragraph number alone (`-3`, `3-`; [`starts::arabic_number_alone`]),
/// one before the text (`-10` and a mark; [`starts::arabic_number_opening`]),
/// one at the end of the paragraph's first line (`…  -1`, read as the
/// paragraph's number with its text from the line's start;
/// [`starts::arabic_trailing_number`]), a chapter or section label
/// (`أولاً- …`, `ألف- …`; [`starts::arabic_labelled_heading`]).
fn arabic_head(content: &str) -> Option<Head> {
    let to32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    if let Some(num) = starts::arabic_number_alone(content) {
        return Some(Head::Numbered {
            num,
            printed: to32(content.len()),
            text_at: to32(content.len()),
            with_period: true,
        });
    }
    if let Some((num, text_at)) = starts::arabic_number_opening(content) {
        return Some(Head::Numbered {
            num,
            printed: to32(
                content.len()
                    - content
                        .trim_start_matches(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
                        .len(),
            ),
            text_at: to32(text_at),
            with_period: true,
        });
    }
    // Cheap test first: a trailing number ends the line with a digit.
    if content.ends_with(|c: char| c.is_ascii_digit()) {
        if let Some(num) = starts::arabic_trailing_number(content) {
            return Some(Head::Numbered {
                num,
                printed: 0,
                text_at: 0,
                with_period: true,
            });
        }
    }
    let (label, text_at) = starts::arabic_labelled_heading(content)?;
    Some(Head::Labelled {
        label_len: to32(label.len()),
        text_at: to32(text_at),
    })
}

/// Classifies the line `content` (trimmed) that starts at byte `start` of
/// the input. `flags` carries what the layout knows (blank lines or
/// removed furniture before it).
#[must_use]
pub fn lex_line(content: &str, start: usize, lang: &Lang, flags: Flags) -> Token {
    let start32 = u32::try_from(start).unwrap_or(u32::MAX);
    let end32 = u32::try_from(start + content.len()).unwrap_or(u32::MAX);
    let to32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let arabic = lang.code == "ar";
    let head = if let Some(head) = arabic.then(|| arabic_head(content)).flatten() {
        head
    } else if let Some((_, number_len, title_at)) = arabic.then(|| starts::arabic_commission_number(content)).flatten()
    {
        // A regional commission's resolution, `( 329د )30-` for `329 (د-30)`.
        Head::DeliberationNumber {
            number_len: to32(number_len),
            title_at: to32(title_at),
        }
    } else if let Some((number, title_at)) = session_deliberation_number(content) {
        // Before `numbered`, which reads `2758` alone.
        Head::DeliberationNumber {
            number_len: to32(number.len()),
            title_at: to32(title_at),
        }
    } else if let Some(n) = starts::numbered(content) {
        Head::Numbered {
            num: n.num,
            printed: to32(n.printed),
            text_at: to32(n.text_at),
            with_period: n.with_period,
        }
    } else if let Some(l) = starts::list_label(content) {
        let value_at = l.printed.find(l.value).unwrap_or(0);
        Head::Label {
            printed: to32(l.printed.len()),
            value_at: to32(value_at),
            value_len: to32(l.value.len()),
            text_at: to32(l.text_at),
        }
    } else if let Some((label, at)) = starts::labelled_heading(content) {
        Head::Labelled {
            label_len: to32(label.len()),
            text_at: to32(at),
        }
    } else if let Some((kind, number)) = starts::deliberation_heading(content, lang) {
        let number_at = number.as_ptr() as usize - content.as_ptr() as usize;
        Head::DeliberationHeading {
            kind,
            number_at: to32(number_at),
            number_len: to32(number.len()),
        }
    } else if let Some((number, title_at)) = deliberation_number(content) {
        Head::DeliberationNumber {
            number_len: to32(number.len()),
            title_at: to32(title_at),
        }
    } else {
        Head::Text
    };
    let mut flags = flags;
    let mut set = |cond: bool, bit: u32| {
        if cond {
            flags.set(bit);
        }
    };
    // What the cheap tests below need: the first character, the last byte.
    let first = content.chars().next();
    let upper = first.is_some_and(char::is_uppercase);
    // How the line ends, a note call after its punctuation set aside
    // (`Questions, 2/`, `Court, 2`).
    let ending = without_note_call(content);
    let last = ending.as_bytes().last().copied();
    // An Arabic line as pdftotext writes it ends with the stop its last
    // left-to-right run opens with (`… الأول/ديسمبر` LRE `.2017`).
    // Where `-raw` wrote the line in visual order, the stop comes first, before
    // the line's first right-to-left run (`.` RLE `ﺍﻟﻭﻁﻧﻲ` PDF for `الوطني.`).
    let run_stop = if lang.code == "ar" {
        run_stop(content).or_else(|| visual_stop(content))
    } else {
        None
    };
    set(
        starts::ends_clause(ending) || run_stop.is_some_and(|c| matches!(c, '.' | ':' | ';' | '؛')),
        Flags::ENDS_CLAUSE,
    );
    set(
        crate::util::ends_with_comma(ending) || run_stop.is_some_and(|c| matches!(c, '،' | ',')),
        Flags::ENDS_COMMA,
    );
    set(last == Some(b':') || run_stop == Some(':'), Flags::ENDS_COLON);
    set(last == Some(b']'), Flags::ENDS_BRACKET);
    set(last == Some(b']'), Flags::CLOSES_BRACKET);
    set(first.is_some_and(char::is_lowercase), Flags::STARTS_LOWER);
    set(upper, Flags::STARTS_UPPER);
    set(
        first.is_some_and(char::is_alphanumeric) || content.chars().any(char::is_alphanumeric),
        Flags::ALPHANUMERIC,
    );
    let leader = has_leader(content);
    set(leader, Flags::LEADER);
    set(has_inner_comma(content), Flags::INNER_COMMA);
    let quote = matches!(first, Some('“' | '"' | '«'));
    set(quote, Flags::QUOTE_OPEN);

    set(
        matches!(last, Some(b'.' | b',' | b';' | b' ' | b'"' | 0x9d | 0xbb))
            && content
                .trim_end_matches(['.', ',', ';', ' '])
                .ends_with(['”', '»', '"']),
        Flags::CLOSES_QUOTE,
    );
    // A letter of a script without capitals (Arabic, Chinese) opens a
    // formula or a preambular or operative paragraph as a capital does.
    let caseless = first.is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
    // Tests that need a capital first (or a quotation mark before it).
    if upper || caseless || quote || matches!(first, Some('„')) {
        let formula = (upper || caseless) && crate::block::deliberation::formula_like(content, lang);
        set(formula, Flags::FORMULA);
        set(
            formula
                || (!upper
                    && !caseless
                    && crate::block::deliberation::formula_like(
                        content.trim_start_matches(['“', '"', '«', '„']),
                        lang,
                    )),
            Flags::QUOTED_FORMULA,
        );
    }
    // Openers: capitalised, in a script without capitals, or in small
    // letters where the language prints them so (Russian `постановляет`).
    if upper || caseless || (lang.openers_in_small_letters && first.is_some_and(char::is_lowercase)) {
        set(is_preambular(content, lang), Flags::PREAMBULAR);
        set(starts::operative_start(content, lang), Flags::OPERATIVE);
    }
    // A script with no capitals (Arabic `المحتويات`) opens a heading too.
    // (Cheap test first there: the line opens with one of the words.)
    // Arabic in glyph forms (`ﺍﻟﻤﺤﺘﻮﻳﺎﺕ`, PyMuPDF and some PDFs' text
    // layers) opens with none of the words as typed: its short lines are
    // compared by their key.
    // (PyMuPDF may set the closing bracket of `المحتويات (تابع)` first.)
    let caseless = || {
        let first = content.trim_start_matches(')').chars().next();
        first.is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
            && (lang.contents.iter().any(|w| content.starts_with(w))
                || (first.is_some_and(crate::lang::arabic::is_arabic_letter)
                    && starts::contents_heading_cheap(content)
                    && content.chars().count() <= 24))
    };
    if upper || caseless() {
        set(
            starts::contents_heading_cheap(content) && starts::contents_heading(content, lang),
            Flags::CONTENTS,
        );
    }
    if upper {
        set(starts::part_heading(content, lang), Flags::PART);
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        set(starts::meeting_line(content, lang), Flags::MEETING);
    }
    let label_alone = match head {
        Head::Numbered { text_at, .. } | Head::Label { text_at, .. } | Head::Labelled { text_at, .. } => {
            text_at as usize >= content.len()
        }
        Head::DeliberationNumber { title_at, .. } => title_at as usize >= content.len(),
        _ => false,
    };
    let numbers = first.is_some_and(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '−' | ','))
        && content
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '−' | ' ' | ','));
    set(
        leader || label_alone || numbers || has_ellipsis_leader(content),
        Flags::TOC_LINE,
    );
    if last == Some(b')') {
        let officer = starts::officer(content).map(|(role, _, _)| !role.is_empty());
        set(officer.is_some(), Flags::OFFICER);
        set(officer == Some(true), Flags::OFFICER_ROLE);
    }
    // Article and chapter words open with a capital, or are Chinese or Arabic.
    if first.is_some_and(|c| !(c.is_lowercase() || c.is_ascii_digit() || c.is_ascii_punctuation())) {
        set(treaty::article_heading(content, lang).is_some(), Flags::ARTICLE);
        set(treaty::may_be_chapter(content, lang), Flags::WORD_CHAPTER);
    }
    if first == Some('[') {
        set(vote::scan_opening(content, &lang.vote).is_some(), Flags::VOTE_OPEN);
    }
    Token {
        start: start32,
        end: end32,
        head,
        flags,
    }
}

/// True when `content` holds a dot leader (`.....`, or spaced: `. . . . .`).
pub(crate) fn has_leader(content: &str) -> bool {
    let bytes = content.as_bytes();
    memchr::memchr_iter(b'.', bytes).any(|at| {
        matches!(bytes.get(at..at + 5), Some(b".....")) || matches!(bytes.get(at..at + 9), Some(b". . . . ."))
    })
}

/// True when `content` holds a leader of ellipses (`…..`, `……`).
fn has_ellipsis_leader(content: &str) -> bool {
    content.contains('…') && (content.contains("…..") || content.contains("……"))
}

/// True when `content` holds `, `.
fn has_inner_comma(content: &str) -> bool {
    let bytes = content.as_bytes();
    memchr::memchr_iter(b',', bytes).any(|at| bytes.get(at + 1) == Some(&b' '))
}

/// [`starts::preambular_start`], with the first words of the language's
/// preambular openers looked up in a table built once.
fn is_preambular(content: &str, lang: &Lang) -> bool {
    use std::sync::OnceLock;
    static CACHE: [OnceLock<Vec<&'static str>>; crate::lang::ALL.len()] =
        [const { OnceLock::new() }; crate::lang::ALL.len()];
    if lang.openers_in_small_letters || lang.unspaced {
        return starts::preambular_start(content, lang);
    }
    let Some((slot, l)) = CACHE
        .iter()
        .zip(crate::lang::ALL.iter())
        .find(|(_, l)| std::ptr::eq(**l, lang))
    else {
        return starts::preambular_start(content, lang);
    };
    let words = slot.get_or_init(|| {
        let mut words: Vec<&'static str> = l.preambular.iter().filter_map(|w| w.split(' ').next()).collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    let first = content
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    !first.is_empty() && (words.binary_search(&first).is_ok() || starts::preambular_form(first, lang))
}

/// `2758 (XXVI). Restoration of …`, `2751 (ХХУЮ. Прием Бутана …` (OCR, see
/// [`starts::session_number`]), `2758 (XXVI)` alone: a number of the General
/// Assembly before 1976 that opens a line, then a period and its title or
/// nothing: the number as printed and where the title starts.
#[must_use]
pub fn session_deliberation_number(content: &str) -> Option<(&str, usize)> {
    // Cheap test first: digits then ` (` within six bytes.
    let bytes = content.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) || !bytes.iter().take(7).any(|&b| b == b'(') {
        return None;
    }
    let (number, title_at) = match content.split_once(". ") {
        Some((n, rest)) => (n, content.len() - rest.trim_start().len()),
        None => (content.trim_end().trim_end_matches('.'), content.len()),
    };
    if starts::session_number(number).is_some() {
        return Some((number, title_at));
    }
    // `329 (XXX) Création du Centre arabe …`: the title after the closing
    // parenthesis with no period, opening with a capital (a regional
    // commission's resolutions).
    let close = content.bytes().take(16).position(|b| b == b')')?;
    let (number, rest) = content.split_at(close + 1);
    let title = rest.trim_start();
    (title.len() < rest.len() && title.starts_with(char::is_uppercase) && starts::is_session_number(number))
        .then(|| (number, content.len() - title.len()))
}

/// An Arabic paragraph number that PyMuPDF splits over two lines, its
/// digits on one and its dash alone on the next (`1` / `-` for the `1-`
/// printed in the right margin), joined back into one line, so that it
/// reads as a number alone ([`starts::arabic_number_alone`]). Not a range
/// (`1` / `-` / `2` in a table of contents) nor a page number (`-` / `2` /
/// `-`), and only where no blank line or furniture stands between the two.
pub fn join_split_arabic_numbers(text: &str, body: &mut Vec<crate::block::BodyLine>) {
    let content = |l: &crate::block::BodyLine| {
        text.get(l.start..l.end)
            .unwrap_or("")
            .trim_matches(|c: char| c.is_whitespace() || plenary_model::coverage::is_direction_mark(c))
    };
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // A label that `-raw` set a piece a line before its dash (`ثالث` / `ً` /
    // `ا` / `-` for `ثالثاً-`): two or three short pieces of Arabic, with no
    // blank line between them, that read together as a label, and the dash
    // alone after them, are one line.
    let piece = |l: &crate::block::BodyLine| {
        let c = content(l);
        !c.is_empty()
            && c.chars()
                .filter(|ch| !plenary_model::coverage::is_direction_mark(*ch))
                .count()
                <= 8
            && c.chars()
                .all(|ch| crate::lang::arabic::is_arabic_letter(ch) || plenary_model::coverage::is_direction_mark(ch))
    };
    let mut k = 0;
    while k + 2 < body.len() {
        let joined = (2..=3).find(|&m| {
            let Some(lines) = body.get(k..k + m) else {
                return false;
            };
            let tight = lines.iter().skip(1).all(|l| !l.blank_before && !l.removed_before);
            let dash = body
                .get(k + m)
                .is_some_and(|d| content(d) == "-" && !d.blank_before && !d.removed_before);
            // (The label read last: most lines are no piece.)
            tight
                && dash
                && lines.iter().all(piece)
                && starts::arabic_label_value(&lines.iter().map(&content).collect::<String>()).is_some()
        });
        if let Some(m) = joined {
            let end = body.get(k + m - 1).map_or(0, |l| l.end);
            if let Some(first) = body.get_mut(k) {
                first.end = end;
            }
            body.drain(k + 1..k + m);
        }
        k += 1;
    }
    // A tanween alone on its line before a chapter's label (PyMuPDF: `ً` /
    // `أولا-` for `أولاً-`) is the label's: the label's line starts there.
    let marks_only = |s: &str| !s.is_empty() && s.chars().all(|c| matches!(c, '\u{64B}'..='\u{652}'));
    let mut k = 0;
    while k + 1 < body.len() {
        let (Some(mark), Some(label)) = (body.get(k), body.get(k + 1)) else {
            break;
        };
        let label_line = content(label);
        let heads = || {
            label_line.len() <= 200
                && (starts::arabic_labelled_heading(label_line).is_some()
                    || (label_line.len() <= 48 && starts::arabic_label_value(label_line).is_some()))
        };
        if marks_only(content(mark)) && !label.blank_before && !label.removed_before && heads() {
            let (start, blank_before, removed_before) = (mark.start, mark.blank_before, mark.removed_before);
            if let Some(label) = body.get_mut(k + 1) {
                label.start = start;
                label.blank_before = blank_before;
                label.removed_before = removed_before;
            }
            body.remove(k);
        } else {
            k += 1;
        }
    }
    // Each dash joined to the digits above it is left out, in one pass.
    let mut joined = vec![false; body.len()];
    for k in 0..body.len().saturating_sub(1) {
        let (Some(number), Some(dash)) = (body.get(k), body.get(k + 1)) else {
            break;
        };
        // A chapter's or section's label set the same way (`-raw`: `ًﺎﺭﺍﺑﻌ`
        // / `-` / the title, for `رابعاً- …`), where the label is alone.
        // (Looked up only before a line that opens with a dash: the label's
        // value is the dearer test.)
        let label = content(dash).starts_with('-')
            && !digits(content(number))
            && content(number).len() <= 48
            && starts::arabic_label_value(content(number)).is_some();
        // (A label's dash may open the title's line: `أولا` / `-  التوصيات …`.)
        let dash_line = content(dash) == "-"
            || (label
                && content(dash)
                    .strip_prefix('-')
                    .is_some_and(|t| t.starts_with(char::is_whitespace)));
        let split = (digits(content(number)) || label)
            && dash_line
            && !dash.blank_before
            && !dash.removed_before
            && (label || !body.get(k + 2).is_some_and(|next| digits(content(next))))
            && !(k > 0 && body.get(k - 1).is_some_and(|before| content(before) == "-") && !number.blank_before);
        if split {
            let end = dash.end;
            if let Some(number) = body.get_mut(k) {
                number.end = end;
            }
            if let Some(j) = joined.get_mut(k + 1) {
                *j = true;
            }
        }
    }
    let mut k = 0;
    body.retain(|_| {
        k += 1;
        !joined.get(k - 1).copied().unwrap_or(false)
    });
}

/// An Arabic paragraph number alone on its line (`-3`, `3-`) that stands
/// between two lines of text with no blank line on either side is the number
/// of the paragraph whose first line is the line above it: the extractor set
/// the number printed in the right margin after that line. The line above
/// becomes the numbered one (its text from its start), the number's line
/// a line of its text. A number with a blank line after it, or with none
/// above, or with a line of no letter or digit above (`،`), opens its
/// paragraph as a number alone does.
pub fn attach_arabic_numbers(text: &str, tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        let Some(&[above, tok, below]) = tokens.get(i - 1..=i + 1) else {
            continue;
        };
        // A number PyMuPDF split over two lines (`12` / `-`, joined by
        // [`join_split_arabic_numbers`]) stands where it is printed, before
        // its text: it stays.
        let Some(n) = tok
            .numbered()
            .filter(|_| !tok.text(text).contains('\n') && starts::arabic_number_alone(tok.text(text)).is_some())
        else {
            continue;
        };
        let tight = !tok.has(Flags::BLANK_BEFORE) && !tok.has(Flags::REMOVED_BEFORE) && !below.has(Flags::BLANK_BEFORE);
        // (A line of punctuation alone, `،`, pdfminer's box, opens no
        // paragraph: the number opens its own.)
        let above_text = above.head == Head::Text && above.start < above.end && above.has(Flags::ALPHANUMERIC);
        if !(tight && above_text) {
            continue;
        }
        if let Some(t) = tokens.get_mut(i - 1) {
            t.head = Head::Numbered {
                num: n.num,
                printed: 0,
                text_at: 0,
                with_period: true,
            };
        }
        if let Some(t) = tokens.get_mut(i) {
            t.head = Head::Text;
        }
    }
}

/// `13.1`, `13.2 The Office …`: a paragraph number with its section's
/// prefix, as budget fascicles and some reports number their paragraphs.
/// The prefix and the number, their printed length, and where the text
/// starts; the text, if any, opens with a capital.
#[must_use]
pub fn prefixed_number(content: &str) -> Option<(u32, u32, usize, usize)> {
    // Cheap test first: a digit opens the line, a period within three bytes.
    let bytes = content.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) || !bytes.iter().take(3).any(|&b| b == b'.') {
        return None;
    }
    let (prefix, rest) = content.split_once('.')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&prefix.len()) || !(1..=3).contains(&digits) || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let printed = prefix.len() + 1 + digits;
    let after = content.get(printed..)?;
    let text = after.trim_start();
    if !(after.is_empty() || (text.len() < after.len() && text.starts_with(char::is_uppercase))) {
        return None;
    }
    Some((
        prefix.parse().ok()?,
        rest.get(..digits)?.parse().ok()?,
        printed,
        content.len() - text.len(),
    ))
}

/// Reads the lines numbered with a section's prefix (`13.1`, `13.2`, …) as
/// numbered paragraphs, where the document numbers its paragraphs so: one
/// prefix whose numbers run 1, 2, 3 in order on lines of their own. A
/// figure in a table (`13.5`) or a caption (`Table 13.1`) is none: the
/// caption opens with its word, and the parser takes a number only in its
/// sequence.
/// True when it found such a numbering.
pub fn read_prefixed_numbers(text: &str, tokens: &mut [Token]) -> bool {
    let found: Vec<(usize, (u32, u32, usize, usize))> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.head == Head::Text)
        .filter_map(|(i, t)| prefixed_number(t.text(text)).map(|n| (i, n)))
        .collect();
    // The prefix whose numbers open 1, 2, 3; none where a second prefix
    // opens 1, 2 too (`2.1`, `2.2`, `3.1`, `3.2`: paragraphs numbered
    // within chapters, which this sequence does not follow).
    let mut prefixes: Vec<u32> = found.iter().map(|f| f.1 .0).collect();
    prefixes.sort_unstable();
    prefixes.dedup();
    // How far its numbers run 1, 2, 3 … in order (a figure may stand between).
    let chain = |numbers: &mut dyn Iterator<Item = u32>| {
        let mut next = 1;
        for n in numbers {
            if n == next {
                next += 1;
            }
        }
        next - 1
    };
    let run_of = |p: u32| chain(&mut found.iter().filter(|f| f.1 .0 == p).map(|f| f.1 .1));
    let mut chosen = prefixes.iter().filter(|&&p| run_of(p) >= 2);
    let (Some(&prefix), None) = (chosen.next(), chosen.next()) else {
        return false;
    };
    // …and that runs further than the plain numbers (`1.`, `2.`) do: a
    // table's rows `1.1`, `1.2`, `1.3` in a report numbered `1.` to `80.`
    // number no paragraphs.
    let plain = chain(
        &mut tokens
            .iter()
            .filter_map(|t| t.numbered().filter(|n| n.with_period).map(|n| n.num)),
    );
    let prefixed = run_of(prefix);
    if prefixed < 3 || prefixed < plain {
        return false;
    }
    let to32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    for (i, (p, num, printed, text_at)) in found {
        if p != prefix {
            continue;
        }
        if let Some(t) = tokens.get_mut(i) {
            t.head = Head::Numbered {
                num,
                printed: to32(printed),
                text_at: to32(text_at),
                with_period: true,
            };
        }
    }
    true
}

/// `14/3`, `73/8.`, `48/246. Financing of …`: the number and where the title
/// starts (the content length when there is no title on the line).
#[must_use]
pub fn deliberation_number(content: &str) -> Option<(&str, usize)> {
    // Cheap test first: a deliberation number (`ES-11/1`) opens the line,
    // so its slash comes within eight bytes.
    if !content.as_bytes().iter().take(8).any(|&b| b == b'/') {
        return None;
    }
    let (number, title_at) = match content.split_once(". ") {
        Some((n, rest)) if starts::is_deliberation_number(n) => (n, content.len() - rest.trim_start().len()),
        _ => (content.trim_end_matches('.'), content.len()),
    };
    starts::is_deliberation_number(number).then_some((number, title_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::EN, fr::FR};

    fn lex(s: &str, lang: &Lang) -> Token {
        lex_line(s, 0, lang, Flags::default())
    }

    #[test]
    fn a_note_call_after_the_punctuation_is_set_aside() {
        assert_eq!(without_note_call("Budgetary Questions, 2/"), "Budgetary Questions,");
        assert_eq!(without_note_call("the Criminal Court, 2"), "the Criminal Court,");
        assert_eq!(
            without_note_call("resolution 862 (1993) of"),
            "resolution 862 (1993) of"
        );
        assert_eq!(
            without_note_call("on 31 December 2008"),
            "on 31 December 2008",
            "a year is no call"
        );
        assert_eq!(without_note_call("items 2, 3 and 4"), "items 2, 3 and 4");
        assert!(lex("the oral report of the Advisory Committee, 2/", &EN).has(Flags::ENDS_COMMA));
    }

    #[test]
    fn arabic_heads_only_in_arabic() {
        use crate::lang::ar::AR;
        let t = lex("-3", &AR);
        assert_eq!(t.numbered().map(|n| (n.num, n.text_at)), Some((3, 2)), "a number alone");
        assert!(lex("-3", &EN).numbered().is_none(), "not in English");
        let line = "أعدت الأمانة التنفيذية التنظيم المقترح       -1";
        let t = lex(line, &AR);
        assert_eq!(
            t.numbered().map(|n| (n.num, n.text_at)),
            Some((1, 0)),
            "a number in the margin"
        );
        let line = "أولاً- التفويضات";
        assert_eq!(lex(line, &AR).labelled(line).map(|(l, _)| l), Some("أولاً"));
        assert!(lex(line, &EN).labelled(line).is_none());
    }

    #[test]
    fn an_arabic_line_ends_with_the_stop_its_last_run_opens_with() {
        use crate::lang::ar::AR;
        // E/2018/41: `… خطة عام` LRE `.2030` (the stop written first).
        let t = lex("على مسار تحقيق خطة عام \u{202A}.2030", &AR);
        assert!(t.has(Flags::ENDS_CLAUSE));
        let t = lex("من التوصيات حول المواضيع\u{202A} ،\u{202C}هي\u{202A}:", &AR);
        assert!(t.has(Flags::ENDS_COLON) && t.has(Flags::ENDS_CLAUSE));
        let t = lex("بما في ذلك \u{202A}،2018", &AR);
        assert!(t.has(Flags::ENDS_COMMA) && !t.has(Flags::ENDS_CLAUSE));
        // A run that does not open with a stop, or is not the line's last.
        assert!(!lex("قرار الجمعية العامة \u{202A} 70/1", &AR).has(Flags::ENDS_CLAUSE));
        assert!(!lex("\u{202A}.2030\u{202C}\u{202B}الدول العربية", &AR).has(Flags::ENDS_CLAUSE));
        assert!(!lex("المتحدة", &AR).has(Flags::ENDS_CLAUSE), "no run at all");
        // `-raw` in visual order: the stop before the first run.
        let t = lex(".\u{202B}ﺍﻟﻭﻁﻧﻲ\u{202C}", &AR);
        assert!(t.has(Flags::ENDS_CLAUSE));
        let t = lex("،\u{202B}ﺍﻟﻭﻁﻧﻲ\u{202C}", &AR);
        assert!(t.has(Flags::ENDS_COMMA) && !t.has(Flags::ENDS_CLAUSE));
        assert!(
            !lex(". \u{202B}ﺍﻟﻭﻁﻧﻲ\u{202C}", &AR).has(Flags::ENDS_CLAUSE),
            "a space between"
        );
    }

    #[test]
    fn arabic_numbers_split_over_two_lines_are_joined() {
        // PyMuPDF: `1` / `-` before the text, a range `1` / `-` / `2` and a
        // page number `-` / `2` / `-` in the contents.
        let text = "1\n-\nأعدت الأمانة\n-\n2\n-\nالمحتويات\n1\n-\n2\n3\n\n-\nالنص";
        let mut body = Vec::new();
        let (mut at, mut blank) = (0, false);
        for line in text.split('\n') {
            if line.is_empty() {
                blank = true;
            } else {
                body.push(crate::block::BodyLine {
                    start: at,
                    end: at + line.len(),
                    blank_before: blank,
                    removed_before: false,
                });
                blank = false;
            }
            at += line.len() + 1;
        }
        join_split_arabic_numbers(text, &mut body);
        let lines: Vec<&str> = body.iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(
            lines,
            [
                "1\n-",
                "أعدت الأمانة",
                "-",
                "2",
                "-",
                "المحتويات",
                "1",
                "-",
                "2",
                "3",
                "-",
                "النص"
            ],
            "the number before its text joined; a page number, a range and a dash after a blank line are not"
        );
        assert_eq!(starts::arabic_number_alone("1\n-"), Some(1));
    }

    #[test]
    fn heads() {
        let t = lex("12. Décide que", &FR);
        assert_eq!(
            t.numbered().map(|n| (n.num, n.text_at)),
            Some((12, 4)),
            "a paragraph number"
        );
        let t = lex("(iv) Outils", &FR);
        assert_eq!(
            t.list_label("(iv) Outils").map(|l| (l.printed, l.value, l.text_at)),
            Some(("(iv)", "iv", 5)),
            "a list label with its letters"
        );
        let t = lex(" II. Organisation".trim(), &FR);
        assert_eq!(t.labelled("II. Organisation"), Some(("II", 4)), "a roman heading label");
        let t = lex("Résolution 6/1", &FR);
        assert_eq!(
            t.deliberation_heading("Résolution 6/1"),
            Some((plenary_model::DeliberationKind::Resolution, "6/1")),
            "a resolution heading"
        );
        let t = lex("73/8. Necessity of ending", &EN);
        assert_eq!(
            t.deliberation_number("73/8. Necessity of ending"),
            Some(("73/8", 6)),
            "a resolution number with its title"
        );
        assert_eq!(lex("Recalling its resolution,", &EN).head, Head::Text, "running text");
        let line = "2758 (XXVI). Restoration of the lawful rights";
        assert_eq!(
            lex(line, &EN).deliberation_number(line),
            Some(("2758 (XXVI)", 13)),
            "an old General Assembly number with its title, not paragraph 2758"
        );
        let line = "2751 (ХХУЮ. Прием Бутана в члены";
        assert_eq!(
            lex(line, &crate::lang::ru::RU).deliberation_number(line),
            Some(("2751 (ХХУЮ", 16)),
            "the same number as OCR reads it"
        );
        let line = "329 (XXX) Création du Centre arabe";
        assert_eq!(
            lex(line, &FR).deliberation_number(line),
            Some(("329 (XXX)", 10)),
            "a commission's number, its title after it with no period"
        );
        let line = "305 (XXVII) du 10 mai 2012 sur le développement";
        assert!(
            lex(line, &FR).deliberation_number(line).is_none(),
            "a number cited at a line's start, running text after it"
        );
        assert!(lex("2010 (ЕС). Доклад", &crate::lang::ru::RU)
            .deliberation_number("2010 (ЕС). Доклад")
            .is_none());
    }

    #[test]
    fn prefixed_paragraph_numbers() {
        assert_eq!(prefixed_number("13.1"), Some((13, 1, 4, 4)));
        assert_eq!(prefixed_number("13.12 The Office will"), Some((13, 12, 5, 6)));
        assert_eq!(prefixed_number("1.5 million people"), None, "a figure in a sentence");
        assert_eq!(prefixed_number("13.1a"), None);
        let text = "13.1\nText.\n13.2 More.\nTable 13.1\n13.5\n13.3\nEnd.\n1.\nA row.";
        let mut tokens: Vec<Token> = text
            .split('\n')
            .scan(0, |at, line| {
                let t = lex_line(line, *at, &EN, Flags::default());
                *at += line.len() + 1;
                Some(t)
            })
            .collect();
        assert!(read_prefixed_numbers(text, &mut tokens));
        let numbers: Vec<Option<u32>> = tokens.iter().map(|t| t.numbered().map(|n| n.num)).collect();
        assert_eq!(
            numbers,
            [Some(1), None, Some(2), None, Some(5), Some(3), None, Some(1), None],
            "the prefixed lines, and the plain `1.` as it was"
        );
        // A table's rows in a report numbered further without a prefix.
        let text = "1. A.\n2. B.\n3. C.\n4. D.\n1.1 Staff\n1.2 Travel\n1.3 Rent";
        let mut tokens: Vec<Token> = text
            .split('\n')
            .map(|l| lex_line(l, 0, &EN, Flags::default()))
            .collect();
        assert!(!read_prefixed_numbers(text, &mut tokens));
        // Paragraphs numbered within chapters (`2.1`, `2.2`, `3.1`, `3.2`): no
        // single prefix.
        let text = "2.1 A.\n2.2 B.\n3.1 C.\n3.2 D.";
        let mut tokens: Vec<Token> = text
            .split('\n')
            .map(|l| lex_line(l, 0, &EN, Flags::default()))
            .collect();
        assert!(!read_prefixed_numbers(text, &mut tokens));
    }

    #[test]
    fn flags() {
        let t = lex("Rappelant sa résolution 5/1,", &FR);
        assert!(
            t.has(Flags::PREAMBULAR | Flags::ENDS_COMMA),
            "a preambular opener ending with a comma"
        );
        let t = lex("The General Assembly,", &EN);
        assert!(t.has(Flags::FORMULA), "an enacting formula");
        let t = lex("[Adopted without a vote.]", &EN);
        assert!(
            t.has(Flags::VOTE_OPEN | Flags::CLOSES_BRACKET),
            "a vote record on one line"
        );
        let t = lex("Part One", &EN);
        assert!(t.has(Flags::PART), "a part heading");
        assert!(!lex("and the others", &EN).has(Flags::STARTS_UPPER), "lower-case start");
    }

    #[test]
    fn openers_in_every_script() {
        use crate::lang::{ar::AR, ru::RU, zh::ZH};
        let t = lex("Генеральная Ассамблея,", &RU);
        assert!(t.has(Flags::FORMULA | Flags::ENDS_COMMA), "a Russian formula");
        assert!(
            !lex("Генеральная Ассамблея постановила", &RU).has(Flags::FORMULA),
            "a sentence is no formula"
        );
        assert!(
            lex("ссылаясь на свою резолюцию 74/1,", &RU).has(Flags::PREAMBULAR),
            "a Russian preambular opener in small letters"
        );
        assert!(
            lex("с удовлетворением отмечая доклад,", &RU).has(Flags::PREAMBULAR),
            "a Russian opener of several words"
        );
        assert!(
            !lex("с тем чтобы обеспечить", &RU).has(Flags::PREAMBULAR),
            "a preposition alone opens nothing"
        );
        assert!(
            lex("постановляет принять Бутан", &RU).has(Flags::OPERATIVE),
            "a Russian operative verb in small letters"
        );
        assert!(
            !lex("decides that", &EN).has(Flags::OPERATIVE),
            "English openers stay capitalised"
        );
        let t = lex("إن الجمعية العامة،", &AR);
        assert!(
            t.has(Flags::FORMULA | Flags::ENDS_COMMA),
            "an Arabic formula and its comma"
        );
        assert!(lex("إذ تشير إلى قرارها،", &AR).has(Flags::PREAMBULAR));
        assert!(lex("تقرر أن تعقد دورة", &AR).has(Flags::OPERATIVE));
        let t = lex("大会，", &ZH);
        assert!(
            t.has(Flags::FORMULA | Flags::ENDS_COMMA),
            "a Chinese formula and its comma"
        );
        assert!(
            lex("回顾其第74/1号决议，", &ZH).has(Flags::PREAMBULAR),
            "an opener with no space after it"
        );
        assert!(lex("请秘书长提交报告。", &ZH).has(Flags::OPERATIVE));
        let line = "القرار 75/1";
        assert_eq!(
            lex(line, &AR).deliberation_heading(line),
            Some((plenary_model::DeliberationKind::Resolution, "75/1")),
            "an Arabic heading, the word first"
        );
        let line = "第2774(2025)号决议";
        assert_eq!(
            lex(line, &ZH).deliberation_heading(line),
            Some((plenary_model::DeliberationKind::Resolution, "2774(2025)")),
            "a Chinese heading, the number in its frame"
        );
    }
}

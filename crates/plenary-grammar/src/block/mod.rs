//! Block constructs: the parser that reads the body lines left by the layout
//! pass and builds sections, paragraphs, resolutions and decisions, lists,
//! quotations, officers and agendas.
//!
//! Constructs, by where they may occur:
//! - document level: chapter, section, subsection and unnumbered headings
//!   ([`starts::labelled_heading`]), numbered report paragraphs, officers;
//! - inside a paragraph: lists, quotations;
//! - wherever running text may stand: vote records ([`vote`]);
//! - inside a resolution or decision ([`deliberation`]): title, enacting
//!   formula, preambular and operative paragraphs, annexes, agendas.
//!
//! The parser is line-oriented: a block goes on until a blank line or a line
//! that starts another block in the current context (the next expected
//! paragraph number, a list label, a heading). A paragraph cut by a footnote
//! block or a page break reads on when the next body line continues it.

pub mod deliberation;
pub mod masthead;
pub mod session;
pub mod starts;
pub mod toc;
pub mod treaty;
pub mod vote;

use std::collections::{HashMap, HashSet};

use plenary_model::{
    Block, Diagnostic, List, ListItem, Officer, Officers, Paragraph, Quotation, Section, SectionLevel, Severity, Span,
    Unrecognized,
};

use crate::inline::content::{self, InlineState};
use crate::lang::Lang;
use crate::lex::{self, Flags, Token};
use starts::{ends_clause, letter_index, roman_value, ListLabel, Numbered};

/// A body line as the block parser sees it.
#[derive(Debug, Clone, Copy)]
pub struct BodyLine {
    /// Start of the trimmed content.
    pub start: usize,
    /// End of the trimmed content.
    pub end: usize,
    /// Blank lines stand between this line and the previous body line.
    pub blank_before: bool,
    /// Furniture or footnotes stand between this line and the previous body line.
    pub removed_before: bool,
}

/// A set of ids kept as 128-bit fingerprints (two SipHash values under
/// random keys) rather than as copies of the strings: 16 bytes an id
/// instead of a `String` and its heap copy, about 80 bytes. Two distinct
/// ids share a fingerprint with a probability of about n² / 2¹²⁹ (10⁻²⁷ for
/// a million ids), and input cannot aim at it, the keys being random; the
/// only effect would be a suffix `-2` on an id.
struct IdSet {
    keys: (
        std::collections::hash_map::RandomState,
        std::collections::hash_map::RandomState,
    ),
    seen: HashSet<u128>,
}

impl IdSet {
    fn with_capacity(capacity: usize) -> Self {
        IdSet {
            keys: (Default::default(), Default::default()),
            seen: HashSet::with_capacity(capacity),
        }
    }

    /// Adds `id`; false when it was there already.
    fn insert(&mut self, id: &str) -> bool {
        use std::hash::BuildHasher;
        let high = u128::from(self.keys.0.hash_one(id));
        let low = u128::from(self.keys.1.hash_one(id));
        self.seen.insert(high << 64 | low)
    }
}

/// How deep lists may nest (`a)` then `i)` then …); deeper labels stay at this depth.
pub const MAX_LIST_DEPTH: usize = 16;

/// How many lines [`Parser::list_owns`] looks ahead for the report's number
/// to come again (a long quoted text and the resolutions after it fit).
const LIST_LOOKAHEAD: usize = 4000;

/// The numbering a paragraph belongs to, for deciding where blocks start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// The report's own paragraphs.
    Report,
    /// Operative paragraphs of a resolution or decision.
    Operative,
    /// Paragraphs of quoted text.
    Quoted,
    /// Items of a list numbered on its own inside the report (`1.` … `87.`
    /// recommendations after paragraph 111): the next item's number.
    Items(u32),
}

/// The block parser.
pub struct Parser<'t> {
    pub(crate) text: &'t str,
    pub(crate) lang: &'static Lang,
    /// The body lines, classified once by the lexer.
    tokens: Vec<Token>,
    pub(crate) pos: usize,
    /// Lines at or after this index are out of reach (while a quotation is parsed).
    pub(crate) limit: usize,
    /// How deep the list being read is nested.
    list_depth: usize,
    /// Next report paragraph number.
    pub(crate) next_para: u32,
    /// What a bare number heading (`14/101`) is, from the heading above it.
    pub kind_hint: Option<plenary_model::DeliberationKind>,
    /// What the document proposes when its masthead says it is a draft
    /// (`…: draft resolution`): its text, under no heading, is read as one.
    pub draft: Option<plenary_model::DeliberationKind>,
    /// A report paragraph has been read.
    pub(crate) seen_para: bool,
    /// The session numeral every legible old resolution number of the
    /// document reads (`XXVI` of `2752 (XXVI)`), for those OCR made
    /// illegible (see [`deliberation::session_numeral`]).
    pub(crate) session_numeral: Option<String>,
    /// Next operative paragraph number inside the current deliberation.
    pub(crate) next_operative: u32,
    /// The number after the last item of the list numbered on its own read
    /// last (`1.` to `4.` under paragraph 111): a line with it goes on with
    /// that list, after whatever an extractor set between.
    pub(crate) next_item: Option<u32>,
    /// Under a heading of abbreviations (`LIST OF ABBREVIATIONS`): its
    /// numbered lines are a list, not the report's paragraphs.
    pub(crate) abbreviations: bool,
    /// The document is an agenda (its title opens with one of
    /// [`crate::lang::Lang::agenda_titles`]): the numbered lines before any
    /// paragraph of its own are the agenda's items.
    pub(crate) agenda_document: bool,
    /// The number the agenda's next item bears, once its first items are
    /// read: the agenda goes on after headings that group its items.
    next_agenda_item: Option<u32>,
    /// The comparison keys ([`title_key`]) of the agenda's items, in order,
    /// as read: the annotations that follow the agenda repeat them under the
    /// items' numbers ([`Self::annotation_heading`]).
    agenda_titles: Vec<String>,
    /// The last line of the heading being read, where its end is known
    /// before it is read (an annotation's heading, whose text follows it
    /// without a blank line).
    heading_last: Option<usize>,
    /// The text is an Arabic one pdfminer wrote in visual order, each
    /// line's letters last first: its chapters' labels are read as such a
    /// text sets them.
    pub visual_letters: bool,
    /// The text is an Arabic one `pdftotext -raw` wrote in visual order, a
    /// word a run, last first: a chapter heading's runs are read last
    /// first.
    pub visual_runs: bool,
    pub(crate) next_chapter: u32,
    /// The document numbers its paragraphs with a section's prefix (`13.1`,
    /// see [`lex::read_prefixed_numbers`]): a number without it (`1.`, a
    /// table's row) is no paragraph of the report.
    pub(crate) prefixed: bool,
    pub(crate) next_section: u32,
    pub(crate) next_subsection: u32,
    pub(crate) inline: InlineState,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The ids given so far, as 128-bit fingerprints (see [`IdSet`]).
    ids: IdSet,
    /// For each id base given more than once, the last suffix it got.
    suffixes: HashMap<String, usize>,
    counter: usize,
}

impl<'t> Parser<'t> {
    /// A parser over the given body lines.
    pub fn new(
        text: &'t str,
        lang: &'static Lang,
        lines: Vec<BodyLine>,
        labels: Vec<String>,
        style: crate::inline::footnote_marker::MarkerStyle,
    ) -> Self {
        // About one block id for four body lines: sized so that the set
        // seldom grows (each growth hashes every id again).
        let ids = IdSet::with_capacity(lines.len() / 4);
        // Each line classified once; the caller's vector is freed here.
        let mut tokens: Vec<Token> = lines
            .iter()
            .map(|l| {
                let mut flags = Flags::default();
                if l.blank_before {
                    flags.set(Flags::BLANK_BEFORE);
                }
                if l.removed_before {
                    flags.set(Flags::REMOVED_BEFORE);
                }
                lex::lex_line(text.get(l.start..l.end).unwrap_or(""), l.start, lang, flags)
            })
            .collect();
        if lang.code == "ar" {
            lex::attach_arabic_numbers(text, &mut tokens);
        }
        let prefixed = lex::read_prefixed_numbers(text, &mut tokens);
        let session_numeral = deliberation::session_numeral(text, &tokens);
        Self {
            text,
            lang,
            tokens,
            session_numeral,
            pos: 0,
            limit: usize::MAX,
            list_depth: 0,
            next_para: 1,
            prefixed,
            kind_hint: None,
            draft: None,
            seen_para: false,
            next_operative: 1,
            next_item: None,
            abbreviations: false,
            agenda_document: false,
            next_agenda_item: None,
            agenda_titles: Vec::new(),
            heading_last: None,
            visual_letters: false,
            visual_runs: false,
            next_chapter: 1,
            next_section: 1,
            next_subsection: 1,
            inline: InlineState {
                labels,
                style,
                ..InlineState::default()
            },
            diagnostics: Vec::new(),
            ids,
            suffixes: HashMap::new(),
            counter: 0,
        }
    }

    pub(crate) fn content(&self, i: usize) -> &'t str {
        self.tok(i).text(self.text)
    }

    /// The token of line `i`; past the parser's limit, an empty one (no
    /// head, no flags), as the content of such a line is empty.
    pub(crate) fn tok(&self, i: usize) -> Token {
        if i >= self.limit {
            return lex::NO_TOKEN;
        }
        self.tokens.get(i).copied().unwrap_or(lex::NO_TOKEN)
    }

    /// True when line `i` has every flag of `bits` (see [`Flags`]).
    pub(crate) fn has(&self, i: usize, bits: u32) -> bool {
        self.tok(i).has(bits)
    }

    /// The paragraph number line `i` opens with.
    pub(crate) fn numbered_at(&self, i: usize) -> Option<Numbered> {
        self.tok(i).numbered()
    }

    /// The list label line `i` opens with.
    pub(crate) fn label_at(&self, i: usize) -> Option<ListLabel<'t>> {
        self.tok(i).list_label(self.text)
    }

    /// True when line `i` lies before the limit.
    pub(crate) fn exists(&self, i: usize) -> bool {
        i < self.limit && i < self.tokens.len()
    }

    /// Line `i`, if it lies before the parser's limit (the end of a quotation
    /// being parsed, or of the body).
    pub(crate) fn line(&self, i: usize) -> Option<BodyLine> {
        if i >= self.limit {
            return None;
        }
        self.tokens.get(i).map(|t| BodyLine {
            start: t.start as usize,
            end: t.end as usize,
            blank_before: t.has(Flags::BLANK_BEFORE),
            removed_before: t.has(Flags::REMOVED_BEFORE),
        })
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.tokens.len().min(self.limit)
    }

    /// A unique id under `parent`: `parent__local`, or the first of
    /// `parent__local-2`, `-3`, … not yet given.
    ///
    /// A base given before resumes at the suffix after the one it last got:
    /// every suffix below that is taken (ids are never given back), so the
    /// result is the same as trying from `-2`, without a quadratic number of
    /// tries when a base repeats many times (a long concatenation).
    pub(crate) fn id(&mut self, parent: &str, local: &str) -> String {
        let mut base = String::with_capacity(parent.len() + 2 + local.len());
        if !parent.is_empty() {
            base.push_str(parent);
            base.push_str("__");
        }
        base.push_str(local);
        if self.ids.insert(&base) {
            return base;
        }
        let mut n = self.suffixes.get(&base).copied().unwrap_or(1);
        loop {
            n += 1;
            let id = format!("{base}-{n}");
            if self.ids.insert(&id) {
                self.suffixes.insert(base, n);
                return id;
            }
        }
    }

    pub(crate) fn next_count(&mut self) -> usize {
        self.counter += 1;
        self.counter
    }

    /// Inlines for the segments, with footnote markers looked for.
    pub(crate) fn inlines(&mut self, segments: &[(usize, usize)]) -> Vec<plenary_model::Inline> {
        content::build(self.text, segments, self.lang, &mut self.inline, true)
    }

    /// Inlines for the segments, without footnote markers (tables of contents, headings of furniture).
    pub(crate) fn plain_inlines(&mut self, segments: &[(usize, usize)]) -> Vec<plenary_model::Inline> {
        content::build(self.text, segments, self.lang, &mut self.inline, false)
    }

    /// Span from the start of line `first` to the end of line `last`.
    /// The span of line `i`'s content: a number set alone on its line.
    fn number_span(&self, i: usize) -> Option<Span> {
        let t = self.tok(i);
        self.exists(i)
            .then(|| Span::from_range(t.start as usize..t.end as usize))
    }

    pub(crate) fn span_lines(&self, first: usize, last: usize) -> Option<Span> {
        let a = self.line(first)?;
        let b = self.line(last)?;
        Some(Span::from_range(a.start..b.end.max(a.start)))
    }

    // ----- What starts a block -----

    /// True when number `n` of line `i` may number a paragraph of the
    /// report: any number, or where the document prefixes its paragraph
    /// numbers (`13.1`), a prefixed one only.
    pub(crate) fn report_number(&self, i: usize, n: Numbered) -> bool {
        !self.prefixed
            || self
                .content(i)
                .get(..n.printed)
                .is_some_and(|p| p.trim_end_matches('.').contains('.'))
    }

    /// A chapter heading with the expected roman number.
    pub(crate) fn chapter_at(&self, i: usize) -> Option<(String, usize)> {
        // A row of the contents, its dot leader and page number after it
        // (`IV. Human rights situations … ........ 190–197 76` at the top of
        // the contents' second page), is no chapter.
        if self.has(i, Flags::LEADER) {
            return None;
        }
        let Some((label, at)) = self.tok(i).labelled(self.text) else {
            return self.chapter_without_period(i);
        };
        let arabic = match starts::arabic_label_value(label) {
            Some(starts::ArabicLabel::Chapter(v)) if !label.is_ascii() => Some(v),
            _ => None,
        };
        let value = arabic.or_else(|| roman_value(label))?;
        // Before any chapter (an excerpt, an addendum), the first may bear any
        // number up to XX.
        // One chapter heading missed (`II Organization of work`, printed
        // without its period) does not lose the ones after it: the next but
        // one is taken too, set as a heading (a blank line before it, or a
        // sentence ended on the line before where the text has no blank
        // lines; no clause ending in its line).
        let set_apart = self.has(i, Flags::BLANK_BEFORE) || (i > 0 && self.has(i - 1, Flags::ENDS_CLAUSE));
        let skips_one = value == self.next_chapter + 1
            && self.next_chapter > 1
            && set_apart
            && !self.has(i, Flags::ENDS_CLAUSE)
            && self.content(i).len() <= 100;
        // (Not a letter that only spells a large numeral: `C.` is a section
        // or a contents row, not chapter 100.)
        let any_first = self.next_chapter == 1 && !self.seen_para && value <= 20;
        let expected = value == self.next_chapter || any_first || skips_one;
        // The row of a table or list labelled in roman numerals (`V. Open
        // commitments` / `VI. Cash surplus/(shortfall)`) follows the row
        // before it with no text between: no chapter.
        let listed = i > 0
            && value > 1
            && self
                .tok(i - 1)
                .labelled(self.text)
                .and_then(|(l, _)| roman_value(l))
                .is_some_and(|v| v + 1 == value);
        (expected && !listed && (arabic.is_some() || label.chars().all(|c| "IVXLC".contains(c))))
            .then(|| (printed_label(label), at))
    }

    /// `II Organization of work`: the expected chapter's roman numeral
    /// printed without its period, then its title, set as a heading (a blank
    /// line before it or its first section's heading after it, no clause
    /// ending in it). Not chapter I, whose numeral is also a word.
    fn chapter_without_period(&self, i: usize) -> Option<(String, usize)> {
        let content = self.content(i);
        let (label, title) = content.split_once(' ')?;
        // (pdfminer may set two spaces: `II  Organization of work`.)
        let title = title.trim_start();
        let value = roman_value(label)?;
        let heading = value >= 2
            && value == self.next_chapter
            && label.chars().all(|c| "IVXLC".contains(c))
            && title.starts_with(char::is_uppercase)
            && content.len() <= 100
            && (self.has(i, Flags::BLANK_BEFORE) || self.opens_first_section(i + 1))
            && !self.has(i, Flags::ENDS_CLAUSE);
        heading.then(|| (label.to_owned(), content.len() - title.len()))
    }

    /// True when line `i` is the heading of a chapter's first section (`A.
    /// Date and venue of the Conference`): the line above it, with no blank
    /// line between (`pdftotext -raw`), is the chapter's heading.
    fn opens_first_section(&self, i: usize) -> bool {
        self.tok(i)
            .labelled(self.text)
            .is_some_and(|(label, at)| label == "A" && self.content(i).len() > at)
    }

    /// A chapter named by its word (`Chapter I: Purposes and Principles`, `第一章：…`)
    /// with the expected number: its value, its number as printed, where the title starts.
    pub(crate) fn word_chapter_at(&self, i: usize) -> Option<(u32, String, usize)> {
        if !self.has(i, Flags::WORD_CHAPTER) {
            return None;
        }
        let (value, label, at) = treaty::any_chapter_heading(self.content(i), self.lang)?;
        (value == self.next_chapter || self.next_chapter == 1).then(|| (value, label.to_owned(), at))
    }

    /// A chapter heading as pdfminer writes a right-to-left page (see
    /// [`Self::visual_letters`]): each box's letters last first, the boxes
    /// in no reading order, the title's boxes before the label. The label
    /// and its hyphen are one to three short lines (`-` / `ًلاوأ`, `ًا-` /
    /// `ثلاث`, `ًاعباس-`: `أولاً`, `ثالثاً`, `سابعاً`), or the chapter's word and
    /// ordinal are one or two (`لولأا لصفلا`, `الفصل الأول`; `سداسلا` /
    /// `لصفلا`). With the expected
    /// number; not a row of the contents (a dot leader before it on its
    /// page, or within ten lines after it; a page number, a range of
    /// paragraphs, a leader or a hyphen alone on the line after it). Returns the chapter's value, its label in
    /// reading order, and the label's last line. The title, scattered among
    /// the boxes before it, stays in the text.
    pub(crate) fn visual_chapter_at(&self, i: usize) -> Option<(u32, String, usize)> {
        if !self.visual_letters || !self.exists(i) {
            return None;
        }
        // Cheap test first (this runs on every line, several times): a
        // hyphen in the first three short lines, or the chapter's word
        // (`لصفلا`, `الفصل` last letter first).
        let short = |k: usize| self.exists(k) && self.content(k).chars().count() <= 10;
        let hyphen = (i..i + 3)
            .take_while(|&k| short(k))
            .any(|k| self.content(k).contains('-'));
        let word = (i..i + 2).any(|k| self.content(k).contains("لصف"));
        if !hyphen && !word {
            return None;
        }
        let expected =
            |value: u32| value == self.next_chapter || (self.next_chapter == 1 && !self.seen_para && value <= 20);
        let mut found = None;
        for last in i..i + 3 {
            if !hyphen || !short(last) {
                break;
            }
            let joined: String = (i..=last).map(|k| self.content(k)).collect();
            if !joined.contains('-') || self.content(last) == "-" {
                continue;
            }
            let label: String = joined.chars().filter(|&c| c != '-' && !c.is_whitespace()).collect();
            let read = crate::lang::arabic::letters_in_reading_order(&label);
            if let Some(starts::ArabicLabel::Chapter(value)) = starts::arabic_label_value(&read) {
                found = Some((value, read, last));
                break;
            }
        }
        // The chapter's word and ordinal, alone on their line or a box a
        // line (`سداسلا` / `لصفلا`).
        for last in i..i + 2 {
            if found.is_some() || !word || !self.exists(last) || self.content(last).len() > 48 {
                break;
            }
            let joined = (i..=last).map(|k| self.content(k)).collect::<Vec<_>>().join(" ");
            let read = crate::lang::arabic::letters_in_reading_order(&joined);
            if let Some((value, label, at)) = treaty::any_chapter_heading(&read, self.lang) {
                if read.get(at..).is_some_and(|t| t.trim().is_empty()) {
                    found = Some((value, label.to_owned(), last));
                }
            }
        }
        let (value, label, last) = found.filter(|&(value, _, _)| expected(value))?;
        // A row of the contents: page numbers, a leader or a label after it.
        let next = self.content(last + 1).trim();
        // (A page's number, `3`, or a range of paragraphs, `4-12`; not a
        // paragraph's number, `1-`.)
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let numbers = digits(next)
            || next
                .split_once(['-', '\u{2013}'])
                .is_some_and(|(a, b)| digits(a.trim()) && digits(b.trim()));
        if !self.exists(last + 1) || numbers || next == "-" || self.has(last + 1, Flags::LEADER) {
            return None;
        }
        (!self.among_leaders(i, last)).then_some((value, label, last))
    }

    /// True when lines `i` to `last` stand among a contents page's rows: a
    /// dot leader on their page before them (the page's first line has its
    /// furniture removed before it), or within the ten lines after them.
    fn among_leaders(&self, i: usize, last: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 400 && !self.has(k, Flags::REMOVED_BEFORE) {
            k -= 1;
            if self.has(k, Flags::LEADER) {
                return true;
            }
        }
        (last + 1..last + 11)
            .take_while(|&k| self.exists(k) && !self.has(k, Flags::REMOVED_BEFORE))
            .any(|k| self.has(k, Flags::LEADER))
    }

    /// A chapter named by its word, its word and number on two lines
    /// (`الفصل` / `السادس`, PyMuPDF and `pdftotext -raw`; `Chapter` /
    /// `IV`), or on one line whose runs `-raw` wrote in visual order
    /// (`الأول` `الفصل`): the word alone on its line and the number alone on
    /// the next (its dash after it at most), with no blank line between; or,
    /// in a text so written, the line's runs read last first. With the
    /// expected number. Returns the chapter's value, its number as printed,
    /// and the label's last line; the title follows on the lines after it.
    pub(crate) fn split_word_chapter_at(&self, i: usize) -> Option<(u32, String, usize)> {
        let content = self.content(i);
        // Cheap tests first (this runs on every line): a short line, with
        // no space in it or in a text written a word a run.
        if content.len() > 48 || content.is_empty() || (content.contains(' ') && !self.visual_runs) {
            return None;
        }
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|&c| !plenary_model::coverage::is_direction_mark(c))
                .collect::<String>()
                .trim()
                .to_owned()
        };
        let alone = |read: &str| {
            treaty::any_chapter_heading(read, self.lang)
                .filter(|&(_, _, at)| read.get(at..).is_some_and(|t| t.trim().is_empty()))
                .map(|(value, label, _)| (value, label.to_owned()))
        };
        let found = if content.contains(' ') {
            // (The language's chapter word in the line first.)
            if !self.lang.chapter.iter().any(|w| content.contains(w)) {
                return None;
            }
            let read = crate::lang::arabic::logical_order(content)?;
            alone(&plain(&read)).map(|(value, label)| (value, label, i))
        } else {
            // (The word first, with no copy: most short lines are none.)
            let word = content.trim_matches(plenary_model::coverage::is_direction_mark);
            let initial = word.chars().next().and_then(|c| c.to_lowercase().next());
            if !initial.is_some_and(|c| treaty::chapter_initials().contains(&c))
                || !treaty::is_chapter_word(word, self.lang)
            {
                return None;
            }
            let next = self.content(i + 1);
            if !self.exists(i + 1) || self.has(i + 1, Flags::BLANK_BEFORE) || next.len() > 48 {
                return None;
            }
            let number = plain(next);
            let number = number.trim_end_matches('-').trim_end();
            alone(&format!("{} {number}", plain(content))).map(|(value, label)| (value, label, i + 1))
        };
        found.filter(|&(value, _, _)| value == self.next_chapter || self.next_chapter == 1)
    }

    /// A section heading with the expected letter.
    pub(crate) fn section_at(&self, i: usize) -> Option<(String, usize)> {
        // (Nor is a row of the contents a section.)
        if self.has(i, Flags::LEADER) {
            return None;
        }
        let (label, at) = self.tok(i).labelled(self.text)?;
        // An Arabic section's letter name (`باء`) stands for its Latin letter.
        let arabic = match starts::arabic_label_value(label) {
            Some(starts::ArabicLabel::Section(l)) if !label.is_ascii() => Some(l),
            _ => None,
        };
        let letter = arabic.or_else(|| label.chars().next())?;
        let index = (letter as u32).wrapping_sub('A' as u32).wrapping_add(1);
        let heading_like = !self.has(i, Flags::ENDS_CLAUSE) || self.chunk_len(i) <= 2;
        let one_letter = label.len() == 1 || arabic.is_some();
        (one_letter && index == self.next_section && heading_like).then(|| (printed_label(label), at))
    }

    /// An annotation's heading in a provisional agenda: after the agenda,
    /// an item's number and its name again (`1. Opening of the session`;
    /// `-1` / `افتتاح الاجتماع`), the number on the name's line or alone on
    /// the line above it. The number, where the name starts, and the
    /// heading's last line.
    pub(crate) fn annotation_heading(&self, i: usize) -> Option<(u32, usize, usize)> {
        if !self.agenda_document || self.agenda_titles.is_empty() {
            return None;
        }
        let n = self.numbered_at(i).filter(|n| n.with_period)?;
        let want = self.agenda_titles.get(usize::try_from(n.num).ok()?.checked_sub(1)?)?;
        let content = self.content(i);
        let rest = content.get(n.text_at..).unwrap_or("").trim();
        let (title, first) = if rest.is_empty() {
            (self.content(i + 1), i + 1)
        } else {
            (rest, i)
        };
        // The item's name, or its first words up to its punctuation (`3.
        // Follow-up issues:` / `(a) …` read with it); over several lines
        // where an extractor cut it (PyMuPDF: `قضايا` / `المتابعة`), each
        // line going on with the name (up to eight lines: PyMuPDF may set
        // a word a line).
        let named = |key: &str| {
            !key.is_empty()
                && want
                    .strip_prefix(key)
                    .is_some_and(|after| after.is_empty() || after.starts_with('|'))
        };
        let mut key = title_key(title, self.lang);
        let mut last = first;
        while !named(&key) {
            if key.is_empty() || !want.starts_with(key.as_str()) || last >= first + 7 || !self.exists(last + 1) {
                return None;
            }
            last += 1;
            let more = title_key(self.content(last), self.lang);
            if more.is_empty() {
                return None;
            }
            key.push_str(&more);
        }
        Some((n.num, n.text_at, last))
    }

    /// A numbered subsection heading (`1. Délibérations`): short, one line, no final punctuation.
    pub(crate) fn subsection_at(&self, i: usize) -> Option<(u32, usize)> {
        let content = self.content(i);
        let n = self.numbered_at(i)?;
        // `1.` alone, its title on the next line (`Cross-cutting issues`), in a section
        // whose paragraphs are numbered on: the number is out of their sequence.
        if n.text_at >= content.len() && self.seen_para && n.num < self.next_para.saturating_sub(1) {
            let next = self.content(i + 1);
            let short = !next.is_empty()
                && next.len() < 120
                && !self.has(i + 1, Flags::ENDS_CLAUSE)
                && self.numbered_at(i + 1).is_none();
            // …and the paragraphs go on after the title (`25.` after `5.` / `Right to work`),
            // perhaps past a sub-heading line.
            let resumes = (i + 2..i + 5).any(|j| self.numbered_at(j).is_some_and(|m| m.num == self.next_para));
            // …or the title stands alone before a blank line, a table or a
            // figure under it (`3.` / `Operational costs` / `(Thousands of
            // United States dollars)`), set apart from its number by a blank
            // line or not (PyMuPDF).
            let alone = self.line(i + 2).is_none_or(|l| l.blank_before)
                && next.len() <= 60
                && next.starts_with(char::is_uppercase);
            return (short && (resumes || alone)).then_some((n.num, n.text_at));
        }
        // Before any report paragraph, a number alone (PyMuPDF: `1` / `-`,
        // joined) over a short line set apart from the text under it: a
        // numbered heading of a note whose paragraphs are not numbered
        // (`1-` / `معلومات أساسية` / blank / `أنشئت اللجنة التنفيذية …`).
        if n.text_at >= content.len() && !self.seen_para && n.with_period && n.num == self.next_subsection {
            let title = self.content(i + 1);
            // (The title may wrap once: `تاريخ و مكان` / `انعقاد الاجتماع`.)
            let short = |j: usize| {
                !self.content(j).is_empty()
                    && self.content(j).chars().count() <= 40
                    && !self.has(j, Flags::ENDS_CLAUSE)
                    && self.numbered_at(j).is_none()
            };
            let last = if !self.has(i + 2, Flags::BLANK_BEFORE) && short(i + 2) && self.has(i + 3, Flags::BLANK_BEFORE)
            {
                i + 2
            } else {
                i + 1
            };
            let set_apart = self.has(last + 1, Flags::BLANK_BEFORE)
                && !self.has(i + 1, Flags::BLANK_BEFORE)
                && self.numbered_at(last + 1).is_none()
                && self.label_at(last + 1).is_none()
                && !self.content(last + 1).is_empty();
            let heading = !title.is_empty()
                && title.chars().count() <= 40
                && !self.has(i + 1, Flags::ENDS_CLAUSE)
                && !self.has(i + 1, Flags::ENDS_COMMA)
                && self.numbered_at(i + 1).is_none();
            if set_apart && heading {
                return Some((n.num, n.text_at));
            }
        }
        let title = content.get(n.text_at..)?;
        // A sub-heading numbered on its own between report paragraphs:
        // `1. Parliamentary human rights Committees` before `19.`; or over a
        // table, whose unit line follows (`3. Operational costs` /
        // `(Thousands of United States dollars)`).
        let unit_line = |c: &str| c.starts_with('(') && c.ends_with(')') && c.len() <= 80;
        let next_para_at = |j: usize| {
            self.numbered_at(j)
                .is_some_and(|m| m.with_period && m.num == self.next_para)
        };
        // (Its title may wrap once where its line ends with a function word:
        // `2. Views expressed by member and observer States … and by` /
        // `United Nations entities on the outcome of the review` / `685.`.)
        // A line as long as a full line wraps too (`3. Persons who were
        // transferred … following` / `Slovenia’s gaining independence …`).
        // pdfminer may set the title's last words apart, past a blank line,
        // where they open in small letters (`2.  Views expressed by … on
        // the review` / blank / `outcome` / blank / `216.`).
        let wraps = || {
            let lower_tail = self.short_tail(i + 1);
            !self.has(i + 1, Flags::ENDS_CLAUSE)
                && (!self.has(i + 1, Flags::BLANK_BEFORE) || lower_tail)
                && self.numbered_at(i + 1).is_none()
                && next_para_at(i + 2)
                && (title.chars().count() >= 75 || masthead::ends_with_function_word(title) || lower_tail)
        };
        // (The next paragraph's number may stand after its first line, as
        // pdfminer sets it: `6.  Les minorités …` / `En ce qui concerne … de
        // la` / `84.` / `Constitution italienne …`.)
        let resumes = || {
            next_para_at(i + 1)
                || unit_line(self.content(i + 1))
                || wraps()
                || self.displaced_number(i + 1, Numbering::Report).is_some()
        };
        if self.seen_para
            && n.with_period
            && n.num < self.next_para.saturating_sub(1)
            && !title.is_empty()
            && title.len() < 120
            && !ends_clause(title)
            && !title.ends_with(',')
            && resumes()
        {
            return Some((n.num, n.text_at));
        }
        let isolated = self.line(i + 1).is_none_or(|l| l.blank_before);
        // A numbered caption over a table where no paragraph came before
        // (`1. Cooperation with treaty bodies` / `Latest report`, a
        // corrigendum's table): a short title alone, and the paragraph it
        // would number not followed by the next.
        let caption = !self.seen_para
            && isolated
            && title.len() <= 60
            && title.starts_with(char::is_uppercase)
            && !(i + 1..i + 12).any(|j| self.numbered_at(j).is_some_and(|m| m.num == n.num + 1));
        // Before any report paragraph, a short numbered title over a line of
        // text at least twice as long, with no number of its own: a
        // numbered heading of a note whose paragraphs are not numbered
        // (`-1 معلومات أساسية` / `أنشئت اللجنة التنفيذية بموجب …`,
        // E/ESCWA/2017/EC.4/INF.1), a blank line between them or not
        // (`-layout`).
        let over_text = || {
            !self.seen_para
                && title.chars().count() <= 40
                && self.numbered_at(i + 1).is_none()
                && self.label_at(i + 1).is_none()
                && self.content(i + 1).chars().count() >= (2 * title.chars().count()).max(30)
        };
        (n.with_period
            && n.num == self.next_subsection
            && (n.num != self.next_para || caption || over_text())
            && !title.is_empty()
            && title.len() < 120
            && !ends_clause(title)
            && !title.ends_with(',')
            && (isolated || over_text()))
        .then_some((n.num, n.text_at))
    }

    /// Number of lines in the chunk starting at `i` (up to the next blank line),
    /// counted up to eight: callers only ask whether a chunk is short.
    pub(crate) fn chunk_len(&self, i: usize) -> usize {
        let mut n = 1;
        while n < 8 && self.line(i + n).is_some_and(|l| !l.blank_before) {
            n += 1;
        }
        n
    }

    /// An unnumbered heading: a short chunk of at most three lines between
    /// blank lines, upper-case start, no final punctuation.
    pub(crate) fn plain_heading_at(&self, i: usize) -> Option<usize> {
        let line = self.line(i)?;
        let prev_closed = i.checked_sub(1).is_some_and(|p| self.has(p, Flags::ENDS_CLAUSE));
        if !(line.blank_before || i == 0 || prev_closed) {
            return None;
        }
        let n = self.chunk_len(i);
        if n > 3 {
            return None;
        }
        let first = self.tok(i);
        let last = self.tok(i + n - 1);
        let total: usize = (i..i + n).map(|j| self.content(j).len()).sum();
        let upper = first.has(Flags::STARTS_UPPER);
        let numbered_start = matches!(first.head, lex::Head::Numbered { .. } | lex::Head::Label { .. });
        // A bracketed note (`[without reference to a Main Committee (A/73/L.3)]`) ends no heading.
        let punct = last.has(Flags::ENDS_CLAUSE) || last.has(Flags::ENDS_COMMA) || last.has(Flags::ENDS_BRACKET);
        let officer = first.has(Flags::OFFICER_ROLE);
        // A following line that starts lower-case continues a sentence, not a heading.
        let next_continues = self.has(i + n, Flags::STARTS_LOWER);
        // Nor does a heading end with a function word (`… the President of`):
        // that is a sentence an extractor cut off.
        let last_word = self.content(i + n - 1).rsplit(' ').next().unwrap_or("");
        // Nor with a word broken at its hyphen (`… equal rights for same-`).
        let cut_off = self.lang.stopwords.contains(&last_word) || last_word.ends_with('-');
        (upper && !numbered_start && !punct && !officer && total < 240 && !next_continues && !cut_off).then_some(n)
    }

    /// A heading set tight between paragraphs, as pdftotext writes them: up
    /// to three lines with no final punctuation, upper-case start, after a
    /// closed sentence and before the next expected paragraph number.
    pub(crate) fn tight_heading_at(&self, i: usize) -> Option<usize> {
        let first = self.tok(i);
        if !first.has(Flags::STARTS_UPPER) || matches!(first.head, lex::Head::Numbered { .. } | lex::Head::Label { .. })
        {
            return None;
        }
        for n in 1..=3 {
            let last = self.tok(i + n - 1);
            if last.has(Flags::ENDS_CLAUSE) || last.has(Flags::ENDS_COMMA) || !self.exists(i + n - 1) {
                return None;
            }
            if self
                .numbered_at(i + n)
                .is_some_and(|m| m.with_period && m.num == self.next_para)
            {
                return Some(n);
            }
        }
        None
    }

    /// True when line `i` starts a new block in the given numbering context.
    pub(crate) fn starts_block(&self, i: usize, numbering: Numbering) -> bool {
        if self.displaced_number(i, numbering).is_some() {
            return true;
        }
        // A table of contents opens a block of its own, with no blank line
        // before its heading too (`-raw`: `Trade and development` / `Contents`).
        if toc::toc_at(self, i) {
            return true;
        }
        let tok = self.tok(i);
        let prev = i.checked_sub(1).map_or(lex::NO_TOKEN, |p| self.tok(p));
        let prev_empty = prev.start == prev.end;
        let prev_closed = prev.has(Flags::ENDS_CLAUSE)
            || prev_empty
            || prev
                .numbered()
                .is_some_and(|n| n.text_at >= (prev.end - prev.start) as usize);
        if let Some(n) = tok
            .numbered()
            .filter(|n| numbering != Numbering::Report || self.report_number(i, *n))
        {
            let expected = match numbering {
                Numbering::Report => n.num == self.next_para || (n.with_period && self.item_number(n.num)),
                Numbering::Operative => n.num == self.next_operative || (n.num == self.next_para && n.with_period),
                Numbering::Quoted => n.with_period,
                Numbering::Items(k) => n.num == k || n.num == self.next_para,
            };
            // With its period, the expected number starts a paragraph wherever it stands;
            // without it (`10 Les articles`), only after a closed sentence.
            if expected && (n.with_period || (prev_closed && numbering == Numbering::Report)) {
                return true;
            }
            // The number after the expected one, where the two after it
            // follow in order and the expected one nowhere comes first: a
            // paragraph whose number OCR lost (`2,` for `2.`), which must
            // not hold up the rest.
            if numbering == Numbering::Report
                && n.with_period
                && self.seen_para
                && n.num == self.next_para + 1
                && self.lost_number_before(i, n.num)
            {
                return true;
            }
            // `1.` after a closed sentence, well into the report: a list numbered on its own.
            // So after a title that ends with no stop (`… et de l’autonomisation
            // des jeunes` / `1. Nous, représentants …`), its text in capitals.
            // The number may stand alone, its text on the next line.
            let rest = self.content(i).get(n.text_at..).unwrap_or("").trim_start();
            let text = if rest.is_empty() { self.content(i + 1) } else { rest };
            let after_title = !prev.has(Flags::ENDS_COMMA)
                && !prev.has(Flags::ENDS_COLON)
                && text.chars().next().is_some_and(char::is_uppercase);
            if numbering == Numbering::Report
                && n.with_period
                && n.num == 1
                && self.seen_para
                && self.next_para > 3
                && (prev_closed || after_title || self.list_runs_on(i))
            {
                return true;
            }
        }
        if prev_closed && numbering == Numbering::Operative && self.lost_period(i).is_some() {
            return true;
        }
        if let Some(label) = tok.list_label(self.text) {
            if prev_closed || prev.has(Flags::ENDS_COLON) {
                return letter_index(label.value).is_some() || roman_value(label.value).is_some();
            }
        }
        let blank_before = tok.has(Flags::BLANK_BEFORE);
        // An Arabic chapter's or section's label with its dash (`أولاً-`,
        // `ألف-`), the one expected, opens its heading after any line: running
        // text sets a comma after such a word, never a dash, and PyMuPDF
        // breaks a page's lines where the sentence before may not have ended
        // on its line (`… في.المنطقة العربية` / `أولاً- ورشة العمل`).
        // (Not a row of the contents, its dot leader within three lines.)
        let arabic_label = |found: Option<(String, usize)>| found.is_some_and(|(label, _)| !label.is_ascii());
        let contents_row = (i + 1..i + 4).any(|j| self.has(j, Flags::LEADER));
        if !contents_row && (arabic_label(self.chapter_at(i)) || arabic_label(self.section_at(i))) {
            return true;
        }
        if self.chapter_at(i).is_some() || self.section_at(i).is_some() || self.part_at(i) {
            // The date that closes a resolution's adoption record (`7e séance
            // plénière` / `28 juin 2018`) closes what stands before too.
            // At a page's top (its header removed before it), where the
            // page before ended on a table's figures.
            let page_top = tok.has(Flags::REMOVED_BEFORE);
            // A line naming an officer (`Rapporteur-General: Omar Hilale
            // (Morocco)`) or a bracketed note (`[To be completed]`) is whole:
            // a heading after it with no blank line (`-raw`) starts anew.
            return prev_closed
                || blank_before
                || page_top
                || prev.has(Flags::OFFICER)
                || prev.has(Flags::ENDS_BRACKET)
                || (i > 0 && crate::lang::date_line(self.content(i - 1)).is_some());
        }
        if self.word_chapter_at(i).is_some()
            || tok.has(Flags::ARTICLE)
            || self.visual_chapter_at(i).is_some()
            || self.split_word_chapter_at(i).is_some()
        {
            return true;
        }
        if tok.has(Flags::MEETING) && prev_closed {
            return true;
        }
        // A vote record (`[Adopted without a vote.]`) is cut from the meeting line above it.
        if vote::vote_at(self, i) {
            return true;
        }
        if deliberation::heading_at(self, i)
            || deliberation::bare_heading_at(self, i)
            || deliberation::listed_at(self, i)
            || deliberation::draft_heading_at(self, i).is_some()
        {
            return true;
        }
        // A heading set without a blank line before it: no clause inside it.
        if prev_closed && self.chunk_len(i) == 1 && !tok.has(Flags::INNER_COMMA) && self.plain_heading_at(i).is_some() {
            return true;
        }
        if prev_closed && self.tight_heading_at(i).is_some() {
            return true;
        }
        if numbering == Numbering::Report && (self.subsection_at(i).is_some() || self.annotation_heading(i).is_some()) {
            return true;
        }
        // The formula (`The Human Rights Council,`) is a paragraph of its own.
        if prev.has(Flags::FORMULA) && prev.has(Flags::ENDS_COMMA) && tok.has(Flags::STARTS_UPPER) {
            return true;
        }
        if prev.has(Flags::ENDS_COMMA) && tok.has(Flags::PREAMBULAR) && !self.inside_quotation(i) {
            return true;
        }
        // Inside a resolution, an opener that also opens sentences of running
        // text (`وقد نظرت في …`).
        if numbering == Numbering::Operative
            && prev.has(Flags::ENDS_COMMA)
            && starts::preamble_only_opener(self.content(i), self.lang)
        {
            return true;
        }
        // An operative paragraph printed without a number (`Decides that …`)
        // after the preamble's last line.
        if numbering == Numbering::Operative
            && prev.has(Flags::ENDS_COMMA)
            && tok.has(Flags::OPERATIVE)
            && !self.inside_quotation(i)
        {
            return true;
        }
        if tok.has(Flags::OFFICER_ROLE) {
            return true;
        }
        false
    }

    /// The number of the paragraph that line `i` opens, set alone on the line
    /// after it: PDF extractors that order a page's text boxes by their
    /// position (pdfminer) give a paragraph's first line, then its number
    /// (printed in the margin, a little lower), then the rest
    /// (`The Working Group …, established in accordance` / `1.` / `with Human
    /// Rights Council resolution 5/1, …`). Taken only where the first line
    /// opens a run of lines, does not close a sentence, and the text visibly
    /// runs on over the number: the line after it starts in small letters,
    /// or the first ends with a comma or a function word (`of the`). The
    /// number is the one expected. A heading above a number (`Attendance` /
    /// `6.` / `The session was …`) is not taken.
    fn displaced_number(&self, i: usize, numbering: Numbering) -> Option<Numbered> {
        let first = self.tok(i);
        let opens = i == 0
            || first.has(Flags::BLANK_BEFORE)
            || first.has(Flags::REMOVED_BEFORE)
            || self.has(i - 1, Flags::ENDS_CLAUSE);
        if !opens
            || first.has(Flags::ENDS_CLAUSE)
            || first.has(Flags::ENDS_COLON)
            || first.head != lex::Head::Text
            || !self.exists(i + 2)
        {
            return None;
        }
        let n = self.numbered_at(i + 1).filter(|n| n.with_period)?;
        let alone = self.content(i + 1).len() <= n.text_at;
        let expected = match numbering {
            Numbering::Report => {
                n.num == self.next_para && (self.seen_para || n.num == 1) && self.report_number(i + 1, n)
            }
            Numbering::Operative => n.num == self.next_operative,
            Numbering::Items(k) => n.num == k,
            Numbering::Quoted => false,
        };
        let tight = |k: usize| !self.has(k, Flags::BLANK_BEFORE) && !self.has(k, Flags::REMOVED_BEFORE);
        let lower = self.has(i + 2, Flags::STARTS_LOWER);
        let runs_on = lower || first.has(Flags::ENDS_COMMA) || masthead::ends_with_function_word(self.content(i));
        // The number may stand apart from the first line, never from the rest.
        (alone && expected && (tight(i + 1) || lower) && tight(i + 2) && runs_on).then_some(n)
    }

    /// True when the number `n` at line `i`, the report's next, belongs to
    /// the list numbered on its own that reached it: a text the report
    /// quotes with its own numbering from 1 (a declaration adopted, E/2018/41's
    /// Beirut Consensus, 1 to 34 after the report's paragraph 3). So where the
    /// numbers run on from `n` in sequence and, after them, the report's `n`
    /// comes again and its own run goes past the list's last number. A
    /// resolution's operative `4.` later on, whose run stops short, does not
    /// count. Looks at most [`LIST_LOOKAHEAD`] lines ahead.
    fn list_owns(&self, i: usize, n: u32) -> bool {
        let end = (i + LIST_LOOKAHEAD).min(self.limit).min(self.tokens.len());
        let numbered = |j: usize| self.numbered_at(j).filter(|m| m.with_period).map(|m| m.num);
        let mut list_end = n;
        let mut after = i;
        for j in i + 1..end {
            match numbered(j) {
                Some(m) if m == list_end + 1 => {
                    list_end += 1;
                    after = j;
                }
                // `n` again: the list's run is over.
                Some(m) if m == n => break,
                _ => {}
            }
        }
        if list_end <= n {
            return false;
        }
        let mut run: Option<u32> = None;
        for j in after + 1..end {
            match (numbered(j), run) {
                // Each `n` starts a run again (a resolution's operative
                // paragraphs before the report's).
                (Some(m), _) if m == n => run = Some(m),
                (Some(m), Some(r)) if m == r + 1 => {
                    if m > list_end {
                        return true;
                    }
                    run = Some(m);
                }
                _ => {}
            }
        }
        false
    }

    /// True when `heading` names a list of abbreviations (`LIST OF
    /// ABBREVIATIONS`, `Sigles et abréviations`): a short heading holding one
    /// of [`crate::lang::Lang::abbreviations`].
    /// True when `title` is the title of an agenda (`Provisional agenda`,
    /// `جدول الأعمال المؤقت والشروح`): it opens with one of
    /// [`crate::lang::Lang::agenda_titles`], whole words.
    pub(crate) fn agenda_title(title: &str, lang: &Lang) -> bool {
        let folded = title.trim().to_lowercase();
        lang.agenda_titles.iter().any(|w| {
            let rest = if crate::lang::arabic::has_arabic(w) {
                crate::lang::arabic::opens_with(&folded, w).and_then(|at| folded.get(at..))
            } else {
                folded.strip_prefix(w)
            };
            rest.is_some_and(|r| !r.starts_with(char::is_alphanumeric) || lang.unspaced)
        })
    }

    fn abbreviations_heading(&self, heading: &str) -> bool {
        let folded = heading.to_lowercase();
        folded.split_whitespace().count() <= 6
            && self.lang.abbreviations.iter().any(|w| {
                folded.split(|c: char| !c.is_alphanumeric()).any(|word| word == *w)
                    || (!w.is_ascii() && !folded.contains(' ') && folded.contains(w))
            })
    }

    /// True when line `j` is a heading's last words set on a line of their
    /// own (`outcome` under `2.  Views expressed by … on the review`): a
    /// short line (40 characters at most) in small letters that ends no
    /// clause and bears no number or label.
    fn short_tail(&self, j: usize) -> bool {
        self.has(j, Flags::STARTS_LOWER)
            && !self.has(j, Flags::ENDS_CLAUSE)
            && self.content(j).chars().count() <= 40
            && self.numbered_at(j).is_none()
            && self.label_at(j).is_none()
    }

    /// True when the `1.` at line `i` opens a list that runs on: `2.` and
    /// `3.` open lines after it, in order, within [`LIST_REACH`] lines, and
    /// the report's next paragraph number does not come first. So a list
    /// numbered on its own opens where the sentence that introduces it does
    /// not visibly end (PyMuPDF sets an Arabic line's colon inside it:
    /// `… جدول الأعمال :بصيغته المعتمدة` / `1` / `-`).
    fn list_runs_on(&self, i: usize) -> bool {
        self.numbers_follow(i, 2, self.next_para, LIST_REACH)
    }

    /// True when, at line `i`, `num` goes on with the report's numbering
    /// after `num - 1` was lost: `num + 1` and `num + 2` follow within
    /// [`LOST_NUMBER_REACH`] lines and `num - 1` does not come first.
    fn lost_number_before(&self, i: usize, num: u32) -> bool {
        self.numbers_follow(i, num + 1, num.saturating_sub(1), LOST_NUMBER_REACH)
    }

    /// True when, among the numbers that open the `reach` lines after `i`
    /// with their period, `from` and `from + 1` come in order and `stop`
    /// does not come before them.
    fn numbers_follow(&self, i: usize, from: u32, stop: u32, reach: usize) -> bool {
        let mut want = from;
        for j in i + 1..i + reach {
            if !self.exists(j) {
                return false;
            }
            match self.numbered_at(j).filter(|m| m.with_period) {
                Some(m) if m.num == stop => return false,
                Some(m) if m.num == want => {
                    want += 1;
                    if want > from + 1 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// True when `num` numbers the next item of the list numbered on its own
    /// that went before ([`Self::next_item`]), or the item after it where
    /// that item's number was lost, though not the report's next number.
    fn item_number(&self, num: u32) -> bool {
        self.next_item
            .is_some_and(|k| num == k || (num == k + 1 && num != self.next_para))
    }

    /// True when line `i` is the first line of a report paragraph, or of
    /// the next item of the list numbered on its own, whose number stands
    /// on the line after it ([`Self::displaced_number`]).
    fn displaced_here(&self, i: usize) -> bool {
        self.displaced_number(i, Numbering::Report).is_some()
            || self
                .next_item
                .is_some_and(|k| self.displaced_number(i, Numbering::Items(k)).is_some())
    }

    /// Reads a block whose number [`Self::displaced_number`] found on the
    /// line after its first: the first line, then the text from the line
    /// after the number on.
    fn read_displaced(&mut self, numbering: Numbering) -> (Vec<(usize, usize)>, usize) {
        let head = self.line(self.pos).map(|l| (l.start, l.end));
        self.pos += 2;
        let (rest, last) = self.read_lines(0, numbering);
        (head.into_iter().chain(rest).collect(), last)
    }

    /// Line `i` is the number of the operative paragraph expected, alone,
    /// after a paragraph that ends with a semicolon and before a capitalised
    /// line: its period was lost (`…disabilities;` / `6` / `Also urges States
    /// …`). Not a run of note labels (`6` / `See …` / `7` / `Ibid.`).
    fn lost_period(&self, i: usize) -> Option<Numbered> {
        let c = self.content(i);
        let after_semicolon = i > 0 && self.content(i - 1).ends_with(';');
        // The number before its text on its line, an operative verb after it
        // (`6 Also urges States to promote …`, `-raw`).
        let digits = c.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && c.len() > digits {
            let num: u32 = c.get(..digits)?.parse().ok()?;
            let rest = c.get(digits..)?.strip_prefix(' ')?;
            // (An adverb may come first: `Also urges`, `Further requests`.)
            let verb = starts::operative_start(rest, self.lang)
                || rest.split_once(' ').is_some_and(|(adverb, after)| {
                    adverb.starts_with(char::is_uppercase) && starts::operative_start(after, self.lang)
                });
            return (num == self.next_operative && after_semicolon && verb).then_some(Numbered {
                num,
                printed: digits,
                text_at: digits + 1,
                with_period: false,
            });
        }
        let num: u32 = c.parse().ok().filter(|_| (1..=3).contains(&c.len()))?;
        let bare = |k: usize| self.content(k).bytes().all(|b| b.is_ascii_digit()) && self.exists(k);
        (num == self.next_operative && after_semicolon && self.has(i + 1, Flags::STARTS_UPPER) && !bare(i + 2))
            .then_some(Numbered {
                num,
                printed: c.len(),
                text_at: c.len(),
                with_period: false,
            })
    }

    /// True when line `i` stands inside a quotation opened on one of the
    /// four lines above it, in the same run of lines (`entitled “Declaration
    /// on …` / `… of All States,` / `Taking into Particular Account …”`).
    fn inside_quotation(&self, i: usize) -> bool {
        let mut balance = 0i32;
        for j in (i.saturating_sub(4)..i).rev() {
            let c = self.content(j);
            let opens = c.matches(['“', '«']).count();
            let closes = c.matches(['”', '»']).count();
            balance += i32::try_from(opens).unwrap_or(0) - i32::try_from(closes).unwrap_or(0);
            if self.has(j, Flags::BLANK_BEFORE) {
                break;
            }
        }
        balance > 0
    }

    /// True when line `i` continues the block whose last line is `i - 1`.
    pub(crate) fn continues(&self, i: usize, numbering: Numbering) -> bool {
        if !self.exists(i) || self.starts_block(i, numbering) {
            return false;
        }
        let tok = self.tok(i);
        // A draft's text, where the sentence before it that transmits it
        // ends with its colon (`… the adoption of the following draft
        // resolution:` / `Modalities for the fifth review …`), with no blank
        // line between (`-raw`).
        if self.draft.is_some()
            && i.checked_sub(1).is_some_and(|p| self.has(p, Flags::ENDS_COLON))
            && deliberation::draft_start(self, i).is_some()
        {
            return false;
        }
        if !tok.has(Flags::BLANK_BEFORE) {
            return true;
        }
        // Across blank lines: only a sentence cut in two reads on.
        let prev = i.checked_sub(1).map_or(lex::NO_TOKEN, |p| self.tok(p));
        let cut = !prev.has(Flags::ENDS_CLAUSE) && !prev.has(Flags::ENDS_COMMA);
        // An opener in small letters (Russian `рассмотрев`, after a line
        // whose comma OCR lost) opens a paragraph of its own.
        let lower = tok.has(Flags::STARTS_LOWER) && !tok.has(Flags::PREAMBULAR) && !tok.has(Flags::OPERATIVE);
        // A date cut at its year goes on too (`… resolution 60/251 of 15
        // March` / blank / `2006,`, as pdfminer sets a blank line there).
        // (Cheap tests first: the line opens with four digits.)
        let year = || {
            cut && self
                .content(i)
                .get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
                && i.checked_sub(1)
                    .is_some_and(|p| crate::lang::is_month(self.content(p).rsplit(' ').next().unwrap_or("")))
        };
        (tok.has(Flags::REMOVED_BEFORE) && (lower || cut)) || (lower && cut) || year()
    }

    /// Reads a block's lines from `self.pos`: the first line from `first_at`,
    /// the rest while they continue. Returns the segments and the last line.
    pub(crate) fn read_lines(&mut self, first_at: usize, numbering: Numbering) -> (Vec<(usize, usize)>, usize) {
        let first = self.pos;
        let mut segments = Vec::new();
        if let Some(l) = self.line(first) {
            let start = (l.start + first_at).min(l.end);
            if start < l.end {
                segments.push((start, l.end));
            }
        }
        let mut last = first;
        self.pos += 1;
        // A number alone on its line: its text is on the next line, even past a blank
        // line, unless that line is itself numbered or labelled.
        let next = self.tok(self.pos);
        // Only asked of a line after a number alone.
        let labelled =
            || matches!(next.head, lex::Head::Numbered { .. } | lex::Head::Label { .. }) || self.heading_stop(self.pos);
        if segments.is_empty() && self.line(self.pos).is_some() && !labelled() {
            if let Some(l) = self.line(self.pos) {
                segments.push((l.start, l.end));
            }
            last = self.pos;
            self.pos += 1;
        }
        while self.continues(self.pos, numbering) {
            if let Some(l) = self.line(self.pos) {
                segments.push((l.start, l.end));
            }
            last = self.pos;
            self.pos += 1;
        }
        (segments, last)
    }

    // ----- Document level -----

    /// Parses the whole body.
    pub fn parse_body(&mut self) -> Vec<Block> {
        let mut stack: Vec<Section> = Vec::new();
        let mut root: Vec<Block> = Vec::new();
        while !self.at_end() {
            let i = self.pos;
            if toc::toc_at(self, i) {
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let block = toc::parse(self, &parent);
                push(&mut stack, &mut root, block);
                continue;
            }
            if self.part_at(i) {
                close_to(&mut stack, &mut root, SectionLevel::Part);
                let n = self.next_count();
                let id = self.id("", &format!("part_{n}"));
                self.next_chapter = 1;
                self.next_section = 1;
                let section = self.heading_section(SectionLevel::Part, None, 0, id);
                stack.push(section);
                continue;
            }
            // A chapter named by its word: on one line, or its word and
            // number a line each or in `-raw`'s runs (the label's lines, its
            // `num_span`; the title after them).
            let word_chapter = self
                .split_word_chapter_at(i)
                .map(|(value, label, last)| (value, label, last, self.content(last).len(), true))
                .or_else(|| {
                    self.word_chapter_at(i)
                        .map(|(value, label, at)| (value, label, i, at, false))
                });
            if let Some((value, label, last, at, split)) = word_chapter {
                close_to(&mut stack, &mut root, SectionLevel::Chapter);
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let id = self.id(&parent, &format!("chp_{value}"));
                self.next_chapter = value + 1;
                self.next_section = 1;
                self.pos = last;
                let mut section = self.heading_section(SectionLevel::Chapter, Some(label), at, id);
                if split {
                    let label_span = self.span_lines(i, last);
                    section.num_span = label_span;
                    section.span = match (label_span, section.span) {
                        (Some(a), Some(b)) => Some(a.cover(b)),
                        (a, b) => a.or(b),
                    };
                }
                stack.push(section);
                continue;
            }
            if let Some(num) = self
                .has(i, Flags::ARTICLE)
                .then(|| treaty::article_heading(self.content(i), self.lang))
                .flatten()
            {
                close_to(&mut stack, &mut root, SectionLevel::Article);
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let local = match treaty::chinese_number(num).or_else(|| self.lang.ordinal_value(num)) {
                    Some(v) => format!("art_{v}"),
                    None => format!("art_{num}"),
                };
                let id = self.id(&parent, &local);
                let span = self.span_lines(i, i);
                let heading = self.plain_inlines(&self.line(i).map(|l| vec![(l.start, l.end)]).unwrap_or_default());
                self.pos += 1;
                stack.push(Section {
                    id,
                    span,
                    level: SectionLevel::Article,
                    num: Some(num.to_owned()),
                    num_span: None,
                    heading,
                    heading_span: span,
                    children: Vec::new(),
                });
                continue;
            }
            if let Some((value, label, last)) = self.visual_chapter_at(i) {
                self.next_chapter = value + 1;
                self.next_section = 1;
                self.next_subsection = 1;
                self.next_item = None;
                self.abbreviations = false;
                self.kind_hint = None;
                close_to(&mut stack, &mut root, SectionLevel::Chapter);
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let id = self.id(&parent, &format!("chp_{label}"));
                let span = self.span_lines(i, last);
                self.pos = last + 1;
                stack.push(Section {
                    id,
                    span,
                    level: SectionLevel::Chapter,
                    num: Some(label),
                    num_span: span,
                    heading: Vec::new(),
                    heading_span: None,
                    children: Vec::new(),
                });
                continue;
            }
            if let Some((label, at)) = self.chapter_at(i) {
                self.next_chapter = roman_value(&label).unwrap_or(self.next_chapter) + 1;
                self.next_section = 1;
                self.next_subsection = 1;
                let key = format!("chp_{label}");
                self.open_heading(&mut stack, &mut root, SectionLevel::Chapter, &key, label, at);
                continue;
            }
            if let Some((label, at)) = self.section_at(i) {
                self.next_section += 1;
                self.next_subsection = 1;
                let key = format!("sec_{label}");
                self.open_heading(&mut stack, &mut root, SectionLevel::Section, &key, label, at);
                continue;
            }
            // A numbered subsection, or an annotation of the agenda (an
            // item's number and name again, its text under it), whose
            // heading's last line is known.
            let subsection = self
                .annotation_heading(i)
                .map(|(num, at, last)| (num, at, Some(last)))
                .or_else(|| self.subsection_at(i).map(|(num, at)| (num, at, None)));
            if let Some((num, at, last)) = subsection {
                self.next_subsection = if last.is_some() {
                    num.saturating_add(1)
                } else {
                    self.next_subsection + 1
                };
                self.heading_last = last;
                let key = format!("subsec_{num}");
                self.open_heading(
                    &mut stack,
                    &mut root,
                    SectionLevel::Subsection,
                    &key,
                    num.to_string(),
                    at,
                );
                self.heading_last = None;
                continue;
            }
            if deliberation::heading_at(self, i) || deliberation::bare_heading_at(self, i) {
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let block = deliberation::parse(self, &parent);
                push(&mut stack, &mut root, block);
                continue;
            }
            // A row of a table of the texts adopted (`43/1` / its title / its date).
            if deliberation::listed_at(self, i) {
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let block = deliberation::parse_listed(self, &parent);
                push(&mut stack, &mut root, block);
                continue;
            }
            // A draft the document submits under its label (`Draft resolution I`).
            if let Some((kind, formula)) = deliberation::draft_heading_at(self, i) {
                self.draft = None;
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let block = deliberation::parse_labelled_draft(self, &parent, kind, i, formula);
                push(&mut stack, &mut root, block);
                continue;
            }
            // The text a draft proposes, once, where its formula stands.
            if let Some(kind) = self.draft {
                if let Some(formula) = deliberation::draft_start(self, i) {
                    self.draft = None;
                    let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                    let block = deliberation::parse_draft(self, &parent, kind, formula);
                    push(&mut stack, &mut root, block);
                    continue;
                }
            }
            if (self.plain_heading_at(i).is_some() || self.tight_heading_at(i).is_some())
                && !self.officers_at(i)
                && !self.displaced_here(i)
            {
                close_to(&mut stack, &mut root, SectionLevel::Heading);
                let parent = stack.last().map_or(String::new(), |s| s.id.clone());
                let n = self.next_count();
                let id = self.id(&parent, &format!("hcontainer_{n}"));
                let section = self.heading_section(SectionLevel::Heading, None, 0, id);
                self.abbreviations = self.abbreviations_heading(&plenary_model::plain_text(&section.heading));
                stack.push(section);
                continue;
            }
            let parent = stack.last().map_or(String::new(), |s| s.id.clone());
            let block = self.parse_block(&parent, Numbering::Report);
            push(&mut stack, &mut root, block);
        }
        close_to(&mut stack, &mut root, SectionLevel::Part);
        root
    }

    /// Resolution or decision, when `text` starts with one of those words
    /// (`Resolutions`, `Décisions`, `RESOLUTION ADOPTED BY …`).
    pub fn kind_of(&self, text: &str) -> Option<plenary_model::DeliberationKind> {
        let first = crate::util::fold(text.split_whitespace().next()?);
        let first = first.trim_end_matches([':', '.']);
        let is = |words: &[&str]| words.iter().any(|w| crate::util::fold(w) == first);
        if is(self.lang.resolution) {
            Some(plenary_model::DeliberationKind::Resolution)
        } else if is(self.lang.decision) {
            Some(plenary_model::DeliberationKind::Decision)
        } else {
            None
        }
    }

    /// True when line `i` cannot continue a heading's title.
    pub(crate) fn heading_stop(&self, i: usize) -> bool {
        let tok = self.tok(i);
        self.chapter_at(i).is_some()
            || self.section_at(i).is_some()
            || self.part_at(i)
            || self.word_chapter_at(i).is_some()
            || self.visual_chapter_at(i).is_some()
            || self.split_word_chapter_at(i).is_some()
            || tok.has(Flags::ARTICLE)
            || matches!(tok.head, lex::Head::Label { .. })
            || deliberation::heading_at(self, i)
            || deliberation::bare_heading_at(self, i)
            || deliberation::draft_heading_at(self, i).is_some()
            || tok.numbered().is_some_and(|n| n.with_period)
    }

    /// A part heading (`Part One`).
    pub(crate) fn part_at(&self, i: usize) -> bool {
        self.has(i, Flags::PART)
    }

    /// Closes the open sections down to `level` and opens a heading of that
    /// level under what remains (`chp_I`, `sec_A`, `subsec_1` as `key`).
    fn open_heading(
        &mut self,
        stack: &mut Vec<Section>,
        root: &mut Vec<Block>,
        level: SectionLevel,
        key: &str,
        label: String,
        at: usize,
    ) {
        close_to(stack, root, level);
        // A numbered section ends any list numbered on its own before it.
        self.next_item = None;
        self.abbreviations = false;
        let parent = stack.last().map_or(String::new(), |s| s.id.clone());
        let id = self.id(&parent, key);
        let section = self.heading_section(level, Some(label), at, id);
        stack.push(section);
    }

    /// The text of line `i` from byte `at` of it (after a label or a number),
    /// as a segment; `None` when nothing is left.
    pub(crate) fn rest_of_line(&self, i: usize, at: usize) -> Option<(usize, usize)> {
        let l = self.line(i)?;
        let start = (l.start + at).min(l.end);
        (start < l.end).then_some((start, l.end))
    }

    /// Reads a heading into an open section: the rest of its first line (or,
    /// for a label alone, the next line) and the lines that wrap it, up to a
    /// blank line or a line that starts something else; at most four lines.
    pub(crate) fn heading_section(
        &mut self,
        level: SectionLevel,
        num: Option<String>,
        at: usize,
        id: String,
    ) -> Section {
        let first = self.pos;
        let mut segments: Vec<(usize, usize)> = self.rest_of_line(first, at).into_iter().collect();
        // A label joined over two lines (`رابعاً` / `-`, `-raw`): its span,
        // which the heading's first line does not hold whole.
        // (Or a tanween set on the line above the label, PyMuPDF: `ً` /
        // `ثانياً- …`.) Up to where the title starts.
        let num_span = self.line(first).and_then(|l| {
            let label_end = (l.start + at).min(l.end);
            self.text
                .get(l.start..label_end)
                .is_some_and(|c| c.contains('\n'))
                .then(|| Span::from_range(l.start..label_end))
        });
        self.pos += 1;
        let mut last = first;
        // A label alone (`I.`), or `Part One`: the title is on the next line.
        let label_only = segments.is_empty() || level == SectionLevel::Part;
        if label_only && self.line(self.pos).is_some() && !self.heading_stop(self.pos) {
            if let Some(l) = self.line(self.pos) {
                segments.push((l.start, l.end));
                last = self.pos;
                self.pos += 1;
            }
        }
        while segments.len() < 4 || self.heading_last.is_some() {
            let Some(l) = self.line(self.pos) else { break };
            // A heading whose last line is known: its lines, whatever they
            // look like, and no more.
            if let Some(end) = self.heading_last {
                if self.pos > end {
                    break;
                }
                segments.push((l.start, l.end));
                last = self.pos;
                self.pos += 1;
                continue;
            }
            let prev = self.content(last);
            // A short tail in small letters past a blank line goes on (`… on
            // the review` / blank / `outcome`, pdfminer).
            let lower_tail = self.short_tail(self.pos);
            // A bracketed note under it (`[To be completed]`) is no part of it.
            let note = self.content(self.pos).starts_with('[') && self.has(self.pos, Flags::ENDS_BRACKET);
            if (l.blank_before && !lower_tail)
                || note
                || self.heading_stop(self.pos)
                || self.has(last, Flags::ENDS_CLAUSE)
                || self.has(last, Flags::ENDS_COMMA)
                || !starts::goes_on(prev, self.content(self.pos))
            {
                break;
            }
            if self.has(self.pos, Flags::FORMULA) {
                break;
            }
            segments.push((l.start, l.end));
            last = self.pos;
            self.pos += 1;
        }
        let heading = self.inlines(&segments);
        let heading_span = self.span_lines(first, last);
        match self.kind_of(&plenary_model::plain_text(&heading)) {
            Some(kind) => self.kind_hint = Some(kind),
            // A numbered heading on other texts (`III. President's statement`)
            // ends what `II. Decisions` said.
            None if num.is_some() && matches!(level, SectionLevel::Chapter | SectionLevel::Part) => {
                self.kind_hint = None;
            }
            None => {}
        }
        Section {
            id,
            span: heading_span,
            level,
            num,
            num_span,
            heading,
            heading_span,
            children: Vec::new(),
        }
    }

    pub(crate) fn officers_at(&self, i: usize) -> bool {
        self.has(i, Flags::OFFICER_ROLE)
    }

    /// One block in running text: a paragraph (with its lists and quotations),
    /// a list, or the officers.
    pub(crate) fn parse_block(&mut self, parent: &str, numbering: Numbering) -> Block {
        let i = self.pos;
        if self.officers_at(i) {
            return self.parse_officers(parent);
        }
        if let Some(vote) = vote::parse_vote(self, parent) {
            return vote;
        }
        if let Some(label) = self.label_at(i) {
            if letter_index(label.value).is_some() || roman_value(label.value).is_some() {
                return Block::List(self.parse_list(parent, numbering));
            }
        }
        // A line with no letter or digit at all (glyphs of a barcode font, stray
        // symbols) is no paragraph: keep it as unrecognized.
        if !self.has(i, Flags::ALPHANUMERIC) {
            return self.unrecognized(parent);
        }
        if let Some(column) = self.number_column(parent) {
            return column;
        }
        // `1.` under a heading of abbreviations: their list.
        if numbering == Numbering::Report
            && self.abbreviations
            && self.numbered_at(i).is_some_and(|n| n.with_period && n.num == 1)
        {
            let list = self.parse_numbered_items(parent, 1);
            if !list.items.is_empty() {
                return Block::List(list);
            }
        }
        // The items of an agenda, before any paragraph of its own; headings
        // that group the items (`A. Meetings of senior officials`) stand
        // between them.
        if numbering == Numbering::Report && self.agenda_document && !self.seen_para {
            let expected = self.next_agenda_item.unwrap_or(1);
            let item = |p: &Self, j: usize| p.numbered_at(j).is_some_and(|n| n.with_period && n.num == expected);
            if item(self, i) {
                let agenda = deliberation::parse_agenda_from(self, parent, expected, true);
                let read = u32::try_from(agenda.items.len()).unwrap_or(u32::MAX);
                self.next_agenda_item = Some(expected.saturating_add(read));
                if usize::try_from(expected).is_ok_and(|e| e == self.agenda_titles.len() + 1) {
                    let titles = agenda
                        .items
                        .iter()
                        .map(|item| title_key(&plenary_model::plain_text(&item.content), self.lang));
                    self.agenda_titles.extend(titles);
                }
                return Block::Agenda(agenda);
            }
            // A heading that groups the items, the next item right after it.
            if self.next_agenda_item.is_some() && (i + 1..i + 4).any(|j| item(self, j)) {
                return Block::Paragraph(self.parse_paragraph(parent, Numbering::Items(expected)));
            }
        }
        // `1.` well into the report's numbering: a list numbered on its own.
        if numbering == Numbering::Report
            && self.seen_para
            && self.next_para > 3
            && self.numbered_at(i).is_some_and(|n| n.with_period && n.num == 1)
            && self.numbered_at(self.pos + 1).is_none_or(|n| n.num != self.next_para)
        {
            return Block::List(self.parse_numbered_items(parent, 1));
        }
        // The next item of that list, after lines it lost (words an
        // extractor scattered, a heading taken for one).
        if let Some(mut k) = self.next_item.filter(|_| numbering == Numbering::Report) {
            // (Or at the item after it, where the item's own number was lost:
            // `-22-5`, a page number glued to it.)
            if let Some(n) = self
                .numbered_at(i)
                .filter(|n| n.with_period && n.num == k + 1 && self.item_number(n.num))
            {
                k = n.num;
            }
            let goes_on = self.displaced_number(i, Numbering::Items(k)).is_some()
                || self.numbered_at(i).is_some_and(|n| n.with_period && n.num == k);
            // The look ahead only where the item's number is the report's next.
            if goes_on && (k != self.next_para || self.list_owns(i, k)) {
                let list = self.parse_numbered_items(parent, k);
                if !list.items.is_empty() {
                    return Block::List(list);
                }
            }
        }
        // A formula (`The Security Council,`) in the report's own text: a
        // resolution or decision whose heading no rule recognised.
        if numbering == Numbering::Report && self.has(i, Flags::FORMULA) && self.has(i, Flags::ENDS_COMMA) {
            self.diagnostics.push(
                Diagnostic::new(
                    "formula-outside-deliberation",
                    Severity::Warning,
                    "an enacting formula outside any resolution or decision",
                    self.span_lines(i, i),
                )
                .with_help(
                    "The resolution or decision this formula opens was not recognised (a draft, a Security Council resolution, a heading in another layout); its paragraphs are read as the document's own.",
                ),
            );
        }
        Block::Paragraph(self.parse_paragraph(parent, numbering))
    }

    /// True when line `i`, in a text pdfminer wrote in visual order, is a
    /// number alone among a contents page's rows (`63` between the
    /// leaders and the ranges `64-67`): a page number, no paragraph's.
    /// Such a text sets the contents' columns a box a line, so the rows are
    /// not read as contents.
    fn visual_contents_number(&self, i: usize) -> bool {
        self.visual_letters
            && self.content(i).trim().bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && self.among_leaders(i, i)
    }

    /// True when the number that opens line `i` is no paragraph's, though
    /// it would be the document's first: a number over 1 on a short line
    /// (a heading's), with paragraph 1 within the next three lines (the
    /// contents' last page number or paragraph range left before the
    /// introduction's heading: `38` / `مقدمـة` / `1` / `-`, PyMuPDF).
    fn stray_first_number(&self, i: usize, n: Numbered) -> bool {
        if self.seen_para || n.num <= 1 {
            return false;
        }
        let title = self.content(i).get(n.text_at..).unwrap_or("").trim();
        let short = title.chars().count() <= 40 && !self.has(i, Flags::ENDS_CLAUSE);
        short
            && (i + 1..i + 4)
                .take_while(|&j| self.exists(j))
                .any(|j| self.numbered_at(j).is_some_and(|m| m.num == 1 && m.with_period))
    }

    /// A paragraph, numbered or not, with the lists and quotations that follow
    /// it when it ends with a colon.
    pub(crate) fn parse_paragraph(&mut self, parent: &str, numbering: Numbering) -> Paragraph {
        let first = self.pos;
        let displaced = self.displaced_number(first, numbering);
        let number = displaced
            .or_else(|| self.numbered_at(first))
            .filter(|n| match numbering {
                Numbering::Report => {
                    self.report_number(first, *n)
                        && (n.num == self.next_para || n.with_period)
                        && !self.stray_first_number(first, *n)
                        && !self.visual_contents_number(first)
                }
                Numbering::Operative | Numbering::Quoted | Numbering::Items(_) => n.with_period,
            })
            .or_else(|| {
                (numbering == Numbering::Operative)
                    .then(|| self.lost_period(first))
                    .flatten()
            });
        let (num, at) = match number {
            Some(n) => {
                match numbering {
                    Numbering::Report => {
                        if n.num != self.next_para && self.seen_para {
                            self.diagnostics.push(
                                Diagnostic::new(
                                    "paragraph-number-out-of-sequence",
                                    Severity::Info,
                                    format!("paragraph {} where {} was expected", n.num, self.next_para),
                                    self.span_lines(first, first),
                                )
                                .with_help("Check the numbering of the source; the number is kept as printed."),
                            );
                        }
                        // The report's own paragraph ends the list numbered on its own.
                        if n.num == self.next_para {
                            self.next_item = None;
                        }
                        // A number that goes back (a list or heading numbered on its own)
                        // does not restart the report's sequence.
                        if !self.seen_para || n.num >= self.next_para {
                            self.next_para = n.num + 1;
                        }
                        self.seen_para = true;
                    }
                    Numbering::Operative => self.next_operative = n.num + 1,
                    Numbering::Quoted | Numbering::Items(_) => {}
                }
                // The number as printed (`13.1` with its section's prefix).
                let on = if displaced.is_some() { first + 1 } else { first };
                let printed = self.content(on).get(..n.printed).unwrap_or("").trim_end_matches('.');
                let num = if printed.contains('.') {
                    printed.to_owned()
                } else {
                    n.num.to_string()
                };
                (Some(num), n.text_at)
            }
            None => (None, 0),
        };
        let local = match &num {
            Some(n) => format!("para_{n}"),
            None => format!("p_{}", self.next_count()),
        };
        let id = self.id(parent, &local);
        let (segments, mut last) = if displaced.is_some() {
            self.read_displaced(numbering)
        } else {
            self.read_lines(at, numbering)
        };
        let content = self.inlines(&segments);
        let mut children = Vec::new();
        let ends_colon = self.has(last, Flags::ENDS_COLON);
        if ends_colon {
            loop {
                let i = self.pos;
                if self.at_end() {
                    break;
                }
                if self.has(i, Flags::QUOTE_OPEN) {
                    children.push(Block::Quotation(self.parse_quotation(&id)));
                    last = self.pos.saturating_sub(1);
                    continue;
                }
                let label = self
                    .label_at(i)
                    .filter(|l| letter_index(l.value) == Some(1) || l.value == "i");
                if label.is_some() {
                    children.push(Block::List(self.parse_list(&id, numbering)));
                    last = self.pos.saturating_sub(1);
                    continue;
                }
                break;
            }
        }
        // (Or a number joined over two lines, `19` / `-`: the line's whole.)
        let num_span = displaced.and_then(|_| self.number_span(first + 1)).or_else(|| {
            (num.is_some() && self.content(first).contains('\n'))
                .then(|| self.number_span(first))
                .flatten()
        });
        Paragraph {
            span: self.span_lines(first, last),
            id,
            num,
            num_span,
            content,
            children,
        }
    }

    /// A list: items with labels in sequence; an item ending with a colon
    /// holds the nested list that follows it.
    pub(crate) fn parse_list(&mut self, parent: &str, numbering: Numbering) -> List {
        let first = self.pos;
        let n = self.next_count();
        let id = self.id(parent, &format!("list_{n}"));
        let mut items = Vec::new();
        let first_label = self.label_at(first);
        let roman = first_label
            .is_some_and(|l| l.value == "i" || (letter_index(l.value).is_none() && roman_value(l.value).is_some()));
        let mut expected = 1u32;
        let mut last = first;
        while !self.at_end() {
            let i = self.pos;
            let Some(label) = self.label_at(i) else {
                break;
            };
            let value = if roman {
                roman_value(label.value)
            } else {
                letter_index(label.value)
            };
            if value != Some(expected) {
                break;
            }
            expected += 1;
            let item_id = self.id(&id, &format!("item_{}", label.value));
            let printed = label.printed.to_owned();
            let item_first = self.pos;
            let (segments, mut item_last) = self.read_lines(label.text_at, numbering);
            let content = self.inlines(&segments);
            let mut children = Vec::new();
            // Lists nest at most MAX_LIST_DEPTH deep; deeper labels read as items of
            // the lists around them (a bound on recursion for any input).
            if self.has(item_last, Flags::ENDS_COLON) && self.list_depth < MAX_LIST_DEPTH {
                let nested = self.label_at(self.pos);
                let nested_first = nested.is_some_and(|l| {
                    if roman {
                        letter_index(l.value) == Some(1)
                    } else {
                        l.value == "i"
                    }
                });
                if nested_first {
                    self.list_depth += 1;
                    let nested = self.parse_list(&item_id, numbering);
                    self.list_depth -= 1;
                    children.push(Block::List(nested));
                    item_last = self.pos.saturating_sub(1);
                }
            }
            last = item_last;
            items.push(ListItem {
                span: self.span_lines(item_first, item_last),
                id: item_id,
                label: printed,
                label_span: None,
                content,
                children,
            });
        }
        if items.is_empty() {
            // Not a list after all: keep the line.
            return self.unrecognized_as_list(parent);
        }
        List {
            span: self.span_lines(first, last),
            id,
            items,
        }
    }

    /// Items numbered `1.`, `2.`, … inside the report's own numbering, up to the
    /// report's next paragraph.
    pub(crate) fn parse_numbered_items(&mut self, parent: &str, from: u32) -> List {
        let first = self.pos;
        let n = self.next_count();
        let id = self.id(parent, &format!("list_{n}"));
        let mut items = Vec::new();
        let mut expected = from;
        let mut last = first;
        loop {
            let item_first = self.pos;
            let displaced = self.displaced_number(item_first, Numbering::Items(expected));
            let Some(num) = displaced.or_else(|| self.numbered_at(item_first)).filter(|m| {
                m.with_period
                    && m.num == expected
                    && (m.num != self.next_para || self.abbreviations || self.list_owns(item_first, m.num))
            }) else {
                break;
            };
            let item_id = self.id(&id, &format!("item_{expected}"));
            let on = item_first + usize::from(displaced.is_some());
            let printed = self.content(on).get(..num.printed).unwrap_or("").to_owned();
            let (mut segments, mut item_last) = if displaced.is_some() {
                self.read_displaced(Numbering::Items(expected + 1))
            } else {
                self.read_lines(num.text_at, Numbering::Items(expected + 1))
            };
            // A stray word pdftotext set apart (`public`) before the next item goes with this one.
            let stray = self.content(self.pos);
            let next_is_item = self.numbered_at(self.pos + 1).is_some_and(|m| m.num == expected + 1);
            if !stray.is_empty() && stray.len() < 40 && self.numbered_at(self.pos).is_none() && next_is_item {
                if let Some(l) = self.line(self.pos) {
                    segments.push((l.start, l.end));
                }
                item_last = self.pos;
                self.pos += 1;
            }
            let content = self.inlines(&segments);
            items.push(ListItem {
                span: self.span_lines(item_first, item_last),
                id: item_id,
                label: printed,
                // (Or a number joined over two lines, `1` / `-`: the
                // line's whole, as a paragraph's.)
                label_span: if displaced.is_some() || self.content(on).contains('\n') {
                    self.number_span(on)
                } else {
                    None
                },
                content,
                children: Vec::new(),
            });
            last = item_last;
            expected += 1;
        }
        self.next_item = (expected > from).then_some(expected);
        List {
            span: self.span_lines(first, last),
            id,
            items,
        }
    }

    fn unrecognized_as_list(&mut self, parent: &str) -> List {
        let i = self.pos;
        let item_id = self.id(parent, "list_item");
        let (segments, last) = self.read_lines(0, Numbering::Report);
        let content = self.inlines(&segments);
        List {
            span: self.span_lines(i, last),
            id: item_id.clone(),
            items: vec![ListItem {
                id: format!("{item_id}__item"),
                span: self.span_lines(i, last),
                label: String::new(),
                label_span: None,
                content,
                children: Vec::new(),
            }],
        }
    }

    /// Quoted text: from an opening quotation mark to the line that closes it.
    pub(crate) fn parse_quotation(&mut self, parent: &str) -> Quotation {
        let first = self.pos;
        let n = self.next_count();
        let id = self.id(parent, &format!("quot_{n}"));
        let start = self.line(first).map_or(0, |l| l.start);
        let mut end = first;
        while self.line(end + 1).is_some() && end - first < 200 {
            if self.has(end, Flags::CLOSES_QUOTE) {
                break;
            }
            end += 1;
        }
        // Parse the quoted lines alone, as paragraphs with their own numbering;
        // the opening mark stays in the quotation's span.
        // The line is lexed again without its mark.
        if let Some(t) = self.tokens.get_mut(first) {
            let line = self.text.get(t.start as usize..t.end as usize).unwrap_or("");
            let mark = line.chars().next().map_or(0, char::len_utf8);
            let mut flags = Flags::default();
            for bit in [Flags::BLANK_BEFORE, Flags::REMOVED_BEFORE] {
                if t.has(bit) {
                    flags.set(bit);
                }
            }
            *t = lex::lex_line(
                line.get(mark..).unwrap_or(""),
                t.start as usize + mark,
                self.lang,
                flags,
            );
        }
        let saved = self.limit;
        self.limit = (end + 1).min(saved);
        let mut children = Vec::new();
        while !self.at_end() {
            children.push(self.parse_block(&id, Numbering::Quoted));
        }
        self.limit = saved;
        let end_byte = self.line(end).map_or(start, |l| l.end);
        Quotation {
            span: Some(Span::from_range(start..end_byte)),
            id,
            children,
        }
    }

    /// The officers: `Role:  Name (Country)` lines, with continuation lines for further names.
    pub(crate) fn parse_officers(&mut self, parent: &str) -> Block {
        let first = self.pos;
        let id = self.id(parent, "officers");
        let mut officers = Vec::new();
        let mut role = String::new();
        let mut last = first;
        while !self.at_end() {
            let i = self.pos;
            let Some((r, name, country)) = self
                .has(i, Flags::OFFICER)
                .then(|| starts::officer(self.content(i)))
                .flatten()
            else {
                break;
            };
            if !r.is_empty() {
                role = r.to_owned();
            } else if role.is_empty() {
                break;
            }
            officers.push(Officer {
                span: self.span_lines(i, i),
                role: role.clone(),
                name: name.to_owned(),
                country: Some(country.to_owned()),
            });
            last = i;
            self.pos += 1;
        }
        Block::Officers(Officers {
            span: self.span_lines(first, last),
            id,
            officers,
        })
    }

    /// A column of numbers alone in sequence from `self.pos` (`1.` / `2.` /
    /// `3.` …, three at least), whose texts the extractor set apart (a list
    /// of abbreviations in two columns, A/HRC/WG.6/7/SVN/1): no paragraphs,
    /// kept as unrecognized text with a diagnostic.
    fn number_column(&mut self, parent: &str) -> Option<Block> {
        let alone = |c: &str| -> Option<u32> {
            let digits = c.strip_suffix('.')?;
            if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            digits.parse().ok()
        };
        let first = self.pos;
        let start = alone(self.content(first))?;
        let mut last = first;
        let mut expected = start + 1;
        while let Some(v) = self.line(last + 1).and_then(|_| alone(self.content(last + 1))) {
            if v != expected {
                break;
            }
            last += 1;
            expected += 1;
        }
        if last < first + 2 {
            return None;
        }
        self.pos = last + 1;
        Some(self.unrecognized_lines(
            parent,
            first,
            last,
            format!("a column of numbers alone ({start}. to {}.), their texts set apart", expected - 1),
            "The extractor set a numbered list's numbers in one column and its texts in another; they are kept as unrecognized text, not read as paragraphs.",
        ))
    }

    /// Keeps line `i` as unrecognized text with a diagnostic.
    pub(crate) fn unrecognized(&mut self, parent: &str) -> Block {
        let i = self.pos;
        self.pos += 1;
        self.unrecognized_lines(
            parent,
            i,
            i,
            "no rule recognises this text".to_owned(),
            "The text is kept as an unrecognized node; a grammar rule for it can be added (see CONTRIBUTING.md).",
        )
    }

    /// Lines `first` to `last` as one unrecognized block (the line's content
    /// where it is one line, the source text of the lines where they are
    /// more), with an `unrecognized-text` warning saying `message` and `help`.
    fn unrecognized_lines(&mut self, parent: &str, first: usize, last: usize, message: String, help: &str) -> Block {
        let span = self.span_lines(first, last);
        let n = self.next_count();
        let id = self.id(parent, &format!("unrecognized_{n}"));
        self.diagnostics
            .push(Diagnostic::new("unrecognized-text", Severity::Warning, message, span).with_help(help));
        let text = if first == last {
            self.content(first).to_owned()
        } else {
            span.and_then(|s| s.slice(self.text)).unwrap_or("").to_owned()
        };
        Block::Unrecognized(Unrecognized { id, span, text })
    }
}

/// A heading's label as the model gives it: as printed, but in reading
/// order where `-raw` wrote its runs in visual order
/// ([`crate::lang::arabic::logical_order`]), without the direction marks
/// around it, and on one line, a tanween an extractor set apart (`ً` /
/// `أولا`) after the letters it belongs to (`أولاً`).
fn printed_label(label: &str) -> String {
    if label.is_ascii() {
        return label.to_owned();
    }
    // Line by line: runs on two lines are in reading order already.
    let read = label
        .lines()
        .map(|line| crate::lang::arabic::logical_order(line).unwrap_or_else(|| line.to_owned()))
        .collect::<Vec<_>>()
        .join("\n");
    let is_mark = |c: char| matches!(c, '\u{64B}'..='\u{652}');
    let mut words: Vec<String> = Vec::new();
    let mut marks = String::new();
    for word in read.split_whitespace() {
        let word: String = word
            .chars()
            .filter(|&c| !plenary_model::coverage::is_direction_mark(c))
            .collect();
        if word.chars().all(is_mark) {
            marks.push_str(&word);
        } else if !word.is_empty() {
            words.push(word);
        }
    }
    // Pieces `-raw` set a line each (`ثالث` / `ا`) are one word.
    // (A label of two words, `حادي عشر`, keeps its space.)
    let spaced = words.join(" ");
    let mut out = if label.contains('\n') && !starts::spaced_arabic_label(&spaced) {
        words.concat()
    } else {
        spaced
    };
    out.push_str(&marks);
    out
}

/// How many lines ahead [`Parser::lost_number_before`] looks for the two
/// paragraph numbers after a lost one: long paragraphs, in texts with no
/// blank lines (`-raw`).
const LOST_NUMBER_REACH: usize = 200;

/// How many lines ahead [`Parser::list_runs_on`] looks for a list's `2.`
/// and `3.`: items of a few lines each, in texts that set a word a line.
const LIST_REACH: usize = 40;

/// Closes open sections whose level is `level` or deeper.
fn close_to(stack: &mut Vec<Section>, root: &mut Vec<Block>, level: SectionLevel) {
    while stack.last().is_some_and(|s| s.level >= level) {
        if let Some(mut done) = stack.pop() {
            if let (Some(h), Some(last)) = (done.span, done.children.last().and_then(Block::span)) {
                done.span = Some(h.cover(last));
            }
            push(stack, root, Block::Section(done));
        }
    }
}

/// Adds a block to the innermost open section, or to the root.
fn push(stack: &mut [Section], root: &mut Vec<Block>, block: Block) {
    match stack.last_mut() {
        Some(s) => s.children.push(block),
        None => root.push(block),
    }
}

/// An agenda item's name as compared with its annotation's heading: the
/// words with no space between them, each run of punctuation one `|`,
/// lower case,
/// Arabic by its key ([`crate::lang::arabic::key`]: glyph forms, lam-alef
/// order).
fn title_key(text: &str, lang: &Lang) -> String {
    // (Spaces left out: PyMuPDF sets some inside words, `ا لقضايا`.)
    let keyed = if lang.code == "ar" {
        crate::lang::arabic::key(text)
    } else {
        text.to_lowercase()
    };
    // Punctuation, wherever an extractor set it (PyMuPDF puts an Arabic
    // line's final period first: `.افتتاح الاجتماع`), is one `|` between
    // words, none at either end.
    let mut out = String::with_capacity(keyed.len());
    let mut cut = false;
    for c in keyed.chars() {
        if c.is_whitespace() || plenary_model::coverage::is_direction_mark(c) {
            continue;
        }
        if matches!(
            c,
            '.' | ':'
                | ';'
                | ','
                | '؛'
                | '،'
                | '。'
                | '：'
                | '；'
                | '('
                | ')'
                | '['
                | ']'
                | '-'
                | '–'
                | '—'
                | '"'
                | '“'
                | '”'
                | '«'
                | '»'
                | '/'
        ) {
            cut = true;
            continue;
        }
        if cut && !out.is_empty() {
            out.push('|');
        }
        cut = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use plenary_model::Block;

    /// The numbers of the document's own top-level paragraphs and whether a
    /// list stands among them.
    fn top_numbers(text: &str) -> (Vec<String>, bool) {
        let doc = crate::parse(text);
        let nums = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => p.num.clone(),
                _ => None,
            })
            .collect();
        let list = doc.body.iter().any(|b| match b {
            Block::Paragraph(p) => p.children.iter().any(|c| matches!(c, Block::List(_))),
            Block::List(_) => true,
            _ => false,
        });
        (nums, list)
    }

    #[test]
    fn a_paragraph_number_lost_does_not_hold_up_the_rest() {
        // OCR read `2.` as `2,` (A/C.4/SR.985): 3, 4 and 5 follow in order.
        let text = "1. The Committee met in New York.\n2, It heard statements.\n3. It adopted a text.\n4. It heard the Rapporteur.\n5. It closed the meeting.\n";
        let (nums, _) = top_numbers(text);
        assert_eq!(nums, ["1", "3", "4", "5"]);
        // A `3.` that the next numbers do not follow stays in the text.
        let text = "1. The Committee met in New York.\n2, It heard statements.\n3. It adopted a text.\n";
        let (nums, _) = top_numbers(text);
        assert_eq!(nums, ["1"]);
    }

    #[test]
    fn a_list_numbered_on_its_own_opens_where_its_items_run_on() {
        // The sentence that introduces the list does not visibly end (a
        // comma; PyMuPDF sets an Arabic line's colon inside it); `2.` and
        // `3.` follow `1.`.
        let text = "1. The Committee met in Beirut.\n2. It heard the Executive Secretary.\n3. It adopted its agenda, as orally revised,\n1. Opening of the meeting.\n2. Adoption of the agenda.\n3. Other matters.\n4. The Committee closed the meeting.\n";
        let (nums, list) = top_numbers(text);
        assert_eq!(nums, ["1", "2", "3", "4"]);
        assert!(list, "the agenda is a list");
        // `1.` with no `2.` and `3.` after it goes on as the paragraph's text.
        let text = "1. The Committee met in Beirut.\n2. It heard the Executive Secretary.\n3. It adopted its agenda, as orally revised,\n1. Opening of the meeting.\n4. The Committee closed the meeting.\n";
        let (nums, _) = top_numbers(text);
        assert_eq!(nums, ["1", "2", "3", "4"]);
    }
}

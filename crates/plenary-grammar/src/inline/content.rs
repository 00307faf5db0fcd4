//! The content of one block: its lines joined into a logical text, scanned
//! for footnote markers, symbols and references, and turned into inlines
//! whose spans point back into the source.
//!
//! # Model
//! - Lines are joined with `\n` for the scanners, so a symbol broken over a
//!   line end is still found.
//! - In [`plenary_model::Text`] a line break reads as a space, except after a
//!   hyphen ending a line (`auto-` / `évaluation` is `auto-évaluation`);
//!   runs of spaces read as one.
//! - Priority where matches overlap: footnote markers, then symbols, then references.

use plenary_model::{Cited, FootnoteMarker, Inline, Reference, Span, SymbolCitation, Text};

use super::footnote_marker::{marker_at, MarkerStyle};
use crate::lang::Lang;

/// A block's lines joined with `\n`, with the way back to source offsets.
#[derive(Debug, Default)]
pub struct Logical {
    /// The joined text.
    pub text: String,
    /// For each segment: (offset in `text`, offset in the source).
    map: Vec<(usize, usize)>,
}

impl Logical {
    /// Joins source segments (`start..end` byte ranges of `source`).
    #[must_use]
    pub fn new(source: &str, segments: &[(usize, usize)]) -> Self {
        // Every piece and a line break after each: the text never grows.
        let len: usize = segments.iter().map(|&(start, end)| end.saturating_sub(start) + 1).sum();
        let mut text = String::with_capacity(len);
        let mut map = Vec::with_capacity(segments.len());
        for &(start, end) in segments {
            let Some(piece) = source.get(start..end) else { continue };
            if piece.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            map.push((text.len(), start));
            text.push_str(piece);
        }
        Self { text, map }
    }

    /// The source offset of logical offset `at`.
    #[must_use]
    pub fn source(&self, at: usize) -> usize {
        let i = match self.map.binary_search_by_key(&at, |&(l, _)| l) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let Some(&(l, s)) = self.map.get(i) else { return 0 };
        let seg_len = self
            .map
            .get(i + 1)
            .map_or(self.text.len() - l, |&(next, _)| next - 1 - l);
        s + (at - l).min(seg_len)
    }

    /// Logical offsets of the line breaks in `start..end` across which the
    /// source holds more than white space (furniture or footnotes cut there)
    /// or a form feed (a page break).
    #[must_use]
    pub fn cuts(&self, source: &str, start: usize, end: usize) -> Vec<usize> {
        let mut cuts = Vec::new();
        for pair in self.map.windows(2) {
            let Some(&(next_l, next_s)) = pair.get(1) else { continue };
            let sep = next_l.saturating_sub(1);
            if sep < start || sep >= end {
                continue;
            }
            let prev_end = self.source(sep);
            let between = source.get(prev_end..next_s).unwrap_or("");
            // A form feed is removed too: the page break is furniture.
            if !between.trim().is_empty() || between.contains('\x0c') {
                cuts.push(sep);
            }
        }
        cuts
    }

    /// The source span of the logical range `start..end`.
    #[must_use]
    pub fn span(&self, start: usize, end: usize) -> Span {
        if end <= start {
            let s = self.source(start);
            return Span::from_range(s..s);
        }
        Span::from_range(self.source(start)..self.source(end - 1) + 1)
            .cover(Span::from_range(self.source(start)..self.source(start)))
    }
}

/// Unwraps a piece of logical text: line breaks read as spaces except after
/// a hyphen, runs of spaces as one.
#[must_use]
pub fn unwrap(text: &str) -> String {
    let bytes = text.as_bytes();
    // The searcher of a double space, built once (building one costs more
    // than searching a line).
    static DOUBLE_SPACE: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let double_space = DOUBLE_SPACE.get_or_init(|| memchr::memmem::Finder::new(b"  "));
    // Most pieces hold no line break, tab or double space: a plain copy.
    if memchr::memchr2(b'\n', b'\t', bytes).is_none() && double_space.find(bytes).is_none() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    // True when the last character given out is a space (a line break, a
    // tab or a run of spaces being one space).
    let mut last_space = false;
    // `text.split('\n')`, with the line breaks found by memchr.
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    let lines = starts.zip(ends).map(|(start, end)| text.get(start..end).unwrap_or(""));
    for (k, line) in lines.enumerate() {
        if k > 0 {
            // The line break before this line: a space, except after a hyphen.
            if !(out.ends_with('-') || out.ends_with('\u{2011}')) {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            }
        }
        let b = line.as_bytes();
        if memchr::memchr(b'\t', b).is_none() && double_space.find(b).is_none() {
            // Single spaces only: the line as it stands, but a space that
            // would follow a space.
            let line = match line.strip_prefix(' ') {
                Some(rest) if last_space => rest,
                _ => line,
            };
            out.push_str(line);
            if !line.is_empty() {
                last_space = line.ends_with(' ');
            }
            continue;
        }
        // Runs of bytes between spaces and tabs, which are ASCII: every run
        // boundary is a character boundary.
        let mut run = 0;
        for (i, &c) in b.iter().enumerate() {
            if !matches!(c, b' ' | b'\t') {
                continue;
            }
            if let Some(piece) = line.get(run..i).filter(|p| !p.is_empty()) {
                out.push_str(piece);
                last_space = false;
            }
            run = i + 1;
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        }
        if let Some(piece) = line.get(run..).filter(|p| !p.is_empty()) {
            out.push_str(piece);
            last_space = false;
        }
    }
    out
}

/// The runs of ASCII digits of a block's text, as the footnote marker
/// finder reads them: a marker is a whole run that is its label, or a run of
/// more than four digits (a year) whose tail after the fourth is the label
/// ([`find_marker_in`](super::footnote_marker::find_marker_in)). The runs are read once, and each label's markers
/// are looked for only among the runs that may hold it: one pass over the
/// text instead of one search of the text per label (up to 30 on the
/// reference report), and no search at all for a label no run holds.
#[derive(Debug, Default)]
struct DigitRuns {
    /// `(key, start, end)` for each run `start..end`, under the run itself
    /// and under its tail after the fourth digit when it is longer, for the
    /// keys of at most eight digits ([`DigitRuns::pack`]); sorted by key,
    /// then start.
    keys: Vec<(u64, usize, usize)>,
    /// Every run `start..end`, in text order.
    spans: Vec<(usize, usize)>,
}

impl DigitRuns {
    fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut keys = Vec::new();
        let mut spans = Vec::new();
        let mut i = 0;
        while let Some(rest) = bytes.get(i..).filter(|r| !r.is_empty()) {
            // Most of a text is not digits: 32 bytes at a time, with a test
            // the compiler turns into a few vector instructions.
            let chunk = rest.get(..32).unwrap_or(rest);
            if chunk
                .iter()
                .fold(0u8, |any, &b| any | u8::from(b.wrapping_sub(b'0') < 10))
                == 0
            {
                i += chunk.len();
                continue;
            }
            let Some(at) = chunk.iter().position(u8::is_ascii_digit) else {
                break;
            };
            let start = i + at;
            let len = bytes
                .get(start..)
                .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
            let end = start + len;
            if let Some(run) = text.get(start..end) {
                spans.push((start, end));
                if let Some(key) = Self::pack(run) {
                    keys.push((key, start, end));
                }
                if let Some(key) = run.get(4..).and_then(Self::pack) {
                    keys.push((key, start, end));
                }
            }
            i = end;
        }
        keys.sort_unstable();
        Self { keys, spans }
    }

    /// A string of one to eight bytes as one number (its bytes, big-endian):
    /// digits are never zero bytes, so two strings get the same number only
    /// if they are the same (`01` and `1` differ). `None` for longer or empty
    /// strings: a label that long is looked for the slow way.
    fn pack(s: &str) -> Option<u64> {
        if s.is_empty() || s.len() > 8 {
            return None;
        }
        Some(s.bytes().fold(0u64, |n, b| n << 8 | u64::from(b)))
    }

    /// The runs that may hold a marker labelled `label`, in text order;
    /// `None` when the label is too long to have a key.
    fn runs(&self, label: &str) -> Option<&[(u64, usize, usize)]> {
        let key = Self::pack(label)?;
        let first = self.keys.partition_point(|&(k, _, _)| k < key);
        let rest = self.keys.get(first..).unwrap_or(&[]);
        let len = rest.partition_point(|&(k, _, _)| k == key);
        Some(rest.get(..len).unwrap_or(&[]))
    }

    /// [`find_marker_in`](super::footnote_marker::find_marker_in) on `text`,
    /// the text the runs were read from, trying only the runs that may hold
    /// `label`, from the first that starts at or after `from`, each with the
    /// ranges of `skip` near it ([`Taken::near`]): the same
    /// marker, as `from` is 0 or the end of a marker (never inside a run,
    /// where the finder would cut the run).
    fn find(
        &self,
        text: &str,
        from: usize,
        label: &str,
        skip: &Taken,
        style: MarkerStyle,
        set_apart: bool,
    ) -> Option<super::footnote_marker::Candidate> {
        let Some(runs) = self.runs_from(label, from) else {
            return super::footnote_marker::find_marker_in(text, from, label, skip.all(), style, set_apart);
        };
        runs.iter()
            .find_map(|&(_, start, end)| marker_at(text, start, end, label, skip.near(start, end), style, set_apart))
    }

    /// The runs that may hold `label`, from the first that starts at or
    /// after `from`; `None` for a label the runs are not keyed by.
    fn runs_from(&self, label: &str, from: usize) -> Option<&[(u64, usize, usize)]> {
        let runs = self.runs(label)?;
        let first = runs.partition_point(|&(_, start, _)| start < from);
        Some(runs.get(first..).unwrap_or(&[]))
    }
}

impl DigitRuns {
    /// The first call with label `label` at or after `from` set apart before
    /// a sentence's full stop ([`before_stop_at`](super::footnote_marker::before_stop_at)).
    fn find_before_stop(
        &self,
        text: &str,
        from: usize,
        label: &str,
        skip: &Taken,
    ) -> Option<super::footnote_marker::Candidate> {
        self.runs_from(label, from)?.iter().find_map(|&(_, start, end)| {
            super::footnote_marker::before_stop_at(text, start, end, label, skip.near(start, end))
        })
    }
}

/// Byte ranges of a block already taken (symbols, markers) that a marker may
/// not overlap, sorted so that the few near a run of digits are found by
/// binary search: [`marker_at`] looks through every range it is given, and
/// a block calling thousands of notes or citing thousands of symbols would
/// otherwise have every run compared with every range.
#[derive(Debug, Default)]
struct Taken {
    /// The ranges, sorted by start.
    ranges: Vec<(usize, usize)>,
    /// True when the ends are in order too (as where no range holds
    /// another), so that the ranges near a run lie side by side.
    ends_sorted: bool,
}

impl Taken {
    fn new(mut ranges: Vec<(usize, usize)>) -> Self {
        ranges.sort_unstable();
        let ends_sorted = ranges.iter().zip(ranges.iter().skip(1)).all(|(a, b)| a.1 <= b.1);
        Self { ranges, ends_sorted }
    }

    /// Every range.
    fn all(&self) -> &[(usize, usize)] {
        &self.ranges
    }

    /// The ranges that start before `end` and end at `start - 1` or later:
    /// every range [`marker_at`] may find for the run `start..end`, one that
    /// overlaps it or ends just before its punctuation (`start < e && end >
    /// s`, `e + 1 == start`). Every range where the ends are out of order.
    fn near(&self, start: usize, end: usize) -> &[(usize, usize)] {
        if !self.ends_sorted {
            return &self.ranges;
        }
        // The ends in order: the ranges ending too early are a prefix, and
        // those starting too late a suffix.
        let lo = self.ranges.partition_point(|&(_, e)| e < start.saturating_sub(1));
        let hi = self.ranges.partition_point(|&(s, _)| s < end);
        self.ranges.get(lo..hi).unwrap_or(&[])
    }
}

/// What kind of inline a match is.
enum Found {
    Marker(String),
    Symbols(Vec<plenary_model::Symbol>),
    Reference(Cited),
}

/// How many expected labels a marker may skip when earlier ones were not found.
const MAX_SKIP: usize = 5;

/// How many labels from the next expected one a call of a text written in
/// visual order may take: a page's notes.
const VISUAL_WINDOW: usize = 8;

/// The calls of a block of a text written in visual order
/// ([`MarkerStyle::Visual`]), whose boxes stand in no reading order: each
/// call in brackets set as a box of its own takes the first label among
/// the next [`VISUAL_WINDOW`] not yet called that it names.
fn visual_calls(text: &str, taken: &Taken, state: &mut InlineState, found: &mut Vec<(usize, usize, Found)>) {
    for (start, end) in super::footnote_marker::visual_box_calls(text) {
        let Some(digits) = text.get(start..end) else { continue };
        if marker_at(
            text,
            start,
            end,
            digits,
            taken.near(start, end),
            MarkerStyle::Visual,
            true,
        )
        .is_none()
        {
            continue;
        }
        let hit = (state.next_marker..state.labels.len())
            .take(VISUAL_WINDOW)
            .find(|k| !state.called_ahead.contains(k) && state.labels.get(*k).is_some_and(|l| l == digits));
        if let Some(k) = hit {
            found.push((start, end, Found::Marker(digits.to_owned())));
            state.called_ahead.insert(k);
            while state.called_ahead.remove(&state.next_marker) {
                state.next_marker += 1;
            }
        }
    }
}

/// The state that runs across the blocks of one document.
#[derive(Debug, Default)]
pub struct InlineState {
    /// Footnote labels in order (star notes apart).
    pub labels: Vec<String>,
    /// The labels of the document's star notes (`*`, `**`): their calls,
    /// stars glued to a word, are markers too.
    pub star_labels: Vec<String>,
    /// How the labels are printed.
    pub style: MarkerStyle,
    /// Index of the next expected marker label.
    pub next_marker: usize,
    /// Counters for ids.
    pub symbol_count: usize,
    /// Counter for reference ids.
    pub reference_count: usize,
    /// Marker ids already given (label → times).
    pub marker_ids: std::collections::HashMap<String, usize>,
    /// Context the reference finder carries from block to block.
    pub refs: super::reference::RefContext,
    /// The first call, glued to a word, of the note after the last footnote
    /// found (`Agreement2` where the document has one footnote): a footnote
    /// block the layout pass did not find. Its label and its span.
    pub uncalled: Option<(String, Span)>,
    /// For each label whose note opens with the short name of the source
    /// it cites (`JS3, p. 10.`), that name
    /// ([`note_head`](super::footnote_marker::note_head)): the call stands
    /// by it in the text.
    pub note_heads: std::collections::HashMap<String, String>,
    /// Where each label first stands in `labels`, for the notes called
    /// again; built at the first block and again when `labels` changes
    /// length (a caller that edits `labels` in place should reset it).
    pub label_index: LabelIndex,
    /// In a text written in visual order ([`MarkerStyle::Visual`]): the
    /// labels after [`Self::next_marker`] already called, a page's calls
    /// standing in the order of its boxes.
    pub called_ahead: std::collections::BTreeSet<usize>,
}

/// Each footnote label and the index of its first place in
/// [`InlineState::labels`]: a run of digits is looked up here to know
/// whether it may call a note already passed, with no pass over the labels.
#[derive(Debug, Default)]
pub struct LabelIndex {
    /// Label → its first index.
    first: std::collections::HashMap<String, usize>,
    /// The length of the labels it was built from.
    len: usize,
    /// Label → the two words before its first call (`sustainable
    /// development`), to know the note called again after the same words.
    contexts: std::collections::HashMap<String, String>,
}

/// The two words before the call at `start`, in small letters, past the
/// comma or space between (`… the 2030 Agenda for Sustainable Development,
/// 2` gives `sustainable development`): `None` unless both are words of two
/// letters or more and one is capitalised, a name's end.
fn call_context(text: &str, start: usize) -> Option<String> {
    let head = text.get(..start)?.trim_end_matches([' ', '\n', ',']);
    let mut words = head.rsplit([' ', '\n']).filter(|w| !w.is_empty());
    let last = words.next()?;
    let before = words.next()?;
    let wordy = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(char::is_alphabetic);
    let named = |w: &str| w.starts_with(char::is_uppercase);
    (wordy(last) && wordy(before) && (named(last) || named(before)))
        .then(|| format!("{} {}", before.to_lowercase(), last.to_lowercase()))
}

impl LabelIndex {
    /// Builds the index again when `labels` has not the length it was built
    /// from.
    fn sync(&mut self, labels: &[String]) {
        if self.len == labels.len() {
            return;
        }
        self.first.clear();
        for (i, label) in labels.iter().enumerate() {
            self.first.entry(label.clone()).or_insert(i);
        }
        self.len = labels.len();
    }

    /// The first index of `label` in `labels` when it is below `passed`.
    fn passed(&self, label: &str, labels: &[String], passed: usize) -> Option<usize> {
        let &i = self.first.get(label)?;
        (i < passed && labels.get(i).is_some_and(|l| l == label)).then_some(i)
    }
}

/// The label that follows the last numbered footnote label (`1` when there
/// is none).
fn label_after(labels: &[String]) -> Option<String> {
    match labels.last() {
        None => Some("1".to_owned()),
        Some(last) => last
            .parse::<u32>()
            .ok()
            .and_then(|n| n.checked_add(1))
            .map(|n| n.to_string()),
    }
}

/// True when the candidate is glued to a word of three letters or more with
/// a small letter among them (`Agreement2`, `Convention,1`), so that `CO2`,
/// `G77` and `A4` are never taken for a note call.
fn glued_to_word(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let word_part = before.trim_end_matches([',', ';', ':', '”', '’', ')', '"']);
    let word: String = word_part.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 3 && word.chars().any(char::is_lowercase)
}

/// The notes called again in `text` (`Spain1 (on behalf of` after note 1):
/// `(start, end, index of the label)` for each marker of a label among the
/// first `passed` of `labels` that `again` accepts, that overlaps no range
/// of `taken` and no call taken before it. Labels are tried in order and
/// each through the text, as a search label by label would, but from the
/// runs of digits: each run that is a passed label, or a year and one,
/// is looked up in `index` (built from `labels`), under the label's first
/// index. A label printed twice finds nothing the second time (what it
/// may take overlaps what it took).
#[allow(clippy::too_many_arguments)]
fn called_again(
    text: &str,
    runs: &DigitRuns,
    taken: &Taken,
    labels: &[String],
    passed: usize,
    index: &LabelIndex,
    style: MarkerStyle,
    again: impl Fn(&super::footnote_marker::Candidate) -> bool,
) -> Vec<(usize, usize, usize)> {
    if passed == 0 {
        return Vec::new();
    }
    let mut calls: Vec<(usize, usize, usize)> = Vec::new();
    for &(start, end) in &runs.spans {
        let Some(run) = text.get(start..end) else { continue };
        let year_and = run.get(4..).filter(|tail| !tail.is_empty());
        for piece in std::iter::once(run).chain(year_and) {
            if let Some(i) = index.passed(piece, labels, passed) {
                calls.push((i, start, end));
            }
        }
    }
    calls.sort_unstable();
    // The calls taken, start → end: disjoint, as each is taken only where
    // it overlaps nothing taken before.
    let mut again_taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for (i, start, end) in calls {
        let Some(label) = labels.get(i) else { continue };
        let Some(c) = marker_at(text, start, end, label, taken.near(start, end), style, true) else {
            continue;
        };
        let overlaps = taken
            .near(c.start, c.end)
            .iter()
            .any(|&(s, e)| c.start < e && c.end > s)
            || again_taken
                .range(..c.end)
                .next_back()
                .is_some_and(|(_, &e)| e > c.start);
        if again(&c) && !overlaps {
            again_taken.insert(c.start, c.end);
            out.push((c.start, c.end, i));
        }
    }
    out
}

/// Builds the inlines of a block from its source segments.
pub fn build(
    source: &str,
    segments: &[(usize, usize)],
    lang: &Lang,
    state: &mut InlineState,
    markers: bool,
) -> Vec<Inline> {
    let logical = Logical::new(source, segments);
    let text = logical.text.as_str();
    let mut found: Vec<(usize, usize, Found)> = Vec::new();
    for m in super::symbol::find_symbols(text, lang) {
        found.push((m.start, m.end, Found::Symbols(m.symbols)));
    }
    let symbol_ranges = Taken::new(found.iter().map(|(s, e, _)| (*s, *e)).collect());
    // The labels a marker of this block may have: most blocks hold a few
    // runs of digits, and a label none of them holds is not looked for.
    let runs = if markers && !state.labels.is_empty() {
        DigitRuns::of(text)
    } else {
        DigitRuns::default()
    };
    if markers && state.style == MarkerStyle::Visual {
        visual_calls(text, &symbol_ranges, state, &mut found);
    }
    if markers && state.style != MarkerStyle::Visual {
        let mut from = 0;
        while let Some(label) = state.labels.get(state.next_marker).cloned() {
            let hit = runs
                .find(text, from, &label, &symbol_ranges, state.style, true)
                .or_else(|| {
                    let before_stop = lang.call_before_stop && state.style == MarkerStyle::Superscript;
                    before_stop
                        .then(|| runs.find_before_stop(text, from, &label, &symbol_ranges))
                        .flatten()
                })
                .or_else(|| {
                    let head = state.note_heads.get(&label)?;
                    super::footnote_marker::cited_source(text, from, &label, head, symbol_ranges.all())
                })
                .or_else(|| {
                    // Resynchronise when markers were missed (or lie outside an excerpt):
                    // the first of the next few labels found glued in this block.
                    (1..=MAX_SKIP).find_map(|skip| {
                        let later = state.labels.get(state.next_marker + skip)?;
                        let c = runs.find(text, from, later, &symbol_ranges, state.style, true)?;
                        state.next_marker += skip;
                        Some(c)
                    })
                });
            let Some(c) = hit else { break };
            let label = state.labels.get(state.next_marker).cloned().unwrap_or(label);
            if let Some(context) = call_context(text, c.start) {
                state.label_index.contexts.entry(label.clone()).or_insert(context);
            }
            found.push((c.start, c.end, Found::Marker(label)));
            state.next_marker += 1;
            from = c.end;
        }
        // Every footnote called so far: does the text call one more?
        if state.uncalled.is_none()
            && state.style == MarkerStyle::Superscript
            && state.next_marker >= state.labels.len()
        {
            if let Some(next) = label_after(&state.labels) {
                let call =
                    super::footnote_marker::find_marker_in(text, from, &next, symbol_ranges.all(), state.style, false)
                        .filter(|c| glued_to_word(text, c.start));
                if let Some(c) = call {
                    state.uncalled = Some((next, logical.span(c.start, c.end)));
                }
            }
        }
    }
    if markers {
        // A footnote cited again by its label: `informe oral 2/` in typewriter
        // documents; `Spain1 (on behalf of` glued to a word; `the
        // International Criminal Court, 1 and calls upon`
        // (after a comma, before a word in small letters) where labels are
        // superscript.
        let taken = Taken::new(found.iter().map(|(s, e, _)| (*s, *e)).collect());
        let slash = state.style == MarkerStyle::Slash;
        // After a word and its comma, before the language's `and`: numbers
        // in a list (`3, 4 and 6`) or counted (`session, 10 séances`) are not.
        // Glued to a word of three letters or more (`Spain1 (on behalf of`,
        // `Sudan3 (on`): a note called once per list of speakers or per page.
        // Set apart after a name, before a bracket (`Morocco 3 (also on behalf
        // of`, `Ecuador 3` / `(also on behalf of`: a note called once per list
        // of speakers, as pdftotext sets it apart) or a word in small letters.
        let after_name = |c: &super::footnote_marker::Candidate| {
            let Some(before) = text.get(..c.start).and_then(|b| b.strip_suffix(' ')) else {
                return false;
            };
            let rest = text.get(c.end..).unwrap_or("");
            let word_before = before.rsplit([' ', '\n']).next().unwrap_or("");
            // Before a word in small letters, only after a name of two
            // capitalised words (`Sustainable Development Goals 2 for`), not
            // after one (`Channel 4 and`, `Sur 10 idées`).
            let two_words = || {
                let mut words = before.rsplit([' ', '\n']);
                words.next();
                words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
            };
            let lower_word = rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase))
                && two_words();
            (rest.starts_with(" (") || rest.starts_with("\n(") || lower_word)
                && super::footnote_marker::set_apart_after_name(text, c.end, word_before, lower_word)
        };
        // After a word and its comma, before the language's `and` (`the
        // International Criminal Court, 1 and calls upon`). Not before any
        // word in small letters: a count follows a comma as often (`the
        // review of Iraq, 10 other stakeholders`, `5 for Christians, 1 for`).
        let after_comma = |c: &super::footnote_marker::Candidate| {
            text.get(..c.start)
                .and_then(|b| b.strip_suffix(", "))
                .is_some_and(|b| b.ends_with(char::is_alphabetic))
                && text
                    .get(c.end..)
                    .and_then(|a| a.strip_prefix(' '))
                    .and_then(|a| a.split(' ').next())
                    .is_some_and(|w| lang.and.contains(&w))
        };
        // A table's heading of a word or two whose call ends it (`Grade
        // level1`) calls the table's own note, not a footnote again.
        let heading_cell = |c: &super::footnote_marker::Candidate| {
            c.end == text.trim_end().len() && text.split_whitespace().count() <= 2
        };
        state.label_index.sync(&state.labels);
        // Set apart after the words that stood before the note's first call
        // (`the 2030 Agenda for Sustainable Development, 2 taking into
        // account`, as at its first call): the same name cited again.
        let contexts = &state.label_index.contexts;
        let same_words = |c: &super::footnote_marker::Candidate| {
            text.get(..c.start).is_some_and(|b| b.ends_with(' '))
                && text
                    .get(c.start..c.end)
                    .and_then(|label| contexts.get(label))
                    .is_some_and(|first| call_context(text, c.start).as_ref() == Some(first))
        };
        let again = |c: &super::footnote_marker::Candidate| {
            slash
                || (glued_to_word(text, c.start) && !heading_cell(c))
                || after_name(c)
                || after_comma(c)
                || same_words(c)
        };
        let calls = called_again(
            text,
            &runs,
            &taken,
            &state.labels,
            state.next_marker,
            &state.label_index,
            state.style,
            again,
        );
        for (start, end, i) in calls {
            if let Some(label) = state.labels.get(i) {
                found.push((start, end, Found::Marker(label.clone())));
            }
        }
    }
    if markers && !state.star_labels.is_empty() && text.contains(crate::layout::stars::STARS) {
        for (start, end, stars) in crate::layout::stars::star_calls(text) {
            if let Some(label) = state.star_labels.iter().find(|l| l.len() == stars) {
                found.push((start, end, Found::Marker(label.clone())));
            }
        }
    }
    for r in super::reference::find_references_in(text, lang, &mut state.refs) {
        found.push((r.start, r.end, Found::Reference(r.cited)));
    }
    // Priority: markers, symbols, references; drop what overlaps a kept match.
    let rank = |f: &Found| match f {
        Found::Marker(_) => 0,
        Found::Symbols(_) => 1,
        Found::Reference(_) => 2,
    };
    found.sort_by_key(|(s, e, f)| (rank(f), *s, *e));
    // Logical offsets where removed material cut the block, ascending.
    let cuts = logical.cuts(source, 0, text.len());
    // Kept matches are disjoint: the one that starts last before `e` is the only
    // one `s..e` can overlap. A match may not run across removed material (its
    // span would cover it): the first cut at or after `s` must not lie before `e`.
    let mut kept: std::collections::BTreeMap<usize, (usize, Found)> = std::collections::BTreeMap::new();
    for (s, e, f) in found {
        let at = cuts.partition_point(|&c| c < s);
        let crosses = cuts.get(at).is_some_and(|&c| c < e);
        let overlaps = kept.range(..e).next_back().is_some_and(|(_, (ke, _))| *ke > s);
        if s < e && e <= text.len() && !crosses && !overlaps {
            kept.insert(s, (e, f));
        }
    }
    let kept: Vec<(usize, usize, Found)> = kept.into_iter().map(|(s, (e, f))| (s, e, f)).collect();
    let mut inlines = Vec::with_capacity(kept.len() * 2 + 1);
    let mut at = 0;
    // Text never spans removed material: it is cut where a footnote block or
    // page furniture stood, the line break going with the first piece.
    let push_text = |inlines: &mut Vec<Inline>, from: usize, to: usize| {
        let mut at = from;
        let first = cuts.partition_point(|&c| c < from);
        let last = cuts.partition_point(|&c| c < to);
        let inside = cuts.get(first..last).unwrap_or(&[]);
        for end in inside.iter().map(|&c| c + 1).chain(std::iter::once(to)) {
            if let Some(piece) = text.get(at..end).filter(|p| !p.is_empty()) {
                let span_end = if piece.ends_with('\n') { end - 1 } else { end };
                inlines.push(Inline::Text(Text {
                    text: unwrap(piece),
                    span: Some(logical.span(at, span_end)),
                }));
            }
            at = end;
        }
    };
    for (s, e, f) in kept {
        push_text(&mut inlines, at, s);
        let span = Some(logical.span(s, e));
        let written = text.get(s..e).map(unwrap).unwrap_or_default();
        inlines.push(match f {
            Found::Marker(label) => {
                let n = state.marker_ids.entry(label.clone()).or_insert(0);
                *n += 1;
                let name = plenary_model::label_id(&label);
                let id = if *n == 1 {
                    format!("fnref_{name}")
                } else {
                    format!("fnref_{name}-{n}")
                };
                Inline::FootnoteMarker(FootnoteMarker {
                    id,
                    span,
                    label,
                    footnote: None,
                })
            }
            Found::Symbols(symbols) => {
                state.symbol_count += 1;
                Inline::Symbol(SymbolCitation {
                    id: format!("sym_{}", state.symbol_count),
                    span,
                    text: written,
                    symbols,
                })
            }
            Found::Reference(cited) => {
                state.reference_count += 1;
                Inline::Reference(Box::new(Reference {
                    id: format!("ref_{}", state.reference_count),
                    span,
                    text: written,
                    cited,
                    target: None,
                }))
            }
        });
        at = e;
    }
    push_text(&mut inlines, at, text.len());
    inlines
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The runs find, from 0 and then from each marker's end, what
        /// `find_marker_in` finds, for labels of one to six digits, in both
        /// styles, with and without markers set apart, on text made of
        /// digits, years, words, punctuation and slashes.
        #[test]
        fn digit_runs_find_what_the_marker_finder_finds(
            text in "([0-9]{1,7}|20[0-9]{2}[0-9]{1,2}|[a-zé]{1,6}|[ ,.;:)/\n”]){0,40}",
            label in "[0-9]{1,2}|[0-9]{3,10}",
            slash in proptest::bool::ANY,
            set_apart in proptest::bool::ANY,
        ) {
            let style = if slash { MarkerStyle::Slash } else { MarkerStyle::Superscript };
            let runs = DigitRuns::of(&text);
            let skip = Taken::new(vec![(3, 5)]);
            let mut from = 0;
            loop {
                let expected = super::super::footnote_marker::find_marker_in(&text, from, &label, skip.all(), style, set_apart);
                proptest::prop_assert_eq!(runs.find(&text, from, &label, &skip, style, set_apart), expected);
                match expected {
                    Some(c) => from = c.end,
                    None => break,
                }
            }
        }
    }

    proptest::proptest! {
        /// The ranges near a run are every range `marker_at` tests true
        /// (one overlapping the run, one ending just before its
        /// punctuation), disjoint ranges or not.
        #[test]
        fn taken_near_holds_every_range_marker_at_sees(
            ranges in proptest::collection::vec((0usize..60, 0usize..8), 0..12),
            disjoint in proptest::bool::ANY,
            start in 0usize..70,
            len in 1usize..6,
        ) {
            let ranges: Vec<(usize, usize)> = if disjoint {
                // Laid end to end, gaps of 0 to 3 bytes.
                let mut at = 0;
                ranges.iter().map(|&(gap, len)| { let s = at + gap % 4; at = s + len; (s, at) }).collect()
            } else {
                ranges.iter().map(|&(s, len)| (s, s + len)).collect()
            };
            let end = start + len;
            let taken = Taken::new(ranges.clone());
            let near = taken.near(start, end);
            let overlaps = |r: &[(usize, usize)]| r.iter().any(|&(s, e)| start < e && end > s);
            let just_before = |r: &[(usize, usize)]| r.iter().any(|&(_, e)| e + 1 == start);
            proptest::prop_assert_eq!(overlaps(near), overlaps(&ranges));
            proptest::prop_assert_eq!(just_before(near), just_before(&ranges));
        }
    }

    /// The labels of the markers `build` finds in one block of `text`.
    fn marker_labels(text: &str, state: &mut InlineState) -> Vec<String> {
        build(text, &[(0, text.len())], &crate::lang::en::EN, state, true)
            .into_iter()
            .filter_map(|i| match i {
                Inline::FootnoteMarker(m) => Some(m.label),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_note_called_again_after_the_same_words() {
        // A/RES/73/6: `the 2030 Agenda for Sustainable Development, 2 of`,
        // then, in a later paragraph, `… Sustainable Development, 2 taking
        // into account`.
        let mut state = InlineState {
            labels: vec!["1".into(), "2".into(), "3".into()],
            next_marker: 1,
            ..InlineState::default()
        };
        assert_eq!(
            marker_labels(
                "the 2030 Agenda for Sustainable\nDevelopment, 2 of the Sendai Framework",
                &mut state
            ),
            ["2"]
        );
        assert_eq!(
            marker_labels(
                "the realization of the 2030 Agenda for Sustainable\nDevelopment, 2 taking into account",
                &mut state
            ),
            ["2"],
            "the same words before it"
        );
        assert!(
            marker_labels("the Sendai Framework, 2 other stakeholders", &mut state).is_empty(),
            "other words before it"
        );
    }

    #[test]
    fn a_table_heading_calls_no_note_again() {
        // A/80/604/Add.6: `Grade level1`, a table's heading calling the
        // table's own note, after notes 1 and 2 were called.
        let labels = vec!["1".to_owned(), "2".to_owned()];
        let mut state = InlineState {
            labels: labels.clone(),
            next_marker: 2,
            ..InlineState::default()
        };
        assert!(marker_labels("Grade level1", &mut state).is_empty());
        let mut state = InlineState {
            labels,
            next_marker: 2,
            ..InlineState::default()
        };
        assert_eq!(
            marker_labels("the vote of Spain1", &mut state),
            ["1"],
            "a sentence still calls a note again"
        );
    }

    #[test]
    fn calls_before_the_stop_in_languages_that_print_them_there() {
        let labels = vec!["1".to_owned(), "2".to_owned()];
        let find = |lang: &crate::lang::Lang, text: &str| {
            let mut state = InlineState {
                labels: labels.clone(),
                next_marker: 1,
                ..InlineState::default()
            };
            build(text, &[(0, text.len())], lang, &mut state, true)
                .into_iter()
                .filter(|i| matches!(i, Inline::FootnoteMarker(_)))
                .count()
        };
        assert_eq!(
            find(&crate::lang::ru::RU, "относительно создания НПЗУ 2. В представлении"),
            1
        );
        assert_eq!(find(&crate::lang::en::EN, "Fiji had rejected 2. In relation"), 0);
    }

    #[test]
    fn finds_a_note_called_again_glued_to_a_name() {
        // A/HRC/14/37: `Spain1` in every list of speakers after the first.
        let mut state = InlineState {
            labels: vec!["1".into(), "2".into(), "3".into()],
            next_marker: 1,
            ..InlineState::default()
        };
        let text = "Russian Federation, Saudi Arabia, Spain1 (on behalf of the European Union), Sudan1 (on";
        assert_eq!(
            marker_labels(text, &mut state),
            ["1", "1"],
            "should take `Spain1` and `Sudan1` for calls of note 1 again"
        );
        // Set apart, as pdftotext gives a superscript: before a bracket after
        // a name; before a word in small letters after a name of two words.
        let mut state = InlineState {
            labels: vec!["1".into(), "2".into(), "3".into()],
            next_marker: 3,
            ..InlineState::default()
        };
        let text = "Mexico, Morocco 3 (also on behalf of Chile), Ecuador 3\n(on behalf of Peru), and the \
                    Sustainable Development Goals 2 for all; Joint Submission 2 (JS2) noted; Channel 2 and; Sur 2 idées";
        assert_eq!(marker_labels(text, &mut state), ["3", "3", "2"]);
        // Not glued to a word: counts, list numbers, symbols, short words.
        for text in [
            "adopted by 32 votes in favour, 1 against, with 9 abstentions",
            "paragraphs 1, 4 and 6 of resolution 1/1",
            "A/HRC/14/37/Add.1 and Corr.1, emissions of CO1",
            "article 1 of the Convention",
        ] {
            let mut state = InlineState {
                labels: vec!["1".into(), "2".into()],
                next_marker: 1,
                ..InlineState::default()
            };
            let found = marker_labels(text, &mut state);
            assert!(
                !found.iter().any(|l| l == "1"),
                "should not take a 1 in {text:?} for a call of note 1 again, found {found:?}"
            );
        }
    }

    #[test]
    fn finds_a_note_called_again_among_many_labels() {
        // Note 1 passed long ago, among 2,000 labels, two of them printed
        // twice (notes numbered from 1 again): `Spain1` calls it again, once.
        let labels: Vec<String> = (1..=1000).chain(1..=1000).map(|n: u32| n.to_string()).collect();
        let passed = |next_marker| InlineState {
            labels: labels.clone(),
            next_marker,
            ..InlineState::default()
        };
        let text = "Saudi Arabia, Spain1 (on behalf of the European Union), 32 votes in favour, 3 against";
        assert_eq!(
            marker_labels(text, &mut passed(1500)),
            ["1"],
            "should take `Spain1` once for note 1 and no count of votes"
        );
        // A count set apart after a comma is no call, the note passed or not.
        let text = "adopted by 32 votes in favour, 3 against, with 9 abstentions";
        assert_eq!(marker_labels(text, &mut passed(1500)), Vec::<String>::new());
        // A note not passed yet is not called again: `Spain1` before note 1
        // (further in the labels than a marker may skip to).
        let mut state = passed(0);
        state.labels = ["7", "8", "9", "10", "11", "12", "13", "1"].map(String::from).to_vec();
        assert_eq!(marker_labels("Spain1 (on behalf of", &mut state), Vec::<String>::new());
    }

    /// The pass the runs replaced: each label already passed looked for
    /// through the text, every taken range and call compared, as the oracle.
    fn called_again_label_by_label(
        text: &str,
        labels: &[String],
        passed: usize,
        skip: &[(usize, usize)],
        style: MarkerStyle,
        again: impl Fn(&super::super::footnote_marker::Candidate) -> bool,
    ) -> Vec<(usize, usize, String)> {
        let mut found = skip.to_vec();
        let mut out = Vec::new();
        for label in labels.iter().take(passed) {
            let mut from = 0;
            while let Some(c) = super::super::footnote_marker::find_marker_in(text, from, label, skip, style, true) {
                if again(&c) && !found.iter().any(|&(s, e)| c.start < e && c.end > s) {
                    found.push((c.start, c.end));
                    out.push((c.start, c.end, label.clone()));
                }
                from = c.end;
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The calls found again from the runs are those a search label by
        /// label finds, in the same order, with labels printed twice, labels
        /// longer than eight digits, years, overlapping taken ranges, both
        /// styles.
        #[test]
        fn called_again_finds_what_a_search_label_by_label_finds(
            text in "([1-3]{1,2}|20[01][1-3]{2,3}|1{8}[12]|[a-zé]{1,3}|[ ,.;:)/\n”]){0,40}",
            labels in proptest::collection::vec("[1-3]{1,2}|20[01][1-3]{2}|1{8}[12]", 0..8),
            passed in 0usize..10,
            ranges in proptest::collection::vec((0usize..120, 1usize..8), 0..6),
            slash in proptest::bool::ANY,
            every in proptest::bool::ANY,
        ) {
            let style = if slash { MarkerStyle::Slash } else { MarkerStyle::Superscript };
            let skip: Vec<(usize, usize)> = ranges.iter().map(|&(s, len)| (s, s + len)).collect();
            // Every candidate, or those glued to a word or at an even offset.
            let again = |c: &super::super::footnote_marker::Candidate| {
                every || c.start % 2 == 0 || glued_to_word(&text, c.start)
            };
            let mut index = LabelIndex::default();
            index.sync(&labels);
            let found: Vec<(usize, usize, String)> = called_again(
                &text,
                &DigitRuns::of(&text),
                &Taken::new(skip.clone()),
                &labels,
                passed,
                &index,
                style,
                again,
            )
            .into_iter()
            .filter_map(|(s, e, i)| Some((s, e, labels.get(i)?.clone())))
            .collect();
            proptest::prop_assert_eq!(found, called_again_label_by_label(&text, &labels, passed, &skip, style, again));
        }
    }

    #[test]
    fn unwraps_lines() {
        assert_eq!(unwrap("la \ncriminalité"), "la criminalité");
        assert_eq!(
            unwrap("auto-\névaluation"),
            "auto-évaluation",
            "a compound hyphen is kept"
        );
        assert_eq!(unwrap("A.  Ouverture"), "A. Ouverture");
        assert_eq!(unwrap("a -\n\n b\t\tc‑\nd "), "a - b c‑d ");
        assert_eq!(unwrap("plain text"), "plain text");
    }

    /// The character loop `unwrap` replaced, as the oracle.
    fn unwrap_by_chars(text: &str) -> String {
        let mut out = String::new();
        let mut last_space = false;
        for c in text.chars() {
            match c {
                '\n' => {
                    if out.ends_with('-') || out.ends_with('\u{2011}') {
                        continue;
                    }
                    if !last_space {
                        out.push(' ');
                    }
                    last_space = true;
                }
                ' ' | '\t' => {
                    if !last_space {
                        out.push(' ');
                    }
                    last_space = true;
                }
                _ => {
                    out.push(c);
                    last_space = false;
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn unwrap_copies_runs_as_the_character_loop_did(text in "[ \\n\\tab\\-é’\u{2011}]{0,40}") {
            proptest::prop_assert_eq!(unwrap(&text), unwrap_by_chars(&text));
        }
    }

    #[test]
    fn maps_back_to_source() {
        let source = "ab\n  cd\n";
        let logical = Logical::new(source, &[(0, 2), (5, 7)]);
        assert_eq!(logical.text, "ab\ncd");
        assert_eq!(logical.source(3), 5, "the first byte of the second segment");
        assert_eq!(logical.span(0, 5), Span::new(0, 7), "a span across both segments");
    }
}

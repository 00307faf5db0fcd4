//! Arabic text as the grammar compares it.
//!
//! PDF extractors give Arabic in three shapes: base letters (U+0600 to
//! U+06FF) as the language tables of [`super::ar`] write them; the contextual
//! glyph forms of the Arabic Presentation Forms blocks (U+FB50 to U+FDFF,
//! U+FE70 to U+FEFF: `ﺍﻷﻣﻢ` for `الأمم`), one code point per glyph and the
//! lam-alef pair as one ligature (U+FEFB `ﻻ`); and base letters with each
//! lam-alef pair written in the wrong order (`األمم` for `الأمم`), as PDFs
//! whose text layer stores the ligature's letters reversed give them.
//!
//! The text is never rewritten (every span indexes the original input):
//! a word of the text is compared with a word of the tables through
//! [`key`], which folds the glyph forms to their base letters, drops what
//! prints nothing or is optional (direction marks, tatweel, the short vowels
//! and the shadda, spaces a PDF sets between a letter and its vowel) and
//! writes every run of lam and alef letters in one order, so that `األمم`,
//! `ﺍﻷﻣﻢ` and `الأمم` have the same key. Offsets into a line are found on the
//! original bytes (an ASCII hyphen or digit the recogniser looks for).
//!
//! [`key`] costs one scan and an allocation: recognisers call it only on the
//! few bytes they compare, and only in Arabic documents.

/// The letters of Presentation Forms-B: (first code point, number of
/// forms, base letter), in order. A letter of four forms has them in the
/// order isolated, final, initial, medial.
const FORMS_B: [(u32, u32, &str); 43] = [
    (0xFE70, 2, "\u{64B}"),
    (0xFE72, 1, "\u{64C}"),
    (0xFE74, 1, "\u{64D}"),
    (0xFE76, 2, "\u{64E}"),
    (0xFE78, 2, "\u{64F}"),
    (0xFE7A, 2, "\u{650}"),
    (0xFE7C, 2, "\u{651}"),
    (0xFE7E, 2, "\u{652}"),
    (0xFE80, 1, "ء"),
    (0xFE81, 2, "آ"),
    (0xFE83, 2, "أ"),
    (0xFE85, 2, "ؤ"),
    (0xFE87, 2, "إ"),
    (0xFE89, 4, "ئ"),
    (0xFE8D, 2, "ا"),
    (0xFE8F, 4, "ب"),
    (0xFE93, 2, "ة"),
    (0xFE95, 4, "ت"),
    (0xFE99, 4, "ث"),
    (0xFE9D, 4, "ج"),
    (0xFEA1, 4, "ح"),
    (0xFEA5, 4, "خ"),
    (0xFEA9, 2, "د"),
    (0xFEAB, 2, "ذ"),
    (0xFEAD, 2, "ر"),
    (0xFEAF, 2, "ز"),
    (0xFEB1, 4, "س"),
    (0xFEB5, 4, "ش"),
    (0xFEB9, 4, "ص"),
    (0xFEBD, 4, "ض"),
    (0xFEC1, 4, "ط"),
    (0xFEC5, 4, "ظ"),
    (0xFEC9, 4, "ع"),
    (0xFECD, 4, "غ"),
    (0xFED1, 4, "ف"),
    (0xFED5, 4, "ق"),
    (0xFED9, 4, "ك"),
    (0xFEDD, 4, "ل"),
    (0xFEE1, 4, "م"),
    (0xFEE5, 4, "ن"),
    (0xFEE9, 4, "ه"),
    (0xFEED, 2, "و"),
    (0xFEEF, 2, "ى"),
];

/// The base letter(s) of a presentation-form code point, or `None` when `c`
/// is not one this table knows (it is then compared as it is).
///
/// Covers Presentation Forms-B (U+FE70 to U+FEFC: every letter's isolated,
/// final, initial and medial forms, the vowel signs and the four lam-alef
/// ligatures), the alef wasla of Forms-A and its shadda-and-vowel ligatures
/// (U+FC5E to U+FC63).
#[must_use]
pub fn base_of(c: char) -> Option<&'static str> {
    let u = u32::from(c);
    match u {
        0xFEF1..=0xFEF4 => Some("ي"),
        0xFEF5 | 0xFEF6 => Some("لآ"),
        0xFEF7 | 0xFEF8 => Some("لأ"),
        0xFEF9 | 0xFEFA => Some("لإ"),
        0xFEFB | 0xFEFC => Some("لا"),
        0xFB50 | 0xFB51 => Some("ٱ"),
        // Shadda with a vowel, isolated (a space before them in NFKC).
        0xFC5E => Some("\u{64C}\u{651}"),
        0xFC5F => Some("\u{64D}\u{651}"),
        0xFC60 => Some("\u{64E}\u{651}"),
        0xFC61 => Some("\u{64F}\u{651}"),
        0xFC62 => Some("\u{650}\u{651}"),
        0xFC63 => Some("\u{670}\u{651}"),
        0xFE70..=0xFEF0 => FORMS_B
            .iter()
            .rev()
            .find(|&&(first, _, _)| first <= u)
            .filter(|&&(first, n, _)| u < first + n)
            .map(|&(_, _, base)| base),
        _ => None,
    }
}

/// Characters [`key`] leaves out: direction marks, tatweel (U+0640), the
/// short vowels, tanween, shadda and sukun (U+064B to U+0652), the dagger
/// alef (U+0670), and white space.
fn left_out(c: char) -> bool {
    plenary_model::coverage::is_direction_mark(c)
        || matches!(c, '\u{640}' | '\u{64B}'..='\u{652}' | '\u{670}')
        || c.is_whitespace()
}

/// Lam and the alef letters, whose order in a lam-alef pair PDFs reverse.
fn lam_or_alef(c: char) -> bool {
    c == 'ل' || is_alef(c)
}

/// An alef, bare or with its hamza or madda (`ا`, `أ`, `إ`, `آ`).
fn is_alef(c: char) -> bool {
    matches!(c, 'ا' | 'أ' | 'إ' | 'آ')
}

/// The Arabic letters of `word`: what [`key`] leaves out (vowels, tatweel,
/// direction marks) not counted.
#[must_use]
pub fn letter_count(word: &str) -> usize {
    word.chars()
        .filter(|&c| is_arabic_letter(c) && c.is_alphabetic() && !left_out(c))
        .count()
}

/// The comparison key of an Arabic word or phrase: presentation forms folded
/// to base letters (`base_of`), what `left_out` names dropped, and each
/// run of lam and alef letters sorted, so that a lam-alef pair matches in
/// either order (`األمم`, `ﺍﻷﻣﻢ` and `الأمم` have one key). Words keep one
/// space between them: `key("جدول  الأعمال")` is `key("جدول الأعمال")`.
#[must_use]
pub fn key(text: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(text.len() / 2);
    let mut run_start = 0usize;
    let mut space = false;
    let push = |c: char, out: &mut Vec<char>, run_start: &mut usize| {
        if !lam_or_alef(c) {
            if let Some(run) = out.get_mut(*run_start..) {
                run.sort_unstable();
            }
            out.push(c);
            *run_start = out.len();
        } else {
            out.push(c);
        }
    };
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if left_out(c) {
            // A space set before a vowel or tanween (`ثالث ًا`) is no word's
            // end: the mark is the letter's before it.
            if matches!(c, '\u{64B}'..='\u{652}' | '\u{670}') {
                space = false;
            }
            continue;
        }
        if space {
            push(' ', &mut out, &mut run_start);
            space = false;
        }
        match base_of(c) {
            Some(base) => {
                for b in base.chars().filter(|&b| !left_out(b)) {
                    push(b, &mut out, &mut run_start);
                }
            }
            None => push(c, &mut out, &mut run_start),
        }
    }
    if let Some(run) = out.get_mut(run_start..) {
        run.sort_unstable();
    }
    out.into_iter().collect()
}

/// True when the Arabic `word` of a table opens `text` as a whole word
/// under [`key`]: the key of `text`'s first words equals the key of `word`.
/// Returns the byte length in `text` of what matched (the original bytes,
/// direction marks and vowels included), for offsets into the line.
#[must_use]
pub fn opens_with(text: &str, word: &str) -> Option<usize> {
    let want = key(word);
    if want.is_empty() {
        return None;
    }
    let words = want.split(' ').count();
    // The end of each of `text`'s first words (white space ends a word).
    let mut end = 0usize;
    let mut seen = 0usize;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                in_word = false;
                seen += 1;
                if seen == words {
                    break;
                }
            }
        } else if !left_out(c) || in_word {
            in_word = true;
        }
        end = i + c.len_utf8();
    }
    let head = text.get(..end)?;
    let trimmed = head.trim_end_matches(|c: char| c.is_whitespace());
    (key(trimmed) == want).then_some(trimmed.len())
}

/// True when the last letter of `line` is written in a form that joins the
/// letter after it: a presentation form's initial or medial glyph (`ﺇﻧﺷ`,
/// whose `ﺷ` opens on the next letter). An extractor that cut a word at the
/// line's end (PyMuPDF: `ﻣﻘﺗﺭﺡ ﺇﻧﺷ` / `ﺎء ﺍﻟﻣﺭﻛﺯ`) leaves such a letter
/// last; a word that ends there never does. A tatweel last does not tell:
/// PyMuPDF may set it after the letter it stood before (`ﺯـ`). Vowel signs
/// after the letter, spaces and direction marks are passed over. Base
/// letters (U+0600 to U+06FF) carry no form and never tell.
#[must_use]
pub fn word_goes_on(line: &str) -> bool {
    let last = line.chars().rev().find(|&c| {
        !(c.is_whitespace()
            || plenary_model::coverage::is_direction_mark(c)
            || matches!(c, '\u{64B}'..='\u{652}' | '\u{670}' | '\u{FE70}'..='\u{FE7F}' | '\u{FC5E}'..='\u{FC63}'))
    });
    let Some(c) = last else { return false };
    let u = u32::from(c);
    // A letter of four forms in its initial or medial form.
    (0xFE89..=0xFEF4).contains(&u) && four_forms(u).is_some_and(|first| (u - first) >= 2)
}

/// True when `line` ends with a tatweel after a letter that joins the next
/// (`ﻣﻭﺟـ`, `تقريـ`): the word goes on over the next line (`-raw`: `ﻣﻭﺟ` /
/// `ـ` / `ﺯ`). A tatweel after a letter that joins nothing after it (`ﺯـ`,
/// PyMuPDF's order) does not tell.
#[must_use]
pub fn ends_with_joining_tatweel(line: &str) -> bool {
    let mut chars = line
        .chars()
        .rev()
        .filter(|&c| !(c.is_whitespace() || plenary_model::coverage::is_direction_mark(c)));
    if chars.next() != Some('\u{640}') {
        return false;
    }
    let before = chars.find(|&c| !matches!(c, '\u{640}' | '\u{64B}'..='\u{652}' | '\u{670}'));
    match before {
        Some(c @ '\u{621}'..='\u{64A}') => !"ءآأؤإاةدذرزوى".contains(c),
        Some(c) => {
            let u = u32::from(c);
            (0xFE89..=0xFEF4).contains(&u) && four_forms(u).is_some_and(|first| (u - first) >= 2)
        }
        None => false,
    }
}

/// The first code point of the four-form group `u` belongs to, or `None`
/// when `u` is a letter of two forms (alef, dal, reh, waw, teh marbuta …).
fn four_forms(u: u32) -> Option<u32> {
    FORMS_B
        .iter()
        .find(|&&(first, n, _)| n == 4 && (first..first + 4).contains(&u))
        .map(|&(first, _, _)| first)
        // Yeh (U+FEF1 to U+FEF4), a letter of four forms, is not in the
        // table ([`base_of`] reads it apart).
        .or_else(|| (0xFEF1..=0xFEF4).contains(&u).then_some(0xFEF1))
}

/// `text` with the words an extractor cut at a lone letter made whole
/// again: a word of one Arabic letter (vowels aside) is glued to the word
/// after it, or, where only lone letters follow it, to the word before it. No Arabic word is a letter
/// alone (the one-letter particles `و`, `ب`, `ل`, `ف`, `ك` are written
/// joined to the next word), so a lone letter is a piece of a word PyMuPDF
/// cut (`ا لدورة` / `الثالثو` / `ن`, read together: `الدورة الثالثون`). White
/// space is folded to one space.
#[must_use]
pub fn mend(text: &str) -> String {
    let lone = lone_letter;
    let words: Vec<&str> = text.split_whitespace().collect();
    // Lone letters at the end close the word before them (`الثالث و ن`).
    let tail = words.iter().rev().take_while(|w| lone(w)).count();
    let tail_from = words.len() - tail;
    let mut out = String::with_capacity(text.len());
    let mut glue_next = false;
    for (k, w) in words.iter().enumerate() {
        let closes = k >= tail_from && k > 0;
        if !out.is_empty() && !glue_next && !closes {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = lone(w) && k < tail_from;
    }
    out
}

/// True when `word` is one Arabic letter alone (vowels and direction marks
/// aside): a piece of a word an extractor cut, since no Arabic word is a
/// letter alone.
fn lone_letter(word: &str) -> bool {
    letter_count(word) == 1 && word.chars().all(|c| is_arabic_letter(c) || left_out(c))
}

/// True when the last word of `line` is one Arabic letter alone, after
/// another word: the line cut a word, which goes on over the next line
/// (PyMuPDF: `… الابتكار في ا` / `لقطاع العام …`).
#[must_use]
pub fn ends_with_lone_letter(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    words.next().is_some_and(lone_letter) && words.next().is_some()
}

/// The top-level segments of `line`, each a run (from its opening mark to
/// the mark that closes it; `true`) or the text between runs (`false`), in
/// the order written; `None` where the line holds no run. A line's content
/// is trimmed of the marks at its ends: a closing mark with none open
/// closes a run that opened before the content, and a run still open at
/// the end closes after it.
fn top_level_segments(line: &str) -> Option<Vec<(&str, bool)>> {
    const PDF: char = '\u{202C}';
    let opens = |c: char| matches!(c, '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}');
    if !line.contains(PDF) && !line.contains('\u{202B}') {
        return None;
    }
    let mut segments: Vec<(&str, bool)> = Vec::new();
    let (mut depth, mut from) = (0usize, 0usize);
    for (i, c) in line.char_indices() {
        if opens(c) {
            if depth == 0 && from < i {
                segments.push((line.get(from..i)?, false));
                from = i;
            }
            depth += 1;
        } else if c == PDF {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                let end = i + c.len_utf8();
                segments.push((line.get(from..end)?, true));
                from = end;
            }
        }
    }
    if from < line.len() {
        segments.push((line.get(from..)?, depth > 0));
    }
    Some(segments)
}

/// `line` in reading order where the extractor wrote its right-to-left
/// runs in visual order, one run a word (`pdftotext -raw`: RLE `ﺇﻧﺷ` PDF,
/// a space, RLE `ﻣﻘﺗﺭﺡ` PDF for `مقترح إنش`): its top-level runs and the
/// text between them, last first. The result holds the same bytes as
/// `line` (a line's span still covers it). `None` where the line is not
/// so written: fewer than two top-level right-to-left runs, or a Latin
/// letter or a figure between them (`E` RLE `المتحدة` PDF …, read as it is).
#[must_use]
pub fn logical_order(line: &str) -> Option<String> {
    let segments = top_level_segments(line)?;
    let arabic_runs = segments.iter().filter(|(s, run)| *run && has_arabic(s)).count();
    let gaps_plain = segments
        .iter()
        .filter(|(_, run)| !run)
        .all(|(s, _)| !s.chars().any(|c| c.is_ascii_alphanumeric()));
    (arabic_runs >= 2 && gaps_plain).then(|| segments.iter().rev().map(|(s, _)| *s).collect())
}

/// True when `line` is written a word a run, as `pdftotext -raw` writes a
/// right-to-left line in visual order (RLE `ﺍﻟﻌﻣﻝ` PDF, a space, RLE
/// `ﺭﻛﺎﺋﺯ` PDF): at least two top-level runs hold Arabic, and none of them
/// holds a space. pdftotext's default order wraps a line in one run, or
/// sets several words in each.
#[must_use]
pub fn written_word_by_word(line: &str) -> bool {
    if !line.contains('\u{202C}') {
        return false;
    }
    let Some(segments) = top_level_segments(line) else {
        return false;
    };
    // (Only runs whose opening and closing marks both stand in the line.)
    let whole = |s: &str| s.starts_with(['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}']) && s.ends_with('\u{202C}');
    let mut runs = 0usize;
    for (run, _) in segments.iter().filter(|(s, run)| *run && whole(s) && has_arabic(s)) {
        if run.chars().any(char::is_whitespace) {
            return false;
        }
        runs += 1;
    }
    runs >= 2
}

/// How many words of `line` read in reading order and how many last letter
/// first, as pdfminer writes a right-to-left line, left to right as it
/// stands on the page (`ةدحتملا مملأا` for `الأمم المتحدة`): `(reading,
/// reversed)`. Teh marbuta and alef maksura end a word and the article
/// opens one, so a word of three letters or more that opens with the one or
/// ends with `لا` is reversed, and one that ends with the one or opens with
/// `ال` is not. Other words tell nothing.
#[must_use]
pub fn letter_order(line: &str) -> (usize, usize) {
    /// A word's length and its first two and last two letters, so far.
    #[derive(Default)]
    struct Word {
        len: usize,
        first: [char; 2],
        last: [char; 2],
    }
    impl Word {
        fn push(&mut self, c: char) {
            if let Some(slot) = self.first.get_mut(self.len) {
                *slot = c;
            }
            self.last = [self.last[1], c];
            self.len += 1;
        }
    }
    let mut reading = 0;
    let mut reversed = 0;
    let mut word = Word::default();
    let mut close = |word: &mut Word| {
        if word.len >= 3 {
            let ends_word = |c: char| matches!(c, 'ة' | 'ى');
            if ends_word(word.first[0]) || word.last == ['ل', 'ا'] {
                reversed += 1;
            }
            if ends_word(word.last[1]) || word.first == ['ا', 'ل'] {
                reading += 1;
            }
        }
        *word = Word::default();
    };
    // (Letters by their ranges: `char::is_alphabetic` costs a table search
    // a character.)
    let letter = |c: char| matches!(c, '\u{621}'..='\u{64A}' | '\u{66E}'..='\u{6D3}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}');
    for c in line.chars() {
        if letter(c) {
            match base_of(c) {
                Some(base) => base.chars().filter(|&b| !left_out(b)).for_each(|b| word.push(b)),
                None if !left_out(c) => word.push(c),
                None => {}
            }
        } else if !left_out(c) || c.is_whitespace() {
            close(&mut word);
        }
    }
    close(&mut word);
    (reading, reversed)
}

/// `line` read in reading order where pdfminer wrote it left to right as it
/// stands on the page ([`letter_order`]): its characters last first, each
/// run of digits and Latin letters (with a `.`, `,`, `:`, `/`, `-`, `–` or
/// space between two of them) kept in its own order (`E/ESCWA/30/7`,
/// `25-28`). Brackets need no swap: the extractor gives each as stored,
/// and the line read last first sets `(` before the words it opens. The
/// line keeps its length in bytes.
#[must_use]
pub fn letters_in_reading_order(line: &str) -> String {
    let mut chars: Vec<char> = line.chars().rev().collect();
    let ltr = |c: char| c.is_ascii_alphanumeric();
    let inner = |c: char| matches!(c, '.' | ',' | ':' | '/' | '-' | '\u{2013}' | ' ');
    let mut k = 0;
    while k < chars.len() {
        if !chars.get(k).copied().is_some_and(ltr) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        loop {
            match (chars.get(end).copied(), chars.get(end + 1).copied()) {
                (Some(c), _) if ltr(c) => end += 1,
                (Some(c), Some(n)) if inner(c) && ltr(n) => end += 2,
                _ => break,
            }
        }
        if let Some(run) = chars.get_mut(k..end) {
            run.reverse();
        }
        k = end;
    }
    chars.into_iter().collect()
}

/// True when `text` holds a letter of the Arabic script (base letters or
/// presentation forms).
#[must_use]
pub fn has_arabic(text: &str) -> bool {
    // Cheap test first: those letters are written with a lead byte 0xD8 to
    // 0xDB (U+0600 to U+06FF) or 0xEF (the presentation forms).
    text.bytes().any(|b| matches!(b, 0xD8..=0xDB | 0xEF)) && text.chars().any(is_arabic_letter)
}

/// True when `c` is of the Arabic script (base letters, marks and
/// punctuation, or presentation forms).
#[must_use]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Arabic text as a reader types it, for the fields a document's metadata
/// derives from its lines (a title, a subtitle): presentation forms folded
/// to base letters ([`base_of`]), vowels and tatweel kept; direction marks
/// dropped; a space an extractor set between a letter and its vowel
/// (`تغي ُّر`) removed and a letter's vowels in canonical order; and a
/// lam-alef pair the text layer reversed after the article's alef set right
/// (`األمم` is `الأمم`, `االجتماعي` is `الاجتماعي`), where no word has two
/// alefs in a row. A reversed pair inside a word (`الثالثين` for
/// `الثلاثين`) is set right only where the word then reads as an ordinal
/// and did not before; other words are left as they are, since a pair so
/// written cannot be told from a word spelt so (`الثالث`, the third).
#[must_use]
pub fn readable(text: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if plenary_model::coverage::is_direction_mark(c) {
            continue;
        }
        let folded: Vec<char> = base_of(c).map_or_else(|| vec![c], |b| b.chars().collect());
        for b in folded {
            let mark = matches!(b, '\u{64B}'..='\u{652}' | '\u{670}');
            if mark {
                // The vowel goes on its letter, after the letter's other vowels
                // in code point order (the canonical order of these marks).
                while out.last().is_some_and(|p| *p == ' ') {
                    out.pop();
                }
                let mut at = out.len();
                while at > 0
                    && out
                        .get(at - 1)
                        .is_some_and(|p| matches!(p, '\u{64B}'..='\u{652}' | '\u{670}') && *p > b)
                {
                    at -= 1;
                }
                out.insert(at, b);
            } else {
                out.push(b);
            }
        }
    }
    // `ا` + `[اأإآ]` + `ل`: the article's alef, then a reversed lam-alef.
    let mut k = 0;
    while k + 2 < out.len() {
        let reversed =
            out.get(k) == Some(&'ا') && out.get(k + 1).copied().is_some_and(is_alef) && out.get(k + 2) == Some(&'ل');
        if reversed {
            out.swap(k + 1, k + 2);
            k += 3;
        } else {
            k += 1;
        }
    }
    let text: String = out.into_iter().collect();
    // A reversed pair inside a word is set right where the word read so is
    // an ordinal and read as printed is none (`الثالثين` is `الثلاثين`;
    // `الثالث`, the third, stays).
    if !text.contains("ال") {
        return text;
    }
    text.split(' ').map(known_spelling).collect::<Vec<_>>().join(" ")
}

/// True when `text` shows a text layer that reverses lam-alef pairs: a
/// word opens with the article's alef and then an alef (`األمم` for
/// `الأمم`, `االقتصادي` for `الاقتصادي`), which no word spells.
#[must_use]
pub fn reverses_lam_alef(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let mut letters = w
            .chars()
            .filter(|&c| !plenary_model::coverage::is_direction_mark(c))
            .flat_map(|c| base_of(c).map_or_else(|| vec![c], |b| b.chars().collect()));
        letters.next() == Some('ا') && letters.next().is_some_and(is_alef) && letters.next() == Some('ل')
    })
}

/// [`readable`] for text whose layer reverses lam-alef pairs
/// ([`reverses_lam_alef`]): the pair after the preposition `ل` set right
/// too (`لألمم` is `للأمم`, `لإلسكوا` is `للإسكوا`, `ولألمانة` is
/// `وللأمانة`). In such a layer a word so written is always a reversed pair;
/// in a layer that keeps its pairs it may be a word (`لإلغاء`), which is why
/// [`readable`] leaves it.
#[must_use]
pub fn readable_reversed(text: &str) -> String {
    readable(text)
        .split(' ')
        .map(|word| {
            let mut chars: Vec<char> = word.chars().collect();
            let at = usize::from(chars.first().is_some_and(|&c| c == 'و' || c == 'ف'));
            let reversed = chars.get(at) == Some(&'ل')
                && chars.get(at + 1).copied().is_some_and(is_alef)
                && chars.get(at + 2) == Some(&'ل');
            if reversed {
                chars.swap(at + 1, at + 2);
            }
            chars.into_iter().collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `word`, or the word its lam-alef pairs after the article spell when set
/// right, where that one is an ordinal of [`super::ar::AR`] and `word` is
/// none.
fn known_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    let known = |w: &str| {
        super::ar::AR
            .ordinal_words
            .iter()
            .any(|(o, _)| o.split(' ').any(|part| part == w))
    };
    let Some(stem) = word.strip_prefix("ال") else {
        return word.into();
    };
    if !stem.contains("ال") || known(word) {
        return word.into();
    }
    let swapped = format!("ال{}", stem.replace("ال", "لا"));
    if known(&swapped) {
        swapped.into()
    } else {
        word.into()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reversed_pair_after_the_preposition_is_set_right_where_the_layer_reverses() {
        assert!(super::reverses_lam_alef("المجلس االقتصادي واالجتماعي"));
        assert!(super::reverses_lam_alef("\u{202B}األمم\u{202C} المتحدة"));
        assert!(!super::reverses_lam_alef("المجلس الاقتصادي والاجتماعي"));
        assert_eq!(
            super::readable_reversed("الدورة الثلاثين لإلسكوا"),
            "الدورة الثلاثين للإسكوا"
        );
        assert_eq!(super::readable_reversed("ولألمانة لألمم"), "وللأمانة للأمم");
        // Left as written where the layer keeps its pairs: `لإلغاء` is a word.
        assert_eq!(super::readable("لإلغاء"), "لإلغاء");
    }

    #[test]
    fn lines_written_last_letter_first_are_told_and_read() {
        // pdfminer's `الأمم المتحدة` (the layer's lam-alef reversed, so
        // `األمم` tells nothing) and `اللجنة الاقتصادية`.
        assert_eq!(letter_order("ةدحتملا مملأا"), (0, 1));
        assert_eq!(letter_order("ةيداصتقلاا ةنجللا"), (0, 2));
        assert_eq!(letter_order("اللجنة الاقتصادية"), (2, 0));
        // Presentation forms, and words that tell nothing.
        assert_eq!(letter_order("ﺓﺪﺤﺘﻤﻟﺍ"), (0, 1));
        assert_eq!(letter_order("من في 2018"), (0, 0));
        assert_eq!(letters_in_reading_order("ةدحتملا مملأا"), "األمم المتحدة");
        // Digits and Latin runs keep their order, brackets come right.
        assert_eq!(letters_in_reading_order(")اوكسلإا( ايسآ يبرغل"), "لغربي آسيا (اإلسكوا)");
        assert_eq!(letters_in_reading_order("25-28 ،توريب"), "بيروت، 25-28");
        assert_eq!(letters_in_reading_order("E/ESCWA/30/7 زمرلا"), "الرمز E/ESCWA/30/7");
        for line in ["ةدحتملا مملأا", " )اوكسلإا( 2018 ", "E/ESCWA/30/7 زمرلا"] {
            assert_eq!(letters_in_reading_order(line).len(), line.len());
        }
    }

    #[test]
    fn runs_written_in_visual_order_are_read_last_first() {
        let raw = "\u{202B}ﺇﻧﺷ\u{202C} \u{202B}ﻣﻘﺗﺭﺡ\u{202C}";
        let read = logical_order(raw).expect("two runs in visual order");
        assert_eq!(read, "\u{202B}ﻣﻘﺗﺭﺡ\u{202C} \u{202B}ﺇﻧﺷ\u{202C}");
        assert_eq!(read.len(), raw.len(), "the same bytes");
        // A word cut into runs with nothing between them.
        assert_eq!(
            logical_order("\u{202B}ﱡ\u{202C}\u{202B}ﻳ\u{202C}\u{202B}ﺗﻐ\u{202C}").as_deref(),
            Some("\u{202B}ﺗﻐ\u{202C}\u{202B}ﻳ\u{202C}\u{202B}ﱡ\u{202C}")
        );
        // pdftotext's default text: one run a line, already in reading order.
        assert_eq!(logical_order("\u{202B}الدورة الثلاثون\u{202C}"), None);
        assert_eq!(
            logical_order("بيروت\u{202A} 25-28 ،\u{202C}حزيران\u{202A}/\u{202C}يونيو \u{202A}2018"),
            None
        );
        // A line's content, its end marks trimmed.
        assert_eq!(
            logical_order("ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\u{202C} \u{202B}ﺍﻻﻗﺗﺻـﺎﺩﻱ").as_deref(),
            Some("\u{202B}ﺍﻻﻗﺗﺻـﺎﺩﻱ ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\u{202C}")
        );
        // A Latin letter between the runs: left as it is.
        assert_eq!(logical_order("E \u{202B}المتحدة\u{202C} \u{202B}الأمم\u{202C}"), None);
        assert_eq!(logical_order("Distr."), None);
    }

    #[test]
    fn a_tatweel_after_a_joining_letter_goes_on() {
        assert!(ends_with_joining_tatweel("\u{FEE3}\u{FEED}\u{FE9F}\u{640}"), "ﻣﻭﺟـ");
        assert!(ends_with_joining_tatweel("تقريـ"));
        assert!(!ends_with_joining_tatweel("\u{FEB0}\u{640}"), "ﺯـ");
        assert!(!ends_with_joining_tatweel("ـ"), "a tatweel alone");
        assert!(!ends_with_joining_tatweel("تقرير"));
    }

    #[test]
    fn a_line_that_ends_with_a_lone_letter_cut_a_word() {
        assert!(ends_with_lone_letter("ورشة عمل بشأن تعزيز الابتكار في ا"));
        assert!(!ends_with_lone_letter("ا"), "a letter alone on its line");
        assert!(!ends_with_lone_letter("في القطاع العام"));
        assert!(!ends_with_lone_letter("Annex A"));
    }

    #[test]
    fn a_lone_letter_goes_back_into_its_word() {
        assert_eq!(mend("ا لدورة الثالثو ن"), "الدورة الثالثون");
        assert_eq!(mend("ا لدورة الثالث و ن"), "الدورة الثالثون");
        assert_eq!(mend("في ا لقطاع العام"), "في القطاع العام");
        assert_eq!(mend("الدورة  الثلاثون"), "الدورة الثلاثون");
        // A lone letter with its vowel is still one letter.
        assert_eq!(mend("ك ُتب"), "كُتب");
        // Latin letters and figures are left alone.
        assert_eq!(mend("E الأمم المتحدة"), "E الأمم المتحدة");
        assert_eq!(mend("25 - 28"), "25 - 28");
        assert_eq!(mend("بيروت ، 25"), "بيروت ، 25");
    }

    #[test]
    fn a_letter_that_joins_the_next_says_the_word_goes_on() {
        // `ﺇﻧﺷ`: sheen in its initial form, the word cut at the line's end.
        assert!(word_goes_on(
            "\u{FEE3}\u{FED8}\u{FE97}\u{FEAD}\u{FEA1} \u{FE87}\u{FEE7}\u{FEB7}"
        ));
        // `ﺗﻐﻳﱡ `: yeh in its medial form under a shadda-damma, then a space.
        assert!(word_goes_on("\u{FE97}\u{FED0}\u{FEF3}\u{FC61} "));
        // A tatweel after a letter that does not join (`ﺯـ`) does not tell.
        assert!(!word_goes_on("\u{FEB0}\u{640}"));
        // A word that ends (`ﺍﻟﻣﻧﺎﺥ`, kha final) or a letter of two forms.
        assert!(!word_goes_on("\u{FE8D}\u{FEDF}\u{FEE4}\u{FEE8}\u{FE8E}\u{FEA6}"));
        assert!(!word_goes_on("\u{FE8D}\u{FEAE}"));
        // Base letters carry no form; Latin text never goes on so.
        assert!(!word_goes_on("المناخ"));
        assert!(!word_goes_on("climate"));
        assert!(!word_goes_on(""));
    }

    use super::*;

    #[test]
    fn folds_glyph_forms_to_base_letters() {
        assert_eq!(base_of('\u{FEFB}'), Some("لا"));
        assert_eq!(base_of('\u{FE8D}'), Some("ا"));
        assert_eq!(base_of('\u{FEE4}'), Some("م"));
        assert_eq!(base_of('\u{FEF2}'), Some("ي"));
        assert_eq!(base_of('\u{FE94}'), Some("ة"));
        assert_eq!(base_of('\u{FE73}'), None);
        assert_eq!(base_of('a'), None);
        // `ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ` in glyph forms.
        assert_eq!(key("ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ"), key("الأمم المتحدة"));
    }

    #[test]
    fn lam_alef_in_either_order() {
        assert_eq!(key("األمم"), key("الأمم"));
        assert_eq!(key("االقتصادية"), key("الاقتصادية"));
        assert_eq!(key("الثالثون"), key("الثلاثون"));
        assert_ne!(key("الأمم"), key("الأمن"));
    }

    #[test]
    fn drops_marks_vowels_and_tatweel() {
        assert_eq!(key("\u{202B}أولاً\u{202C}"), key("أولا"));
        assert_eq!(key("ثانيا ً"), key("ثانيا"));
        assert_eq!(key("تقريـر"), key("تقرير"));
        assert_eq!(key("جدول   الأعمال"), "جدول ".to_owned() + &key("الأعمال"));
    }

    #[test]
    fn arabic_letters_are_found_in_any_of_their_blocks() {
        assert!(has_arabic("البند"));
        assert!(has_arabic("\u{FEFB}"));
        assert!(has_arabic("x \u{FB50}"));
        assert!(!has_arabic("Résolution \u{FFFD} 6/1"));
        assert!(!has_arabic("Agenda item 3"));
    }

    #[test]
    fn readable_text_as_a_reader_types_it() {
        assert_eq!(readable("تنظيم األعمال"), "تنظيم الأعمال");
        assert_eq!(readable("اللجنة االقتصادية واالجتماعية"), "اللجنة الاقتصادية والاجتماعية");
        assert_eq!(readable("ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ"), "الأمم المتحدة");
        // A space before a vowel; shadda and damma in canonical order.
        assert_eq!(readable("تغي ُّر"), "تغي\u{64F}\u{651}ر");
        assert_eq!(readable("تغي\u{FC61}ر"), "تغي\u{64F}\u{651}ر");
        assert_eq!(
            readable("\u{202B}تقريـر\u{202C}"),
            "تقريـر",
            "tatweel kept, marks dropped"
        );
        // Inside a word, a reversed pair is set right where the word then
        // reads as an ordinal and did not before; else left as printed.
        assert_eq!(readable("تقريـر الـدورة الثالثين"), "تقريـر الـدورة الثلاثين");
        assert_eq!(readable("الدورة الثالثة"), "الدورة الثالثة", "the third stays");
        assert_eq!(readable("الثالوث"), "الثالوث", "no ordinal either way");
        assert_eq!(readable("Report (E)"), "Report (E)");
    }

    #[test]
    fn opens_with_gives_original_length() {
        let line = "البند \u{202A} 3\u{202C}من جدول";
        assert_eq!(opens_with(line, "البند"), Some("البند".len()));
        let line = "جدول األعمال المؤقت";
        assert_eq!(opens_with(line, "جدول الأعمال"), Some("جدول األعمال".len()));
        assert_eq!(opens_with("ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ", "الأمم المتحدة"), Some("ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ".len()));
        assert_eq!(opens_with("البنود", "البند"), None);
        assert_eq!(opens_with("", "البند"), None);
    }
    #[test]
    fn words_written_a_run_each_are_told_from_a_line_in_one_run() {
        assert!(written_word_by_word("\u{202B}ﺍﻟﻌﻣﻝ\u{202C} \u{202B}ﺭﻛﺎﺋﺯ\u{202C}"));
        assert!(!written_word_by_word("\u{202B}ﺭﻛﺎﺋﺯ ﺍﻟﻌﻣﻝ\u{202C}"), "one run");
        assert!(
            !written_word_by_word("\u{202B}ﺭﻛﺎﺋﺯ ﺍﻟﻌﻣﻝ\u{202C} \u{202B}ﺍﻟﻌﻣﻝ\u{202C}"),
            "a run of two words"
        );
        assert!(!written_word_by_word("\u{202B}ﺍﻟﻌﻣﻝ\u{202C}"), "one word");
    }
}

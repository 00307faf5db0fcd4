//! The words of each language, as data: one file per language.
//!
//! A construct never spells a word of a language itself; it asks the
//! [`Lang`] of the document. Adding a language is adding a file here and
//! listing it in [`ALL`].

pub mod ar;
pub mod arabic;
pub mod en;
pub mod es;
pub mod fr;
pub mod ru;
pub mod zh;

/// The words one language uses for the constructs of UN documents.
///
/// Lists hold lower-case forms unless said otherwise; matching folds case
/// where the construct says so.
#[derive(Debug)]
pub struct Lang {
    /// ISO 639-1 code (`fr`).
    pub code: &'static str,
    /// Month names, lower-case, January first.
    pub months: [&'static str; 12],
    /// Other names of months, lower-case, with their number (Arabic
    /// `يونيو` beside `يونيه`, the Levantine `حزيران`): a date may print two
    /// names joined by a slash (`حزيران/يونيو`), and either is read.
    pub month_aliases: &'static [(&'static str, u32)],
    /// Words for "resolution" as a heading and in running text (`résolution`).
    pub resolution: &'static [&'static str],
    /// Words for "decision" (`décision`).
    pub decision: &'static [&'static str],
    /// Where a heading puts the number before the word for "resolution" or
    /// "decision" (Chinese `第75/1号决议`, `第2774(2025)号决议`): what stands
    /// before the number and what between it and the word. `None` where the
    /// word comes first (`Resolution 75/1`, `القرار 75/1`).
    pub number_frame: Option<(&'static str, &'static str)>,
    /// Words for "annex" (`annexe`).
    pub annex: &'static [&'static str],
    /// Words for "chapter" (`chapitre`, `chap.`).
    pub chapter: &'static [&'static str],
    /// Words for "article" (`article`).
    pub article: &'static [&'static str],
    /// "Ibid." and its spellings.
    pub ibid: &'static [&'static str],
    /// Conjunctions joining symbols and numbers (`et`).
    pub and: &'static [&'static str],
    /// Nouns a number follows as its numeral, in small letters (`article`,
    /// `goal`, `paragraphe`, `párrafo`): `Article 4 and`, `Goal 13 on` hold
    /// no note call.
    pub numbered_nouns: &'static [&'static str],
    /// Range words (`à`).
    pub to: &'static [&'static str],
    /// The words of references (resolutions cited by number, treaties, provisions, cross-references, adoptions).
    pub refs: RefWords,
    /// Words that open a preambular paragraph (`Rappelant`, `Notant`), capitalised as printed.
    pub preambular: &'static [&'static str],
    /// Endings of the participles and gerunds that open a preambular
    /// paragraph beyond those listed (`-ing` reads `Reiterating`,
    /// `Commemorating`; `-ant` reads `Constatant`).
    pub preambular_endings: &'static [&'static str],
    /// Capitalised words with such an ending that open no preambular
    /// paragraph (`Meeting`, `Cependant`, `Fernando`).
    pub preambular_not: &'static [&'static str],
    /// Words that open a preambular paragraph only inside a resolution's
    /// preamble, after a line that ends with a comma: they open sentences of
    /// running text too (Arabic `وقد`, as in `وقد نظرت في …`, having
    /// considered).
    pub preambular_in_preamble: &'static [&'static str],
    /// Verbs that open an operative paragraph (`Decides`, `Prie`, `Insta`),
    /// lower-case: where the paragraph is printed without a number, the verb
    /// after a line that ends a preambular paragraph starts it.
    pub operative: &'static [&'static str],
    /// True when the openers of preambular and operative paragraphs are
    /// printed in small letters after the formula (Russian `Генеральная
    /// Ассамблея,` / `ссылаясь на …,` / `постановляет …`): they are then
    /// matched whatever the case of their first letter.
    pub openers_in_small_letters: bool,
    /// True when words are not set apart by spaces (Chinese `决定…`, `请秘书长…`):
    /// an opener is then matched as the start of the line, not as its first word.
    pub unspaced: bool,
    /// True when the language prints a note's call before the punctuation
    /// that ends a sentence (`создания НПЗУ 11.`, `rapportant1,`), so that a
    /// call set apart before a full stop is read; English prints it after the
    /// stop, where a number before the stop is a count (`had rejected 6.`).
    pub call_before_stop: bool,
    /// The articles an enacting formula opens with, as printed (`The`, `La`,
    /// `Los`); one ending with an apostrophe is elided before the name
    /// (`L’Assemblée générale,`).
    pub formula_articles: &'static [&'static str],
    /// The bodies whose name opens an enacting formula with no article before
    /// it, as printed (`Генеральная Ассамблея`, `إن الجمعية العامة`, `大会`):
    /// the name alone and a comma (`,`, Arabic `،`, full-width `，`) make the
    /// formula.
    pub formula_bodies: &'static [&'static str],
    /// Words that name an agenda (`ordre du jour`), lower-case.
    pub agenda: &'static [&'static str],
    /// Ordinal words with their values, lower-case (`sixième` is 6, `quarantième` 40).
    pub ordinal_words: &'static [(&'static str, u32)],
    /// Cardinal tens that prefix a unit ordinal in compounds (`forty` in `forty-eighth`,
    /// `cuadragésimo` in `cuadragésimo octavo`).
    pub tens_prefixes: &'static [(&'static str, u32)],
    /// Words for "session", lower-case.
    pub session: &'static [&'static str],
    /// Words that introduce the place of a session (`tenue à`, `at`), longest first.
    pub place_lead: &'static [&'static str],
    /// Words for "part" in part headings (`partie`), lower-case.
    pub part: &'static [&'static str],
    /// Headings of a table of contents (`table des matières`), lower-case.
    pub contents: &'static [&'static str],
    /// Words of the heading of a list of abbreviations (`abbreviations`,
    /// `acronyms`, `sigles`), lower-case: its numbered lines are a list,
    /// not the report's paragraphs.
    pub abbreviations: &'static [&'static str],
    /// How the title of a document that is an agenda opens (`provisional
    /// agenda`, `ordre du jour provisoire`), lower-case: its numbered lines
    /// are the agenda's items, not the report's paragraphs.
    pub agenda_titles: &'static [&'static str],
    /// The words of a first-page masthead.
    pub masthead: Masthead,
    /// The words of a vote record (`[Adopted without a vote.]`).
    pub vote: VoteWords,
    /// Headings of endnotes at the end of a document (`notes`), lower-case.
    pub notes: &'static [&'static str],
    /// Frequent short function words, for language detection.
    pub stopwords: &'static [&'static str],
}

impl Lang {
    /// The number of the month `word` names in this language, in small
    /// letters (`juin`, `يونيه`), by another of its names
    /// ([`Lang::month_aliases`]), or by either of two names joined by a
    /// slash (`حزيران/يونيو`); Arabic compared through [`arabic::key`],
    /// with the Arabic comma a date may carry before it (`،حزيران`).
    #[must_use]
    pub fn month_of(&self, word: &str) -> Option<u32> {
        // The month a name equal to `w` under `same` names.
        let named = |w: &str, same: &dyn Fn(&str, &str) -> bool| {
            let at = self.months.iter().position(|m| same(m, w));
            let at = at.and_then(|i| u32::try_from(i + 1).ok());
            at.or_else(|| self.month_aliases.iter().find(|(m, _)| same(m, w)).map(|&(_, n)| n))
        };
        let exact = |m: &str, w: &str| m == w;
        if let Some(n) = named(word, &exact) {
            return Some(n);
        }
        if !word.contains('/') && !arabic::has_arabic(word) {
            return None;
        }
        word.split('/').find_map(|part| {
            let part = part.trim_matches(|c: char| c == '،' || plenary_model::coverage::is_direction_mark(c));
            let key = arabic::key(part);
            let by_key = |m: &str, _: &str| arabic::key(m) == key;
            named(part, &exact).or_else(|| {
                (arabic::has_arabic(part) && !key.is_empty())
                    .then(|| named(part, &by_key))
                    .flatten()
            })
        })
    }

    /// The value of an ordinal written in words (`Forty-eighth` is 48,
    /// `vingt et unième` 21, `cuadragésimo octavo` 48, `тридцать четвертая` 34),
    /// or in figures with an ordinal mark (`40º`, `40e`, `40th`).
    #[must_use]
    pub fn ordinal_value(&self, word: &str) -> Option<u32> {
        // Arabic tatweel (U+0640) stretches letters without changing the word.
        let lower = word.trim().replace('\u{640}', "").to_lowercase();
        let digits: String = lower.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            let mark = &lower[digits.len()..];
            return matches!(
                mark,
                "º" | "°" | "e" | "ème" | "er" | "re" | "st" | "nd" | "rd" | "th" | "-я" | "-й"
            )
            .then(|| digits.parse().ok())
            .flatten();
        }
        // Arabic words are compared through their key (glyph forms, the
        // lam-alef order and vowels aside).
        let arabic = arabic::has_arabic(&lower);
        let lower = if arabic { arabic::key(&lower) } else { lower };
        let value = |w: &str| {
            self.ordinal_words
                .iter()
                .find(|(x, _)| if arabic { arabic::key(x) == w } else { *x == w })
                .map(|&(_, v)| v)
        };
        if let Some(v) = value(&lower) {
            return Some(v);
        }
        // A unit, then its tens joined by the language's `and` (Arabic
        // `الحادية والثلاثون`, 31).
        let compound = lower.rsplit_once(' ').and_then(|(unit, tens)| {
            let tens = self.and.iter().find_map(|a| tens.strip_prefix(a)).unwrap_or(tens);
            let (unit, tens) = (value(unit)?, value(tens)?);
            (unit < 10 && tens >= 20 && tens % 10 == 0).then_some(tens + unit)
        });
        if compound.is_some() {
            return compound;
        }
        self.tens_prefixes.iter().find_map(|&(prefix, tens)| {
            let rest = lower.strip_prefix(prefix)?;
            let rest = rest.trim_start_matches(['-', '–', '‑', ' ']);
            let rest = rest.strip_prefix("et ").unwrap_or(rest);
            let &(_, unit) = self.ordinal_words.iter().find(|(w, v)| *w == rest && *v < 20)?;
            Some(tens + unit)
        })
    }
}

/// The words of a first-page masthead, lower-case.
#[derive(Debug)]
pub struct Masthead {
    /// `United Nations`, and the halves of the old split layout (`UNITED` / `NATIONS`).
    pub organization: &'static [&'static str],
    /// Nouns that name a subsidiary body, in small letters (`committee`,
    /// `comité`): a masthead line that opens or closes with one
    /// (`Human Rights Committee`, `Committee against Torture`) names the
    /// body that issues the document.
    pub bodies: &'static [&'static str],
    /// Principal organs (`General Assembly`).
    pub organs: &'static [&'static str],
    /// Distribution words after `Distr.` (`general`, `limitée`).
    pub distribution: &'static [(&'static str, plenary_model::Distribution)],
    /// `Original` (`Original: English`).
    pub original: &'static [&'static str],
    /// Names of the six languages, as a language line prints them.
    pub language_names: &'static [&'static str],
    /// The word after the languages of a document issued in some only
    /// (`English only`, `Arabic/English only`), lower-case.
    pub only: &'static [&'static str],
    /// `Agenda item`, `Point`, `Tema`, `Пункт`, longest first.
    pub agenda_item: &'static [&'static str],
    /// How the line saying what the document is opens (`note by`, `report of`), lower-case.
    pub subtitle_starts: &'static [&'static str],
    /// Words that open the body after the masthead (`Summary`, `Contents`).
    pub summary: &'static [&'static str],
    /// Compounds whose hyphen text extraction drops when it joins a line
    /// broken after the hyphen (`SecretaryGeneral` for `Secretary-General`),
    /// written with their hyphen; the masthead's title and subtitle get it back.
    pub hyphenated: &'static [&'static str],
    /// Words besides [`Lang::stopwords`] and [`Lang::and`] that cannot end a
    /// title line (`a`, `or`, `between`): the title goes on over the next line.
    pub open_ends: &'static [&'static str],
    /// Lines that give the state of the text (`Advance unedited version`),
    /// lower-case; the masthead passes over them.
    pub status: &'static [&'static str],
    /// Offices named before a colon on a line of people (`Rapporteur: Ms. …`,
    /// `Vice-President and Rapporteur: …`), lower-case.
    pub roles: &'static [&'static str],
    /// How the line under a resolution's heading that says who adopted it
    /// opens (`adopted by the` Security Council at its 9866th meeting, …),
    /// lower-case; an entry that opens with `…` is how the line ends (Chinese
    /// `…会议通过`).
    pub adopted_by: &'static [&'static str],
    /// What a draft calls itself, lower-case, and the kind of text it
    /// proposes (`draft resolution`, `projet de décision`).
    pub draft: &'static [(&'static str, plenary_model::DeliberationKind)],
    /// What introduces who submitted a draft (`Draft resolution submitted by
    /// the Chair`), lower-case.
    pub submitted_by: &'static [&'static str],
    /// What follows the submitter and is not part of it (`…, on the basis of
    /// informal consultations`), lower-case.
    pub basis: &'static [&'static str],
    /// What opens the line of an amendment after its sponsors (`Cuba:
    /// amendment to draft resolution A/C.3/78/L.41`), lower-case.
    pub amendment: &'static [&'static str],
    /// Names of States that hold the word for `and` (`trinidad and tobago`),
    /// lower-case: a list of sponsors is not split inside them.
    pub and_names: &'static [&'static str],
}

/// The words of a vote record (see [`crate::block::vote`]), lower-case and
/// accent-folded as [`crate::util::fold`] folds them.
#[derive(Debug)]
pub struct VoteWords {
    /// What a record of adoption without a vote opens with (`adopted without a vote`).
    pub without_vote: &'static [&'static str],
    /// What a record of a recorded vote opens with, up to the first count
    /// (`adopted by a recorded vote of`).
    pub recorded: &'static [&'static str],
    /// The label of the members in favour, without its colon (`in favour`).
    pub in_favour: &'static [&'static str],
    /// The label of the members against (`against`).
    pub against: &'static [&'static str],
    /// The label of the members abstaining (`abstaining`).
    pub abstaining: &'static [&'static str],
}

impl VoteWords {
    /// No vote words: the construct does not fire for the language.
    pub const NONE: VoteWords = VoteWords {
        without_vote: &[],
        recorded: &[],
        in_favour: &[],
        against: &[],
        abstaining: &[],
    };
}

/// Every language, in detection order.
pub static ALL: [&Lang; 6] = [&en::EN, &fr::FR, &es::ES, &ru::RU, &ar::AR, &zh::ZH];

/// True when `word` (as printed) is a noun a number follows as its numeral
/// in any of the languages ([`Lang::numbered_nouns`]), or a month (`June 2`).
pub(crate) fn takes_number(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    ALL.iter()
        .any(|lang| lang.numbered_nouns.contains(&lower.as_str()) || lang.months.contains(&lower.as_str()))
}

/// True when `line` is a heading of endnotes alone (`Notes`, `Примечания`,
/// `الحواشي`: [`Lang::notes`] of any language), in any case; 40 bytes at
/// most.
pub(crate) fn names_notes(line: &str) -> bool {
    line.len() <= 40 && {
        let lower = line.to_lowercase();
        ALL.iter().any(|l| l.notes.contains(&lower.as_str()))
    }
}

/// A date line in any of the languages: `23 October 2012`, `11 de mayo de
/// 1994`, `14 августа 2019 года`, `1er juin 2012`.
pub(crate) fn date_line(c: &str) -> Option<chrono::NaiveDate> {
    let words: Vec<String> = c
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .filter(|w| !matches!(w.as_str(), "de" | "года" | "г"))
        .collect();
    let [d, m, y] = words.as_slice() else { return None };
    let day: u32 = d.trim_end_matches("er").parse().ok()?;
    let year: i32 = y.parse().ok()?;
    let month = month_number(m)?;
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

/// True when `word` as printed (`July`, `juin,`) names a month in any of
/// the languages.
pub(crate) fn is_month(word: &str) -> bool {
    month_number(&word.trim_end_matches([',', '.']).to_lowercase()).is_some()
}

/// The number of a month named in small letters in any of the languages
/// (`october`, `juin`, `августа`): 1 to 12.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    ALL.iter().find_map(|lang| lang.month_of(word))
}

/// The language with this ISO 639-1 code.
#[must_use]
pub fn by_code(code: &str) -> Option<&'static Lang> {
    ALL.iter().copied().find(|l| l.code == code)
}

/// Detects the language of `text` from its script and its commonest short words.
///
/// Arabic and Chinese are told by their script; languages in Latin or
/// Cyrillic script by counting their stopwords in the first 64 KiB.
#[must_use]
pub fn detect(text: &str) -> &'static Lang {
    let sample = crate::util::prefix(text, 1 << 16);
    // Scripts by the first byte of each character (the sample is UTF-8):
    // U+0400..=U+04FF opens with 0xD0..=0xD3, U+0600..=U+06FF with
    // 0xD8..=0xDB, U+4E00..=U+4FFF with 0xE4 then 0xB8..=0xBF, and
    // U+5000..=U+9FFF with 0xE5..=0xE9.
    // The counts are sums of comparisons, with no branch, which the
    // compiler turns into vector instructions.
    let bytes = sample.as_bytes();
    let count = |test: fn(u8) -> bool| {
        // Bytes at a time in blocks of 255, whose count fits a byte.
        bytes
            .chunks(255)
            .map(|block| usize::from(block.iter().fold(0u8, |n, &b| n.wrapping_add(u8::from(test(b))))))
            .sum::<usize>()
    };
    let latin = count(|b| (b | 0x20).wrapping_sub(b'a') < 26);
    let cyrillic = count(|b| b & 0xFC == 0xD0);
    // Arabic presentation forms (U+FB50..=U+FDFF, U+FE70..=U+FEFF, the
    // glyphs PDF text layers often hold) are three bytes opening with 0xEF.
    let arabic = count(|b| b & 0xFC == 0xD8)
        + memchr::memchr_iter(0xEF, bytes)
            .filter(|&i| {
                let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2)) else {
                    return false;
                };
                let cp = 0xF000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                (0xFB50..=0xFDFF).contains(&cp) || (0xFE70..=0xFEFF).contains(&cp)
            })
            .count();
    let han = count(|b| b.wrapping_sub(0xE5) < 5)
        + memchr::memchr_iter(0xE4, bytes)
            .filter(|&i| bytes.get(i + 1).is_some_and(|&n| n >= 0xB8))
            .count();
    if let Some(lang) = by_script(arabic, han, cyrillic, latin) {
        return lang;
    }
    let langs = [&en::EN, &fr::FR, &es::ES];
    most_stopwords(langs, stopword_scores(sample, &langs))
}

/// The language a script decides, from the letters counted in each: Arabic,
/// Chinese or Russian when their script has the most letters, English when
/// there are none; `None` when Latin letters win (the stopwords decide).
fn by_script(arabic: usize, han: usize, cyrillic: usize, latin: usize) -> Option<&'static Lang> {
    let max = arabic.max(han).max(cyrillic).max(latin);
    if max == 0 {
        Some(&en::EN)
    } else if arabic == max {
        Some(&ar::AR)
    } else if han == max {
        Some(&zh::ZH)
    } else if cyrillic == max {
        Some(&ru::RU)
    } else {
        None
    }
}

/// The language with the most stopwords in the sample, the first on a tie,
/// English when none has any.
fn most_stopwords(langs: [&'static Lang; 3], scores: [usize; 3]) -> &'static Lang {
    let mut best = (&en::EN, 0usize);
    for (lang, score) in langs.into_iter().zip(scores) {
        if score > best.1 {
            best = (lang, score);
        }
    }
    best.0
}

/// [`char::is_alphabetic`], with the Latin-1 letters and the general
/// punctuation (`’`, `–`, `…`, none alphabetic) told without the Unicode tables.
fn is_alphabetic(c: char) -> bool {
    match c {
        '\u{0}'..='\u{FF}' => matches!(c, 'a'..='z' | 'A'..='Z' | 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ'),
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// A word of at most seven bytes as one number, its length in the top byte:
/// two words have the same number exactly when they are equal.
fn pack(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 7 {
        return None;
    }
    Some(
        bytes
            .iter()
            .fold((bytes.len() as u64) << 56, |key, &b| (key << 8) | u64::from(b)),
    )
}

/// For each of `langs`, how many words of `sample` (runs of alphabetic
/// characters) are among its stopwords: one pass over the sample for all of
/// them, ASCII told without decoding, and only words as short as the
/// longest stopword looked up, as [`pack`]ed numbers when every stopword
/// packs.
fn stopword_scores(sample: &str, langs: &[&Lang; 3]) -> [usize; 3] {
    let longest = langs
        .iter()
        .flat_map(|l| l.stopwords.iter())
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    // Every stopword packed, with a bit for each language that has it.
    let mut packed: Vec<(u64, u8)> = Vec::new();
    let mut all_packed = true;
    for (bit, lang) in langs.iter().enumerate() {
        for w in lang.stopwords {
            match pack(w) {
                Some(key) => match packed.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, mask)) => *mask |= 1 << bit,
                    None => packed.push((key, 1 << bit)),
                },
                None => all_packed = false,
            }
        }
    }
    // Open addressing over 256 slots (a few dozen stopwords): one or two
    // probes a word. `u64::MAX` marks an empty slot (no packed word is).
    const SLOTS: usize = 256;
    let slot_of = |key: u64| (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize;
    let mut table = [(u64::MAX, 0u8); SLOTS];
    if packed.len() > SLOTS / 2 {
        all_packed = false;
    } else {
        for &(key, mask) in &packed {
            let mut i = slot_of(key);
            while table.get(i).is_some_and(|&(k, _)| k != u64::MAX) {
                i = (i + 1) % SLOTS;
            }
            if let Some(slot) = table.get_mut(i) {
                *slot = (key, mask);
            }
        }
    }
    let lookup = |key: u64| {
        let mut i = slot_of(key);
        for _ in 0..SLOTS {
            match table.get(i) {
                Some(&(k, mask)) if k == key => return mask,
                Some(&(k, _)) if k != u64::MAX => i = (i + 1) % SLOTS,
                _ => return 0,
            }
        }
        0
    };
    let mut scores = [0usize; 3];
    let mut score = |word: &str| {
        if word.len() > longest {
            return;
        }
        match pack(word).filter(|_| all_packed) {
            Some(key) => {
                let mask = lookup(key);
                for (bit, n) in scores.iter_mut().enumerate() {
                    *n += usize::from(mask >> bit & 1);
                }
            }
            None => {
                for (lang, n) in langs.iter().zip(scores.iter_mut()) {
                    if lang.stopwords.contains(&word) {
                        *n += 1;
                    }
                }
            }
        }
    };
    let bytes = sample.as_bytes();
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (alphabetic, len) = if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            match sample.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (is_alphabetic(c), c.len_utf8()),
                None => break,
            }
        };
        if alphabetic {
            word_start.get_or_insert(i);
        } else if let Some(start) = word_start.take() {
            score(sample.get(start..i).unwrap_or_default());
        }
        i += len;
    }
    if let Some(start) = word_start {
        score(sample.get(start..).unwrap_or_default());
    }
    scores
}

/// The words of references: what `inline::reference` reads around resolution
/// numbers, treaty series, provisions, cross-references and adoptions.
///
/// Phrases are matched ignoring case, with any run of white space (line
/// breaks included) for a space and `’` and `'` alike.
#[derive(Debug)]
pub struct RefWords {
    /// Possessives that make a cited text the issuing body's own (`sa`, `ses`, `its`).
    pub possessive: &'static [&'static str],
    /// Words between a body acting and its possessive (`dans` of `l’Assemblée générale dans sa résolution`).
    pub agent_link: &'static [&'static str],
    /// Bodies as printed, with their symbol series (`""` when it has none).
    pub bodies: &'static [(&'static str, &'static str)],
    /// Words joining a resolution number to the body after it (`de l’`, `du`, `of the`, `del`).
    pub of_body: &'static [&'static str],
    /// Words before a date (`du`, `en date du`, `of`, `de`).
    pub date_lead: &'static [&'static str],
    /// Words inside a date (`de` of `23 de diciembre de 1993`).
    pub date_of: &'static [&'static str],
    /// Openings of a cross-reference to the text of an adopted resolution (`pour le texte, voir`).
    pub see_text: &'static [&'static str],
    /// Words for "part" in a cross-reference (`part` of `see part one`).
    pub part: &'static [&'static str],
    /// Words for "section" (`sect.`).
    pub section: &'static [&'static str],
    /// Words for "paragraph" (`paragraphe`, `par.`).
    pub paragraph: &'static [&'static str],
    /// Treaty series as printed, with their normal name (`Nations Unies, Recueil des Traités` is `UNTS`).
    pub treaty_series: &'static [(&'static str, &'static str)],
    /// Words for "volume" (`vol.`).
    pub volume: &'static [&'static str],
    /// Words for "number" before a registration number (`n°`, `No.`, `núm.`).
    pub number: &'static [&'static str],
    /// Instruments named after a provision (`Convention`, `Règlement intérieur`).
    pub instruments: &'static [&'static str],
    /// Words that carry an instrument's name on (`des Nations Unies`, `relatif`, `of the United Nations`).
    pub instrument_tail: &'static [&'static str],
    /// Words that end an instrument's name (`et`, `pour`).
    pub instrument_stop: &'static [&'static str],
    /// Words joining a provision to its instrument (`de la`, `du`, `of the`).
    pub provision_of: &'static [&'static str],
    /// Verbs reporting an adoption (`a adopté`).
    pub adopted: &'static [&'static str],
    /// "draft resolution" (`projet de résolution`).
    pub draft_resolution: &'static [&'static str],
    /// "draft decision" (`projet de décision`).
    pub draft_decision: &'static [&'static str],
    /// "sponsored by" (`parrainé par`).
    pub sponsored_by: &'static [&'static str],
    /// What ends a list of sponsors besides the sentence (`and co-sponsored by`).
    pub sponsors_end: &'static [&'static str],
    /// The word for a meeting after its ordinal (`séance` of `10e séance`).
    pub meeting: &'static [&'static str],
    /// "at the same meeting" (`à la même séance`).
    pub same_meeting: &'static [&'static str],
    /// Lower-case articles dropped before a sponsor's name (`le`, `l’`).
    pub articles: &'static [&'static str],
}

impl RefWords {
    /// No words: references are not read in this language yet.
    pub const NONE: RefWords = RefWords {
        possessive: &[],
        agent_link: &[],
        bodies: &[],
        of_body: &[],
        date_lead: &[],
        date_of: &[],
        see_text: &[],
        part: &[],
        section: &[],
        paragraph: &[],
        treaty_series: &[],
        volume: &[],
        number: &[],
        instruments: &[],
        instrument_tail: &[],
        instrument_stop: &[],
        provision_of: &[],
        adopted: &[],
        draft_resolution: &[],
        draft_decision: &[],
        sponsored_by: &[],
        sponsors_end: &[],
        meeting: &[],
        same_meeting: &[],
        articles: &[],
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The detection as it was first written: chars for the scripts, one
    /// split of the sample per language for the stopwords.
    fn detect_by_chars(text: &str) -> &'static Lang {
        let sample = crate::util::prefix(text, 1 << 16);
        let (mut arabic, mut han, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
        for c in sample.chars() {
            match c {
                '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
                '\u{4E00}'..='\u{9FFF}' => han += 1,
                '\u{0400}'..='\u{04FF}' => cyrillic += 1,
                'a'..='z' | 'A'..='Z' => latin += 1,
                _ => {}
            }
        }
        if let Some(lang) = by_script(arabic, han, cyrillic, latin) {
            return lang;
        }
        let langs = [&en::EN, &fr::FR, &es::ES];
        let scores = langs.map(|lang| {
            sample
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| lang.stopwords.contains(w))
                .count()
        });
        most_stopwords(langs, scores)
    }

    #[test]
    fn latin1_and_punctuation_alphabetic_as_the_tables() {
        for c in ('\u{0}'..='\u{FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn arabic_ordinals_in_both_genders_and_with_their_tens() {
        let ar = &ar::AR;
        assert_eq!(ar.ordinal_value("الثلاثون"), Some(30));
        assert_eq!(ar.ordinal_value("الثالثون"), Some(30), "lam-alef reversed");
        assert_eq!(ar.ordinal_value("الحادية والثلاثون"), Some(31));
        assert_eq!(ar.ordinal_value("الثانية عشرة"), Some(12));
        assert_eq!(ar.ordinal_value("الخامس والعشرين"), Some(25));
        assert_eq!(ar.ordinal_value("ﺍﻟﺜﻼﺛﻮﻥ"), Some(30), "glyph forms");
        assert_eq!(ar.ordinal_value("العشرون والثلاثون"), None, "tens after tens");
        // Other languages' compounds are read as before.
        assert_eq!(fr::FR.ordinal_value("vingt et unième"), Some(21));
        assert_eq!(en::EN.ordinal_value("Forty-eighth"), Some(48));
    }

    #[test]
    fn arabic_in_presentation_forms_is_arabic() {
        // A masthead whose Arabic is all glyph forms, with Latin fields.
        let text = "E/ESCWA/30/8\nDistr.\nLIMITED\n28 May 2018\nORIGINAL: ENGLISH\n\
                    ﺍﻟﻣﺟـﻠﺱ\nﺍﻻﻗﺗﺻـﺎﺩﻱ ﻭﺍﻻﺟﺗﻣـﺎﻋﻲ\nﺍﻟﺪﻭﺭﺓ ﺍﻟﺜﻼﺛﻮﻥ\nﻣﻘﺗﺭﺡ ﺇﻧﺷﺎء ﺍﻟﻣﺭﻛﺯ ﺍﻟﻌﺭﺑﻲ\n";
        assert_eq!(detect(text).code, "ar");
    }

    #[test]
    fn no_stopword_is_empty() {
        assert!(ALL.iter().all(|l| l.stopwords.iter().all(|w| !w.is_empty())));
    }

    #[test]
    fn script_boundaries() {
        for c in [
            '\u{03FF}', '\u{0400}', '\u{04FF}', '\u{0500}', '\u{05FF}', '\u{0600}', '\u{06FF}', '\u{0700}',
        ]
        .into_iter()
        .chain([
            '\u{4DFF}', '\u{4E00}', '\u{4FFF}', '\u{5000}', '\u{9FFF}', '\u{A000}', 'é', '😀',
        ])
        .chain([
            '\u{FB4F}', '\u{FB50}', '\u{FDFF}', '\u{FE00}', '\u{FE6F}', '\u{FE70}', '\u{FEFF}', '\u{FF01}',
        ]) {
            let text = format!("{c}{c} ab");
            assert_eq!(detect(&text).code, detect_by_chars(&text).code, "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn one_pass_detects_as_before(words in proptest::collection::vec(prop_oneof![
            proptest::sample::select(vec!["le", "la", "the", "of", "el", "y", "à", "и", "في", "的", "de", "del", "aux"])
                .prop_map(str::to_owned),
            proptest::sample::select(vec![" ", ",", "’", "\n", "1", "é", "Ж", "م", "中", "\u{4E00}", "\u{9FFF}", "\u{A000}", "ß", "x", "Ab", "Z", "@", "[", "`", "{", "\u{4DFF}", "Ѐ", "ӿ", "Ԁ", "ۿ", "ﺍ", "\u{FB50}", "\u{FE6F}", "\u{FF01}"])
                .prop_map(str::to_owned),
            "[a-zà-ÿ ]{0,6}",
        ], 0..40)) {
            let text: String = words.concat();
            prop_assert_eq!(detect(&text).code, detect_by_chars(&text).code);
        }
    }
}

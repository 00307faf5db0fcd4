//! Triggers of the reference finder ([`super::reference`]): which word starts
//! may open a reference, decided before any construct is tried there.
//!
//! # Grammar
//!
//! ```text
//! trigger = phrase(p)            (* p in see_text, treaty series, resolution, decision, paragraph, article *)
//!         | "(" ws* phrase(s) ;  (* s in see_text *)
//! ```
//!
//! Every construct that the finder tries at a word start opens with one of
//! these phrases: an internal reference with `see_text` (after `(` and white
//! space, or at the word), a treaty with its series, a resolution or decision
//! with its word, a provision with `paragraph` or `article`. Where no trigger
//! matches, no construct can match, so the finder skips the word without
//! trying them: the result is the same, only faster. Nearly every word of
//! running text is skipped after one table lookup on its first byte.
//!
//! The phrases are keyed by their first character, case folded as
//! [`phrase`] folds it; a word start looks up its own folded first character
//! and tries only the phrases under that key.
//!
//! # Examples
//!
//! ```text
//! sa résolution 5/1 du 22 octobre 2010          `résolution` triggers    CTOC/COP/2012/15
//! (Pour le texte, voir chap. I, sect. A, …)     `(` then `pour le texte, voir`
//! Rappelant sa résolution                       `Rappelant`, `sa`: no trigger, skipped
//! ```
//!
//! # Model
//!
//! None: a yes or no for each word start.
//!
//! # Diagnostics
//!
//! None.

use std::sync::OnceLock;

use super::partial_reference::{fold, is_space, phrase};
use crate::lang::{self, Lang};

/// A phrase with its folded second character, when that is not a space: a
/// text whose second character folds to another cannot match it.
type Keyed = (Option<char>, &'static str);

/// Phrases keyed by their folded first character.
#[derive(Debug)]
pub(crate) struct Phrases {
    /// The phrases whose folded first character is ASCII, by that character.
    ascii: [Vec<Keyed>; 128],
    /// The phrases whose folded first character is not ASCII.
    other: Vec<(char, Vec<Keyed>)>,
    /// The phrases with no first character to key on: empty, or opening
    /// with a space. They are tried everywhere.
    always: Vec<&'static str>,
}

impl Phrases {
    fn new<'p>(phrases: impl IntoIterator<Item = &'p &'static str>) -> Self {
        let mut out = Phrases {
            ascii: std::array::from_fn(|_| Vec::new()),
            other: Vec::new(),
            always: Vec::new(),
        };
        for &p in phrases {
            match p.chars().next() {
                None | Some(' ') => out.always.push(p),
                Some(c) => {
                    let key = fold(c);
                    let second = p.chars().nth(1).filter(|&c| c != ' ').map(fold);
                    let keyed = (second, p);
                    match ascii_byte(key).and_then(|b| out.ascii.get_mut(usize::from(b))) {
                        Some(list) => list.push(keyed),
                        None => match out.other.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, list)) => list.push(keyed),
                            None => out.other.push((key, vec![keyed])),
                        },
                    }
                }
            }
        }
        out
    }

    /// The phrases to try on a text whose folded first character is `key`.
    fn keyed(&self, key: char) -> &[Keyed] {
        match ascii_byte(key) {
            Some(b) => self.ascii.get(usize::from(b)).map_or(&[], Vec::as_slice),
            None => self
                .other
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(&[], |(_, list)| list.as_slice()),
        }
    }

    /// True when one of the phrases matches at the start of `input`, exactly
    /// when [`super::partial_reference::one_of`] would.
    pub(crate) fn any_at(&self, input: &str) -> bool {
        if self.always.iter().any(|p| phrase(input, p).is_ok()) {
            return true;
        }
        let mut chars = input.chars();
        let Some(c) = chars.next() else {
            return false;
        };
        // Each character of a phrase but a space matches one character of
        // the text: the second ones must fold alike.
        let second = chars.next().map(fold);
        self.keyed(fold(c))
            .iter()
            .any(|&(s, p)| (s.is_none() || s == second) && phrase(input, p).is_ok())
    }

    /// True when some phrase has a first byte key for ASCII `b`.
    fn has_ascii(&self, b: u8) -> bool {
        self.ascii
            .get(usize::from(b.to_ascii_lowercase()))
            .is_some_and(|l| !l.is_empty())
    }
}

/// `c` as a byte when it is ASCII.
fn ascii_byte(c: char) -> Option<u8> {
    u8::try_from(c).ok().filter(u8::is_ascii)
}

/// The triggers of one language (see the module documentation).
#[derive(Debug)]
pub(crate) struct Triggers {
    /// Every phrase a construct may open with at a word start.
    openings: Phrases,
    /// The openings of an internal reference, tried after `(`.
    see_text: Phrases,
    /// Per pair of ASCII bytes (first, second): may an opening start with
    /// them? One bit per second byte, one word per first byte.
    pairs: [u128; 128],
    /// Per byte, for the finder's scan: [`Triggers::MAY`] when a character
    /// opening with it may start a trigger (never for a UTF-8 continuation
    /// byte, which opens no character), [`Triggers::ALNUM`] for an ASCII
    /// letter or digit, [`Triggers::PAREN`] for `(`.
    class: [u8; 256],
}

impl Triggers {
    /// The triggers of `lang`, from its word lists.
    pub(crate) fn new(lang: &Lang) -> Self {
        let w = &lang.refs;
        let openings = Phrases::new(
            w.see_text
                .iter()
                .chain(w.treaty_series.iter().map(|(p, _)| p))
                .chain(lang.resolution)
                .chain(lang.decision)
                .chain(w.paragraph)
                .chain(lang.article),
        );
        let see_text = Phrases::new(w.see_text);
        let everywhere = !openings.always.is_empty();
        // Per first byte of a character: may a trigger start there? False
        // only for ASCII bytes that start no trigger.
        let bytes: [bool; 256] = std::array::from_fn(|i| {
            let b = u8::try_from(i).unwrap_or(u8::MAX);
            everywhere || !b.is_ascii() || b == b'(' || openings.has_ascii(b)
        });
        // What `Phrases::any_at` tests first, for every two ASCII bytes: a
        // phrase keyed under the first whose second character is the second
        // byte's (or a space, which any text matches), or a phrase tried everywhere.
        let pairs = std::array::from_fn(|first| {
            let key = fold(char::from(u8::try_from(first).unwrap_or(0)));
            let keyed = openings.keyed(key);
            (0u8..128).fold(0u128, |bits, second| {
                let second_folded = Some(fold(char::from(second)));
                let may = everywhere || keyed.iter().any(|&(s, _)| s.is_none() || s == second_folded);
                bits | (u128::from(may) << second)
            })
        });
        let class = std::array::from_fn(|i| {
            let b = u8::try_from(i).unwrap_or(u8::MAX);
            let may = bytes.get(i).copied().unwrap_or(true) && !(0x80..=0xBF).contains(&b);
            (if may { Self::MAY } else { 0 })
                | (if b.is_ascii_alphanumeric() { Self::ALNUM } else { 0 })
                | (if b == b'(' { Self::PAREN } else { 0 })
        });
        Triggers {
            openings,
            see_text,
            pairs,
            class,
        }
    }

    /// The triggers of `lang`, built once for each language of
    /// [`lang::ALL`]. `None` for any other [`Lang`] (one built by hand):
    /// the cache is keyed by the address of the static, not by the code,
    /// so that a hand-built profile reusing a code never gets another's
    /// triggers.
    ///
    /// Each language's triggers are built the first time they are asked
    /// for, so that a process parsing one document builds one set.
    pub(crate) fn cached(lang: &Lang) -> Option<&'static Triggers> {
        static CACHE: [OnceLock<Triggers>; lang::ALL.len()] = [const { OnceLock::new() }; lang::ALL.len()];
        let (slot, &l) = CACHE
            .iter()
            .zip(lang::ALL.iter())
            .find(|(_, l)| std::ptr::eq(**l, lang))?;
        Some(slot.get_or_init(|| Triggers::new(l)))
    }

    /// Class bit: a trigger may start at a character opening with this byte.
    pub(crate) const MAY: u8 = 1;
    /// Class bit: an ASCII letter or digit.
    pub(crate) const ALNUM: u8 = 2;
    /// Class bit: `(`.
    pub(crate) const PAREN: u8 = 4;

    /// The class bits of byte `b` (see the `class` field).
    pub(crate) fn class(&self, b: u8) -> u8 {
        self.class.get(usize::from(b)).copied().unwrap_or(Self::MAY)
    }

    /// The first offset at or after `pos` of `bytes` where the reference
    /// finder must look closer, `None` at the end: a byte a trigger may
    /// start with (never a UTF-8 continuation byte) that is not inside a
    /// word (the byte before is no ASCII letter or digit), or a `(`, and
    /// that, with the byte after, may open a phrase
    /// ([`Triggers::may_start_pair`]; always for `(`). Every other byte is
    /// passed over here, one table lookup and one branch that is nearly
    /// always taken each: the decision is read from a 16-bit table indexed
    /// by the class bits and whether the byte before is a letter or digit,
    /// so that no branch depends on that, which changes at every word and
    /// space and would be mispredicted.
    #[inline(never)]
    pub(crate) fn next(&self, bytes: &[u8], mut pos: usize) -> Option<usize> {
        const SKIP: u16 = {
            let mut table = 0u16;
            let mut key = 0;
            while key < 16 {
                let may = key & Triggers::MAY as usize != 0;
                let paren = key & Triggers::PAREN as usize != 0;
                let after = key & 8 != 0;
                if !may || (after && !paren) {
                    table |= 1 << key;
                }
                key += 1;
            }
            table
        };
        // Whether the byte before `pos` is an ASCII letter or digit.
        let mut after_alnum = pos
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(u8::is_ascii_alphanumeric);
        while let Some(&b) = bytes.get(pos) {
            let class = self.class(b);
            let key = u32::from(class & 7) | (u32::from(after_alnum) << 3);
            after_alnum = class & Self::ALNUM != 0;
            if SKIP >> key & 1 == 1 {
                pos += 1;
                continue;
            }
            // Two ASCII bytes no opening phrase starts with: no trigger here
            // (`(` is looked at by the finder: it may open an internal reference).
            if b != b'(' && !self.may_start_pair(b, bytes.get(pos + 1).copied().unwrap_or(0x80)) {
                pos += 1;
                continue;
            }
            return Some(pos);
        }
        None
    }

    /// False when no trigger can start at a character whose first byte is `b`.
    #[cfg(test)]
    pub(crate) fn may_start(&self, b: u8) -> bool {
        !b.is_ascii() || self.class(b) & Self::MAY != 0
    }

    /// False when no opening phrase can match a text that starts with the
    /// ASCII bytes `first` and `second` (what [`Triggers::at`] would find
    /// there, but for a text opening with `(`). True when either is not ASCII.
    pub(crate) fn may_start_pair(&self, first: u8, second: u8) -> bool {
        match (self.pairs.get(usize::from(first)), second) {
            (Some(bits), 0..=127) => bits >> second & 1 == 1,
            _ => true,
        }
    }

    /// True when a trigger matches at `input`, the text from a word start.
    pub(crate) fn at(&self, input: &str) -> bool {
        if self.openings.any_at(input) {
            return true;
        }
        input
            .strip_prefix('(')
            .is_some_and(|r| self.see_text.any_at(r.trim_start_matches(is_space)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en, fr, ru};

    #[test]
    fn openings_trigger_and_other_words_do_not() {
        let t = Triggers::new(&fr::FR);
        assert!(t.at("résolution 5/1"), "a resolution word should trigger");
        assert!(t.at("Résolution 64/293"), "case should be folded");
        assert!(
            t.at("( Pour le texte, voir chap. I"),
            "`(` then see_text should trigger"
        );
        assert!(
            t.at("Nations Unies,\nRecueil des Traités"),
            "a treaty series should trigger"
        );
        assert!(!t.at("Rappelant sa"), "an ordinary word should not trigger");
        assert!(!t.at("(a)"), "a list label should not trigger");
        assert!(!t.at(""), "the end of the text should not trigger");
    }

    #[test]
    fn byte_table_keeps_every_opening() {
        let t = Triggers::new(&en::EN);
        for b in [b'r', b'R', b'd', b'D', b'a', b'A', b'p', b'P', b'(', 0xC3, 0xE2] {
            assert!(t.may_start(b), "byte {b:#x} may start a trigger");
        }
        assert!(!t.may_start(b'z'), "no English opening starts with z");
        assert!(!t.may_start(b' '), "white space starts no word");
    }

    #[test]
    fn non_ascii_keys() {
        let t = Triggers::new(&ru::RU);
        assert!(
            t.at("Резолюция 5/1"),
            "a Cyrillic opening should be keyed by its folded letter"
        );
        assert!(!t.at("Рабочая"), "another word with the same letter should not trigger");
    }

    #[test]
    fn cache_is_by_identity() {
        assert!(
            Triggers::cached(&fr::FR).is_some(),
            "a language of ALL should be cached"
        );
    }
}

//! Small helpers shared by the constructs.

/// The longest prefix of `text` no longer than `max` bytes that ends on a character boundary.
#[must_use]
pub fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` split at its first space, when that space lies within the first
/// `max + 1` bytes (the word before it at most `max` bytes long): what
/// `text.split_once(' ').filter(|(w, _)| w.len() <= max)` gives, without
/// reading a long line to its end.
#[must_use]
pub fn split_short_word(text: &str, max: usize) -> Option<(&str, &str)> {
    let head = text.as_bytes().get(..text.len().min(max.saturating_add(1)))?;
    let at = memchr::memchr(b' ', head)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// The commas of the six languages: `,`, the Arabic comma `،` (U+060C) and
/// the full-width comma `，` (U+FF0C) of Chinese.
pub const COMMAS: [char; 3] = [',', '،', '，'];

/// True when `text` ends with a comma of any of the languages ([`COMMAS`]).
#[must_use]
pub fn ends_with_comma(text: &str) -> bool {
    text.ends_with(COMMAS)
}

/// [`char::is_alphabetic`] and [`char::is_alphanumeric`] of `c`, as bits 0
/// and 1, without the Unicode tables for the commonest characters: Latin-1
/// by a match, U+0100 to U+07FF (Latin Extended, Greek, Cyrillic, Hebrew,
/// Arabic: every two-byte UTF-8 character) from a table built once from
/// the Unicode tables themselves, general punctuation (`’`, `–`, `…`:
/// neither) by its range.
#[must_use]
pub(crate) fn alphanumeric_bits(c: char) -> u8 {
    const ALPHABETIC: u8 = 1;
    const ALPHANUMERIC: u8 = 2;
    fn of(c: char) -> u8 {
        if c.is_alphabetic() {
            ALPHABETIC | ALPHANUMERIC
        } else if c.is_numeric() {
            ALPHANUMERIC
        } else {
            0
        }
    }
    match c {
        '0'..='9' => ALPHANUMERIC,
        'a'..='z' | 'A'..='Z' | 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => {
            ALPHABETIC | ALPHANUMERIC
        }
        '²' | '³' | '¹' | '¼' | '½' | '¾' => ALPHANUMERIC,
        '\u{0}'..='\u{FF}' | '\u{2000}'..='\u{206F}' => 0,
        '\u{100}'..='\u{7FF}' => {
            static TABLE: std::sync::OnceLock<[u8; 0x700]> = std::sync::OnceLock::new();
            let table = TABLE.get_or_init(|| {
                std::array::from_fn(|i| char::from_u32(0x100 + u32::try_from(i).unwrap_or(0)).map_or(0, of))
            });
            table
                .get((c as usize).wrapping_sub(0x100))
                .copied()
                .unwrap_or_else(|| of(c))
        }
        _ => of(c),
    }
}

/// Lower-cases `s` and drops the accents of Latin letters, for matching words
/// that capitals print without them (`RESOLUCION` is `resolución`).
#[must_use]
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn alphanumeric_bits_as_the_unicode_tables() {
        for c in ('\u{0}'..='\u{7FF}')
            .chain('\u{2000}'..='\u{20FF}')
            .chain(['中', '一', '〇', '😀', '\u{10FFFF}'])
        {
            let expected = u8::from(c.is_alphabetic()) | u8::from(c.is_alphanumeric()) << 1;
            assert_eq!(alphanumeric_bits(c), expected, "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn short_word_split_as_split_once(text in "[a-zé ]{0,40}", max in 0usize..30) {
            prop_assert_eq!(
                split_short_word(&text, max),
                text.split_once(' ').filter(|(w, _)| w.len() <= max)
            );
        }
    }
}

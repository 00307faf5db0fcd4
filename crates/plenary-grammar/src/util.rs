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

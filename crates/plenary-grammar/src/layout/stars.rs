//! Star notes: the notes a page calls with asterisks (`*`, `**`, `***`)
//! rather than numbers, most often from the masthead (`… Review*`, `Note by
//! the secretariat*`, a sponsor `Azerbaijan,*`), printed at the page's foot
//! above its numbered notes or its footer.
//!
//! # Grammar
//! ```text
//! star-note = stars ws text { text-line }          (* "* State not a member of the Human Rights Council." *)
//!           | stars eol { blank | furniture } text-line { text-line } ;
//! stars     = star [ star [ star ] ] | "(" star ")" ;
//! star      = "*" | "∗" | U+F02A ;
//! ```
//!
//! A line opening with stars is a star note only where the text above it
//! calls it (the same number of stars glued to a word, a comma or a bracket
//! within the 120 lines before it), and it stands at a page's
//! foot: after its text comes, past blank lines, a footnote, furniture,
//! another star note, a page's end or the end of the text. So a bullet
//! `* item` in running text, or a barcode `*2501034*`, is none.

use plenary_model::Span;

use super::{line_at, role_at, Line, RawFootnote, Role};

/// The marks a note's call and label are printed with: `*`, the
/// mathematical `∗` (U+2217), and the private-use asterisk of Symbol fonts
/// (U+F02A).
pub const STARS: [char; 3] = ['*', '∗', '\u{f02a}'];

/// How many lines above a star note its call may stand (the masthead of a
/// first page, with its title and sponsors, fits).
const CALL_REACH: usize = 120;

/// The most lines a star note's text takes.
const MAX_LINES: usize = 10;

/// A star note's label at the start of `content`: the number of stars and
/// the label's length in bytes, where white space or the line's end
/// follows it (`* State`, `**`, `(*) صدر`).
#[must_use]
pub fn star_label(content: &str) -> Option<(usize, usize)> {
    let (inner, bracketed) = match content.strip_prefix('(') {
        Some(rest) => (rest, true),
        None => (content, false),
    };
    let stars = inner.chars().take_while(|c| STARS.contains(c)).count();
    if !(1..=3).contains(&stars) || (bracketed && stars != 1) {
        return None;
    }
    let mut len: usize = inner.chars().take(stars).map(char::len_utf8).sum();
    if bracketed {
        if inner.get(len..)?.starts_with(')') {
            len += 2;
        } else {
            return None;
        }
    }
    let rest = content.get(len..)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((stars, len))
}

/// The star notes `content` calls: runs of one to three stars glued to what
/// precedes them (a letter, a figure, a comma, a bracket), as `Review*`,
/// `Azerbaijan,*`, `Part A**`, `المرفق(*)`; each with its byte range and its
/// number of stars. A label at a line's start and a barcode's number
/// between stars (`*2501034*`) call nothing.
#[must_use]
pub fn star_calls(content: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    if content.starts_with(STARS) && content.ends_with(STARS) && !content.contains(' ') {
        return out;
    }
    let mut prev: Option<char> = None;
    let mut run_start: Option<(usize, Option<char>)> = None;
    let mut run = 0usize;
    for (at, c) in content.char_indices().chain(std::iter::once((content.len(), ' '))) {
        if STARS.contains(&c) {
            if run == 0 {
                run_start = Some((at, prev));
            }
            run += 1;
        } else {
            if let Some((from, before)) = run_start.take() {
                let head = content.get(..from).unwrap_or("");
                let glued = before.is_some_and(|p| !p.is_whitespace());
                // The second of two calls, after a comma (`2025/2011*, **`).
                let listed = out
                    .last()
                    .is_some_and(|&(_, end, _)| content.get(end..from).is_some_and(|gap| gap.trim() == ","));
                // A call set apart at a title's end (`RESOLUTION 5/1 *`).
                let at_end = at == content.len() && head.ends_with(' ') && !head.trim().is_empty();
                if (1..=3).contains(&run) && (glued || listed || at_end) {
                    out.push((from, at, run));
                }
            }
            run = 0;
        }
        prev = Some(c);
    }
    out
}

/// True when `content` calls a star note of `stars` stars.
fn calls(content: &str, stars: usize) -> bool {
    star_calls(content).iter().any(|&(_, _, n)| n == stars)
}

/// The next line at or after `from` that is not blank.
fn next_filled(lines: &[Line], roles: &[Role], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&k| role_at(roles, k) != Role::Blank && !line_at(lines, k).is_blank())
}

/// True when what follows line `last` closes a page foot: past blank lines,
/// a footnote, furniture, another star note, the end of a page or of the text.
fn ends_foot(text: &str, lines: &[Line], roles: &[Role], last: usize) -> bool {
    if line_at(lines, last).ends_page {
        return true;
    }
    let Some(k) = next_filled(lines, roles, last + 1) else {
        return true;
    };
    if (last + 1..k).any(|b| line_at(lines, b).ends_page) {
        return true;
    }
    match role_at(roles, k) {
        Role::Footnote(_) | Role::Furniture(_) => true,
        Role::Blank => false,
        Role::Body => star_label(line_at(lines, k).content(text)).is_some(),
    }
}

/// The text lines of a note from line `from` on: body lines up to a blank
/// line, a line of another role, another star note or a page's end.
fn text_run(text: &str, lines: &[Line], roles: &[Role], from: usize) -> Vec<usize> {
    let mut run: Vec<usize> = Vec::new();
    let mut widest = 0usize;
    let mut closed = false;
    let mut k = from;
    loop {
        if run.len() >= MAX_LINES {
            break;
        }
        // One blank line inside a sentence that goes on in small letters
        // (pdfminer sets one between the lines of a note).
        if role_at(roles, k) == Role::Blank && !run.is_empty() {
            let before = run.last().map_or("", |&l| line_at(lines, l).content(text));
            let after = line_at(lines, k + 1).content(text);
            let goes_on =
                role_at(roles, k + 1) == Role::Body && !super::ends_sentence(before) && super::starts_lowercase(after);
            if !goes_on {
                break;
            }
            k += 1;
        }
        if role_at(roles, k) != Role::Body {
            break;
        }
        let line = line_at(lines, k);
        if line.is_blank() || (!run.is_empty() && star_label(line.content(text)).is_some()) {
            break;
        }
        let width = line.content(text).chars().count();
        // After a closed sentence the note goes on only over a line as wide
        // as its own: a short line there is the page's text (`-raw` sets the
        // masthead after the notes: `United Nations A/HRC/14/15`).
        if closed && width * 100 < widest * 85 {
            break;
        }
        run.push(k);
        widest = widest.max(width);
        // A line shorter than the note's widest that closes a sentence is
        // the note's last.
        closed = super::ends_sentence(line.content(text));
        if line.ends_page || (closed && width * 100 < widest * 85) {
            break;
        }
        k += 1;
    }
    run
}

/// Finds the star notes among the body lines, gives their lines the role of
/// a footnote, and merges them into `footnotes` in the order of the text
/// (the roles of the notes after each follow their new indices).
pub fn star_notes(text: &str, lines: &[Line], roles: &mut [Role], footnotes: &mut Vec<RawFootnote>) {
    let mut found: Vec<RawFootnote> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = line_at(lines, i);
        let Some((stars, len)) = (role_at(roles, i) == Role::Body)
            .then(|| star_label(line.content(text)))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let called = (i.saturating_sub(CALL_REACH)..i).any(|k| calls(line_at(lines, k).content(text), stars));
        let label_end = line.content_start + len;
        let alone = label_end >= line.content_end;
        let run = if alone {
            // The text after the label, past blank lines and furniture (a
            // footer may stand between).
            let next = (i + 1..lines.len().min(i + 1 + MAX_LINES))
                .find(|&k| role_at(roles, k) == Role::Body && !line_at(lines, k).is_blank());
            next.map(|k| text_run(text, lines, roles, k)).unwrap_or_default()
        } else {
            text_run(text, lines, roles, i)
        };
        let Some(&last) = run.last() else {
            i += 1;
            continue;
        };
        let run = if ends_foot(text, lines, roles, last) {
            run
        } else {
            // Where an extractor set the page's foot elsewhere (PyMuPDF: the
            // note before the masthead), the note up to its first closed
            // sentence, if no line near it opens with the same label (as a
            // list's bullets would).
            let near = i.saturating_sub(MAX_LINES)..(last + MAX_LINES).min(lines.len());
            let unique = near
                .filter(|&k| k != i && role_at(roles, k) == Role::Body)
                .all(|k| star_label(line_at(lines, k).content(text)).is_none_or(|(n, _)| n != stars));
            let closed = run
                .iter()
                .position(|&k| super::ends_sentence(line_at(lines, k).content(text)));
            match closed {
                Some(at) if unique => run.get(..=at).map(<[usize]>::to_vec).unwrap_or_default(),
                _ => Vec::new(),
            }
        };
        let Some(&last) = run.last().filter(|_| called) else {
            i += 1;
            continue;
        };
        let text_start = if alone {
            line_at(lines, run.first().copied().unwrap_or(i)).content_start
        } else {
            let after = text.get(label_end..line.content_end).unwrap_or("");
            label_end + (after.len() - after.trim_start().len())
        };
        let mut note_lines = Vec::with_capacity(run.len() + 1);
        if alone {
            note_lines.push(i);
        }
        note_lines.extend(run.iter().copied());
        found.push(RawFootnote {
            label: "*".repeat(stars),
            label_span: Span::from_range(line.content_start..label_end),
            lines: note_lines,
            text_start,
            label_after_text: false,
        });
        i = last + 1;
    }
    if found.is_empty() {
        return;
    }
    // Merge by the first line, and give every note's lines its new index.
    let first_line = |f: &RawFootnote| f.lines.first().copied().unwrap_or(usize::MAX);
    let mut all: Vec<RawFootnote> = std::mem::take(footnotes);
    all.extend(found);
    all.sort_by_key(first_line);
    for (n, note) in all.iter().enumerate() {
        for &l in &note.lines {
            if let Some(r) = roles.get_mut(l) {
                *r = Role::Footnote(n);
            }
        }
    }
    *footnotes = all;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_calls() {
        assert_eq!(star_label("* State not a member"), Some((1, 1)));
        assert_eq!(star_label("** A/81/50."), Some((2, 2)));
        assert_eq!(star_label("*"), Some((1, 1)));
        assert_eq!(star_label("(*) صدر هذا المرفق"), Some((1, 3)));
        assert_eq!(star_label("∗ Reissued"), Some((1, 3)));
        assert_eq!(star_label("*2501034*"), None, "a barcode");
        assert_eq!(star_label("**** rule"), None);
        assert_eq!(star_label("State*"), None);
        assert!(calls("Azerbaijan,* Bangladesh, Philippines,*", 1));
        assert!(calls("Note by the secretariat*", 1));
        assert!(calls("Part A**", 2));
        assert!(!calls("Part A**", 1), "two stars call note **, not *");
        assert!(calls("المرفق(*)", 1));
        assert!(!calls("* State not a member", 1), "a label is no call");
        assert!(!calls("a * b", 1));
        assert!(!calls("*2501034*", 1), "a barcode");
        assert!(
            calls("communication No. 2025/2011*, **", 2),
            "a second call after a comma"
        );
        assert!(
            calls("OF THE ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1 *", 1),
            "set apart at a line's end"
        );
        assert!(!calls("*", 1), "a label alone");
    }
}

//! Notes of a right-to-left text that pdfminer wrote in visual order, each
//! line's letters last first and a page's boxes in no reading order. Such a
//! page sets each note's text before its label, the labels last on the
//! page, and its calls above them as boxes of their own (`(2) ،`, `"(12)
//! .و`), the brackets as stored (`(1)`) or mirrored (`)1(`).
//!
//! # Grammar
//! ```text
//! visual-notes = { call-line } { note } ;           (* on one page *)
//! note         = { text-line } label-line ;         (* the first note of a page: its label line alone *)
//! label-line   = label [ ws short-tail ] eol ;      (* "(3).", "(7) صّخلم", "(2) 3" *)
//! label        = ( "(" | ")" ) digit [ digit ] ( ")" | "(" ) ;
//! short-tail   = 1*15 char ;
//! ```
//!
//! A line opening with a label is a note's label only where a line above it
//! on its page holds the same label (its call), in a text whose Arabic
//! lines are written last letter first, and where no other rule found a
//! note. The lines between the page's previous label and this one are the
//! note's text; those after the page's last label, to the page's end, go
//! on the last note. The text of a page's first note, set before its label
//! among the body's boxes, cannot be told from them and stays in the body.

use super::{line_at, role_at, set_role, Line, RawFootnote, Role};
use crate::lang::arabic;
use plenary_model::Span;

/// How many of a text's first lines that hold Arabic tell how it is written.
const SAMPLE: usize = 200;

/// The longest tail after a label on its line (`(7) صّخلم`).
const TAIL: usize = 15;

/// True when the body lines that hold Arabic are written last letter first
/// (pdfminer's visual order): at least three among the first [`SAMPLE`],
/// and four times as many as those whose letters read in order.
fn written_visually(text: &str, lines: &[Line], roles: &[Role]) -> bool {
    let (mut visual, mut in_order, mut seen) = (0usize, 0usize, 0usize);
    for (i, line) in lines.iter().enumerate() {
        if seen >= SAMPLE {
            break;
        }
        let content = line.content(text);
        if role_at(roles, i) != Role::Body || !arabic::has_arabic(content) {
            continue;
        }
        seen += 1;
        let (reading, reversed) = arabic::letter_order(content);
        if reversed > reading {
            visual += 1;
        } else if reading > reversed {
            in_order += 1;
        }
    }
    visual >= 3 && visual > 4 * in_order
}

/// The label that opens `content` (`(12)`, `)1(`), its digits, and its
/// length in bytes, where at most [`TAIL`] characters follow it.
fn label_line(content: &str) -> Option<(&str, usize)> {
    let open = content.chars().next().filter(|c| matches!(c, '(' | ')'))?;
    let rest = content.get(1..)?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let close = rest.get(digits..)?.chars().next()?;
    let mirrored = if open == '(' { ')' } else { '(' };
    if close != mirrored {
        return None;
    }
    let len = digits + 2;
    let tail = content.get(len..)?.trim();
    (tail.chars().count() <= TAIL).then(|| (rest.get(..digits).unwrap_or(""), len))
}

/// A call of label `digits` in either bracket order (`(2)`, `)2(`): the
/// two strings a line holding it contains one of.
fn call_forms(digits: &str) -> [String; 2] {
    [format!("({digits})"), format!("){digits}(")]
}

/// Finds the notes of a text written in visual order (see the module's
/// docs) where no other rule found any: gives their lines the role of a
/// footnote and returns them in the order of the text.
pub fn visual_notes(text: &str, lines: &[Line], roles: &mut [Role]) -> Vec<RawFootnote> {
    let mut notes: Vec<RawFootnote> = Vec::new();
    // Cheap test first: a label's bracket and digit, somewhere.
    if !text.contains("(1)") && !text.contains(")1(") {
        return notes;
    }
    if !written_visually(text, lines, roles) {
        return notes;
    }
    let mut page_start = 0;
    while page_start < lines.len() {
        let page = line_at(lines, page_start).page;
        let page_end = (page_start..lines.len())
            .find(|&i| line_at(lines, i).page != page)
            .unwrap_or(lines.len());
        let body: Vec<usize> = (page_start..page_end)
            .filter(|&i| role_at(roles, i) == Role::Body)
            .collect();
        // The page's labels, each the second time its digits stand on the page.
        let mut labels: Vec<(usize, usize, &str, usize)> = Vec::new();
        for (at, &i) in body.iter().enumerate() {
            let content = line_at(lines, i).content(text);
            let Some((digits, len)) = label_line(content) else {
                continue;
            };
            // (The call's two forms made once, not once a line above.)
            let forms = call_forms(digits);
            let called = body.iter().take(at).any(|&j| {
                let above = line_at(lines, j).content(text);
                forms.iter().any(|f| above.contains(f.as_str()))
            });
            if called && !labels.iter().any(|&(_, _, d, _)| d == digits) {
                labels.push((at, i, digits, len));
            }
        }
        let mut previous: Option<usize> = None;
        for (k, &(at, i, digits, len)) in labels.iter().enumerate() {
            let line = line_at(lines, i);
            let mut own: Vec<usize> = match previous {
                Some(p) => body.get(p + 1..at).map(<[usize]>::to_vec).unwrap_or_default(),
                None => Vec::new(),
            };
            own.push(i);
            if k + 1 == labels.len() {
                own.extend(body.get(at + 1..).unwrap_or(&[]));
            }
            previous = Some(at);
            let index = notes.len();
            for &l in &own {
                set_role(roles, l, Role::Footnote(index));
            }
            let first = line_at(lines, own.first().copied().unwrap_or(i));
            let text_start = if own.first() == Some(&i) {
                line.content_start + len
            } else {
                first.content_start
            };
            let label_after_text = own.first() != Some(&i);
            notes.push(RawFootnote {
                label: digits.to_owned(),
                label_span: Span::from_range(line.content_start..line.content_start + len),
                lines: own,
                text_start,
                label_after_text,
            });
        }
        page_start = page_end;
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_opens_its_line_with_a_short_tail() {
        assert_eq!(label_line("(2) ،"), Some(("2", 3)));
        assert_eq!(label_line(")1("), Some(("1", 3)));
        assert_eq!(label_line("(12)"), Some(("12", 4)));
        assert_eq!(label_line("(7) صّخلم"), Some(("7", 3)));
        assert_eq!(
            label_line("(2) ذكرت اللجنة في تقريرها السابق"),
            None,
            "a list item's text"
        );
        assert_eq!(label_line("(a)"), None);
        assert_eq!(label_line("(123)"), None);
        assert_eq!(label_line("((1)"), None);
    }
}

//! Vote records: how a text was adopted, in brackets after it.
//!
//! The reports of the Human Rights Council print, after each resolution or
//! decision and its meeting line, whether it was adopted without a vote or by
//! a recorded vote, and then who voted how.
//!
//! # Grammar
//! ```text
//! vote       = "[" ( without | recorded ) "]" ;                (* one or more lines *)
//! without    = without-vote-words "." ;                       (* "Adopted without a vote." *)
//! recorded   = recorded-words count "to" count [ ", with" count "abstention(s)" ] "."
//!              [ sentence ] { group } ;                       (* "The voting was as follows:" *)
//! group      = label ":" members ;                            (* label alone on its line, or members after it *)
//! label      = in-favour-words | against-words | abstaining-words ;
//! members    = member { "," member } ;                        (* commas inside parentheses do not split *)
//! ```
//! The words are the language's [`crate::lang::VoteWords`], matched on the
//! accent-folded, lower-case line. A record must close with `]` within
//! [`MAX_LINES`] lines, otherwise the lines stay an ordinary paragraph. A
//! page break may fall inside it: the record keeps the span of each of its
//! lines, and the furniture between them stays furniture.
//!
//! # Examples (A/HRC/14/37)
//! ```text
//! [Adopted without a vote.]
//!
//! [Adopted by a recorded vote of 31 to 14, with 1 abstention. The voting was as follows:
//! In favour:
//! Angola, Argentina, Bahrain, Bangladesh, Bolivia (Plurinational State of),
//! …
//! Against:
//! Belgium, Bosnia and Herzegovina, France, Hungary, Italy, Japan,
//! …
//! Abstaining:
//! India]
//! ```
//!
//! Not a vote record: the tally in the proceedings (A/HRC/43/2, paragraph
//! 104: `… The voting was as follows:` / `In favour:` / … with no brackets),
//! which stays in the paragraph that announces it.
//!
//! # Model
//! [`plenary_model::Vote`] in a `vote` block, with [`plenary_model::VoteOutcome`].
//!
//! # Diagnostics
//! `vote-count-mismatch` (warning): the counts the statement gives differ
//! from the lengths of the lists.

use plenary_model::{Block, Diagnostic, Severity, Vote, VoteOutcome};

use super::Parser;
use crate::lang::VoteWords;
use crate::lex::Flags;
use crate::util::fold;

/// The most lines a vote record may span (the longest in A/HRC/14/37 has 17).
pub const MAX_LINES: usize = 40;

/// Which list of a recorded vote a label opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// `In favour:`
    InFavour,
    /// `Against:`
    Against,
    /// `Abstaining:`
    Abstaining,
}

/// Reads the opening of a record (`[Adopted without a vote.]`,
/// `[Adopted by a recorded vote of 32 to 3, with 9 abstentions. …`).
///
/// ```
/// use plenary_grammar::block::vote::scan_opening;
/// use plenary_model::VoteOutcome;
/// let words = &plenary_grammar::lang::en::EN.vote;
/// assert_eq!(scan_opening("[Adopted without a vote.]", words), Some(VoteOutcome::WithoutVote));
/// assert_eq!(
///     scan_opening("[Adopted by a recorded vote of 32 to 3, with 9 abstentions.", words),
///     Some(VoteOutcome::RecordedVote { in_favour: 32, against: 3, abstaining: 9 })
/// );
/// assert_eq!(scan_opening("Adopted without a vote.", words), None);
/// ```
#[must_use]
pub fn scan_opening(content: &str, words: &VoteWords) -> Option<VoteOutcome> {
    let rest = content.strip_prefix('[')?;
    let folded = fold(rest);
    if words.without_vote.iter().any(|w| folded.starts_with(w)) {
        return Some(VoteOutcome::WithoutVote);
    }
    let after = words.recorded.iter().find_map(|w| folded.strip_prefix(w))?;
    // The counts are the numbers of the first sentence: in favour, against, abstentions.
    let sentence = after.split('.').next().unwrap_or(after);
    let counts: Vec<u32> = sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|d| d.parse().ok())
        .take(3)
        .collect();
    match counts.as_slice() {
        [in_favour, against] => Some(VoteOutcome::RecordedVote {
            in_favour: *in_favour,
            against: *against,
            abstaining: 0,
        }),
        [in_favour, against, abstaining] => Some(VoteOutcome::RecordedVote {
            in_favour: *in_favour,
            against: *against,
            abstaining: *abstaining,
        }),
        _ => None,
    }
}

/// A group label at the start of a line (`In favour:`), and the byte offset
/// where the members after it start.
///
/// ```
/// use plenary_grammar::block::vote::{scan_label, Group};
/// let words = &plenary_grammar::lang::en::EN.vote;
/// assert_eq!(scan_label("In favour:", words), Some((Group::InFavour, 10)));
/// assert_eq!(scan_label("Against: Italy", words), Some((Group::Against, 8)));
/// assert_eq!(scan_label("Against the proposal", words), None);
/// ```
#[must_use]
pub fn scan_label(content: &str, words: &VoteWords) -> Option<(Group, usize)> {
    let (label, _) = content.split_once(':')?;
    let folded = fold(label.trim());
    let groups = [
        (Group::InFavour, words.in_favour),
        (Group::Against, words.against),
        (Group::Abstaining, words.abstaining),
    ];
    let group = groups
        .iter()
        .find(|(_, ws)| ws.iter().any(|w| *w == folded))
        .map(|(g, _)| *g)?;
    Some((group, label.len() + 1))
}

/// Splits a list of members on commas, except inside parentheses
/// (`Bolivia (Plurinational State of)`), and drops empty names.
///
/// ```
/// use plenary_grammar::block::vote::split_members;
/// assert_eq!(
///     split_members("Angola, Bolivia (Plurinational State of), Saudi Arabia"),
///     ["Angola", "Bolivia (Plurinational State of)", "Saudi Arabia"]
/// );
/// ```
#[must_use]
pub fn split_members(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == ',' && depth == 0 {
            out.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    out.push(current);
    out.into_iter()
        .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|m| !m.is_empty())
        .collect()
}

/// The number of body lines a vote record starting at line `i` spans, or
/// `None` when no record starts there.
pub fn scan_vote(p: &Parser<'_>, i: usize) -> Option<usize> {
    if !p.has(i, Flags::VOTE_OPEN) {
        return None;
    }
    (0..MAX_LINES)
        .take_while(|&n| p.exists(i + n))
        .find(|&n| p.has(i + n, Flags::CLOSES_BRACKET))
        .map(|n| n + 1)
}

/// True when a vote record starts at line `i`.
pub fn vote_at(p: &Parser<'_>, i: usize) -> bool {
    scan_vote(p, i).is_some()
}

/// Parses the vote record at the parser's position; `None` (and nothing
/// consumed) when there is none.
pub fn parse_vote(p: &mut Parser<'_>, parent: &str) -> Option<Block> {
    let first = p.pos;
    let len = scan_vote(p, first)?;
    let outcome = scan_opening(p.content(first), &p.lang.vote)?;
    let last = first + len - 1;
    let id = p.id(parent, "vote");
    let mut statement: Vec<&str> = Vec::new();
    let (mut yes_lines, mut no_lines, mut abstain_lines): (Vec<&str>, Vec<&str>, Vec<&str>) = Default::default();
    let mut group: Option<Group> = None;
    for i in first..=last {
        let mut c = p.content(i);
        if i == first {
            c = c.strip_prefix('[').unwrap_or(c);
        }
        if i == last {
            c = c.trim_end().strip_suffix(']').unwrap_or(c);
        }
        if let Some((g, at)) = scan_label(c, &p.lang.vote) {
            group = Some(g);
            c = c.get(at..).unwrap_or("");
        }
        match group {
            None => statement.push(c),
            Some(Group::InFavour) => yes_lines.push(c),
            Some(Group::Against) => no_lines.push(c),
            Some(Group::Abstaining) => abstain_lines.push(c),
        }
    }
    let [in_favour, against, abstaining] = [yes_lines, no_lines, abstain_lines].map(|l| split_members(&l.join(" ")));
    let span = p.span_lines(first, last);
    let lines = (first..=last).filter_map(|i| p.span_lines(i, i)).collect();
    if let VoteOutcome::RecordedVote {
        in_favour: yes,
        against: no,
        abstaining: abstain,
    } = outcome
    {
        let listed = [in_favour.len(), against.len(), abstaining.len()];
        let stated = [yes, no, abstain].map(|n| n as usize);
        if listed != stated {
            p.diagnostics.push(vote_count_mismatch(stated, listed, span));
        }
    }
    p.pos = last + 1;
    Some(Block::Vote(Box::new(Vote {
        id,
        span,
        lines,
        statement: statement.join(" ").trim().to_owned(),
        outcome,
        in_favour,
        against,
        abstaining,
    })))
}

/// `vote-count-mismatch`: the statement's counts differ from the lists.
///
/// ```text
/// [Adopted by a recorded vote of 3 to 1. The voting was as follows:
/// In favour:
/// Angola, Argentina
/// Against:
/// Italy]
/// ```
fn vote_count_mismatch(stated: [usize; 3], listed: [usize; 3], span: Option<plenary_model::Span>) -> Diagnostic {
    Diagnostic::new(
        "vote-count-mismatch",
        Severity::Warning,
        format!(
            "vote record states {} in favour, {} against, {} abstaining but lists {}, {} and {}",
            stated[0], stated[1], stated[2], listed[0], listed[1], listed[2]
        ),
        span,
    )
    .with_help(
        "Check the lists for a name cut by a comma or a footnote marker glued to a name; the lists are kept as printed.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::EN;

    #[test]
    fn opening_without_abstentions_counts_zero() {
        assert_eq!(
            scan_opening(
                "[Adopted by a recorded vote of 47 to 0. The voting was as follows:",
                &EN.vote
            ),
            Some(VoteOutcome::RecordedVote {
                in_favour: 47,
                against: 0,
                abstaining: 0
            }),
            "two counts should read as in favour and against, with no abstentions"
        );
    }

    #[test]
    fn opening_needs_its_counts() {
        assert_eq!(
            scan_opening("[Adopted by a recorded vote of members.]", &EN.vote),
            None,
            "a recorded vote without counts should not open a record"
        );
    }

    #[test]
    fn french_opening_is_folded() {
        assert_eq!(
            scan_opening("[Adoptée sans vote.]", &crate::lang::fr::FR.vote),
            Some(VoteOutcome::WithoutVote),
            "accents should be folded before matching the words"
        );
    }

    #[test]
    fn label_must_be_the_whole_phrase() {
        assert_eq!(scan_label("Abstaining:", &EN.vote), Some((Group::Abstaining, 11)));
        assert_eq!(
            scan_label("Votes against: 3", &EN.vote),
            None,
            "only the label itself should match"
        );
    }

    #[test]
    fn members_across_lines_are_joined() {
        assert_eq!(
            split_members("Qatar, Russian Federation, Saudi Arabia, Senegal"),
            ["Qatar", "Russian Federation", "Saudi Arabia", "Senegal"]
        );
        assert!(split_members(" , ").is_empty(), "empty names should be dropped");
    }

    #[test]
    fn whole_record_parses_with_its_lists() {
        let text = "1. The Council decides to remain seized of the matter.\n\n[Adopted by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:\nIn favour:\nAngola, Bolivia (Plurinational State of)\nAgainst:\nItaly\nAbstaining:\nIndia]\n";
        let doc = crate::parse(text);
        let vote = doc.body.iter().find_map(|b| match b {
            Block::Vote(v) => Some(v),
            _ => None,
        });
        let vote = vote.expect("should read the bracketed block as a vote record");
        assert_eq!(vote.in_favour, ["Angola", "Bolivia (Plurinational State of)"]);
        assert_eq!(vote.against, ["Italy"]);
        assert_eq!(vote.abstaining, ["India"]);
        assert!(vote.statement.ends_with("The voting was as follows:"));
        assert!(
            !doc.diagnostics.iter().any(|d| d.code == "vote-count-mismatch"),
            "counts that match the lists should raise nothing"
        );
    }

    #[test]
    fn counts_that_differ_from_the_lists_are_reported() {
        let text = "[Adopted by a recorded vote of 3 to 1. The voting was as follows:\nIn favour:\nAngola, Argentina\nAgainst:\nItaly]\n";
        let doc = crate::parse(text);
        let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(
            codes.contains(&"vote-count-mismatch"),
            "3 stated in favour against 2 listed should be reported, got {codes:?}"
        );
    }

    #[test]
    fn unclosed_bracket_is_no_record() {
        let doc = crate::parse("[Adopted without a vote.\n");
        assert!(
            !doc.body.iter().any(|b| matches!(b, Block::Vote(_))),
            "a record without its closing bracket should stay a paragraph"
        );
    }
}

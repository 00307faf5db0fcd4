//! Inputs for the plenary benches: the corpus, concatenations of the
//! reference report, and generated pathological documents.
//!
//! The benches in `benches/benches/` measure with these, and tests may use
//! them too (for example to check that a pathological input parses without
//! overflowing the stack). Every generator is deterministic: the same
//! argument always gives the same text.
//!
//! ```
//! let text = plenary_benches::numbered_paragraphs(3);
//! assert!(text.starts_with("1. "));
//! assert_eq!(text.lines().filter(|l| !l.is_empty()).count(), 3);
//! ```

use std::fmt::Write as _;
use std::path::PathBuf;

/// The reference report, CTOC/COP/2012/15 in French (114 kB).
pub const REFERENCE_REPORT: &str = include_str!("../../corpus/CTOC_COP_2012_15.fr.txt");

/// The name the benches give the reference report.
pub const REFERENCE_NAME: &str = "CTOC_COP_2012_15.fr";

/// One megabyte, as the benches count sizes (10^6 bytes).
pub const MB: usize = 1_000_000;

/// Whether the benches should also run the largest sizes (the 100 MB
/// concatenation and the full sizes of issue 8's pathological inputs): true
/// when the environment variable `PLENARY_BENCH_FULL` is set to anything but
/// `0` or the empty string. Off by default so that `cargo bench` finishes in
/// minutes on two cores.
#[must_use]
pub fn full() -> bool {
    std::env::var("PLENARY_BENCH_FULL").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The `corpus/` directory of the workspace.
#[must_use]
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("corpus")
}

/// Every document of `corpus/` as (file stem, text), sorted by name: the
/// `*.txt` files that `corpus/SHA256SUMS` lists (so that lists such as
/// `corpus/passing.txt` are left out).
///
/// Files that cannot be read or are not UTF-8 are left out.
#[must_use]
pub fn corpus() -> Vec<(String, String)> {
    let dir = corpus_dir();
    let Ok(sums) = std::fs::read_to_string(dir.join("SHA256SUMS")) else {
        return Vec::new();
    };
    let mut docs: Vec<(String, String)> = sums
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        .map(|name| name.trim_start_matches('*'))
        .filter(|name| name.ends_with(".txt") && !name.contains('/'))
        .filter_map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).ok()?;
            Some((name.trim_end_matches(".txt").to_owned(), text))
        })
        .collect();
    docs.sort();
    docs
}

/// Copies of `base`, one after the other, until the text holds at least
/// `bytes` bytes (whole copies only, so every copy parses as the original).
#[must_use]
pub fn concatenation(base: &str, bytes: usize) -> String {
    let copies = bytes.div_ceil(base.len().max(1)).max(1);
    let mut out = String::with_capacity(copies * base.len() + copies);
    for _ in 0..copies {
        out.push_str(base);
        if !base.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The reference report repeated to at least `bytes` bytes.
#[must_use]
pub fn reference_concatenation(bytes: usize) -> String {
    concatenation(REFERENCE_REPORT, bytes)
}

/// One line of `bytes` bytes (French prose with symbols and a resolution
/// number every sentence), ended by a single newline.
#[must_use]
pub fn one_line(bytes: usize) -> String {
    const SENTENCE: &str = "La Conférence a pris note du rapport publié sous la cote CTOC/COP/2012/15 \
                            et de la résolution 64/293 de l’Assemblée générale. ";
    let mut out = String::with_capacity(bytes + SENTENCE.len() + 1);
    while out.len() < bytes {
        out.push_str(SENTENCE);
    }
    out.push('\n');
    out
}

/// `n` numbered paragraphs (`1. La Conférence…`), each a line of its own
/// followed by a blank line.
#[must_use]
pub fn numbered_paragraphs(n: usize) -> String {
    let mut out = String::with_capacity(n * 110);
    for i in 1..=n {
        let _ = writeln!(
            out,
            "{i}. La Conférence a examiné le point {i} de l’ordre du jour et pris note du document CTOC/COP/2012/{i}.\n"
        );
    }
    out
}

/// A body of `n` lines, each ending in a footnote marker (`rapport17;`),
/// then a footnote rule (`__________________`) and `n` footnotes labelled
/// 1 to `n` (` 17 CTOC/COP/WG.4/2011/8, par. 17.`).
#[must_use]
pub fn footnotes(n: usize) -> String {
    let mut out = String::with_capacity(n * 110);
    out.push_str("1. La Conférence des Parties,\n");
    for i in 1..=n {
        let _ = writeln!(out, "prenant note du rapport{i};");
    }
    out.push_str("\n__________________ \n\n");
    for i in 1..=n {
        let _ = writeln!(out, " {i} CTOC/COP/WG.4/2011/8, par. {i}.");
    }
    out
}

/// A body paragraph citing `n` footnotes, and `n` footnotes where the first
/// cites a treaty and every other one is `Ibid.` of the one before: a chain
/// of `n - 1` Ibid.
#[must_use]
pub fn ibid_chain(n: usize) -> String {
    let mut out = String::with_capacity(n * 80);
    out.push_str("1. La Conférence des Parties,\n");
    for i in 1..=n {
        let _ = writeln!(out, "rappelant la Convention{i};");
    }
    out.push_str("\n__________________ \n\n");
    for i in 1..=n {
        if i == 1 {
            out.push_str(" 1 Nations Unies, Recueil des Traités, vol. 2225, n° 39574.\n");
        } else if i % 2 == 0 {
            let _ = writeln!(out, " {i} Ibid.");
        } else {
            let _ = writeln!(out, " {i} Ibid., vol. 2237, n° 39574.");
        }
    }
    out
}

/// A list nested `depth` levels deep: `a) …:` holding `i) …:` holding
/// `a) …:` and so on, one item per level, each ending with the colon that
/// announces the nested list.
#[must_use]
pub fn nested_lists(depth: usize) -> String {
    let mut out = String::with_capacity(depth * 40);
    out.push_str("1. La Conférence a décidé:\n");
    for level in 0..depth {
        let label = if level % 2 == 0 { "a)" } else { "i)" };
        let _ = writeln!(out, "{label} De prendre les mesures suivantes:");
    }
    out.push_str("a) De conclure.\n");
    out
}

/// `n` times `A/` in a row on one line (`Voir A/A/A/…A/.`): a symbol that
/// never ends.
#[must_use]
pub fn symbol_run(n: usize) -> String {
    let mut out = String::with_capacity(2 * n + 16);
    out.push_str("Voir ");
    for _ in 0..n {
        out.push_str("A/");
    }
    out.push_str(".\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_shapes() {
        assert!(reference_concatenation(MB).len() >= MB);
        assert!(reference_concatenation(MB).len() < MB + REFERENCE_REPORT.len() + 1);
        let line = one_line(10_000);
        assert!(line.len() >= 10_000);
        assert_eq!(line.matches('\n').count(), 1);
        assert_eq!(numbered_paragraphs(200).matches(". La Conférence").count(), 200);
        let f = footnotes(50);
        assert!(f.contains("\n 50 CTOC/COP/WG.4/2011/8, par. 50.\n"));
        assert!(f.contains("rapport50;"));
        assert_eq!(ibid_chain(10).matches("Ibid.").count(), 9);
        assert_eq!(nested_lists(7).matches(':').count(), 8);
        assert_eq!(symbol_run(300).matches("A/").count(), 300);
        assert!(corpus().iter().any(|(name, _)| name == REFERENCE_NAME));
    }
}

//! Prints every reference the finder reads in some documents, as JSON lines:
//! a contributor's tool to check that a change to `inline/reference.rs` or
//! `inline/partial_reference.rs` keeps what the finder finds.
//!
//! ```text
//! cargo run --release -p plenary-grammar --example references -- corpus/*.txt > before.jsonl
//! # change the finder, then
//! cargo run --release -p plenary-grammar --example references -- corpus/*.txt > after.jsonl
//! diff before.jsonl after.jsonl && echo same
//! ```
//!
//! Each file is read in every language of `lang::ALL` (not only its own, so
//! that the words of one language meet the text of another), three ways:
//! - `para`: every paragraph (the lines between blank lines, joined by `\n`),
//!   in order, with one shared `RefContext`, as the block grammar calls it;
//!   the context after each paragraph is printed too;
//! - `line`: every line alone, with a fresh context;
//! - `file`: the whole file as one text (in its detected language only).
//!
//! A line holds the file, the language, the way, the block number, and
//! either a match (`start`, `end`, `text`, `cited`) or the context (`ctx`).

use plenary_grammar::inline::reference::{find_references, find_references_in, RefContext, RefMatch};
use plenary_grammar::lang::{self, Lang};
use serde_json::json;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: references FILE...");
        std::process::exit(2);
    }
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                std::process::exit(1);
            }
        };
        for lang in lang::ALL {
            paragraphs(path, &text, lang);
            lines(path, &text, lang);
        }
        let detected = lang::detect(&text);
        let found = find_references(&text, detected);
        print_matches(path, detected, "file", 0, &text, &found);
    }
}

fn paragraphs(path: &str, text: &str, lang: &Lang) {
    let lines: Vec<&str> = text.lines().collect();
    let mut ctx = RefContext::default();
    for (n, block) in lines
        .split(|l| l.trim().is_empty())
        .filter(|b| !b.is_empty())
        .enumerate()
    {
        let block = block.join("\n");
        let found = find_references_in(&block, lang, &mut ctx);
        print_matches(path, lang, "para", n, &block, &found);
        let line = json!({
            "file": path, "lang": lang.code, "way": "para", "block": n, "ctx": format!("{ctx:?}"),
        });
        println!("{line}");
    }
}

fn lines(path: &str, text: &str, lang: &Lang) {
    for (n, line) in text.lines().enumerate() {
        let found = find_references(line, lang);
        print_matches(path, lang, "line", n, line, &found);
    }
}

fn print_matches(path: &str, lang: &Lang, way: &str, block: usize, text: &str, found: &[RefMatch]) {
    for m in found {
        let line = json!({
            "file": path,
            "lang": lang.code,
            "way": way,
            "block": block,
            "start": m.start,
            "end": m.end,
            "text": text.get(m.start..m.end),
            "cited": m.cited,
        });
        println!("{line}");
    }
}

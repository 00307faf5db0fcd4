//! Extracts every UN document symbol cited in a folder of documents: one
//! line per symbol, in normal form, with how many documents cite it.
//!
//! ```sh
//! cargo run -p plenary --example extract_symbols -- corpus/
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use plenary::model::visit::{walk, Node};
use plenary::model::Inline;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: extract_symbols FOLDER (of UN documents as .txt files)")?;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();

    // Symbol in normal form → the files that cite it.
    let mut cited: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let bytes = std::fs::read(path)?;
        // A file that is not text (a PDF, another encoding) is reported and skipped.
        let doc = match plenary::parse_bytes(&bytes) {
            Ok(parsed) => parsed.into_tree(),
            Err(error) => {
                eprintln!("{name}: skipped: {error}");
                continue;
            }
        };
        walk(&doc, &mut |node, _| {
            if let Node::Inline(Inline::Symbol(citation)) = node {
                for symbol in &citation.symbols {
                    cited.entry(symbol.to_string()).or_default().insert(name.clone());
                }
            }
        });
    }

    let mut out = std::io::stdout().lock();
    for (symbol, files) in &cited {
        writeln!(out, "{symbol}\t{}", files.len())?;
    }
    eprintln!("{} symbols in {} documents", cited.len(), paths.len());
    Ok(())
}

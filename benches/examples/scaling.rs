//! Times one parse (grammar, then resolver) and one JSON render of each
//! generated input at growing sizes, to see at a glance whether time grows
//! linearly. Not a benchmark (one run per size; use `cargo bench` for
//! figures):
//!
//! ```text
//! cargo run --release -p plenary-benches --example scaling [NAME…]
//! ```
//!
//! NAME is one of concat, one_line, paragraphs, footnotes, ibid, nested, symbols;
//! none runs all. A size that takes more than 30 s stops its series.
//! `--no-render` skips the JSON render (whose output can be much larger than
//! the input, as for deeply nested lists).

use std::time::{Duration, Instant};

use plenary_benches as gen;

type Generator = fn(usize) -> String;

fn main() {
    let series: [(&str, Generator, &[usize]); 7] = [
        (
            "concat",
            gen::reference_concatenation,
            &[gen::MB, 10 * gen::MB, 100 * gen::MB],
        ),
        ("one_line", gen::one_line, &[gen::MB / 10, gen::MB, 10 * gen::MB]),
        ("paragraphs", gen::numbered_paragraphs, &[20_000, 100_000, 200_000]),
        ("footnotes", gen::footnotes, &[10_000, 50_000, 100_000]),
        ("ibid", gen::ibid_chain, &[10_000, 50_000, 100_000]),
        ("nested", gen::nested_lists, &[500, 2_000, 5_000, 20_000]),
        ("symbols", gen::symbol_run, &[30_000, 100_000, 300_000]),
    ];
    let mut wanted: Vec<String> = std::env::args().skip(1).collect();
    let render = !wanted.iter().any(|w| w == "--no-render");
    wanted.retain(|w| w != "--no-render");
    for (name, make, sizes) in series {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == name) {
            continue;
        }
        for &n in sizes {
            let text = make(n);
            let t0 = Instant::now();
            let mut doc = plenary::grammar::parse(&text);
            let t1 = Instant::now();
            plenary::resolver::resolve(&mut doc);
            let t2 = Instant::now();
            let json = if render {
                plenary::render(&doc, plenary::Format::Json)
            } else {
                String::new()
            };
            let t3 = Instant::now();
            let mbps = |d: Duration| text.len() as f64 / 1e6 / d.as_secs_f64();
            println!(
                "{name:>10} n={n:>9} bytes={:>10}  grammar {:>9.3}s {:>8.1} MB/s  resolve {:>8.3}s  json {:>8.3}s ({} bytes out)",
                text.len(),
                (t1 - t0).as_secs_f64(),
                mbps(t1 - t0),
                (t2 - t1).as_secs_f64(),
                (t3 - t2).as_secs_f64(),
                json.len()
            );
            drop(json);
            drop(doc);
            if t3 - t0 > Duration::from_secs(30) {
                println!("{name:>10} stopped: over 30 s");
                break;
            }
        }
    }
}

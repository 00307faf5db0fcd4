//! Group `pathological`: the whole of `plenary::parse` on generated inputs
//! (see `plenary_benches`), each at two sizes a factor of 10 apart, so that
//! MB/s falling with size shows super-linear work. `PLENARY_BENCH_FULL=1`
//! adds the sizes of issue 8: 200,000 numbered paragraphs, 100,000 footnotes,
//! an Ibid. chain of 100,000 and 300,000 `A/` in a row; but one line of 10 MB
//! rather than 100 MB (the grammar is quadratic on it: 10 MB already takes
//! about 50 s a parse) and lists nested 5,000 rather than 20,000 deep (the
//! grammar's recursive `parse_list` overflows the 8 MB main-thread stack near
//! 9,000 levels, which would abort the whole run). See docs/performance.md.

// criterion_group! and criterion_main! make public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use plenary_benches::{footnotes, full, ibid_chain, nested_lists, numbered_paragraphs, one_line, symbol_run, MB};

type Generator = fn(usize) -> String;

fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_millis(300));
    group.measurement_time(std::time::Duration::from_secs(2));

    // (name, generator, default sizes, the size issue 8 asks for)
    let inputs: [(&str, Generator, [usize; 2], usize); 6] = [
        ("one_line", one_line, [MB / 10, MB], 10 * MB),
        ("numbered_paragraphs", numbered_paragraphs, [2_000, 20_000], 200_000),
        ("footnotes", footnotes, [1_000, 10_000], 100_000),
        ("ibid_chain", ibid_chain, [1_000, 10_000], 100_000),
        ("nested_lists", nested_lists, [200, 2_000], 5_000),
        ("symbol_run", symbol_run, [30_000, 300_000], 300_000),
    ];
    for (name, make, sizes, issue_size) in inputs {
        let mut sizes = sizes.to_vec();
        if full() && !sizes.contains(&issue_size) {
            sizes.push(issue_size);
        }
        for n in sizes {
            let text = make(n);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, n), text.as_str(), |b, text| {
                b.iter(|| plenary::parse(std::hint::black_box(text)));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pathological);
criterion_main!(benches);

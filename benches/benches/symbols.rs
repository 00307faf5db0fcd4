//! `find_symbols` over the reference report (CTOC/COP/2012/15, French), in bytes per second.
#![allow(missing_docs)] // criterion_group! generates an undocumented public function

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plenary_grammar::inline::symbol::find_symbols;
use plenary_grammar::lang::fr::FR;

const REPORT: &str = include_str!("../../corpus/CTOC_COP_2012_15.fr.txt");

fn symbols(c: &mut Criterion) {
    let mut group = c.benchmark_group("symbols");
    group.throughput(Throughput::Bytes(REPORT.len() as u64));
    group.bench_function("find_symbols/CTOC_COP_2012_15.fr", |b| {
        b.iter(|| find_symbols(std::hint::black_box(REPORT), &FR));
    });
    group.finish();
}

criterion_group!(benches, symbols);
criterion_main!(benches);

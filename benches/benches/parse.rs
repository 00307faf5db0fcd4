//! Group `parse`: the whole of `plenary::parse` (layout, blocks, inlines,
//! resolver) in bytes of input per second, on the reference report, on each
//! document of `corpus/`, and on concatenations of the reference report of
//! 1 MB and 10 MB (and 100 MB with `PLENARY_BENCH_FULL=1`), made here at bench
//! time.

// criterion_group! and criterion_main! make public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use plenary_benches::{corpus, full, reference_concatenation, MB, REFERENCE_NAME, REFERENCE_REPORT};

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_millis(500));
    group.measurement_time(std::time::Duration::from_secs(3));

    group.throughput(Throughput::Bytes(REFERENCE_REPORT.len() as u64));
    group.bench_function(REFERENCE_NAME, |b| {
        b.iter(|| plenary::parse(std::hint::black_box(REFERENCE_REPORT)));
    });

    for (name, text) in corpus() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("corpus", &name), text.as_str(), |b, text| {
            b.iter(|| plenary::parse(std::hint::black_box(text)));
        });
    }

    let mut sizes = vec![1, 10];
    if full() {
        sizes.push(100);
    }
    for mb in sizes {
        let text = reference_concatenation(mb * MB);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("concatenation", format!("{mb}MB")),
            text.as_str(),
            |b, text| {
                b.iter(|| plenary::parse(std::hint::black_box(text)));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);

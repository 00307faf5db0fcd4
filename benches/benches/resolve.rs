//! Group `resolve`: the resolver alone on a tree the grammar built, in bytes
//! of the document's input per second (the clone of the tree is not timed).

// criterion_group! and criterion_main! make public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use plenary_benches::{corpus, ibid_chain, reference_concatenation, MB, REFERENCE_NAME, REFERENCE_REPORT};

fn resolve(c: &mut Criterion) {
    let mut group = c.benchmark_group("resolve");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_millis(500));
    group.measurement_time(std::time::Duration::from_secs(2));

    let mut inputs = vec![(REFERENCE_NAME.to_owned(), REFERENCE_REPORT.to_owned())];
    inputs.extend(corpus().into_iter().filter(|(name, _)| name == "A_HRC_14_37.en"));
    inputs.push(("concatenation/10MB".to_owned(), reference_concatenation(10 * MB)));
    inputs.push(("ibid_chain/10000".to_owned(), ibid_chain(10_000)));
    for (name, text) in inputs {
        let tree = plenary::grammar::parse(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &tree, |b, tree| {
            b.iter_batched(
                || tree.clone(),
                |mut doc| plenary::resolver::resolve(&mut doc),
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, resolve);
criterion_main!(benches);

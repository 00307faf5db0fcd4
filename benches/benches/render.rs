//! Groups `render/json`, `render/markdown`, `render/html`, `render/akn` and
//! `render/text`: rendering a parsed and resolved tree to a `String`, in bytes
//! of the document's input per second.

// criterion_group! and criterion_main! make public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use plenary::Format;
use plenary_benches::{corpus, reference_concatenation, MB, REFERENCE_NAME, REFERENCE_REPORT};

fn render(c: &mut Criterion) {
    let mut inputs = vec![(REFERENCE_NAME.to_owned(), REFERENCE_REPORT.to_owned())];
    inputs.extend(corpus().into_iter().filter(|(name, _)| name == "A_HRC_14_37.en"));
    inputs.push(("concatenation/10MB".to_owned(), reference_concatenation(10 * MB)));
    let trees: Vec<_> = inputs
        .iter()
        .map(|(name, text)| (name, text.len(), plenary::parse(text).into_tree()))
        .collect();
    for format in Format::ALL {
        let mut group = c.benchmark_group(format!("render/{}", format.name()));
        group.sample_size(10);
        group.warm_up_time(std::time::Duration::from_millis(500));
        group.measurement_time(std::time::Duration::from_secs(2));
        for (name, len, tree) in &trees {
            group.throughput(Throughput::Bytes(*len as u64));
            group.bench_with_input(BenchmarkId::from_parameter(name), tree, |b, tree| {
                b.iter(|| plenary::render(std::hint::black_box(tree), format));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, render);
criterion_main!(benches);

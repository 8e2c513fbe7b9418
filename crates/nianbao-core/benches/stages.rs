//! Each stage of a check on its own, so that a regression shows where it is: decode (bytes →
//! text), read (text → document: lines, cells, crawler splitting), model (document → model:
//! sections, tables, fused rows, meta), rules (every rule over the model), serialise (the
//! report as JSON). Inputs: the five seeds, and seed 002 as crawler text (every cell fused, the
//! slowest text to read).
//!
//! Run: `cargo bench -p nianbao-core --bench stages`

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use nianbao_core::read::{read_str, InputKind};
use nianbao_core::{Options, Selection};
use std::hint::black_box;

mod common;

use common::SEEDS;

/// Seed 002 as a crawler stores a page: the whole text on one line, table cells run together.
fn crawler_text() -> String {
    SEEDS[2].1.lines().map(|l| l.replace(['|', ' '], "")).collect::<Vec<_>>().join("")
}

fn inputs() -> Vec<(String, String)> {
    let mut inputs: Vec<(String, String)> = SEEDS.iter().map(|(n, t)| (format!("seed {n}"), (*t).to_owned())).collect();
    inputs.push(("crawler 002".to_owned(), crawler_text()));
    inputs
}

fn stages(c: &mut Criterion) {
    let selection = Selection::default();
    for (name, text) in inputs() {
        let mut group = c.benchmark_group(name.clone());
        group.throughput(Throughput::Bytes(text.len() as u64));
        let bytes = text.as_bytes();
        group.bench_function(BenchmarkId::from_parameter("decode"), |b| {
            b.iter(|| nianbao_core::decode::decode(black_box(bytes), false, None))
        });
        group.bench_function(BenchmarkId::from_parameter("read"), |b| {
            b.iter(|| read_str(black_box(&text), InputKind::Text))
        });
        let document = read_str(&text, InputKind::Text);
        group.bench_function(BenchmarkId::from_parameter("model"), |b| {
            b.iter_batched(|| document.clone(), nianbao_core::model::build, BatchSize::SmallInput)
        });
        let model = nianbao_core::model::build(document.clone());
        group.bench_function(BenchmarkId::from_parameter("rules"), |b| {
            b.iter(|| nianbao_core::rules::run(black_box(&model), &selection))
        });
        let report =
            nianbao_core::check(nianbao_core::Input::Text(&text, InputKind::Text), "seed.txt", &Options::default())
                .report;
        group.bench_function(BenchmarkId::from_parameter("serialise"), |b| {
            b.iter(|| serde_json::to_string(black_box(&report)).expect("a report serialises"))
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);

//! Throughput of reading + model building (`nianbao_core::read`) and of the full check, on the
//! seeds and on inputs from 1 KB to 10 MB (to show parsing is linear in input size).
//!
//! Run: `cargo bench -p nianbao-core --bench parse`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nianbao_core::Options;
use std::hint::black_box;

mod common;

use common::SEEDS;

fn seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_seed");
    let options = Options::default();
    for (name, text) in SEEDS {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| nianbao_core::read(nianbao_core::Input::Bytes(black_box(text.as_bytes())), "seed.txt", &options))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("check_seed");
    for (name, text) in SEEDS {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| {
                nianbao_core::check(nianbao_core::Input::Bytes(black_box(text.as_bytes())), "seed.txt", &options).report
            })
        });
    }
    group.finish();
}

/// Seed 003 (the hardest layout: one cell per line) repeated up to `size` bytes.
fn scaled(size: usize) -> String {
    let seed = SEEDS[3].1;
    let mut text = String::with_capacity(size + seed.len());
    while text.len() < size {
        text.push_str(seed);
    }
    text
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_scaling");
    group.sample_size(10);
    let options = Options::default();
    for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
        let text = scaled(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| nianbao_core::read(nianbao_core::Input::Bytes(black_box(text.as_bytes())), "big.txt", &options))
        });
    }
    group.finish();
}

criterion_group!(benches, seeds, scaling);
criterion_main!(benches);

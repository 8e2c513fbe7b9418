//! The inputs the benchmarks share: the five seeds.

pub const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt")),
    ("001", include_str!("../../../../tests/fixtures/001_5572e4fa0af39e90.txt")),
    ("002", include_str!("../../../../tests/fixtures/002_f5a9199cbe66440d.txt")),
    ("003", include_str!("../../../../tests/fixtures/003_ee48f4fde292f35b.txt")),
    ("004", include_str!("../../../../tests/fixtures/004_eb12dee647644d74.txt")),
];

//! Writes a corpus of generated reports for whole-process benchmarks (docs/performance.md):
//! both table formats, every serialisation the readers accept, all encodings, consistent random
//! values (applicant counts up to 9, 300 or 20 000). Not committed: generate it when measuring.
//!
//! Run: `cargo run --release -p nianbao-core --example gen_corpus -- DIR [COUNT]` (default 10 000).

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Format, ALL_ENCODINGS, ALL_STYLES};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_corpus DIR [COUNT]");
        std::process::exit(2);
    };
    let count: u64 = match args.next().map(|c| c.to_string_lossy().parse()) {
        None => 10_000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("gen_corpus: COUNT: {e}");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&dir).expect("the corpus directory can be created");
    let mut bytes_written = 0usize;
    for i in 0..count {
        let format = if i % 2 == 0 { Format::F2021 } else { Format::F2019 };
        let max = [9, 300, 20_000][(i / 2 % 3) as usize];
        let values = common::consistent_up_to(format, i, max);
        let style = ALL_STYLES[(i / 6 % ALL_STYLES.len() as u64) as usize];
        // Mostly UTF-8, as published; every fifth file in another encoding.
        let encoding = if i % 5 == 4 { ALL_ENCODINGS[(i / 5 % 5) as usize] } else { ALL_ENCODINGS[0] };
        let (bytes, name) = common::render(&values, style, encoding);
        let ext = name.rsplit('.').next().unwrap_or("txt");
        std::fs::write(dir.join(format!("{i:05}.{ext}")), &bytes).expect("a corpus file can be written");
        bytes_written += bytes.len();
    }
    println!("{count} reports, {bytes_written} bytes in {}", dir.display());
}

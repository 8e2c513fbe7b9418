//! Runs the core in the page and times it.

use crate::state::Entry;
use nianbao_core::{InputKind, Options};
use std::sync::atomic::{AtomicU64, Ordering};

/// Counts checks, so that each result is told apart from the previous one.
static CHECKS: AtomicU64 = AtomicU64::new(0);

fn next_seq() -> u64 {
    CHECKS.fetch_add(1, Ordering::Relaxed) + 1
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Checks pasted text (`html` when the clipboard carried `text/html`).
pub fn paste(text: &str, html: bool, name: &str) -> Entry {
    let start = now();
    let kind = if html { InputKind::Html } else { InputKind::Text };
    let checked = nianbao_core::check_str_with_text(text, name, kind, &Options::default());
    let millis = now() - start;
    Entry::new(checked, millis, true, next_seq())
}

/// Checks a file's bytes: the core sniffs the kind and the encoding (GBK works).
pub fn file(bytes: &[u8], name: &str) -> Entry {
    let start = now();
    let checked = nianbao_core::check_with_text(bytes, name, &Options::default());
    let millis = now() - start;
    Entry::new(checked, millis, false, next_seq())
}

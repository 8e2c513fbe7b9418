//! The HTML reader (a rich paste or a saved page) and the rules.
#![no_main]
#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check_text(&String::from_utf8_lossy(data), nianbao_core::InputKind::Html);
});

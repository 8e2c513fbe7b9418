//! The text reader (tables as `|` rows, cells a line, crawler text, fused rows, legacy tables)
//! and the rules, on any UTF-8.
#![no_main]
#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check_text(&String::from_utf8_lossy(data), nianbao_core::InputKind::Text);
});

//! The whole check of any bytes: sniffing, decoding, .docx (ZIP), HTML, text, the rules.
#![no_main]
#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let run = || nianbao_core::check(nianbao_core::Input::Bytes(data), "fuzz", &Default::default());
    invariants::hold(&run(), run);
});

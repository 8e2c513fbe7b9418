//! The PDF reader (pdfni and the layout rules), then the core on what it read.
#![no_main]
#[path = "invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let limits = nianbao_core::Limits::default();
    let read = nianbao_pdf::read(data, &limits);
    let run =
        || nianbao_core::check(nianbao_core::Input::Paged(read.clone(), data.len()), "fuzz.pdf", &Default::default());
    invariants::hold(&run(), run);
});

//! Runs the core in the page and times it.

use crate::state::Entry;
use nianbao_core::{InputKind, Options, PagedText, PdfProblem};
use std::sync::atomic::{AtomicU64, Ordering};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// The PDF reader is a WebAssembly module of its own (crate nianbao-pdf, built into `pdf/`),
// fetched the first time a PDF arrives, so that the app's first load stays small. It runs in
// a Web Worker (`pdf/reader.js`); a failure there never takes the app down.
#[wasm_bindgen(inline_js = "export function read_pdf(bytes) {
  return import(new URL('pdf/reader.js', document.baseURI).href).then((reader) => reader.readPdf(bytes));
}")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn read_pdf(bytes: js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;
}

/// Counts checks, so that each result is told apart from the previous one.
static CHECKS: AtomicU64 = AtomicU64::new(0);

fn next_seq() -> u64 {
    CHECKS.fetch_add(1, Ordering::Relaxed) + 1
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Checks pasted text (`html` when the clipboard carried `text/html`).
/// The app checks reports together (the cross-report rules): each keeps its digest.
fn options() -> Options {
    Options { digest: true, ..Options::default() }
}

pub fn paste(text: &str, html: bool, name: &str) -> Entry {
    let start = now();
    let kind = if html { InputKind::Html } else { InputKind::Text };
    let checked = nianbao_core::check(nianbao_core::Input::Text(text, kind), name, &options());
    let millis = now() - start;
    Entry::new(checked, millis, true, next_seq())
}

/// Checks a file's bytes: the core sniffs the kind and the encoding (GBK works).
pub fn file(bytes: &[u8], name: &str) -> Entry {
    let start = now();
    let checked = nianbao_core::check(nianbao_core::Input::Bytes(bytes), name, &options());
    let millis = now() - start;
    Entry::new(checked, millis, false, next_seq())
}

/// Checks a PDF: its text layer read by the PDF module, then checked like any other input.
pub async fn pdf(bytes: &[u8], name: &str) -> Entry {
    let start = now();
    let read = match read_pdf(js_sys::Uint8Array::from(bytes)) {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    };
    let paged: Result<PagedText, PdfProblem> = match read {
        Ok(json) => serde_json::from_str(&json.as_string().unwrap_or_default())
            .unwrap_or_else(|e| Err(PdfProblem::ReaderFailed { reason: e.to_string() })),
        Err(error) => Err(PdfProblem::ReaderFailed { reason: js_error_text(&error) }),
    };
    let checked = nianbao_core::check(nianbao_core::Input::Paged(paged, bytes.len()), name, &options());
    let millis = now() - start;
    Entry::new(checked, millis, false, next_seq())
}

fn js_error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

//! The web app's PDF module: `readPdf(bytes)` returns the JSON of
//! `Result<PagedText, PdfProblem>` (`{"Ok": …}` or `{"Err": …}`), which the app hands to
//! `nianbao_core::check` as `Input::Paged`. Loaded only when a PDF arrives, so the app's first load stays
//! small.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = readPdf)]
pub fn read_pdf(bytes: &[u8]) -> String {
    let read = crate::read(bytes, &nianbao_core::Limits::default());
    serde_json::to_string(&read).unwrap_or_else(|e| format!(r#"{{"Err":{{"problem":"corrupt","reason":"{e}"}}}}"#))
}

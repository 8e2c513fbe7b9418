//! The web's PDF module: `readPdf(bytes)` returns `Result<PagedText, PdfProblem>` as a JS object
//! (`{Ok: …}` or `{Err: …}`), which the checker worker hands to `nianbao_core::check` as
//! `Input::Paged`. Loaded only when a PDF arrives, so that nothing else waits for it.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = readPdf)]
pub fn read_pdf(bytes: &[u8]) -> Result<JsValue, JsError> {
    let read = crate::read(bytes, &nianbao_core::Limits::default());
    Ok(read.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

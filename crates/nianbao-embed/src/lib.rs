//! The WebAssembly side of the embed API. `web/embed/nianbao.js` (the ES module a portal
//! imports) calls these two functions and parses the JSON they return: the report object of
//! `report.schema.json`, exactly what `nianbao check --format json` prints for one file.
//! Everything runs in the page; nothing is fetched but the module's own files.

use nianbao_core::{InputKind, Options, PagedText, PdfProblem, Selection};
use wasm_bindgen::prelude::*;

/// `--select`/`--ignore` as the CLI takes them; an entry that matches no rule is an error, not
/// a silently empty check.
fn options(select: Vec<String>, ignore: Vec<String>) -> Result<Options, String> {
    let selection = Selection { select, ignore };
    let unknown = selection.unknown_entries();
    if !unknown.is_empty() {
        return Err(format!("select/ignore: no rule matches {}", unknown.join(", ")));
    }
    Ok(Options { selection, legacy_decoder: LEGACY_DECODER, ..Options::default() })
}

/// GB18030, GBK, Big5 … decoded by the browser (the core is built without encoding_rs here).
#[cfg(target_arch = "wasm32")]
const LEGACY_DECODER: Option<nianbao_core::decode::LegacyDecoder> = Some(text_decoder);
#[cfg(not(target_arch = "wasm32"))]
const LEGACY_DECODER: Option<nianbao_core::decode::LegacyDecoder> = None;

/// The platform's `TextDecoder`: strict first, so that damage is known, then replacing.
#[cfg(target_arch = "wasm32")]
fn text_decoder(label: &str, bytes: &[u8]) -> Option<(String, bool)> {
    use web_sys::{TextDecoder, TextDecoderOptions};
    let strict = TextDecoderOptions::new();
    strict.set_fatal(true);
    if let Ok(text) =
        TextDecoder::new_with_label_and_options(label, &strict).and_then(|d| d.decode_with_u8_array(bytes))
    {
        return Some((text, false));
    }
    let text = TextDecoder::new_with_label(label).and_then(|d| d.decode_with_u8_array(bytes)).ok()?;
    Some((text, true))
}

fn to_json(report: &nianbao_core::Report) -> String {
    serde_json::to_string(report).expect("a report serialises")
}

/// Checks decoded text (`html`: the text is HTML markup, e.g. a rich paste or a saved page).
pub fn check_text_json(
    text: &str,
    html: bool,
    name: &str,
    select: Vec<String>,
    ignore: Vec<String>,
) -> Result<String, String> {
    let kind = if html { InputKind::Html } else { InputKind::Text };
    Ok(to_json(&nianbao_core::check(nianbao_core::Input::Text(text, kind), name, &options(select, ignore)?).report))
}

/// Checks a file's bytes: the kind (.docx, HTML, text) and the encoding (GBK, UTF-16) sniffed.
pub fn check_bytes_json(bytes: &[u8], name: &str, select: Vec<String>, ignore: Vec<String>) -> Result<String, String> {
    Ok(to_json(&nianbao_core::check(nianbao_core::Input::Bytes(bytes), name, &options(select, ignore)?).report))
}

/// Checks a PDF of `bytes` bytes from what the PDF module (`pdf/nianbao_pdf.js`, loaded by the
/// worker only when a PDF arrives) read of it: the JSON of `Result<PagedText, PdfProblem>`.
pub fn check_paged_json(
    paged: &str,
    bytes: usize,
    name: &str,
    select: Vec<String>,
    ignore: Vec<String>,
) -> Result<String, String> {
    let paged: Result<PagedText, PdfProblem> = serde_json::from_str(paged)
        .unwrap_or_else(|e| Err(PdfProblem::ReaderFailed { reason: format!("the PDF module's answer: {e}") }));
    let options = options(select, ignore)?;
    Ok(to_json(&nianbao_core::check(nianbao_core::Input::Paged(paged, bytes), name, &options).report))
}

#[wasm_bindgen(js_name = checkPaged)]
pub fn check_paged(
    paged: &str,
    bytes: usize,
    name: &str,
    select: Vec<String>,
    ignore: Vec<String>,
) -> Result<String, JsError> {
    check_paged_json(paged, bytes, name, select, ignore).map_err(|e| JsError::new(&e))
}

/// Whether bytes are a PDF, as the core sniffs them: the worker then reads them with the PDF
/// module before `checkPaged`.
#[wasm_bindgen(js_name = isPdf)]
pub fn is_pdf(bytes: &[u8]) -> bool {
    nianbao_core::decode::sniff(bytes) == nianbao_core::decode::Sniffed::Pdf
}

#[wasm_bindgen(js_name = checkText)]
pub fn check_text(
    text: &str,
    html: bool,
    name: &str,
    select: Vec<String>,
    ignore: Vec<String>,
) -> Result<String, JsError> {
    check_text_json(text, html, name, select, ignore).map_err(|e| JsError::new(&e))
}

#[wasm_bindgen(js_name = checkBytes)]
pub fn check_bytes(bytes: &[u8], name: &str, select: Vec<String>, ignore: Vec<String>) -> Result<String, JsError> {
    check_bytes_json(bytes, name, select, ignore).map_err(|e| JsError::new(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_002: &str = include_str!("../../../tests/fixtures/002_f5a9199cbe66440d.txt");

    #[test]
    fn text_and_bytes_give_the_cli_report() {
        let text: serde_json::Value =
            serde_json::from_str(&check_text_json(SEED_002, false, "a.txt", vec![], vec![]).unwrap()).unwrap();
        assert_eq!((text["template"].as_str(), text["year"].as_i64()), (Some("2021"), Some(2023)));
        let bytes = check_bytes_json(SEED_002.as_bytes(), "a.txt", vec![], vec![]).unwrap();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&bytes).unwrap()["diagnostics"], text["diagnostics"]);
    }

    #[test]
    fn a_pdf_read_by_the_pdf_module_is_checked() {
        let paged = nianbao_core::PagedText { text: SEED_002.to_owned(), pages: 1, ..Default::default() };
        let json = serde_json::to_string(&Ok::<_, PdfProblem>(paged)).unwrap();
        let report: serde_json::Value =
            serde_json::from_str(&check_paged_json(&json, 1000, "a.pdf", vec![], vec![]).unwrap()).unwrap();
        assert_eq!((report["input"]["kind"].as_str(), report["year"].as_i64()), (Some("pdf"), Some(2023)));
        let scan = serde_json::to_string(&Err::<PagedText, _>(PdfProblem::NoText { pages: 3 })).unwrap();
        let report = check_paged_json(&scan, 1000, "scan.pdf", vec![], vec![]).unwrap();
        assert!(report.contains("NB008"));
        let garbage = check_paged_json("not json", 1000, "x.pdf", vec![], vec![]).unwrap();
        assert!(garbage.contains("NB009"));
    }

    #[test]
    fn selection_is_applied_and_an_unknown_rule_is_an_error() {
        let only = check_text_json(SEED_002, false, "a.txt", vec!["NB702".into()], vec![]).unwrap();
        let only: serde_json::Value = serde_json::from_str(&only).unwrap();
        assert!(only["diagnostics"].as_array().unwrap().iter().all(|d| d["code"] == "NB702"));
        assert!(check_text_json(SEED_002, false, "a.txt", vec!["NB999".into()], vec![]).is_err());
    }
}

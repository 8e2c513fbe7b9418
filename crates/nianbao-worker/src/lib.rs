//! The checker of the web front end. `web/embed/worker.js` runs this module in a Web Worker and
//! calls it for every check — the Yew UI's (page, portal element, iframe) and the portal
//! script's `check()` alike — so that no check ever runs on a page's main thread, and the UI's
//! own WebAssembly links no reader and no rule.
//!
//! Everything crosses the boundary as JS values built by `serde-wasm-bindgen` from the
//! contract's types (crate `nianbao-report`): the report as the object of
//! `docs/report.schema.json`, never JSON text. Invariant: one call checks one input and keeps
//! nothing between calls (a trapped instance is thrown away and a fresh one answers the next).

mod project;

use nianbao_core::{Checked, Digest, InputKind, Options, PagedText, PdfProblem, Selection};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What a caller asks besides the input: the contract's request.
pub use nianbao_report::CheckRequest as Request;

/// An entry that matches no rule is an error, not a silently empty check.
fn options(request: &Request) -> Result<Options, String> {
    let selection = Selection { select: request.select.clone(), ignore: request.ignore.clone() };
    let unknown = selection.unknown_entries();
    if !unknown.is_empty() {
        return Err(format!("select/ignore: no rule matches {}", unknown.join(", ")));
    }
    Ok(Options { selection, legacy_decoder: LEGACY_DECODER, digest: request.keep, ..Options::default() })
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

/// The answer: the report, and for the UI what it shows and compares.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Answer<'a> {
    report: &'a nianbao_core::Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_starts: Option<&'a [(usize, u32)]>,
}

/// The answer as a JS object: the report as the schema has it (plain objects, `null` for none);
/// the digest apart, its 64-bit hashes as `BigInt`s.
fn answer(checked: &Checked, request: &Request) -> Result<JsValue, JsError> {
    let keep = request.keep;
    let answer = Answer {
        report: &checked.report,
        text: request.keep_text.then_some(checked.text.as_str()),
        page_starts: keep.then_some(checked.page_starts.as_slice()),
    };
    let value = answer.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?;
    if let Some(digest) = checked.digest.as_ref().filter(|_| keep) {
        let digest =
            digest.serialize(&serde_wasm_bindgen::Serializer::new().serialize_large_number_types_as_bigints(true))?;
        js_sys::Reflect::set(&value, &"digest".into(), &digest).map_err(|_| JsError::new("digest"))?;
    }
    Ok(value)
}

fn request(value: JsValue) -> Result<Request, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Request::default());
    }
    Ok(serde_wasm_bindgen::from_value(value)?)
}

/// Checks decoded text (`html`: HTML markup, e.g. a rich paste or a saved page).
pub fn check_text_native(text: &str, html: bool, request: &Request) -> Result<Checked, String> {
    let kind = if html { InputKind::Html } else { InputKind::Text };
    let mut checked = nianbao_core::check(nianbao_core::Input::Text(text, kind), &request.name, &options(request)?);
    if let (true, Some(plain)) = (html, &request.plain) {
        let projection = project::Projection::new(&checked.text, plain);
        projection.report(&mut checked.report);
        if let Some(digest) = &mut checked.digest {
            projection.digest(digest);
        }
        checked.text = plain.clone();
    }
    Ok(checked)
}

/// Checks a file's bytes: the kind (.docx, HTML, text) and the encoding (GBK, UTF-16) sniffed.
pub fn check_bytes_native(bytes: &[u8], request: &Request) -> Result<Checked, String> {
    Ok(nianbao_core::check(nianbao_core::Input::Bytes(bytes), &request.name, &options(request)?))
}

/// Checks a PDF of `bytes` bytes from what the PDF module (`pdf/nianbao_pdf.js`, loaded by the
/// worker only when a PDF arrives) read of it.
pub fn check_paged_native(
    paged: Result<PagedText, PdfProblem>,
    bytes: usize,
    request: &Request,
) -> Result<Checked, String> {
    Ok(nianbao_core::check(nianbao_core::Input::Paged(paged, bytes), &request.name, &options(request)?))
}

#[wasm_bindgen(js_name = checkText)]
pub fn check_text(text: &str, html: bool, request: JsValue) -> Result<JsValue, JsError> {
    let request = self::request(request)?;
    let checked = check_text_native(text, html, &request).map_err(|e| JsError::new(&e))?;
    answer(&checked, &request)
}

#[wasm_bindgen(js_name = checkBytes)]
pub fn check_bytes(bytes: &[u8], request: JsValue) -> Result<JsValue, JsError> {
    let request = self::request(request)?;
    let checked = check_bytes_native(bytes, &request).map_err(|e| JsError::new(&e))?;
    answer(&checked, &request)
}

/// `paged`: the PDF module's answer, `Result<PagedText, PdfProblem>` as a JS object.
#[wasm_bindgen(js_name = checkPaged)]
pub fn check_paged(paged: JsValue, bytes: usize, request: JsValue) -> Result<JsValue, JsError> {
    let request = self::request(request)?;
    let paged: Result<PagedText, PdfProblem> = serde_wasm_bindgen::from_value(paged)
        .unwrap_or_else(|e| Err(PdfProblem::ReaderFailed { reason: format!("the PDF module's answer: {e}") }));
    let checked = check_paged_native(paged, bytes, &request).map_err(|e| JsError::new(&e))?;
    answer(&checked, &request)
}

/// Whether bytes are a PDF, as the core sniffs them: the worker then reads them with the PDF
/// module before `checkPaged`.
#[wasm_bindgen(js_name = isPdf)]
pub fn is_pdf(bytes: &[u8]) -> bool {
    nianbao_core::decode::sniff(bytes) == nianbao_core::decode::Sniffed::Pdf
}

/// The cross-report rules (NB8xx) over the digests of the reports a person has open: a body's
/// reports of consecutive years, the same report twice. Answers `[{report, diagnostic}]`, the
/// index into `digests` and the finding.
/// `request`'s select/ignore apply as to the checks.
#[wasm_bindgen]
pub fn compare(digests: JsValue, request: JsValue) -> Result<JsValue, JsError> {
    let digests: Vec<Digest> = serde_wasm_bindgen::from_value(digests)?;
    let request = self::request(request)?;
    let selection = options(&request).map_err(|e| JsError::new(&e))?.selection;
    let found = nianbao_core::check_set(&digests, &selection);
    Ok(found.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_002: &str = include_str!("../../../tests/fixtures/002_f5a9199cbe66440d.txt");

    fn named(name: &str) -> Request {
        Request { name: name.to_owned(), ..Request::default() }
    }

    #[test]
    fn text_and_bytes_give_the_cli_report() {
        let text = check_text_native(SEED_002, false, &named("a.txt")).unwrap().report;
        assert_eq!((text.template.as_str(), text.year), ("2021", Some(2023)));
        let bytes = check_bytes_native(SEED_002.as_bytes(), &named("a.txt")).unwrap().report;
        assert_eq!(bytes.diagnostics, text.diagnostics);
    }

    #[test]
    fn a_pdf_read_by_the_pdf_module_is_checked() {
        let paged = nianbao_core::PagedText { text: SEED_002.to_owned(), pages: 1, ..Default::default() };
        let report = check_paged_native(Ok(paged), 1000, &named("a.pdf")).unwrap().report;
        assert_eq!((report.input.kind, report.year), (InputKind::Pdf, Some(2023)));
        let scan = check_paged_native(Err(PdfProblem::NoText { pages: 3 }), 1000, &named("scan.pdf")).unwrap().report;
        assert!(scan.diagnostics.iter().any(|d| d.code == "NB008"));
        // What worker.js hands over when the PDF module could not load (its JSON shape).
        let failed: Result<PagedText, PdfProblem> =
            serde_json::from_str(r#"{"Err":{"problem":"reader-failed","reason":"fetch failed"}}"#).unwrap();
        let failed = check_paged_native(failed, 1000, &named("x.pdf")).unwrap().report;
        assert!(failed.diagnostics.iter().any(|d| d.code == "NB009"));
    }

    #[test]
    fn selection_is_applied_and_an_unknown_rule_is_an_error() {
        let only = Request { select: vec!["NB702".into()], ..named("a.txt") };
        let report = check_text_native(SEED_002, false, &only).unwrap().report;
        assert!(report.diagnostics.iter().all(|d| d.code == "NB702"));
        let unknown = Request { select: vec!["NB999".into()], ..named("a.txt") };
        assert!(check_text_native(SEED_002, false, &unknown).is_err());
    }

    #[test]
    fn a_rich_paste_points_at_the_plain_text_the_box_holds() {
        let html = "<p>示例局2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>\
            <table><tr><td>一、本年新收政府信息公开申请数量</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr></table>";
        let plain = "示例局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t6\n";
        let request = Request { plain: Some(plain.to_owned()), keep: true, ..named("粘贴") };
        let checked = check_text_native(html, true, &request).unwrap();
        assert_eq!(checked.text, plain);
        let row_total = checked.report.diagnostics.iter().find(|d| d.code == "NB301").expect("4 + 1 ≠ 6");
        assert_eq!(&plain[row_total.span.range()], "6");
        assert_eq!(row_total.span.line, 3);
        let t3 = checked.report.tables.applications.as_ref().unwrap();
        assert_eq!(&plain[t3.rows[0].cells[0].span.range()], "4");
    }

    #[test]
    fn the_ui_gets_the_digest_and_the_set_is_compared() {
        let keep = Request { keep: true, ..named("a.txt") };
        let checked = check_text_native(SEED_002, false, &keep).unwrap();
        let digest = checked.digest.expect("the UI's check keeps the digest");
        let twice = nianbao_core::check_set(&[digest.clone(), digest], &Selection::default());
        assert!(twice.iter().any(|f| f.diagnostic.code.starts_with("NB8")), "the same report twice");
    }
}

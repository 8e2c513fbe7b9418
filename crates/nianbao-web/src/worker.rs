//! The UI's side of the checker worker: every check goes to `client.js` (next to the UI's glue
//! in `embed/`), which hands it to the Web Worker running crate `nianbao-worker`. Answers come
//! back as JS objects and are typed here with `serde-wasm-bindgen` into the contract's
//! [`Report`]; the digest the cross-report rules compare stays a JS value the UI never looks
//! into.

use nianbao_report::{Diagnostic, Report};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(raw_module = "./client.js")]
extern "C" {
    #[wasm_bindgen(js_name = checkText)]
    fn check_text_js(text: &js_sys::JsString, html: bool, request: JsValue, on_progress: &JsValue) -> js_sys::Promise;
    #[wasm_bindgen(js_name = checkFile)]
    fn check_file_js(file: &web_sys::File, request: JsValue, on_progress: &JsValue) -> js_sys::Promise;
    #[wasm_bindgen(js_name = compare)]
    fn compare_js(digests: &js_sys::Array, request: JsValue) -> js_sys::Promise;
    #[wasm_bindgen(js_name = rulePage)]
    fn rule_page_js(code: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = warmUp)]
    pub fn warm_up();
}

/// What the worker is asked besides the input: the contract's request.
pub use nianbao_report::CheckRequest as Request;

/// The worker's answer to a check of the UI.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Answer {
    report: Report,
    #[serde(default)]
    text: String,
    #[serde(default)]
    page_starts: Vec<(usize, u32)>,
}

/// One checked input as the worker answered it.
pub struct Checked {
    pub report: Report,
    /// The report as the JS object the worker built: what `result` events and `getReport()`
    /// hand a portal, unconverted.
    pub object: JsValue,
    pub text: String,
    pub page_starts: Vec<(usize, u32)>,
    pub digest: JsValue,
}

/// A stage of a check, as the worker reports it: `read`, `pdf`, `check`.
pub type Progress = Box<dyn FnMut(String)>;

async fn settle(promise: js_sys::Promise) -> Result<JsValue, String> {
    JsFuture::from(promise).await.map_err(|e| error_text(&e))
}

/// Findings typed at a time before the page gets to draw a frame: a 20 MB report can have
/// 80 000, and typing them all at once would freeze the page for a second.
const FINDINGS_PER_SLICE: u32 = 2_000;

/// Types the worker's answer, the findings a slice at a time between frames.
async fn checked(value: JsValue) -> Result<Checked, String> {
    let field = |object: &JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let object = field(&value, "report");
    let digest = field(&value, "digest");
    let findings: js_sys::Array = field(&object, "diagnostics").dyn_into().unwrap_or_default();
    // The answer without its findings (a shallow copy: `object` stays whole for the portal).
    let head = js_sys::Object::assign(&js_sys::Object::new(), &value.clone().unchecked_into());
    let report_head = js_sys::Object::assign(&js_sys::Object::new(), &object.clone().unchecked_into());
    let _ = js_sys::Reflect::set(&report_head, &"diagnostics".into(), &js_sys::Array::new());
    let _ = js_sys::Reflect::set(&head, &"report".into(), &report_head);
    let bad = |e: serde_wasm_bindgen::Error| format!("the checker's answer: {e}");
    let mut answer: Answer = serde_wasm_bindgen::from_value(head.into()).map_err(bad)?;
    let mut diagnostics = Vec::with_capacity(findings.length() as usize);
    let mut from = 0;
    while from < findings.length() {
        let to = (from + FINDINGS_PER_SLICE).min(findings.length());
        let slice: Vec<Diagnostic> = serde_wasm_bindgen::from_value(findings.slice(from, to).into()).map_err(bad)?;
        diagnostics.extend(slice);
        from = to;
        if from < findings.length() {
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    }
    answer.report.diagnostics = diagnostics;
    Ok(Checked { report: answer.report, object, text: answer.text, page_starts: answer.page_starts, digest })
}

fn progress_callback(progress: Progress) -> Closure<dyn FnMut(String)> {
    Closure::new(progress)
}

fn request_value(request: &Request) -> JsValue {
    request.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::UNDEFINED)
}

/// Checks text (`html`: a rich paste, checked as HTML so merged cells survive). The text stays a
/// JS string: a 20 MB box is never copied into the UI's memory and back.
pub async fn check_text(
    text: &js_sys::JsString,
    html: bool,
    request: &Request,
    progress: Progress,
) -> Result<Checked, String> {
    let callback = progress_callback(progress);
    let answer = settle(check_text_js(text, html, request_value(request), callback.as_ref())).await;
    drop(callback);
    checked(answer?).await
}

/// Checks a file: .docx, .pdf, .html, text in any supported encoding.
pub async fn check_file(file: &web_sys::File, request: &Request, progress: Progress) -> Result<Checked, String> {
    let callback = progress_callback(progress);
    let answer = settle(check_file_js(file, request_value(request), callback.as_ref())).await;
    drop(callback);
    checked(answer?).await
}

/// A cross-report finding: the index of the report it belongs to and the finding.
#[derive(Deserialize)]
pub struct CrossFinding {
    pub report: usize,
    pub diagnostic: Diagnostic,
}

/// The cross-report rules over the digests of the open reports (`request`: the selection).
pub async fn compare(digests: &[JsValue], request: &Request) -> Result<Vec<CrossFinding>, String> {
    let array: js_sys::Array = digests.iter().collect();
    let found = settle(compare_js(&array, request_value(request))).await?;
    serde_wasm_bindgen::from_value(found).map_err(|e| format!("the checker's answer: {e}"))
}

/// A rule's page of the catalogue (`rules.json`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RulePage {
    pub code: String,
    pub name: String,
    pub category: nianbao_report::Category,
    pub severity: nianbao_report::Severity,
    pub summary_zh: String,
    pub summary_en: String,
    /// Markdown, in Ruff's shape (what, why, example, fix, references).
    pub doc: String,
    /// The same page in Chinese.
    pub doc_zh: String,
}

pub async fn rule_page(code: &str) -> Result<Option<RulePage>, String> {
    let page = settle(rule_page_js(code)).await?;
    serde_wasm_bindgen::from_value(page).map_err(|e| format!("rules.json: {e}"))
}

fn error_text(error: &JsValue) -> String {
    let text = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    text.trim_start_matches("nianbao: ").to_owned()
}

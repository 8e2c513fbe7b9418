//! Exports: the schema's JSON, CSV, and a plain-text copy; saved through a `blob:` link.

use crate::state::Entry;
use nianbao_core::CheckOutput;
use wasm_bindgen::JsCast;

pub fn json(entries: &[Entry]) -> String {
    let output = CheckOutput::new(entries.iter().map(|e| (*e.report).clone()).collect());
    serde_json::to_string_pretty(&output).unwrap_or_default()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub fn csv(entries: &[Entry]) -> String {
    let mut out =
        String::from("\u{FEFF}source,code,name,severity,category,line,column,message_zh,message_en,expected,found\n");
    for e in entries {
        for d in &e.report.diagnostics {
            let row = [
                e.report.source.as_str(),
                &d.code,
                &d.name,
                d.severity.as_str(),
                d.category.as_str(),
                &d.span.line.to_string(),
                &d.span.column.to_string(),
                &d.message.zh,
                &d.message.en,
                d.expected.as_deref().unwrap_or(""),
                d.found.as_deref().unwrap_or(""),
            ];
            out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
            out.push('\n');
        }
    }
    out
}

/// A readable list of findings for pasting into a message or a document.
pub fn plain(entries: &[Entry], zh: bool) -> String {
    let mut out = String::new();
    for e in entries {
        out.push_str(&format!("{}\n", e.report.source));
        for d in &e.report.diagnostics {
            let message = if zh { &d.message.zh } else { &d.message.en };
            out.push_str(&format!(
                "  {}:{} {} {} {}\n",
                d.span.line,
                d.span.column,
                d.severity.as_str(),
                &d.code,
                message
            ));
        }
    }
    out
}

/// Offers `content` as a file download.
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

//! Exports: the schema's JSON, CSV, and a plain-text copy; saved through a `blob:` link. Named
//! by the batch and the day (`年报检查_2026-12-08_3份.csv`); headers and names in the UI's
//! language.

use crate::i18n::{self, Lang};
use crate::state::Entry;
use nianbao_report::CheckOutput;
use wasm_bindgen::JsCast;

/// What `nianbao check --format json` prints for these reports, built from the report objects
/// the worker answered (the cross-report findings added where there are some) and stringified
/// by the browser: the UI serialises no report of its own.
pub fn json(entries: &[Entry]) -> String {
    use js_sys::{Array, Object, Reflect};
    use serde::Serialize;
    use wasm_bindgen::JsValue;
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    let reports = Array::new();
    for e in entries {
        let object = Object::assign(&Object::new(), e.object.unchecked_ref());
        if !std::rc::Rc::ptr_eq(&e.report, &e.own) {
            if let (Ok(findings), Ok(summary)) =
                (e.report.diagnostics.serialize(&to_js), e.report.summary.serialize(&to_js))
            {
                let _ = Reflect::set(&object, &"diagnostics".into(), &findings);
                let _ = Reflect::set(&object, &"summary".into(), &summary);
            }
        }
        reports.push(&object);
    }
    let empty = CheckOutput::new(Vec::new());
    let output = Object::new();
    let _ = Reflect::set(&output, &"tool".into(), &JsValue::from_str(&empty.tool));
    let _ = Reflect::set(&output, &"version".into(), &JsValue::from_str(&empty.version));
    let _ = Reflect::set(&output, &"reports".into(), &reports);
    js_sys::JSON::stringify_with_replacer_and_space(&output, &JsValue::NULL, &2.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `年报检查_2026-12-08_3份.json`, `nianbao_2026-12-08_3-reports.json`.
pub fn file_name(lang: Lang, entries: usize, extension: &str) -> String {
    let date = js_sys::Date::new_0();
    let day = format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date());
    match lang {
        Lang::Zh => format!("年报检查_{day}_{entries}份.{extension}"),
        Lang::En => format!("nianbao_{day}_{entries}-reports.{extension}"),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub fn csv(entries: &[Entry], lang: Lang) -> String {
    let header = match lang {
        Lang::Zh => "文件,机关,年度,格式,规则,规则名,严重程度,类别,行,列,说明,应为,实为",
        Lang::En => "source,body,year,format,code,name,severity,category,line,column,message,expected,found",
    };
    let mut out = format!("\u{FEFF}{header}\n");
    for e in entries {
        let r = &e.report;
        let year = r.year.map(|y| y.to_string()).unwrap_or_default();
        for d in &r.diagnostics {
            let row = [
                r.source.as_str(),
                r.agency.as_deref().unwrap_or(""),
                &year,
                i18n::template(lang, r.template),
                &d.code,
                &d.name,
                i18n::severity(lang, d.severity),
                i18n::category(lang, d.category),
                &d.span.line.to_string(),
                &d.span.column.to_string(),
                if lang == Lang::Zh { &d.message.zh } else { &d.message.en },
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
pub fn plain(entries: &[Entry], lang: Lang) -> String {
    let mut out = String::new();
    for e in entries {
        let r = &e.report;
        out.push_str(&format!("{}（{}）\n", r.source, i18n::template(lang, r.template)));
        for d in &r.diagnostics {
            let message = if lang == Lang::Zh { &d.message.zh } else { &d.message.en };
            out.push_str(&format!(
                "  {} {} {} {}\n",
                i18n::line(lang, d.span.line),
                i18n::severity(lang, d.severity),
                d.code,
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

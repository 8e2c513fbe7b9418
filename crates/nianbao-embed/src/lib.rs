//! The WebAssembly side of the embed API. `web/embed/nianbao.js` (the ES module a portal
//! imports) calls these two functions and parses the JSON they return: the report object of
//! `report.schema.json`, exactly what `nianbao check --format json` prints for one file.
//! Everything runs in the page; nothing is fetched but the module's own files.

use nianbao_core::{InputKind, Options, Selection};
use wasm_bindgen::prelude::*;

/// `--select`/`--ignore` as the CLI takes them; an entry that matches no rule is an error, not
/// a silently empty check.
fn options(select: Vec<String>, ignore: Vec<String>) -> Result<Options, String> {
    let selection = Selection { select, ignore };
    let unknown = selection.unknown_entries();
    if !unknown.is_empty() {
        return Err(format!("select/ignore: no rule matches {}", unknown.join(", ")));
    }
    Ok(Options { selection, ..Options::default() })
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
    Ok(to_json(&nianbao_core::check_str(text, name, kind, &options(select, ignore)?)))
}

/// Checks a file's bytes: the kind (.docx, HTML, text) and the encoding (GBK, UTF-16) sniffed.
pub fn check_bytes_json(bytes: &[u8], name: &str, select: Vec<String>, ignore: Vec<String>) -> Result<String, String> {
    Ok(to_json(&nianbao_core::check(bytes, name, &options(select, ignore)?)))
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
    fn selection_is_applied_and_an_unknown_rule_is_an_error() {
        let only = check_text_json(SEED_002, false, "a.txt", vec!["NB702".into()], vec![]).unwrap();
        let only: serde_json::Value = serde_json::from_str(&only).unwrap();
        assert!(only["diagnostics"].as_array().unwrap().iter().all(|d| d["code"] == "NB702"));
        assert!(check_text_json(SEED_002, false, "a.txt", vec!["NB999".into()], vec![]).is_err());
    }
}

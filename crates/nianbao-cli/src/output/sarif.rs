//! `--format sarif`: SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, IDE
//! viewers, DefectDojo) import. One run; the rule catalogue as the driver's rules; one result
//! per finding, with its region in lines and Unicode columns (spans' byte offsets are into the
//! decoded text, not the file, so they are not given).

use nianbao_core::{Report, Severity, Span};
use serde_json::{json, Value};
use std::io::{self, Write};

pub fn begin(out: &mut impl Write) -> io::Result<()> {
    let rules: Vec<Value> = nianbao_core::rules::catalogue()
        .map(|m| {
            json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": m.summary_zh },
                "fullDescription": { "text": m.summary_en },
                "help": { "text": nianbao_core::rules::doc_text(m), "markdown": nianbao_core::rules::doc_text(m) },
                "defaultConfiguration": { "level": level(m.severity) },
                "properties": { "category": m.category.as_str() },
            })
        })
        .collect();
    let driver = json!({
        "name": "nianbao",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": "https://www.gov.cn/zhengce/content/2019-04/15/content_5382991.htm",
        "rules": rules,
    });
    write!(
        out,
        "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":{driver}}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
    )
}

pub fn end(out: &mut impl Write) -> io::Result<()> {
    out.write_all(b"\n]}]}\n")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: unreserved characters and `/` as they are, the rest
/// percent-encoded (Chinese file names included).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The region of `span` in `text`: start and end line and column (1-based, Unicode).
fn region(span: Span, text: &str) -> Value {
    let covered = text.get(span.start..span.end.max(span.start)).unwrap_or("");
    let (end_line, end_column) = match covered.rfind('\n') {
        Some(i) => (span.line as usize + covered.matches('\n').count(), covered[i + 1..].chars().count() + 1),
        None => (span.line as usize, span.column as usize + covered.chars().count()),
    };
    json!({ "startLine": span.line.max(1), "startColumn": span.column.max(1), "endLine": end_line.max(1), "endColumn": end_column.max(1) })
}

/// The report's findings as results, comma-separated (no leading or trailing comma).
pub fn results(out: &mut Vec<u8>, report: &Report, text: &str) -> io::Result<()> {
    let file = uri(&report.source);
    for (i, d) in report.diagnostics.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let rule_index = nianbao_core::rules::catalogue().position(|m| m.code == d.code);
        let related_file = d.related_source.as_deref().map_or(file.clone(), uri);
        let related: Vec<Value> = d
            .related
            .iter()
            .enumerate()
            .map(|(id, r)| {
                let region = match d.related_source {
                    // Another file's text is not at hand: its start is what the span says.
                    Some(_) => json!({ "startLine": r.line.max(1), "startColumn": r.column.max(1) }),
                    None => region(*r, text),
                };
                json!({ "id": id, "physicalLocation": { "artifactLocation": { "uri": related_file }, "region": region } })
            })
            .collect();
        let text_of = |zh: &str, en: &str| format!("{zh} / {en}");
        let mut result = json!({
            "ruleId": d.code,
            "level": level(d.severity),
            "message": { "text": text_of(&d.message.zh, &d.message.en) },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": file }, "region": region(d.span, text) } }],
            "properties": { "category": d.category.as_str(), "agency": report.agency, "year": report.year },
        });
        if let Some(index) = rule_index {
            result["ruleIndex"] = json!(index);
        }
        if !related.is_empty() {
            result["relatedLocations"] = Value::Array(related);
        }
        if let Some(e) = &d.expected {
            result["properties"]["expected"] = json!(e);
        }
        if let Some(f) = &d.found {
            result["properties"]["found"] = json!(f);
        }
        out.push(b'\n');
        serde_json::to_writer(&mut *out, &result)?;
    }
    Ok(())
}

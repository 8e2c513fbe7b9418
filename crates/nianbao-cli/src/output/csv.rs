//! `--format csv`: one row per finding, for a spreadsheet or a database load. Messages in both
//! languages; a report without findings has no row.

use nianbao_core::Report;
use std::io::{self, Write};

const HEADER: [&str; 15] = [
    "file",
    "agency",
    "year",
    "template",
    "code",
    "name",
    "category",
    "severity",
    "line",
    "column",
    "message_zh",
    "message_en",
    "expected",
    "found",
    "related_file",
];

pub fn header(out: &mut impl Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    w.flush()
}

pub fn rows(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let year = report.year.map(|y| y.to_string()).unwrap_or_default();
    let template = serde_json::to_value(report.template).ok().and_then(|v| v.as_str().map(String::from));
    let template = template.unwrap_or_default();
    let agency = report.agency.as_deref().unwrap_or("");
    for d in &report.diagnostics {
        let (line, column) = (d.span.line.to_string(), d.span.column.to_string());
        w.write_record([
            report.source.as_str(),
            agency,
            &year,
            &template,
            &d.code,
            &d.name,
            d.category.as_str(),
            d.severity.as_str(),
            &line,
            &column,
            &d.message.zh,
            &d.message.en,
            d.expected.as_deref().unwrap_or(""),
            d.found.as_deref().unwrap_or(""),
            d.related_source.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush()
}

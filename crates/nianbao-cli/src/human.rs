//! Human-readable output: one block per report, findings as `path:line:col`.

use crate::args::Lang;
use nianbao_core::Report;
use std::io::{self, Write};

/// One report: its header line, a line per finding, its counts.
pub fn write_report(out: &mut impl Write, report: &Report, lang: Lang) -> io::Result<()> {
    let template =
        serde_json::to_value(report.template).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let year = report.year.map_or("?".to_owned(), |y| y.to_string());
    let agency = report.agency.as_deref().unwrap_or("—");
    match lang {
        Lang::Zh => writeln!(out, "{}  模板 {template} · 年度 {year} · 机关 {agency}", report.source)?,
        Lang::En => writeln!(out, "{}  template {template} · year {year} · agency {agency}", report.source)?,
    }
    for d in &report.diagnostics {
        let message = match lang {
            Lang::Zh => &d.message.zh,
            Lang::En => &d.message.en,
        };
        let severity = match lang {
            Lang::Zh => d.severity.zh(),
            Lang::En => d.severity.as_str(),
        };
        write!(out, "  {}:{}:{}: {severity} {} {message}", report.source, d.span.line, d.span.column, d.code)?;
        match (&d.expected, &d.found, lang) {
            (Some(e), Some(f), Lang::Zh) => writeln!(out, "（应为 {e}，实为 {f}）")?,
            (Some(e), Some(f), Lang::En) => writeln!(out, " (expected {e}, found {f})")?,
            _ => writeln!(out)?,
        }
    }
    let s = report.summary;
    match lang {
        Lang::Zh => writeln!(out, "  共 {} 个错误、{} 个警告、{} 个提示\n", s.errors, s.warnings, s.infos),
        Lang::En => writeln!(out, "  {} errors, {} warnings, {} infos\n", s.errors, s.warnings, s.infos),
    }
}

/// The closing line of a run.
pub fn write_total(out: &mut impl Write, checked: usize, with_errors: usize, lang: Lang) -> io::Result<()> {
    match lang {
        Lang::Zh => writeln!(out, "检查了 {checked} 份报告，其中 {with_errors} 份有错误。"),
        Lang::En => writeln!(out, "Checked {checked} reports; {with_errors} with errors."),
    }
}

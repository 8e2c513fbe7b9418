//! Human-readable output. `human`: each finding as a code frame (the source line, a caret
//! under the span, code and message, expected and found), drawn by annotate-snippets, as rustc
//! and ruff draw theirs. `concise`: one `path:line:col` line per finding.

use super::Style;
use crate::args::Lang;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use nianbao_core::{Diagnostic, Report, Severity};
use std::io::{self, Write};

/// A code frame shows at most this many lines of a long span.
const MAX_FRAME_LINES: usize = 4;

/// A frame shows at most this many characters after the span's start of a long line (a
/// paragraph, crawler text on one line).
const MAX_FRAME_CHARS: usize = 100;

/// Related places listed under a finding (an unbalanced sum can involve a dozen cells).
const MAX_RELATED: usize = 6;

fn header(out: &mut impl Write, report: &Report, lang: Lang) -> io::Result<()> {
    let template =
        serde_json::to_value(report.template).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let year = report.year.map_or("?".to_owned(), |y| y.to_string());
    let agency = report.agency.as_deref().unwrap_or("—");
    match lang {
        Lang::Zh => writeln!(out, "{}  模板 {template} · 年度 {year} · 机关 {agency}", report.source),
        Lang::En => writeln!(out, "{}  template {template} · year {year} · agency {agency}", report.source),
    }
}

fn counts(out: &mut impl Write, report: &Report, lang: Lang) -> io::Result<()> {
    let s = report.summary;
    match lang {
        Lang::Zh => writeln!(out, "  共 {} 个错误、{} 个警告、{} 个提示\n", s.errors, s.warnings, s.infos),
        Lang::En => writeln!(out, "  {} errors, {} warnings, {} infos\n", s.errors, s.warnings, s.infos),
    }
}

fn message(d: &Diagnostic, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &d.message.zh,
        Lang::En => &d.message.en,
    }
}

fn expected_found(d: &Diagnostic, lang: Lang) -> Option<String> {
    match (&d.expected, &d.found, lang) {
        (Some(e), Some(f), Lang::Zh) => Some(format!("应为 {e}，实为 {f}")),
        (Some(e), Some(f), Lang::En) => Some(format!("expected {e}, found {f}")),
        (Some(e), None, Lang::Zh) => Some(format!("应为 {e}")),
        (Some(e), None, Lang::En) => Some(format!("expected {e}")),
        _ => None,
    }
}

/// One report in `concise` form: its header line, a line per finding, its counts.
pub fn write_concise(out: &mut impl Write, report: &Report, lang: Lang) -> io::Result<()> {
    header(out, report, lang)?;
    for d in &report.diagnostics {
        let severity = match lang {
            Lang::Zh => d.severity.zh(),
            Lang::En => d.severity.as_str(),
        };
        write!(
            out,
            "  {}:{}:{}: {severity} {} {}",
            report.source,
            d.span.line,
            d.span.column,
            d.code,
            message(d, lang)
        )?;
        match expected_found(d, lang) {
            Some(ef) if lang == Lang::Zh => writeln!(out, "（{ef}）")?,
            Some(ef) => writeln!(out, " ({ef})")?,
            None => writeln!(out)?,
        }
    }
    counts(out, report, lang)
}

/// The whole lines of `text` that `range` touches (at most [`MAX_FRAME_LINES`]), and where
/// they start.
fn excerpt(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(text.len());
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut to = text[end.clamp(start, text.len())..].find('\n').map_or(text.len(), |i| end.max(start) + i);
    if let Some((i, _)) = text[from..to].match_indices('\n').nth(MAX_FRAME_LINES - 1) {
        to = from + i;
    }
    if let Some((i, _)) = text[start..to].char_indices().nth(MAX_FRAME_CHARS) {
        to = start + i;
    }
    (from, to)
}

/// One report as code frames.
pub fn write_frames(out: &mut impl Write, report: &Report, text: &str, style: &Style) -> io::Result<()> {
    let lang = style.lang;
    header(out, report, lang)?;
    let renderer = if style.color { Renderer::styled() } else { Renderer::plain() };
    for d in &report.diagnostics {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let level = if lang == Lang::Zh { level.with_name(d.severity.zh()) } else { level };
        let (from, to) = excerpt(text, d.span.start, d.span.end);
        let primary = d.span.start.clamp(from, to) - from..d.span.end.clamp(from, to) - from;
        let mut snippet = Snippet::source(&text[from..to])
            .line_start(d.span.line as usize)
            .path(report.source.as_str())
            .annotation(AnnotationKind::Primary.span(primary));
        let mut elsewhere = Vec::new();
        for r in d.related.iter().take(MAX_RELATED) {
            if d.related_source.is_none() && r.start >= from && r.end <= to {
                snippet = snippet.annotation(AnnotationKind::Context.span(r.start - from..r.end - from));
            } else {
                match &d.related_source {
                    Some(file) => elsewhere.push(format!("{file}:{}:{}", r.line, r.column)),
                    None => elsewhere.push(format!("{}:{}", r.line, r.column)),
                }
            }
        }
        if d.related.len() > MAX_RELATED {
            elsewhere.push("…".to_owned());
        }
        let mut group: Group = level.primary_title(message(d, lang)).id(&*d.code).element(snippet);
        if !elsewhere.is_empty() {
            let label = match (lang, d.related_source.is_some()) {
                (Lang::Zh, true) => "对照上年报告",
                (Lang::Zh, false) => "相关位置（行:列）",
                (Lang::En, true) => "compare with last year's report",
                (Lang::En, false) => "related (line:column)",
            };
            group = group.element(Level::NOTE.with_name(label).message(elsewhere.join(", ")));
        }
        if let Some(ef) = expected_found(d, lang) {
            let help = if lang == Lang::Zh { Level::HELP.with_name("核对") } else { Level::HELP };
            group = group.element(help.message(ef));
        }
        writeln!(out, "{}\n", renderer.render(&[group]))?;
    }
    counts(out, report, lang)
}

/// The closing line of a run.
pub fn write_total(out: &mut impl Write, checked: usize, with_errors: usize, lang: Lang) -> io::Result<()> {
    match lang {
        Lang::Zh => writeln!(out, "检查了 {checked} 份报告，其中 {with_errors} 份有错误。"),
        Lang::En => writeln!(out, "Checked {checked} reports; {with_errors} with errors."),
    }
}

//! Cross-report rules: what only shows when reports are checked together — this year's report
//! against the same body's report of the year before, and a report filed twice.
//!
//! Checking a report keeps a small [`Digest`] of it (the numbers that carry over, hashes of
//! its paragraphs), so that a batch of thousands of reports compares digests, not models. A
//! finding sits in the later report; its `related` spans point into the earlier one, named by
//! `related_source`.

mod carry_over_mismatch;
mod documents_in_force_chain;
mod legacy_cumulative_chain;
mod prose_copied;
mod report_duplicate;

use super::{RuleMeta, Selection};
use crate::format::table2::T2Column;
use crate::format::T3Row;
use crate::model::{Model, Template};
use crate::report::{Diagnostic, Message};
use crate::span::Span;
use std::collections::HashMap;

pub(crate) trait CrossRule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings);
}

/// Every cross-report rule, in code order.
pub(crate) static RULES: &[&dyn CrossRule] = &[
    &carry_over_mismatch::CarryOverMismatch,
    &documents_in_force_chain::DocumentsInForceChain,
    &prose_copied::ProseCopied,
    &report_duplicate::ReportDuplicate,
    &legacy_cumulative_chain::LegacyCumulativeChain,
];

/// Paragraphs shorter than this (headings, "无。", the standard sentences) are not compared.
const MIN_PARAGRAPH_CHARS: usize = 60;

/// A value of table 2 or 3 with the cell it was read from.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Value {
    pub value: Option<f64>,
    pub span: Span,
}

/// 规章 or 行政规范性文件 in table 2 of the 2021 format: 本年制发, 本年废止, 现行有效.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Documents {
    pub label: String,
    pub made: Value,
    pub repealed: Value,
    pub in_force: Value,
}

/// A row of a pre-2019 statistics table with a 历年累计 column: its label (normalised, without
/// its item number), this year's count and the count since disclosure began.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cumulative {
    pub label: String,
    pub year: Value,
    pub cumulative: Value,
}

/// The rows of the legacy statistics tables that have a 本年 and a 历年累计 column.
fn cumulative_rows(model: &Model) -> Vec<Cumulative> {
    let mut out = Vec::new();
    for table in &model.tables.other {
        let Some((h, header)) = table.cells.iter().enumerate().find(|(_, r)| r.iter().any(|c| c.text.contains("累计")))
        else {
            continue;
        };
        let (Some(year), Some(total)) =
            (header.iter().position(|c| c.text.contains("本年")), header.iter().position(|c| c.text.contains("累计")))
        else {
            continue;
        };
        for row in &table.cells[h + 1..] {
            let (Some(label), Some(y), Some(t)) = (row.first(), row.get(year), row.get(total)) else { continue };
            let label = crate::normalize::label(&label.text);
            // `其中,1.当面申请数` → `当面申请数`: the item number is the table's, not the row's.
            let label = crate::format::without_breakdown_mark(&label);
            let label = label.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['.', ',']);
            if label.is_empty() {
                continue;
            }
            out.push(Cumulative {
                label: label.to_owned(),
                year: Value { value: y.value(), span: y.span },
                cumulative: Value { value: t.value(), span: t.span },
            });
        }
    }
    out
}

/// What the cross-report rules need of one report. A front end that checks in a worker keeps it as
/// data (it serialises) and hands the set back for `nianbao_core::check_set`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Digest {
    pub source: String,
    /// The body, normalised (spaces and punctuation removed), when the report names it.
    pub agency: Option<String>,
    pub year: Option<i32>,
    pub template: Template,
    /// Table 3, 二、上年结转 and 四、结转下年度继续办理, per applicant column (7 with 总计).
    pub carried_in: Option<Vec<Value>>,
    pub carried_over: Option<Vec<Value>>,
    pub documents: Vec<Documents>,
    /// Pre-2019 statistics rows with 历年累计.
    pub cumulative: Vec<Cumulative>,
    /// Long paragraphs: a hash of the text and its span.
    pub paragraphs: Vec<(u64, Span)>,
    /// A hash of the whole text with white space removed, and the span of its first line.
    pub content: u64,
    pub first_line: Span,
}

/// A 64-bit FNV-1a hash of `text` without its spaces (ASCII white space and the ideographic
/// space U+3000 that indents Chinese paragraphs): the same text hashes the same in every run and
/// on every machine, and a batch of thousands of reports is far from the 2³² where collisions
/// start.
fn hash_without_spaces(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if bytes[i..].starts_with("\u{3000}".as_bytes()) {
            i += 3;
            continue;
        }
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The body's name as a key: the same body written with or without spaces or brackets.
pub fn agency_key(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).collect()
}

impl Digest {
    pub fn of(source: &str, model: &Model) -> Digest {
        let t3_row = |id: T3Row| {
            let t3 = model.tables.applications.as_ref()?;
            let row = t3.rows.iter().find(|r| r.id == id)?;
            Some(row.cells.iter().map(|c| Value { value: c.value(), span: c.span }).collect::<Vec<_>>())
        };
        let documents = match (&model.tables.active_disclosure, model.template) {
            (Some(t2), Template::Rev2021) => t2
                .rows
                .iter()
                .filter(|r| (r.label.contains("规章") || r.label.contains("规范性文件")) && r.cells.len() == 3)
                .map(|r| {
                    let v = |c: T2Column| Value { value: r.cells[c.index()].value(), span: r.cells[c.index()].span };
                    Documents {
                        label: r.label.clone(),
                        made: v(T2Column::Made),
                        repealed: v(T2Column::Repealed),
                        in_force: v(T2Column::InForce),
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        let paragraphs = model
            .doc
            .lines()
            .filter(|l| l.text.chars().count() >= MIN_PARAGRAPH_CHARS)
            .map(|l| (hash_without_spaces(&l.text), l.span))
            .collect();
        let first_line = model.doc.lines().next().map(|l| l.span).unwrap_or_default();
        Digest {
            source: source.to_owned(),
            agency: model.agency.as_ref().map(|a| agency_key(&a.value)).filter(|k| !k.is_empty()),
            year: model.year,
            template: model.template,
            carried_in: t3_row(T3Row::CarriedIn),
            carried_over: t3_row(T3Row::CarriedOver),
            documents,
            cumulative: if model.template == Template::Legacy { cumulative_rows(model) } else { Vec::new() },
            paragraphs,
            content: hash_without_spaces(&model.doc.text),
            first_line,
        }
    }
}

/// The digests of the reports checked together, in the order they were given.
pub struct ReportSet<'a> {
    pub reports: &'a [Digest],
    /// (body, year) → the first report of it.
    by_body_year: HashMap<(&'a str, i32), usize>,
}

impl<'a> ReportSet<'a> {
    pub fn new(reports: &'a [Digest]) -> ReportSet<'a> {
        let mut by_body_year = HashMap::new();
        for (i, d) in reports.iter().enumerate() {
            if let (Some(agency), Some(year)) = (&d.agency, d.year) {
                by_body_year.entry((agency.as_str(), year)).or_insert(i);
            }
        }
        ReportSet { reports, by_body_year }
    }

    /// Each report with its body's report of the year before: (earlier, later) indices.
    /// A report filed twice counts once (the first of it).
    pub fn consecutive(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.reports.iter().enumerate().filter_map(|(i, d)| {
            let (agency, year) = (d.agency.as_deref()?, d.year?);
            if self.by_body_year.get(&(agency, year)) != Some(&i) {
                return None;
            }
            self.by_body_year.get(&(agency, year - 1)).map(|&earlier| (earlier, i))
        })
    }
}

/// A finding of a cross-report rule and the report (its index in the set) it belongs to.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CrossFinding {
    pub report: usize,
    pub diagnostic: Diagnostic,
}

pub(crate) struct CrossFindings {
    list: Vec<CrossFinding>,
}

impl CrossFindings {
    /// Records a finding of `meta` in report `later` at `span`; its related spans (to be
    /// added) point into `earlier`.
    pub(crate) fn add(
        &mut self,
        meta: &'static RuleMeta,
        later: usize,
        span: Span,
        earlier: &Digest,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> super::Finding<'_> {
        let mut diagnostic = super::diagnostic(meta, span, Message { zh: zh.into(), en: en.into() });
        diagnostic.related_source = Some(earlier.source.clone());
        self.list.push(CrossFinding { report: later, diagnostic });
        super::Finding(&mut self.list.last_mut().expect("just pushed").diagnostic)
    }
}

/// Whether `selection` runs any cross-report rule (else digests need not be kept).
pub fn any_selected(selection: &Selection) -> bool {
    RULES.iter().any(|r| selection.enables(r.meta()))
}

/// Runs the selected cross-report rules over reports checked together. The findings come in
/// report order, each report's in position order.
pub fn check(reports: &[Digest], selection: &Selection) -> Vec<CrossFinding> {
    let set = ReportSet::new(reports);
    let mut findings = CrossFindings { list: Vec::new() };
    for rule in RULES.iter().filter(|r| selection.enables(r.meta())) {
        rule.check(&set, &mut findings);
    }
    let mut list = findings.list;
    list.sort_by_key(|a| (a.report, a.diagnostic.span.start));
    list
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");

    /// The report for the year before: every year one less (2023 → 2022, 2024 → 2023).
    pub(crate) fn last_year(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut digits = String::new();
        for c in text.chars().chain(std::iter::once('\0')) {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            match digits.parse::<i32>() {
                Ok(y) if digits.len() == 4 && (2000..2100).contains(&y) => out.push_str(&(y - 1).to_string()),
                _ => out.push_str(&digits),
            }
            digits.clear();
            if c != '\0' {
                out.push(c);
            }
        }
        out
    }

    /// The report with every long paragraph reworded (nothing left to be a copy).
    pub(crate) fn rewritten(text: &str) -> String {
        text.lines()
            .map(|l| {
                if l.chars().count() >= MIN_PARAGRAPH_CHARS && !l.contains('|') {
                    format!("{l}（上年）")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Runs one rule over texts checked together, named `0.txt`, `1.txt`, ….
    pub(crate) fn run(rule: &dyn CrossRule, texts: &[&str]) -> Vec<CrossFinding> {
        let digests: Vec<Digest> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let model = crate::model::build(crate::read::read_str(t, crate::read::InputKind::Text));
                Digest::of(&format!("{i}.txt"), &model)
            })
            .collect();
        let set = ReportSet::new(&digests);
        let mut findings = CrossFindings { list: Vec::new() };
        rule.check(&set, &mut findings);
        findings.list
    }
}

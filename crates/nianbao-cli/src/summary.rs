//! `--summary`: what a run found, for an office reviewing a province's reports — findings by
//! rule and by category, and the bodies with the most errors. Built while reports stream by,
//! keeping only counts.

use crate::args::Lang;
use nianbao_core::{Category, Report, Severity};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// How many bodies the closing table lists.
const TOP_BODIES: usize = 10;

/// A rule's name, category, severity, findings and reports with findings.
type RuleCount = (Cow<'static, str>, Category, Severity, usize, usize);

#[derive(Default)]
pub struct Summary {
    /// Per rule code: (name, category, severity, findings, reports with it).
    rules: BTreeMap<Cow<'static, str>, RuleCount>,
    categories: BTreeMap<&'static str, (Category, usize)>,
    /// Per report (by its index in the run) with an error: (errors, body or file).
    bodies: BTreeMap<usize, (usize, String)>,
}

impl Summary {
    /// Counts report number `index` of the run.
    pub fn add(&mut self, index: usize, report: &Report) {
        self.count(index, report, &report.diagnostics);
    }

    /// Counts the cross-report findings `added` to report `index` (already counted without them).
    pub fn add_later(&mut self, index: usize, report: &Report, added: &[nianbao_core::Diagnostic]) {
        self.count(index, report, added);
    }

    fn count(&mut self, index: usize, report: &Report, diagnostics: &[nianbao_core::Diagnostic]) {
        let mut seen: Vec<&str> = Vec::new();
        for d in diagnostics {
            let entry = self.rules.entry(d.code.clone()).or_insert((d.name.clone(), d.category, d.severity, 0, 0));
            entry.3 += 1;
            if !seen.contains(&&*d.code) {
                entry.4 += 1;
                seen.push(&d.code);
            }
            self.categories.entry(d.category.as_str()).or_insert((d.category, 0)).1 += 1;
        }
        if report.summary.errors > 0 {
            let body = report.agency.clone().unwrap_or_else(|| report.source.clone());
            self.bodies.insert(index, (report.summary.errors, body));
        }
    }

    pub fn write(&mut self, out: &mut impl Write, lang: Lang) -> io::Result<()> {
        let zh = lang == Lang::Zh;
        writeln!(out, "\n{}", if zh { "汇总：各规则" } else { "Summary by rule" })?;
        let (code, rule, severity, findings, reports) = if zh {
            ("规则", "名称", "级别", "次数", "报告数")
        } else {
            ("code", "rule", "severity", "findings", "reports")
        };
        writeln!(out, "  {code:<6} {rule:<32} {severity:<8} {findings:>8} {reports:>8}")?;
        // Most frequent first; ties by code.
        let mut rules: Vec<_> = self.rules.iter().collect();
        rules.sort_by(|a, b| b.1 .3.cmp(&a.1 .3).then(a.0.cmp(b.0)));
        for (code, (name, _, severity, findings, reports)) in rules {
            let severity = if zh { severity.zh() } else { severity.as_str() };
            writeln!(out, "  {code:<6} {name:<32} {severity:<8} {findings:>8} {reports:>8}")?;
        }
        let categories: Vec<String> =
            self.categories.values().map(|(c, n)| format!("{} {n}", if zh { c.zh() } else { c.as_str() })).collect();
        writeln!(out, "  {}{}", if zh { "按类别：" } else { "by category: " }, categories.join(" · "))?;
        if !self.bodies.is_empty() {
            let mut bodies: Vec<&(usize, String)> = self.bodies.values().collect();
            bodies.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            writeln!(out, "{}", if zh { "错误最多的机关" } else { "Bodies with the most errors" })?;
            for (rank, (errors, body)) in bodies.into_iter().take(TOP_BODIES).enumerate() {
                match lang {
                    Lang::Zh => writeln!(out, "  {:>2}. {body}  {errors} 个错误", rank + 1)?,
                    Lang::En => writeln!(out, "  {:>2}. {body}  {errors} errors", rank + 1)?,
                }
            }
        }
        Ok(())
    }
}

use crate::model::{Model, Template};
use crate::read::InputKind;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports readable text that is not a government information-disclosure annual report:
    /// no standard section heading, no table of the report, and no mention of 政府信息公开.
    ///
    /// ## Why is this bad?
    /// Checking a novel or a meeting notice as a report would bury the one useful fact (wrong
    /// file) under dozens of "missing" findings.
    ///
    /// ## Example
    /// ```text
    /// 第一章 天色已晚，他推开窗……
    /// ```
    ///
    /// ## How to fix
    /// Choose the annual report (政府信息公开工作年度报告) itself.
    NotAReport {
        code: "NB006",
        name: "not-a-report",
        category: Input,
        severity: Error,
        summary_zh: "内容不像政府信息公开工作年度报告",
        summary_en: "The text does not look like a government information-disclosure annual report",
    }
}

impl NotAReport {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.doc.kind == InputKind::Unsupported || model.doc.text.trim().is_empty() {
            return;
        }
        let t = &model.tables;
        let has_tables = t.active_disclosure.is_some() || t.applications.is_some() || t.review_litigation.is_some();
        let has_sections = model.sections.iter().any(|s| s.standard.is_some());
        if has_tables || has_sections || model.template != Template::Unknown || model.doc.text.contains("政府信息公开")
        {
            return;
        }
        findings.add(
            &Self::META,
            model.doc.span(0..model.doc.text.len().min(model.doc.text.find('\n').unwrap_or(model.doc.text.len()))),
            "没有找到年度报告的章节、表格或“政府信息公开”字样，这可能不是政府信息公开工作年度报告。",
            "No section, table or mention of 政府信息公开 was found: this may not be a government information-disclosure annual report.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn a_novel_fails_and_a_report_passes() {
        assert_eq!(check_text(&NotAReport, "第一章\n天色已晚，他推开窗。\n").len(), 1);
        assert!(check_text(&NotAReport, "XX局2023年政府信息公开工作年度报告\n一、总体情况\n").is_empty());
    }
}

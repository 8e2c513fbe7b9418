use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that the tables follow the format in force for the report year: the 2019 trial
    /// format (国办公开办函〔2019〕60号) for 2019 and 2020, the 2021 format (〔2021〕30号) for
    /// 2021 and later, no fixed format before 2019. The format is detected from the table
    /// labels, the year from the 统计期限, the title or the body.
    ///
    /// ## Why is this bad?
    /// The formats differ in rows and columns (table 2's columns, table 3's （六）其他处理), so a
    /// report in the wrong format can't be compared with others of its year, and it often means
    /// another year's report was used as the starting point.
    ///
    /// ## Example
    /// Seed 000: "统计期限为2019年1月1日至2019年12月31日", but the tables have 本年废止件数,
    /// 本年收费金额(单位:万元) and （六）其他处理 with three rows — the 2021 format.
    ///
    /// ## How to fix
    /// Redo the tables in the format of the report year.
    ///
    /// ## References
    /// - 国办公开办函〔2019〕60号; 国办公开办函〔2021〕30号
    TemplateYearMismatch {
        code: "NB201",
        name: "template-year-mismatch",
        category: Template,
        severity: Error,
        summary_zh: "表格格式与报告年度不符",
        summary_en: "The table format does not match the report year",
        doc_zh: [
            "## 规则说明",
            "检查表格是否采用报告年度适用的格式：2019、2020 年度用 2019 年试行格式（国办公开办函〔2019〕60号），2021 年度起用 2021 年格式（国办公开办函〔2021〕30号），2019 年以前无固定格式。格式由表格栏目名称判断，年度由统计期限、标题和正文判断。",
            "## 为什么是问题",
            "用错格式的报告无法与同年其他报告汇总比较，是审核中最常见的问题之一。",
            "## 示例",
            "```text",
            "2019年度报告的表二中出现“本年制发件数”“现行有效件数”（2021 年格式）",
            "```",
            "## 如何修改",
            "按报告年度的格式重做表格。",
            "## 依据",
            "- 国办公开办函〔2019〕60号；国办公开办函〔2021〕30号",
        ],
    }
}

impl TemplateYearMismatch {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(year) = model.year else { return };
        let expected = Template::expected_for(year);
        let found = model.template;
        if found == Template::Unknown || found == expected {
            return;
        }
        // Point at the first label of the format found, or at the first standard table.
        let span = model
            .template_signals
            .iter()
            .find(|s| s.template == found)
            .map(|s| s.span)
            .or(model.tables.active_disclosure.as_ref().map(|t| t.span))
            .unwrap_or_else(|| model.doc.span(0..0));
        findings
            .add(
                &Self::META,
                span,
                format!("这是{year}年度的报告，应使用{}，但表格采用的是{}。", expected.name_zh(), found.name_zh()),
                format!(
                    "This is a {year} report and should use {}, but its tables follow {}.",
                    expected.name_en(),
                    found.name_en()
                ),
            )
            .expected(expected.name_zh())
            .found(found.name_zh())
            .related(model.year_evidence.statistics_period.as_ref().map(|p| p.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::{SEED_000, SEED_002};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_002_passes_and_seed_000_fails() {
        assert!(check_text(&TemplateYearMismatch, SEED_002).is_empty());
        let found = check_text(&TemplateYearMismatch, SEED_000);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("2019年试行格式"));
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the report states its year nowhere: no 统计期限, no year in the title, no
    /// `YYYY年` in the opening section, no dated signature.
    ///
    /// ## Why is this bad?
    /// The year decides the format, the deadline and which figures the report is about. A
    /// report without a year can't be filed or compared.
    ///
    /// ## Example
    /// A report whose title is "政府信息公开工作年度报告" and whose text says only "本年度".
    ///
    /// ## How to fix
    /// Put the year in the title and state the 统计期限 (YYYY年1月1日至YYYY年12月31日).
    YearMissing {
        code: "NB501",
        name: "year-missing",
        category: Date,
        severity: Warning,
        summary_zh: "报告没有写明年度",
        summary_en: "The report states no year",
        doc_zh: [
            "## 规则说明",
            "报告中任何地方都没有写明年度：没有统计期限，标题中没有年份，第一部分没有“YYYY年”，落款也没有日期。",
            "## 为什么是问题",
            "不知道年度，就无法判断报告应采用的格式，也无法与其他年度比对。",
            "## 示例",
            "```text",
            "××局政府信息公开工作年度报告（全文没有年份）",
            "```",
            "## 如何修改",
            "在标题中写明年度，并写明统计期限（YYYY年1月1日至YYYY年12月31日）。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条（报告上一年度的工作）",
        ],
    }
}

impl YearMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.year.is_none() && super::applies(model) {
            findings.add(
                &Self::META,
                model.doc.span(0..0),
                "报告中没有找到年度（标题、统计期限、正文或落款日期）。",
                "No report year was found (title, statistics period, body or signature date).",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn a_dated_report_passes_and_an_undated_one_warns() {
        assert!(check_text(&YearMissing, SEED_002).is_empty());
        assert_eq!(check_text(&YearMissing, "一、总体情况\n本年度工作平稳。\n二、主动公开政府信息情况\n").len(), 1);
    }
}

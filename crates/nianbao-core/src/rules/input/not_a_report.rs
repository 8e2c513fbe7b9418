use crate::model::Model;
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
        doc_zh: [
            "## 规则说明",
            "文字可以读取，但不像政府信息公开工作年度报告：没有任何规定的章节标题、没有年报的统计表，也没有提到“政府信息公开”。",
            "## 为什么是问题",
            "多半是选错了文件（通知、总结、其他公文）。对这样的文字报出年报格式错误没有意义，因此只报这一条。",
            "## 示例",
            "```text",
            "关于召开2023年度工作会议的通知",
            "各科室：定于2024年1月5日召开年度工作会议。",
            "```",
            "## 如何修改",
            "选择政府信息公开工作年度报告本身。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条、第五十条",
        ],
    }
}

impl NotAReport {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !model.is_other_text() {
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

    #[test]
    fn on_a_text_that_is_no_report_only_input_rules_speak() {
        let notice =
            "关于召开2023年度工作会议的通知\n各科室：\n定于2024年1月5日召开年度工作会议。\n\n办公室\n2024年1月3日\n";
        let model = crate::model::build(crate::read::read_str(notice, crate::read::InputKind::Text));
        let found = crate::rules::run(&model, &Default::default());
        let codes: Vec<&str> = found.iter().map(|d| &*d.code).collect();
        assert_eq!(codes, ["NB006"]);
    }
}

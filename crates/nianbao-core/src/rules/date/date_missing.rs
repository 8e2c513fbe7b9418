use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a report without a signature or publication date.
    ///
    /// ## Why is this bad?
    /// Without a date nobody can check that the report was published on time (see NB504).
    ///
    /// ## Example
    /// Seeds 000, 003 and 004 end without a dated signature.
    ///
    /// ## How to fix
    /// End the report with the body's name and the date.
    DateMissing {
        code: "NB506",
        name: "date-missing",
        category: Date,
        severity: Info,
        summary_zh: "报告没有落款日期",
        summary_en: "The report has no signature date",
        doc_zh: [
            "## 规则说明",
            "报告没有落款日期或发布日期。",
            "## 为什么是问题",
            "没有日期就无法判断是否按期发布。",
            "## 示例",
            "```text",
            "（报告以“六、其他需要报告的事项 无。”结尾，没有落款）",
            "```",
            "## 如何修改",
            "在报告末尾写明机关名称和日期。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条（发布期限）",
        ],
    }
}

impl DateMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.published.is_none() && super::applies(model) {
            let end = model.doc.text.len();
            findings.add(
                &Self::META,
                model.doc.span(end..end),
                "报告没有落款日期，无法核对是否按期公布。",
                "The report has no signature date, so timely publication can't be checked.",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::{SEED_000, SEED_002};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_002_passes_and_seed_000_is_noted() {
        assert!(check_text(&DateMissing, SEED_002).is_empty());
        assert_eq!(check_text(&DateMissing, SEED_000).len(), 1);
    }
}

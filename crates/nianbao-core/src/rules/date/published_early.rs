use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the signature or publication date falls within the report year itself,
    /// before the year being reported on has ended.
    ///
    /// ## Why is this bad?
    /// An annual report can't be complete before 31 December; such a date is a typo (often
    /// the report year written instead of the next) or last year's signature left in place.
    ///
    /// ## Example
    /// ```text
    /// 统计期限为2023年1月1日至2023年12月31日 … 2023年1月8日
    /// ```
    ///
    /// ## How to fix
    /// Correct the date (usually to the next year).
    PublishedEarly {
        code: "NB505",
        name: "published-early",
        category: Date,
        severity: Warning,
        summary_zh: "落款日期早于报告年度结束",
        summary_en: "The signature date is before the report year ended",
        doc_zh: [
            "## 规则说明",
            "落款或发布日期在报告年度之内，即报告的年度还没结束就落款了。",
            "## 为什么是问题",
            "全年的数据只能在年度结束后统计；这样的日期多半写错了年份。",
            "## 示例",
            "```text",
            "2023年度报告，落款 2023年1月20日",
            "```",
            "## 如何修改",
            "改正日期（通常应为下一年）。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条",
        ],
    }
}

impl PublishedEarly {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let (Some(year), Some(published)) = (model.year, &model.published) else { return };
        if published.value.year <= year {
            findings
                .add(
                    &Self::META,
                    published.span,
                    format!("落款日期{}在{year}年度结束之前，年度报告应在次年公布。", published.value),
                    format!(
                        "The date {} is before the end of {year}; the report is published the next year.",
                        published.value
                    ),
                )
                .expected(format!("≥ {}-01-01", year + 1))
                .found(published.value.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn next_year_passes_and_same_year_fails() {
        assert!(check_text(&PublishedEarly, SEED_002).is_empty());
        let early = SEED_002.replace("2024年1月8日", "2023年1月8日");
        assert_eq!(check_text(&PublishedEarly, &early).len(), 1);
    }
}

use crate::model::{Date, Model};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that the 统计期限 runs from 1 January to 31 December of one year.
    ///
    /// ## Why is this bad?
    /// The annual report covers a calendar year; a period that starts or ends elsewhere means
    /// a typo or figures that don't match other bodies' reports.
    ///
    /// ## Example
    /// ```text
    /// 本报告中所列数据的统计期限为2023年1月1日至2023年11月30日。
    /// ```
    ///
    /// ## How to fix
    /// State the period as YYYY年1月1日至YYYY年12月31日 and make sure the figures cover it.
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》第四十九条 (上一年度)
    StatisticsPeriodRule {
        code: "NB503",
        name: "statistics-period",
        category: Date,
        severity: Warning,
        summary_zh: "统计期限不是某一年的1月1日至12月31日",
        summary_en: "The statistics period is not 1 January to 31 December of one year",
        doc_zh: [
            "## 规则说明",
            "检查统计期限是否为某一年的 1 月 1 日至 12 月 31 日。",
            "## 为什么是问题",
            "年度报告报告的是上一个完整年度；期限不完整或跨年，数字就不能与其他报告比较。",
            "## 示例",
            "```text",
            "统计期限为2023年1月1日至2023年11月30日",
            "```",
            "## 如何修改",
            "写作“YYYY年1月1日至YYYY年12月31日”，并确认数据覆盖这一期限。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条（上一年度）",
        ],
    }
}

impl StatisticsPeriodRule {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(period) = &model.year_evidence.statistics_period else { return };
        let p = period.value;
        let (Some(start), Some(end)) = (p.start, p.end) else { return };
        let expected = (Date::new(p.year, 1, 1), Date::new(p.year, 12, 31));
        if (Some(start), Some(end)) != expected {
            findings
                .add(
                    &Self::META,
                    period.span,
                    format!("统计期限为{start}至{end}，应为{}年1月1日至{}年12月31日。", p.year, p.year),
                    format!(
                        "The statistics period is {start} to {end}; it should be 1 January to 31 December {}.",
                        p.year
                    ),
                )
                .expected(format!("{}-01-01 – {}-12-31", p.year, p.year))
                .found(format!("{start} – {end}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn a_calendar_year_passes_and_a_short_period_fails() {
        assert!(check_text(&StatisticsPeriodRule, SEED_002).is_empty());
        let short = "本报告中所列数据的统计期限为2023年1月1日至2023年11月30日。\n";
        assert_eq!(check_text(&StatisticsPeriodRule, short).len(), 1);
        let no_second_year = "统计期限为2025年1月1日至12月31日。\n";
        assert!(check_text(&StatisticsPeriodRule, no_second_year).is_empty());
    }
}

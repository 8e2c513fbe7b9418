use super::{CrossFindings, ReportSet};
use crate::format::table3::COLUMNS_ZH as T3_COLUMNS;
use crate::rules::arithmetic::number;
use crate::rules::cross_rule;

cross_rule! {
    /// ## What it does
    /// Checks, when a body's reports of two consecutive years are checked together, that this
    /// year's 二、上年结转政府信息公开申请数量 equals last year's 四、结转下年度继续办理, column
    /// by column (自然人 … 其他, 总计).
    ///
    /// ## Why is this bad?
    /// The applications carried into this year are exactly those last year's report said it
    /// carried over; any difference means one of the two tables is wrong, or requests were
    /// lost (or invented) between the years. Auditors check this pair first.
    ///
    /// ## Example
    /// 2022 report: `四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2`;
    /// 2023 report: `二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0`.
    ///
    /// ## How to fix
    /// Take 二、上年结转 from last year's published 四、结转下年度继续办理; if last year's figure
    /// was wrong, correct this year's and say so in 六、其他需要报告的事项.
    CarryOverMismatch {
        code: "NB801",
        name: "carry-over-mismatch",
        category: Arithmetic,
        severity: Error,
        summary_zh: "本年“上年结转”与上年报告“结转下年度继续办理”不一致",
        summary_en: "This year's carried-in applications differ from last year's carried-over ones",
        doc_zh: [
            "## 规则说明",
            "同一机关连续两年的报告一起检查时，核对本年“二、上年结转政府信息公开申请数量”是否等于上年“四、结转下年度继续办理”，逐列比较（自然人……其他、总计）。",
            "## 为什么是问题",
            "上年结转到下年的申请，就是下年的上年结转；两年数字不接，说明有一年填错。",
            "## 示例",
            "```text",
            "2022 年报告：四、结转下年度继续办理 总计 2；2023 年报告：二、上年结转 总计 0",
            "```",
            "## 如何修改",
            "“二、上年结转”按上年已发布的“四、结转下年度继续办理”填写；上年数字有误的，改正本年数字并在第六部分说明。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三（一＋二＝三＋四）",
        ],
    }
}

impl CarryOverMismatch {
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings) {
        for (earlier, later) in set.consecutive() {
            let (before, now) = (&set.reports[earlier], &set.reports[later]);
            let (Some(out), Some(into)) = (&before.carried_over, &now.carried_in) else {
                continue;
            };
            for (k, (o, i)) in out.iter().zip(into).enumerate() {
                let (Some(o_value), Some(i_value)) = (o.value, i.value) else {
                    continue;
                };
                if o_value == i_value {
                    continue;
                }
                let column = T3_COLUMNS.get(k).copied().unwrap_or("");
                let year = before.year.unwrap_or_default();
                findings
                    .add(
                        &Self::META,
                        later,
                        i.span,
                        before,
                        format!(
                            "“上年结转”（{column}）为 {}，而 {year} 年报告“结转下年度继续办理”为 {}。",
                            number(i_value),
                            number(o_value)
                        ),
                        format!(
                            "Carried in ({column}) is {}, but the {year} report carried over {}.",
                            number(i_value),
                            number(o_value)
                        ),
                    )
                    .related([o.span])
                    .expected(number(o_value))
                    .found(number(i_value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cross::testing::{last_year, run, SEED_002};

    #[test]
    fn carried_in_as_carried_over_passes_and_a_difference_fails() {
        assert!(run(&CarryOverMismatch, &[&last_year(SEED_002), SEED_002]).is_empty());
        let carried_two = last_year(SEED_002).replace(
            "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
        );
        let found = run(&CarryOverMismatch, &[&carried_two, SEED_002]);
        assert_eq!(found.len(), 2, "自然人 and 总计");
        assert_eq!(found[0].report, 1, "the finding sits in the later report");
        assert_eq!(found[0].diagnostic.related_source.as_deref(), Some("0.txt"));
        assert_eq!(found[0].diagnostic.expected.as_deref(), Some("2"));
        let related = found[0].diagnostic.related[0];
        assert_eq!(&carried_two[related.range()], "2");
    }
}

use super::{CrossFindings, ReportSet};
use crate::rules::arithmetic::number;
use crate::rules::cross_rule;

cross_rule! {
    /// ## What it does
    /// Checks, for a body's pre-2019 reports of two consecutive years, the statistics tables
    /// that give 历年累计 beside 本年: for every row both years have, this year's 历年累计 =
    /// last year's 历年累计 + this year's 本年.
    ///
    /// ## Why is this bad?
    /// 历年累计 counts since disclosure began, so it grows by exactly the year's count. One that
    /// does not means a year's figure, or the running total, was not carried forward — the
    /// commonest slip of the old tables, which nothing within one report can show.
    ///
    /// ## Example
    /// 2014: `申请总数 | 件 | 9 | 31`; 2015: `申请总数 | 件 | 5 | 40` (expected 31 + 5 = 36).
    ///
    /// ## How to fix
    /// Carry last year's 历年累计 forward and add this year's count.
    ///
    /// ## References
    /// - 国办发〔2014〕32号, 政府信息公开情况统计表 (FORMAT.md §7)
    LegacyCumulativeChain {
        code: "NB805",
        name: "legacy-cumulative-chain",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "旧格式统计表的历年累计不等于上年历年累计加本年数",
        summary_en: "A legacy table's 历年累计 differs from last year's plus this year's",
        doc_zh: [
            "## 规则说明",
            "同一机关连续两年的 2019 年以前报告，核对统计表中与“本年”并列的“历年累计”：对两年都有的每一行，本年历年累计＝上年历年累计＋本年数。",
            "## 为什么是问题",
            "历年累计是逐年滚动的；对不上，说明某一年的数字填错。",
            "## 示例",
            "```text",
            "2014 年历年累计 600；2015 年本年 120、历年累计 650（应为 720）",
            "```",
            "## 如何修改",
            "在上年历年累计的基础上加上本年数。",
            "## 依据",
            "- 国办发〔2014〕32号附件，政府信息公开情况统计表",
        ],
    }
}

impl LegacyCumulativeChain {
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings) {
        for (earlier, later) in set.consecutive() {
            let (before, now) = (&set.reports[earlier], &set.reports[later]);
            for row in &now.cumulative {
                // A label both years have once each: a repeated label says nothing certain.
                let mut prev = before.cumulative.iter().filter(|p| p.label == row.label);
                let (Some(prev), None) = (prev.next(), prev.next()) else { continue };
                if now.cumulative.iter().filter(|r| r.label == row.label).count() != 1 {
                    continue;
                }
                let (Some(prev_total), Some(this_year), Some(total)) =
                    (prev.cumulative.value, row.year.value, row.cumulative.value)
                else {
                    continue;
                };
                let expected = prev_total + this_year;
                if (expected - total).abs() < 1e-9 {
                    continue;
                }
                let year = before.year.unwrap_or_default();
                findings
                    .add(
                        &Self::META,
                        later,
                        row.cumulative.span,
                        before,
                        format!(
                            "“{}”历年累计 {}，而 {year} 年报告历年累计 {} + 本年 {} = {}。",
                            row.label,
                            number(total),
                            number(prev_total),
                            number(this_year),
                            number(expected)
                        ),
                        format!(
                            "\"{}\": {} since disclosure began, but the {year} report's {} + this year's {} = {}.",
                            row.label,
                            number(total),
                            number(prev_total),
                            number(this_year),
                            number(expected)
                        ),
                    )
                    .related([prev.cumulative.span])
                    .expected(number(expected))
                    .found(number(total));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cross::testing::run;

    const Y2014: &str = "白城市民政局2014年政府信息公开工作年度报告\n\
        本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n\
        附表 政府信息公开情况统计表\n\
        | 统计指标 | 单位 | 本年 | 历年累计 |\n| 申请总数 | 件 | 9 | 31 |\n| 其中：1.当面申请数 | 件 | 4 | 12 |\n| 2.网上申请数 | 件 | 5 | 19 |\n";

    #[test]
    fn a_total_carried_forward_passes_and_one_that_is_not_warns() {
        let y2015 = Y2014
            .replace("2014", "2015")
            .replace("| 9 | 31 |", "| 5 | 36 |")
            .replace("| 4 | 12 |", "| 2 | 14 |")
            .replace("| 5 | 19 |", "| 3 | 22 |");
        assert!(run(&LegacyCumulativeChain, &[Y2014, &y2015]).is_empty());
        let wrong = y2015.replace("| 5 | 36 |", "| 5 | 40 |");
        let found = run(&LegacyCumulativeChain, &[Y2014, &wrong]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            (found[0].diagnostic.expected.as_deref(), found[0].diagnostic.found.as_deref()),
            (Some("36"), Some("40"))
        );
        // The same numbers in crawler text, cells run together.
        let fused = wrong.replace(
            "\n| 统计指标 | 单位 | 本年 | 历年累计 |\n| 申请总数 | 件 | 5 | 40 |\n| 其中：1.当面申请数 | 件 | 2 | 14 |\n| 2.网上申请数 | 件 | 3 | 22 |\n",
            "统计指标单位本年历年累计申请总数件540其中：1.当面申请数件2142.网上申请数件322\n",
        );
        assert!(fused.contains("件540"), "{fused}");
        let found = run(&LegacyCumulativeChain, &[Y2014, &fused]);
        assert_eq!(found.len(), 1, "{found:#?}");
    }
}

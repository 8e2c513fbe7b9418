use super::{number, report_unexplained, Relation};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that, in table 4, each 总计 equals the four results before it, in each of the three
    /// groups: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉.
    ///
    /// ## Why is this bad?
    /// 总计 counts the cases of its group; every case is 维持, 纠正, 其他 or 尚未审结.
    ///
    /// ## Example
    /// ```text
    /// 1 | 0 | 0 | 1 | 1 | …
    /// ```
    /// 1 + 0 + 0 + 1 = 2, not 1.
    ///
    /// ## How to fix
    /// Recount the group's cases and correct the total or the result cell.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表四 (政府信息公开行政复议、行政诉讼情况)
    ReviewLitigationTotal {
        code: "NB305",
        name: "review-litigation-total",
        category: Arithmetic,
        severity: Error,
        summary_zh: "表四某组的总计不等于其四项结果之和",
        summary_en: "A table-4 总计 is not the sum of the four results before it",
        doc_zh: [
            "## 规则说明",
            "检查表四三组（行政复议；行政诉讼·未经复议直接起诉；行政诉讼·复议后起诉）中，每组的“总计”是否等于其前面四项结果（结果维持、结果纠正、其他结果、尚未审结）之和。",
            "## 为什么是问题",
            "总计与结果之和不符，说明有案件未按结果归类，或总计填错。",
            "## 示例",
            "```text",
            "行政复议：1 | 0 | 0 | 0 | 2",
            "```",
            "## 如何修改",
            "重新统计该组案件，改正总计或结果单元格。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表四（政府信息公开行政复议、行政诉讼情况）",
        ],
    }
}

impl ReviewLitigationTotal {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_unexplained(findings, &Self::META, Relation::ReviewTotal, |eq, total, parts| {
            (
                format!(
                    "{}的总计应为结果维持、结果纠正、其他结果、尚未审结之和 {}，表中为 {}。",
                    eq.scope_zh,
                    number(parts),
                    number(total)
                ),
                format!(
                    "The total of {} should be the sum of its four results, {}, but is {}.",
                    eq.scope_en,
                    number(parts),
                    number(total)
                ),
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn zero_totals_pass_and_a_wrong_total_fails() {
        assert!(check_text(&ReviewLitigationTotal, SEED_002).is_empty());
        let broken = SEED_002.replace(
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 1 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        );
        let found = check_text(&ReviewLitigationTotal, &broken);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("2"), Some("1")));
        assert_eq!(found[0].related.len(), 4);
    }
}

use super::{number, report_unexplained, Relation};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks the relation printed in table 3 itself, for every column: 一 (本年新收) + 二
    /// (上年结转) = 三（七）总计 (本年度办理结果) + 四 (结转下年度继续办理).
    ///
    /// ## Why is this bad?
    /// Every application received or carried over is either handled this year or carried to the
    /// next. The table states the relation in its header; a report that breaks it has lost or
    /// invented applications.
    ///
    /// ## Example
    /// ```text
    /// 一、本年新收政府信息公开申请数量 | 3 | … | 3 |
    /// 二、上年结转政府信息公开申请数量 | 0 | … | 0 |
    /// (七)总计 | 2 | … | 2 |
    /// 四、结转下年度继续办理 | 0 | … | 0 |
    /// ```
    /// 3 + 0 ≠ 2 + 0.
    ///
    /// ## How to fix
    /// Find the applications that are missing from the results or from the carry-over.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三: "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
    ApplicationsBalance {
        code: "NB302",
        name: "applications-balance",
        category: Arithmetic,
        severity: Error,
        summary_zh: "表三某列“一+二”不等于“（七）总计+四”",
        summary_en: "In a table-3 column, 一 + 二 differs from (七)总计 + 四",
        doc_zh: [
            "## 规则说明",
            "检查表三自身注明的勾稽关系（每一列）：一（本年新收）＋二（上年结转）＝三（七）总计（本年度办理结果）＋四（结转下年度继续办理）。",
            "## 为什么是问题",
            "收到或结转来的每一件申请，要么本年办结，要么结转下年；不符就是申请“丢了”或“多了”。",
            "## 示例",
            "```text",
            "一、本年新收 | 3 |  二、上年结转 | 0 |  （七）总计 | 2 |  四、结转下年度 | 0 |",
            "```",
            "3 + 0 ≠ 2 + 0。",
            "## 如何修改",
            "找出没有计入办理结果或结转下年度的申请。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”",
        ],
    }
}

impl ApplicationsBalance {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_unexplained(findings, &Self::META, Relation::Balance, |eq, incoming, outgoing| {
            (
                format!(
                    "{}：本年新收加上年结转为 {}，办理结果总计加结转下年度为 {}，两者应相等。",
                    eq.scope_zh,
                    number(incoming),
                    number(outgoing)
                ),
                format!(
                    "In {}, received plus carried over is {}, but results plus carried forward is {}; they must be equal.",
                    eq.scope_en,
                    number(incoming),
                    number(outgoing)
                ),
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_003;
    use crate::rules::testing::check_text;

    #[test]
    fn a_balanced_table_passes_and_a_lost_application_fails() {
        assert!(check_text(&ApplicationsBalance, SEED_003).is_empty());
        // 一 says 4 received (row sum kept), results still 3: column 自然人 and 总计 break.
        let broken = SEED_003.replace(
            "一、本年新收政府信息公开申请数量 |\n3 |\n0 |\n0 |\n0 |\n0 |\n0 |\n3 |",
            "一、本年新收政府信息公开申请数量 |\n4 |\n0 |\n0 |\n0 |\n0 |\n0 |\n4 |",
        );
        assert_ne!(broken, SEED_003);
        let found = check_text(&ApplicationsBalance, &broken);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("4"), Some("3")));
    }
}

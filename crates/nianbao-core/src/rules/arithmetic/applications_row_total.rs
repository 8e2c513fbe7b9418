use super::{number, report_unexplained, Relation};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that, in table 3, each row's 总计 equals the sum of its six applicant columns
    /// (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).
    ///
    /// ## Why is this bad?
    /// 总计 is the row's total by definition. A mismatch means a cell was mistyped or left out,
    /// and every reader of the report gets a different number depending on which cell they trust.
    ///
    /// ## Example
    /// ```text
    /// (一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |
    /// ```
    /// Use instead: `... | 0 | 6 |`, or correct the applicant cell that is wrong.
    ///
    /// ## How to fix
    /// Recompute 总计 as the sum of the six applicant cells, or correct the wrong applicant cell.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三 (收到和处理政府信息公开申请情况)
    ApplicationsRowTotal {
        code: "NB301",
        name: "applications-row-total",
        category: Arithmetic,
        severity: Error,
        summary_zh: "表三某行的总计不等于各类申请人之和",
        summary_en: "A table-3 row's 总计 is not the sum of its applicant columns",
        doc_zh: [
            "## 规则说明",
            "检查表三每一行的“总计”是否等于六类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。",
            "## 为什么是问题",
            "总计与各列之和不符，说明某个数字填错或总计是手算的。",
            "## 示例",
            "```text",
            "一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |",
            "```",
            "3 + 1 ≠ 5。",
            "## 如何修改",
            "按六类申请人之和重算总计，或改正填错的申请人单元格。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三（收到和处理政府信息公开申请情况）",
        ],
    }
}

impl ApplicationsRowTotal {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_unexplained(findings, &Self::META, Relation::RowTotal, |eq, total, parts| {
            (
                format!("{}：总计应为六类申请人之和 {}，表中为 {}。", eq.scope_zh, number(parts), number(total)),
                format!(
                    "In {}, 总计 should be the sum of the six applicant columns, {}, but is {}.",
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
    fn balanced_rows_pass_and_a_wrong_total_fails() {
        assert!(check_text(&ApplicationsRowTotal, SEED_002).is_empty());
        // Both 总计 cells of （一）予以公开 and of （七）总计 … only the row total is changed here,
        // which breaks the row sum and the total column: a suspect cell, unless NB300 is off.
        let broken = SEED_002
            .replace("| (一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| (一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |");
        let found = check_text(&ApplicationsRowTotal, &broken);
        assert!(
            found.iter().any(|d| d.expected.as_deref() == Some("6") && d.found.as_deref() == Some("7")),
            "{found:#?}"
        );
    }
}

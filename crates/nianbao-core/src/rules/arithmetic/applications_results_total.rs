use super::{number, report_unexplained, Relation};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks, for every column of table 3, that 三（七）总计 equals the sum of all result rows:
    /// （一）予以公开, （二）部分公开, the eight （三）不予公开 rows, the three （四）无法提供 rows,
    /// the five （五）不予处理 rows and （六）其他处理 (one row in the 2019 format, three in 2021).
    ///
    /// ## Why is this bad?
    /// Each application handled is counted in exactly one result row ("区分处理的，只计这一情形").
    /// A total that differs from its rows means a result was not entered, or the total was
    /// typed by hand.
    ///
    /// ## Example
    /// Seed 000: every result row is 0, but `(七)总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`.
    ///
    /// ## How to fix
    /// Enter the handled applications in their result rows, or correct the total.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三 三、本年度办理结果
    ApplicationsResultsTotal {
        code: "NB303",
        name: "applications-results-total",
        category: Arithmetic,
        severity: Error,
        summary_zh: "表三“（七）总计”不等于各项办理结果之和",
        summary_en: "Table 3's (七)总计 is not the sum of the result rows",
        doc_zh: [
            "## 规则说明",
            "检查表三每一列的“（七）总计”是否等于全部办理结果之和：（一）予以公开、（二）部分公开、（三）不予公开 8 行、（四）无法提供 3 行、（五）不予处理 5 行、（六）其他处理（2019 年格式 1 行，2021 年格式 3 行）。",
            "## 为什么是问题",
            "每件办结的申请只计入一种办理结果（“区分处理的，只计这一情形”）；总计与各行之和不符，说明漏填了结果或总计是手写的。",
            "## 示例",
            "```text",
            "（一）予以公开 | 0 | …   （七）总计 | 1 | …（各项结果均为 0）",
            "```",
            "## 如何修改",
            "把办结的申请填入对应的结果行，或改正总计。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三 三、本年度办理结果",
        ],
    }
}

impl ApplicationsResultsTotal {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_unexplained(findings, &Self::META, Relation::ResultsTotal, |eq, total, rows| {
            (
                format!("{}：（七）总计应为各项办理结果之和 {}，表中为 {}。", eq.scope_zh, number(rows), number(total)),
                format!(
                    "In {}, (七)总计 should be the sum of the result rows, {}, but is {}.",
                    eq.scope_en,
                    number(rows),
                    number(total)
                ),
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::{SEED_000, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_003_passes_and_seed_000_fails_in_two_columns() {
        assert!(check_text(&ApplicationsResultsTotal, SEED_003).is_empty());
        let found = check_text(&ApplicationsResultsTotal, SEED_000);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found.iter().all(|d| d.expected.as_deref() == Some("0") && d.found.as_deref() == Some("1")));
        assert!(found.iter().all(|d| d.related.len() == 21), "the 21 result rows of the 2021 format");
    }
}

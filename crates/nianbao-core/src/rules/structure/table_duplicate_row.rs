use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a row of table 3 that appears twice; the first one is used.
    ///
    /// ## Why is this bad?
    /// Two rows with the same label cannot both be right; a paste probably repeated a row or
    /// mislabelled its neighbour.
    ///
    /// ## Example
    /// ```text
    /// 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
    /// 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
    /// ```
    ///
    /// ## How to fix
    /// Keep the right row and restore the label of the other.
    TableDuplicateRow {
        code: "NB111",
        name: "table-duplicate-row",
        category: Structure,
        severity: Warning,
        summary_zh: "表格中同一行出现两次",
        summary_en: "A table row appears twice",
        doc_zh: [
            "## 规则说明",
            "表三中同一行出现了两次；检查时使用第一次出现的一行。",
            "## 为什么是问题",
            "通常是另一行的栏目名被误改成了重复的名称，那一行的数字因此无处可归。",
            "## 示例",
            "```text",
            "（一）予以公开 | 2 | … |",
            "（一）予以公开 | 1 | … |",
            "```",
            "## 如何修改",
            "保留正确的一行，恢复另一行的栏目名称。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
    }
}

impl TableDuplicateRow {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| *k == ProblemKind::DuplicateRow) {
            findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中“{}”一行重复出现，核对时使用第一次出现的数值。", p.label),
                format!("Row \"{}\" of {en} appears twice; the first is used.", p.label),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::T3_NOTE;
    use crate::rules::testing::check_text;

    #[test]
    fn a_repeated_row_fails_and_distinct_rows_pass() {
        let row = "2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
        assert_eq!(check_text(&TableDuplicateRow, &format!("{T3_NOTE}{row}{row}")).len(), 1);
        assert!(check_text(&TableDuplicateRow, &format!("{T3_NOTE}{row}")).is_empty());
    }
}

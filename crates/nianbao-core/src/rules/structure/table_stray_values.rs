use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports numbers inside a standard table that belong to no row: they follow a complete
    /// row, or stand where no label precedes them.
    ///
    /// ## Why is this bad?
    /// A row with too many cells means the columns are shifted or two rows were merged; the
    /// values that were read may be in the wrong columns.
    ///
    /// ## Example
    /// ```text
    /// 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 7 |
    /// ```
    /// (16 values in table 4's single data row)
    ///
    /// ## How to fix
    /// Compare the row with the official table and remove or move the extra cells.
    TableStrayValues {
        code: "NB110",
        name: "table-stray-values",
        category: Structure,
        severity: Warning,
        summary_zh: "表格中有不属于任何行的数值",
        summary_en: "A table has values that belong to no row",
        doc_zh: [
            "## 规则说明",
            "规定统计表中有不属于任何一行的数字：它们跟在一个已完整的行之后，或出现在前面没有栏目名的位置。",
            "## 为什么是问题",
            "多出的数字说明表格错位或多填，其余数字的含义也因此可疑。",
            "## 示例",
            "```text",
            "（一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | 5 |",
            "```",
            "## 如何修改",
            "对照规定表格，删除或移正多出的单元格。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三、表四",
        ],
    }
}

impl TableStrayValues {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| *k == ProblemKind::StrayValues) {
            findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中这些数值不属于任何一行，可能是列错位或多出的单元格。"),
                format!("These values in {en} belong to no row: columns may be shifted or cells added."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn extra_values_fail_and_a_clean_row_passes() {
        let head = "行政复议 | 行政诉讼 |\n结果维持 | 总计 |\n";
        let zeros = vec!["0"; 15].join(" | ");
        assert_eq!(check_text(&TableStrayValues, &format!("{head}{zeros} | 7 |\n")).len(), 1);
        assert!(check_text(&TableStrayValues, &format!("{head}{zeros} |\n")).is_empty());
    }
}

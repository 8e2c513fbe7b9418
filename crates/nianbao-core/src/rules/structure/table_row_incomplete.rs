use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a table row that has fewer cells than the official table: the next row's label
    /// comes before all values were read (7 in table 3, 15 in table 4, one per column in table 2).
    ///
    /// ## Why is this bad?
    /// A cell was deleted or merged away, so every later value in the row may sit under the
    /// wrong column. The missing values count as 0 in the sums, which may hide an error.
    ///
    /// ## Example
    /// ```text
    /// (一)予以公开 | 5 | 0 | 0 | 0 | 0 | 5 |
    /// ```
    /// (six values instead of seven)
    ///
    /// ## How to fix
    /// Restore the missing cells; write 0 where nothing happened.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三 (7 columns: 自然人 … 其他, 总计)
    TableRowIncomplete {
        code: "NB108",
        name: "table-row-incomplete",
        category: Structure,
        severity: Warning,
        summary_zh: "表格行的单元格数少于规定",
        summary_en: "A table row has fewer cells than the official table",
        doc_zh: [
            "## 规则说明",
            "表格某行的单元格少于规定格式：还没读完应有的数值（表三 7 个、表四 15 个、表二每列 1 个），就出现了下一行的栏目名。",
            "## 为什么是问题",
            "缺少的单元格无法参与合计检查，也说明表格在复制或编辑时受损。",
            "## 示例",
            "```text",
            "（一）予以公开 | 2 | 0 | 2 |",
            "```",
            "## 如何修改",
            "补齐缺少的单元格；没有发生的填 0。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三（7 列：自然人……其他、总计）",
        ],
    }
}

impl TableRowIncomplete {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| matches!(k, ProblemKind::RowIncomplete { .. })) {
            let ProblemKind::RowIncomplete { expected, found } = p.kind else {
                continue;
            };
            let row = if p.label.is_empty() { "数据行".to_owned() } else { format!("“{}”", p.label) };
            findings
                .add(
                    &Self::META,
                    p.span,
                    format!("“{zh}”中{row}只有 {found} 个数值，应为 {expected} 个。"),
                    format!("In {en}, row \"{}\" has {found} values instead of {expected}.", p.label),
                )
                .expected(expected.to_string())
                .found(found.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::T3_NOTE;
    use crate::rules::testing::check_text;

    #[test]
    fn a_short_row_fails_and_a_full_row_passes() {
        let short = "(一)予以公开 | 5 | 0 | 0 | 0 | 0 | 5 |\n(二)部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
        let found = check_text(&TableRowIncomplete, &format!("{T3_NOTE}{short}"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found.as_deref(), Some("6"));
        let full = "(一)予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n(二)部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n";
        assert!(check_text(&TableRowIncomplete, &format!("{T3_NOTE}{full}")).is_empty());
    }
}

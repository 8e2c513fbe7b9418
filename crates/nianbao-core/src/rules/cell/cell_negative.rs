use super::ColumnKind;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports negative numbers in the standard tables, except in the 2019 format's
    /// `本年增/减` column, where `+95` and `-106` are legitimate.
    ///
    /// ## Why is this bad?
    /// Counts of applications, cases, documents and decisions can't be negative.
    ///
    /// ## Example
    /// ```text
    /// 2.重复申请 | -1 | 0 | 0 | 0 | 0 | 0 | -1 |
    /// ```
    ///
    /// ## How to fix
    /// Correct the count; a decrease belongs only in 本年增/减.
    CellNegative {
        code: "NB404",
        name: "cell-negative",
        category: Cell,
        severity: Error,
        summary_zh: "计数单元格为负数",
        summary_en: "A count cell is negative",
        doc_zh: [
            "## 规则说明",
            "规定统计表中出现负数（2019 年格式“本年增/减”一列除外，那里的 `+95`、`-106` 是正常的）。",
            "## 为什么是问题",
            "件数不可能为负。",
            "## 示例",
            "```text",
            "（一）予以公开 | -2 | … |",
            "```",
            "## 如何修改",
            "改正计数；减少量只应写在“本年增/减”列。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二至表四",
        ],
    }
}

impl CellNegative {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter() {
            if p.kind == ColumnKind::Signed || p.number().is_none_or(|n| n.value >= 0.0) {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    format!("{}为负数 {}，计数不能为负。", p.name(), p.cell.text),
                    format!(
                        "{} {}/{} is negative ({}); a count can't be negative.",
                        p.table_en, p.row, p.column, p.cell.text
                    ),
                )
                .expected("≥ 0")
                .found(p.cell.text.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn signed_changes_pass_and_a_negative_count_fails() {
        assert!(check_text(&CellNegative, SEED_003).is_empty(), "seed 003's -106 is a 本年增/减");
        let negative = SEED_002.replace("| 行政强制 | 0 | ||", "| 行政强制 | -1 | ||");
        assert_eq!(check_text(&CellNegative, &negative).len(), 1);
    }
}

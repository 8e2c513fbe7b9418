use super::ColumnKind;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports decimals in count cells. Money columns (2021 `本年收费金额（单位：万元）`,
    /// 2019 `采购总金额`) may hold decimals.
    ///
    /// ## Why is this bad?
    /// There is no half application or half a decision; a decimal is a typo or a value in the
    /// wrong column.
    ///
    /// ## Example
    /// ```text
    /// 行政许可 | 12.5 |
    /// ```
    ///
    /// ## How to fix
    /// Write a whole number, or move the amount to its money column.
    CellFraction {
        code: "NB405",
        name: "cell-fraction",
        category: Cell,
        severity: Error,
        summary_zh: "计数单元格出现小数",
        summary_en: "A count cell holds a decimal",
        doc_zh: [
            "## 规则说明",
            "计数单元格中出现小数。金额列（2021 年格式“本年收费金额（单位：万元）”、2019 年格式“采购总金额”）可以有小数。",
            "## 为什么是问题",
            "件数、项数只能是整数；小数多半是把金额填进了计数列。",
            "## 示例",
            "```text",
            "行政处罚 | 3.5 |",
            "```",
            "## 如何修改",
            "填写整数，或把金额移到金额列。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二",
        ],
    }
}

impl CellFraction {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter() {
            if p.kind == ColumnKind::Money || p.number().is_none_or(|n| n.is_integer) {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    format!("{}为小数 {}，计数应为整数。", p.name(), p.cell.text),
                    format!(
                        "{} {}/{} is a decimal ({}); counts are whole numbers.",
                        p.table_en, p.row, p.column, p.cell.text
                    ),
                )
                .found(p.cell.text.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::{SEED_002, SEED_004};
    use crate::rules::testing::check_text;

    #[test]
    fn money_may_be_decimal_and_counts_may_not() {
        assert!(check_text(&CellFraction, SEED_004).is_empty(), "1,005.834 is 采购总金额");
        let fraction = SEED_002.replace("| 行政许可 | 1 | ||", "| 行政许可 | 12.5 | ||");
        assert_eq!(check_text(&CellFraction, &fraction).len(), 1);
    }
}

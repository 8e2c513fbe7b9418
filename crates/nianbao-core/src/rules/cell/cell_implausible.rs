use super::ColumnKind;
use crate::model::Model;
use crate::rules::{rule, Findings};

/// No body handles ten million of anything in a year.
const LIMIT: f64 = 1.0e7;

rule! {
    /// ## What it does
    /// Warns about counts of ten million or more in the standard tables.
    ///
    /// ## Why is this bad?
    /// Even the largest ministries handle far fewer applications, cases or decisions; such a
    /// number is almost always two cells run together or a money amount in a count column.
    ///
    /// ## Example
    /// ```text
    /// 行政处罚 | 22740928 |
    /// ```
    ///
    /// ## How to fix
    /// Check whether two numbers were merged when the table was copied.
    CellImplausible {
        code: "NB406",
        name: "cell-implausible",
        category: Cell,
        severity: Warning,
        summary_zh: "计数大得不合常理（一千万以上）",
        summary_en: "A count is implausibly large (ten million or more)",
        doc_zh: [
            "## 规则说明",
            "规定统计表中的计数达到一千万或以上。",
            "## 为什么是问题",
            "几乎不可能有这样的件数，多半是复制表格时两个数字连在了一起。",
            "## 示例",
            "```text",
            "（一）予以公开 | 12000015 | … |",
            "```",
            "## 如何修改",
            "检查是否有两个数字被连在一起，并分开填写。",
            "## 依据",
            "- 本工具的检查规则",
        ],
    }
}

impl CellImplausible {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter() {
            if p.kind == ColumnKind::Money || p.number().is_none_or(|n| n.value.abs() < LIMIT) {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    format!("{}为 {}，数值大得不合常理，可能是两个单元格粘连。", p.name(), p.cell.text),
                    format!(
                        "{} {}/{} is {}, implausibly large; two cells may have run together.",
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
    use crate::rules::cell::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn ordinary_counts_pass_and_a_huge_one_warns() {
        assert!(check_text(&CellImplausible, SEED_002).is_empty());
        let huge = SEED_002.replace("| 行政处罚 | 1 | ||", "| 行政处罚 | 22740928 | ||");
        assert_eq!(check_text(&CellImplausible, &huge).len(), 1);
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes numbers written with thousands separators (`1,005.834`); they are read without them.
    ///
    /// ## Why is this bad?
    /// In Chinese text `，` and `,` also separate list items, so `1,005` can be misread as two
    /// numbers; other cells of the table are written without separators.
    ///
    /// ## Example
    /// Seed 004: `政府集中采购 | 6 | 1,005.834 |`.
    ///
    /// ## How to fix
    /// Write `1005.834`.
    CellThousandsSeparator {
        code: "NB408",
        name: "cell-thousands-separator",
        category: Cell,
        severity: Info,
        summary_zh: "数字中使用了千位分隔符",
        summary_en: "A number is written with thousands separators",
        doc_zh: [
            "## 规则说明",
            "数字中使用了千位分隔符（如 `1,005.834`），检查时去掉分隔符读取。",
            "## 为什么是问题",
            "表格中其他数字都不带分隔符；分隔符在汇总时可能被误读为小数点或分隔符号。",
            "## 示例",
            "```text",
            "本年收费金额（单位：万元） | 1,005.834 |",
            "```",
            "## 如何修改",
            "写作 `1005.834`。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二",
        ],
    }
}

impl CellThousandsSeparator {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter().filter(|p| p.number().is_some_and(|n| n.thousands_separator)) {
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    format!("{}写作“{}”，含千位分隔符，已按数字读取。", p.name(), p.cell.text),
                    format!(
                        "{} {}/{} is written \"{}\" with thousands separators; read as a number.",
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
    fn plain_numbers_pass_and_seed_004_is_noted() {
        assert!(check_text(&CellThousandsSeparator, SEED_002).is_empty());
        assert_eq!(check_text(&CellThousandsSeparator, SEED_004).len(), 1);
    }
}

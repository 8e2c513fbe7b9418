use super::ColumnKind;
use crate::model::Model;
use crate::report::Severity;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a unit written inside a table cell (`37844万元`, `3件`); the number is read without
    /// it. A money cell in `元` where the column is in 万元 is a warning: the value is 10 000
    /// times too large.
    ///
    /// ## Why is this bad?
    /// Units belong in the header. A unit in the cell makes the column inconsistent, and `元`
    /// in a 万元 column changes the amount.
    ///
    /// ## Example
    /// Seed 003: `政府集中采购 | 178 | 37844万元 |`.
    ///
    /// ## How to fix
    /// Remove the unit from the cell (and convert 元 to 万元 where the column asks for 万元).
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表二 本年收费金额（单位：万元）
    CellUnit {
        code: "NB409",
        name: "cell-unit",
        category: Cell,
        severity: Info,
        summary_zh: "单元格内写有单位",
        summary_en: "A unit is written inside a cell",
        doc_zh: [
            "## 规则说明",
            "表格单元格内写了单位（如 `37844万元`、`3件`），检查时去掉单位读取。若该列单位是万元而单元格写的是“元”，报警告：数值大了一万倍。",
            "## 为什么是问题",
            "单位应在表头；单元格内的单位与表头不一致时，数字含义就错了。",
            "## 示例",
            "```text",
            "本年收费金额（单位：万元） | 37844元 |",
            "```",
            "## 如何修改",
            "删除单元格中的单位（按表头要求把元换算为万元）。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二 本年收费金额（单位：万元）",
        ],
    }
}

impl CellUnit {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter() {
            let Some(unit) = p.number().and_then(|n| n.unit) else { continue };
            let yuan_in_wan = p.kind == ColumnKind::Money && unit == "元" && p.column.contains("万元");
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    if yuan_in_wan {
                        format!("{}以“元”为单位（{}），但该列单位为万元，数额相差一万倍。", p.name(), p.cell.text)
                    } else {
                        format!("{}内写有单位“{unit}”（{}），已按数字读取，单位宜写在表头。", p.name(), p.cell.text)
                    },
                    if yuan_in_wan {
                        format!(
                            "{} {}/{} is in 元 ({}) but the column is in 万元: 10 000 times too large.",
                            p.table_en, p.row, p.column, p.cell.text
                        )
                    } else {
                        format!(
                            "{} {}/{} has the unit \"{unit}\" in the cell ({}); read as a number.",
                            p.table_en, p.row, p.column, p.cell.text
                        )
                    },
                )
                .found(p.cell.text.clone())
                // 元 in a 万元 column is 10 000 times too large: more than a note.
                .severity(if yuan_in_wan { Severity::Warning } else { Self::META.severity });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn bare_numbers_pass_and_units_are_noted() {
        assert!(check_text(&CellUnit, SEED_002).is_empty());
        let found = check_text(&CellUnit, SEED_003);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        let yuan = SEED_002.replace("| 行政事业性收费 |\n0 |", "| 行政事业性收费 |\n2500元 |");
        let found = check_text(&CellUnit, &yuan);
        assert_eq!(found[0].severity, Severity::Warning);
    }
}

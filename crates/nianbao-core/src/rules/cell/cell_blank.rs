use super::report_by_row;
use crate::model::Model;
use crate::normalize::CellValue;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports empty cells in the data rows of the standard tables (blank, whitespace or
    /// `&nbsp;`), once per row, with every blank cell of the row located.
    ///
    /// ## Why is this bad?
    /// The format asks for a number in every cell, 0 when nothing happened. A blank cell can
    /// mean 0, "unknown" or "forgot"; readers and auditors can't tell which, and the sums count
    /// it as 0.
    ///
    /// ## Example
    /// Seed 003, table 4: only the three 总计 cells hold `0`; the other twelve are empty.
    ///
    /// ## How to fix
    /// Write `0` in every cell where nothing happened.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三、表四 (every cell is a count)
    CellBlank {
        code: "NB401",
        name: "cell-blank",
        category: Cell,
        severity: Warning,
        summary_zh: "统计表的数据单元格为空，应填写数字（无则填 0）",
        summary_en: "A data cell of a standard table is empty; write a number (0 for none)",
    }
}

impl CellBlank {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_by_row(
            findings,
            &Self::META,
            |p| p.cell.parsed == CellValue::Blank && !p.cell.missing,
            |p, n| {
                let row =
                    if p.row.is_empty() { p.table_zh.to_owned() } else { format!("{}“{}”行", p.table_zh, p.row) };
                let row_en = if p.row.is_empty() {
                    p.table_en.to_owned()
                } else {
                    format!("row \"{}\" of {}", p.row, p.table_en)
                };
                (
                    format!("{row}有 {n} 个空白单元格（首个为“{}”列），没有数据应填 0。", p.column),
                    format!(
                        "{row_en} has {n} empty cell(s) (first: \"{}\"); write 0 where there is nothing to report.",
                        p.column
                    ),
                )
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn filled_tables_pass_and_seed_003_table_4_warns() {
        assert!(check_text(&CellBlank, SEED_002).is_empty());
        let found = check_text(&CellBlank, SEED_003);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].related.len(), 11, "12 blank cells in table 4");
    }
}

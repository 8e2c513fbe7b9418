use super::{report_by_row, Place};
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
        doc_zh: [
            "## 规则说明",
            "规定统计表的数据行中有空单元格（空白、空格或 `&nbsp;`）。每行报一次，并标出该行的每个空格。",
            "## 为什么是问题",
            "每个单元格都是一个计数；空着的格子让读者无法判断是 0 还是漏填。",
            "## 示例",
            "```text",
            "（二）部分公开 | 0 |  | 0 | 0 | 0 | 0 | 0 |",
            "```",
            "## 如何修改",
            "没有发生的，一律填写 `0`。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三、表四（每个单元格都是计数）",
        ],
    }
}

impl CellBlank {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let blank = |p: &Place| p.cell.parsed == CellValue::Blank && !p.cell.missing;
        // A table whose every row is blank is one finding (「表三 25 行全部空白」), not one a row.
        let places = findings.places();
        let mut whole: Vec<(&'static str, &'static str, Vec<crate::span::Span>, usize)> = Vec::new();
        for table in ["表二", "表三", "表四"] {
            let cells: Vec<&Place> = places.iter().filter(|p| p.table_zh == table).collect();
            let mut rows: Vec<usize> = cells.iter().map(|p| p.row_key).collect();
            rows.dedup();
            if rows.len() > 1 && cells.iter().all(|p| blank(p)) {
                whole.push((table, cells[0].table_en, cells.iter().map(|p| p.cell.span).collect(), rows.len()));
            }
        }
        for (table, table_en, spans, rows) in &whole {
            findings
                .add(
                    &Self::META,
                    spans[0],
                    format!("{table} {rows} 行全部空白（共 {} 个单元格），没有数据应填 0。", spans.len()),
                    format!(
                        "All {rows} rows of {table_en} are empty ({} cells); write 0 where there is nothing to report.",
                        spans.len()
                    ),
                )
                .related(spans[1..].to_vec())
                .found(String::new());
        }
        report_by_row(
            findings,
            &Self::META,
            |p| blank(p) && !whole.iter().any(|w| w.0 == p.table_zh),
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

    #[test]
    fn a_table_left_blank_is_one_finding() {
        let template = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2021.txt");
        let found = check_text(&CellBlank, &template.replace("| 0 ", "|  "));
        let zh: Vec<&str> = found.iter().map(|d| d.message.zh.as_str()).collect();
        // Table 2 (six rows), table 3 (25 rows) as one finding each; table 4 is one row.
        assert_eq!(found.len(), 3, "{zh:#?}");
        assert!(zh.contains(&"表三 25 行全部空白（共 175 个单元格），没有数据应填 0。"), "{zh:#?}");
        assert!(zh.iter().any(|m| m.starts_with("表四有 15 个空白单元格")), "{zh:#?}");
        assert_eq!(found.iter().map(|d| d.related.len() + 1).sum::<usize>(), 200);
    }
}

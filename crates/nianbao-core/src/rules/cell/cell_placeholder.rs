use super::report_by_row;
use crate::model::Model;
use crate::normalize::CellValue;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes data cells that hold a placeholder instead of a number: `—`, `-`, `/`, `无`, `空`,
    /// `不适用`. They are counted as 0.
    ///
    /// ## Why is this bad?
    /// The format asks for numbers; a dash is read as 0 by most people but not by every tool,
    /// and it hides whether the value was really zero.
    ///
    /// ## Example
    /// ```text
    /// 行政强制 | — |
    /// ```
    ///
    /// ## How to fix
    /// Write `0`.
    CellPlaceholder {
        code: "NB402",
        name: "cell-placeholder",
        category: Cell,
        severity: Info,
        summary_zh: "数据单元格填写了“—”“/”“无”等占位符，按 0 计",
        summary_en: "A data cell holds a placeholder (—, /, 无), counted as 0",
        doc_zh: [
            "## 规则说明",
            "数据单元格中填写的是占位符而不是数字：`—`、`-`、`/`、`无`、`空`、`不适用`。检查时按 0 计算。",
            "## 为什么是问题",
            "规定表格要求填写数字；占位符在汇总时可能被当作缺失。",
            "## 示例",
            "```text",
            "（三）不予公开 1.属于国家秘密 | / | / | … |",
            "```",
            "## 如何修改",
            "填写 `0`。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三、表四",
        ],
    }
}

impl CellPlaceholder {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        report_by_row(
            findings,
            &Self::META,
            |p| p.cell.parsed == CellValue::Placeholder,
            |p, n| {
                (
                    format!("{}填写了“{}”等 {n} 个占位符，已按 0 计，建议直接填 0。", p.name(), p.cell.text),
                    format!(
                        "{} and {} cell(s) in its row hold a placeholder (\"{}\"), counted as 0; write 0.",
                        p.column, n, p.cell.text
                    ),
                )
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn numbers_pass_and_a_dash_is_noted() {
        assert!(check_text(&CellPlaceholder, SEED_002).is_empty());
        let dashed = SEED_002.replace("| 行政强制 | 0 | ||", "| 行政强制 | — | ||");
        assert_eq!(check_text(&CellPlaceholder, &dashed).len(), 1);
    }
}

use crate::model::Model;
use crate::normalize::CellValue;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports data cells of the standard tables whose text is not a number (after removing
    /// spaces, thousands separators and units), such as `见附件`, `若干` or `1 2`.
    ///
    /// ## Why is this bad?
    /// The sums can't be checked, and the published table doesn't say how many.
    ///
    /// ## Example
    /// ```text
    /// (一)予以公开 | 若干 | 0 | 0 | 0 | 0 | 0 | 3 |
    /// ```
    ///
    /// ## How to fix
    /// Write the count as a number.
    CellNotANumber {
        code: "NB403",
        name: "cell-not-a-number",
        category: Cell,
        severity: Error,
        summary_zh: "数据单元格不是数字",
        summary_en: "A data cell is not a number",
        doc_zh: [
            "## 规则说明",
            "规定统计表的数据单元格不是数字（去掉空格、千位分隔符和单位之后），如“见附件”“若干”或“1 2”。",
            "## 为什么是问题",
            "这样的单元格无法参与合计，相关的勾稽关系都无从检查。",
            "## 示例",
            "```text",
            "一、本年新收政府信息公开申请数量 | 若干 | … |",
            "```",
            "## 如何修改",
            "填写具体的数字。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三、表四",
        ],
    }
}

impl CellNotANumber {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let places = findings.places();
        for p in places.iter().filter(|p| p.cell.parsed == CellValue::Text) {
            findings
                .add(
                    &Self::META,
                    p.cell.span,
                    format!("{}填写的“{}”不是数字，相关合计无法核对。", p.name(), p.cell.text),
                    format!(
                        "{} {}/{} holds \"{}\", which is not a number; its sums can't be checked.",
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
    fn numbers_pass_and_words_fail() {
        assert!(check_text(&CellNotANumber, SEED_002).is_empty());
        let words = SEED_002.replace("| 行政强制 | 0 | ||", "| 行政强制 | 若干 | ||");
        assert_eq!(check_text(&CellNotANumber, &words).len(), 1);
    }
}

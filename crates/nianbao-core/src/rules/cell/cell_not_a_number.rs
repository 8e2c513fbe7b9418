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

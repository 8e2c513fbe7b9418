use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a row in table 3 whose label is not one of the official rows, such as a
    /// self-made subtotal (`小计`); its values are not used by the sums.
    ///
    /// ## Why is this bad?
    /// The official table has a fixed set of rows. Extra rows make reports incomparable and are
    /// often counted twice by readers adding up the column.
    ///
    /// ## Example
    /// ```text
    /// (三)不予公开小计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
    /// ```
    ///
    /// ## How to fix
    /// Remove the extra row, or rename it to the official label it stands for.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三
    TableUnknownRow {
        code: "NB109",
        name: "table-unknown-row",
        category: Structure,
        severity: Info,
        summary_zh: "表格中有非规定格式的行",
        summary_en: "A table has a row that is not in the official format",
    }
}

impl TableUnknownRow {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| *k == ProblemKind::UnknownRow) {
            findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中的“{}”不是规定格式中的行，其数值未参与核对。", p.label),
                format!("\"{}\" is not a row of {en} in the official format; its values are not checked.", p.label),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::T3_NOTE;
    use crate::rules::testing::check_text;

    #[test]
    fn an_extra_row_is_noted_and_official_rows_pass() {
        let t = "(一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n不予公开小计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n";
        assert_eq!(check_text(&TableUnknownRow, &format!("{T3_NOTE}{t}")).len(), 1);
        assert!(check_text(&TableUnknownRow, "(一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n").is_empty());
    }
}

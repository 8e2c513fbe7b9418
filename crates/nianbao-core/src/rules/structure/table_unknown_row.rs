use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a row in table 3 whose label is not one of the official rows, such as a
    /// self-made subtotal (`小计`), or a column the official table does not have
    /// (`法人或其他组织小计`); their values are not used by the sums.
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
        summary_zh: "表格中有非规定格式的行或列",
        summary_en: "A table has a row or column that is not in the official format",
        doc_zh: [
            "## 规则说明",
            "表三中有不属于规定格式的行（如自制的“小计”），或规定表格没有的列（如“法人或其他组织小计”）；这些数值不参与合计检查。",
            "## 为什么是问题",
            "规定表格的行列是固定的；多出的行列让读者和汇总统计无所适从。",
            "## 示例",
            "```text",
            "法人或其他组织小计 | 3 |",
            "```",
            "## 如何修改",
            "删除多出的行列，或改为它所代表的规定栏目名称。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
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
        for (p, zh, en) in problems_of(model, |k| *k == ProblemKind::ExtraColumn) {
            findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中的“{}”列不是规定格式中的列，已略去该列，按规定的七列读取。", p.label),
                format!("The column \"{}\" is not in the official {en}; it was left out and the seven official columns read.", p.label),
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

    #[test]
    fn a_subtotal_column_is_noted_and_left_out() {
        let t = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n\
                 自然人 | 法人或其他组织 | 总计 |\n\
                 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 法人或其他组织小计 |\n\
                 一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 1 | 2 | 4 |\n";
        let found = check_text(&TableUnknownRow, t);
        assert_eq!(found.len(), 1, "{found:#?}");
        let model = crate::model::build(crate::read::read_str(t, crate::read::InputKind::Text));
        let row = model.tables.applications.as_ref().unwrap().row(crate::format::T3Row::Received).unwrap();
        let values: Vec<f64> = row.cells.iter().filter_map(|c| c.value()).collect();
        assert_eq!(values, [2.0, 1.0, 0.0, 0.0, 0.0, 1.0, 4.0]);
    }
}

use super::problems_of;
use crate::model::{Model, ProblemKind};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a table row whose cell separators were lost but whose digits allow exactly one
    /// split (agreeing with the table's own sums where it has them, without leading zeros); the
    /// values were read that way.
    ///
    /// ## Why is this bad?
    /// It is not wrong in itself, but the published page has lost its table structure, and a
    /// reader of the page sees `230 000023` instead of seven numbers.
    ///
    /// ## Example
    /// ```text
    /// 一、本年新收政府信息公开申请数量230 000023
    /// ```
    /// is read as 23, 0, 0, 0, 0, 0, 23.
    ///
    /// ## How to fix
    /// Publish the table as a table (HTML `<table>` or a Word table), not as flattened text.
    TableRowRecovered {
        code: "NB112",
        name: "table-row-recovered",
        category: Structure,
        severity: Info,
        summary_zh: "表格行的单元格粘连，已按表内合计唯一读出",
        summary_en: "A table row's cells ran together and were read by the table's own sums",
    }
}

impl TableRowRecovered {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| *k == ProblemKind::Recovered) {
            findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中“{}”一行的单元格粘连在一起，只有一种拆分方式成立（符合表内合计、无前导零），已据此读出数值；建议以表格形式发布。", p.label),
                format!("In {en}, the cells of row \"{}\" ran together; only one split fits (the table's totals, no leading zeros) and was used. Publish it as a real table.", p.label),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn a_glued_row_is_noted_and_a_table_row_is_not() {
        assert_eq!(check_text(&TableRowRecovered, "一、本年新收政府信息公开申请数量230 000023\n").len(), 1);
        assert!(check_text(&TableRowRecovered, "一、本年新收政府信息公开申请数量 | 23 | 0 | 0 | 0 | 0 | 0 | 23 |\n")
            .is_empty());
    }
}

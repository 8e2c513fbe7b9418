use super::problems_of;
use crate::model::{Model, ProblemKind, StandardTable};
use crate::report::Severity;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a table row whose cell separators were lost (the page was saved as crawler text, so
    /// `一、本年新收政府信息公开申请数量230 000023` runs together) and whose digits can be split
    /// into cells in more than one way that the table's own sums allow — or in none. A row of a
    /// pre-2019 statistics table (附表) run together the same way (`主动公开信息数条120650`:
    /// 本年 | 历年累计 as 1 | 20650 or 120 | 650) is reported as a warning: that table is no
    /// part of a required format.
    ///
    /// ## Why is this bad?
    /// Guessing would present a wrong number as read. The row can't be checked until its cells
    /// are separated again; the checker says so instead.
    ///
    /// ## Example
    /// ```text
    /// 一、本年新收政府信息公开申请数量110000011
    /// ```
    /// reads as 1, 10, 0, 0, 0, 0, 11 or as 11, 0, 0, 0, 0, 0, 11.
    ///
    /// ## How to fix
    /// Copy the table again from the original (Word or the page's table), or separate the cells
    /// with `|` or tabs.
    TableUnreadable {
        code: "NB107",
        name: "table-unreadable",
        category: Structure,
        severity: Error,
        summary_zh: "表格行的单元格粘连，无法唯一读出数值",
        summary_en: "A table row's cells ran together and cannot be read unambiguously",
        doc_zh: [
            "## 规则说明",
            "表格某行的单元格分隔丢失（如网页存成爬虫文本后，“一、本年新收政府信息公开申请数量230 000023”连在一起），而其数字按表内合计关系可以拆成不止一种、或一种也拆不成。2019 年以前的统计表中这样的行为警告。",
            "## 为什么是问题",
            "不能确定的数字不能当作读到的数字，否则会报出错误的勾稽问题。",
            "## 示例",
            "```text",
            "一、本年新收政府信息公开申请数量230000023",
            "```",
            "## 如何修改",
            "从原件（Word 或网页表格）重新复制表格，或用 `|`、制表符分隔单元格。",
            "## 依据",
            "- 本工具的读取规则：不确定的数值报告为无法读取，绝不猜测",
        ],
    }
}

impl TableUnreadable {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (p, zh, en) in problems_of(model, |k| matches!(k, ProblemKind::Unreadable { .. })) {
            let readings = match (p.table, &p.kind) {
                (StandardTable::ActiveDisclosure, _) => (
                    "表二没有合计可供核对，数字有不止一种拆分",
                    "table 2 has no totals to check by and the digits split several ways",
                ),
                (StandardTable::LegacyStatistics, ProblemKind::Unreadable { readings: 0 }) => (
                    "没有任何一种拆分成立（本年数不大于历年累计、项目编号相符）",
                    "no split holds (this year's count at most the running total, item numbers in order)",
                ),
                (StandardTable::LegacyStatistics, _) => (
                    "有多种拆分都成立（本年数不大于历年累计、分项之和相符）",
                    "several splits hold (this year's count at most the running total, parts adding up)",
                ),
                (_, ProblemKind::Unreadable { readings: 0 }) => {
                    ("没有任何一种拆分符合表内合计", "no split agrees with the table's totals")
                }
                _ => ("有多种拆分都符合表内合计", "several splits agree with the table's totals"),
            };
            let finding = findings.add(
                &Self::META,
                p.span,
                format!("“{zh}”中“{}”一行的单元格粘连在一起，{}，无法读出。请重新复制表格或用“|”分隔单元格。", p.label, readings.0),
                format!("In {en}, the cells of row \"{}\" ran together and {}; it can't be read. Copy the table again or separate cells with |.", p.label, readings.1),
            );
            // A pre-2019 report's statistics table is no part of a required format: a row of it
            // that can't be read is a warning.
            if p.table == StandardTable::LegacyStatistics {
                finding.severity(Severity::Warning);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn an_ambiguous_fused_row_fails_and_a_unique_one_passes() {
        assert_eq!(check_text(&TableUnreadable, "一、本年新收政府信息公开申请数量110000011\n").len(), 1);
        assert!(check_text(&TableUnreadable, "一、本年新收政府信息公开申请数量230 000023\n").is_empty());
    }
}

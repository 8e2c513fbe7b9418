use super::problems_of;
use crate::model::{Model, ProblemKind, StandardTable};
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
    /// Publish the table as a table (HTML `<table>` or a Word table), not as crawler text.
    TableRowRecovered {
        code: "NB112",
        name: "table-row-recovered",
        category: Structure,
        severity: Info,
        summary_zh: "表格行的单元格粘连，已按表内合计唯一读出",
        summary_en: "A table row's cells ran together and were read by the table's own sums",
        doc_zh: [
            "## 规则说明",
            "表格某行的单元格分隔丢失，但其数字只有一种拆法（与表内合计关系一致、没有前导零），已按这种拆法读取。",
            "## 为什么是问题",
            "读出来的数字是对的，但公众看到的是连成一串的数字，无法阅读。",
            "## 示例",
            "```text",
            "（七）总计5000005",
            "```",
            "## 如何修改",
            "以表格形式发布（网页表格或 Word 表格），不要发布成连在一起的文字。",
            "## 依据",
            "- 本工具的读取规则",
        ],
    }
}

impl TableRowRecovered {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let recovered: Vec<_> = problems_of(model, |k| *k == ProblemKind::Recovered).collect();
        for table in [
            StandardTable::ActiveDisclosure,
            StandardTable::Applications,
            StandardTable::ReviewLitigation,
            StandardTable::LegacyStatistics,
        ] {
            let rows: Vec<_> = recovered.iter().filter(|(p, _, _)| p.table == table).collect();
            // Crawler text fuses every row: one finding for the table, not one per row.
            if rows.len() > 3 {
                let (_, zh, en) = rows[0];
                let spans: Vec<_> = rows.iter().map(|(p, _, _)| p.span).collect();
                findings.add(
                    &Self::META,
                    spans.iter().copied().reduce(crate::span::Span::cover).unwrap_or_default(),
                    format!("“{zh}”有 {} 行的单元格粘连在一起（网页的表格结构已丢失），每行只有一种拆分方式符合表内合计，已据此读出；建议以表格形式发布。", rows.len()),
                    format!("In {en}, the cells of {} rows ran together (the page lost its table structure); each had one split that fits the table's totals, which was used. Publish it as a real table.", rows.len()),
                ).related(spans);
                continue;
            }
            for (p, zh, en) in rows {
                // Table 4's one data row has no label.
                let label = if p.label.is_empty() { "数据" } else { p.label.as_str() };
                findings.add(
                    &Self::META,
                    p.span,
                    format!("“{zh}”中“{label}”一行的单元格粘连在一起，只有一种拆分方式成立（符合表内合计、无前导零），已据此读出数值；建议以表格形式发布。"),
                    format!("In {en}, the cells of row \"{}\" ran together; only one split fits (the table's totals, no leading zeros) and was used. Publish it as a real table.", p.label),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn a_fused_row_is_noted_and_a_table_row_is_not() {
        assert_eq!(check_text(&TableRowRecovered, "一、本年新收政府信息公开申请数量230 000023\n").len(), 1);
        assert!(check_text(&TableRowRecovered, "一、本年新收政府信息公开申请数量 | 23 | 0 | 0 | 0 | 0 | 0 | 23 |\n")
            .is_empty());
        // A whole fused table is one finding.
        let fused = "一、本年新收政府信息公开申请数量0000000\n二、上年结转政府信息公开申请数量0000000\n（一）予以公开0000000\n（二）部分公开0000000\n（七）总计0000000\n";
        let found = check_text(&TableRowRecovered, fused);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].related.len(), 5);
    }
}

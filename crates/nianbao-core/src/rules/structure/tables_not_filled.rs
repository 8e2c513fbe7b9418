use super::fixed_format;
use crate::model::{Model, TableCell};
use crate::normalize::CellValue;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a report in a fixed format whose standard tables were found but hold no figure
    /// at all: every data cell of tables 2, 3 and 4 is empty (or a placeholder such as `/`).
    ///
    /// ## Why is this bad?
    /// The tables are the part of the report every reader compares across bodies and years. A
    /// report published with its tables left as the blank template has not reported its year,
    /// however complete its prose is — and a portal that lets a report through when it has no
    /// error must not let this one through.
    ///
    /// ## Example
    /// The blank template with the title and the prose filled in, every table cell empty.
    ///
    /// ## How to fix
    /// Fill in every cell of the three tables, 0 where nothing happened.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (the three tables are part of the format)
    /// - 《条例》第五十条 (the report states the year's figures)
    TablesNotFilled {
        code: "NB115",
        name: "tables-not-filled",
        category: Structure,
        severity: Error,
        summary_zh: "统计表均未填写任何数字",
        summary_en: "The standard tables hold no figure at all",
        doc_zh: [
            "## 规则说明",
            "固定格式报告的规定统计表找到了，但一个数字也没有：表二、表三、表四的数据单元格全部为空（或只有“/”等占位符）。",
            "## 为什么是问题",
            "年度报告要说明全年的数据；空表等于没有报告。",
            "## 示例",
            "```text",
            "一、本年新收政府信息公开申请数量 |  |  |  |  |  |  |  |",
            "```",
            "## 如何修改",
            "填写三张表的每个单元格，没有发生的填 0。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（三张表是格式的组成部分）",
            "- 《中华人民共和国政府信息公开条例》第五十条（年报说明全年数据）",
        ],
    }
}

impl TablesNotFilled {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !fixed_format(model) {
            return;
        }
        let t = &model.tables;
        let mut tables: Vec<(&str, Vec<&TableCell>)> = Vec::new();
        if let Some(t2) = &t.active_disclosure {
            tables.push(("表二", t2.rows.iter().flat_map(|r| r.cells.iter()).collect()));
        }
        if let Some(t3) = &t.applications {
            tables.push(("表三", t3.rows.iter().flat_map(|r| r.cells.iter()).collect()));
        }
        if let Some(t4) = &t.review_litigation {
            tables.push(("表四", t4.cells.iter().collect()));
        }
        let cells: Vec<&TableCell> = tables.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        let figure = |c: &&TableCell| matches!(c.parsed, CellValue::Number(_) | CellValue::Text);
        if cells.is_empty() || cells.iter().any(figure) {
            return;
        }
        let names: Vec<&str> = tables.iter().map(|(name, _)| *name).collect();
        let spans: Vec<_> = [
            t.active_disclosure.as_ref().map(|t| t.span),
            t.applications.as_ref().map(|t| t.span),
            t.review_litigation.as_ref().map(|t| t.span),
        ]
        .into_iter()
        .flatten()
        .collect();
        findings.add(
            &Self::META,
            spans[0],
            format!(
                "统计表未填写：{}共 {} 个数据单元格全部空白，报告没有给出本年度的任何统计数字。请按实际填写，没有数据的填 0。",
                names.join("、"),
                cells.len()
            ),
            format!(
                "The tables were not filled in: all {} data cells of {} are empty, so the report states none of the year's figures. Fill them in, 0 where there is nothing.",
                cells.len(),
                names.len()
            ),
        ).related(spans[1..].to_vec()).found(format!("{} 个空白单元格", cells.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const TEMPLATE: &str = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2021.txt");

    #[test]
    fn the_blank_template_fails_and_a_filled_one_passes() {
        let blank = TEMPLATE.replace("| 0 ", "|  ");
        let found = check_text(&TablesNotFilled, &blank);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("表二、表三、表四共 200 个数据单元格全部空白"), "{}", found[0].message.zh);
        assert!(check_text(&TablesNotFilled, TEMPLATE).is_empty());
        // One figure is enough not to be "not filled" (the blank cells are NB401's).
        let one = blank.replacen("| 规章 |  ", "| 规章 | 1 ", 1);
        assert!(check_text(&TablesNotFilled, &one).is_empty());
    }
}

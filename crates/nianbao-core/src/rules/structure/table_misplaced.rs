use super::table_names;
use crate::model::{Model, StandardTable};
use crate::rules::{rule, Findings};
use crate::span::Span;

rule! {
    /// ## What it does
    /// Checks that each standard table stands under its section: table 2 under 二, table 3
    /// under 三, table 4 under 四.
    ///
    /// ## Why is this bad?
    /// A table under the wrong heading usually means headings or tables were pasted in the
    /// wrong place, and readers looking for the data in its section will not find it.
    ///
    /// ## Example
    /// ```text
    /// 二、主动公开政府信息情况
    /// 行政复议 | 行政诉讼 | …
    /// ```
    ///
    /// ## How to fix
    /// Move the table under its section heading.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (sections 二–四 each hold their table)
    TableMisplaced {
        code: "NB106",
        name: "table-misplaced",
        category: Structure,
        severity: Warning,
        summary_zh: "统计表不在其所属章节下",
        summary_en: "A standard table is not under its section",
        doc_zh: [
            "## 规则说明",
            "检查每张规定统计表是否位于所属章节之下：表二在第二部分，表三在第三部分，表四在第四部分。",
            "## 为什么是问题",
            "表格放错位置会让读者把数字对应到错误的内容。",
            "## 示例",
            "```text",
            "二、主动公开政府信息情况",
            "（表三：收到和处理政府信息公开申请情况）",
            "```",
            "## 如何修改",
            "把表格移到所属章节标题之下。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（第二至第四部分各含一张表）",
        ],
    }
}

impl TableMisplaced {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let t = &model.tables;
        let tables: [(StandardTable, Option<Span>); 3] = [
            (StandardTable::ActiveDisclosure, t.active_disclosure.as_ref().map(|x| x.span)),
            (StandardTable::Applications, t.applications.as_ref().map(|x| x.span)),
            (StandardTable::ReviewLitigation, t.review_litigation.as_ref().map(|x| x.span)),
        ];
        for (table, span) in tables {
            let Some(span) = span else { continue };
            let (zh, en, n) = table_names(table);
            let Some(home) = model.section(n) else {
                continue;
            };
            // The section the table starts in: the last heading before it.
            let container = model.sections.iter().rfind(|s| s.span.start <= span.start);
            if container.is_some_and(|c| std::ptr::eq(c, home)) {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    span,
                    format!("“{zh}”应位于“{}”之下。", home.title),
                    format!("{en} should stand under \"{}\".", home.title),
                )
                .related([home.span]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn tables_in_place_pass_and_a_moved_heading_fails() {
        assert!(check_text(&TableMisplaced, CLEAN_2021).is_empty());
        let moved = CLEAN_2021
            .replace("四、政府信息公开行政复议、行政诉讼情况\n", "")
            .replace("五、存在", "四、政府信息公开行政复议、行政诉讼情况\n五、存在");
        assert_eq!(check_text(&TableMisplaced, &moved).len(), 1);
    }
}

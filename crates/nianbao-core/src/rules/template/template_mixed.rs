use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the tables carry labels of both the 2019 and the 2021 format, e.g. a 2021
    /// table 2 with a `第二十条第（九）项 政府集中采购` block or an `其他对外管理服务事项` row.
    ///
    /// ## Why is this bad?
    /// A mixed table was assembled from two years' templates; some of its rows are not in the
    /// format the report claims, and the missing ones are easy to overlook.
    ///
    /// ## Example
    /// ```text
    /// 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
    /// …
    /// 第二十条第(九)项 |
    /// 政府集中采购 | 3 | 120 |
    /// ```
    ///
    /// ## How to fix
    /// Use one format's table throughout (the one of the report year).
    ///
    /// ## References
    /// - FORMAT.md §6.4 T2-9; 国办公开办函〔2021〕30号
    TemplateMixed {
        code: "NB202",
        name: "template-mixed",
        category: Template,
        severity: Warning,
        summary_zh: "表格混用了 2019 年与 2021 年格式的栏目",
        summary_en: "The tables mix labels of the 2019 and 2021 formats",
        doc_zh: [
            "## 规则说明",
            "表格中同时出现 2019 年与 2021 年格式的栏目，如 2021 年格式的表二里有“第二十条第（九）项 政府集中采购”或“其他对外管理服务事项”。",
            "## 为什么是问题",
            "混用两种格式的表格，部分数字无法按任何一种格式解读。",
            "## 示例",
            "```text",
            "第二十条第（九）项 | 政府集中采购 | 采购总金额 |（在 2021 年格式表二中）",
            "```",
            "## 如何修改",
            "全表统一使用报告年度的格式。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二",
        ],
    }
}

impl TemplateMixed {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !matches!(model.template, Template::Rev2021 | Template::Trial2019) {
            return;
        }
        // Labels of the format the report did not take.
        let foreign: Vec<_> = model.template_signals.iter().filter(|s| s.template != model.template).collect();
        let Some(first) = foreign.first() else { return };
        let labels: Vec<&str> = foreign.iter().map(|s| s.label).collect();
        findings
            .add(
                &Self::META,
                first.span,
                format!("表格整体为{}，但含有另一格式的栏目：{}。", model.template.name_zh(), labels.join("、")),
                format!(
                    "The tables follow {} but contain labels of the other format: {}.",
                    model.template.name_en(),
                    labels.join(", ")
                ),
            )
            .related(foreign[1..].iter().map(|s| s.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn one_format_passes_and_a_2019_block_in_2021_fails() {
        assert!(check_text(&TemplateMixed, SEED_002).is_empty());
        let mixed = SEED_002.replace(
            "三、收到和处理政府信息公开申请情况",
            "| 第二十条第(九)项 | |||\n| 信息内容 | 采购项目数量 | 采购总金额 | |\n| 政府集中采购 | 3 | 120 | |\n三、收到和处理政府信息公开申请情况",
        );
        let found = check_text(&TemplateMixed, &mixed);
        assert_eq!(found.len(), 1, "{found:#?}");
    }
}

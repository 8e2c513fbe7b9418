use crate::model::{Model, Template};
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes table-2 labels that differ from the official wording of the report's format but
    /// are read as their official counterpart: `规范性文件` for the 2021 `行政规范性文件`, and
    /// the hybrid header `本年新制作件数` (between 2019's `本年新制作数量` and 2021's
    /// `本年制发件数`); and table-3 labels a character or two off the official row expected at
    /// their place (`2.其他法律行政止公开`, where a PDF lost characters), whose values are read
    /// as that row's.
    ///
    /// ## Why is this bad?
    /// Not wrong in substance, but the wording of the official form is what auditors and
    /// statistics tools look for.
    ///
    /// ## Example
    /// Seed 000: `信息内容 | 本年新制作件数 | 本年废止件数 | 现行有效件数 |` and `规范性文件 | 2 | 0 | 19 |`.
    ///
    /// ## How to fix
    /// Use the labels of the official form.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表二
    LabelVariant {
        code: "NB203",
        name: "label-variant",
        category: Template,
        severity: Info,
        summary_zh: "表格栏目名称与规定格式的用词不同",
        summary_en: "A table label differs from the official wording",
        doc_zh: [
            "## 规则说明",
            "表二（及表三）中的栏目名称与报告格式的规定用词不同，但能对应到规定栏目并已按其读取：如 2021 年格式的“行政规范性文件”写成“规范性文件”，表头写成介于两种格式之间的“本年新制作件数”，或表三栏目名有个别错字。",
            "## 为什么是问题",
            "数字读取不受影响，但报告应使用规定表格的原文。",
            "## 示例",
            "```text",
            "规范性文件 | 2 | 0 | 19 |（2021 年格式应为“行政规范性文件”）",
            "```",
            "## 如何修改",
            "使用规定表格的栏目名称。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二",
        ],
    }
}

impl LabelVariant {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for p in &model.table_problems {
            let crate::model::ProblemKind::Garbled { row } = p.kind else { continue };
            let official = row.official().rsplit(' ').next().unwrap_or("");
            findings
                .add(
                    &Self::META,
                    p.span,
                    format!("表三栏目“{}”与规定的“{official}”有个别字不同（可能是转换时丢字），已按该行读取其数值。", p.label),
                    format!(
                        "The table-3 label \"{}\" differs from the official \"{official}\" by a few characters (lost in conversion?); its values are read as that row's.",
                        p.label
                    ),
                )
                .expected(official)
                .found(p.label.clone());
        }
        let Some(t2) = &model.tables.active_disclosure else { return };
        if model.template != Template::Rev2021 {
            return;
        }
        for row in t2.rows.iter().filter(|r| normalize::label(&r.label) == "规范性文件") {
            findings
                .add(
                    &Self::META,
                    row.span,
                    "2021年版格式中此行为“行政规范性文件”，报告写作“规范性文件”。",
                    "In the 2021 format this row is 行政规范性文件; the report writes 规范性文件.",
                )
                .expected("行政规范性文件")
                .found(row.label.clone());
        }
        for (header, span) in t2.headers.iter().filter(|(h, _)| normalize::label(h) == "本年新制作件数") {
            findings
                .add(
                    &Self::META,
                    *span,
                    "表头“本年新制作件数”混合了2019年格式（本年新制作数量）与2021年格式（本年制发件数）的用词。",
                    "The header 本年新制作件数 mixes the 2019 (本年新制作数量) and 2021 (本年制发件数) wordings.",
                )
                .expected("本年制发件数")
                .found(header.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::SEED_000;
    use crate::rules::testing::check_text;

    const CLEAN_2021: &str = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2021.txt");

    #[test]
    fn official_labels_pass_and_seed_000_variants_are_noted() {
        // The passing half is a 2021-format report, where the rule applies.
        assert!(check_text(&LabelVariant, CLEAN_2021).is_empty());
        let variant = CLEAN_2021.replace("| 行政规范性文件 |", "| 规范性文件 |");
        assert_eq!(check_text(&LabelVariant, &variant).len(), 1);
        let hybrid = CLEAN_2021.replace("| 本年制发件数 |", "| 本年新制作件数 |");
        assert_eq!(check_text(&LabelVariant, &hybrid).len(), 1);
        assert_eq!(check_text(&LabelVariant, SEED_000).len(), 2);
    }
}

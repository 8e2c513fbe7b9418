use crate::format::sections::official_heading;
use crate::model::Model;
use crate::normalize;
use crate::rules::structure::fixed_format;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a section heading that is recognised by its key words but worded differently from
    /// the official heading, e.g. `五、政府信息公开工作存在的主要问题及改进情况`.
    ///
    /// ## Why is this bad?
    /// Not wrong in substance; the official headings make reports easy to scan and compare.
    ///
    /// ## Example
    /// Seed 000: `五、政府信息公开工作存在的主要问题及改进情况` for `五、存在的主要问题及改进情况`.
    ///
    /// ## How to fix
    /// Use the official heading.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (headings of the six parts)
    HeadingVariant {
        code: "NB206",
        name: "heading-variant",
        category: Template,
        severity: Info,
        summary_zh: "章节标题与规定格式的措辞不同",
        summary_en: "A section heading is worded differently from the official one",
        doc_zh: [
            "## 规则说明",
            "章节标题能按关键词识别，但措辞与规定标题不同，如“五、政府信息公开工作存在的主要问题及改进情况”。",
            "## 为什么是问题",
            "不影响检查，但报告应使用规定的标题。",
            "## 示例",
            "```text",
            "五、政府信息公开工作存在的主要问题及改进情况",
            "```",
            "## 如何修改",
            "使用规定标题（“五、存在的主要问题及改进情况”）。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（六个部分的标题）",
        ],
    }
}

impl HeadingVariant {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !fixed_format(model) {
            return;
        }
        for s in &model.sections {
            let Some(kind) = s.standard else { continue };
            let official = official_heading(kind);
            let official_title = official.split_once('、').map_or(official, |(_, t)| t);
            if normalize::label(&s.title) != normalize::label(official_title) {
                findings
                    .add(
                        &Self::META,
                        s.span,
                        format!("章节标题“{}”与规定的“{official}”措辞不同。", s.title),
                        format!("The heading \"{}\" differs from the official \"{official}\".", s.title),
                    )
                    .expected(official)
                    .found(s.title.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::{SEED_000, SEED_002};
    use crate::rules::testing::check_text;

    #[test]
    fn official_headings_pass_and_seed_000_is_noted() {
        assert!(check_text(&HeadingVariant, SEED_002).is_empty());
        assert_eq!(check_text(&HeadingVariant, SEED_000).len(), 1);
    }
}

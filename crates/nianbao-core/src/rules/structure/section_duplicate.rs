use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a standard section whose heading appears twice.
    ///
    /// ## Why is this bad?
    /// A repeated section is usually a paste accident (the same part copied twice, or last
    /// year's text left in); readers cannot tell which one is meant.
    ///
    /// ## Example
    /// ```text
    /// 二、主动公开政府信息情况
    /// ……
    /// 二、主动公开政府信息情况
    /// ```
    ///
    /// ## How to fix
    /// Keep one copy of the section and delete the other.
    SectionDuplicate {
        code: "NB103",
        name: "section-duplicate",
        category: Structure,
        severity: Warning,
        summary_zh: "同一章节出现两次",
        summary_en: "A section appears twice",
        doc_zh: [
            "## 规则说明",
            "同一规定章节的标题出现了两次。",
            "## 为什么是问题",
            "通常是复制粘贴时重复，读者不知道以哪一处为准。",
            "## 示例",
            "```text",
            "二、主动公开政府信息情况 ……",
            "二、主动公开政府信息情况 ……",
            "```",
            "## 如何修改",
            "保留一处，删除另一处。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年度报告格式）",
        ],
    }
}

impl SectionDuplicate {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (i, s) in model.sections.iter().enumerate() {
            let Some(kind) = s.standard else { continue };
            if let Some(first) = model.sections[..i].iter().find(|p| p.standard == Some(kind)) {
                findings
                    .add(
                        &Self::META,
                        s.span,
                        format!("章节“{}”重复出现。", s.title),
                        format!("Section \"{}\" appears twice.", s.title),
                    )
                    .related([first.span]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn one_copy_passes_two_fail() {
        assert!(check_text(&SectionDuplicate, CLEAN_2021).is_empty());
        let twice = format!("{CLEAN_2021}\n五、存在的主要问题及改进情况\n还有问题。\n");
        assert_eq!(check_text(&SectionDuplicate, &twice).len(), 1);
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a standard section that has a heading but no text and no table before the next
    /// heading.
    ///
    /// ## Why is this bad?
    /// Every section of the format has required content: 一 the overview, 二–四 their tables,
    /// 五 problems and improvements, 六 other matters (from 2021 at least the 信息处理费).
    /// An empty section usually means a paste lost its content.
    ///
    /// ## Example
    /// ```text
    /// 五、存在的主要问题及改进情况
    /// 六、其他需要报告的事项
    /// ```
    ///
    /// ## How to fix
    /// Write the section's content; if there is truly nothing to report in 六, say "无。".
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (content of each section)
    SectionEmpty {
        code: "NB104",
        name: "section-empty",
        category: Structure,
        severity: Error,
        summary_zh: "章节没有内容",
        summary_en: "A section has no content",
        doc_zh: [
            "## 规则说明",
            "规定章节只有标题，到下一个标题之前既没有文字也没有表格。",
            "## 为什么是问题",
            "空章节说明内容漏写或被误删。",
            "## 示例",
            "```text",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
            "```",
            "## 如何修改",
            "补写该部分内容；第六部分确实无事可报的，写明“无。”。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（各部分的内容要求）",
        ],
    }
}

impl SectionEmpty {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for s in model.sections.iter().filter(|s| s.standard.is_some()) {
            if s.body.is_empty() {
                findings.add(
                    &Self::META,
                    s.span,
                    format!("章节“{}”下没有任何内容。", s.title),
                    format!("Section \"{}\" has no content.", s.title),
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
    fn content_passes_and_an_empty_section_fails() {
        assert!(check_text(&SectionEmpty, "五、存在的主要问题及改进情况\n问题是……\n六、其他需要报告的事项\n无。\n")
            .is_empty());
        let found = check_text(&SectionEmpty, "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("存在的主要问题"));
    }
}

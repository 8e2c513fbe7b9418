use crate::model::Model;
use crate::rules::{rule, Findings};

/// Shorter lines (headings, "无。") repeat legitimately.
const MIN_CHARS: usize = 30;

rule! {
    /// ## What it does
    /// Warns about a paragraph (of 30 characters or more) that appears twice, word for word.
    ///
    /// ## Why is this bad?
    /// Copied paragraphs pad a report without saying anything; evaluators single out reports
    /// whose content is "雷同". It is often a paste accident too.
    ///
    /// ## Example
    /// The same sentence about 政府网站建设 under 一（四） and again under 五.
    ///
    /// ## How to fix
    /// Delete the copy or write what the second place should say.
    RepeatedParagraph {
        code: "NB706",
        name: "repeated-paragraph",
        category: Content,
        severity: Warning,
        summary_zh: "同一段文字重复出现",
        summary_en: "A paragraph is repeated word for word",
        doc_zh: [
            "## 规则说明",
            "同一段文字（30 个字以上）逐字重复出现了两次。",
            "## 为什么是问题",
            "重复的段落通常是粘贴错误，或应当写别的内容的地方照抄了前文。",
            "## 示例",
            "```text",
            "（第一部分和第五部分出现同一段“加强组织领导……”）",
            "```",
            "## 如何修改",
            "删除重复的一段，或写出第二处应写的内容。",
            "## 依据",
            "- 国办公开办函〔2021〕30号：年报内容不得雷同、敷衍",
        ],
    }
}

impl RepeatedParagraph {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let mut seen: std::collections::HashMap<&str, crate::span::Span> = std::collections::HashMap::new();
        for line in model.doc.lines().filter(|l| l.text.chars().count() >= MIN_CHARS) {
            match seen.get(line.text.as_str()) {
                Some(first) => {
                    findings
                        .add(
                            &Self::META,
                            line.span,
                            "这段文字与前文某段完全相同。",
                            "This paragraph repeats an earlier one word for word.",
                        )
                        .related([*first]);
                }
                None => {
                    seen.insert(&line.text, line.span);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn distinct_paragraphs_pass_and_a_copy_warns() {
        assert!(check_text(&RepeatedParagraph, SEED_002).is_empty());
        let para = "我局充分发挥区政府网站的政府信息公开主渠道作用，聚焦就业创业、社会保障等社会关注热点。";
        assert_eq!(check_text(&RepeatedParagraph, &format!("{para}\n一、总体情况\n{para}\n")).len(), 1);
    }
}

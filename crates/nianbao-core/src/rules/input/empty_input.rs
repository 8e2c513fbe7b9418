use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports an input that is empty or holds only whitespace.
    ///
    /// ## Why is this bad?
    /// An empty paste or an empty file usually means the copy failed; it is not a report.
    ///
    /// ## Example
    /// An empty text box, or a 0-byte file.
    ///
    /// ## How to fix
    /// Copy the whole report again, including its tables.
    EmptyInput {
        code: "NB002",
        name: "empty-input",
        category: Input,
        severity: Error,
        summary_zh: "输入为空",
        summary_en: "The input is empty",
        doc_zh: [
            "## 规则说明",
            "输入为空，或只有空白字符。",
            "## 为什么是问题",
            "没有内容就无法检查，通常是复制时漏选了正文。",
            "## 示例",
            "```text",
            "（空白）",
            "```",
            "## 如何修改",
            "重新复制报告全文（含表格）后粘贴。",
            "## 依据",
            "- 本工具的读取规则",
        ],
    }
}

impl EmptyInput {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if *problem == InputProblem::Empty {
                findings.add(
                    &Self::META,
                    span,
                    "输入内容为空，没有可检查的报告。",
                    "The input is empty: there is no report to check.",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_bytes;

    #[test]
    fn empty_fails_and_text_passes() {
        assert_eq!(check_bytes(&EmptyInput, b" \n\t ", "a.txt").len(), 1);
        assert!(check_bytes(&EmptyInput, "一、总体情况".as_bytes(), "a.txt").is_empty());
    }
}

use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns that an HTML input nests its elements more than 512 levels deep. Building the tree
    /// of such a page takes time that grows with the square of the depth, so its text is read
    /// between the tags instead: tables lose their structure and are read like copied text.
    ///
    /// ## Why is this bad?
    /// No real page nests that deep; it is either broken markup (thousands of unclosed tags) or
    /// input made to stall the checker. The text is still checked, nothing is lost.
    ///
    /// ## Example
    /// ```html
    /// <div><div><div>… (20 000 levels) …一、总体情况
    /// ```
    ///
    /// ## How to fix
    /// Save the report as text or .docx, or copy it from the page as plain text.
    HtmlTooDeep {
        code: "NB007",
        name: "html-too-deep",
        category: Input,
        severity: Warning,
        summary_zh: "网页嵌套层数过深，已按纯文本读取",
        summary_en: "The HTML is nested too deep and was read as plain text",
        doc_zh: [
            "## 规则说明",
            "网页的元素嵌套超过 512 层。构建这样的网页树所需时间随深度平方增长，因此改为读取标签之间的文字：表格失去结构，按复制的文字读取。",
            "## 为什么是问题",
            "表格按文字读取时，单元格可能粘连，部分数字可能无法确定。",
            "## 示例",
            "```text",
            "<div><div><div>…（上千层）…<table>…",
            "```",
            "## 如何修改",
            "把报告另存为文本或 .docx，或从网页复制纯文本后检查。",
            "## 依据",
            "- 本工具的读取限制",
        ],
    }
}

impl HtmlTooDeep {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if let InputProblem::HtmlTooDeep { depth } = problem {
                findings.add(
                    &Self::META,
                    span,
                    format!("网页元素嵌套达 {depth} 层，结构异常，已忽略标签按纯文本读取，表格按文本方式识别。"),
                    format!(
                        "The HTML nests {depth} levels deep; its tags were ignored and the text read as plain text."
                    ),
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
    fn deep_html_warns_and_normal_html_passes() {
        let deep = "<div>".repeat(600) + "一、总体情况";
        let found = check_bytes(&HtmlTooDeep, deep.as_bytes(), "a.html");
        assert_eq!(found.len(), 1);
        assert!(check_bytes(&HtmlTooDeep, "<p>一、总体情况</p>".as_bytes(), "a.html").is_empty());
        let model = crate::read(crate::Input::Bytes(deep.as_bytes()), "a.html", &crate::Options::default());
        let line = model.doc.lines().next().expect("the text is kept");
        assert_eq!(&deep[line.span.range()], "一、总体情况");
    }
}

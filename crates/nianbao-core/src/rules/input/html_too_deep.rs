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

use super::problems;
use crate::model::Model;
use crate::read::{InputProblem, PdfProblem};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a PDF none of whose pages has a text layer: a scanned paper report, or pages
    /// saved as pictures.
    ///
    /// ## Why is this bad?
    /// There is no text to check, and a picture of a table cannot be audited by any tool
    /// without guessing. The report is also inaccessible: screen readers and search engines
    /// see nothing, and the 《政府网站发展指引》 asks for published documents in text form.
    ///
    /// ## Example
    /// A report printed, signed, stamped and scanned back into a PDF of six page images.
    ///
    /// ## How to fix
    /// Publish (and check) the text version: export the Word/WPS file to PDF directly
    /// ("另存为 PDF"), or check the .docx itself.
    PdfNoText {
        code: "NB008",
        name: "pdf-no-text",
        category: Input,
        severity: Error,
        summary_zh: "PDF 是扫描件，没有文字层",
        summary_en: "The PDF is a scan: it has no text layer",
        doc_zh: [
            "## 规则说明",
            "PDF 的每一页都没有文字层：是纸质报告的扫描件，或各页存成了图片。",
            "## 为什么是问题",
            "没有文字就无法检查；公众也无法复制、检索其中的内容。",
            "## 示例",
            "```text",
            "年报.pdf：12 页，均为图片",
            "```",
            "## 如何修改",
            "发布（并检查）文字版：在 Word/WPS 中直接“另存为 PDF”，或检查 .docx 本身。",
            "## 依据",
            "- 《政府网站发展指引》（国办发〔2017〕47号）：发布的文件应便于公众获取和使用",
        ],
    }
}

impl PdfNoText {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if let InputProblem::Pdf(PdfProblem::NoText { pages }) = problem {
                findings.add(
                    &Self::META,
                    span,
                    format!("这是扫描件，没有文字层，请提供文字版（共 {pages} 页，均为图片）。"),
                    format!("This is a scan with no text layer ({pages} pages, all images); provide the text version."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_model;

    #[test]
    fn a_scan_fails_and_a_pdf_with_text_passes() {
        let scan = crate::model::build(crate::read::read_paged(Err(PdfProblem::NoText { pages: 6 }), 1000));
        let found = check_model(&PdfNoText, &scan);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("扫描件"));
        let text = crate::PagedText { text: "一、总体情况\n".into(), pages: 1, ..Default::default() };
        let read = crate::model::build(crate::read::read_paged(Ok(text), 1000));
        assert!(check_model(&PdfNoText, &read).is_empty());
    }
}

use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a file that is not a text, HTML, .docx or PDF document: an image, an old binary
    /// Word file (.doc), a ZIP archive that is not a .docx, a corrupt .docx, or binary data.
    /// (A PDF that cannot be read is NB008 or NB009.)
    ///
    /// ## Why is this bad?
    /// Nothing in such a file can be checked. Saying so plainly is better than reporting an
    /// empty report full of "missing section" errors.
    ///
    /// ## Example
    /// ```text
    /// \x89PNG … (a photograph of the report)
    /// ```
    ///
    /// ## How to fix
    /// Open the report and save it as .docx, .pdf or .txt, or copy its text from the published
    /// web page and paste it. For a picture, the text must first be recognised (OCR).
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》第五十条 (the report is a published document)
    UnsupportedInput {
        code: "NB001",
        name: "unsupported-input",
        category: Input,
        severity: Error,
        summary_zh: "文件不是可读取的文本、网页、Word（.docx）或 PDF 文档",
        summary_en: "The file is not readable text, HTML, a Word (.docx) or a PDF document",
        doc_zh: [
            "## 规则说明",
            "文件不是可读取的文本、网页（HTML）、Word（.docx）或 PDF：图片、旧版二进制 Word 文件（.doc）、不是 .docx 的压缩包、损坏的 .docx 或其他二进制数据。（无法读取的 PDF 见 NB008、NB009。）",
            "## 为什么是问题",
            "这样的文件里没有可以检查的内容。明确说明“读不了”，好过报出一长串“缺少章节”的错误。",
            "## 示例",
            "```text",
            "\\x89PNG …（年报的照片）",
            "```",
            "## 如何修改",
            "打开报告，另存为 .docx、.pdf 或 .txt；或从发布网页复制全文粘贴检查。图片须先做文字识别。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第五十条（年度报告是公开发布的文件）",
        ],
    }
}

impl UnsupportedInput {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            let (zh, en) = match problem {
                InputProblem::Image => (
                    "这是图片文件，其中没有可读取的文字。".to_owned(),
                    "This is an image file; it holds no readable text.".to_owned(),
                ),
                InputProblem::OleDocument => (
                    "这是旧版 Word（.doc）或 Excel 文件，请另存为 .docx 后再检查。".to_owned(),
                    "This is an old binary Word (.doc) or Excel file; save it as .docx and check again.".to_owned(),
                ),
                InputProblem::NotDocx => (
                    "这是 ZIP 压缩包，但不是 Word（.docx）文档。".to_owned(),
                    "This is a ZIP archive but not a Word (.docx) document.".to_owned(),
                ),
                InputProblem::DocxCorrupt(why) => (
                    format!("Word 文档已损坏，无法读取（{why}）。"),
                    format!("The Word document is damaged and cannot be read ({why})."),
                ),
                InputProblem::Binary => {
                    ("文件内容是二进制数据，不是文字。".to_owned(), "The file holds binary data, not text.".to_owned())
                }
                _ => continue,
            };
            findings.add(&Self::META, span, zh, en);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check_bytes, check_text};

    #[test]
    fn an_image_fails() {
        let found = check_bytes(&UnsupportedInput, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a.png");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("图片"));
    }

    #[test]
    fn binary_junk_fails_and_text_passes() {
        let junk: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(check_bytes(&UnsupportedInput, &junk, "x.bin").len(), 1);
        assert!(check_text(&UnsupportedInput, "一、总体情况\n").is_empty());
    }
}

use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a .docx whose document text would expand beyond the limit (64 MiB by default):
    /// either the archive declares it, or decompression runs past it (a "zip bomb").
    ///
    /// ## Why is this bad?
    /// A few kilobytes of ZIP can expand to gigabytes and freeze the browser or the batch job.
    /// No real report's `word/document.xml` comes near the limit.
    ///
    /// ## Example
    /// A 40 KB .docx whose `word/document.xml` inflates to 4 GB.
    ///
    /// ## How to fix
    /// Do not open the file further. Ask for the report in another form (text or HTML).
    DocxTooLarge {
        code: "NB004",
        name: "docx-too-large",
        category: Input,
        severity: Error,
        summary_zh: "Word 文档解压后过大（可能是压缩炸弹），已拒绝",
        summary_en: "The Word document expands too far (possibly a zip bomb) and was refused",
        doc_zh: [
            "## 规则说明",
            "Word 文档解压后的正文超过上限（默认 64 MiB）：或者压缩包自己声明如此，或者解压过程中超出（“压缩炸弹”）。已拒绝读取。",
            "## 为什么是问题",
            "正常的年报解压后不会这么大；这样的文件可能是恶意构造的，继续解压会耗尽内存。",
            "## 示例",
            "```text",
            "报告.docx（200 KB，声明解压后 4 GB）",
            "```",
            "## 如何修改",
            "不要再打开此文件。请对方提供文本或网页形式的报告。",
            "## 依据",
            "- 本工具的读取限制",
        ],
    }
}

impl DocxTooLarge {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if let InputProblem::DocxTooLarge { declared, limit } = problem {
                findings.add(
                    &Self::META,
                    span,
                    format!("Word 文档正文解压后超过 {limit} 字节（声明大小 {declared} 字节），疑似压缩炸弹，已拒绝读取。"),
                    format!("The Word document's text expands beyond {limit} bytes (declared {declared}); it looks like a zip bomb and was refused."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(body: &[u8]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(body).unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_bomb_fails_and_a_small_document_passes() {
        let mut options = crate::Options::default();
        options.limits.max_docx_xml_bytes = 1_000;
        let run = |bytes: &[u8]| {
            let model = crate::read(crate::Input::Bytes(bytes), "a.docx", &options);
            let mut f = crate::rules::Findings::new(&model, &Default::default());
            DocxTooLarge.check(&model, &mut f);
            f.list.len()
        };
        assert_eq!(run(&docx(&vec![b' '; 100_000])), 1);
        assert_eq!(run(&docx(b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>")), 0);
    }
}

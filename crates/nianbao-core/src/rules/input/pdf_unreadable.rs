use super::problems;
use crate::model::Model;
use crate::read::{InputProblem, PdfProblem};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports a PDF whose text could not be read, or not all of it: it needs a password, its
    /// fonts carry no Unicode mapping (the text would come out as garbage), it is damaged or
    /// built to exhaust a reader (a decompression bomb, a runaway object graph), its tables have
    /// no ruling lines (their columns would be guesses), it has more pages than are read or far
    /// more text than any report, or this build of nianbao has no PDF reader.
    ///
    /// ## Why is this bad?
    /// Whatever could not be read cannot be checked. A PDF whose glyphs have no Unicode
    /// mapping looks right on screen, but copying, searching and every checker get gibberish;
    /// guessing its numbers would be worse than saying so.
    ///
    /// ## Example
    /// A PDF typeset with embedded subset fonts that have no `ToUnicode` table: on screen
    /// "本年新收政府信息公开申请数量", as text "" or random CJK.
    ///
    /// ## How to fix
    /// Export the PDF again from Word/WPS ("另存为 PDF", fonts embedded), without a password,
    /// or check the .docx / the web page's text instead.
    PdfUnreadable {
        code: "NB009",
        name: "pdf-unreadable",
        category: Input,
        severity: Error,
        summary_zh: "PDF 文字无法读取（加密、字体无编码映射、文件损坏或超出限制）",
        summary_en: "The PDF's text cannot be read (encrypted, fonts without a Unicode mapping, damaged or over the limits)",
        doc_zh: [
            "## 规则说明",
            "PDF 的文字无法读取或未能全部读取：需要密码、字体没有 Unicode 映射（读出来是乱码）、文件损坏或被构造来耗尽读取器（解压炸弹、失控的对象图）、表格过于复杂，或超出页数、字形数等限制。",
            "## 为什么是问题",
            "读不出的文字无法检查；读到一半的报告也不能据此判断“没有问题”。",
            "## 示例",
            "```text",
            "年报.pdf：第 3 页字体无编码映射",
            "```",
            "## 如何修改",
            "从 Word/WPS 重新“另存为 PDF”（嵌入字体、不加密码），或改为检查 .docx 或网页文字。",
            "## 依据",
            "- 本工具的读取限制",
        ],
    }
}

impl PdfUnreadable {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            let InputProblem::Pdf(problem) = problem else { continue };
            let (zh, en) = match problem {
                PdfProblem::NoText { .. } => continue,
                PdfProblem::NoReader => (
                    "此版本未包含 PDF 读取功能，无法检查 PDF。请另存为 .docx / .txt，或粘贴网页上的报告文字。".to_owned(),
                    "This build has no PDF reader. Save the report as .docx / .txt, or paste the text of its web page.".to_owned(),
                ),
                PdfProblem::ReaderFailed { reason } => (
                    format!("PDF 读取模块无法加载或运行出错（{reason}），这份 PDF 未能检查。请刷新页面后重试。"),
                    format!("The PDF reader could not be loaded or failed ({reason}); this PDF was not checked. Reload the page and try again."),
                ),
                PdfProblem::Encrypted => (
                    "PDF 已加密，需要密码才能打开，无法读取。请提供未加密的版本。".to_owned(),
                    "The PDF is encrypted and needs a password; provide an unencrypted copy.".to_owned(),
                ),
                PdfProblem::Unmapped { share } => (
                    format!("PDF 中 {:.1}% 的字形没有 Unicode 映射（字体缺少 ToUnicode），读出的文字会是乱码，不予检查。请重新导出 PDF 或提供 .docx。", *share as f64 / 10.0),
                    format!("{:.1}% of the PDF's glyphs have no Unicode mapping (fonts without ToUnicode); the text would be garbage and is not checked. Export the PDF again or provide the .docx.", *share as f64 / 10.0),
                ),
                PdfProblem::TooManyPages { limit } => (
                    format!("PDF 超过 {limit} 页，只读取了前 {limit} 页，其余内容未检查。"),
                    format!("The PDF has more than {limit} pages; only the first {limit} were read, the rest is not checked."),
                ),
                PdfProblem::BorderlessTable { page, pages } => (
                    format!("第 {page} 页起（共 {pages} 页）的统计表没有框线，无法可靠区分其行列，表中数据未读取。请为表格加上框线后重新导出 PDF，或提供 .docx。"),
                    format!("The tables from page {page} ({pages} pages) have no ruling lines, so their rows and columns can't be told apart reliably; their values were not read. Export the PDF again with table borders, or provide the .docx."),
                ),
                PdfProblem::TooManyGlyphs { glyphs, limit } => (
                    format!("PDF 含 {glyphs} 个字形，超过 {limit} 的上限，远超一份年度报告的篇幅，未予读取。"),
                    format!("The PDF prints {glyphs} glyphs, over the limit of {limit} and far beyond any annual report; it was not read."),
                ),
                PdfProblem::DensePage { page, glyphs, limit } => (
                    format!("PDF 第 {page} 页印有 {glyphs} 个字形，超过每页 {limit} 的上限（一页年度报告通常不过数千字），未予读取。请检查文件是否损坏，或提供 .docx。"),
                    format!("Page {page} of the PDF prints {glyphs} glyphs, over the per-page limit of {limit} (a report's page has a few thousand at most); it was not read. Check whether the file is damaged, or provide the .docx."),
                ),
                PdfProblem::Corrupt { reason } => (
                    format!("PDF 文件已损坏或超出读取限制，无法读取（{reason}）。"),
                    format!("The PDF is damaged or beyond the reader's limits and cannot be read ({reason})."),
                ),
            };
            findings.add(&Self::META, span, zh, en);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check_bytes, check_model};

    fn paged(problem: Result<crate::PagedText, PdfProblem>) -> Model {
        crate::model::build(crate::read::read_paged(problem, 1000))
    }

    #[test]
    fn unreadable_pdfs_fail() {
        for problem in [
            PdfProblem::Encrypted,
            PdfProblem::ReaderFailed { reason: "network".into() },
            PdfProblem::Unmapped { share: 870 },
            PdfProblem::Corrupt { reason: "xref".into() },
        ] {
            let found = check_model(&PdfUnreadable, &paged(Err(problem.clone())));
            assert_eq!(found.len(), 1, "{problem:?}");
        }
        // Without a PDF reader (the core alone) a PDF is not silently empty either.
        let found = check_bytes(&PdfUnreadable, b"%PDF-1.7\n%\xe2\xe3", "a.pdf");
        assert!(found[0].message.zh.contains("PDF"));
    }

    #[test]
    fn a_read_pdf_passes_unless_pages_were_left_out() {
        let text = crate::PagedText { text: "一、总体情况\n".into(), pages: 1, ..Default::default() };
        assert!(check_model(&PdfUnreadable, &paged(Ok(text.clone()))).is_empty());
        let cut = crate::PagedText { problems: vec![PdfProblem::TooManyPages { limit: 200 }], ..text };
        assert_eq!(check_model(&PdfUnreadable, &paged(Ok(cut))).len(), 1);
    }
}

use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports an input larger than the size limit (32 MiB by default), which is not read.
    ///
    /// ## Why is this bad?
    /// A real annual report is well under 1 MB of text. A file many times larger is almost
    /// certainly not a report (a database dump, a video), and reading it would freeze the page.
    ///
    /// ## Example
    /// A 200 MB file dropped on the checker.
    ///
    /// ## How to fix
    /// Check that the right file was chosen. A report with embedded images should be saved as
    /// text (.txt) or the images removed.
    InputTooLarge {
        code: "NB003",
        name: "input-too-large",
        category: Input,
        severity: Error,
        summary_zh: "文件过大，未读取",
        summary_en: "The file is too large and was not read",
        doc_zh: [
            "## 规则说明",
            "输入超过大小上限（默认 32 MiB），未读取。",
            "## 为什么是问题",
            "年度报告的文字通常不过几百 KB；过大的文件多半选错了文件，或夹带了大量图片。",
            "## 示例",
            "```text",
            "年报（含扫描图片）.docx  120 MB",
            "```",
            "## 如何修改",
            "确认选对了文件；含图片的报告可另存为纯文本（.txt）或删去图片后再检查。",
            "## 依据",
            "- 本工具的读取限制（防止超大输入拖垮浏览器或批量检查）",
        ],
    }
}

impl InputTooLarge {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if let InputProblem::TooLarge { bytes, limit } = problem {
                findings.add(
                    &Self::META,
                    span,
                    format!("文件大小 {bytes} 字节，超过上限 {limit} 字节，未读取。年度报告的文字通常不到 1 MB。"),
                    format!("The file is {bytes} bytes, over the {limit}-byte limit, and was not read. A report's text is usually under 1 MB."),
                ).expected(format!("≤ {limit}")).found(bytes.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_fails_under_passes() {
        let mut options = crate::Options::default();
        options.limits.max_input_bytes = 10;
        let run = |bytes: &[u8]| {
            let model = crate::read(crate::Input::Bytes(bytes), "a.txt", &options);
            let mut f = crate::rules::Findings::new(&model, &Default::default());
            InputTooLarge.check(&model, &mut f);
            f.list.len()
        };
        assert_eq!(run(b"0123456789ABC"), 1);
        assert_eq!(run(b"012345"), 0);
    }
}

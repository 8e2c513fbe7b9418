use super::problems;
use crate::model::Model;
use crate::read::InputProblem;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Reports bytes that are invalid in the encoding the file was decoded with (UTF-8 or
    /// GB18030/GBK); they were replaced by `�`.
    ///
    /// ## Why is this bad?
    /// Replaced characters may hide digits or labels, so a table may read wrong. It usually
    /// means the file mixes encodings or was damaged in transfer.
    ///
    /// ## Example
    /// A GBK file with a few UTF-8 lines pasted in.
    ///
    /// ## How to fix
    /// Save the file again in one encoding (UTF-8 is best) and check the replaced places.
    DecodeErrors {
        code: "NB005",
        name: "decode-errors",
        category: Input,
        severity: Warning,
        summary_zh: "部分字节无法按检测到的编码解码，已替换为 �",
        summary_en: "Some bytes are invalid in the detected encoding and were replaced by �",
        doc_zh: [
            "## 规则说明",
            "部分字节在检测到的编码（UTF-8 或 GB18030/GBK）中无效，已替换为 `�`。",
            "## 为什么是问题",
            "被替换的位置可能正是数字或机关名称，检查结果可能因此不完整。",
            "## 示例",
            "```text",
            "本年新收申请�件",
            "```",
            "## 如何修改",
            "用同一种编码（最好是 UTF-8）重新保存文件，并核对被替换的位置。",
            "## 依据",
            "- 本工具的读取规则",
        ],
    }
}

impl DecodeErrors {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for (problem, span) in problems(model) {
            if let InputProblem::DecodeErrors { replaced } = problem {
                let at = model.doc.text.find('\u{FFFD}').unwrap_or(0);
                let span =
                    if at < model.doc.text.len() { model.doc.span(at..at + '\u{FFFD}'.len_utf8()) } else { span };
                findings.add(
                    &Self::META,
                    span,
                    format!(
                        "按 {} 编码读取时有 {replaced} 处无效字节，已替换为 �，相关文字可能有误。",
                        model.doc.encoding
                    ),
                    format!(
                        "{replaced} invalid byte sequence(s) in {}; replaced by �, nearby text may be wrong.",
                        model.doc.encoding
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
    fn broken_bytes_warn_and_clean_text_passes() {
        let mut bytes = "一、总体情况\n本机关认真贯彻落实《条例》，主动公开政府信息。\n".as_bytes().to_vec();
        bytes.extend([0xFF, 0xFF, b'\n']);
        assert_eq!(check_bytes(&DecodeErrors, &bytes, "a.txt").len(), 1);
        assert!(check_bytes(&DecodeErrors, "一、总体情况\n".as_bytes(), "a.txt").is_empty());
    }
}

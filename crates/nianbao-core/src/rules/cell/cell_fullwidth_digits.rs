use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes numbers written with full-width digits (`１２`); they are read normally.
    ///
    /// ## Why is this bad?
    /// Full-width digits look the same to a reader but many tools (spreadsheets, search,
    /// statistics systems) don't read them as numbers.
    ///
    /// ## Example
    /// ```text
    /// 行政许可 | １２ |
    /// ```
    ///
    /// ## How to fix
    /// Type the digits in half-width (English) input mode.
    CellFullwidthDigits {
        code: "NB407",
        name: "cell-fullwidth-digits",
        category: Cell,
        severity: Info,
        summary_zh: "数字使用了全角字符",
        summary_en: "A number is written with full-width digits",
        doc_zh: [
            "## 规则说明",
            "数字使用了全角字符（如 `１２`），检查时按正常数字读取。",
            "## 为什么是问题",
            "全角数字在汇总、检索时可能不被识别为数字。",
            "## 示例",
            "```text",
            "（一）予以公开 | １２ |",
            "```",
            "## 如何修改",
            "在半角（英文）输入状态下输入数字。",
            "## 依据",
            "- 《政府网站发展指引》（国办发〔2017〕47号）：发布的数据应便于使用",
        ],
    }
}

impl CellFullwidthDigits {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        super::report_by_row(
            findings,
            &Self::META,
            |p| p.number().is_some_and(|n| n.fullwidth_digits),
            |p, n| {
                (
                    format!("{}等 {n} 个单元格使用了全角数字（如“{}”），建议改为半角。", p.name(), p.cell.text),
                    format!("{n} cell(s) use full-width digits (e.g. \"{}\"); use half-width digits.", p.cell.text),
                )
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cell::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn ascii_passes_and_fullwidth_is_noted() {
        assert!(check_text(&CellFullwidthDigits, SEED_002).is_empty());
        let wide = SEED_002.replace("| 行政许可 | 1 | ||", "| 行政许可 | １ | ||");
        assert_eq!(check_text(&CellFullwidthDigits, &wide).len(), 1);
    }
}

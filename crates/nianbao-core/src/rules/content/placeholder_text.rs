use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds template placeholders left in the text: `XX`, `XXX`, `××`, `某某`, `（机关名称）`,
    /// `此处填写`, `（填写…）`.
    ///
    /// ## Why is this bad?
    /// The report was published from a template without filling it in; the reader can't tell
    /// which body or figure is meant.
    ///
    /// ## Example
    /// ```text
    /// XX（机关名称）2021年政府信息公开工作年度报告
    /// ```
    ///
    /// ## How to fix
    /// Replace each placeholder with the real name or figure.
    PlaceholderText {
        code: "NB704",
        name: "placeholder-text",
        category: Content,
        severity: Warning,
        summary_zh: "报告中留有“XX”“某某”等模板占位文字",
        summary_en: "Template placeholders (XX, 某某) are left in the text",
        doc_zh: [
            "## 规则说明",
            "正文中留有模板占位文字：`XX`、`XXX`、`××`、`某某`、`（机关名称）`、`此处填写`、`（填写…）`。",
            "## 为什么是问题",
            "占位文字说明模板没有填完就发布了。",
            "## 示例",
            "```text",
            "XX局2023年政府信息公开工作年度报告",
            "```",
            "## 如何修改",
            "把每处占位文字换成真实的名称或数字。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年度报告格式）",
        ],
    }
}

const PLACEHOLDERS: &[&str] = &["XXX", "XX", "××", "某某", "（机关名称）", "(机关名称)", "此处填写", "（填写", "(填写"];

impl PlaceholderText {
    fn check(&self, model: &Model, findings: &mut Findings) {
        // Every placeholder contains one of these characters: most lines are skipped at once.
        for line in model.doc.lines().filter(|l| l.text.contains(['X', '×', '某', '填']) || l.text.contains("机关名称"))
        {
            let Some((at, word)) = PLACEHOLDERS.iter().filter_map(|p| line.text.find(p).map(|i| (i, *p))).min() else {
                continue;
            };
            // `XX` inside a longer ASCII word (a URL, "XXL") is not a placeholder.
            let before = line.text[..at].chars().next_back();
            let after = line.text[at + word.len()..].chars().next();
            if word.starts_with('X')
                && (before.is_some_and(|c| c.is_ascii_alphanumeric())
                    || after.is_some_and(|c| c.is_ascii_alphanumeric()))
            {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    crate::model::locate_in_line(&model.doc, line, at..at + word.len()),
                    format!("文中留有模板占位文字“{word}”，请替换为实际内容。"),
                    format!("The placeholder \"{word}\" is left in the text; replace it."),
                )
                .found(word.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn a_filled_report_passes_and_a_template_title_warns() {
        assert!(check_text(&PlaceholderText, SEED_002).is_empty());
        assert_eq!(check_text(&PlaceholderText, "XX（机关名称）2021年政府信息公开工作年度报告\n").len(), 1);
        assert!(check_text(&PlaceholderText, "网址:http://www.XXL.gov.cn\n").is_empty());
    }
}

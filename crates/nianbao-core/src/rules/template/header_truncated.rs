use crate::model::Model;
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes table-2 headers truncated by copying: the 2019 format's `本年新<br>制作数量` and
    /// `本年新<br>公开数量` often arrive as `本年新` twice. The columns are read by position.
    ///
    /// ## Why is this bad?
    /// A reader of the published page can't tell which column is which.
    ///
    /// ## Example
    /// Seed 003: `信息内容 | 本年新 | 本年新 | 对外公开总数量 |`.
    ///
    /// ## How to fix
    /// Publish the full headers (`本年新制作数量`, `本年新公开数量`).
    ///
    /// ## References
    /// - 国办公开办函〔2019〕60号, 表二 第二十条第（一）项
    HeaderTruncated {
        code: "NB204",
        name: "header-truncated",
        category: Template,
        severity: Info,
        summary_zh: "表头被截断（如“本年新”）",
        summary_en: "A table header is truncated (e.g. 本年新)",
        doc_zh: [
            "## 规则说明",
            "表二的表头在复制时被截断：2019 年格式的“本年新制作数量”“本年新公开数量”常常变成两个“本年新”。各列按位置读取。",
            "## 为什么是问题",
            "截断的表头让读者分不清两列的含义。",
            "## 示例",
            "```text",
            "信息内容 | 本年新 | 本年新 | 对外公开总数量 |",
            "```",
            "## 如何修改",
            "发布完整的表头（“本年新制作数量”“本年新公开数量”）。",
            "## 依据",
            "- 国办公开办函〔2019〕60号，表二 第二十条第（一）项",
        ],
    }
}

impl HeaderTruncated {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else { return };
        let truncated: Vec<_> = t2.headers.iter().filter(|(h, _)| normalize::label(h) == "本年新").collect();
        if let Some((_, first)) = truncated.first() {
            findings
                .add(
                    &Self::META,
                    *first,
                    "表头“本年新”不完整，应为“本年新制作数量”“本年新公开数量”，已按位置读取。",
                    "The header 本年新 is truncated (本年新制作数量, 本年新公开数量); columns were read by position.",
                )
                .related(truncated[1..].iter().map(|(_, s)| *s));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::SEED_003;
    use crate::rules::testing::check_text;

    #[test]
    fn full_headers_pass_and_seed_003_is_noted() {
        // The passing half is a 2019-format report, whose headers could be truncated.
        let clean_2019 = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2019.txt");
        assert!(check_text(&HeaderTruncated, clean_2019).is_empty());
        let truncated = clean_2019.replace("| 本年新制作数量 | 本年新公开数量 |", "| 本年新 | 本年新 |");
        assert_eq!(check_text(&HeaderTruncated, &truncated).len(), 1);
        let found = check_text(&HeaderTruncated, SEED_003);
        assert_eq!((found.len(), found[0].related.len()), (1, 1));
    }
}

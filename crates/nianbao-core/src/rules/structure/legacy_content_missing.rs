use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// For reports before 2019 (2007 《条例》), checks that the report covers the six items of
    /// its 第三十二条: 主动公开; 依申请公开和不予公开; 收费及减免; 行政复议和行政诉讼; 主要问题及
    /// 改进; 其他. Each missing item is one warning, judged by its key words anywhere in the text.
    ///
    /// ## Why is this bad?
    /// Before 2019 there was no fixed format, but the content was prescribed; a report that never
    /// mentions fees or review/litigation leaves the reader unable to tell "none" from "not said".
    ///
    /// ## Example
    /// Seed 001 (2013) has no chapter or sentence on 收费及减免 nor on 行政复议/行政诉讼.
    ///
    /// ## How to fix
    /// Add the item, even if only to say that there was nothing to report.
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》(国务院令第492号, 2007) 第三十二条
    LegacyContentMissing {
        code: "NB113",
        name: "legacy-content-missing",
        category: Structure,
        severity: Warning,
        summary_zh: "旧格式报告缺少《条例》（2007）第三十二条规定的内容",
        summary_en: "A pre-2019 report lacks an item required by the 2007 regulations, art. 32",
        doc_zh: [
            "## 规则说明",
            "对 2019 年以前的报告（适用 2007 年《条例》），检查是否涵盖其第三十二条规定的六项内容：主动公开；依申请公开和不予公开；收费及减免；行政复议和行政诉讼；主要问题及改进；其他。按关键词在全文中判断，每缺一项报一条警告。",
            "## 为什么是问题",
            "这是当时《条例》对年报内容的法定要求。",
            "## 示例",
            "```text",
            "（全文没有提到收费及减免情况）",
            "```",
            "## 如何修改",
            "补上缺少的内容，即使只是说明“无此情况”。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》（国务院令第492号，2007年）第三十二条",
        ],
    }
}

/// (item, key words: any of them covers it).
const ITEMS: &[(&str, &str, &[&str])] = &[
    ("主动公开政府信息的情况", "active disclosure", &["主动公开"]),
    ("依申请公开和不予公开政府信息的情况", "disclosure on request", &["依申请", "申请公开"]),
    ("政府信息公开的收费及减免情况", "fees and waivers", &["收费", "减免", "费用"]),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", "review and litigation", &["复议", "诉讼"]),
    ("政府信息公开工作存在的主要问题及改进情况", "problems and improvements", &["问题", "不足", "差距"]),
];

impl LegacyContentMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.template != Template::Legacy {
            return;
        }
        let text = &model.doc.text;
        for (zh, en, keys) in ITEMS {
            if keys.iter().any(|k| text.contains(k)) {
                continue;
            }
            findings.add(
                &Self::META,
                model.doc.span(0..0),
                format!("报告未涉及《条例》（2007年）第三十二条要求的“{zh}”，没有情况也应写明。"),
                format!(
                    "The report does not cover \"{en}\" (2007 regulations, art. 32); say so even if there was nothing."
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const SEED_001: &str = include_str!("../../../../../tests/fixtures/001_5572e4fa0af39e90.txt");

    #[test]
    fn seed_001_lacks_fees_and_review() {
        let found = check_text(&LegacyContentMissing, SEED_001);
        assert_eq!(found.len(), 2, "{found:#?}");
        let complete = format!("{SEED_001}\n本年度未收取费用，未发生行政复议和行政诉讼。\n");
        assert!(check_text(&LegacyContentMissing, &complete).is_empty());
    }
}

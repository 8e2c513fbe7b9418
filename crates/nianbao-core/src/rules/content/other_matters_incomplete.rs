use super::{unmentioned_in_prose, Topic};
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// In a 2021-format report for 2022 or later, looks for the three matters that reports
    /// since 2022 give besides the fee statement, usually under 六、其他需要报告的事项: how
    /// the year's 政务公开工作要点 were carried out, the publication of how 人大代表建议 and
    /// 政协提案 were handled, and the year's innovations. One finding lists what the report
    /// never mentions (anywhere in it: some reports put them under 一).
    ///
    /// ## Why is this bad?
    /// The format (国办公开办函〔2021〕30号) leaves 六 open, but superior offices ask for these
    /// matters every year and evaluators look for them; a report without them reads as
    /// incomplete. It is a practice, not a requirement of the format: hence information only.
    ///
    /// ## Example
    /// ```text
    /// 六、其他需要报告的事项
    /// 本年度未收取信息处理费。
    /// ```
    /// Neither the 工作要点, nor 建议提案, nor innovations are reported.
    ///
    /// ## How to fix
    /// Add a paragraph each: （一）落实上级年度政务公开工作要点情况 （二）人大代表建议和政协提案
    /// 办理结果公开情况 （三）年度政务公开工作创新情况 — or say there was none.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 附件 六
    /// - `../shared/notes/auditors-checks.md` (六: four slots, uniform in 2022–2025 reports)
    OtherMattersIncomplete {
        code: "NB710",
        name: "other-matters-incomplete",
        category: Content,
        severity: Info,
        summary_zh: "未报告工作要点落实、建议提案办理结果公开或创新情况",
        summary_en: "The report gives no account of the year's 工作要点, 建议提案 or innovations",
        doc_zh: [
            "## 规则说明",
            "2022 年度起的 2021 年格式报告，除信息处理费外还应报告三项内容（通常在“六、其他需要报告的事项”中）：落实上级年度政务公开工作要点的情况、人大代表建议和政协提案办理结果公开情况、年度政务公开工作创新情况。缺少的报提示。",
            "## 为什么是问题",
            "自 2022 年起各地年报普遍报告这三项，评估时也会查看。",
            "## 示例",
            "```text",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。",
            "```",
            "## 如何修改",
            "各写一段：（一）落实上级年度政务公开工作要点情况；（二）人大代表建议和政协提案办理结果公开情况；（三）年度政务公开工作创新情况——没有的也说明。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，附件 六",
        ],
    }
}

/// The matters, each with the words that show it is reported.
const MATTERS: &[Topic] = &[
    (
        "落实上级年度政务公开工作要点情况",
        "the year's 政务公开工作要点",
        &["要点", "主要任务", "重点任务", "工作任务落实"],
    ),
    ("人大代表建议和政协提案办理结果公开情况", "人大代表建议/政协提案", &["提案", "代表建议", "人大建议"]),
    ("年度政务公开工作创新情况", "innovations", &["创新", "特色", "亮点"]),
];

impl OtherMattersIncomplete {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.template != Template::Rev2021 || model.year.is_none_or(|y| y < 2022) {
            return;
        }
        // Section 六 absent is NB101's.
        let Some(six) = model.section(6) else { return };
        let Some((zh, en)) = unmentioned_in_prose(model, MATTERS) else { return };
        findings
            .add(
                &Self::META,
                six.span,
                format!("报告没有写到{zh}；2022年以来的年度报告一般在第六部分说明这些事项（没有也可写明）。"),
                format!(
                    "The report says nothing of {en}; reports since 2022 usually give them under 六 (or say there were none)."
                ),
            )
            .expected(zh);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    const REPORT: &str = "某县民政局2023年政府信息公开工作年度报告\n\
        一、总体情况\n本年度，我局做好主动公开工作。\n\
        二、主动公开政府信息情况\n| 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n\
        | 规章 | 0 | 0 | 0 |\n\
        六、其他需要报告的事项\n（一）落实年度政务公开工作要点情况。按要点推进。\n\
        （二）人大代表建议和政协提案办理结果公开情况。公开答复5件。\n（三）创新情况。开设专栏。\n";

    #[test]
    fn every_matter_passes_and_what_is_missing_is_listed_once() {
        assert!(check_text(&OtherMattersIncomplete, REPORT).is_empty());
        let thin = REPORT
            .replace("（二）人大代表建议和政协提案办理结果公开情况。公开答复5件。\n（三）创新情况。开设专栏。\n", "");
        let found = check_text(&OtherMattersIncomplete, &thin);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].expected.as_deref(),
            Some("人大代表建议和政协提案办理结果公开情况、年度政务公开工作创新情况")
        );
        // Before 2022 the matters were not yet customary.
        assert!(check_text(&OtherMattersIncomplete, &thin.replace("2023年", "2021年")).is_empty());
        // 靖宇县 2019 (2019 format) is out of scope; 涵江区人社局 2023 reports its 主要任务落实,
        // the 代表建议 it handled and its 创新.
        assert!(check_text(&OtherMattersIncomplete, SEED_003).is_empty());
        assert!(check_text(&OtherMattersIncomplete, SEED_002).is_empty());
    }
}

use super::{unmentioned_in_prose, Topic};
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// In the report of a people's government (`XX县人民政府`, `XX镇人民政府`, or a report in
    /// the name of a place, `XX县2021年政府信息公开工作年度报告`), looks for the results of
    /// 工作考核, 社会评议 and 责任追究 that 条例第五十条(四) requires of every level of
    /// government since 2019. One finding lists those the report never mentions.
    ///
    /// ## Why is this bad?
    /// The regulation makes them part of a government's report (the 2021 format puts them
    /// under 一's 监督保障); evaluators check for them. A department's report need not give them.
    ///
    /// ## Example
    /// ```text
    /// 靖宇县2019年政府信息公开工作年度报告
    /// ……（五）监督保障 将政务公开纳入绩效考核。
    /// ```
    /// 社会评议 and 责任追究 are not reported.
    ///
    /// ## How to fix
    /// State the results of the year's assessment, of public appraisal, and of accountability
    /// (「本年度未发生政府信息公开责任追究情况」 when there was none).
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》第五十条(四)
    /// - 国办公开办函〔2021〕30号, 附件 一 (监督保障)
    AccountabilityResultsMissing {
        code: "NB711",
        name: "accountability-results-missing",
        category: Content,
        severity: Warning,
        summary_zh: "人民政府年度报告未写明工作考核、社会评议和责任追究结果",
        summary_en: "A government's report lacks the results of assessment, public appraisal or accountability",
        doc_zh: [
            "## 规则说明",
            "人民政府的报告（“××县人民政府”“××镇人民政府”，或以地方名义发布的“××县2021年政府信息公开工作年度报告”）应写明工作考核、社会评议和责任追究的结果，这是《条例》第五十条（四）对各级人民政府的要求。缺少的报警告。",
            "## 为什么是问题",
            "这是法定的报告内容，也是考核评估的检查项。",
            "## 示例",
            "```text",
            "（全文没有提到考核、社会评议或责任追究）",
            "```",
            "## 如何修改",
            "写明本年度考核、社会评议和责任追究的结果（没有的写“本年度未发生政府信息公开责任追究情况”）。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第五十条（四）",
            "- 国办公开办函〔2021〕30号，附件 一（监督保障）",
        ],
    }
}

/// What 第五十条(四) asks for, each with the words that show it is reported.
const RESULTS: &[Topic] = &[
    ("工作考核", "assessment", &["考核", "考评", "绩效", "评估"]),
    ("社会评议", "public appraisal", &["评议", "测评", "社会评价"]),
    ("责任追究", "accountability", &["追究", "问责", "追责"]),
];

/// Place marks that make a bare name a place, hence a report of its people's government.
const PLACE_ENDINGS: &[char] = &['省', '市', '县', '区', '旗', '州', '盟', '镇', '乡'];

/// Whether a body's name is a people's government: `…人民政府`, `…政府` (not its office), or
/// a bare place (`靖宇县`).
fn is_government(name: &str) -> bool {
    let name = name.trim();
    name.ends_with("人民政府")
        || (name.ends_with("政府") && !name.contains("办"))
        || (name.chars().count() >= 2
            && name.ends_with(PLACE_ENDINGS)
            && !["城区", "市区", "园区", "景区", "社区", "辖区", "片区", "开发区", "新区管委会"]
                .iter()
                .any(|w| name.ends_with(w)))
}

impl AccountabilityResultsMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        // 第五十条(四) is of the 2019 regulation: pre-2019 reports are out of scope.
        if model.template == Template::Legacy {
            return;
        }
        let Some(body) = model.agency.as_ref().filter(|b| is_government(&b.value)) else { return };
        let Some((zh, en)) = unmentioned_in_prose(model, RESULTS) else { return };
        let at = model.section(1).map_or(body.span, |s| s.span);
        findings
            .add(
                &Self::META,
                at,
                format!(
                    "“{}”是人民政府，其年度报告应当包括工作考核、社会评议和责任追究结果情况（条例第五十条），报告没有写到{zh}。",
                    body.value
                ),
                format!(
                    "\"{}\" is a people's government; its report must give the results of assessment, public appraisal and accountability (Art. 50), but says nothing of {en}.",
                    body.value
                ),
            )
            .related([body.span])
            .expected(zh);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    const REPORT: &str = "青山县人民政府2021年政府信息公开工作年度报告\n\
        一、总体情况\n（五）监督保障。将政务公开纳入绩效考核，开展社会评议，本年度未发生责任追究情况。\n\
        二、主动公开政府信息情况\n| 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n\
        | 规章 | 0 | 0 | 0 |\n";

    #[test]
    fn a_government_must_report_all_three_and_a_department_need_not() {
        assert!(check_text(&AccountabilityResultsMissing, REPORT).is_empty());
        let thin = REPORT.replace("开展社会评议，本年度未发生责任追究情况", "持续推进");
        let found = check_text(&AccountabilityResultsMissing, &thin);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("社会评议、责任追究"));
        assert!(check_text(&AccountabilityResultsMissing, &thin.replace("青山县人民政府", "青山县民政局")).is_empty());
        assert!(
            check_text(&AccountabilityResultsMissing, &thin.replace("青山县人民政府", "青山县政府办公室")).is_empty()
        );
        // A department's seed passes; 靖宇县 (the county itself) reports 考核 only.
        assert!(check_text(&AccountabilityResultsMissing, SEED_002).is_empty());
        let seed = check_text(&AccountabilityResultsMissing, SEED_003);
        assert_eq!(seed.len(), 1);
        assert_eq!(seed[0].expected.as_deref(), Some("社会评议、责任追究"));
    }

    #[test]
    fn government_names() {
        for name in ["靖宇县", "青山县人民政府", "某镇人民政府", "某市政府", "淮安市"] {
            assert!(is_government(name), "{name}");
        }
        for name in ["青山县民政局", "某县政府办公室", "某区人民政府办公室", "经济开发区", "青山县城区"]
        {
            assert!(!is_government(name), "{name}");
        }
    }
}

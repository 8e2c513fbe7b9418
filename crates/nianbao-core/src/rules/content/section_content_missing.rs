use super::{unmentioned, Topic};
use crate::model::{Model, Section, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that two sections of a 2021-format report say what the format asks of them:
    /// 一、总体情况 covers 主动公开, 依申请公开, 政府信息管理, 平台建设 and 监督保障 (one warning
    /// per aspect it never mentions), and 五 states both the problems and the measures taken
    /// or planned (not only `无` or one sentence of either).
    ///
    /// ## Why is this bad?
    /// The format's notes (国办公开办函〔2021〕30号) list what each part reports; evaluators
    /// (CASS, provincial offices) mark a report down for a 总体情况 that skips an aspect and a
    /// 五 that names no problem or no measure. Missing content is a warning, never an error:
    /// the words may be there in other terms.
    ///
    /// ## Example
    /// ```text
    /// 一、总体情况
    /// 本年度，我局认真做好主动公开和依申请公开工作。
    /// ```
    /// 政府信息管理, 平台建设 and 监督保障 are not mentioned.
    ///
    /// ## How to fix
    /// Give each aspect a paragraph (（一）主动公开 … （五）监督保障), and in 五 name the
    /// problems and what will be done about them.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 附件 (年度报告格式) 一、五
    /// - `../shared/notes/auditors-checks.md`
    SectionContentMissing {
        code: "NB708",
        name: "section-content-missing",
        category: Content,
        severity: Warning,
        summary_zh: "总体情况缺少规定的方面，或第五部分未同时写明问题和改进措施",
        summary_en: "总体情况 lacks an aspect the format asks for, or section 五 lacks problems or measures",
        doc_zh: [
            "## 规则说明",
            "检查 2021 年格式报告的两个部分是否写了格式要求的内容：“一、总体情况”应涵盖主动公开、依申请公开、政府信息管理、平台建设和监督保障（缺哪一方面报一条警告）；第五部分应同时写明存在的问题和改进措施。",
            "## 为什么是问题",
            "这是年报格式对这两部分的要求，也是评估时的检查项。",
            "## 示例",
            "```text",
            "一、总体情况（只写了主动公开和依申请公开）",
            "```",
            "## 如何修改",
            "每个方面写一段（（一）主动公开……（五）监督保障）；第五部分写明问题及相应的改进措施。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，附件（年度报告格式）一、五",
        ],
    }
}

/// The aspects 一、总体情况 covers, each with the words that show it is covered.
const OVERVIEW: &[Topic] = &[
    ("主动公开", "proactive disclosure", &["主动公开"]),
    ("依申请公开", "disclosure on request", &["依申请"]),
    ("政府信息管理", "information management", &["信息管理", "信息资源"]),
    ("平台建设", "platforms", &["平台", "网站"]),
    ("监督保障", "oversight", &["监督", "保障", "考核", "培训"]),
];

const PROBLEMS: &[&str] = &["问题", "不足", "差距", "短板", "薄弱", "欠缺", "不够", "有待"];
const MEASURES: &[&str] = &["下一步", "改进", "措施", "加强", "推进", "整改", "提升", "完善", "将"];

impl SectionContentMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.template != Template::Rev2021 {
            return;
        }
        let text = |s: &Section| model.section_lines(s).map(|l| l.text.as_str()).collect::<String>();
        // An empty section is NB104's.
        if let Some(overview) = model.section(1).filter(|s| !text(s).trim().is_empty()) {
            let body = text(overview);
            for (zh, en, _) in unmentioned(OVERVIEW, |w| body.contains(w)) {
                findings
                    .add(
                        &Self::META,
                        overview.span,
                        format!("“总体情况”没有写到“{zh}”方面，2021年版格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、平台建设和监督保障。"),
                        format!("总体情况 says nothing of {en}; the 2021 format asks it to cover proactive disclosure, disclosure on request, information management, platforms and oversight."),
                    )
                    .expected(*zh);
            }
        }
        if let Some(problems) = model.section(5).filter(|s| !text(s).trim().is_empty()) {
            let body = text(problems);
            let (has_problems, has_measures) =
                (PROBLEMS.iter().any(|w| body.contains(w)), MEASURES.iter().any(|w| body.contains(w)));
            let missing = match (has_problems, has_measures) {
                (true, true) => return,
                (false, true) => ("存在的问题", "the problems"),
                (true, false) => ("改进措施", "the measures"),
                (false, false) => ("存在的问题和改进措施", "the problems and the measures"),
            };
            findings
                .add(
                    &Self::META,
                    problems.span,
                    format!("第五部分没有写明{}，应当同时说明工作中存在的主要问题和改进情况。", missing.0),
                    format!(
                        "Section 五 does not state {}; it should name the main problems and how they are addressed.",
                        missing.1
                    ),
                )
                .expected(missing.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const REPORT: &str = "某县民政局2021年政府信息公开工作年度报告\n\
        一、总体情况\n本年度，我局做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。\n\
        二、主动公开政府信息情况\n| 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n\
        | 规章 | 0 | 0 | 0 |\n\
        五、存在的主要问题及改进情况\n主要问题是公开不够及时。下一步将加强培训。\n六、其他需要报告的事项\n无。\n";

    #[test]
    fn every_aspect_and_both_halves_pass_and_what_is_missing_warns() {
        assert!(check_text(&SectionContentMissing, REPORT).is_empty());
        let thin = REPORT
            .replace("做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作", "做好主动公开和依申请公开工作");
        let found = check_text(&SectionContentMissing, &thin);
        let expected: Vec<&str> = found.iter().filter_map(|d| d.expected.as_deref()).collect();
        assert_eq!(expected, ["政府信息管理", "平台建设", "监督保障"]);
        let none = REPORT.replace("主要问题是公开不够及时。下一步将加强培训。", "无。");
        let found = check_text(&SectionContentMissing, &none);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].expected.as_deref(), Some("存在的问题和改进措施"));
    }
}

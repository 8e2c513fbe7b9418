use crate::format::table2::T2Column;
use crate::model::{BodyLevel, Model};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when a county, district, township or street office (or one of their departments)
    /// reports 规章 in table 2 — made this year or in force. The body's level is read from its
    /// name (`青山县民政局`, `洪泽区人民政府`, `城关镇人民政府`); a name that does not show it
    /// (a 市 may be a 设区的市 or a 县级市) is given the benefit of the doubt.
    ///
    /// ## Why is this bad?
    /// Under the 立法法 only the State Council's departments and the people's governments of
    /// provinces, 设区的市 and 自治州 make 规章. A county-level body that counts 规章 has counted
    /// its internal rules or normative documents as 规章 — auditors flag it, and the figure
    /// misleads anyone comparing bodies.
    ///
    /// ## Example
    /// ```text
    /// 青山县民政局2021年政府信息公开工作年度报告
    /// | 规章 | 2 | 0 | 5 |
    /// ```
    ///
    /// ## How to fix
    /// Count the documents as 行政规范性文件 (or leave them out if they are internal), and write
    /// 0 for 规章.
    ///
    /// ## References
    /// - 《中华人民共和国立法法》第九十一条、第九十三条
    /// - 国办公开办函〔2021〕30号, 表二 第二十条第（一）项
    RegulationsWithoutPower {
        code: "NB707",
        name: "regulations-without-power",
        category: Content,
        severity: Warning,
        summary_zh: "县级及以下机关填报了规章（无权制定规章）",
        summary_en: "A county-level or lower body reports 规章, which it has no power to make",
        doc_zh: [
            "## 规则说明",
            "县、区、乡镇、街道机关（或其部门）在表二中填报了规章（本年制发或现行有效）。机关级别由名称判断（“青山县民政局”“洪泽区人民政府”“城关镇人民政府”）。",
            "## 为什么是问题",
            "只有国务院部门和省、设区的市的人民政府才有权制定规章；县级及以下机关填报规章，说明把规范性文件或内部文件当成了规章。",
            "## 示例",
            "```text",
            "（××县民政局）规章 | 1 | 0 | 1 |",
            "```",
            "## 如何修改",
            "把这些文件计为行政规范性文件（内部文件则不计），规章填 0。",
            "## 依据",
            "- 《中华人民共和国立法法》第九十一条、第九十三条",
            "- 国办公开办函〔2021〕30号，表二 第二十条第（一）项",
        ],
    }
}

impl RegulationsWithoutPower {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let (Some(t2), Some(body)) = (&model.tables.active_disclosure, &model.agency) else { return };
        let level = BodyLevel::of(&body.value);
        let level_zh = match level {
            BodyLevel::County => "县级",
            BodyLevel::Township => "乡镇（街道）",
            BodyLevel::Undetermined => return,
        };
        let Some(row) = t2.rows.iter().find(|r| r.label == "规章") else { return };
        // 2021: 本年制发, 现行有效; 2019: 本年新制作, 对外公开总数量 (the same places).
        let counted = [T2Column::Made, T2Column::InForce]
            .into_iter()
            .filter_map(|c| row.cell(c))
            .filter(|c| c.value().is_some_and(|v| v > 0.0))
            .collect::<Vec<_>>();
        let Some(first) = counted.first() else { return };
        findings
            .add(
                &Self::META,
                first.span,
                format!(
                    "“{}”是{level_zh}机关，无权制定规章，但表二“规章”一行填报了数量“{}”。请核实是否把规范性文件或内部制度计为规章。",
                    body.value, first.text
                ),
                format!(
                    "\"{}\" is a {} body and cannot make 规章, yet table 2 reports {} under 规章. Check whether normative documents or internal rules were counted as 规章.",
                    body.value,
                    if level == BodyLevel::County { "county-level" } else { "township-level" },
                    first.text
                ),
            )
            .related(counted[1..].iter().map(|c| c.span).chain([body.span]))
            .expected("0")
            .found(first.text.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const REPORT: &str = "青山县民政局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\
        | 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n\
        | 规章 | 2 | 0 | 5 |\n| 行政规范性文件 | 2 | 0 | 5 |\n";

    #[test]
    fn a_county_body_with_regulations_warns_and_a_city_or_none_passes() {
        let found = check_text(&RegulationsWithoutPower, REPORT);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found.as_deref(), Some("2"));
        assert_eq!(found[0].related.len(), 2, "the in-force cell and the body's name");
        let city = REPORT.replace("青山县民政局", "淮安市民政局");
        assert!(check_text(&RegulationsWithoutPower, &city).is_empty(), "a 市 may be a 设区的市");
        let none = REPORT.replace("| 规章 | 2 | 0 | 5 |", "| 规章 | 0 | 0 | 0 |");
        assert!(check_text(&RegulationsWithoutPower, &none).is_empty());
    }
}

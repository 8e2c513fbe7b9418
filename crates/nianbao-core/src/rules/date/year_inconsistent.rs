use crate::model::Model;
use crate::report::Severity;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that the year in the title, the year of the 统计期限 and the year the opening
    /// section speaks of are the same. A title and statistics period that disagree is an error.
    ///
    /// ## Why is this bad?
    /// A report copied from last year's often keeps one old year: the title says 2023 but the
    /// statistics period says 2022. Readers can't tell which year the figures are for.
    ///
    /// ## Example
    /// ```text
    /// XX局2023年政府信息公开工作年度报告
    /// 本报告中所列数据的统计期限为2022年1月1日至2022年12月31日。
    /// ```
    ///
    /// ## How to fix
    /// Correct every year to the report year.
    ///
    /// ## References
    /// - FORMAT.md §6.6 S-5, defect D08
    YearInconsistent {
        code: "NB502",
        name: "year-inconsistent",
        category: Date,
        severity: Warning,
        summary_zh: "标题、统计期限与正文的年度不一致",
        summary_en: "The title, statistics period and body give different years",
        doc_zh: [
            "## 规则说明",
            "检查标题中的年份、统计期限的年份和第一部分所述的年份是否一致。标题与统计期限不一致为错误。",
            "## 为什么是问题",
            "年份不一致通常是沿用了上一年的报告而没有全部改过来。",
            "## 示例",
            "```text",
            "××局2023年政府信息公开工作年度报告 …… 统计期限为2022年1月1日至2022年12月31日",
            "```",
            "## 如何修改",
            "把所有年份改为报告年度。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》第四十九条",
        ],
    }
}

impl YearInconsistent {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let e = &model.year_evidence;
        let period = e.statistics_period.as_ref().map(|p| (p.value.year, p.span));
        let title = e.title.as_ref().map(|t| (t.value, t.span));
        let body = e.body.as_ref().map(|b| (b.value, b.span));
        if let (Some((py, ps)), Some((ty, ts))) = (period, title) {
            if py != ty {
                findings
                    .add(
                        &Self::META,
                        ps,
                        format!("标题为{ty}年，但统计期限为{py}年。"),
                        format!("The title says {ty} but the statistics period says {py}."),
                    )
                    .severity(Severity::Error)
                    .related([ts])
                    .expected(ty.to_string())
                    .found(py.to_string());
                return;
            }
        }
        let Some((stated, stated_span)) = period.or(title) else { return };
        if let Some((by, bs)) = body.filter(|(by, _)| *by != stated) {
            findings
                .add(
                    &Self::META,
                    bs,
                    format!("报告年度为{stated}年，但总体情况部分主要写的是{by}年。"),
                    format!("The report year is {stated}, but the overview speaks mostly of {by}."),
                )
                .related([stated_span])
                .expected(stated.to_string())
                .found(by.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_004;
    use crate::rules::testing::check_text;

    #[test]
    fn one_year_passes_and_last_years_period_fails() {
        assert!(check_text(&YearInconsistent, SEED_004).is_empty());
        let stale = "XX局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n2023年，我局……\n";
        let found = check_text(&YearInconsistent, stale);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
    }
}

use super::{CrossFindings, ReportSet};
use crate::rules::cross_rule;
use std::collections::HashMap;

cross_rule! {
    /// ## What it does
    /// Warns about a report whose text (white space aside) is the same as a report checked
    /// before it in the same run: the same report filed twice, under two names or for two
    /// bodies.
    ///
    /// ## Why is this bad?
    /// A portal that lists one report twice, or a body that filed another body's report as
    /// its own, leaves one report missing and one counted twice in a review; a report filed
    /// under the wrong year hides that year's.
    ///
    /// ## Example
    /// `2023/卫健委.html` and `2023/卫生健康委员会.txt` hold the same report.
    ///
    /// ## How to fix
    /// Keep one copy; if the second stood for another body or year, file that report instead.
    ReportDuplicate {
        code: "NB804",
        name: "report-filed-twice",
        category: Content,
        severity: Warning,
        summary_zh: "与同批另一份报告内容完全相同",
        summary_en: "The same report as another one checked in the run",
        doc_zh: [
            "## 规则说明",
            "某份报告的文字（不计空白）与同一批中前面检查过的另一份完全相同：同一份报告以两个名称提交，或被当作两个机关的报告。",
            "## 为什么是问题",
            "两个机关或两个年度不可能有完全相同的报告。",
            "## 示例",
            "```text",
            "甲局2023年报告.docx 与 乙局2023年报告.docx 内容相同",
            "```",
            "## 如何修改",
            "保留一份；如果第二份本应是另一机关或另一年度的报告，换成那份报告。",
            "## 依据",
            "- 国办公开办函〔2021〕30号：内容雷同、敷衍塞责",
        ],
    }
}

impl ReportDuplicate {
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings) {
        let mut first: HashMap<u64, usize> = HashMap::new();
        for (i, report) in set.reports.iter().enumerate() {
            // An empty or unreadable file is reported as such, not as a copy.
            if report.paragraphs.is_empty() && report.carried_in.is_none() {
                continue;
            }
            match first.get(&report.content) {
                Some(&earlier) => {
                    let before = &set.reports[earlier];
                    findings
                        .add(
                            &Self::META,
                            i,
                            report.first_line,
                            before,
                            format!("本报告与 {} 内容完全相同。", before.source),
                            format!("This report is the same as {}.", before.source),
                        )
                        .related([before.first_line]);
                }
                None => {
                    first.insert(report.content, i);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cross::testing::{last_year, run, SEED_002};

    #[test]
    fn distinct_reports_pass_and_a_copy_warns() {
        assert!(run(&ReportDuplicate, &[&last_year(SEED_002), SEED_002]).is_empty());
        let respaced = SEED_002.replace('，', "， ");
        let found = run(&ReportDuplicate, &[SEED_002, &respaced]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].report, 1);
        assert_eq!(found[0].diagnostic.related_source.as_deref(), Some("0.txt"));
    }
}

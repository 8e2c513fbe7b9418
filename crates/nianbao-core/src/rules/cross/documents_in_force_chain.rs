use super::{CrossFindings, ReportSet};
use crate::rules::arithmetic::number;
use crate::rules::cross_rule;

cross_rule! {
    /// ## What it does
    /// Checks, for a body's reports of two consecutive years in the 2021 format, that table 2's
    /// 现行有效件数 of 规章 and of 行政规范性文件 follows from last year's:
    /// this year's 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
    ///
    /// ## Why is this bad?
    /// The documents in force at the end of the year are last year's, plus those issued, minus
    /// those repealed. A count that does not follow means a document issued or repealed was
    /// left out, or 现行有效件数 was filled in with this year's issues only (a common slip).
    /// Documents can also lapse when their validity period ends; such a change should be
    /// counted as 废止 or explained, so this is a warning.
    ///
    /// ## Example
    /// 2022: `行政规范性文件 | 3 | 1 | 20`; 2023: `行政规范性文件 | 4 | 0 | 4` (expected 24).
    ///
    /// ## How to fix
    /// Count the documents in force on 31 December from the document register; record lapsed
    /// documents as 本年废止.
    DocumentsInForceChain {
        code: "NB802",
        name: "documents-in-force-chain",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "现行有效件数不等于上年现行有效件数加本年制发减本年废止",
        summary_en: "Documents in force differ from last year's plus issued minus repealed",
        doc_zh: [
            "## 规则说明",
            "同一机关连续两年的 2021 年格式报告，核对表二中规章和行政规范性文件的“现行有效件数”：本年现行有效＝上年现行有效＋本年制发－本年废止。",
            "## 为什么是问题",
            "现行有效件数是逐年滚动的；对不上，说明有文件的制发或废止没有统计。",
            "## 示例",
            "```text",
            "2022 年现行有效 19；2023 年制发 2、废止 1，现行有效 25（应为 20）",
            "```",
            "## 如何修改",
            "按文件台账统计 12 月 31 日现行有效的文件；失效的文件计为本年废止。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二 第二十条第（一）项",
        ],
    }
}

impl DocumentsInForceChain {
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings) {
        for (earlier, later) in set.consecutive() {
            let (before, now) = (&set.reports[earlier], &set.reports[later]);
            for row in &now.documents {
                let Some(prev) = before.documents.iter().find(|p| p.label == row.label) else {
                    continue;
                };
                let (Some(prev_in_force), Some(made), Some(repealed), Some(in_force)) =
                    (prev.in_force.value, row.made.value, row.repealed.value, row.in_force.value)
                else {
                    continue;
                };
                let expected = prev_in_force + made - repealed;
                if expected == in_force {
                    continue;
                }
                let year = before.year.unwrap_or_default();
                findings.add(
                    &Self::META,
                    later,
                    row.in_force.span,
                    before,
                    format!(
                        "“{}”现行有效 {} 件，而 {year} 年报告现行有效 {} 件 + 本年制发 {} 件 − 本年废止 {} 件 = {} 件。",
                        row.label,
                        number(in_force),
                        number(prev_in_force),
                        number(made),
                        number(repealed),
                        number(expected)
                    ),
                    format!(
                        "\"{}\": {} in force, but {} in force in the {year} report + {} issued − {} repealed = {}.",
                        row.label,
                        number(in_force),
                        number(prev_in_force),
                        number(made),
                        number(repealed),
                        number(expected)
                    ),
                ).related([prev.in_force.span]).expected(number(expected)).found(number(in_force));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cross::testing::{last_year, run, SEED_002};

    #[test]
    fn a_count_that_follows_passes_and_one_that_does_not_warns() {
        // Seed 002 (2023): 规范性文件 0 issued, 0 repealed, 1 in force; 规章 0, 0, 0.
        assert!(run(&DocumentsInForceChain, &[&last_year(SEED_002), SEED_002]).is_empty());
        let twenty = last_year(SEED_002).replace("| 规范性文件 | 0 | 0 | 1 |", "| 规范性文件 | 3 | 1 | 20 |");
        let found = run(&DocumentsInForceChain, &[&twenty, SEED_002]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].diagnostic.expected.as_deref(), Some("20"));
        assert_eq!(found[0].diagnostic.found.as_deref(), Some("1"));
    }
}

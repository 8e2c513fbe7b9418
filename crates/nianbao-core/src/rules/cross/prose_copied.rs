use super::{CrossFindings, ReportSet};
use crate::rules::cross_rule;
use std::collections::HashMap;

/// More copied paragraphs than this are one finding, not one each.
const MAX_SEPARATE: usize = 3;

cross_rule! {
    /// ## What it does
    /// Warns, when a body's reports of two consecutive years are checked together, about long
    /// paragraphs (60 characters or more) of this year's report that are word for word in last
    /// year's. Four or more copied paragraphs are one finding that counts them.
    ///
    /// ## Why is this bad?
    /// A report describes the year's work; a paragraph carried over unchanged describes last
    /// year's. Evaluations of 政务公开 mark reports copied from the year before ("照搬上年"),
    /// and a copied paragraph often still holds last year's facts.
    ///
    /// ## Example
    /// The 2023 report's 五、存在的主要问题及改进情况 repeats the 2022 report's paragraph
    /// "信息公开的及时性有待提高，部分栏目更新不够及时……" word for word.
    ///
    /// ## How to fix
    /// Write what this year's work was, the problems found this year and what was done about
    /// last year's.
    ProseCopied {
        code: "NB803",
        name: "prose-copied-from-last-year",
        category: Content,
        severity: Warning,
        summary_zh: "段落与上年报告完全相同",
        summary_en: "Paragraphs copied word for word from last year's report",
        doc_zh: [
            "## 规则说明",
            "同一机关连续两年的报告一起检查时，找出本年与上年逐字相同的长段落（60 个字以上）。照抄 4 段及以上的合为一条。",
            "## 为什么是问题",
            "年度报告应当写本年度的工作；整段照抄上年，是评估中“内容雷同、敷衍塞责”的典型问题。",
            "## 示例",
            "```text",
            "（2023 年第五部分与 2022 年第五部分一字不差）",
            "```",
            "## 如何修改",
            "写本年的工作、本年发现的问题，以及对上年问题的改进情况。",
            "## 依据",
            "- 国办公开办函〔2021〕30号：内容雷同、敷衍塞责",
        ],
    }
}

impl ProseCopied {
    fn check(&self, set: &ReportSet, findings: &mut CrossFindings) {
        for (earlier, later) in set.consecutive() {
            let (before, now) = (&set.reports[earlier], &set.reports[later]);
            let previous: HashMap<u64, crate::span::Span> =
                before.paragraphs.iter().rev().map(|&(hash, span)| (hash, span)).collect();
            let copied: Vec<_> =
                now.paragraphs.iter().filter_map(|(hash, span)| previous.get(hash).map(|p| (*span, *p))).collect();
            let year = before.year.unwrap_or_default();
            if copied.len() > MAX_SEPARATE {
                findings
                    .add(
                        &Self::META,
                        later,
                        copied[0].0,
                        before,
                        format!("有 {} 段文字与 {year} 年报告完全相同（此处为第一段）。", copied.len()),
                        format!(
                            "{} paragraphs are word for word in the {year} report (this is the first).",
                            copied.len()
                        ),
                    )
                    .related(copied.iter().map(|c| c.1));
                continue;
            }
            for (span, previous) in copied {
                findings
                    .add(
                        &Self::META,
                        later,
                        span,
                        before,
                        format!("这段文字与 {year} 年报告中的一段完全相同。"),
                        format!("This paragraph is word for word in the {year} report."),
                    )
                    .related([previous]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cross::testing::{last_year, rewritten, run, SEED_002};

    #[test]
    fn rewritten_prose_passes_and_copied_prose_warns() {
        assert!(run(&ProseCopied, &[&rewritten(&last_year(SEED_002)), SEED_002]).is_empty());
        // Seed 002 has three long paragraphs without a year in them: one finding each.
        let found = run(&ProseCopied, &[&last_year(SEED_002), SEED_002]);
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|f| f.report == 1 && f.diagnostic.related.len() == 1));
        // Two more copied paragraphs: one finding that counts the five.
        let more = "我局进一步完善政府信息公开工作机制，明确分管领导和具体工作人员职责，确保信息发布及时准确，切实保障人民群众的知情权、参与权和监督权。\n\
                    下一步，我局将继续加强政务公开专题培训，提升工作人员业务水平，推动政府信息公开工作规范化、标准化，更好服务经济社会发展大局。\n";
        let found = run(&ProseCopied, &[&format!("{}\n{more}", last_year(SEED_002)), &format!("{SEED_002}\n{more}")]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].diagnostic.related.len(), 5);
        // Reports of the same year are not compared as consecutive.
        assert!(run(&ProseCopied, &[SEED_002, SEED_002]).is_empty());
    }
}

use super::{counts, number, prose_with_digits, sentences, span_in};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds a sentence that says more applications were finished than received
    /// (`受理117件，办结171件`) and says nothing of applications carried over from the year
    /// before (上年结转), which alone could make up the difference — in reports of every
    /// format, the pre-2019 ones too.
    ///
    /// ## Why is this bad?
    /// An application can only be finished once it was received. Unless some were carried
    /// over, a sentence that finishes more than it received has a mistyped number (117 and
    /// 171 are the commonest case: two digits swapped).
    ///
    /// ## Example
    /// ```text
    /// 全年共受理政府信息公开申请117件，办结171件。
    /// ```
    ///
    /// ## How to fix
    /// Correct the number that is wrong, or state the applications carried over from last year.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三 (一 + 二 = 三 + 四)
    NarrativeHandledExceeds {
        code: "NB609",
        name: "narrative-handled-exceeds",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述办结申请数多于受理数，且未提及上年结转",
        summary_en: "The text finishes more applications than it received, with no carry-over stated",
        doc_zh: [
            "## 规则说明",
            "找出办结数多于受理数、却没有提到上年结转的句子（“受理117件，办结171件”）——只有上年结转的申请才能补足这个差额。各种格式的报告都检查。",
            "## 为什么是问题",
            "没有上年结转，办结的就不可能比受理的多；多半是数字颠倒或写错。",
            "## 示例",
            "```text",
            "全年共受理政府信息公开申请117件，办结171件。",
            "```",
            "## 如何修改",
            "改正写错的数字，或写明上年结转的申请。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三（一＋二＝三＋四）",
        ],
    }
}

const RECEIVED: &[&str] = &["受理", "收到", "新收"];
const FINISHED: &[&str] = &["办结", "答复完毕", "已答复"];
const CARRIED: &[&str] = &["结转", "上年", "遗留"];

impl NarrativeHandledExceeds {
    fn check(&self, model: &Model, findings: &mut Findings) {
        // Carried-over applications stated anywhere (table 3's 二, or the prose) explain it.
        let carried_in_table = model
            .tables
            .applications
            .as_ref()
            .and_then(|t3| t3.row(crate::format::T3Row::CarriedIn))
            .is_some_and(|r| r.total().value().is_some_and(|v| v > 0.0));
        if carried_in_table {
            return;
        }
        for line in prose_with_digits(model).filter(|l| l.text.contains("申请") || l.text.contains("受理")) {
            for (offset, sentence) in sentences(&line.text) {
                if CARRIED.iter().any(|w| sentence.contains(w)) {
                    continue;
                }
                // The first count right after each verb (at most a few characters between).
                let count_after = |verbs: &[&str]| {
                    verbs.iter().filter_map(|v| sentence.find(v).map(|at| at + v.len())).min().and_then(|from| {
                        counts(&sentence[from..])
                            .into_iter()
                            .next()
                            .filter(|n| sentence[from..from + n.range.start].chars().count() <= 12)
                            .map(|n| (n.value, from + n.range.start..from + n.range.end))
                    })
                };
                let (Some((received, r_range)), Some((finished, f_range))) =
                    (count_after(RECEIVED), count_after(FINISHED))
                else {
                    continue;
                };
                if finished <= received || f_range.start < r_range.end {
                    continue;
                }
                let at = |r: &std::ops::Range<usize>| span_in(model, line, offset + r.start..offset + r.end);
                findings
                    .add(
                        &Self::META,
                        at(&f_range),
                        format!(
                            "正文称办结 {} 件，多于受理 {} 件，又未提及上年结转的申请，请核对数字是否写错。",
                            number(finished),
                            number(received)
                        ),
                        format!(
                            "The text finishes {} application(s) but received {}, and states none carried over; check the numbers.",
                            number(finished),
                            number(received)
                        ),
                    )
                    .related([at(&r_range)])
                    .expected(format!("≤ {}", number(received)))
                    .found(number(finished));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn more_finished_than_received_warns_unless_some_were_carried_over() {
        let found = check_text(&NarrativeHandledExceeds, "全年共受理政府信息公开申请117件，办结171件。\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found.as_deref(), Some("171"));
        assert!(check_text(&NarrativeHandledExceeds, "全年共受理政府信息公开申请171件，办结171件。\n").is_empty());
        let carried = "全年共受理政府信息公开申请117件，加上上年结转60件，办结171件。\n";
        assert!(check_text(&NarrativeHandledExceeds, carried).is_empty());
        for seed in [SEED_002, SEED_003] {
            assert!(check_text(&NarrativeHandledExceeds, seed).is_empty());
        }
    }
}

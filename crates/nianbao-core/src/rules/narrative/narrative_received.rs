use super::{counts, number, prose_with_digits, sentences, span_in, t3_total};
use crate::format::T3Row;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares the number of applications the text says were received (`共收到…申请N件`,
    /// `受理依申请公开N件`) with table 3's 一、本年新收 (总计), or with 一 + 二 when the text
    /// includes the carried-over ones.
    ///
    /// ## Why is this bad?
    /// The overview and the table describe the same applications. When they disagree, at least
    /// one of them is wrong, and readers quote whichever they saw first.
    ///
    /// ## Example
    /// ```text
    /// 2019年，我县共收到依申请公开信息5条……
    /// 一、本年新收政府信息公开申请数量 | 3 | … | 3 |
    /// ```
    ///
    /// ## How to fix
    /// Make the text and the table agree.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-1
    NarrativeReceived {
        code: "NB601",
        name: "narrative-received",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述收到申请数与表三不一致",
        summary_en: "The number of applications received in the text differs from table 3",
        doc_zh: [
            "## 规则说明",
            "比较正文所述收到的申请数（“共收到……申请N件”“受理依申请公开N件”）与表三“一、本年新收”的总计（正文包括上年结转的，则与一＋二比较）。",
            "## 为什么是问题",
            "正文与表格说法不一，读者不知道哪个是真的。",
            "## 示例",
            "```text",
            "本年度共收到政府信息公开申请15件。（表三本年新收总计为 12）",
            "```",
            "## 如何修改",
            "使正文与表格一致。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
    }
}

const TRIGGERS: &[&str] = &["收到", "受理", "新收", "接收"];
const NEGATIONS: &[&str] = &["未收到", "没有收到", "未受理", "未接收", "无"];

impl NarrativeReceived {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(total) = t3_total(model, &[T3Row::Received]) else { return };
        let received = total.value;
        let carried = t3_total(model, &[T3Row::CarriedIn]).map_or(0.0, |c| c.value);
        for line in prose_with_digits(model) {
            for (offset, sentence) in sentences(&line.text) {
                if !sentence.contains("申请") || NEGATIONS.iter().any(|n| sentence.contains(n)) {
                    continue;
                }
                let Some(at) = TRIGGERS.iter().filter_map(|t| sentence.find(t)).min() else { continue };
                let Some(n) = counts(&sentence[at..]).into_iter().next() else { continue };
                if n.value == received || n.value == received + carried {
                    continue;
                }
                let range = offset + at + n.range.start..offset + at + n.range.end;
                findings
                    .add(
                        &Self::META,
                        span_in(model, line, range),
                        format!(
                            "正文称收到申请 {} {}，表三“本年新收”为 {}{}。",
                            number(n.value),
                            n.unit,
                            number(received),
                            total.note_zh()
                        ),
                        format!(
                            "The text says {} applications were received; table 3 row 一 says {}{}.",
                            number(n.value),
                            number(received),
                            total.note_en()
                        ),
                    )
                    .related(total.cells.iter().map(|c| c.span))
                    .expected(number(received))
                    .found(number(n.value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::SEED_003;
    use crate::rules::testing::check_text;

    #[test]
    fn agreeing_text_passes_and_a_different_count_warns() {
        assert!(check_text(&NarrativeReceived, SEED_003).is_empty());
        let wrong = SEED_003.replace("共收到依申请公开信息3条", "共收到依申请公开信息5条");
        let found = check_text(&NarrativeReceived, &wrong);
        assert_eq!(found.len(), 1);
        assert_eq!(&wrong[found[0].span.range()], "5");
    }
}

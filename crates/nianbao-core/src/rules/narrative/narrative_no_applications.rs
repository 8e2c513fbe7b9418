use super::{number, prose, span_in, t3_total};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the text says no application was received (`未收到政府信息公开申请`,
    /// `没有依申请公开办理情况`) but table 3's 一、本年新收 is not 0.
    ///
    /// ## Why is this bad?
    /// One of the two is wrong: often the sentence was kept from last year's report.
    ///
    /// ## Example
    /// ```text
    /// 2023年度我局未收到政府信息公开申请。
    /// 一、本年新收政府信息公开申请数量 | 2 | … | 2 |
    /// ```
    ///
    /// ## How to fix
    /// Correct the sentence or the table.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-5
    NarrativeNoApplications {
        code: "NB603",
        name: "narrative-no-applications",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文称未收到申请，但表三有新收申请",
        summary_en: "The text says no applications were received, but table 3 has some",
        doc_zh: [
            "## 规则说明",
            "正文称未收到申请（“未收到政府信息公开申请”“没有依申请公开办理情况”），而表三“一、本年新收”不为 0。",
            "## 为什么是问题",
            "两处说法互相矛盾。",
            "## 示例",
            "```text",
            "本年度未收到政府信息公开申请。（表三本年新收总计为 3）",
            "```",
            "## 如何修改",
            "改正正文或表格。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
    }
}

const PHRASES: &[&str] = &["未收到", "没有收到", "没有依申请公开", "无依申请公开", "未发生"];

impl NarrativeNoApplications {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(total) = t3_total(model, &[crate::format::T3Row::Received]) else { return };
        let received = total.value;
        if received == 0.0 {
            return;
        }
        for line in prose(model).filter(|l| l.text.contains("申请")) {
            let Some((at, phrase)) = PHRASES.iter().filter_map(|p| line.text.find(p).map(|i| (i, *p))).min() else {
                continue;
            };
            // The claim must be about applications, close to the phrase.
            let window_end = crate::span::floor_char_boundary(&line.text, (at + 40).min(line.text.len()));
            if !line.text[at..window_end].contains("申请") {
                continue;
            }
            findings
                .add(
                    &Self::META,
                    span_in(model, line, at..at + phrase.len()),
                    format!("正文称“{phrase}”申请，但表三“本年新收”为 {}{}。", number(received), total.note_zh()),
                    format!(
                        "The text says no applications were received, but table 3 row 一 says {}{}.",
                        number(received),
                        total.note_en()
                    ),
                )
                .related(total.cells.iter().map(|c| c.span))
                .expected("0")
                .found(number(received));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn seed_002_passes_and_a_contradiction_warns() {
        assert!(check_text(&NarrativeNoApplications, SEED_002).is_empty());
        let contradiction = SEED_002.replace(
            "| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
        );
        assert_eq!(check_text(&NarrativeNoApplications, &contradiction).len(), 1);
    }
}

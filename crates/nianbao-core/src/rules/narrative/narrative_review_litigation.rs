use super::{counts, number, prose_with_digits, span_in};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares "行政复议N件" and "行政诉讼N件" in the text with table 4: the 行政复议 总计, and
    /// the two 行政诉讼 总计 together.
    ///
    /// ## Why is this bad?
    /// Review and litigation figures are watched closely; a text that disagrees with the table
    /// is quoted against the body.
    ///
    /// ## Example
    /// ```text
    /// 全年发生政府信息公开行政复议2件……
    /// 0 | 0 | 0 | 0 | 0 | …
    /// ```
    ///
    /// ## How to fix
    /// Make the text and table 4 agree.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-7
    NarrativeReviewLitigation {
        code: "NB605",
        name: "narrative-review-litigation",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述行政复议、行政诉讼件数与表四不一致",
        summary_en: "Review or litigation counts in the text differ from table 4",
        doc_zh: [
            "## 规则说明",
            "比较正文所述“行政复议N件”“行政诉讼N件”与表四：行政复议的总计，以及两组行政诉讼的总计之和。",
            "## 为什么是问题",
            "正文与表四不一致，至少有一处是错的。",
            "## 示例",
            "```text",
            "本年度发生行政复议2件。（表四行政复议总计为 1）",
            "```",
            "## 如何修改",
            "使正文与表四一致。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表四",
        ],
    }
}

impl NarrativeReviewLitigation {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t4) = &model.tables.review_litigation else { return };
        let value = |i: usize| t4.cells[i].arithmetic_value();
        let (Some(review), Some(direct), Some(after)) = (value(4), value(9), value(14)) else { return };
        let checks = [("行政复议", review, vec![4]), ("行政诉讼", direct + after, vec![9, 14])];
        for line in prose_with_digits(model) {
            for (word, table_value, cells) in &checks {
                let Some(at) = line.text.find(word) else { continue };
                let after_word = at + word.len();
                // The count must follow the word closely: "行政复议2件", "行政诉讼案件1件".
                let Some(n) = counts(&line.text[after_word..]).into_iter().next().filter(|n| n.range.start <= 9) else {
                    continue;
                };
                if n.value == *table_value {
                    continue;
                }
                let range = after_word + n.range.start..after_word + n.range.end;
                findings
                    .add(
                        &Self::META,
                        span_in(model, line, range),
                        format!("正文称{word} {} {}，表四为 {}。", number(n.value), n.unit, number(*table_value)),
                        format!(
                            "The text gives {} for {word}; table 4 says {}.",
                            number(n.value),
                            number(*table_value)
                        ),
                    )
                    .related(cells.iter().map(|&i| t4.cells[i].span))
                    .expected(number(*table_value))
                    .found(number(n.value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn silent_text_passes_and_a_claimed_review_warns() {
        assert!(check_text(&NarrativeReviewLitigation, SEED_002).is_empty());
        let claimed = SEED_002.replace("参加信息公开培训", "全年发生行政复议2件。参加信息公开培训");
        assert_eq!(check_text(&NarrativeReviewLitigation, &claimed).len(), 1);
    }
}

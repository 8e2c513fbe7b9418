use super::{counts, number, prose_with_digits, span_in, t3_total};
use crate::format::{T3Group, T3Row};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares other table-3 figures quoted in the text with the table (总计 column):
    /// `予以公开N件` (（一）), `部分公开N件` (（二）), `不予公开N件` (（三）), `无法提供N件`
    /// (（四）), `不予处理N件` (（五）), `上年结转N件` (二) and `结转下年度N件` (四).
    ///
    /// ## Why is this bad?
    /// The text and the table describe the same applications; a mismatch means one was not
    /// updated. (Shanghai 2019: "予以公开及部分公开258件" against 275 in the table.)
    ///
    /// ## Example
    /// ```text
    /// 其中予以公开2件……
    /// (一)予以公开 | 0 | … | 0 |
    /// ```
    ///
    /// ## How to fix
    /// Make the text and the table agree.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-3
    NarrativeCounts {
        code: "NB606",
        name: "narrative-counts",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述办理结果或结转件数与表三不一致",
        summary_en: "Result or carry-over counts in the text differ from table 3",
        doc_zh: [
            "## 规则说明",
            "比较正文引用的表三其他数字与表格（总计列）：“予以公开N件”（（一））、“部分公开N件”（（二））、“不予公开N件”（（三））、“无法提供N件”（（四））、“不予处理N件”（（五））、“上年结转N件”（二）、“结转下年度N件”（四）。",
            "## 为什么是问题",
            "正文与表格不一致，至少有一处是错的。",
            "## 示例",
            "```text",
            "其中予以公开8件。（表三（一）予以公开总计为 6）",
            "```",
            "## 如何修改",
            "使正文与表格一致。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
    }
}

/// Phrase in the text → table-3 rows whose 总计 it states.
const PHRASES: &[(&str, &[T3Row])] = &[
    ("予以公开及部分公开", &[T3Row::Granted, T3Row::PartlyGranted]),
    ("予以公开", &[T3Row::Granted]),
    ("部分公开", &[T3Row::PartlyGranted]),
    ("不予公开", T3Group::Refused.rows()),
    ("无法提供", T3Group::Unavailable.rows()),
    ("不予处理", T3Group::NotHandled.rows()),
    ("上年结转", &[T3Row::CarriedIn]),
    ("结转下年度", &[T3Row::CarriedOver]),
];

impl NarrativeCounts {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if model.tables.applications.is_none() {
            return;
        }
        for line in prose_with_digits(model) {
            let mut taken: Vec<usize> = Vec::new();
            for (phrase, ids) in PHRASES {
                let Some(at) = line.text.find(phrase) else { continue };
                // A longer phrase already claimed this place ("予以公开及部分公开").
                if taken.iter().any(|&t| t <= at && at < t + 30) {
                    continue;
                }
                let after = at + phrase.len();
                let Some(n) = counts(&line.text[after..]).into_iter().next().filter(|n| n.range.start <= 3) else {
                    continue;
                };
                taken.push(at);
                let Some(total) = t3_total(model, ids) else { continue };
                let value = total.value;
                if n.value == value {
                    continue;
                }
                let range = after + n.range.start..after + n.range.end;
                findings
                    .add(
                        &Self::META,
                        span_in(model, line, range),
                        format!(
                            "正文称{phrase} {} {}，表三相应行的总计为 {}{}。",
                            number(n.value),
                            n.unit,
                            number(value),
                            total.note_zh()
                        ),
                        format!(
                            "The text gives {} for {phrase}; table 3 says {}{}.",
                            number(n.value),
                            number(value),
                            total.note_en()
                        ),
                    )
                    .related(total.cells.iter().map(|c| c.span))
                    .expected(number(value))
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
    fn silent_text_passes_and_a_wrong_count_warns() {
        assert!(check_text(&NarrativeCounts, SEED_003).is_empty());
        let claimed = SEED_003.replace("均在规定时限内予以办结", "其中予以公开2件，均在规定时限内予以办结");
        let found = check_text(&NarrativeCounts, &claimed);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("0"));
    }

    #[test]
    fn a_blank_total_is_read_as_the_sum_of_its_applicants() {
        // Word-exported pages leave 总计 empty for detail rows.
        let t3 = concat!(
            "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n",
            "| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |\n",
            "| 三、本年度办理结果 | （一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | |\n",
        );
        let agreeing = format!("三、收到和处理政府信息公开申请情况\n其中予以公开5件。\n{t3}");
        assert!(check_text(&NarrativeCounts, &agreeing).is_empty(), "5 = 4 + 1, not the blank 总计");
        let differing = agreeing.replace("予以公开5件", "予以公开7件");
        let found = check_text(&NarrativeCounts, &differing);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.zh.contains("总计栏为空"), "{}", found[0].message.zh);
        assert_eq!(found[0].expected.as_deref(), Some("5"));
    }
}

use super::{counts, number, prose_with_digits, span_in};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks lists in the prose of the form "共N条，其中a条、b条……": when the list is exhaustive
    /// (it ends with 其他/其它, or it names the three kinds of disclosure — 主动公开, 依申请公开,
    /// 不予公开 — a partition of every item, as pre-2019 reports count them) the parts must add
    /// up to N; a plain list (no shares or other text
    /// between the parts, whose categories may overlap) may not add up to more than N.
    ///
    /// ## Why is this bad?
    /// Such sentences are where readers get their figures; a breakdown that doesn't add up
    /// means one number was not updated.
    ///
    /// ## Example
    /// ```text
    /// 主动公开政府信息33件，其中行政许可类信息1件，民政类信息24件，其他类信息9件。
    /// ```
    /// 1 + 24 + 9 = 34 ≠ 33.
    /// ```text
    /// 公开政府信息总数3978条，其中主动公开2026条，依申请公开46条，不予公开1854条。
    /// ```
    /// 2026 + 46 + 1854 = 3926 ≠ 3978.
    ///
    /// ## How to fix
    /// Correct the total or the part that is wrong.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-6
    NarrativePartsSum {
        code: "NB604",
        name: "narrative-parts-sum",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文“共N，其中……”各项之和与总数不符",
        summary_en: "A \"共N，其中…\" breakdown in the text does not add up",
        doc_zh: [
            "## 规则说明",
            "检查正文中“共N条，其中a条、b条……”形式的列举：列举完整时（以“其他/其它”结尾，或列出主动公开、依申请公开、不予公开这三类——旧格式报告对全部信息的划分），各项之和应等于总数，否则各项之和不应超过总数。",
            "## 为什么是问题",
            "分项之和与总数不符，说明某个数字写错。",
            "## 示例",
            "```text",
            "共公开信息500条，其中政务动态300条、通知公告150条、其他100条。",
            "```",
            "## 如何修改",
            "改正总数或写错的分项。",
            "## 依据",
            "- 本工具的检查规则（正文数字的内在一致）",
        ],
    }
}

impl NarrativePartsSum {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for line in prose_with_digits(model) {
            let text = &line.text;
            let numbers = counts(text);
            for (k, total) in numbers.iter().enumerate() {
                // 其中 right after the total: "8562条。其中，" or "33件,其中".
                let after = &text[total.range.end + total.unit.len()..];
                let gap: String = after.chars().take(4).collect();
                let Some(qz) = gap.find("其中") else { continue };
                if gap[..qz].chars().any(|c| !matches!(c, '。' | '，' | ',' | '：' | ':' | ' ')) {
                    continue;
                }
                let list_start = total.range.end + total.unit.len() + qz;
                let list_end = text[list_start..].find(['。', '；', ';']).map_or(text.len(), |e| list_start + e);
                let parts: Vec<_> =
                    numbers[k + 1..].iter().filter(|n| n.range.start < list_end && n.unit == total.unit).collect();
                if parts.len() < 2 {
                    continue;
                }
                let sum: f64 = parts.iter().map(|p| p.value).sum();
                let last = parts[parts.len() - 1];
                let before_last = &text[parts[parts.len() - 2].range.end..last.range.start];
                let exhaustive = before_last.contains("其他")
                    || before_last.contains("其它")
                    || names_every_kind_of_disclosure(&text[list_start..last.range.start]);
                // Parts that exceed the total only count for a plain list: overlapping
                // categories ("其中A 1011项，占92.3%，能够…事项990项") may exceed it.
                let plain_list = parts.windows(2).all(|w| {
                    let between = &text[w[0].range.end..w[1].range.start];
                    between.chars().count() <= 30 && !between.contains(['%', '％', '占'])
                });
                let broken = (exhaustive && sum != total.value) || (plain_list && sum > total.value);
                if !broken {
                    continue;
                }
                let parts_text: Vec<String> = parts.iter().map(|p| number(p.value)).collect();
                findings
                    .add(
                        &Self::META,
                        span_in(model, line, total.range.clone()),
                        format!(
                            "正文总数为 {}{}，其中各项 {} 之和为 {}。",
                            number(total.value),
                            total.unit,
                            parts_text.join("+"),
                            number(sum)
                        ),
                        format!(
                            "The text gives a total of {}, but its parts {} add up to {}.",
                            number(total.value),
                            parts_text.join(" + "),
                            number(sum)
                        ),
                    )
                    .related(parts.iter().map(|p| span_in(model, line, p.range.clone())))
                    .expected(number(sum))
                    .found(number(total.value));
            }
        }
    }
}

/// The three kinds of disclosure every item falls into exactly once (条例第十九条 ff.; the
/// pre-2019 tables count 主动公开 + 依申请公开 + 不予公开 = 总数): a list naming all three is a
/// partition even without 其他.
fn names_every_kind_of_disclosure(list: &str) -> bool {
    list.contains("主动公开") && list.contains("依申请") && list.contains("不予公开")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_lists_add_up_and_a_wrong_part_warns() {
        assert!(check_text(&NarrativePartsSum, SEED_002).is_empty());
        assert!(check_text(&NarrativePartsSum, SEED_003).is_empty());
        let wrong = SEED_002.replace("其他类信息8件", "其他类信息9件");
        let found = check_text(&NarrativePartsSum, &wrong);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("34"), Some("33")));
    }

    #[test]
    fn the_three_kinds_of_disclosure_are_a_partition() {
        let short = "公开政府信息总数3978条，其中主动公开2026条，依申请公开46条，不予公开1854条。\n";
        let found = check_text(&NarrativePartsSum, short);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("3926"), Some("3978")));
        let exact = "公开政府信息总数3926条，其中主动公开2026条，依申请公开46条，不予公开1854条。\n";
        assert!(check_text(&NarrativePartsSum, exact).is_empty());
        // Two of the three kinds are not a partition: a shortfall says nothing.
        let some = "公开政府信息总数3978条，其中主动公开2026条，依申请公开46条。\n";
        assert!(check_text(&NarrativePartsSum, some).is_empty());
    }
}

use super::{counts, number, prose_with_digits, span_in};
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Recomputes shares stated in the prose: in "共N项，其中A项，占X%", X must be A ÷ N within
    /// the precision it is written with (±0.1 percentage point, or half a unit of its last digit).
    ///
    /// ## Why is this bad?
    /// A share that doesn't match its own numbers means one of them was not updated; readers
    /// quote shares more than counts.
    ///
    /// ## Example
    /// ```text
    /// 梳理政务服务事项1095项，其中“最多跑一次”事项1011项，占政务服务事项的95%。
    /// ```
    /// 1011 ÷ 1095 = 92.3 %.
    ///
    /// ## How to fix
    /// Recompute the share, or correct the count.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-8
    NarrativePercentages {
        code: "NB608",
        name: "narrative-percentages",
        category: Narrative,
        severity: Info,
        summary_zh: "正文中的百分比与其所依据的数字不符",
        summary_en: "A percentage in the text does not match the numbers it is computed from",
        doc_zh: [
            "## 规则说明",
            "重算正文中的比例：“共N项，其中A项，占X%”中，X 应等于 A÷N（按所写精度：±0.1 个百分点，或末位的半个单位）。",
            "## 为什么是问题",
            "算错的百分比损害报告的可信度，也可能说明某个计数写错。",
            "## 示例",
            "```text",
            "共办理申请20件，其中予以公开15件，占80%。（应为 75%）",
            "```",
            "## 如何修改",
            "重算比例，或改正计数。",
            "## 依据",
            "- 本工具的检查规则（正文数字的内在一致）",
        ],
    }
}

/// `92.3%` at the start of `text`: (value, decimals, byte length).
fn percent_at(text: &str) -> Option<(f64, usize, usize)> {
    let end = text.find(['%', '％'])?;
    let number = &text[..end];
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
    Some((number.parse().ok()?, decimals, end))
}

/// Whether a count is a change from last year (`增加42件`, `比上年减少3件`), not an amount.
fn is_change(text: &str, n: &super::ProseNumber) -> bool {
    let before = &text[..n.range.start];
    let near = &before[before.char_indices().rev().nth(3).map_or(0, |(i, _)| i)..];
    ["增加", "减少", "增长", "下降", "上升", "多", "少", "增"].iter().any(|w| near.contains(w))
}

impl NarrativePercentages {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for line in prose_with_digits(model) {
            let text = &line.text;
            let numbers = counts(text);
            for (k, total) in numbers.iter().enumerate() {
                let after_total = total.range.end + total.unit.len();
                let Some(qz) = text[after_total..].find("其中").filter(|&q| q <= 6) else { continue };
                // `收到申请47件，比上年增加42件，其中…`: a change is no base; the clause's base is
                // the count before it in the same sentence, if there is one — else say nothing.
                let total = if is_change(text, total) {
                    let sentence_start = text[..total.range.start].rfind(['。', '；', ';']).map_or(0, |e| e + 1);
                    let base = numbers[..k]
                        .iter()
                        .rev()
                        .take_while(|n| n.range.start >= sentence_start)
                        .find(|n| n.unit == total.unit && !is_change(text, n));
                    match base {
                        Some(base) => base,
                        None => continue,
                    }
                } else {
                    total
                };
                let list_start = after_total + qz;
                let sentence_end = text[list_start..].find(['。', '；', ';']).map_or(text.len(), |e| list_start + e);
                // The part right after 其中, then "占…X%" before the next count.
                let Some(part) =
                    numbers[k + 1..].first().filter(|p| p.range.start < sentence_end && p.unit == total.unit)
                else {
                    continue;
                };
                let next_count = numbers[k + 2..].first().map_or(sentence_end, |n| n.range.start.min(sentence_end));
                let tail = &text[part.range.end..next_count];
                let Some(zhan) = tail.find('占') else { continue };
                let Some(digit) = tail[zhan..].find(|c: char| c.is_ascii_digit()) else { continue };
                let at = part.range.end + zhan + digit;
                let Some((stated, decimals, len)) = percent_at(&text[at..]) else { continue };
                if total.value == 0.0 {
                    continue;
                }
                let actual = part.value / total.value * 100.0;
                let tolerance = (0.5 * 10f64.powi(-(decimals as i32))).max(0.1);
                if (actual - stated).abs() <= tolerance + 1e-9 {
                    continue;
                }
                let shown = format!("{actual:.1}%");
                findings
                    .add(
                        &Self::META,
                        span_in(model, line, at..at + len + '%'.len_utf8()),
                        format!(
                            "{} ÷ {} = {shown}，正文写作 {}%。",
                            number(part.value),
                            number(total.value),
                            number(stated)
                        ),
                        format!(
                            "{} ÷ {} = {shown}, but the text says {}%.",
                            number(part.value),
                            number(total.value),
                            number(stated)
                        ),
                    )
                    .related(vec![span_in(model, line, total.range.clone()), span_in(model, line, part.range.clone())])
                    .expected(shown)
                    .found(format!("{}%", number(stated)));
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
    fn the_base_is_the_clause_s_total_not_a_change() {
        let text = "本年新收到政府信息公开申请47件，比上年增加42件，其中通过信函申请39件，占83%。\n";
        assert!(check_text(&NarrativePercentages, text).is_empty(), "39 ÷ 47 = 83%");
        let wrong = text.replace("占83%", "占93%");
        assert_eq!(check_text(&NarrativePercentages, &wrong)[0].expected.as_deref(), Some("83.0%"));
        // No amount before the change: the base is not certain, nothing is said.
        let unsure = "比上年增加42件，其中通过信函申请39件，占83%。\n";
        assert!(check_text(&NarrativePercentages, unsure).is_empty());
    }

    #[test]
    fn seed_003_share_is_right_and_a_wrong_one_is_noted() {
        assert!(check_text(&NarrativePercentages, SEED_003).is_empty(), "1011 / 1095 = 92.3%");
        let wrong = SEED_003.replace("占政务服务事项的92.3%", "占政务服务事项的95%");
        let found = check_text(&NarrativePercentages, &wrong);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("92.3%"));
    }
}

use crate::model::{locate_in_line, Model};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds years mistyped in the text: a year of more than four digits (`至202020年12月31日`),
    /// a year with a letter in it (`2O21年` with the letter O, `2l21年`), and a statistics
    /// period left blank (`统计期限自至。`, `统计期限为年月日至年月日`).
    ///
    /// ## Why is this bad?
    /// The year is what the report is about. A mistyped one is the first thing an evaluator
    /// sees, a reader cannot tell which year was meant, and a blank period means the
    /// template's sentence was never filled in.
    ///
    /// ## Example
    /// ```text
    /// 本报告中所列数据的统计期限为2021年1月1日至202020年12月31日。
    /// ```
    ///
    /// ## How to fix
    /// Write the year in four digits (2021年), and fill in the period: 2021年1月1日至2021年12月31日.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (the report's opening sentence states the period)
    /// - `../shared/notes/auditors-checks.md` (年份错误 among the commonest defects)
    YearTypo {
        code: "NB509",
        name: "year-typo",
        category: Date,
        severity: Warning,
        summary_zh: "年份书写错误（位数不对、夹杂字母）或统计期限未填写",
        summary_en: "A year is mistyped (wrong number of digits, a letter in it) or the period is blank",
        doc_zh: [
            "## 规则说明",
            "查找正文中写错的年份：超过四位的年份（“至202020年12月31日”）、夹有字母的年份（“2O21年”中的字母 O、“2l21年”），以及未填写的统计期限（“统计期限自至。”“统计期限为年月日至年月日”）。",
            "## 为什么是问题",
            "这些错误让年度无法确定，也说明报告发布前没有校对。",
            "## 示例",
            "```text",
            "本报告中所列数据的统计期限自2021年1月1日起至202020年12月31日止。",
            "```",
            "## 如何修改",
            "年份写四位数字（2021年），并填写统计期限：2021年1月1日至2021年12月31日。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（报告开头写明统计期限）",
        ],
    }
}

/// Characters a year is mistyped with: the letters O/o/I/l and 〇 among Arabic digits.
fn looks_like_digit(c: char) -> bool {
    matches!(c, 'O' | 'o' | 'I' | 'l' | '〇' | 'Ｏ' | 'ｏ')
}

/// Mistyped years in `text` before 年: (byte range, what it is).
fn typos(text: &str) -> Vec<(std::ops::Range<usize>, &'static str, &'static str)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('年') {
        // The run of digits and digit-like letters before 年.
        let head = &text[..at];
        let start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_digit() || looks_like_digit(c))
            .last()
            .map_or(at, |(i, _)| i);
        let run = &text[start..at];
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let letters = run.chars().count() - digits;
        let is_year_start = run.starts_with("20") || run.starts_with("19") || run.starts_with("2O");
        if letters == 0 && (5..=8).contains(&digits) && is_year_start {
            out.push((start..at, "年份多于四位数字", "a year of more than four digits"));
        } else if letters > 0 && digits >= 2 && run.chars().count() == 4 && run.starts_with(['1', '2']) {
            out.push((start..at, "年份中夹杂字母", "a letter among the year's digits"));
        }
    }
    out
}

/// A statistics period with no digit between 统计期限 and the end of its sentence.
fn blank_period(text: &str) -> Option<std::ops::Range<usize>> {
    let at = text.find("统计期限")?;
    let rest = &text[at..];
    let end = rest.find(['。', '\n']).unwrap_or(rest.len()).min(120);
    let end = crate::span::floor_char_boundary(rest, end);
    let sentence = &rest[..end];
    (sentence.contains('至') && !sentence.chars().any(|c| c.is_ascii_digit() || c.is_numeric() && c != '至'))
        .then(|| at..at + sentence.len())
}

impl YearTypo {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for line in model.doc.lines() {
            let text = line.text.as_str();
            if !text.contains('年') && !text.contains("统计期限") {
                continue;
            }
            for (range, zh, en) in typos(text) {
                let span = locate_in_line(&model.doc, line, range.clone());
                findings
                    .add(
                        &Self::META,
                        span,
                        format!("年份“{}”书写有误（{zh}），请改为四位数字的年份。", &text[range.clone()]),
                        format!("The year \"{}\" is mistyped ({en}); write it as four digits.", &text[range.clone()]),
                    )
                    .found(text[range].to_owned());
            }
            if let Some(range) = blank_period(text) {
                let span = locate_in_line(&model.doc, line, range.clone());
                findings
                    .add(
                        &Self::META,
                        span,
                        "统计期限没有填写日期（“统计期限自至”），请写明“YYYY年1月1日至YYYY年12月31日”。",
                        "The statistics period has no dates; state it as YYYY年1月1日至YYYY年12月31日.",
                    )
                    .found(text[range].to_owned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn mistyped_years_and_a_blank_period_fail_and_good_dates_pass() {
        let found = check_text(&YearTypo, "本报告中所列数据的统计期限为2021年1月1日至202020年12月31日。\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found.as_deref(), Some("202020"));
        assert_eq!(check_text(&YearTypo, "2O21年，我局深入贯彻条例。\n").len(), 1);
        assert_eq!(check_text(&YearTypo, "本报告中所列数据统计期限自至。\n").len(), 1);
        assert_eq!(check_text(&YearTypo, "统计期限为年月日至年月日。\n").len(), 1);
        for good in [
            "本报告中所列数据的统计期限为2021年1月1日至2021年12月31日。\n",
            "二〇二一年，全年主动公开信息1200条，近5年累计。\n",
            "统计期限自2021年1月1日至12月31日。\n",
            "共处理12345件，2021年全年。\n",
        ] {
            assert!(check_text(&YearTypo, good).is_empty(), "{good}");
        }
    }
}

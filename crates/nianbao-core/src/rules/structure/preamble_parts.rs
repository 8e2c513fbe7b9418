use crate::model::{locate_in_line, Model};
use crate::normalize::chinese_ordinal;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares the parts a report's opening announces (`本报告包括……等六个部分`,
    /// `本报告由……四个部分组成`) with the standard sections it has.
    ///
    /// ## Why is this bad?
    /// An opening that announces four parts in a report of six — or six in a report of four —
    /// was copied from another report or an earlier format and not read again; evaluators
    /// count it as carelessness, and a reader looks for parts that are not there.
    ///
    /// ## Example
    /// ```text
    /// 本报告由总体情况、主动公开政府信息情况、……四个部分组成。
    /// ```
    /// in a report with all six sections.
    ///
    /// ## How to fix
    /// Make the opening name the parts the report has (six in the 2019 and 2021 formats).
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (the six parts)
    /// - `../shared/notes/auditors-checks.md`
    PreambleParts {
        code: "NB117",
        name: "preamble-parts",
        category: Structure,
        severity: Warning,
        summary_zh: "开头所述报告组成部分的数目与正文章节不符",
        summary_en: "The opening announces a number of parts the report does not have",
        doc_zh: [
            "## 规则说明",
            "比较报告开头所说的组成部分（“本报告包括……等六个部分”“本报告由……四个部分组成”）与正文实际的规定章节。",
            "## 为什么是问题",
            "开头的说明与正文不符，通常是套用了旧模板或别的报告。",
            "## 示例",
            "```text",
            "本报告由总体情况……等五个部分组成。（正文有六个部分）",
            "```",
            "## 如何修改",
            "让开头所列的部分与报告实际相符（2019、2021 年格式为六个部分）。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年报的六个部分）",
        ],
    }
}

/// `N个部分` or `N部分` with N a Chinese numeral (三 … 十), and where it is.
fn announced_parts(sentence: &str) -> Option<(u8, std::ops::Range<usize>)> {
    for marker in ["个部分", "部分"] {
        for (at, _) in sentence.match_indices(marker) {
            let (n_at, n) = sentence[..at].char_indices().next_back()?;
            let Some(count) = chinese_ordinal(n).filter(|c| (3..=10).contains(c)) else { continue };
            return Some((count, n_at..at + marker.len()));
        }
    }
    None
}

impl PreambleParts {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(first) = model.sections.iter().find(|s| s.standard.is_some()) else { return };
        let mut present: Vec<u8> = model.sections.iter().filter_map(|s| s.standard).collect();
        present.sort_unstable();
        present.dedup();
        // The opening: the lines before the first section.
        for line in model.doc.lines().take_while(|l| l.span.start < first.span.start) {
            for (offset, sentence) in crate::rules::narrative::sentences(&line.text) {
                if !sentence.contains("本报告")
                    || !(sentence.contains("包括") || sentence.contains("组成") || sentence.contains("分为"))
                {
                    continue;
                }
                let Some((announced, range)) = announced_parts(sentence) else { continue };
                if usize::from(announced) == present.len() {
                    continue;
                }
                let range = offset + range.start..offset + range.end;
                findings
                    .add(
                        &Self::META,
                        locate_in_line(&model.doc, line, range.clone()),
                        format!("开头称报告有{}，但正文有 {} 个规定章节。", &line.text[range.clone()], present.len()),
                        format!(
                            "The opening announces {announced} parts; the report has {} of the standard sections.",
                            present.len()
                        ),
                    )
                    .expected(format!("{}个部分", present.len()))
                    .found(&line.text[range]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn an_opening_that_announces_the_parts_present_passes_and_another_count_warns() {
        let with = |opening: &str| CLEAN_2021.replacen("本报告中所列数据", &format!("{opening}本报告中所列数据"), 1);
        assert!(check_text(&PreambleParts, &with("本报告包括总体情况等六个部分。")).is_empty());
        let found = check_text(&PreambleParts, &with("本报告由总体情况、主动公开等四个部分组成。"));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("6个部分"), Some("四个部分")));
        assert!(check_text(&PreambleParts, &with("大部分工作已完成。")).is_empty());
    }
}

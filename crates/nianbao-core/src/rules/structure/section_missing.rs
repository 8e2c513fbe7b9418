use super::fixed_format;
use crate::format::sections::official_heading;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that a report in the 2019 or 2021 format has all six sections
    /// (一、总体情况 … 六、其他需要报告的事项), recognised by the key words of their headings.
    ///
    /// ## Why is this bad?
    /// The six sections are fixed by the State Council's format; 《条例》第五十条 lists what the
    /// report must contain. A missing section is missing content, and auditors check for it first.
    ///
    /// ## Example
    /// ```text
    /// 五、存在的主要问题及改进情况
    /// ……
    /// (end of report: no 六、其他需要报告的事项)
    /// ```
    ///
    /// ## How to fix
    /// Add the section with its official heading. If there is nothing to report in 六, write so
    /// (and, from 2021, state the 信息处理费 collected, even if none).
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》(国务院令第711号) 第五十条
    /// - 国办公开办函〔2021〕30号; 国办公开办函〔2019〕60号
    SectionMissing {
        code: "NB101",
        name: "section-missing",
        category: Structure,
        severity: Error,
        summary_zh: "缺少规定的章节（一至六）",
        summary_en: "A mandatory section (一 to 六) is missing",
        doc_zh: [
            "## 规则说明",
            "检查 2019 或 2021 年格式的报告是否具备全部六个部分（一、总体情况 …… 六、其他需要报告的事项），按标题中的关键词识别。",
            "## 为什么是问题",
            "年度报告的六个部分由国务院办公厅政府信息公开办公室规定，缺少任何一部分都不符合格式。",
            "## 示例",
            "```text",
            "一、总体情况 …… 五、存在的主要问题及改进情况（没有“六、”）",
            "```",
            "## 如何修改",
            "按规定标题补上缺少的部分。第六部分没有内容也要写明（2021 年起还须说明信息处理费收取情况，未收取也要说明）。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》（国务院令第711号）第五十条",
            "- 国办公开办函〔2021〕30号；国办公开办函〔2019〕60号",
        ],
    }
}

impl SectionMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !fixed_format(model) {
            return;
        }
        for n in 1..=6u8 {
            if model.section(n).is_some() {
                continue;
            }
            // Point where the section should be: after the previous one present, or the start.
            let before = model.sections.iter().rfind(|s| s.standard.is_some_and(|k| k < n));
            let span = match before {
                Some(s) => model.doc.blocks.get(s.body.end.saturating_sub(1)).map_or(s.span, block_span),
                None => model.doc.span(0..0),
            };
            let title = official_heading(n);
            findings
                .add(
                    &Self::META,
                    span,
                    format!("缺少第{}部分“{title}”。", "一二三四五六".chars().nth(usize::from(n - 1)).unwrap_or('?')),
                    format!("Section {n} \"{title}\" is missing."),
                )
                .expected(title.to_owned());
        }
    }
}

pub(crate) fn block_span(block: &crate::read::Block) -> crate::span::Span {
    match block {
        crate::read::Block::Line(l) => l.span,
        crate::read::Block::Table(t) => t.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn all_sections_pass_and_a_missing_one_fails() {
        assert!(check_text(&SectionMissing, CLEAN_2021).is_empty());
        let without_six = CLEAN_2021.replace("六、其他需要报告的事项", "");
        let found = check_text(&SectionMissing, &without_six);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("六、其他需要报告的事项"));
    }
}

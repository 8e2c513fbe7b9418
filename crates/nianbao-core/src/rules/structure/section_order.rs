use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that the standard sections appear in the order 一 … 六, and that each heading's
    /// number matches its title (`四、存在的主要问题…` is numbered wrong).
    ///
    /// ## Why is this bad?
    /// The order is part of the official format; readers and auditors look for each part in its
    /// place. A wrong number usually means a section was moved or deleted without renumbering.
    ///
    /// ## Example
    /// ```text
    /// 三、政府信息公开行政复议、行政诉讼情况
    /// 四、收到和处理政府信息公开申请情况
    /// ```
    ///
    /// ## How to fix
    /// Put the sections in the official order and number them 一 to 六.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号 (format of the annual report)
    SectionOrder {
        code: "NB102",
        name: "section-order",
        category: Structure,
        severity: Error,
        summary_zh: "章节顺序或编号与规定格式不符",
        summary_en: "Sections are out of order or misnumbered",
        doc_zh: [
            "## 规则说明",
            "检查规定章节是否按一至六的顺序出现，编号是否与标题相符（如“四、存在的主要问题……”编号错误）。",
            "## 为什么是问题",
            "读者和审核人员按规定的顺序查找内容；顺序或编号错乱通常说明拼接或删改时出了错。",
            "## 示例",
            "```text",
            "三、收到和处理政府信息公开申请情况",
            "五、政府信息公开行政复议、行政诉讼情况",
            "```",
            "## 如何修改",
            "按规定顺序排列各部分，编号为一至六。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年度报告格式）",
        ],
    }
}

impl SectionOrder {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !super::fixed_format(model) {
            return;
        }
        let mut highest = 0u8;
        for s in &model.sections {
            let Some(kind) = s.standard else { continue };
            if kind < highest {
                findings.add(
                    &Self::META,
                    s.span,
                    format!("“{}”应排在前面的章节之前（规定顺序为一至六）。", s.title),
                    format!("\"{}\" comes after a later section; the official order is 一 to 六.", s.title),
                );
            } else if s.number != kind && s.number <= 6 {
                findings
                    .add(
                        &Self::META,
                        s.span,
                        format!("章节编号有误：“{}”应为第{}部分。", s.title, ordinal(kind)),
                        format!("Wrong section number: \"{}\" is section {kind}.", s.title),
                    )
                    .expected(format!("{}、", ordinal(kind)))
                    .found(format!("{}、", ordinal(s.number)));
            }
            highest = highest.max(kind);
        }
    }
}

fn ordinal(n: u8) -> char {
    "一二三四五六七八九十".chars().nth(usize::from(n.saturating_sub(1))).unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn official_order_passes_and_a_swap_fails() {
        assert!(check_text(&SectionOrder, CLEAN_2021).is_empty());
        let swapped = CLEAN_2021.replace(
            "五、存在的主要问题及改进情况\n六、其他需要报告的事项",
            "六、其他需要报告的事项\n五、存在的主要问题及改进情况",
        );
        assert!(!check_text(&SectionOrder, &swapped).is_empty());
    }
}

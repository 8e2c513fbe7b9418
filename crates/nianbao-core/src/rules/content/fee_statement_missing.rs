use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that a report in the 2021 format (report years 2021 and later) states in section
    /// 六 how much 信息处理费 was collected — or that none was.
    ///
    /// ## Why is this bad?
    /// The 2021 format requires the fee situation under 《政府信息公开信息处理费管理办法》 to be
    /// reported in 六; a report silent on it is incomplete, even if no fee was charged.
    ///
    /// ## Example
    /// ```text
    /// 六、其他需要报告的事项
    /// 无。
    /// ```
    ///
    /// ## How to fix
    /// Add a sentence such as "本年度未收取信息处理费。" or give the amount collected.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 六、其他需要报告的事项
    /// - 国办函〔2020〕109号 《政府信息公开信息处理费管理办法》
    FeeStatementMissing {
        code: "NB703",
        name: "fee-statement-missing",
        category: Content,
        severity: Warning,
        summary_zh: "2021 年格式的报告在第六部分未说明信息处理费收取情况",
        summary_en: "A 2021-format report does not state the 信息处理费 in section 六",
        doc_zh: [
            "## 规则说明",
            "检查 2021 年格式的报告（2021 年度起）是否在第六部分说明了信息处理费的收取情况——收取多少，或没有收取。",
            "## 为什么是问题",
            "2021 年格式要求在第六部分报告信息处理费的收取情况，未收取也要说明。",
            "## 示例",
            "```text",
            "六、其他需要报告的事项",
            "无。",
            "```",
            "## 如何修改",
            "加上一句，如“本年度未收取信息处理费。”，或写明收取的金额。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，六、其他需要报告的事项",
            "- 国办函〔2020〕109号《政府信息公开信息处理费管理办法》",
        ],
    }
}

impl FeeStatementMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let applies = model.template == Template::Rev2021 || model.year.is_some_and(|y| y >= 2021);
        if !applies || model.template == Template::Legacy {
            return;
        }
        let Some(six) = model.section(6) else { return };
        if model.section_lines(six).any(|l| ["信息处理费", "处理费", "收费"].iter().any(|k| l.text.contains(k)))
        {
            return;
        }
        findings.add(
            &Self::META,
            six.span,
            "第六部分没有说明信息处理费的收取情况（未收取也应写明）。",
            "Section 六 does not state the 信息处理费 collected (say so even if none).",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn a_fee_sentence_passes_and_its_absence_warns() {
        assert!(check_text(&FeeStatementMissing, SEED_002).is_empty());
        assert!(check_text(&FeeStatementMissing, SEED_003).is_empty(), "2019 format: no fee statement needed");
        let silent = SEED_002.replace("(二)收取信息处理费的情况\n2023年,我局未收取任何政府信息公开处理费。\n", "");
        assert_eq!(check_text(&FeeStatementMissing, &silent).len(), 1);
    }
}

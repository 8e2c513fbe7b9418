use super::number;
use crate::format::table2::T2Column;
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks, in table 2 of the 2019 format, that 上一年项目数量 + 本年增/减 is not negative:
    /// a body can't drop more items than it had.
    ///
    /// ## Why is this bad?
    /// The result is the number of items at year end; a negative count means a sign or a
    /// figure is wrong.
    ///
    /// ## Example
    /// ```text
    /// 行政强制 | 10 | -16 | 0 |
    /// ```
    ///
    /// ## How to fix
    /// Correct 上一年项目数量 or 本年增/减.
    ///
    /// ## References
    /// - FORMAT.md §6.4 T2-4
    Disclosure2019ItemsNegative {
        code: "NB311",
        name: "disclosure-2019-items-negative",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "表二（2019 格式）上一年项目数量加本年增/减为负数",
        summary_en: "Table 2 (2019 format): last year's items plus the change is negative",
        doc_zh: [
            "## 规则说明",
            "2019 年格式表二中，“上一年项目数量”加“本年增/减”不应为负数：一个机关减少的项目不可能比原有的还多。",
            "## 为什么是问题",
            "结果为负说明上一年数量或增减数填错。",
            "## 示例",
            "```text",
            "行政许可 | 10 | -15 |",
            "```",
            "## 如何修改",
            "改正“上一年项目数量”或“本年增/减”。",
            "## 依据",
            "- 国办公开办函〔2019〕60号，表二",
        ],
    }
}

impl Disclosure2019ItemsNegative {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else { return };
        if model.template != Template::Trial2019 {
            return;
        }
        for row in t2.rows.iter().filter(|r| r.cells.len() >= 2 && r.columns.get(1).is_some_and(|c| c.contains('增')))
        {
            let (previous, change) =
                (&row.cells[T2Column::PreviousYearItems.index()], &row.cells[T2Column::Change.index()]);
            let (Some(prev), Some(delta)) = (previous.value(), change.value()) else { continue };
            if prev + delta < 0.0 {
                findings
                    .add(
                        &Self::META,
                        change.span,
                        format!(
                            "“{}”上一年项目数量 {} 加本年增/减 {} 为负数。",
                            row.label,
                            number(prev),
                            number(delta)
                        ),
                        format!(
                            "\"{}\": last year's items ({}) plus the change ({}) is negative.",
                            row.label,
                            number(prev),
                            number(delta)
                        ),
                    )
                    .related([previous.span])
                    .expected(format!("≥ -{}", number(prev)))
                    .found(number(delta));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_003;
    use crate::rules::testing::check_text;

    #[test]
    fn seed_003_passes_and_too_large_a_drop_warns() {
        assert!(check_text(&Disclosure2019ItemsNegative, SEED_003).is_empty());
        let drop = SEED_003.replace("行政强制 |\n103 |", "行政强制 |\n10 |");
        assert_eq!(check_text(&Disclosure2019ItemsNegative, &drop).len(), 1);
    }
}

use super::number;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds the one cell of table 3 or 4 that explains several broken sums at once: every
    /// equation the cell takes part in (its row's 总计, its column's balance and results total)
    /// is broken, and all of them would hold if the cell had one particular value.
    ///
    /// ## Why is this bad?
    /// A single mistyped number breaks a row sum and a column sum together. Reporting each
    /// broken sum separately sends the clerk hunting through the table; naming the cell and the
    /// value it should have fixes it in one step.
    ///
    /// ## Example
    /// ```text
    /// 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
    /// (seed 003, with 自然人 typed as 4 instead of 1)
    /// 2.其他法律行政法规禁止公开 | 4 | 0 | 0 | 0 | 0 | 0 | 1 |
    /// ```
    /// The row's 总计 (1) and the 自然人 column's (七)总计 (3) both point at the same cell: it
    /// should be 1.
    ///
    /// ## How to fix
    /// Check the named cell against the source records and correct it.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表三 note: "第一项加第二项之和，等于第三项加第四项之和"
    SuspectCell {
        code: "NB300",
        name: "suspect-cell",
        category: Arithmetic,
        severity: Error,
        summary_zh: "某个单元格同时破坏多处合计关系，最可能填错",
        summary_en: "One cell breaks several sums at once and is most likely wrong",
        doc_zh: [
            "## 规则说明",
            "在表三或表四中找出一个单元格，它一处数字就能解释多处合计错误：它参与的每个等式（所在行的总计、所在列的平衡关系和办理结果合计）都不成立，而把它改成某个值后这些等式全部成立。",
            "## 为什么是问题",
            "多条合计错误往往源于一个填错的数字；直接指出这个单元格，比列出每条错误更有用。",
            "## 示例",
            "```text",
            "（一）予以公开 | 279 | …（应为 27）",
            "```",
            "## 如何修改",
            "对照原始台账核实所指的单元格并改正。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三注：“第一项加第二项之和，等于第三项加第四项之和”",
        ],
    }
}

impl SuspectCell {
    fn check(&self, _model: &Model, findings: &mut Findings) {
        let analysis = findings.analysis();
        for s in &analysis.suspects {
            let found = s.cell.arithmetic_value().unwrap_or(0.0);
            let scopes_zh: Vec<&str> = s.equations.iter().map(|&i| analysis.equations[i].scope_zh.as_str()).collect();
            let scopes_en: Vec<&str> = s.equations.iter().map(|&i| analysis.equations[i].scope_en.as_str()).collect();
            let mut related: Vec<_> = s
                .equations
                .iter()
                .flat_map(|&i| analysis.equations[i].spans())
                .filter(|sp| *sp != s.cell.span)
                .collect();
            related.sort();
            related.dedup();
            findings
                .add(
                    &Self::META,
                    s.cell.span,
                    format!(
                        "“{}”的数值 {} 使{}的合计关系都不成立，最可能填错，应为 {}。",
                        s.name,
                        number(found),
                        scopes_zh.join("、"),
                        number(s.expected)
                    ),
                    format!(
                        "The value {} of \"{}\" breaks the sums of {}; it is most likely wrong and should be {}.",
                        number(found),
                        s.name,
                        scopes_en.join(", "),
                        number(s.expected)
                    ),
                )
                .related(related)
                .expected(number(s.expected))
                .found(number(found));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_003;
    use crate::rules::testing::check_text;

    #[test]
    fn a_clean_table_passes_and_one_wrong_cell_is_named() {
        assert!(check_text(&SuspectCell, SEED_003).is_empty());
        let broken = SEED_003.replace("2.其他法律行政法规禁止公开 |\n1 |", "2.其他法律行政法规禁止公开 |\n4 |");
        let found = check_text(&SuspectCell, &broken);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("1"), Some("4")));
        assert_eq!(&broken[found[0].span.range()], "4");
    }
}

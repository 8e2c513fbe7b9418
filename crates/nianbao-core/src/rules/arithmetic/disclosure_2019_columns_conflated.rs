use super::number;
use crate::format::table2::T2Column;
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a table-2 row of the 2019 format whose 处理决定数量 equals 上一年项目数量 plus
    /// 本年增/减 (with a non-zero change), which suggests the three columns were filled as a
    /// running total of items rather than as counts of decisions.
    ///
    /// ## Why is this bad?
    /// 上一年项目数量 and 本年增/减 count items (事项) in the body's list; 处理决定数量 counts
    /// decisions made this year. When the third is the sum of the first two, the column was most
    /// likely misunderstood. This is a heuristic, so it is only a note.
    ///
    /// ## Example
    /// Seed 004: `行政许可 | 59 | 100 | 159 |` and `行政处罚 | 0 | 61 | 61 |`.
    ///
    /// ## How to fix
    /// Enter in 处理决定数量 the number of decisions issued during the year.
    ///
    /// ## References
    /// - 国办公开办函〔2019〕60号, 表二 第二十条第（五）（六）项
    Disclosure2019ColumnsConflated {
        code: "NB306",
        name: "disclosure-2019-columns-conflated",
        category: Arithmetic,
        severity: Info,
        summary_zh: "表二（2019 格式）处理决定数量恰为上一年项目数量与本年增/减之和，列含义可能被误解",
        summary_en: "Table 2 (2019 format): decisions equal last year's items plus the change; columns may be misread",
        doc_zh: [
            "## 规则说明",
            "2019 年格式表二中，某行的“处理决定数量”恰好等于“上一年项目数量”加“本年增/减”（且增减不为 0），说明这三列可能被当成项目数量的累计来填，而不是全年作出的处理决定数。",
            "## 为什么是问题",
            "“处理决定数量”应是本年作出的行政许可、处罚等决定的件数，与项目数量是两回事。",
            "## 示例",
            "```text",
            "行政许可 | 120 | +5 | 125 |",
            "```",
            "## 如何修改",
            "在“处理决定数量”中填写本年作出的决定件数。",
            "## 依据",
            "- 国办公开办函〔2019〕60号，表二 第二十条第（五）（六）项",
        ],
    }
}

impl Disclosure2019ColumnsConflated {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else {
            return;
        };
        if model.template != Template::Trial2019 {
            return;
        }
        for row in t2.rows.iter().filter(|r| r.cells.len() == 3 && r.columns.iter().any(|c| c.contains("增"))) {
            let [prev, delta, decisions] = [T2Column::PreviousYearItems, T2Column::Change, T2Column::Decisions]
                .map(|c| row.cell(c).and_then(|x| x.value()));
            let (Some(prev), Some(delta), Some(decisions)) = (prev, delta, decisions) else {
                continue;
            };
            if delta != 0.0 && decisions != 0.0 && (prev + delta - decisions).abs() < 1e-9 {
                findings.add(
                    &Self::META,
                    row.cells[T2Column::Decisions.index()].span,
                    format!(
                        "“{}”的处理决定数量 {} 恰为上一年项目数量 {} 与本年增/减 {} 之和，请确认是否填成了项目数量。",
                        row.label,
                        number(decisions),
                        number(prev),
                        number(delta)
                    ),
                    format!(
                        "\"{}\": decisions ({}) equal last year's items ({}) plus the change ({}); check that the column holds decisions, not items.",
                        row.label,
                        number(decisions),
                        number(prev),
                        number(delta)
                    ),
                ).related([T2Column::PreviousYearItems, T2Column::Change].map(|c| row.cells[c.index()].span));
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
    fn seed_003_passes_and_seed_004_is_noted_twice() {
        assert!(check_text(&Disclosure2019ColumnsConflated, SEED_003).is_empty());
        let seed_004 = include_str!("../../../../../tests/fixtures/004_eb12dee647644d74.txt");
        let found = check_text(&Disclosure2019ColumnsConflated, seed_004);
        assert_eq!(found.len(), 2, "{found:#?}");
    }
}

use super::number;
use crate::format::table2::T2Column;
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks, in table 2 of the 2021 format, that for 规章 and 行政规范性文件 the 本年制发件数
    /// is not larger than 现行有效件数 + 本年废止件数.
    ///
    /// ## Why is this bad?
    /// A document issued this year is either still in force at year end or was repealed during
    /// the year. More issued documents than both together usually means 现行有效件数 was not
    /// updated. (Documents can also lapse without being repealed, hence a warning.)
    ///
    /// ## Example
    /// ```text
    /// 行政规范性文件 | 5 | 0 | 2 |
    /// ```
    ///
    /// ## How to fix
    /// Update 现行有效件数 to the documents in force on 31 December.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表二 第二十条第（一）项
    Disclosure2021MadeExceeds {
        code: "NB308",
        name: "disclosure-2021-made-exceeds",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "表二（2021 格式）本年制发件数大于现行有效件数与本年废止件数之和",
        summary_en: "Table 2 (2021 format): more documents issued than in force plus repealed",
        doc_zh: [
            "## 规则说明",
            "2021 年格式表二中，规章、行政规范性文件的“本年制发件数”不应大于“现行有效件数”加“本年废止件数”。",
            "## 为什么是问题",
            "本年制发的文件到年底要么仍然有效，要么已废止；制发数超过两者之和，说明现行有效件数没有更新。",
            "## 示例",
            "```text",
            "行政规范性文件 | 6 | 0 | 3 |",
            "```",
            "## 如何修改",
            "把“现行有效件数”更新为 12 月 31 日仍有效的文件数。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二 第二十条第（一）项",
        ],
    }
}

impl Disclosure2021MadeExceeds {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else {
            return;
        };
        if model.template != Template::Rev2021 {
            return;
        }
        for row in t2
            .rows
            .iter()
            .filter(|r| (r.label.contains("规章") || r.label.contains("规范性文件")) && r.cells.len() == 3)
        {
            let [made, repealed, valid] =
                [T2Column::Made, T2Column::Repealed, T2Column::InForce].map(|c| row.cell(c).and_then(|x| x.value()));
            let (Some(made), Some(repealed), Some(valid)) = (made, repealed, valid) else {
                continue;
            };
            if made > valid + repealed {
                findings
                    .add(
                        &Self::META,
                        row.cells[T2Column::InForce.index()].span,
                        format!(
                            "“{}”本年制发 {} 件，多于现行有效 {} 件与本年废止 {} 件之和。",
                            row.label,
                            number(made),
                            number(valid),
                            number(repealed)
                        ),
                        format!(
                            "\"{}\": {} issued this year, more than {} in force plus {} repealed.",
                            row.label,
                            number(made),
                            number(valid),
                            number(repealed)
                        ),
                    )
                    .related([T2Column::Made, T2Column::Repealed].map(|c| row.cells[c.index()].span))
                    .expected(format!("≥ {}", number(made - repealed)))
                    .found(number(valid));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn seed_002_passes_and_too_many_issued_fails() {
        assert!(check_text(&Disclosure2021MadeExceeds, SEED_002).is_empty());
        let broken = SEED_002.replace("| 规范性文件 | 0 | 0 | 1 |", "| 规范性文件 | 5 | 0 | 2 |");
        assert_eq!(check_text(&Disclosure2021MadeExceeds, &broken).len(), 1);
    }
}

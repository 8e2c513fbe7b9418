use super::number;
use crate::format::table2::T2Column;
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks, in table 2 of the 2019 format, that for 规章 and 规范性文件 the 对外公开总数量
    /// (documents public at year end) is at least the 本年新公开数量 (made public this year).
    /// Columns are read by position, since real reports often truncate the headers to `本年新`.
    ///
    /// ## Why is this bad?
    /// Documents made public this year are part of the documents public at year end; a smaller
    /// total means one of the two numbers is wrong.
    ///
    /// ## Example
    /// ```text
    /// 规范性文件 | 5 | 5 | 3 |
    /// ```
    ///
    /// ## How to fix
    /// Recount the documents public at the end of the year.
    ///
    /// ## References
    /// - 国办公开办函〔2019〕60号, 表二 第二十条第（一）项
    Disclosure2019PublishedTotal {
        code: "NB307",
        name: "disclosure-2019-published-total",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "表二（2019 格式）对外公开总数量小于本年新公开数量",
        summary_en: "Table 2 (2019 format): documents public in total fewer than those made public this year",
        doc_zh: [
            "## 规则说明",
            "2019 年格式表二中，规章、规范性文件的“对外公开总数量”（年底公开的文件数）不应小于“本年新公开数量”。各列按位置读取（实际报告常截断表头）。",
            "## 为什么是问题",
            "本年新公开的文件都计入年底的公开总数，总数比新公开数还少是不可能的。",
            "## 示例",
            "```text",
            "规范性文件 | 5 | 5 | 3 |",
            "```",
            "## 如何修改",
            "重新统计年底对外公开的文件总数。",
            "## 依据",
            "- 国办公开办函〔2019〕60号，表二 第二十条第（一）项",
        ],
    }
}

impl Disclosure2019PublishedTotal {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else {
            return;
        };
        if model.template != Template::Trial2019 {
            return;
        }
        for row in t2.rows.iter().filter(|r| r.label.contains("规章") || r.label.contains("规范性文件")) {
            let value = |c: T2Column| row.cell(c).and_then(|x| x.value());
            let (Some(new), Some(total)) = (value(T2Column::NewlyPublished), value(T2Column::PublishedTotal)) else {
                continue;
            };
            if total < new {
                findings
                    .add(
                        &Self::META,
                        row.cells[T2Column::PublishedTotal.index()].span,
                        format!(
                            "“{}”的对外公开总数量 {} 小于本年新公开数量 {}。",
                            row.label,
                            number(total),
                            number(new)
                        ),
                        format!(
                            "\"{}\": documents public in total ({}) are fewer than those made public this year ({}).",
                            row.label,
                            number(total),
                            number(new)
                        ),
                    )
                    .related([row.cells[T2Column::NewlyPublished.index()].span])
                    .expected(format!("≥ {}", number(new)))
                    .found(number(total));
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
    fn seed_003_passes_and_a_small_total_fails() {
        assert!(check_text(&Disclosure2019PublishedTotal, SEED_003).is_empty());
        let broken = SEED_003.replace("规范性文件 |\n2 |\n2 |\n26 |", "规范性文件 |\n2 |\n2 |\n1 |");
        assert_eq!(check_text(&Disclosure2019PublishedTotal, &broken).len(), 1);
    }
}

use super::number;
use crate::model::{Model, TableCell};
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks the "其中" breakdowns of legacy statistics tables (附表, before 2019): a row
    /// followed by `其中：…` rows must equal the sum of its parts when the parts are exhaustive
    /// (numbered `1.`…`n.`, or ending with an 其他/其它 row), and be at least their sum otherwise.
    ///
    /// ## Why is this bad?
    /// A total that does not match its parts means one of them is wrong; the legacy tables have
    /// no fixed form, so this is the check that still applies.
    ///
    /// ## Example
    /// ```text
    /// 主动公开信息数 | 条 | 635
    /// 其中:政务动态信息 | 条 | 350
    /// 其它类信息 | 条 | 280
    /// ```
    ///
    /// ## How to fix
    /// Correct the total or the part that is wrong.
    ///
    /// ## References
    /// - 国办发〔2014〕32号, 政府信息公开情况统计表 (FORMAT.md §7.3, L-1…L-4)
    LegacySubtotal {
        code: "NB309",
        name: "legacy-subtotal",
        category: Arithmetic,
        severity: Warning,
        summary_zh: "旧格式统计表中“其中”各项与总数不符",
        summary_en: "A legacy statistics table's breakdown (其中) does not match its total",
        doc_zh: [
            "## 规则说明",
            "检查旧格式统计表（附表，2019 年以前）中的“其中”分项：某行后面跟有“其中：……”各行时，如果分项是完整的（编号 1.……n.，或以“其他/其它”结尾），总数应等于各项之和，否则至少不小于各项之和。“本年”和“历年累计”两列都检查。",
            "## 为什么是问题",
            "分项之和与总数不符，说明某个数字填错。",
            "## 示例",
            "```text",
            "主动公开信息数 | 条 | 635 |  其中：1.政务动态信息 | 条 | 350 |  2.其他信息 | 条 | 300 |",
            "```",
            "## 如何修改",
            "改正总数或填错的分项。",
            "## 依据",
            "- 国办发〔2014〕32号附件，政府信息公开情况统计表",
        ],
    }
}

/// A row's label and its numbers (本年, and 历年累计 where the table has it).
fn row_values(row: &[TableCell]) -> Option<(&TableCell, Vec<&TableCell>)> {
    let label = row.first()?;
    let values: Vec<&TableCell> = row.iter().skip(1).filter(|c| c.value().is_some()).collect();
    (!values.is_empty()).then_some((label, values))
}

enum Marker {
    Numbered,
    Circled,
    Plain,
}

fn marker(label: &str) -> Marker {
    let body = crate::format::without_breakdown_mark(label);
    match body.chars().next() {
        Some(c) if c.is_ascii_digit() => Marker::Numbered,
        Some('①'..='⑳') => Marker::Circled,
        _ => Marker::Plain,
    }
}

impl LegacySubtotal {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for table in &model.tables.other {
            let rows: Vec<(String, &TableCell, Vec<&TableCell>)> = table
                .cells
                .iter()
                .filter_map(|r| row_values(r))
                .map(|(l, v)| (normalize::label(&l.text), l, v))
                .collect();
            // Column names, for a table of several value columns (本年 | 历年累计).
            let names: Vec<&str> =
                table.cells.first().map_or(Vec::new(), |h| h.iter().skip(2).map(|c| c.text.as_str()).collect());
            for i in 1..rows.len() {
                if !rows[i].0.starts_with("其中") {
                    continue;
                }
                let (_, parent_label, parents) = &rows[i - 1];
                let kind = marker(&rows[i].0);
                let mut children = vec![i];
                for (j, (label, _, _)) in rows.iter().enumerate().skip(i + 1) {
                    let continues = match kind {
                        Marker::Numbered => label.starts_with(|c: char| c.is_ascii_digit()),
                        Marker::Circled => label.starts_with(|c: char| ('①'..='⑳').contains(&c)),
                        Marker::Plain => label.contains("其他") || label.contains("其它"),
                    };
                    if !continues || label.starts_with("其中") {
                        break;
                    }
                    children.push(j);
                    if matches!(kind, Marker::Plain) {
                        break;
                    }
                }
                let last = &rows[*children.last().expect("one child")].0;
                let exhaustive = matches!(kind, Marker::Numbered) || last.contains("其他") || last.contains("其它");
                for (c, parent) in parents.iter().enumerate() {
                    // Every part has this column, or the breakdown is not checked in it.
                    if children.iter().any(|&k| rows[k].2.len() != parents.len()) {
                        break;
                    }
                    let (Some(total), Some(sum)) =
                        (parent.value(), children.iter().try_fold(0.0, |s, &k| Some(s + rows[k].2[c].value()?)))
                    else {
                        continue;
                    };
                    let broken = if exhaustive { (total - sum).abs() > 1e-9 } else { sum > total };
                    if !broken {
                        continue;
                    }
                    let column = match names.get(c) {
                        Some(name) if parents.len() > 1 && names.len() == parents.len() => format!("（{name}）"),
                        _ => String::new(),
                    };
                    findings
                        .add(
                            &Self::META,
                            parent.span,
                            format!(
                                "“{}”{column}为 {}，其下各项合计为 {}。",
                                parent_label.text,
                                number(total),
                                number(sum)
                            ),
                            format!(
                                "\"{}\"{column} is {}, but its parts add up to {}.",
                                parent_label.text,
                                number(total),
                                number(sum)
                            ),
                        )
                        .related(children.iter().map(|&k| rows[k].2[c].span))
                        .expected(if exhaustive { number(sum) } else { format!("≥ {}", number(sum)) })
                        .found(number(total));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const SEED_001: &str = include_str!("../../../../../tests/fixtures/001_5572e4fa0af39e90.txt");

    #[test]
    fn seed_001_passes_and_a_wrong_part_fails() {
        assert!(check_text(&LegacySubtotal, SEED_001).is_empty());
        let broken = SEED_001.replace("285\n", "280\n");
        let found = check_text(&LegacySubtotal, &broken);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("630"));
    }
}

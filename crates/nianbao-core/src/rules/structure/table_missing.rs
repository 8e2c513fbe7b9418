use super::{fixed_format, table_names};
use crate::format::{table3, T3Label, T3Row};
use crate::model::{Model, ProblemKind, StandardTable};
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that a report in the 2019 or 2021 format contains its three standard tables:
    /// 主动公开政府信息情况 (二), 收到和处理政府信息公开申请情况 (三) and
    /// 政府信息公开行政复议、行政诉讼情况 (四), and that table 3 has all its rows. A report
    /// whose format could not be recognised is held to this too (unless it is dated before
    /// 2019): a report that could not be read never passes as complete.
    ///
    /// ## Why is this bad?
    /// The tables are the mandatory, comparable part of the report; the State Council's format
    /// requires them in table form. A missing table often means it was published as an image,
    /// which no reader (nor screen reader) can check.
    ///
    /// ## Example
    /// ```text
    /// 三、收到和处理政府信息公开申请情况
    /// 本年度共收到申请3件……
    /// 四、政府信息公开行政复议、行政诉讼情况
    /// ```
    ///
    /// ## How to fix
    /// Insert the official table with every cell filled (0 where nothing happened). If the
    /// page shows the table as an image, publish it as a text table.
    ///
    /// ## References
    /// - 国办公开办函〔2021〕30号, 表二–表四; 国办公开办函〔2019〕60号
    TableMissing {
        code: "NB105",
        name: "table-missing",
        category: Structure,
        severity: Error,
        summary_zh: "缺少规定的统计表",
        summary_en: "A standard table is missing",
        doc_zh: [
            "## 规则说明",
            "检查 2019 或 2021 年格式的报告是否包含三张规定统计表：主动公开政府信息情况（二）、收到和处理政府信息公开申请情况（三）、政府信息公开行政复议和行政诉讼情况（四），以及表三的各行是否齐全。格式无法识别的报告（2019 年及以后）同样要求。",
            "## 为什么是问题",
            "三张表是年报格式的组成部分；表没有读到，就不能说报告没有问题。",
            "## 示例",
            "```text",
            "三、收到和处理政府信息公开申请情况",
            "（只有文字，没有表格）",
            "```",
            "## 如何修改",
            "插入规定表格，每个单元格都填写（没有发生的填 0）。网页上表格是图片的，改为发布文字表格。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二至表四；国办公开办函〔2019〕60号",
        ],
    }
}

impl TableMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !fixed_format(model) {
            return;
        }
        let t = &model.tables;
        let present = [
            // Captions without a single row read are no table.
            (StandardTable::ActiveDisclosure, t.active_disclosure.as_ref().is_some_and(|t2| !t2.rows.is_empty())),
            (StandardTable::Applications, t.applications.is_some()),
            (StandardTable::ReviewLitigation, t.review_litigation.is_some()),
        ];
        for (table, found) in present {
            if found {
                continue;
            }
            let (zh, en, section) = table_names(table);
            let span = model.section(section).map_or_else(|| model.doc.span(0..0), |s| s.span);
            // Rows that could not be read are reported as such (NB107), not as a missing table.
            if model.table_problems.iter().any(|p| p.table == table && matches!(p.kind, ProblemKind::Unreadable { .. }))
            {
                continue;
            }
            findings.add(
                &Self::META,
                span,
                format!("没有找到“{zh}”。如果网页上该表是图片，请改为文字表格发布。"),
                format!("{en} was not found. If the page shows it as an image, publish it as a text table."),
            );
        }
        self.missing_rows(model, findings);
    }
}

impl TableMissing {
    /// Rows of table 3 that are neither read nor reported unreadable: the table was only
    /// partly found, and its sums can't be checked.
    fn missing_rows(&self, model: &Model, findings: &mut Findings) {
        let Some(t3) = &model.tables.applications else { return };
        let format = t3.format(model.template);
        let unreadable: Vec<&str> = model
            .table_problems
            .iter()
            .filter(|p| p.table == StandardTable::Applications && matches!(p.kind, ProblemKind::Unreadable { .. }))
            .map(|p| p.label.as_str())
            .collect();
        let missing: Vec<T3Row> = T3Row::of_format(format)
            .filter(|id| t3.row(*id).is_none())
            .filter(|id| {
                // Reported as unreadable under its own label already.
                let official = normalize::label(id.official());
                !unreadable.iter().any(|u| {
                    let u = normalize::label(u);
                    !u.is_empty() && (official.ends_with(&u) || table3::label(&u) == Some(T3Label::Row(*id)))
                })
            })
            .collect();
        if missing.is_empty() {
            return;
        }
        let names: Vec<&str> = missing.iter().map(|id| id.official()).collect();
        findings
            .add(
                &Self::META,
                t3.span,
                format!(
                    "“收到和处理政府信息公开申请情况表”缺少{}行：{}。表内合计无法核对。",
                    missing.len(),
                    names.join("；")
                ),
                format!(
                    "Table 3 lacks {} row(s) ({}); its sums can't be checked.",
                    missing.len(),
                    missing.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
                ),
            )
            .expected(names.join("；"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2019;
    use crate::rules::testing::check_text;

    #[test]
    fn a_report_whose_tables_were_not_found_fails_whatever_its_shape() {
        // Crawler text in which nothing of a table can be recognised: format unknown.
        let text = "示例局2023年政府信息公开工作年度报告 一、总体情况 2023年，本局认真贯彻《条例》。二、主动公开政府信息情况 表格见附件。三、收到和处理政府信息公开申请情况 见附件。四、政府信息公开行政复议、行政诉讼情况 无。五、存在的主要问题及改进情况 无。六、其他需要报告的事项 无。";
        assert_eq!(check_text(&TableMissing, text).len(), 3);
        assert!(check_text(&TableMissing, "第一章 天色已晚，他推开窗。").is_empty(), "not a report: NB006's job");
    }

    #[test]
    fn table_3_with_rows_left_out_fails() {
        assert!(check_text(&TableMissing, CLEAN_2019).is_empty());
        let start = CLEAN_2019.find("2.重复申请").unwrap();
        let end = start + CLEAN_2019[start..].find('\n').unwrap() + 1;
        let without = format!("{}{}", &CLEAN_2019[..start], &CLEAN_2019[end..]);
        let found = check_text(&TableMissing, &without);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.zh.contains("重复申请"));
    }

    #[test]
    fn three_tables_pass_and_a_missing_one_fails() {
        assert!(check_text(&TableMissing, CLEAN_2019).is_empty());
        let cut_start = CLEAN_2019.find("| 行政复议").unwrap();
        let cut_end = CLEAN_2019.find("五、").unwrap();
        let without_t4 = format!("{}{}", &CLEAN_2019[..cut_start], &CLEAN_2019[cut_end..]);
        let found = check_text(&TableMissing, &without_t4);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.contains("行政复议"));
    }
}

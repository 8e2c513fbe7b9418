use super::{fixed_format, table_names};
use crate::model::{Model, StandardTable};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks that a report in the 2019 or 2021 format contains its three standard tables:
    /// 主动公开政府信息情况 (二), 收到和处理政府信息公开申请情况 (三) and
    /// 政府信息公开行政复议、行政诉讼情况 (四).
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
    }
}

impl TableMissing {
    fn check(&self, model: &Model, findings: &mut Findings) {
        if !fixed_format(model) {
            return;
        }
        let t = &model.tables;
        let present = [
            (StandardTable::ActiveDisclosure, t.active_disclosure.is_some()),
            (StandardTable::Applications, t.applications.is_some()),
            (StandardTable::ReviewLitigation, t.review_litigation.is_some()),
        ];
        for (table, found) in present {
            if found {
                continue;
            }
            let (zh, en, section) = table_names(table);
            let span = model.section(section).map_or_else(|| model.doc.span(0..0), |s| s.span);
            findings.add(
                &Self::META,
                span,
                format!("没有找到“{zh}”。如果网页上该表是图片，请改为文字表格发布。"),
                format!("{en} was not found. If the page shows it as an image, publish it as a text table."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2019;
    use crate::rules::testing::check_text;

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

//! Structure: the six sections and the three standard tables, present, in place, readable.

mod legacy_content_missing;
mod legacy_label_duplicate;
mod preamble_parts;
mod section_duplicate;
mod section_empty;
mod section_missing;
mod section_order;
mod several_reports;
mod table_duplicate_row;
mod table_misplaced;
mod table_missing;
mod table_row_incomplete;
mod table_row_recovered;
mod table_stray_values;
mod table_unknown_row;
mod table_unreadable;
mod tables_not_filled;

pub(crate) use legacy_content_missing::LegacyContentMissing;
pub(crate) use legacy_label_duplicate::LegacyLabelDuplicate;
pub(crate) use preamble_parts::PreambleParts;
pub(crate) use section_duplicate::SectionDuplicate;
pub(crate) use section_empty::SectionEmpty;
pub(crate) use section_missing::SectionMissing;
pub(crate) use section_order::SectionOrder;
pub(crate) use several_reports::SeveralReports;
pub(crate) use table_duplicate_row::TableDuplicateRow;
pub(crate) use table_misplaced::TableMisplaced;
pub(crate) use table_missing::TableMissing;
pub(crate) use table_row_incomplete::TableRowIncomplete;
pub(crate) use table_row_recovered::TableRowRecovered;
pub(crate) use table_stray_values::TableStrayValues;
pub(crate) use table_unknown_row::TableUnknownRow;
pub(crate) use table_unreadable::TableUnreadable;
pub(crate) use tables_not_filled::TablesNotFilled;

use crate::model::{Model, StandardTable, Template};

/// Whether the report follows one of the fixed formats (2019 or 2021), whose six sections and
/// three tables are mandatory.
pub(crate) fn fixed_format(model: &Model) -> bool {
    match model.template {
        Template::Rev2021 | Template::Trial2019 => true,
        Template::Legacy => false,
        // A report whose format could not be told is held to the fixed format unless it is
        // dated before 2019: a report that could not be read must never pass as complete.
        // (Text that is no report at all, or no text, gets NB006 / NB001 instead.)
        Template::Unknown => {
            let readable = model.doc.kind != crate::read::InputKind::Unsupported && !model.doc.text.trim().is_empty();
            let t = &model.tables;
            let report_like = model.sections.iter().any(|s| s.standard.is_some())
                || t.active_disclosure.is_some()
                || t.applications.is_some()
                || t.review_litigation.is_some()
                || model.doc.text.contains("政府信息公开")
                || model.doc.text.contains("年度报告");
            readable && report_like && model.year.is_none_or(|y| y > 2018)
        }
    }
}

pub(crate) fn table_names(table: StandardTable) -> (&'static str, &'static str, u8) {
    match table {
        StandardTable::ActiveDisclosure => ("主动公开政府信息情况表", "the active-disclosure table (table 2)", 2),
        StandardTable::Applications => ("收到和处理政府信息公开申请情况表", "the applications table (table 3)", 3),
        StandardTable::ReviewLitigation => ("行政复议、行政诉讼情况表", "the review and litigation table (table 4)", 4),
        StandardTable::LegacyStatistics => ("政府信息公开情况统计表", "the statistics table (附表)", 0),
    }
}

/// The reading problems of one kind, with the table's Chinese and English names.
pub(crate) fn problems_of<'m>(
    model: &'m Model,
    kind: impl Fn(&crate::model::ProblemKind) -> bool + 'm,
) -> impl Iterator<Item = (&'m crate::model::TableProblem, &'static str, &'static str)> + 'm {
    model.table_problems.iter().filter(move |p| kind(&p.kind)).map(|p| {
        let (zh, en, _) = table_names(p.table);
        (p, zh, en)
    })
}

#[cfg(test)]
pub(crate) mod fixtures {
    /// A complete, correct 2021-format report (the clean template with a filled-in body).
    pub(crate) const CLEAN_2021: &str = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2021.txt");
    /// The note cell that opens table 3, for tests that only need a few of its rows.
    pub(crate) const T3_NOTE: &str =
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n";
    pub(crate) const CLEAN_2019: &str = include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2019.txt");
}

//! The official formats, written once (FORMAT.md §1–§6): the six sections, the rows and
//! columns of tables 2–4, and the identities their numbers obey.
//!
//! Everything the readers, the model, the rules and the front ends know about the official
//! report layout comes from here. This module knows nothing of documents or models: it is
//! vocabulary (labels, key phrases, prefixes as crawlers flatten them) and data (which rows
//! each format has, which cells sum to which). A third official revision is one more
//! [`Format`] variant and the rows it adds or drops.

pub mod identities;
pub mod sections;
pub mod table2;
pub mod table3;
pub mod table4;

pub use identities::{Relation, T3ColumnIdentity};
pub use sections::{SectionDef, SECTIONS};
pub use table3::{T3Column, T3Group, T3Label, T3Row};
pub use table4::{T4Group, T4Result};

/// A fixed official format of the report (FORMAT.md §1.2). Reports before 2019 had none
/// (the model's `Template::Legacy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// 国办公开办函〔2019〕60号 (试行), report years 2019 and 2020.
    Trial2019,
    /// 国办公开办函〔2021〕30号, report years 2021 and later.
    Rev2021,
}

impl Format {
    /// The format a report of `year` must use; `None` before 2019 (no fixed format).
    pub fn for_year(year: i32) -> Option<Format> {
        match year {
            ..=2018 => None,
            2019 | 2020 => Some(Format::Trial2019),
            _ => Some(Format::Rev2021),
        }
    }
}

/// Labels that belong to one format only (table 2's columns and captions, table 3's 2021
/// items), matched on folded label text: the format is told from these, not from the year.
pub const SIGNALS: &[(&str, Format)] = &[
    ("本年制发件数", Format::Rev2021),
    ("本年废止件数", Format::Rev2021),
    ("现行有效件数", Format::Rev2021),
    ("本年处理决定数量", Format::Rev2021),
    ("本年收费金额", Format::Rev2021),
    ("逾期不补正", Format::Rev2021),
    ("收费通知", Format::Rev2021),
    ("本年新制作数量", Format::Trial2019),
    ("本年新公开数量", Format::Trial2019),
    ("对外公开总数量", Format::Trial2019),
    ("上一年项目数量", Format::Trial2019),
    ("本年增/减", Format::Trial2019),
    ("其他对外管理服务事项", Format::Trial2019),
    ("第二十条第(九)项", Format::Trial2019),
    ("政府集中采购", Format::Trial2019),
    ("采购项目数量", Format::Trial2019),
    ("采购总金额", Format::Trial2019),
];

/// A legacy statistics table's row label without the mark that opens a breakdown:
/// `其中：1.当面申请数` → `1.当面申请数` (raw or folded punctuation alike).
pub fn without_breakdown_mark(label: &str) -> &str {
    label.trim_start_matches("其中").trim_start_matches([':', ',', '：', '，', ' '])
}

/// Words of the pre-2019 statistics 附表 (国务院令第492号): a report holding them is legacy.
pub const LEGACY_WORDS: &[&str] = &[
    "附表",
    "政府信息公开情况统计表",
    "申请总数",
    "对申请的答复总数",
    "同意公开答复数",
    "否决公开答复",
    "国务院令第492号",
];

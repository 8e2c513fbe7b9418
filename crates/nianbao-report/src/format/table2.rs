//! Table 2, 主动公开政府信息情况 (FORMAT.md §3): its row labels and captions, both formats.

/// Row labels of table 2 (both formats), longest first where one contains another
/// (行政规范性文件 before 规范性文件).
pub const ROW_LABELS: &[&str] = &[
    "其他对外管理服务事项",
    "行政规范性文件",
    "行政事业性收费",
    "政府集中采购",
    "规范性文件",
    "行政许可",
    "行政处罚",
    "行政强制",
    "规章",
];

/// A known row label of table 2 (normalised text).
pub fn is_row_label(norm: &str) -> bool {
    ROW_LABELS.contains(&norm)
}

/// A caption `第二十条第(一)项` (normalised text).
pub fn is_caption(norm: &str) -> bool {
    norm.starts_with("第二十条第")
}

/// The header cell that heads table 2's first block (normalised text).
pub const CONTENT_HEADER: &str = "信息内容";

/// A column of table 2, by what it counts. Which ones a row has depends on the format and the
/// block (2021: 规章 and 行政规范性文件 have three, the others one; 2019: three, or two for 收费
/// and 采购).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T2Column {
    /// 2021 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数.
    Made,
    Repealed,
    InForce,
    /// 2019 第二十条第（一）项: 本年新制作数量, 本年新公开数量, 对外公开总数量.
    NewlyMade,
    NewlyPublished,
    PublishedTotal,
    /// 2019 第二十条第（五）（六）（八）项: 上一年项目数量, 本年增/减, 处理决定数量.
    PreviousYearItems,
    Change,
    Decisions,
}

impl T2Column {
    /// The cell's index in its row.
    pub fn index(self) -> usize {
        match self {
            T2Column::Made | T2Column::NewlyMade | T2Column::PreviousYearItems => 0,
            T2Column::Repealed | T2Column::NewlyPublished | T2Column::Change => 1,
            T2Column::InForce | T2Column::PublishedTotal | T2Column::Decisions => 2,
        }
    }
}

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

//! Table 4, 政府信息公开行政复议、行政诉讼情况 (FORMAT.md §5): three groups of five cells.

/// One of table 4's three groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T4Group {
    /// 行政复议
    Review,
    /// 行政诉讼 · 未经复议直接起诉
    SuitWithoutReview,
    /// 行政诉讼 · 复议后起诉
    SuitAfterReview,
}

/// A cell of a group: four results and their 总计.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T4Result {
    Upheld,
    Corrected,
    Other,
    Pending,
    Total,
}

impl T4Result {
    /// Every cell of a group, in schema order.
    pub const ALL: [T4Result; 5] =
        [T4Result::Upheld, T4Result::Corrected, T4Result::Other, T4Result::Pending, T4Result::Total];

    pub fn name_zh(self) -> &'static str {
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"][self as usize]
    }
}

/// Cells per group (four results and the total).
pub const GROUP_WIDTH: usize = 5;
/// Cells of the table.
pub const CELLS: usize = 15;

impl T4Group {
    pub const ALL: [T4Group; 3] = [T4Group::Review, T4Group::SuitWithoutReview, T4Group::SuitAfterReview];

    pub fn name_zh(self) -> &'static str {
        ["行政复议", "未经复议直接起诉", "复议后起诉"][self as usize]
    }

    pub fn name_en(self) -> &'static str {
        ["administrative review", "suits without review", "suits after review"][self as usize]
    }

    /// The index (schema order, 0–14) of one of the group's cells.
    pub fn cell(self, result: T4Result) -> usize {
        self as usize * GROUP_WIDTH + result as usize
    }

    /// The indices of the four result cells.
    pub fn results(self) -> std::ops::Range<usize> {
        self.cell(T4Result::Upheld)..self.cell(T4Result::Total)
    }

    /// The index of the group's 总计.
    pub fn total(self) -> usize {
        self.cell(T4Result::Total)
    }
}

/// The name of cell `index` (`行政复议·结果维持`), schema order.
pub fn column_name(index: usize) -> &'static str {
    COLUMNS_ZH.get(index).copied().unwrap_or("")
}

/// Column labels of table 4, in schema order.
pub const COLUMNS_ZH: [&str; 15] = [
    "行政复议·结果维持",
    "行政复议·结果纠正",
    "行政复议·其他结果",
    "行政复议·尚未审结",
    "行政复议·总计",
    "未经复议直接起诉·结果维持",
    "未经复议直接起诉·结果纠正",
    "未经复议直接起诉·其他结果",
    "未经复议直接起诉·尚未审结",
    "未经复议直接起诉·总计",
    "复议后起诉·结果维持",
    "复议后起诉·结果纠正",
    "复议后起诉·其他结果",
    "复议后起诉·尚未审结",
    "复议后起诉·总计",
];

/// Header labels of table 4 (normalised text).
pub fn is_header(norm: &str) -> bool {
    matches!(
        norm,
        "行政复议"
            | "行政诉讼"
            | "结果维持"
            | "结果纠正"
            | "其他结果"
            | "尚未审结"
            | "总计"
            | "未经复议直接起诉"
            | "复议后起诉"
    )
}

/// The cell that opens table 4 (normalised text).
pub const OPENING_HEADER: &str = "行政复议";

/// Table 4's header as crawler text prints it (folded), and a word that confirms it.
pub const CRAWLER_HEADER: (&str, &str) = ("行政复议行政诉讼", "结果维持");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_by_group_and_result() {
        for g in T4Group::ALL {
            for r in T4Result::ALL {
                assert_eq!(column_name(g.cell(r)), format!("{}·{}", g.name_zh(), r.name_zh()));
            }
        }
        assert_eq!(T4Group::SuitAfterReview.total(), CELLS - 1);
    }
}

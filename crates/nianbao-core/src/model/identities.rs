//! The identities of tables 3 and 4 (FORMAT.md §6.2–§6.3), defined once: the arithmetic rules
//! check them, and the fused-row reader (`glued.rs`) uses them to choose between readings.

use std::ops::Range;

/// Table 3: in every row, 总计 (column 6) = the six applicant columns.
pub const T3_APPLICANTS: Range<usize> = 0..6;
pub const T3_TOTAL: usize = 6;

/// Table 3, per column: 一 + 二 = （七）总计 + 四 (T3-1, printed in the table itself).
pub const T3_BALANCE: ([&str; 2], [&str; 2]) = (["1", "2"], ["3.7", "4"]);

/// Table 3's （七）总计 row, the sum of the result rows (T3-3).
pub const T3_RESULTS_TOTAL: &str = "3.7";

/// Whether a table-3 row is a result row, summed by （七）总计: （一）…（六） and their items.
pub fn is_t3_result_row(id: &str) -> bool {
    id.starts_with("3.") && id != T3_RESULTS_TOTAL
}

/// The rows of a complete table 3 of a format: 2019 has （六）其他处理 as one row, 2021 its
/// three items.
pub fn t3_rows_of(format_2021: bool) -> impl Iterator<Item = &'static str> {
    super::labels::t3_row_ids().filter(move |id| if format_2021 { *id != "3.6" } else { !id.starts_with("3.6.") })
}

/// The result rows of a complete table 3 (summed by （七）总计).
pub fn t3_result_rows(format_2021: bool) -> impl Iterator<Item = &'static str> {
    t3_rows_of(format_2021).filter(|id| is_t3_result_row(id))
}

/// One of table 4's three groups: four results (维持, 纠正, 其他, 尚未审结) and their 总计.
#[derive(Clone, Copy, Debug)]
pub struct T4Group {
    pub name_zh: &'static str,
    pub name_en: &'static str,
    first: usize,
}

impl T4Group {
    /// The indices of the four result cells.
    pub fn results(self) -> Range<usize> {
        self.first..self.first + 4
    }
    /// The index of the group's 总计.
    pub fn total(self) -> usize {
        self.first + 4
    }
}

/// Cells per table-4 group (four results and the total).
pub const T4_GROUP_WIDTH: usize = 5;

pub const T4_GROUPS: [T4Group; 3] = [
    T4Group { name_zh: "行政复议", name_en: "administrative review", first: 0 },
    T4Group { name_zh: "未经复议直接起诉", name_en: "suits without review", first: 5 },
    T4Group { name_zh: "复议后起诉", name_en: "suits after review", first: 10 },
];

/// Whether 15 table-4 values satisfy its three totals.
pub fn t4_totals_hold<T: Copy + std::iter::Sum<T> + PartialEq>(values: &[T]) -> bool {
    values.len() == 15 && T4_GROUPS.iter().all(|g| values[g.results()].iter().copied().sum::<T>() == values[g.total()])
}

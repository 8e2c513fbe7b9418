//! The identities of tables 3 and 4 (FORMAT.md §6.2–§6.3), as data: the arithmetic rules
//! evaluate them over located cells, the fused-row reader (`model/fused.rs`) over candidate
//! readings, the PDF reader's judge over what it read.

use super::table3::{T3Column, T3Row};
use super::table4::{T4Group, CELLS};

/// Which relation an identity expresses; each kind is one arithmetic rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// T3-2: in every row of table 3, 总计 = the six applicant columns.
    RowTotal,
    /// T3-1: per column, 一 + 二 = （七）总计 + 四 (printed in the table itself).
    Balance,
    /// T3-3: per column, （七）总计 = the sum of the result rows.
    ResultsTotal,
    /// T4-1…3: each group's 总计 = its four results.
    ReviewTotal,
}

/// T3-2, in every row: `.0` = Σ `.1`.
pub const T3_ROW_TOTAL: (T3Column, [T3Column; 6]) = (T3Column::Total, T3Column::APPLICANTS);

/// T3-1, per column: Σ `.0` = Σ `.1`.
pub const T3_BALANCE: ([T3Row; 2], [T3Row; 2]) =
    ([T3Row::Received, T3Row::CarriedIn], [T3Row::ResultsTotal, T3Row::CarriedOver]);

/// A column identity of table 3: in each column, Σ `plus` rows = Σ `minus` rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct T3ColumnIdentity {
    pub relation: Relation,
    pub plus: Vec<T3Row>,
    pub minus: Vec<T3Row>,
}

/// The column identities of table 3 whose rows are present, in the order the arithmetic
/// rules report them: T3-1, then T3-3. T3-3 needs every result row of the table's format
/// (2021 when a 2021 item of （六） is present): a sum over the rows that happened to be read
/// would turn a row the reader missed (or a row the report dropped, which the structure
/// rules report) into a false arithmetic error — or let the fused-row reader trust a partial
/// sum.
pub fn t3_column_identities(present: &[T3Row]) -> Vec<T3ColumnIdentity> {
    let has = |r: &T3Row| present.contains(r);
    let mut out = Vec::new();
    let (plus, minus) = T3_BALANCE;
    if plus.iter().chain(&minus).all(has) {
        out.push(T3ColumnIdentity { relation: Relation::Balance, plus: plus.to_vec(), minus: minus.to_vec() });
    }
    let format = if present.iter().any(|r| r.is_other_handling_item()) {
        super::Format::Rev2021
    } else {
        super::Format::Trial2019
    };
    let rows: Vec<T3Row> = T3Row::of_format(format).filter(|r| r.is_result()).collect();
    let parts = rows.iter().all(has).then_some(rows);
    if let (true, Some(parts)) = (has(&T3Row::ResultsTotal), parts) {
        out.push(T3ColumnIdentity { relation: Relation::ResultsTotal, plus: vec![T3Row::ResultsTotal], minus: parts });
    }
    out
}

/// T4-1…3: each group's 总计 (`.0`) = its four results (`.1`), as cell indices.
pub fn t4_identities() -> impl Iterator<Item = (T4Group, usize, std::ops::Range<usize>)> {
    T4Group::ALL.into_iter().map(|g| (g, g.total(), g.results()))
}

/// Whether 15 table-4 values satisfy its three totals.
pub fn t4_totals_hold<T: Copy + std::iter::Sum<T> + PartialEq>(values: &[T]) -> bool {
    values.len() == CELLS
        && t4_identities().all(|(_, total, parts)| values[parts].iter().copied().sum::<T>() == values[total])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::Format;

    #[test]
    fn identities_need_their_rows() {
        let all: Vec<T3Row> = T3Row::of_format(Format::Rev2021).collect();
        let ids = t3_column_identities(&all);
        assert_eq!(ids.iter().map(|i| i.relation).collect::<Vec<_>>(), [Relation::Balance, Relation::ResultsTotal]);
        assert_eq!(ids[1].minus.len(), 21);
        let mut partial = all.clone();
        partial.retain(|r| *r != T3Row::Granted);
        assert_eq!(t3_column_identities(&partial).len(), 1, "no T3-3 without （一）");
        assert!(t3_column_identities(&[T3Row::Received]).is_empty());
    }

    #[test]
    fn totals_hold_or_not() {
        let mut v = [1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5];
        assert!(t4_totals_hold(&v));
        v[0] = 2;
        assert!(!t4_totals_hold(&v));
    }
}

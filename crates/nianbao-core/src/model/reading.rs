//! How well a document's standard tables were read: what a reader compares when it has
//! several readings of one input (the PDF reader's table rebuilds), without the rules.

use super::{Model, ProblemKind, TableCell};
use crate::format::T3Row;

/// A measure of one reading. Lower `problems` is better; then more `values`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Standard tables not found, table-3 rows of the format not found, rows unreadable,
    /// short or recovered from fused digits, values outside any row, and identities of tables
    /// 3 and 4 that do not hold as read.
    pub problems: usize,
    /// Cells of the standard tables that hold a read value (not padded as missing).
    pub values: usize,
}

impl Model {
    /// The measure of this reading (see [`Reading`]).
    pub fn reading(&self) -> Reading {
        let t = &self.tables;
        let absent_tables = [t.active_disclosure.is_none(), t.applications.is_none(), t.review_litigation.is_none()]
            .into_iter()
            .filter(|absent| *absent)
            .count();
        let reading_problems = self
            .table_problems
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    ProblemKind::RowIncomplete { .. }
                        | ProblemKind::StrayValues
                        | ProblemKind::Unreadable { .. }
                        | ProblemKind::Recovered
                )
            })
            .count();
        let read = |cells: &[TableCell]| cells.iter().filter(|c| !c.missing).count();
        let values = t.active_disclosure.iter().flat_map(|t| &t.rows).map(|r| read(&r.cells)).sum::<usize>()
            + t.applications.iter().flat_map(|t| &t.rows).map(|r| read(&r.cells)).sum::<usize>()
            + t.review_litigation.iter().map(|t| read(&t.cells)).sum::<usize>();
        Reading {
            problems: absent_tables + self.absent_t3_rows() + reading_problems + self.broken_identities(),
            values,
        }
    }

    /// Rows of table 3's format not read (none when table 3 is absent: that is counted once).
    fn absent_t3_rows(&self) -> usize {
        let Some(t3) = &self.tables.applications else { return 0 };
        T3Row::of_format(t3.format(self.template)).filter(|&r| t3.row(r).is_none()).count()
    }

    /// Identities of tables 3 and 4 that do not hold as read (blank cells count as 0; an
    /// identity with a cell that is no number is not evaluated).
    fn broken_identities(&self) -> usize {
        super::equations::equations(self).iter().filter(|e| e.broken().is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use crate::read::{read_str, InputKind};

    const TEMPLATE: &str = include_str!("../../../../tests/fixtures/templates/TEMPLATE-2021.txt");

    fn reading(text: &str) -> super::Reading {
        super::super::build(read_str(text, InputKind::Text)).reading()
    }

    #[test]
    fn a_whole_table_reads_without_problems_and_a_broken_one_does_not() {
        let whole = reading(TEMPLATE);
        assert_eq!(whole.problems, 0);
        // Table 2: two rows of 3 and four of 1; table 3: 25 rows × 7; table 4: 15.
        assert_eq!(whole.values, 2 * 3 + 4 + 25 * 7 + 15);
        // One applicant cell of 一 changed: the row total and the column balance break.
        let broken = TEMPLATE.replacen(
            "| 一、本年新收政府信息公开申请数量 |  |  | 0 |",
            "| 一、本年新收政府信息公开申请数量 |  |  | 5 |",
            1,
        );
        assert_eq!(reading(&broken).problems, 2);
        // A row dropped: one row of the format missing, and the results total no longer holds
        // only if its values were not zero — here they are, so one problem.
        let dropped: String = TEMPLATE.lines().filter(|l| !l.contains("重复申请")).map(|l| format!("{l}\n")).collect();
        assert_eq!(reading(&dropped).problems, 1);
        assert!(reading(&dropped).values < whole.values);
    }
}

//! A table continued over a page break: which columns of the new part are the old part's, a
//! repeated header dropped, and a label cell cut by the break joined only when the two halves
//! make an official label.

use crate::cells::PendingCell;

/// A table being collected, which the next page may continue.
pub(super) struct PendingTable {
    /// Rows in the columns of the table's first part (later parts are mapped onto them).
    pub rows: Vec<Vec<PendingCell>>,
    pub columns: Vec<Option<i32>>,
    /// The table was the last thing on its page, so the next page may continue it.
    pub at_page_end: bool,
}

/// Where each column of a table starts (points from the left edge): the leftmost start of
/// its cells, `None` for a column whose every place is covered.
pub(super) fn column_starts(rows: &[Vec<PendingCell>]) -> Vec<Option<i32>> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width).map(|col| rows.iter().filter_map(|row| row.get(col)?.place.map(|p| p.left)).min()).collect()
}

/// How far apart (in points) the starts of one column on two pages may be.
const COLUMN_TOLERANCE: i32 = 4;

/// For each column of a table's part on a new page, the column of the part before that starts
/// at the same place; `None` when some column has no such match (then it is another table).
/// A column may be missing on the new page: a label merged down the whole page has no line of
/// its own there.
pub(super) fn match_columns(before: &[Option<i32>], after: &[Option<i32>]) -> Option<Vec<usize>> {
    let mut next = 0;
    let mut mapping = Vec::with_capacity(after.len());
    for start in after {
        let start = (*start)?;
        let found = (next..before.len()).find(|&k| before[k].is_some_and(|b| (b - start).abs() <= COLUMN_TOLERANCE))?;
        mapping.push(found);
        next = found + 1;
    }
    Some(mapping)
}

/// A row of a table's later part in the columns of its first part; columns the later part
/// lacks are covered places.
pub(super) fn remap(row: Vec<PendingCell>, mapping: &[usize], width: usize) -> Vec<PendingCell> {
    let mut out: Vec<PendingCell> = (0..width).map(|_| PendingCell { text: String::new(), place: None }).collect();
    for (cell, &col) in row.into_iter().zip(mapping) {
        out[col] = cell;
    }
    out
}

/// Joins a table's part on a new page to the part before it. A header row the page repeats is
/// dropped. In the first row, a cell whose text completes the label of the cell above it into
/// a label of the official tables (`（四）无` + `法提供`, `2.其他法律行政法规` + `禁止公开`) is
/// the rest of that cell, cut by the page break: its text goes there and its place is covered.
/// Blank cells left of the row's first text are the rest of labels merged down over the break
/// (`三、本年度办理结果`); a first row left with nothing but blanks was the rest of the last
/// row. Anything else starts a row of its own: a label is never glued to another by guess.
pub(super) fn continue_table(pending: &mut PendingTable, rows: &mut Vec<Vec<PendingCell>>) {
    let texts = |row: &[PendingCell]| row.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
    if let (Some(first), Some(header)) = (rows.first(), pending.rows.first()) {
        if texts(first) == texts(header) && first.iter().any(|c| !c.text.is_empty()) {
            rows.remove(0);
        }
    }
    let Some(first) = rows.first_mut() else { return };
    for (col, cell) in first.iter_mut().enumerate() {
        if cell.place.is_none() || cell.text.is_empty() {
            continue;
        }
        if let Some(above) = cell_above(pending, col) {
            if completes_label(&above.text, &cell.text) {
                above.text.push_str(&cell.text);
                cell.place = None;
            }
        }
    }
    let first_text = first.iter().position(|c| c.place.is_some() && !c.text.is_empty()).unwrap_or(first.len());
    for cell in &mut first[..first_text] {
        cell.place = None;
    }
}

/// The nearest cell above `col` in the table so far that is not a covered place.
fn cell_above(pending: &mut PendingTable, col: usize) -> Option<&mut PendingCell> {
    pending.rows.iter_mut().rev().find_map(|row| row.get_mut(col).filter(|c| c.place.is_some()))
}

/// `head` alone is no label of the official tables and `head` + `rest` is one.
fn completes_label(head: &str, rest: &str) -> bool {
    use nianbao_core::format::{table3::label as t3_label, table4::is_header as is_t4_header};
    use nianbao_core::normalize::label;
    if head.is_empty() {
        return false;
    }
    let (head, whole) = (label(head), label(&format!("{head}{rest}")));
    // Per table: `其他` is a column of table 3, and `其他` + `结果` a header of table 4.
    (t3_label(&head).is_none() && t3_label(&whole).is_some()) || (!is_t4_header(&head) && is_t4_header(&whole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nianbao_core::span::PageBox;

    fn cell(text: &str, covered: bool) -> PendingCell {
        let place = (!covered).then_some(PageBox { page: 1, left: 0, top: 0, right: 1, bottom: 1 });
        PendingCell { text: text.into(), place }
    }
    #[test]
    fn columns_match_by_where_they_start() {
        let before = [Some(57), Some(90), Some(160), Some(250)];
        assert_eq!(match_columns(&before, &[Some(58), Some(90), Some(161), Some(250)]), Some(vec![0, 1, 2, 3]));
        // The first column, merged down the whole new page, has no line there.
        assert_eq!(match_columns(&before, &[Some(89), Some(160), Some(251)]), Some(vec![1, 2, 3]));
        assert_eq!(match_columns(&before, &[Some(57), Some(120)]), None);
    }
    #[test]
    fn a_merged_label_cut_by_the_page_break_is_joined() {
        let mut pending = PendingTable {
            rows: vec![
                vec![cell("三、本年度办理结果", false), cell("（三）不予公开", false), cell("1.", false)],
                vec![cell("", true), cell("（四）无", false), cell("1.本机关不掌握", false)],
            ],
            columns: vec![Some(0), Some(50), Some(100)],
            at_page_end: true,
        };
        let mut rows = vec![
            vec![cell("", false), cell("法提供", false), cell("2.没有现成信息", false)],
            vec![cell("", false), cell("（五）不予处理", false), cell("1.信访", false)],
        ];
        continue_table(&mut pending, &mut rows);
        assert_eq!(pending.rows[1][1].text, "（四）无法提供");
        assert_eq!(pending.rows[0][0].text, "三、本年度办理结果");
        assert!(rows[0][0].place.is_none() && rows[0][1].place.is_none());
        assert!(rows[0][2].place.is_some() && rows[1][0].place.is_some());
    }
    #[test]
    fn a_row_that_starts_the_new_page_is_left_alone() {
        let mut pending = PendingTable {
            rows: vec![vec![cell("第二十条第（六）项", false), cell("", false)]],
            columns: vec![Some(0), Some(50)],
            at_page_end: true,
        };
        let mut rows = vec![vec![cell("行政处罚", false), cell("7", false)]];
        continue_table(&mut pending, &mut rows);
        assert_eq!(pending.rows[0][0].text, "第二十条第（六）项");
        assert!(rows[0].iter().all(|c| c.place.is_some()));
    }
    #[test]
    fn the_rest_of_a_row_split_by_the_page_break_joins_it() {
        let mut pending = PendingTable {
            rows: vec![vec![cell("（三）不予公", false), cell("2.其他法律行政法规", false), cell("263", false)]],
            columns: vec![Some(0), Some(50), Some(100)],
            at_page_end: true,
        };
        let mut rows = vec![vec![cell("开", false), cell("禁止公开", false), cell("", false)]];
        continue_table(&mut pending, &mut rows);
        assert_eq!(texts_of(&pending.rows[0]), ["（三）不予公开", "2.其他法律行政法规禁止公开", "263"]);
        assert!(rows[0].iter().all(|c| c.place.is_none()), "the row is gone");
    }
    fn texts_of(row: &[PendingCell]) -> Vec<&str> {
        row.iter().map(|c| c.text.as_str()).collect()
    }
}

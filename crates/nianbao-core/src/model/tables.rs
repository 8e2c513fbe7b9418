//! The standard tables, read from the document's cells by their labels (FORMAT.md §9.7).
//!
//! All table cells of the document form one stream. Anchors switch between zones: a
//! `第二十条第(X)项` caption opens table 2, a table-3 row label or its note opens table 3,
//! `行政复议` opens table 4; cells in no zone form "other" tables (legacy 附表). Within a zone,
//! a row label is followed by its values, taken positionally (blank cells are real values) and
//! stopping early at the next label, so a short row is reported instead of eating its neighbour.

use super::cell::{Cells, TableCell};
use crate::format::table2::T2Column;
use crate::format::{table2, table3, table4, T3Column, T3Group, T3Label, T3Row, T4Group, T4Result};
use crate::normalize::{self, CellValue};
use crate::read::{Block, Cell, Document};
use crate::span::Span;

/// The standard tables found, as the schema's `tables` object.
#[derive(Clone, Debug, Default)]
pub struct Tables {
    pub active_disclosure: Option<ActiveDisclosure>,
    pub applications: Option<Applications>,
    pub review_litigation: Option<ReviewLitigation>,
    pub other: Vec<OtherTable>,
}

/// Table 2, 主动公开政府信息情况.
#[derive(Clone, Debug)]
pub struct ActiveDisclosure {
    pub rows: Vec<DisclosureRow>,
    pub span: Span,
    /// Every header cell read (`本年制发件数`, `本年新`, …), for template and label rules.
    pub headers: Vec<(String, Span)>,
    pub captions: Vec<(String, Span)>,
}

#[derive(Clone, Debug)]
pub struct DisclosureRow {
    pub group: String,
    pub label: String,
    pub columns: Vec<String>,
    pub cells: Cells,
    pub span: Span,
}

/// Table 3, 收到和处理政府信息公开申请情况.
#[derive(Clone, Debug)]
pub struct Applications {
    pub rows: Vec<ApplicationRow>,
    pub span: Span,
}

impl Applications {
    pub fn row(&self, row: T3Row) -> Option<&ApplicationRow> {
        self.rows.iter().find(|r| r.id == row)
    }

    /// Which format's rows the table has: 2021 when one of （六）'s three items was read, or
    /// when the report is in the 2021 format and has no 2019 （六）其他处理 row; else 2019.
    pub fn format(&self, template: super::Template) -> crate::format::Format {
        let items_2021 = self.rows.iter().any(|r| r.id.is_other_handling_item())
            || (template == super::Template::Rev2021 && self.row(T3Row::OtherHandling).is_none());
        if items_2021 {
            crate::format::Format::Rev2021
        } else {
            crate::format::Format::Trial2019
        }
    }
}

impl DisclosureRow {
    /// The row's cell in `column`, if the row has that many.
    pub fn cell(&self, column: T2Column) -> Option<&TableCell> {
        self.cells.get(column.index())
    }
}

#[derive(Clone, Debug)]
pub struct ApplicationRow {
    /// Which official row (serialised as the schema's id, `"3.7"`).
    pub id: T3Row,
    pub label: String,
    pub cells: Cells,
    pub span: Span,
}

impl ApplicationRow {
    /// The row's cell in `column` (a row always has the seven).
    pub fn cell(&self, column: T3Column) -> &TableCell {
        &self.cells[column.index()]
    }

    /// The row's 总计.
    pub fn total(&self) -> &TableCell {
        self.cell(T3Column::Total)
    }

    /// The six applicant cells.
    pub fn applicants(&self) -> &[TableCell] {
        &self.cells[..T3Column::APPLICANTS.len()]
    }
}

/// Table 4, 行政复议、行政诉讼情况: 15 values.
#[derive(Clone, Debug)]
pub struct ReviewLitigation {
    pub cells: Cells,
    pub span: Span,
}

impl ReviewLitigation {
    /// One group's cells.
    pub fn group(&self, group: T4Group) -> T4GroupCells<'_> {
        T4GroupCells { table: self, group }
    }
}

/// The five cells of one of table 4's groups.
#[derive(Clone, Copy)]
pub struct T4GroupCells<'a> {
    table: &'a ReviewLitigation,
    group: T4Group,
}

impl<'a> T4GroupCells<'a> {
    /// The four results (维持, 纠正, 其他, 尚未审结).
    pub fn results(self) -> &'a [TableCell] {
        &self.table.cells[self.group.results()]
    }

    /// The group's 总计.
    pub fn total(self) -> &'a TableCell {
        &self.table.cells[self.group.total()]
    }
}

/// A table that is none of the three (legacy 附表, an extra table).
#[derive(Clone, Debug)]
pub struct OtherTable {
    pub title: Option<String>,
    pub rows: Vec<Vec<String>>,
    pub span: Span,
    pub cells: Vec<Vec<TableCell>>,
}

/// Which standard table a reading problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StandardTable {
    ActiveDisclosure,
    Applications,
    ReviewLitigation,
    /// A pre-2019 report's 政府信息公开情况统计表 (附表), read from crawler text.
    LegacyStatistics,
}

/// Something the table reader could not make sense of. Rules turn these into findings.
#[derive(Clone, Debug, PartialEq)]
pub struct TableProblem {
    pub table: StandardTable,
    pub kind: ProblemKind,
    pub span: Span,
    /// The row's label as written, when the problem is about a row.
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The row ended after `found` of `expected` values.
    RowIncomplete { expected: usize, found: usize },
    /// Numbers where no row label precedes them.
    StrayValues,
    /// A label that is not in the official table.
    UnknownRow,
    /// A column the official table does not have (`法人或其他组织小计`); its values are left out.
    ExtraColumn,
    /// The same row appears twice; the first was kept.
    DuplicateRow,
    /// A row whose cells ran together (`…数量230 000023`) with no single reading.
    Unreadable { readings: usize },
    /// A row whose cells ran together and which the table's own sums let us read.
    Recovered,
    /// A label one or two characters off the official row expected at its place
    /// (`2.其他法律行政止公开`, a character dropped by a PDF): read as that row.
    Garbled { row: T3Row },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    Disclosure,
    Applications,
    Review,
}

/// A table cell with its normalised label and parsed value.
pub(crate) struct Item<'a> {
    pub cell: &'a Cell,
    pub block: usize,
    pub rows_known: bool,
    pub norm: String,
    pub value: CellValue,
    /// The table-3 meaning of the label, computed once.
    t3: Option<T3Label>,
}

impl Item<'_> {
    fn is_blank(&self) -> bool {
        self.value == CellValue::Blank
    }
    fn is_text(&self) -> bool {
        self.value == CellValue::Text
    }
    fn t3(&self) -> Option<T3Label> {
        self.t3
    }
}

fn anchor(item: &Item, zone: Option<Zone>) -> Option<Zone> {
    if !item.is_text() {
        return None;
    }
    let norm = item.norm.as_str();
    if table2::is_caption(norm) || norm == table2::CONTENT_HEADER || table2::is_row_label(norm) {
        return Some(Zone::Disclosure);
    }
    if norm == table4::OPENING_HEADER {
        return Some(Zone::Review);
    }
    // Only labels no other table has open table 3; its other rows are read once it is open
    // (a legacy 附表's `同意部分公开答复数` must not open it).
    match item.t3 {
        Some(T3Label::Header) if table3::OWN_HEADERS.iter().any(|h| norm.contains(h)) => Some(Zone::Applications),
        Some(
            T3Label::Row(T3Row::Received | T3Row::CarriedIn | T3Row::CarriedOver) | T3Label::Group(T3Group::Results),
        ) => Some(Zone::Applications),
        Some(T3Label::Row(_) | T3Label::Group(_) | T3Label::OtherHandling) if zone == Some(Zone::Applications) => {
            Some(Zone::Applications)
        }
        _ => None,
    }
}

pub(crate) fn read_tables(doc: &Document, problems: &mut Vec<TableProblem>) -> Tables {
    let mut items: Vec<Item> = Vec::new();
    for (block, b) in doc.blocks.iter().enumerate() {
        if let Block::Table(t) = b {
            items.extend(t.cells.iter().map(|cell| {
                let value = normalize::cell_value(&cell.text);
                let norm = if value == CellValue::Text { normalize::label(&cell.text) } else { String::new() };
                let t3 = if value == CellValue::Text { table3::label(&norm) } else { None };
                Item { cell, block, rows_known: t.rows_known, norm, value, t3 }
            }));
        }
    }
    let mut disclosure = Vec::new();
    let mut applications = Vec::new();
    let mut review = Vec::new();
    let mut other: Vec<Vec<&Item>> = Vec::new();
    // Blocks that hold a row of table 3: a converter that split table 3 into one small table
    // per row (each under its own generic header) writes them one right after the other.
    let mut has_t3_row = vec![false; doc.blocks.len()];
    for item in &items {
        if matches!(item.t3, Some(T3Label::Row(_) | T3Label::OtherHandling)) {
            has_t3_row[item.block] = true;
        }
    }
    let mut zone: Option<Zone> = None;
    let mut block = usize::MAX;
    for item in &items {
        if item.block != block {
            // Table 3 goes on in the next block only when nothing stands between the two and
            // the next one holds a row of it.
            let goes_on =
                zone == Some(Zone::Applications) && item.block == block.wrapping_add(1) && has_t3_row[item.block];
            block = item.block;
            if !goes_on {
                zone = None;
            }
            other.push(Vec::new());
        }
        if let Some(z) = anchor(item, zone) {
            zone = Some(z);
        }
        match zone {
            Some(Zone::Disclosure) => disclosure.push(item),
            Some(Zone::Applications) => applications.push(item),
            Some(Zone::Review) => review.push(item),
            None => other.last_mut().expect("pushed at block start").push(item),
        }
    }
    Tables {
        active_disclosure: read_disclosure(&disclosure, problems),
        applications: read_applications(&applications, problems),
        review_litigation: read_review(&review, problems),
        other: other
            .iter()
            .filter(|cells| cells.iter().any(|c| !c.is_blank()))
            .map(|cells| read_other(doc, cells))
            .collect(),
    }
}

fn cover(items: &[&Item]) -> Span {
    items.iter().map(|i| i.cell.span).reduce(Span::cover).unwrap_or_default()
}

/// Takes up to `n` value cells after `start`, stopping at a cell for which `is_label` holds.
fn take_values(items: &[&Item], start: usize, n: usize, is_label: impl Fn(&Item) -> bool) -> (Vec<TableCell>, usize) {
    let mut cells = Vec::with_capacity(n);
    let mut j = start;
    while cells.len() < n && j < items.len() && !is_label(items[j]) {
        cells.push(TableCell::parsed(items[j].cell, items[j].value.clone()));
        j += 1;
    }
    (cells, j)
}

/// The `n` values after the label at `label`. When rows are known and the row holds more than
/// `n` cells, the extra ones are blank padding: at the end (copied pages) or, in a normalised
/// grid, the blank label columns right after the label. The first split with blank padding on
/// both sides wins, so trailing padding is preferred.
fn row_values(
    items: &[&Item],
    label: usize,
    n: usize,
    is_label: impl Fn(&Item) -> bool + Copy,
) -> (Vec<TableCell>, usize) {
    let first = label + 1;
    let it = items[label];
    if it.rows_known {
        let row_len = items[first..]
            .iter()
            .take_while(|x| x.block == it.block && x.cell.row == it.cell.row && !is_label(x))
            .count();
        if row_len > n {
            let row = &items[first..first + row_len];
            let blank = |xs: &[&Item]| xs.iter().all(|x| x.is_blank());
            if let Some(skip) = (0..=row_len - n).find(|&s| blank(&row[..s]) && blank(&row[s + n..])) {
                let cells = row[skip..skip + n].iter().map(|x| TableCell::parsed(x.cell, x.value.clone())).collect();
                return (cells, first + row_len);
            }
        }
    }
    take_values(items, first, n, is_label)
}

fn pad_missing(cells: &mut Vec<TableCell>, n: usize, at: Span) {
    while cells.len() < n {
        let last = cells.last().map_or(at, |c| c.span);
        cells.push(TableCell::missing(last));
    }
}

/// Rows of column names (`| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | … | 总计 |`, a
/// converter's header): no number, three text cells or more, two of them table-3 labels. Their
/// words are no rows, even where they are also row labels (予以公开, 结转下年度). Also the
/// generic header a converter puts over each row of a table it split into one small table per
/// row (`| 类别 | 数据1 | … | 数据6 | 总计 |`): every cell a generic column name.
fn header_rows(items: &[&Item]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let key = (items[k].block, items[k].cell.row);
        let end = k + items[k..].iter().take_while(|it| (it.block, it.cell.row) == key).count();
        let row = &items[k..end];
        let labels = row.iter().filter(|it| matches!(it.t3(), Some(l) if l != T3Label::Header)).count();
        let texts = row.iter().filter(|it| it.is_text()).count();
        let numbers = row.iter().filter(|it| !it.is_text() && !it.is_blank()).count();
        let generic = texts >= 3 && row.iter().filter(|it| it.is_text()).all(|it| is_generic_column_name(&it.norm));
        if row[0].rows_known && numbers == 0 && ((texts >= 3 && labels >= 2) || generic) {
            out.push(key);
        }
        k = end;
    }
    out
}

/// A column name that says nothing of the column (`类别`, `数据3`, `列2`, `Column 4`), as
/// converters write over tables that had no header row of their own, or `总计`/`合计`.
fn is_generic_column_name(norm: &str) -> bool {
    const WORDS: &[&str] = &["类别", "项目", "名称", "指标", "内容", "总计", "合计", "小计"];
    if WORDS.contains(&norm) {
        return true;
    }
    ["数据", "列", "栏", "column", "Column", "col", "Col"].iter().any(|prefix| {
        norm.strip_prefix(prefix).is_some_and(|n| {
            let n = n.trim();
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        })
    })
}

/// The official row a label that matches none is, when it is the row expected next (after
/// `previous`), has the same item number and differs from its official label by a few
/// characters (at most two, or a quarter of the label): what a PDF that dropped or swapped a
/// character makes of it. Anything else stays an unknown row.
fn garbled_label(norm: &str, previous: Option<T3Row>) -> Option<T3Row> {
    let next = T3Row::ALL.into_iter().skip_while(|r| Some(*r) != previous).nth(usize::from(previous.is_some()))?;
    // 2019's （六）其他处理 and 2021's first item may both come next.
    let candidates = [Some(next), T3Row::ALL.get(next.order() + 1).copied()];
    candidates.into_iter().flatten().find(|row| {
        let official = crate::normalize::label(row.official().rsplit(' ').next().unwrap_or(""));
        let item = |s: &str| s.split_once('.').map(|(n, _)| n.to_owned());
        let distance = edit_distance(norm, &official);
        let length = official.chars().count();
        item(norm).is_some()
            && item(norm) == item(&official)
            && distance > 0
            && (distance <= 2 || distance.saturating_mul(4) <= length)
    })
}

/// Levenshtein distance in characters (labels are short: a few dozen characters).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 8 || a.len() > 60 || b.len() > 60 {
        return usize::MAX;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != cb)).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

fn read_applications(items: &[&Item], problems: &mut Vec<TableProblem>) -> Option<Applications> {
    if items.is_empty() {
        return None;
    }
    if column_major(items, |it| it.t3().is_some_and(|l| l != T3Label::Header)) {
        return read_applications_by_column(items, problems);
    }
    let mut rows: Vec<ApplicationRow> = Vec::new();
    let is_label = |it: &Item| matches!(it.t3(), Some(T3Label::Row(_) | T3Label::Group(_) | T3Label::OtherHandling));
    let mut problem = |kind, span, label: &str| {
        problems.push(TableProblem { table: StandardTable::Applications, kind, span, label: label.to_owned() })
    };
    // A self-made 小计 column (法人或其他组织小计) between 其他 and 总计 in the header: each row
    // then has eight values, and the seventh is left out.
    let first_row = items.iter().position(|it| matches!(it.t3(), Some(T3Label::Row(_)))).unwrap_or(0);
    let subtotal = items[..first_row].iter().position(|it| it.is_text() && it.norm.contains("小计"));
    if let Some(k) = subtotal {
        problem(ProblemKind::ExtraColumn, items[k].cell.span, &items[k].cell.text);
    }
    let width = if subtotal.is_some() { 8 } else { 7 };
    let headers = header_rows(items);
    let mut i = 0;
    while i < items.len() {
        let it = items[i];
        if Some(i) == subtotal || (it.rows_known && headers.contains(&(it.block, it.cell.row))) {
            i += 1;
            continue;
        }
        let id = match it.t3() {
            Some(T3Label::Row(id)) => Some(id),
            // 2019: （六）其他处理 has values; 2021: it heads rows 1.–3.
            Some(T3Label::OtherHandling) => match items.get(i + 1).and_then(|n| n.t3()) {
                Some(T3Label::Row(_)) => None,
                _ => Some(T3Row::OtherHandling),
            },
            Some(T3Label::Header | T3Label::Group(_)) => None,
            None if it.is_blank() => None,
            None if it.is_text() => match garbled_label(&it.norm, rows.last().map(|r| r.id)) {
                Some(row) => {
                    problem(ProblemKind::Garbled { row }, it.cell.span, &it.cell.text);
                    Some(row)
                }
                None => {
                    problem(ProblemKind::UnknownRow, it.cell.span, &it.cell.text);
                    // Its values belong to no official row; skip them.
                    let (_, next) = take_values(items, i + 1, 7, |x| is_label(x) || x.is_text());
                    i = next;
                    continue;
                }
            },
            None => {
                let start = i;
                while i < items.len() && !items[i].is_text() {
                    i += 1;
                }
                let stray: Vec<&Item> = items[start..i].to_vec();
                if stray.iter().any(|s| !s.is_blank()) {
                    problem(ProblemKind::StrayValues, cover(&stray), "");
                }
                continue;
            }
        };
        let Some(id) = id else {
            i += 1;
            continue;
        };
        let (mut cells, next) = row_values(items, i, width, is_label);
        if cells.len() < width {
            problem(ProblemKind::RowIncomplete { expected: width, found: cells.len() }, it.cell.span, &it.cell.text);
            pad_missing(&mut cells, width, it.cell.span);
        }
        if width == 8 {
            cells.remove(6);
        }
        let span = cells.iter().fold(it.cell.span, |s, c| if c.missing { s } else { s.cover(c.span) });
        if rows.iter().any(|r| r.id == id) {
            problem(ProblemKind::DuplicateRow, it.cell.span, &it.cell.text);
        } else {
            rows.push(ApplicationRow { id, label: it.cell.text.clone(), cells: Cells(cells), span });
        }
        i = next;
    }
    if rows.is_empty() {
        return None;
    }
    Some(Applications { rows, span: cover(items) })
}

fn read_disclosure(items: &[&Item], problems: &mut Vec<TableProblem>) -> Option<ActiveDisclosure> {
    if items.is_empty() {
        return None;
    }
    let col0 = |it: &Item| {
        it.is_text()
            && (table2::is_caption(&it.norm) || it.norm == table2::CONTENT_HEADER || table2::is_row_label(&it.norm))
    };
    if column_major(items, col0) {
        return read_disclosure_by_column(items, col0, problems);
    }
    let mut rows = Vec::new();
    let mut headers = Vec::new();
    let mut captions = Vec::new();
    let mut group = String::new();
    let mut columns: Vec<String> = Vec::new();
    let mut in_header = false;
    let is_label = |it: &Item| {
        it.is_text()
            && (table2::is_caption(&it.norm) || it.norm == table2::CONTENT_HEADER || table2::is_row_label(&it.norm))
    };
    let mut i = 0;
    while i < items.len() {
        let it = items[i];
        i += 1;
        if it.is_blank() {
            continue;
        }
        if it.is_text() && table2::is_caption(&it.norm) {
            group = it.cell.text.clone();
            captions.push((it.cell.text.clone(), it.cell.span));
            columns.clear();
            in_header = false;
        } else if it.is_text() && it.norm == "信息内容" {
            columns.clear();
            in_header = true;
        } else if in_header && it.is_text() && !table2::is_row_label(&it.norm) {
            columns.push(it.cell.text.clone());
            headers.push((it.cell.text.clone(), it.cell.span));
        } else if it.is_text() {
            in_header = false;
            // Without a header, take the numbers that follow (at most three, as in （一）).
            let n = if columns.is_empty() { 3 } else { columns.len() };
            let (mut cells, next) = if columns.is_empty() {
                take_values(items, i, n, |x| x.is_text())
            } else {
                take_values(items, i, n, is_label)
            };
            if cells.len() < n && !columns.is_empty() {
                problems.push(TableProblem {
                    table: StandardTable::ActiveDisclosure,
                    kind: ProblemKind::RowIncomplete { expected: n, found: cells.len() },
                    span: it.cell.span,
                    label: it.cell.text.clone(),
                });
                pad_missing(&mut cells, n, it.cell.span);
            }
            let span = cells.iter().fold(it.cell.span, |s, c| if c.missing { s } else { s.cover(c.span) });
            rows.push(DisclosureRow {
                group: group.clone(),
                label: it.cell.text.clone(),
                columns: columns.clone(),
                cells: Cells(cells),
                span,
            });
            i = next;
        } else {
            problems.push(TableProblem {
                table: StandardTable::ActiveDisclosure,
                kind: ProblemKind::StrayValues,
                span: it.cell.span,
                label: String::new(),
            });
        }
    }
    if rows.is_empty() {
        return None;
    }
    Some(ActiveDisclosure { rows, span: cover(items), headers, captions })
}

fn read_review(items: &[&Item], problems: &mut Vec<TableProblem>) -> Option<ReviewLitigation> {
    let last_header = items.iter().rposition(|it| it.is_text() && table4::is_header(&it.norm))?;
    let header = items[last_header];
    let header_span = header.cell.span;
    let row_of = |it: &Item| (it.block, it.cell.row);
    // Padding cells that end the header row are not values.
    let values: Vec<&Item> =
        items[last_header + 1..].iter().filter(|v| !(v.rows_known && row_of(v) == row_of(header))).copied().collect();
    let chosen: Vec<&Item> = if values.first().is_some_and(|v| v.rows_known) {
        // Rows are real: the data row is the first one after the header with any content.
        let first_filled = values.iter().find(|v| !v.is_blank()).map(|v| row_of(v));
        let key = first_filled.or_else(|| values.first().map(|v| row_of(v)));
        let row: Vec<&Item> = values.iter().filter(|v| Some(row_of(v)) == key).copied().collect();
        let extra: Vec<&Item> = row.iter().skip(15).filter(|v| !v.is_blank()).copied().collect();
        if !extra.is_empty() {
            problems.push(TableProblem {
                table: StandardTable::ReviewLitigation,
                kind: ProblemKind::StrayValues,
                span: cover(&extra),
                label: String::new(),
            });
        }
        row.into_iter().take(15).collect()
    } else {
        match one_cell_per_line_t4(items) {
            Ok(chosen) => chosen,
            Err(readings) => {
                problems.push(unreadable_table(StandardTable::ReviewLitigation, items, readings));
                return None;
            }
        }
    };
    let mut cells: Vec<TableCell> = chosen.iter().map(|it| TableCell::parsed(it.cell, it.value.clone())).collect();
    if cells.len() < 15 {
        problems.push(TableProblem {
            table: StandardTable::ReviewLitigation,
            kind: ProblemKind::RowIncomplete { expected: 15, found: cells.len() },
            span: header_span,
            label: String::new(),
        });
        pad_missing(&mut cells, 15, header_span);
    }
    Some(ReviewLitigation { cells: Cells(cells), span: cover(items) })
}

/// Table 2 copied column by column: the first column (captions, 信息内容, row labels) gives the
/// sub-tables and their rows; then each further column holds, for every sub-table that wide,
/// its header and its rows' values. Widths come from the official layout of the format.
fn read_disclosure_by_column(
    items: &[&Item],
    col0: impl Fn(&Item) -> bool,
    problems: &mut Vec<TableProblem>,
) -> Option<ActiveDisclosure> {
    struct Sub<'i> {
        caption: &'i Item<'i>,
        rows: Vec<&'i Item<'i>>,
        columns: Vec<(String, Span)>,
        values: Vec<Vec<TableCell>>,
    }
    let mut subs: Vec<Sub> = Vec::new();
    let mut k = 0;
    while k < items.len() && (col0(items[k]) || items[k].is_blank()) {
        let it = items[k];
        if it.is_text() && table2::is_caption(&it.norm) {
            subs.push(Sub { caption: it, rows: Vec::new(), columns: Vec::new(), values: Vec::new() });
        } else if it.is_text() && table2::is_row_label(&it.norm) {
            if let Some(sub) = subs.last_mut() {
                sub.rows.push(it);
            }
        }
        k += 1;
    }
    let rest: Vec<&Item> = (k..items.len()).filter(|&j| !is_padding(items, j)).map(|j| items[j]).collect();
    let format_2021 = rest.iter().any(|it| {
        it.is_text() && ["本年制发", "现行有效", "本年处理决定", "本年收费金额"].iter().any(|w| it.norm.contains(w))
    });
    let width = |caption: &str| match (caption.contains("(一)"), format_2021) {
        (true, _) => 3,
        (false, true) => 1,
        (false, false) if caption.contains("(八)") || caption.contains("(九)") => 2,
        (false, false) => 3,
    };
    let mut at = 0;
    let mut ok = !subs.is_empty();
    'columns: for c in 0..3 {
        for sub in subs.iter_mut().filter(|s| width(&s.caption.norm) > c) {
            // The header of this column, then one value per row.
            let Some(header) = rest.get(at).filter(|h| h.is_text()) else {
                ok = false;
                break 'columns;
            };
            let values = &rest[at + 1..(at + 1 + sub.rows.len()).min(rest.len())];
            if values.len() < sub.rows.len() || values.iter().any(|v| v.is_text()) {
                ok = false;
                break 'columns;
            }
            sub.columns.push((header.cell.text.clone(), header.cell.span));
            sub.values.push(values.iter().map(|v| TableCell::parsed(v.cell, v.value.clone())).collect());
            at += 1 + sub.rows.len();
        }
    }
    if !ok || at != rest.len() {
        problems.push(unreadable_table(StandardTable::ActiveDisclosure, items, 0));
        return None;
    }
    let mut rows = Vec::new();
    for sub in &subs {
        for (r, label) in sub.rows.iter().enumerate() {
            let cells: Vec<TableCell> = sub.values.iter().map(|column| column[r].clone()).collect();
            let span = cells.iter().fold(label.cell.span, |s, c| s.cover(c.span));
            rows.push(DisclosureRow {
                group: sub.caption.cell.text.clone(),
                label: label.cell.text.clone(),
                columns: sub.columns.iter().map(|(t, _)| t.clone()).collect(),
                cells: Cells(cells),
                span,
            });
        }
    }
    Some(ActiveDisclosure {
        rows,
        span: cover(items),
        headers: subs.iter().flat_map(|s| s.columns.iter().cloned()).collect(),
        captions: subs.iter().map(|s| (s.caption.cell.text.clone(), s.caption.cell.span)).collect(),
    })
}

/// A one-cell-per-line table whose values don't fit its labels (`readings`: 0 none, 2 several).
fn unreadable_table(table: StandardTable, items: &[&Item], readings: usize) -> TableProblem {
    TableProblem { table, kind: ProblemKind::Unreadable { readings }, span: cover(items), label: String::new() }
}

/// Whether a one-cell-per-line table came column by column (a PDF copy): its row labels follow
/// one another with no values between them.
fn column_major(items: &[&Item], is_label: impl Fn(&Item) -> bool) -> bool {
    if items.first().is_none_or(|i| i.rows_known) {
        return false;
    }
    let filled: Vec<&Item> = items.iter().copied().filter(|i| !i.is_blank()).collect();
    let mut run = 0;
    for pair in filled.windows(2) {
        run = if is_label(pair[0]) && is_label(pair[1]) { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

/// Blank cells that share their line with another blank cell: a `||||` line closing a row.
fn is_padding(items: &[&Item], k: usize) -> bool {
    let it = items[k];
    let same_line = |j: usize| items.get(j).is_some_and(|o| o.is_blank() && o.cell.span.line == it.cell.span.line);
    it.is_blank() && (same_line(k + 1) || (k > 0 && same_line(k - 1)))
}

/// Table 3 copied column by column: the label columns first (the rows in official order), then
/// each of the seven value columns top to bottom, under its header.
fn read_applications_by_column(items: &[&Item], problems: &mut Vec<TableProblem>) -> Option<Applications> {
    let labelled: Vec<(usize, T3Label)> = items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| it.t3().filter(|l| *l != T3Label::Header).map(|l| (k, l)))
        .collect();
    let has_2021_rows = labelled.iter().any(|(_, l)| matches!(l, T3Label::Row(r) if r.is_other_handling_item()));
    let mut rows: Vec<(T3Row, &Item)> = labelled
        .iter()
        .filter_map(|&(k, l)| match l {
            T3Label::Row(id) => Some((id, items[k])),
            T3Label::OtherHandling if !has_2021_rows => Some((T3Row::OtherHandling, items[k])),
            _ => None,
        })
        .collect();
    rows.sort_by_key(|(id, _)| id.order());
    rows.dedup_by_key(|(id, _)| *id);
    let last_label = labelled.last().map_or(0, |(k, _)| *k);
    let values: Vec<&Item> = (last_label + 1..items.len())
        .filter(|&k| !items[k].is_text() && !is_padding(items, k))
        .map(|k| items[k])
        .collect();
    let n = rows.len();
    if n == 0 || values.len() != n * 7 {
        problems.push(unreadable_table(StandardTable::Applications, items, 0));
        return None;
    }
    let rows = rows
        .iter()
        .enumerate()
        .map(|(r, (id, label))| {
            let cells: Vec<TableCell> =
                (0..7).map(|c| values[c * n + r]).map(|v| TableCell::parsed(v.cell, v.value.clone())).collect();
            let span = cells.iter().fold(label.cell.span, |s, c| s.cover(c.span));
            ApplicationRow { id: *id, label: label.cell.text.clone(), cells: Cells(cells), span }
        })
        .collect();
    Some(Applications { rows, span: cover(items) })
}

/// Table 4 with one cell per line, read by its header structure: lines of several pipes close
/// header rows and are no values; a lone `|` is a blank value or closes the data row. In a copy
/// made column by column (a PDF), each leaf header (结果维持 … 总计) is followed by its value.
/// Err(readings) when the 15 values can't be placed one way.
fn one_cell_per_line_t4<'a>(items: &[&'a Item<'a>]) -> Result<Vec<&'a Item<'a>>, usize> {
    let first_header = items.iter().position(|it| it.is_text() && table4::is_header(&it.norm)).unwrap_or(0);
    let zone = &items[first_header..];
    let cells: Vec<&Item> = (0..zone.len()).filter(|&k| !is_padding(zone, k)).map(|k| zone[k]).collect();
    let is_header = |it: &Item| it.is_text() && table4::is_header(&it.norm);
    let last_header = cells.iter().rposition(|it| is_header(it)).unwrap_or(0);
    let leaf = |it: &Item| it.is_text() && T4Result::ALL.iter().any(|r| it.norm == r.name_zh());
    let interleaved = (0..last_header).any(|k| leaf(cells[k]) && !cells[k + 1].is_text());
    if interleaved {
        let mut out = Vec::with_capacity(15);
        for (k, it) in cells.iter().enumerate() {
            if leaf(it) {
                match cells.get(k + 1) {
                    Some(v) if !v.is_text() => out.push(*v),
                    _ => return Err(0),
                }
            }
        }
        return if out.len() == 15 { Ok(out) } else { Err(0) };
    }
    let values = &cells[last_header + 1..];
    if values.len() <= 15 {
        return Ok(values.to_vec());
    }
    // More cells than values: blank ones at either end close rows. Where they could be either,
    // the placings must agree or only one may satisfy the table's totals.
    let blank = |xs: &[&Item]| xs.iter().all(|x| x.is_blank());
    let fits: Vec<usize> =
        (0..=values.len() - 15).filter(|&s| blank(&values[..s]) && blank(&values[s + 15..])).collect();
    let reading = |s: usize| values[s..s + 15].iter().map(|v| v.value.clone()).collect::<Vec<_>>();
    match fits.as_slice() {
        [] => Err(0),
        [s] => Ok(values[*s..*s + 15].to_vec()),
        [s, rest @ ..] if rest.iter().all(|&o| reading(o) == reading(*s)) => Ok(values[*s..*s + 15].to_vec()),
        _ => {
            let totals = |s: usize| {
                let v: Vec<f64> = values[s..s + 15]
                    .iter()
                    .map(|x| if let CellValue::Number(n) = &x.value { n.value } else { 0.0 })
                    .collect();
                crate::format::identities::t4_totals_hold(&v)
            };
            let good: Vec<usize> = fits.iter().copied().filter(|&s| totals(s)).collect();
            match good.as_slice() {
                [s] => Ok(values[*s..*s + 15].to_vec()),
                _ => Err(2),
            }
        }
    }
}

fn read_other(doc: &Document, items: &[&Item]) -> OtherTable {
    let mut rows: Vec<Vec<TableCell>> = Vec::new();
    if items.first().is_some_and(|i| i.rows_known) {
        let mut last_row = None;
        for it in items {
            if last_row != Some(it.cell.row) {
                rows.push(Vec::new());
                last_row = Some(it.cell.row);
            }
            rows.last_mut().expect("pushed").push(TableCell::parsed(it.cell, it.value.clone()));
        }
    } else {
        // Rows were lost: a header of w cells, then rows whose last cell is the number, puts
        // the first number at index 2w - 1.
        let first_number = items.iter().position(|i| matches!(i.value, CellValue::Number(_)));
        let width = first_number.map_or(1, |f| f.div_ceil(2).max(1));
        for chunk in items.chunks(width) {
            rows.push(chunk.iter().map(|i| TableCell::parsed(i.cell, i.value.clone())).collect());
        }
    }
    let block = items.first().map_or(0, |i| i.block);
    let title = block.checked_sub(1).and_then(|b| match &doc.blocks[b] {
        Block::Line(l) if l.text.chars().count() <= 30 => Some(l.text.clone()),
        _ => None,
    });
    OtherTable {
        title,
        rows: rows.iter().map(|r| r.iter().map(|c| c.text.clone()).collect()).collect(),
        span: cover(items),
        cells: rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read_str, InputKind};

    fn tables(text: &str) -> (Tables, Vec<TableProblem>) {
        let doc = read_str(text, InputKind::Text);
        let mut problems = Vec::new();
        (read_tables(&doc, &mut problems), problems)
    }

    fn values(cells: &Cells) -> Vec<Option<f64>> {
        cells.iter().map(TableCell::value).collect()
    }

    #[test]
    fn rows_are_found_by_their_labels_whatever_the_columns_before_them() {
        // Merged label cells appear once: the group label, then the row's own label.
        let (t, problems) = tables(
            "| 三、本年度办理结果 | （一）予以公开 |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
             |  | （二）部分公开 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let t3 = t.applications.expect("table 3 opened by its group label");
        assert_eq!(t3.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [T3Row::Granted, T3Row::PartlyGranted]);
        assert_eq!(values(&t3.rows[0].cells), [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0].map(Some));
    }

    #[test]
    fn a_short_row_is_reported_and_padded_not_filled_from_its_neighbour() {
        let (t, problems) = tables(
            "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 1 |\n\
             | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
        );
        let t3 = t.applications.unwrap();
        assert_eq!(t3.rows[0].cells.iter().filter(|c| c.missing).count(), 4);
        assert_eq!(values(&t3.rows[1].cells), [Some(0.0); 7]);
        assert!(matches!(problems[0].kind, ProblemKind::RowIncomplete { expected: 7, found: 3 }));
    }

    #[test]
    fn a_label_outside_the_format_and_numbers_without_a_label_are_problems() {
        let (_, problems) = tables(
            "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
             | 其中：网上申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
             |  | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n",
        );
        let kinds: Vec<&ProblemKind> = problems.iter().map(|p| &p.kind).collect();
        assert!(kinds.contains(&&ProblemKind::UnknownRow), "{kinds:?}");
        assert!(kinds.contains(&&ProblemKind::StrayValues), "{kinds:?}");
    }

    #[test]
    fn table_4_is_read_by_its_header_and_table_2_by_its_captions() {
        let (t, problems) = tables(
            "| 第二十条第（一）项 |  |  |  |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n\
             | 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 | 0 | 5 |\n\
             | 行政复议 |  |  |  |  | 行政诉讼 |\n\
             | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n\
             | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let t2 = t.active_disclosure.unwrap();
        assert_eq!(t2.rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["规章", "行政规范性文件"]);
        assert_eq!(t2.rows[1].columns, ["本年制发件数", "本年废止件数", "现行有效件数"]);
        let t4 = t.review_litigation.unwrap();
        assert_eq!(t4.cells.len(), 15);
        assert_eq!(t4.cells[crate::format::T4Group::SuitWithoutReview.total()].value(), Some(1.0));
    }

    #[test]
    fn a_label_a_few_characters_off_the_expected_row_is_that_row() {
        use crate::normalize::label;
        let after = Some(T3Row::RefusedStateSecret);
        assert_eq!(garbled_label(&label("2.其他法律行政止公开"), after), Some(T3Row::RefusedByLaw));
        assert_eq!(garbled_label(&label("2.其他法律行政法规禁止公"), after), Some(T3Row::RefusedByLaw));
        // Another item number, another place, or too far from the label: unknown.
        assert_eq!(garbled_label(&label("3.其他法律行政止公开"), after), None);
        assert_eq!(garbled_label(&label("2.其他法律行政止公开"), Some(T3Row::Granted)), None);
        assert_eq!(garbled_label(&label("2.其他"), after), None);
        let (t, problems) = tables(
            "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n\
             | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 2.其他法律行政止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
        );
        let t3 = t.applications.unwrap();
        assert_eq!(t3.row(T3Row::RefusedByLaw).map(|r| r.total().value()), Some(Some(1.0)));
        assert!(matches!(problems[..], [TableProblem { kind: ProblemKind::Garbled { row: T3Row::RefusedByLaw }, .. }]));
    }

    #[test]
    fn a_header_row_of_column_names_is_no_row() {
        let (t, problems) = tables(
            "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 结转下年度 | 总计 |\n\
             | 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n\
             | 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let t3 = t.applications.unwrap();
        assert_eq!(t3.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [T3Row::Received, T3Row::CarriedIn]);
        assert_eq!(t3.row(T3Row::CarriedIn).unwrap().total().value(), Some(1.0));
    }

    #[test]
    fn a_table_copied_column_by_column_reads_as_its_rows() {
        // A PDF viewer's copy of table 3: the labels first, then each column top to bottom.
        let labels = [
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果",
            "（一）予以公开",
        ];
        let mut text: String = labels.iter().map(|l| format!("{l}\n|\n")).collect();
        for column in 0..7 {
            let (new, carried, granted) = if column == 0 || column == 6 { (2, 1, 3) } else { (0, 0, 0) };
            text.push_str(&format!("{new}\n|\n{carried}\n|\n{granted}\n|\n"));
        }
        let (t, _) = tables(&text);
        let t3 = t.applications.expect("read column by column");
        assert_eq!(values(&t3.rows[0].cells), [2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0].map(Some));
        assert_eq!(values(&t3.rows[1].cells), [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0].map(Some));
        assert_eq!(values(&t3.rows[2].cells), [3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0].map(Some));
    }
}

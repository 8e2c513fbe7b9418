//! Cell: what a single value of a standard table may be (FORMAT.md §6.1, D11–D15).

mod cell_blank;
mod cell_fraction;
mod cell_fullwidth_digits;
mod cell_implausible;
mod cell_negative;
mod cell_not_a_number;
mod cell_placeholder;
mod cell_thousands_separator;
mod cell_unit;

pub(crate) use cell_blank::CellBlank;
pub(crate) use cell_fraction::CellFraction;
pub(crate) use cell_fullwidth_digits::CellFullwidthDigits;
pub(crate) use cell_implausible::CellImplausible;
pub(crate) use cell_negative::CellNegative;
pub(crate) use cell_not_a_number::CellNotANumber;
pub(crate) use cell_placeholder::CellPlaceholder;
pub(crate) use cell_thousands_separator::CellThousandsSeparator;
pub(crate) use cell_unit::CellUnit;

use crate::format::{table3::COLUMNS_ZH as T3_COLUMNS, table4::COLUMNS_ZH as T4_COLUMNS};
use crate::model::{Model, TableCell};
use crate::normalize::{CellValue, Number};

/// What a column holds, which decides what its cells may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ColumnKind {
    /// A count: an integer ≥ 0.
    Count,
    /// 2019 `本年增/减`: a signed integer.
    Signed,
    /// 2021 `本年收费金额（单位：万元）`, 2019 `采购总金额`: a decimal ≥ 0 (万元).
    Money,
}

/// A data cell of a standard table with its place, for messages.
pub(crate) struct Place<'m> {
    pub cell: &'m TableCell,
    /// `表三`, `表四`, …
    pub table_zh: &'static str,
    pub table_en: &'static str,
    /// The row label and the column name, e.g. `（一）予以公开` and `自然人`.
    pub row: &'m str,
    pub column: String,
    pub kind: ColumnKind,
    /// Cells of the same row share a key, so that findings can be grouped by row.
    pub row_key: usize,
}

impl Place<'_> {
    pub fn name(&self) -> String {
        if self.row.is_empty() {
            format!("{}“{}”", self.table_zh, self.column)
        } else {
            format!("{}“{}”行“{}”列", self.table_zh, self.row, self.column)
        }
    }

    pub fn number(&self) -> Option<&Number> {
        match &self.cell.parsed {
            CellValue::Number(n) => Some(n),
            _ => None,
        }
    }
}

/// Every data cell of the three standard tables, in document order within each table.
pub(crate) fn places(model: &Model) -> Vec<Place<'_>> {
    let mut out = Vec::new();
    let mut key = 0;
    if let Some(t2) = &model.tables.active_disclosure {
        for row in &t2.rows {
            key += 1;
            for (i, cell) in row.cells.iter().enumerate() {
                let column = row.columns.get(i).cloned().unwrap_or_else(|| format!("第{}列", i + 1));
                let kind = if column.contains('增') {
                    ColumnKind::Signed
                } else if column.contains("金额") || row.label.contains("收费") && row.cells.len() == 1 {
                    ColumnKind::Money
                } else {
                    ColumnKind::Count
                };
                out.push(Place {
                    cell,
                    table_zh: "表二",
                    table_en: "table 2",
                    row: &row.label,
                    column,
                    kind,
                    row_key: key,
                });
            }
        }
    }
    if let Some(t3) = &model.tables.applications {
        for row in &t3.rows {
            key += 1;
            for (i, cell) in row.cells.iter().enumerate() {
                let column = T3_COLUMNS[i].to_owned();
                out.push(Place {
                    cell,
                    table_zh: "表三",
                    table_en: "table 3",
                    row: &row.label,
                    column,
                    kind: ColumnKind::Count,
                    row_key: key,
                });
            }
        }
    }
    if let Some(t4) = &model.tables.review_litigation {
        key += 1;
        for (i, cell) in t4.cells.iter().enumerate() {
            let column = T4_COLUMNS[i].to_owned();
            out.push(Place {
                cell,
                table_zh: "表四",
                table_en: "table 4",
                row: "",
                column,
                kind: ColumnKind::Count,
                row_key: key,
            });
        }
    }
    out
}

/// Reports cells matching `pred` once per table row: the first one as the span, the others
/// as related spans.
pub(crate) fn report_by_row(
    findings: &mut crate::rules::Findings,
    meta: &'static crate::rules::RuleMeta,
    pred: impl Fn(&Place) -> bool,
    message: impl Fn(&Place, usize) -> (String, String),
) {
    let places = findings.places();
    let mut i = 0;
    while i < places.len() {
        let key = places[i].row_key;
        let group: Vec<&Place> = places[i..].iter().take_while(|p| p.row_key == key).filter(|p| pred(p)).collect();
        i += places[i..].iter().take_while(|p| p.row_key == key).count();
        if let Some(first) = group.first() {
            let (zh, en) = message(first, group.len());
            findings
                .add(meta, first.cell.span, zh, en)
                .related(group[1..].iter().map(|p| p.cell.span))
                .found(first.cell.text.clone());
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    pub(crate) const SEED_003: &str = include_str!("../../../../../tests/fixtures/003_ee48f4fde292f35b.txt");
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    pub(crate) const SEED_004: &str = include_str!("../../../../../tests/fixtures/004_eb12dee647644d74.txt");
}

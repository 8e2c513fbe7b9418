//! A table cell of the model: the value as read, the text as written, and where it is.

use crate::normalize::{self, CellValue};
use crate::read::Cell;
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    pub text: String,
    pub parsed: CellValue,
    pub span: Span,
    /// The row ended before this cell: it is absent, not blank. Its span is where it should be.
    pub missing: bool,
}

impl TableCell {
    /// A cell of the document with its value, parsed once by the table reader.
    pub fn parsed(cell: &Cell, parsed: CellValue) -> TableCell {
        TableCell { text: cell.text.clone(), parsed, span: cell.span, missing: false }
    }

    pub fn from_text(text: &str, span: Span) -> TableCell {
        TableCell { text: text.to_owned(), parsed: normalize::cell_value(text), span, missing: false }
    }

    pub fn missing(at: Span) -> TableCell {
        let span = Span { start: at.end, end: at.end, ..at };
        TableCell { text: String::new(), parsed: CellValue::Blank, span, missing: true }
    }

    /// The number, or `None` for a blank, placeholder or non-numeric cell.
    pub fn value(&self) -> Option<f64> {
        match &self.parsed {
            CellValue::Number(n) => Some(n.value),
            _ => None,
        }
    }

    /// The value for arithmetic: blank and placeholder count as 0 (FORMAT.md §0.1); other text
    /// makes the cell unusable.
    pub fn arithmetic_value(&self) -> Option<f64> {
        match &self.parsed {
            CellValue::Number(n) => Some(n.value),
            CellValue::Blank | CellValue::Placeholder => Some(0.0),
            CellValue::Text => None,
        }
    }
}

/// A row's cells (published as the schema's `values` and `cells`: `crate::report`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cells(pub Vec<TableCell>);

impl std::ops::Deref for Cells {
    type Target = Vec<TableCell>;
    fn deref(&self) -> &Vec<TableCell> {
        &self.0
    }
}

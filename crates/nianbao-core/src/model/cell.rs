//! A table cell of the model: the value as read, the text as written, and where it is.

use crate::normalize::{self, CellValue};
use crate::read::Cell;
use crate::span::Span;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

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

/// Serialises a number as an integer when it is one, so counts print as `3`, not `3.0`.
pub(crate) fn serialize_number<S: Serializer>(value: f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        s.serialize_i64(value as i64)
    } else {
        s.serialize_f64(value)
    }
}

struct Value<'a>(&'a TableCell);

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.value() {
            Some(v) => serialize_number(v, s),
            None => s.serialize_none(),
        }
    }
}

impl Serialize for TableCell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Cell", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("span", &self.span)?;
        if self.missing {
            st.serialize_field("missing", &true)?;
        } else {
            st.skip_field("missing")?;
        }
        st.end()
    }
}

/// A row's cells, serialised as the schema's `values` (numbers or null) plus `cells` (the text
/// and span of each), flattened into the row object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cells(pub Vec<TableCell>);

impl Serialize for Cells {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("values", &self.0.iter().map(Value).collect::<Vec<_>>())?;
        map.serialize_entry("cells", &self.0)?;
        map.end()
    }
}

impl std::ops::Deref for Cells {
    type Target = Vec<TableCell>;
    fn deref(&self) -> &Vec<TableCell> {
        &self.0
    }
}

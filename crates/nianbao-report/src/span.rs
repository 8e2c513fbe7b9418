//! Locations in the decoded text.
//!
//! Every cell, section and finding carries a [`Span`]: byte offsets into the decoded UTF-8 text
//! plus a 1-based line and a 1-based column counted in Unicode scalar values, so a front end can
//! highlight it without re-scanning the text. A span in a report read from a PDF also says
//! where it lies on the printed page ([`PageBox`]).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Where something is: `start..end` bytes of the decoded text, its line and column, and for a
/// PDF its page and box.
///
/// Serialised flat: `{start, end, line, column}` plus `page` and `box` (`[left, top, right,
/// bottom]` in points, top-left origin) when the text came from a PDF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "SpanJson", from = "SpanJson")]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// 1-based.
    pub line: u32,
    /// 1-based, in Unicode scalar values.
    pub column: u32,
    pub page: Option<PageBox>,
}

/// Where on a printed page: the page (1-based) and the box in points, top-left origin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PageBox {
    pub page: u32,
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PageBox {
    /// The box around both, when they are on the same page.
    pub fn union(self, other: PageBox) -> Option<PageBox> {
        (self.page == other.page).then(|| PageBox {
            page: self.page,
            left: self.left.min(other.left),
            top: self.top.min(other.top),
            right: self.right.max(other.right),
            bottom: self.bottom.max(other.bottom),
        })
    }
}

impl Span {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The span from the earlier start to the later end (the first's line and column).
    pub fn cover(self, other: Span) -> Span {
        let (first, second) = if self.start <= other.start { (self, other) } else { (other, self) };
        let page = match (first.page, second.page) {
            (Some(a), Some(b)) => a.union(b).or(Some(a)),
            (a, b) => a.or(b),
        };
        Span { end: self.end.max(other.end), page, ..first }
    }
}

/// A span as the schema has it.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Span"))]
struct SpanJson {
    /// Byte offset of the start in the decoded UTF-8 text.
    start: usize,
    /// Byte offset of the end (exclusive).
    end: usize,
    /// 1-based line.
    line: u32,
    /// 1-based column, in Unicode scalar values.
    column: u32,
    /// For a PDF: the 1-based page the text was printed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    /// For a PDF: `[left, top, right, bottom]` in points, top-left origin.
    #[serde(default, rename = "box", skip_serializing_if = "Option::is_none")]
    place: Option<[i32; 4]>,
}

impl From<Span> for SpanJson {
    fn from(s: Span) -> SpanJson {
        SpanJson {
            start: s.start,
            end: s.end,
            line: s.line,
            column: s.column,
            page: s.page.map(|p| p.page),
            place: s.page.map(|p| [p.left, p.top, p.right, p.bottom]),
        }
    }
}

impl From<SpanJson> for Span {
    fn from(s: SpanJson) -> Span {
        let page = s.page.map(|page| {
            let [left, top, right, bottom] = s.place.unwrap_or_default();
            PageBox { page, left, top, right, bottom }
        });
        Span { start: s.start, end: s.end, line: s.line, column: s.column, page }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        SpanJson::json_schema(generator)
    }
}

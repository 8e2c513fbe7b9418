//! Locations in the decoded text.
//!
//! Every cell, section and finding carries a [`Span`]: byte offsets into the decoded UTF-8 text
//! plus a 1-based line and a 1-based column counted in Unicode scalar values, so a front end can
//! highlight it without re-scanning the text.

use serde::Serialize;
use std::cell::Cell;
use std::ops::Range;

/// A located piece of the decoded input (see the JSON schema's `span`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub column: u32,
}

impl Span {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both (line/column of the earlier one).
    pub fn cover(self, other: Span) -> Span {
        let (first, _) = if self.start <= other.start { (self, other) } else { (other, self) };
        Span { end: self.end.max(other.end), ..first }
    }
}

/// Maps byte offsets to line/column in O(log lines + line length), and in O(distance) when
/// offsets on one line are asked for in order (the cells of a row).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The last answer: (line index, byte offset, column), to count on from it.
    last: Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts, last: Cell::new((usize::MAX, 0, 0)) }
    }

    /// A span for `range` of `text`. Offsets are clamped to the text and to char boundaries.
    pub fn span(&self, text: &str, range: Range<usize>) -> Span {
        let start = floor_char_boundary(text, range.start.min(text.len()));
        let end = floor_char_boundary(text, range.end.clamp(start, text.len()));
        let line_idx = self.line_starts.partition_point(|&s| s <= start) - 1;
        let line_start = self.line_starts[line_idx];
        let (last_line, last_offset, last_column) = self.last.get();
        let column = if last_line == line_idx && last_offset <= start {
            last_column + text[last_offset..start].chars().count()
        } else {
            text[line_start..start].chars().count() + 1
        };
        self.last.set((line_idx, start, column));
        Span { start, end, line: line_idx as u32 + 1, column: column as u32 }
    }
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_chars() {
        let text = "一、总体情况\n规章 | 0 |\n";
        let index = LineIndex::new(text);
        let at = text.find('0').unwrap();
        let span = index.span(text, at..at + 1);
        assert_eq!((span.line, span.column), (2, 6));
        assert_eq!(&text[span.range()], "0");
    }

    #[test]
    fn offsets_are_clamped() {
        let text = "规章";
        let span = LineIndex::new(text).span(text, 1..99);
        assert_eq!((span.start, span.end), (0, text.len()));
    }
}

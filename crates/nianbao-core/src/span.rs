//! Locations in the decoded text.
//!
//! Every cell, section and finding carries a [`Span`]: byte offsets into the decoded UTF-8 text
//! plus a 1-based line and a 1-based column counted in Unicode scalar values, so a front end can
//! highlight it without re-scanning the text. A span in a report read from a PDF also says
//! where it lies on the printed page ([`PageBox`]).

use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::ops::Range;

pub use nianbao_report::{PageBox, Span};

/// A run of the text rendered from a PDF and the place it was printed: one line of prose or
/// one table cell. Runs are in text order and do not overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRun {
    pub start: usize,
    pub end: usize,
    pub place: PageBox,
}

/// Maps byte offsets to line/column in O(log lines + line length), and in O(distance) when
/// offsets on one line are asked for in order (the cells of a row).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Where each run of text was printed (PDF input only; empty otherwise).
    runs: Vec<PageRun>,
    /// The last answer: (line index, byte offset, column), to count on from it.
    last: Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts, runs: Vec::new(), last: Cell::new((usize::MAX, 0, 0)) }
    }

    /// A line index for text rendered from a PDF: spans also get the page and box they cover.
    pub fn with_pages(text: &str, runs: Vec<PageRun>) -> LineIndex {
        LineIndex { runs, ..LineIndex::new(text) }
    }

    /// The runs of a PDF's rendered text (empty for other input).
    pub fn runs(&self) -> &[PageRun] {
        &self.runs
    }

    /// The page place of `start..end`: the page of its first run, and the box covering the runs
    /// it overlaps on that page (at most [`MAX_RUNS_PER_BOX`], so a span over the whole text
    /// costs no more than a cell's).
    fn place(&self, start: usize, end: usize) -> Option<PageBox> {
        if self.runs.is_empty() {
            return None;
        }
        // The run containing `start`, else the first run after it; an empty span right after a
        // run (a value missing at the end of a cell) belongs to that run.
        let first = self.runs.partition_point(|r| r.end < start || (r.end == start && end > start));
        let mut runs = self.runs[first.min(self.runs.len() - 1)..].iter();
        let mut place = runs.next()?.place;
        for run in runs.take(MAX_RUNS_PER_BOX).take_while(|r| r.start < end) {
            match place.union(run.place) {
                Some(covered) => place = covered,
                None => break,
            }
        }
        Some(place)
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
        let page = self.place(start, end);
        Span { start, end, line: line_idx as u32 + 1, column: column as u32, page }
    }
}

/// How many runs a span's page box is built from, at most.
const MAX_RUNS_PER_BOX: usize = 64;

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
    fn spans_in_a_pdf_get_the_page_and_box_of_their_runs() {
        let text = "一、总体情况\n| 规章 | 1 |\n";
        let at = |page, left| PageBox { page, left, top: 10, right: left + 20, bottom: 20 };
        let cell = text.find('1').unwrap();
        let runs = vec![
            PageRun { start: 0, end: 18, place: at(1, 100) },
            PageRun { start: 21, end: 27, place: at(2, 50) },
            PageRun { start: cell, end: cell + 1, place: at(2, 90) },
        ];
        let index = LineIndex::with_pages(text, runs);
        assert_eq!(index.span(text, cell..cell + 1).page, Some(at(2, 90)));
        // A span over a whole row covers its cells' boxes; one over both pages keeps the first.
        let row = index.span(text, 19..text.len());
        assert_eq!(row.page, Some(PageBox { page: 2, left: 50, top: 10, right: 110, bottom: 20 }));
        assert_eq!(index.span(text, 0..text.len()).page, Some(at(1, 100)));
        let json = serde_json::to_value(index.span(text, cell..cell + 1)).unwrap();
        assert_eq!((json["page"].as_u64(), json["box"][0].as_i64()), (Some(2), Some(90)));
        assert!(serde_json::to_value(LineIndex::new(text).span(text, 0..3)).unwrap().get("page").is_none());
    }

    #[test]
    fn offsets_are_clamped() {
        let text = "规章";
        let span = LineIndex::new(text).span(text, 1..99);
        assert_eq!((span.start, span.end), (0, text.len()));
    }
}

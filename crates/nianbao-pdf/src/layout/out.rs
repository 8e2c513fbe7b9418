//! The writer: prose lines joined into paragraphs, tables as `| a | b |` rows (a merged cell
//! once), each run of text with the page and box it was printed in.

use super::breaks::{column_starts, continue_table, match_columns, remap, PendingTable};
use super::page::Margins;
use crate::borderless;
use crate::cells::{ends_and_starts_ascii_alnum, page_box, standard_kind, starts_with_ordinal, tidy, PendingCell};
use nianbao_core::span::{PageBox, PageRun};
use nianbao_core::{PagedText, PdfProblem};
use pdfni::{ContentLine, TextPage};

#[derive(Default)]
pub(super) struct Out {
    text: String,
    runs: Vec<PageRun>,
    /// The prose line being written and where its last printed line ended (it may go on).
    open_line: Option<OpenLine>,
    /// The table being collected: written when something else follows it.
    table: Option<PendingTable>,
    /// Pages with an official table drawn without ruling lines, not read.
    pub skipped_tables: Vec<u32>,
}

struct OpenLine {
    right: f64,
    height: f64,
}

impl Out {
    pub(super) fn prose(&mut self, line: &ContentLine, page: u32, margins: &Margins) {
        let text = tidy(&line.text);
        if text.is_empty() {
            return;
        }
        self.flush_table();
        let height = (line.bottom - line.top).max(1.0);
        let continues = self.open_line.as_ref().is_some_and(|open| {
            line.left <= margins.left + 0.6 * height
                && open.right >= margins.right - 1.5 * open.height
                && !starts_with_ordinal(&text)
        });
        if continues {
            if ends_and_starts_ascii_alnum(&self.text, &text) {
                self.text.push(' ');
            }
        } else {
            self.close_line();
        }
        self.push_run(&text, page_box(page, line.left, line.top, line.right, line.bottom));
        self.open_line = Some(OpenLine { right: line.right, height });
    }

    fn close_line(&mut self) {
        if self.open_line.take().is_some() {
            self.text.push('\n');
        }
    }

    fn push_run(&mut self, text: &str, place: PageBox) {
        let start = self.text.len();
        self.text.push_str(text);
        self.runs.push(PageRun { start, end: self.text.len(), place });
    }

    /// A table: the continuation of the pending one if it opens a page that the pending one
    /// ended and its columns start where the pending one's do.
    pub(super) fn table(&mut self, rows: Vec<Vec<PendingCell>>, first_on_page: bool) {
        self.close_line();
        let columns = column_starts(&rows);
        if let Some(pending) = self.table.as_mut().filter(|p| first_on_page && p.at_page_end) {
            if let Some(mapping) = match_columns(&pending.columns, &columns) {
                let width = pending.columns.len();
                let mut rows: Vec<Vec<PendingCell>> = rows.into_iter().map(|row| remap(row, &mapping, width)).collect();
                continue_table(pending, &mut rows);
                pending.rows.extend(rows);
                pending.at_page_end = false;
                return;
            }
        }
        self.flush_table();
        self.table = Some(PendingTable { rows, columns, at_page_end: false });
    }

    /// The tables printed without ruling lines between `top` and `bottom` of a page, rebuilt
    /// from its words ([`borderless`]); a section heading among them is prose, and ends a table.
    pub(super) fn borderless_tables(
        &mut self,
        glyphs: &TextPage,
        top: f64,
        bottom: f64,
        page: u32,
        margins: &Margins,
        first: bool,
    ) {
        let mut first_block = first;
        let mut table: Vec<Vec<PendingCell>> = Vec::new();
        for row in borderless::rows(borderless::words(glyphs, top - 1.0, bottom + 1.0)) {
            if let [only] = row.as_slice() {
                if starts_with_ordinal(&only.text) && standard_kind(&only.text).is_some() {
                    self.rebuilt_table(std::mem::take(&mut table), first_block);
                    let line = ContentLine {
                        text: only.text.clone(),
                        left: only.left,
                        right: only.right,
                        top: only.top,
                        bottom: only.bottom,
                    };
                    self.prose(&line, page, margins);
                    first_block = false;
                    continue;
                }
            }
            table.push(
                row.iter()
                    .map(|b| PendingCell { place: Some(b.place(page)), text: b.text.replace('|', "｜") })
                    .collect(),
            );
        }
        self.rebuilt_table(table, first_block);
    }

    /// A table rebuilt from where its words are ([`borderless`]).
    fn rebuilt_table(&mut self, mut rows: Vec<Vec<PendingCell>>, first_on_page: bool) {
        if first_on_page {
            self.continue_cut_cell(&mut rows);
        }
        if !rows.is_empty() {
            self.table(rows, first_on_page);
        }
    }

    /// A rebuilt table whose first row is one label without a number or an ordinal, under the
    /// label column of the table that ended the page before: the rest of that cell, cut by the
    /// page break (`3.补正后申请内容仍不` / `明确`).
    fn continue_cut_cell(&mut self, rows: &mut Vec<Vec<PendingCell>>) {
        let Some(pending) = self.table.as_mut().filter(|p| p.at_page_end) else { return };
        let Some([rest]) = rows.first().map(Vec::as_slice) else { return };
        let Some(rest_place) = rest.place else { return };
        if starts_with_ordinal(&rest.text) || rest.text.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        let above = pending
            .rows
            .last_mut()
            .and_then(|row| row.iter_mut().find(|c| c.place.is_some_and(|p| (p.left - rest_place.left).abs() <= 2)));
        if let Some(above) = above {
            above.text.push_str(&rest.text);
            rows.remove(0);
        }
    }

    /// A paragraph stays open over the page break (the next page's first line may go on with
    /// it), and so does a table.
    pub(super) fn end_page(&mut self) {
        if let Some(pending) = self.table.as_mut() {
            pending.at_page_end = true;
        }
    }

    fn flush_table(&mut self) {
        let Some(table) = self.table.take() else { return };
        for row in &table.rows {
            if row.iter().all(|cell| cell.place.is_none()) {
                continue;
            }
            self.text.push('|');
            for cell in row {
                let Some(place) = cell.place else { continue };
                self.text.push(' ');
                if cell.text.is_empty() {
                    // A blank cell's run is the gap between its bars, so that a finding about
                    // the blank has a place.
                    let start = self.text.len() - 1;
                    self.runs.push(PageRun { start, end: start + 2, place });
                } else {
                    self.push_run(&cell.text, place);
                }
                self.text.push_str(" |");
            }
            self.text.push('\n');
        }
    }

    pub(super) fn finish(mut self, pages: u32) -> PagedText {
        self.flush_table();
        self.close_line();
        let mut problems = Vec::new();
        self.skipped_tables.dedup();
        if let (Some(&first), count) = (self.skipped_tables.first(), self.skipped_tables.len()) {
            problems.push(PdfProblem::BorderlessTable { page: first, pages: count as u32 });
        }
        PagedText { text: self.text, runs: self.runs, pages, problems }
    }
}

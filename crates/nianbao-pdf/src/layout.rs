//! From positioned text to the core's rendered text: which printed lines are one paragraph,
//! which blocks are page furniture, how a table continues over a page break.
//!
//! The output has the shape of the .docx reader's: a paragraph per line, a table row per line
//! as `| a | b |` with a merged cell once (at its top-left) and its covered places left out.
//! Every prose line and every cell is a [`PageRun`], so each span knows its page and box.

use crate::borderless;
use nianbao_core::span::{PageBox, PageRun};
use nianbao_core::{PagedText, PdfProblem};
use pdfni::{ContentBlock, ContentLine, ContentPage, TextBlockRole, TextPage};
use std::collections::HashMap;

/// Renders the pages' blocks (in reading order) as the core's text.
///
/// With `glyphs` (the pages' glyphs), official tables printed without ruling lines are rebuilt
/// from their words ([`borderless`]) and the second value says so; without, they are skipped
/// and reported ([`PdfProblem::BorderlessTable`]).
///
/// With `ruled`, the ruled tables it picks are rebuilt from their rules ([`crate::ruled`])
/// instead of taken from the reader's detector.
pub(crate) fn render(pages: &[ContentPage], glyphs: Option<&[TextPage]>, ruled: Option<&Ruled>) -> (PagedText, bool) {
    let margins = Margins::of(pages);
    let furniture = Furniture::of(pages);
    let mut out = Out::default();
    let mut rebuilt = false;
    let mut ruled_tables = 0;
    for (index, page) in pages.iter().enumerate() {
        let number = index as u32 + 1;
        let mut first_block = true;
        // Ruled grids the detector missed (a table's last row alone atop a page): read in place
        // of the prose lines inside them, as a table.
        let mut missed = match ruled.filter(|r| r.missed_grids).and_then(|r| r.pages.get(index)) {
            Some(dump) => {
                let tables: Vec<pdfni::BBox> = page
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        ContentBlock::Table(t) => Some(t.bbox),
                        ContentBlock::Text(_) => None,
                    })
                    .collect();
                crate::ruled::missed_grids(&dump.parts.edges, &dump.text.chars, &tables, number)
                    .into_iter()
                    .map(|(bbox, rows)| (bbox, Some(rows)))
                    .collect()
            }
            None => Vec::new(),
        };
        let region = glyphs.and_then(|g| g.get(index)).zip(borderless_region(page));
        for (at, block) in page.blocks.iter().enumerate() {
            if let Some((glyph_page, (first, last))) = region {
                if (first..=last).contains(&at) {
                    if at == first {
                        let (top, bottom) = vertical_span(&page.blocks[first..=last]);
                        out.borderless_tables(glyph_page, top, bottom, number, &margins, first_block);
                        first_block = false;
                        rebuilt = true;
                    }
                    continue;
                }
            }
            match block {
                ContentBlock::Text(text) => {
                    if furniture.is_furniture(text.role, &text.text) {
                        continue;
                    }
                    for line in text.lines.iter().filter(|l| !is_page_number_line(l, page)) {
                        let (x, y) = ((line.left + line.right) / 2.0, (line.top + line.bottom) / 2.0);
                        let grid = missed.iter_mut().find(|(b, _)| b.x0 < x && x < b.x1 && b.top < y && y < b.bottom);
                        match grid {
                            Some((_, rows)) => {
                                if let Some(rows) = rows.take() {
                                    out.table(rows, first_block);
                                }
                            }
                            None => out.prose(line, number, &margins),
                        }
                        first_block = false;
                    }
                }
                ContentBlock::Table(table) if table.extraction_method != "lattice" => {
                    // Without ruling lines the reader's columns are guesses (a label and its first
                    // value run together, two values share a cell): an official table found
                    // there is reported unreadable, never read from guessed cells.
                    if holds_official_labels(table) {
                        out.skipped_tables.push(number);
                    } else {
                        for row in &table.data {
                            let words: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                            let line = ContentLine {
                                text: words.join(" "),
                                left: table.bbox.x0,
                                right: table.bbox.x1,
                                top: row.iter().map(|c| c.bbox.top).fold(table.bbox.top, f64::max),
                                bottom: row.iter().map(|c| c.bbox.bottom).fold(table.bbox.top, f64::max),
                            };
                            out.prose(&line, number, &margins);
                        }
                    }
                    first_block = false;
                }
                ContentBlock::Table(table) => {
                    let picked = ruled.filter(|r| r.tables.get(ruled_tables) == Some(&true));
                    ruled_tables += 1;
                    let from_rules = picked.and_then(|r| r.pages.get(index)).and_then(|dump| {
                        crate::ruled::rebuild(&dump.parts.edges, &dump.text.chars, &table.bbox, number)
                    });
                    out.table(from_rules.unwrap_or_else(|| table_rows(table, number)), first_block);
                    first_block = false;
                }
            }
        }
        out.end_page();
    }
    (out.finish(pages.len() as u32), rebuilt)
}

/// Which ruled tables (in document order) to rebuild from the pages' rules, and whether to
/// read the ruled grids the detector found no table in.
pub(crate) struct Ruled<'a> {
    pub pages: &'a [pdfni::ReaderDumpPage],
    pub tables: Vec<bool>,
    pub missed_grids: bool,
}

/// How many tables the reader's detector found from ruling lines.
pub(crate) fn ruled_tables(pages: &[ContentPage]) -> usize {
    pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|b| matches!(b, ContentBlock::Table(t) if t.extraction_method == "lattice"))
        .count()
}

/// The blocks of a page that make up its tables printed without ruling lines: from the first
/// to the last such table that holds official labels, widened over the captions and headers
/// around them up to a section heading, a sentence, furniture or a ruled table.
fn borderless_region(page: &ContentPage) -> Option<(usize, usize)> {
    // A table's rows, or its header alone (table 3's header on one page, its rows on the next).
    let official = |b: &ContentBlock| match b {
        ContentBlock::Table(t) => t.extraction_method != "lattice" && holds_official_labels(t),
        ContentBlock::Text(t) => t.role == TextBlockRole::Body && t.lines.iter().any(|l| is_table_header(&l.text)),
    };
    let mut first = page.blocks.iter().position(official)?;
    let mut last = page.blocks.iter().rposition(official)?;
    let stops = |b: &ContentBlock| match b {
        ContentBlock::Table(t) => t.extraction_method == "lattice",
        ContentBlock::Text(t) => {
            t.role != TextBlockRole::Body
                || t.text.contains('。')
                || t.lines.iter().any(|l| starts_with_ordinal(&l.text) && standard_kind(&l.text).is_some())
        }
    };
    while first > 0 && !stops(&page.blocks[first - 1]) {
        first -= 1;
    }
    while last + 1 < page.blocks.len() && !stops(&page.blocks[last + 1]) {
        last += 1;
    }
    Some((first, last))
}

/// A header line of table 3 or 4 (`申请人情况`, `自然人 法人或其他组织`, `行政复议`).
fn is_table_header(text: &str) -> bool {
    use nianbao_core::format::{table3::label as t3_label, table4::is_header as is_t4_header, T3Label};
    text.split_whitespace().any(|word| {
        let norm = nianbao_core::normalize::label(word);
        matches!(t3_label(&norm), Some(T3Label::Header)) && norm != "总计" && norm != "其他"
            || is_t4_header(&norm) && norm.starts_with("行政")
    })
}

/// A standard section's heading (`三、收到和处理政府信息公开申请情况`), not a table label that
/// starts the same way (`三、本年度办理结果`).
fn standard_kind(text: &str) -> Option<u8> {
    nianbao_core::model::standard_kind(&nianbao_core::normalize::label(text))
}

fn vertical_span(blocks: &[ContentBlock]) -> (f64, f64) {
    blocks.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(top, bottom), b| match b {
        ContentBlock::Text(t) => (top.min(t.top), bottom.max(t.bottom)),
        ContentBlock::Table(t) => (top.min(t.bbox.top), bottom.max(t.bbox.bottom)),
    })
}

/// Where the body text starts and ends on the page: a printed line that starts at the left
/// margin continues the paragraph above when that one ran to the right margin.
struct Margins {
    left: f64,
    right: f64,
}

impl Margins {
    fn of(pages: &[ContentPage]) -> Margins {
        // Left: the most common left edge (in 2 pt steps). Right: the rightmost edge that
        // several lines share — justified lines all end there; a single line that sticks out
        // (a long address) does not move it, and a short report whose lines all end early
        // has no line that runs on.
        let mut lefts: HashMap<i64, usize> = HashMap::new();
        let mut rights: HashMap<i64, usize> = HashMap::new();
        for line in lines(pages) {
            *lefts.entry((line.left / 2.0).round() as i64).or_default() += 1;
            *rights.entry((line.right / 2.0).round() as i64).or_default() += 1;
        }
        let left = lefts.into_iter().max_by_key(|&(edge, n)| (n, -edge)).map_or(0, |(edge, _)| edge);
        let shared = rights.iter().filter(|&(_, &n)| n >= 3).map(|(&edge, _)| edge).max();
        let right = shared.or_else(|| rights.keys().copied().max()).unwrap_or(0);
        let (left, right) = (left as f64 * 2.0, right as f64 * 2.0);
        // Lines that all end within the left half of the page (a template's headings and
        // placeholders) share an edge, but no text column is that narrow: none runs on.
        let width = pages.iter().map(|p| p.width).fold(0.0, f64::max);
        let right = if right - left < 0.5 * width { f64::INFINITY } else { right };
        Margins { left, right }
    }
}

fn lines(pages: &[ContentPage]) -> impl Iterator<Item = &ContentLine> {
    pages.iter().flat_map(|p| &p.blocks).flat_map(|b| match b {
        ContentBlock::Text(text) => text.lines.as_slice(),
        ContentBlock::Table(_) => &[],
    })
}

/// Running headers and footers: blocks the reader marked as such whose text (digits aside)
/// recurs on another page, or that are a page number. A header that occurs once is kept:
/// it may be the report's own last line.
struct Furniture {
    recurring: HashMap<String, usize>,
}

impl Furniture {
    fn of(pages: &[ContentPage]) -> Furniture {
        let mut recurring: HashMap<String, usize> = HashMap::new();
        for block in pages.iter().flat_map(|p| &p.blocks) {
            if let ContentBlock::Text(text) = block {
                if text.role != TextBlockRole::Body {
                    *recurring.entry(without_digits(&text.text)).or_default() += 1;
                }
            }
        }
        Furniture { recurring }
    }

    fn is_furniture(&self, role: TextBlockRole, text: &str) -> bool {
        role != TextBlockRole::Body
            && (is_page_number(text) || self.recurring.get(&without_digits(text)).is_some_and(|&n| n > 1))
    }
}

fn without_digits(text: &str) -> String {
    text.chars().filter(|c| !c.is_ascii_digit() && !c.is_whitespace()).collect()
}

/// `- 3 -`, `— 3 —`, `3`, `第 3 页`, `第3页 共6页`, `3/6`.
fn is_page_number(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => digits += 1,
            '-' | '—' | '–' | '－' | '_' | '/' | '第' | '页' | '共' | '·' => {}
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    (1..=8).contains(&digits)
}

/// A page number printed inside a body block: only near the page's top or bottom edge.
fn is_page_number_line(line: &ContentLine, page: &ContentPage) -> bool {
    let near_edge = line.top > page.height * 0.85 || line.bottom < page.height * 0.1;
    near_edge && is_page_number(&line.text)
}

/// A cell of the table is a label of one of the official tables (table 2's rows, table 3's
/// rows and groups, table 4's headers).
fn holds_official_labels(table: &pdfni::Table) -> bool {
    use nianbao_core::format::{
        table2::is_row_label as is_t2_row_label, table3::label as t3_label, table4::is_header as is_t4_header,
    };
    table.data.iter().flatten().any(|cell| {
        // The reader may have run a label and a value together: `行政许可 3`.
        let text = cell.text.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        let norm = nianbao_core::normalize::label(text);
        t3_label(&norm).is_some() || is_t4_header(&norm) || is_t2_row_label(&norm)
    })
}

/// A cell of a table being rendered: `place` is `None` where a merged cell covers it.
pub(crate) struct PendingCell {
    pub text: String,
    pub place: Option<PageBox>,
}

/// Where each column of a table starts (points from the left edge): the leftmost start of
/// its cells, `None` for a column whose every place is covered.
fn column_starts(rows: &[Vec<PendingCell>]) -> Vec<Option<i32>> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width).map(|col| rows.iter().filter_map(|row| row.get(col)?.place.map(|p| p.left)).min()).collect()
}

/// How far apart (in points) the starts of one column on two pages may be.
const COLUMN_TOLERANCE: i32 = 4;

/// For each column of a table's part on a new page, the column of the part before that starts
/// at the same place; `None` when some column has no such match (then it is another table).
/// A column may be missing on the new page: a label merged down the whole page has no line of
/// its own there.
fn match_columns(before: &[Option<i32>], after: &[Option<i32>]) -> Option<Vec<usize>> {
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

fn table_rows(table: &pdfni::Table, page: u32) -> Vec<Vec<PendingCell>> {
    table
        .data
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| {
                    let b = &cell.bbox;
                    // The reader gives a covered place of a merged cell an empty, zero box.
                    let covered = b.x0 == 0.0 && b.x1 == 0.0 && b.top == 0.0 && b.bottom == 0.0;
                    let place = (!covered).then(|| page_box(page, b.x0, b.top, b.x1, b.bottom));
                    PendingCell { text: cell_text(&cell.text), place }
                })
                .collect()
        })
        .collect()
}

pub(crate) fn page_box(page: u32, left: f64, top: f64, right: f64, bottom: f64) -> PageBox {
    let pt = |v: f64| v.round().clamp(i32::MIN as f64, i32::MAX as f64) as i32;
    PageBox { page, left: pt(left), top: pt(top), right: pt(right), bottom: pt(bottom) }
}

/// A cell's lines joined (`商业企` + `业`), spaces a layout put around CJK dropped, and `|`
/// (which would split the cell) replaced by the full-width bar.
pub(crate) fn cell_text(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 && ends_and_starts_ascii_alnum(&joined, line) {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    tidy(&joined).replace('|', "｜")
}

fn ends_and_starts_ascii_alnum(a: &str, b: &str) -> bool {
    a.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
        && b.trim_start().chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Chinese has no spaces between words; a PDF's text layer has them wherever glyphs were
/// spread (justified lines) or Latin met CJK (`2024 年`). Drops white space next to a wide
/// character, collapses the rest to one space, trims.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space && !is_wide(c) && !out.chars().last().is_some_and(is_wide) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// CJK characters and punctuation, full-width forms, and the general punctuation that goes
/// with them (“ ” ‘ ’ … —).
fn is_wide(c: char) -> bool {
    c >= '\u{2E80}' || ('\u{2010}'..='\u{206F}').contains(&c)
}

/// `一、`, `（三）`, `(3)`: a line that starts a heading or an item, never a paragraph's
/// continuation. (A line starting with Latin digits may well be one: `21 个，制作…`.)
pub(crate) fn starts_with_ordinal(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next();
    let is_numeral = |c: char| "一二三四五六七八九十".contains(c);
    match first {
        Some('（' | '(') => chars.next().is_some_and(|c| is_numeral(c) || c.is_ascii_digit()),
        Some(c) if is_numeral(c) => chars.find(|&c| !is_numeral(c)) == Some('、'),
        Some(c) if c.is_ascii_digit() => matches!(chars.find(|c| !c.is_ascii_digit()), Some('.' | '、' | '．')),
        _ => false,
    }
}

#[derive(Default)]
struct Out {
    text: String,
    runs: Vec<PageRun>,
    /// The prose line being written and where its last printed line ended (it may go on).
    open_line: Option<OpenLine>,
    /// The table being collected: written when something else follows it.
    table: Option<PendingTable>,
    /// Pages with an official table drawn without ruling lines, not read.
    skipped_tables: Vec<u32>,
}

struct OpenLine {
    right: f64,
    height: f64,
}

struct PendingTable {
    /// Rows in the columns of the table's first part (later parts are mapped onto them).
    rows: Vec<Vec<PendingCell>>,
    columns: Vec<Option<i32>>,
    /// The table was the last thing on its page, so the next page may continue it.
    at_page_end: bool,
}

impl Out {
    fn prose(&mut self, line: &ContentLine, page: u32, margins: &Margins) {
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
    fn table(&mut self, rows: Vec<Vec<PendingCell>>, first_on_page: bool) {
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
    fn borderless_tables(
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
    fn end_page(&mut self) {
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

    fn finish(mut self, pages: u32) -> PagedText {
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

/// A row of a table's later part in the columns of its first part; columns the later part
/// lacks are covered places.
fn remap(row: Vec<PendingCell>, mapping: &[usize], width: usize) -> Vec<PendingCell> {
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
fn continue_table(pending: &mut PendingTable, rows: &mut Vec<Vec<PendingCell>>) {
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

    #[test]
    fn spaces_next_to_chinese_go_and_others_stay() {
        assert_eq!(tidy(" 2024 年， 我市 共受理 3119 件 "), "2024年，我市共受理3119件");
        assert_eq!(tidy("hazwgkc@163.com  a  b"), "hazwgkc@163.com a b");
        assert_eq!(tidy("《条例》 “一事一审”"), "《条例》“一事一审”");
    }

    #[test]
    fn page_numbers_and_ordinals() {
        for number in ["- 3 -", "— 12 —", "3", "第 3 页", "第3页 共6页", "3/6"] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["2024 年", "一、总体情况", "-", ""] {
            assert!(!is_page_number(text), "{text}");
        }
        for text in ["一、总体情况", "（三）政府信息管理", "十二、其他", "2.重复申请", "(1)"] {
            assert!(starts_with_ordinal(text), "{text}");
        }
        for text in ["21 个，制作", "2024年，我市", "一是", "法提供", "十分"] {
            assert!(!starts_with_ordinal(text), "{text}");
        }
    }

    #[test]
    fn cells_join_their_lines() {
        assert_eq!(cell_text("商业企\n业"), "商业企业");
        assert_eq!(cell_text("三、\n本\n年\n度"), "三、本年度");
        assert_eq!(cell_text("12\n34"), "12 34");
        assert_eq!(cell_text("a|b"), "a｜b");
    }

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

//! From positioned text to the core's rendered text: which printed lines are one paragraph,
//! which blocks are page furniture, how a table continues over a page break.
//!
//! The output has the shape of the .docx reader's: a paragraph per line, a table row per line
//! as `| a | b |` with a merged cell once (at its top-left) and its covered places left out.
//! Every prose line and every cell is a [`PageRun`], so each span knows its page and box.

mod breaks;
mod out;
mod page;

use crate::cells::{cell_text, page_box, standard_kind, starts_with_ordinal, PendingCell};
use nianbao_core::PagedText;
use out::Out;
use page::{is_page_number_line, Furniture, Margins};
use pdfni::{ContentBlock, ContentLine, ContentPage, TextBlockRole, TextPage};

/// Renders the pages' blocks (in reading order) as the core's text, making the tables as
/// `strategy` says ([`Strategy`]).
pub(crate) fn render(pages: &[ContentPage], strategy: &Strategy) -> Rendered {
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
        let mut missed = match strategy.dump.filter(|_| strategy.missed_grids).and_then(|d| d.get(index)) {
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
        let glyphs = match strategy.borderless {
            Borderless::FromWords(glyphs) => glyphs.get(index),
            Borderless::Skipped => None,
        };
        let region = glyphs.zip(borderless_region(page));
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
                    let source = strategy.ruled.get(ruled_tables).copied().unwrap_or(RuledSource::Detected);
                    ruled_tables += 1;
                    let dump = strategy.dump.and_then(|d| d.get(index)).filter(|_| source == RuledSource::FromRules);
                    let from_rules = dump.and_then(|dump| {
                        crate::ruled::rebuild(&dump.parts.edges, &dump.text.chars, &table.bbox, number)
                    });
                    let mut rows = from_rules.unwrap_or_else(|| table_rows(table, number));
                    // A framed text box the detector took for (the top of) a table: its rows
                    // are printed lines of prose, a section heading among them.
                    let prose = leading_prose_rows(&rows);
                    for row in rows.drain(..prose) {
                        if let Some(cell) = row.into_iter().find(|c| c.place.is_some() && !c.text.is_empty()) {
                            out.prose(&cell.as_line(), number, &margins);
                            first_block = false;
                        }
                    }
                    if !rows.is_empty() {
                        out.table(rows, first_block);
                    }
                    first_block = false;
                }
            }
        }
        out.end_page();
    }
    Rendered { text: out.finish(pages.len() as u32), from_words: rebuilt }
}

/// Where the cells of a table drawn with ruling lines come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuledSource {
    /// The reader's detector's grid.
    Detected,
    /// Rebuilt from the table's own ruling lines ([`crate::ruled`]), for a table the detector
    /// took apart wrongly.
    FromRules,
}

/// What becomes of official tables printed without ruling lines.
#[derive(Clone, Copy)]
pub(crate) enum Borderless<'a> {
    /// Rebuilt from where their words are ([`crate::borderless`]), from the pages' glyphs.
    FromWords(&'a [TextPage]),
    /// Not read; reported ([`nianbao_core::PdfProblem::BorderlessTable`]).
    Skipped,
}

/// How one reading of a PDF makes its tables: the reader compares readings made with
/// different strategies ([`crate::read`]).
pub(crate) struct Strategy<'a> {
    pub borderless: Borderless<'a>,
    /// Each ruled table's source, in document order (a table past the end: detected).
    pub ruled: Vec<RuledSource>,
    /// Whether ruled grids the detector found no table in are read, as tables, in place of
    /// the lines inside them.
    pub missed_grids: bool,
    /// The pages' rules and glyphs, which `FromRules` and `missed_grids` need.
    pub dump: Option<&'a [pdfni::ReaderDumpPage]>,
}

impl<'a> Strategy<'a> {
    /// The reader's detector for every ruled table; borderless tables as given.
    pub fn detected(borderless: Borderless<'a>) -> Strategy<'a> {
        Strategy { borderless, ruled: Vec::new(), missed_grids: false, dump: None }
    }
}

/// A reading: the text, and whether some table in it was rebuilt from words.
pub(crate) struct Rendered {
    pub text: PagedText,
    pub from_words: bool,
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

fn vertical_span(blocks: &[ContentBlock]) -> (f64, f64) {
    blocks.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(top, bottom), b| match b {
        ContentBlock::Text(t) => (top.min(t.top), bottom.max(t.bottom)),
        ContentBlock::Table(t) => (top.min(t.bbox.top), bottom.max(t.bbox.bottom)),
    })
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

/// How many rows at the top of a ruled table are printed lines of prose, not table rows: each
/// has one cell with text, no label of the official tables, and is a sentence (`。`, `，`,
/// `；`), a section heading (`二、主动公开政府信息情况`), or the rest of a sentence the row
/// above began.
fn leading_prose_rows(rows: &[Vec<PendingCell>]) -> usize {
    use nianbao_core::format::{table2, table3::label as t3_label, table4::is_header as is_t4_header};
    let mut open_sentence = false;
    for (k, row) in rows.iter().enumerate() {
        let mut texts = row.iter().filter(|c| c.place.is_some() && !c.text.trim().is_empty());
        let (Some(cell), None) = (texts.next(), texts.next()) else { return k };
        let text = cell.text.trim();
        let norm = nianbao_core::normalize::label(text);
        let official = t3_label(&norm).is_some()
            || is_t4_header(&norm)
            || table2::is_row_label(&norm)
            || table2::is_caption(&norm)
            || norm == table2::CONTENT_HEADER;
        let heading = starts_with_ordinal(text) && standard_kind(text).is_some();
        let sentence = text.chars().count() >= 8 && text.contains(['。', '，', '；']);
        if official && !heading && !sentence {
            return k;
        }
        if !(heading || sentence || open_sentence) {
            return k;
        }
        open_sentence = !heading && !text.ends_with(['。', '；', '：']);
    }
    rows.len()
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

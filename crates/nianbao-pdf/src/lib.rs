//! nianbao-pdf: the text layer of a report published as PDF, as the core reads it.
//!
//! [`read`] turns a PDF's bytes into a [`PagedText`]: the pages' prose as lines (a paragraph
//! wrapped over several printed lines, or over a page break, is one line again), the tables as
//! `|` rows with merged cells once (a table continued over a page break is one table again),
//! page numbers and running headers dropped, and for each run of that text the page and box
//! it was printed in. The core reads it like a .docx's rendered text, so a finding in a PDF
//! points at a page and a place on it.
//!
//! Glyphs, fonts (CID fonts with `Identity-H` and `ToUnicode`, the GB CMaps), decryption and
//! the ruled-table detection come from `pdfni` (a port of pdf.js's reader); this crate decides
//! what the page furniture is, how lines join and how tables continue ([`layout`]).
//!
//! A PDF that cannot be read gives a [`PdfProblem`], never a guess: no text layer (a scan),
//! a password, glyphs without a Unicode mapping, damage or a structure beyond the limits.

mod borderless;
mod cells;
mod layout;
mod ruled;
#[cfg(target_arch = "wasm32")]
mod wasm;

use layout::{Borderless, RuledSource, Strategy};
use nianbao_core::Limits;
pub use nianbao_core::{PagedText, PdfProblem};

/// Reads a PDF's text layer. Fits [`nianbao_core::PdfReader`]: set it as the core's
/// `Options::pdf_reader` and the core reads PDFs like any other input.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<PagedText, PdfProblem> {
    // The reader is a large third-party parser fed hostile files: should it panic, that is
    // this file's problem (a finding), not the end of a batch of thousands.
    match std::panic::catch_unwind(|| read_unguarded(bytes, limits)) {
        Ok(result) => result,
        Err(_) => Err(PdfProblem::Corrupt { reason: "the PDF reader failed on this file".into() }),
    }
}

/// How the PDF reader is set up: running headers and footers marked, no Markdown escapes,
/// the decompression limit, and a table's lone first row at a page's foot still a table.
pub fn reader_options(limits: &Limits) -> pdfni::ExtractOptions {
    // Table 4's `行政复议 | 行政诉讼` alone at the foot of a page is a table of one row.
    let lattice = pdfni::LatticeSettings { min_rows: 1, ..Default::default() };
    pdfni::ExtractOptions {
        detect_header_footer: true,
        escape_markdown: false,
        lattice,
        reader: pdfni::ReaderSettings { max_decoded_bytes: limits.max_pdf_decoded_bytes, ..Default::default() },
        ..Default::default()
    }
}

fn read_unguarded(bytes: &[u8], limits: &Limits) -> Result<PagedText, PdfProblem> {
    let options = reader_options(limits);
    // One page past the limit tells whether there are more.
    let pages = format!("1-{}", limits.max_pdf_pages.saturating_add(1));
    let query = pdfni::ExtractQuery { pages: pages.parse().ok(), region: None };
    // A cheap first pass counts the glyphs: table detection is superlinear in a page's glyphs,
    // so a PDF far beyond any report's size is refused before it.
    let glyph_pages =
        pdfni::extract_text_from_bytes_with_query(bytes, None, &options.reader, &query).map_err(problem_of)?.pages;
    let glyphs: usize = glyph_pages.iter().map(|p| p.chars.len()).sum();
    if glyphs > limits.max_pdf_glyphs {
        return Err(PdfProblem::TooManyGlyphs { glyphs: glyphs as u64, limit: limits.max_pdf_glyphs as u64 });
    }
    // So is one page far denser than any report's: its layout analysis is what costs.
    if let Some((index, page)) =
        glyph_pages.iter().enumerate().find(|(_, p)| p.chars.len() > limits.max_pdf_page_glyphs)
    {
        return Err(PdfProblem::DensePage {
            page: index as u32 + 1,
            glyphs: page.chars.len() as u64,
            limit: limits.max_pdf_page_glyphs as u64,
        });
    }
    // The same pass tells a scan and unmapped fonts, before any table is looked for.
    let read_pages = glyph_pages.len().min(limits.max_pdf_pages as usize);
    let (total, unmapped) = count_glyphs(&glyph_pages[..read_pages]);
    if total == 0 {
        return Err(PdfProblem::NoText { pages: read_pages as u32 });
    }
    let unmapped_share = (unmapped * 1000 / total) as u32;
    if unmapped_share > UNMAPPED_PER_MILLE_LIMIT {
        return Err(PdfProblem::Unmapped { share: unmapped_share });
    }
    let content = pdfni::extract_content_from_bytes_with_query(bytes, None, &options, &query).map_err(problem_of)?;
    let mut pages = content.pages;
    let mut problems = Vec::new();
    if pages.len() > limits.max_pdf_pages as usize {
        pages.truncate(limits.max_pdf_pages as usize);
        problems.push(PdfProblem::TooManyPages { limit: limits.max_pdf_pages });
    }
    // Tables rebuilt from where their words are count only if the report then reads whole and
    // adds up; otherwise they are declared unreadable. The report is checked (`reading`)
    // only when a rebuild or the ruled fallback below depends on it.
    let count = layout::ruled_tables(&pages);
    let first = layout::render(&pages, &Strategy::detected(Borderless::FromWords(&glyph_pages)));
    let mut paged = first.text;
    let mut now = if first.from_words || count > 0 { reading(&paged.text) } else { Reading::WHOLE };
    if first.from_words && now.problems > 0 {
        paged = layout::render(&pages, &Strategy::detected(Borderless::Skipped)).text;
        now = if count > 0 { reading(&paged.text) } else { Reading::WHOLE };
    }
    // Ruled tables the detector took apart wrongly (a row missing, two rows in one): each is
    // rebuilt from the rules themselves, and kept if the report then reads better; last, the
    // ruled grids it found no table in (a table's last row alone atop a page) are read too.
    if now.problems > 0 && count > 0 {
        if let Ok(dump) = pdfni::read_pages_full_with(bytes, None, &options.reader) {
            let mut kept = Strategy {
                borderless: Borderless::FromWords(&glyph_pages),
                ruled: vec![RuledSource::Detected; count],
                missed_grids: false,
                dump: Some(&dump.pages),
            };
            for trial in 0..=count {
                let mut strategy = Strategy { ruled: kept.ruled.clone(), ..kept };
                match strategy.ruled.get_mut(trial) {
                    Some(source) => *source = RuledSource::FromRules,
                    None => strategy.missed_grids = true,
                }
                let alternative = layout::render(&pages, &strategy).text;
                let then = reading(&alternative.text);
                if then.is_better_than(&now) {
                    (paged, now, kept) = (alternative, then, strategy);
                }
            }
        }
    }
    paged.problems.splice(0..0, problems);
    Ok(paged)
}

/// Glyphs (white space aside) and those the reader could give no character for (private use,
/// U+FFFD, controls).
fn count_glyphs(pages: &[pdfni::TextPage]) -> (usize, usize) {
    let is_unmapped =
        |c: char| c == '\u{FFFD}' || c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) || c >= '\u{F0000}';
    let glyphs = pages.iter().flat_map(|p| &p.chars).flat_map(|c| c.text.chars()).filter(|c| !c.is_whitespace());
    glyphs.fold((0, 0), |(total, unmapped), c| (total + 1, unmapped + usize::from(is_unmapped(c))))
}

/// How well a reading of the PDF reads: the core's measure of its model (tables and rows
/// missing, unreadable, short, stray values, identities that do not hold, values read), and
/// how many cells the rendered tables have.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    problems: usize,
    values: usize,
    cells: usize,
}

impl Reading {
    const WHOLE: Reading = Reading { problems: 0, values: 0, cells: 0 };

    /// Fewer problems; as many, more values; as many again, more cells: the rules are what the
    /// grid is, and a rebuild that keeps more of it (a row of blank cells the detector dropped)
    /// has left less out.
    fn is_better_than(&self, other: &Reading) -> bool {
        use std::cmp::Reverse;
        (self.problems, Reverse(self.values), Reverse(self.cells))
            < (other.problems, Reverse(other.values), Reverse(other.cells))
    }
}

fn reading(text: &str) -> Reading {
    // Read as what it is, a PDF's text: the core's reading of it links no HTML parser.
    let paged = PagedText { text: text.to_owned(), ..PagedText::default() };
    let model = nianbao_core::read_pages(Ok(paged), text.len());
    let nianbao_core::model::Reading { problems, values } = model.reading();
    let cells = text.lines().filter(|l| l.starts_with('|')).map(|l| l.matches('|').count().saturating_sub(1)).sum();
    Reading { problems, values, cells }
}

fn problem_of(error: pdfni::Error) -> PdfProblem {
    match error {
        pdfni::Error::BadPassword | pdfni::Error::SecurityRestricted => PdfProblem::Encrypted,
        error => PdfProblem::Corrupt { reason: error.to_string() },
    }
}

/// More glyphs without a Unicode mapping than this (per mille) and the text is not read: a
/// report is Chinese prose and numbers, so even a few percent of unmappable glyphs means whole
/// fonts are unmapped and any number could be wrong.
const UNMAPPED_PER_MILLE_LIMIT: u32 = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_is_a_problem_not_a_panic() {
        let limits = Limits::default();
        for junk in [&b"%PDF-1.7\n"[..], b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n%%EOF", b"%PDF-"] {
            assert!(matches!(read(junk, &limits), Err(PdfProblem::Corrupt { .. } | PdfProblem::NoText { .. })));
        }
    }
}

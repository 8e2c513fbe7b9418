//! Reading: bytes → [`Document`], a flat list of text lines and table cells, each located.
//!
//! The readers (plain text, HTML, .docx, and PDF through [`PagedText`]) all produce the same
//! shape, so the model builder never knows where a report came from. Merged table cells appear once, at the first
//! row and column they cover, exactly as they do in text copied from a page: the model builder
//! recognises rows by their labels, never by position.

mod crawler;
mod docx;
mod html;
mod text;
mod zip;

use crate::decode::{self, Sniffed};
use crate::options::{Limits, Options};
use crate::span::{LineIndex, PageRun, Span};
use serde::{Deserialize, Serialize};

pub use nianbao_report::InputKind;

/// The text of a PDF's pages as a PDF reader rendered it — paragraphs as lines, tables as `|`
/// rows, page furniture dropped — with where each run of it was printed. The core reads it like
/// a .docx's rendered text; its spans get pages and boxes from `runs`.
///
/// The PDF reader lives outside the core (crate `nianbao-pdf`), so that the web app can load
/// it only when a PDF arrives; it hands this value over (as JSON, across WebAssembly modules).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PagedText {
    pub text: String,
    pub runs: Vec<PageRun>,
    pub pages: u32,
    /// What the reader could not read although it read the rest (pages past the limit,
    /// glyphs without a Unicode mapping).
    pub problems: Vec<PdfProblem>,
}

/// Reads a PDF's bytes into its pages' text (see [`PagedText`]); [`Options::pdf_reader`].
pub type PdfReader = fn(&[u8], &Limits) -> Result<PagedText, PdfProblem>;

/// Why a PDF could not be read, or not completely.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum PdfProblem {
    /// This build has no PDF reader.
    NoReader,
    /// The PDF reader could not be loaded or stopped (the web app's separate module).
    ReaderFailed { reason: String },
    /// No page has a text layer: a scan or photographs of the pages.
    NoText { pages: u32 },
    /// A password is needed to open it.
    Encrypted,
    /// Most glyphs have no Unicode mapping (fonts without `ToUnicode`): the text would be
    /// garbage. `share` is the per-mille of such glyphs.
    Unmapped { share: u32 },
    /// More pages than the limit; those after it were not read.
    TooManyPages { limit: u32 },
    /// A table of the official format printed without ruling lines (from `page`, on `pages`
    /// pages): its rows and columns can't be told apart reliably, so it was not read.
    BorderlessTable { page: u32, pages: u32 },
    /// More glyphs than the limit: far beyond any report, and not read.
    TooManyGlyphs { glyphs: u64, limit: u64 },
    /// A page (1-based) prints more glyphs than a page's limit: no report's page, and not read.
    DensePage { page: u32, glyphs: u64, limit: u64 },
    /// Damaged, or beyond the reader's limits (a decompression bomb, a runaway structure).
    Corrupt { reason: String },
}

/// A report as read: its decoded text and what the reader found in it.
#[derive(Clone, Debug)]
pub struct Document {
    /// The decoded text every span points into. For .docx it is the text the reader rendered
    /// from `word/document.xml` (paragraphs as lines, tables as `|` rows).
    pub text: String,
    pub kind: InputKind,
    pub encoding: String,
    /// Size of the input in bytes, before decoding.
    pub bytes: usize,
    pub blocks: Vec<Block>,
    /// The page's `<title>` (HTML only): saved portal pages name the report there.
    pub title: Option<Line>,
    /// Why the input could not be read fully, if it could not.
    pub problems: Vec<InputProblem>,
    pub line_index: LineIndex,
}

#[derive(Clone, Debug)]
pub enum Block {
    /// A line of prose outside any table (a paragraph, a heading, a date).
    Line(Line),
    Table(Table),
}

#[derive(Clone, Debug)]
pub struct Line {
    /// The line's text, trimmed.
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Table {
    /// Cells in reading order; merged cells appear once.
    pub cells: Vec<Cell>,
    /// Whether `Cell::row` marks real rows. False for one-cell-per-line text, where row
    /// boundaries were lost and only labels can tell them.
    pub rows_known: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Cell {
    /// The cell's text, trimmed.
    pub text: String,
    pub span: Span,
    pub row: u32,
    /// Grid column after expanding `rowspan`/`colspan` (HTML and .docx only).
    pub col: Option<u32>,
}

/// Why an input could not be read, or not completely.
#[derive(Clone, Debug, PartialEq)]
pub enum InputProblem {
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Pdf(PdfProblem),
    Image,
    OleDocument,
    /// A ZIP archive without `word/document.xml`.
    NotDocx,
    /// A .docx whose document part would expand beyond the limit (a zip bomb, or just huge).
    DocxTooLarge {
        declared: u64,
        limit: u64,
    },
    /// A .docx that could not be unpacked or parsed.
    DocxCorrupt(String),
    Binary,
    /// Some bytes were not valid in the detected encoding and were replaced.
    DecodeErrors {
        replaced: usize,
    },
    /// HTML nested so deep that building its tree would take too long; read as text instead.
    HtmlTooDeep {
        depth: usize,
    },
}

impl Document {
    fn unsupported(bytes: usize, problem: InputProblem) -> Document {
        Document {
            text: String::new(),
            kind: InputKind::Unsupported,
            encoding: "binary".into(),
            bytes,
            blocks: Vec::new(),
            title: None,
            problems: vec![problem],
            line_index: LineIndex::new(""),
        }
    }

    /// A span of the decoded text.
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        self.line_index.span(&self.text, range)
    }

    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Line(line) => Some(line),
            Block::Table(_) => None,
        })
    }

    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(table) => Some(table),
            Block::Line(_) => None,
        })
    }
}

/// Reads any supported input. Never panics; unreadable input yields a document of kind
/// `unsupported` with the reason in `problems`.
pub fn read(bytes: &[u8], name: &str, options: &Options) -> Document {
    let limits = &options.limits;
    if bytes.len() > limits.max_input_bytes {
        let problem = InputProblem::TooLarge { bytes: bytes.len(), limit: limits.max_input_bytes };
        return Document::unsupported(bytes.len(), problem);
    }
    match decode::sniff(bytes) {
        Sniffed::Empty => Document::unsupported(bytes.len(), InputProblem::Empty),
        Sniffed::Pdf => read_pdf(bytes, options),
        Sniffed::Image => Document::unsupported(bytes.len(), InputProblem::Image),
        Sniffed::OleDocument => Document::unsupported(bytes.len(), InputProblem::OleDocument),
        Sniffed::Zip => match docx::render_text(bytes, limits) {
            Ok(text) => read_decoded(text, InputKind::Docx, "UTF-8", bytes.len()),
            Err(problem) => Document::unsupported(bytes.len(), problem),
        },
        Sniffed::Text => {
            let html = match options.kind_hint {
                Some(InputKind::Html) => true,
                Some(_) => false,
                None => decode::looks_like_html(name, bytes),
            };
            let decoded = decode::decode(bytes, html, options.legacy_decoder);
            if decode::looks_binary(&decoded.text) {
                return Document::unsupported(bytes.len(), InputProblem::Binary);
            }
            let kind = if html { InputKind::Html } else { InputKind::Text };
            let mut doc = read_decoded(decoded.text, kind, decoded.encoding, bytes.len());
            if decoded.had_errors {
                let replaced = doc.text.chars().filter(|&c| c == '\u{FFFD}').count();
                doc.problems.push(InputProblem::DecodeErrors { replaced });
            }
            doc
        }
    }
}

fn read_pdf(bytes: &[u8], options: &Options) -> Document {
    let paged = match options.pdf_reader {
        Some(reader) => reader(bytes, &options.limits),
        None => Err(PdfProblem::NoReader),
    };
    read_paged(paged, bytes.len())
}

pub use nianbao_report::files::{file_extensions_listed, file_picker_accept, FILE_EXTENSIONS};

/// Reads what a PDF reader made of a PDF of `bytes` bytes: its pages' text, or why there is
/// none (then the document is `unsupported`).
pub fn read_paged(paged: Result<PagedText, PdfProblem>, bytes: usize) -> Document {
    let paged = match paged {
        Ok(paged) => paged,
        Err(problem) => return Document::unsupported(bytes, InputProblem::Pdf(problem)),
    };
    let line_index = LineIndex::with_pages(&paged.text, paged.runs);
    let mut doc = read_text_indexed(paged.text, InputKind::Pdf, "PDF", bytes, line_index);
    doc.problems.extend(paged.problems.into_iter().map(InputProblem::Pdf));
    doc
}

/// Reads already-decoded text (what the web app gets from a plain-text paste).
pub fn read_str(text: &str, kind: InputKind) -> Document {
    read_decoded(text.to_owned(), kind, "UTF-8", text.len())
}

fn read_decoded(text: String, kind: InputKind, encoding: &str, bytes: usize) -> Document {
    let line_index = LineIndex::new(&text);
    read_indexed(text, kind, encoding, bytes, line_index)
}

fn read_indexed(text: String, kind: InputKind, encoding: &str, bytes: usize, line_index: LineIndex) -> Document {
    if kind != InputKind::Html {
        return read_text_indexed(text, kind, encoding, bytes, line_index);
    }
    let mut problems = empty_problem(&text);
    let blocks = match html::nesting_depth(&text) {
        depth if depth > html::MAX_DEPTH => {
            // The tree builder is quadratic in nesting depth: read the text between the tags
            // instead (tags blanked, so spans still point into the HTML).
            problems.push(InputProblem::HtmlTooDeep { depth });
            text::read(&html::blank_tags(&text), &line_index)
        }
        _ => html::read(&text, &line_index),
    };
    let blocks = crawler::split_lines(blocks, &text, &line_index);
    let title = html::page_title(&text, &line_index);
    Document { text, kind, encoding: encoding.to_owned(), bytes, blocks, title, problems, line_index }
}

/// Text that is no HTML (a paste, a .docx's or a PDF's rendered text). Apart from
/// [`read_indexed`] so that a build reading only such text (the PDF module) links no HTML parser.
fn read_text_indexed(text: String, kind: InputKind, encoding: &str, bytes: usize, line_index: LineIndex) -> Document {
    let problems = empty_problem(&text);
    let blocks = crawler::split_lines(text::read(&text, &line_index), &text, &line_index);
    Document { text, kind, encoding: encoding.to_owned(), bytes, blocks, title: None, problems, line_index }
}

/// Only a byte-order mark, zero-width or ideographic spaces: nothing to read.
fn empty_problem(text: &str) -> Vec<InputProblem> {
    if text.chars().all(crate::normalize::is_space) {
        vec![InputProblem::Empty]
    } else {
        Vec::new()
    }
}

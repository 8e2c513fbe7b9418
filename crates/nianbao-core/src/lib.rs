//! nianbao-core: reads Chinese government information-disclosure annual reports
//! (政府信息公开工作年度报告) into a located model and checks them against the rule catalogue.
//!
//! The crate knows nothing of terminals, files or browsers: bytes in, [`Report`] out. It is
//! single-threaded and builds for `wasm32-unknown-unknown`.
//!
//! ```
//! let report = nianbao_core::check("一、总体情况\n".as_bytes(), "a.txt", &Default::default());
//! assert_eq!(report.source, "a.txt");
//! ```

pub mod decode;
pub mod format;
pub mod model;
pub mod normalize;
pub mod read;
pub mod report;
pub mod rules;
pub mod span;

pub use model::{Model, ProblemKind, Template};
pub use read::{InputKind, PagedText, PdfProblem, PdfReader};
pub use report::{Category, CheckOutput, Diagnostic, Report, Severity};
pub use rules::cross::{CrossFinding, Digest};
pub use rules::Selection;
pub use span::Span;

/// Bounds that keep hostile input from exhausting memory or time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Inputs larger than this are not read (a finding says so).
    pub max_input_bytes: usize,
    /// Largest `word/document.xml` a .docx may expand to.
    pub max_docx_xml_bytes: u64,
    /// Most bytes a PDF's streams may inflate to, all together.
    pub max_pdf_decoded_bytes: usize,
    /// Most pages of a PDF that are read.
    pub max_pdf_pages: u32,
    /// Most glyphs a PDF may print (a long report has a few tens of thousands).
    pub max_pdf_glyphs: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 32 * 1024 * 1024,
            max_docx_xml_bytes: 64 * 1024 * 1024,
            max_pdf_decoded_bytes: 128 * 1024 * 1024,
            max_pdf_pages: 200,
            max_pdf_glyphs: 200_000,
        }
    }
}

/// How to read and check an input.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// What the input is, when the caller knows (a `text/html` paste); otherwise sniffed.
    pub kind_hint: Option<InputKind>,
    pub limits: Limits,
    /// Which rules run.
    pub selection: Selection,
    /// Reads PDFs (`nianbao_pdf::read`); without one a PDF gets a finding that says so. The
    /// reader is not part of the core, so that a front end can load it only when it is needed.
    pub pdf_reader: Option<PdfReader>,
    /// Decodes GB18030, Big5 and the like when the core is built without its `encodings`
    /// feature (the embed bundle hands in the browser's `TextDecoder`); ignored with it.
    pub legacy_decoder: Option<decode::LegacyDecoder>,
}

/// Reads bytes into the model without checking them.
pub fn read(bytes: &[u8], name: &str, options: &Options) -> Model {
    model::build(read::read(bytes, name, options))
}

/// Reads and checks one input. `name` is what the report's `source` says (a path, a file name).
pub fn check(bytes: &[u8], name: &str, options: &Options) -> Report {
    check_model(name, read(bytes, name, options), options)
}

/// Checks text that is already decoded (a paste): `kind` says whether it is HTML.
pub fn check_str(text: &str, name: &str, kind: InputKind, options: &Options) -> Report {
    check_model(name, model::build(read::read_str(text, kind)), options)
}

/// A report together with the decoded text its spans point into (for a front end that shows
/// the source and highlights findings in it) and its [`Digest`] (for [`check_set`]).
#[derive(Clone, Debug)]
pub struct Checked {
    pub report: Report,
    pub text: String,
    pub digest: Digest,
    /// For a PDF: where each page's text starts in `text` (byte offset, 1-based page).
    pub page_starts: Vec<(usize, u32)>,
}

/// Like [`check`], keeping the decoded text and the digest.
pub fn check_with_text(bytes: &[u8], name: &str, options: &Options) -> Checked {
    checked(name, read(bytes, name, options), options)
}

/// Like [`check_str`], keeping the text (already decoded: it is `text` itself) and the digest.
pub fn check_str_with_text(text: &str, name: &str, kind: InputKind, options: &Options) -> Checked {
    checked(name, model::build(read::read_str(text, kind)), options)
}

fn checked(name: &str, model: Model, options: &Options) -> Checked {
    let text = model.doc.text.clone();
    let digest = Digest::of(name, &model);
    let mut page_starts: Vec<(usize, u32)> = Vec::new();
    for run in model.doc.line_index.runs() {
        if page_starts.last().is_none_or(|&(_, page)| page != run.place.page) {
            page_starts.push((run.start, run.place.page));
        }
    }
    Checked { report: check_model(name, model, options), text, digest, page_starts }
}

/// Checks what a PDF reader made of a PDF of `bytes` bytes ([`read::read_paged`]): for a front
/// end that runs the PDF reader apart from the core (the web app's lazily loaded module).
pub fn check_paged(paged: Result<PagedText, PdfProblem>, bytes: usize, name: &str, options: &Options) -> Checked {
    checked(name, model::build(read::read_paged(paged, bytes)), options)
}

/// Like [`check_paged`], the report alone: no copy of the text, no digest (for a front end
/// that shows neither, and for the PDF reader judging its candidate readings of one file).
pub fn check_paged_report(paged: Result<PagedText, PdfProblem>, bytes: usize, name: &str, options: &Options) -> Report {
    check_model(name, model::build(read::read_paged(paged, bytes)), options)
}

/// The cross-report checks over reports checked together (their digests, in the order given):
/// this year's report against the same body's of the year before, and reports filed twice.
/// Each finding names the report it belongs to; add it with [`Report::add_findings`].
pub fn check_set(digests: &[Digest], selection: &Selection) -> Vec<CrossFinding> {
    rules::cross::check(digests, selection)
}

fn check_model(name: &str, model: Model, options: &Options) -> Report {
    let diagnostics = rules::run(&model, &options.selection);
    Report::new(name, model, diagnostics)
}

//! nianbao-core: reads Chinese government information-disclosure annual reports
//! (政府信息公开工作年度报告) into a located model and checks them against the rule catalogue.
//!
//! The crate knows nothing of terminals, files or browsers: bytes in, [`Report`] out. It is
//! single-threaded and builds for `wasm32-unknown-unknown`.
//!
//! One way in: [`check`] an [`Input`] (bytes, decoded text, or a PDF's pages read apart)
//! with [`Options`]; [`read`] stops at the model.

pub mod decode;
/// The official formats' vocabulary, from the contract crate.
pub use nianbao_report::format;
pub mod model;
pub mod normalize;
mod options;
pub mod places;
pub mod read;
pub mod report;
pub mod rules;
pub mod spam;
pub mod span;

pub use model::{Model, ProblemKind, Template};
pub use options::{Limits, Options};
pub use read::{InputKind, PagedText, PdfProblem, PdfReader};
pub use report::{Category, CheckOutput, Diagnostic, Report, Severity};
pub use rules::cross::{CrossFinding, Digest};
pub use rules::Selection;
pub use span::Span;

/// What is checked: the one way into the core.
#[derive(Clone, Debug)]
pub enum Input<'a> {
    /// A file's bytes: text in any encoding, HTML, .docx, or a PDF (read by
    /// [`Options::pdf_reader`]); what they are is sniffed, or taken from
    /// [`Options::kind_hint`].
    Bytes(&'a [u8]),
    /// Text already decoded (a paste): plain text, or HTML for a rich paste.
    Text(&'a str, InputKind),
    /// What a PDF reader run apart from the core (the web app's lazily loaded module) made of
    /// a PDF of `bytes` bytes.
    Paged(Result<PagedText, PdfProblem>, usize),
}

impl Input<'_> {
    fn read(self, name: &str, options: &Options) -> read::Document {
        match self {
            Input::Bytes(bytes) => read::read(bytes, name, options),
            Input::Text(text, kind) => read::read_str(text, kind),
            Input::Paged(paged, bytes) => read::read_paged(paged, bytes),
        }
    }
}

/// Reads an input into the model without checking it.
pub fn read(input: Input, name: &str, options: &Options) -> Model {
    model::build(input.read(name, options))
}

/// The model of what a PDF reader made of a PDF ([`Input::Paged`] read alone): the PDF reader
/// judges its candidate readings by it. It is apart from [`read`] so that the PDF module, which
/// calls it, links no other reader — [`read`] dispatches on the input at run time, which puts
/// the HTML parser, the .docx reader and the legacy encodings into any module that calls it.
pub fn read_pages(paged: Result<PagedText, PdfProblem>, bytes: usize) -> Model {
    model::build(read::read_paged(paged, bytes))
}

/// Reads and checks one input. `name` is what the report's `source` says (a path, a file
/// name).
///
/// ```
/// use nianbao_core::{check, Input};
/// let checked = check(Input::Bytes("一、总体情况\n".as_bytes()), "a.txt", &Default::default());
/// assert_eq!(checked.report.source, "a.txt");
/// ```
pub fn check(input: Input, name: &str, options: &Options) -> Checked {
    let mut model = read(input, name, options);
    let diagnostics = rules::run(&model, &options.selection);
    let digest = options.digest.then(|| Digest::of(name, &model));
    let mut page_starts: Vec<(usize, u32)> = Vec::new();
    for run in model.doc.line_index.runs() {
        if page_starts.last().is_none_or(|&(_, page)| page != run.place.page) {
            page_starts.push((run.start, run.place.page));
        }
    }
    // The report keeps no text: it moves out of the model, uncopied.
    let text = std::mem::take(&mut model.doc.text);
    Checked { report: report::build(name, model, diagnostics), text, digest, page_starts }
}

/// A report together with the decoded text its spans point into (for a front end that shows
/// the source and highlights findings in it) and, when [`Options::digest`] asks for it, its
/// [`Digest`] (for [`check_set`]).
#[derive(Clone, Debug)]
pub struct Checked {
    pub report: Report,
    pub text: String,
    pub digest: Option<Digest>,
    /// For a PDF: where each page's text starts in `text` (byte offset, 1-based page).
    pub page_starts: Vec<(usize, u32)>,
}

/// The cross-report checks over reports checked together (their digests, in the order given):
/// this year's report against the same body's of the year before, and reports filed twice.
/// Each finding names the report it belongs to; add it with [`Report::add_findings`].
pub fn check_set(digests: &[Digest], selection: &Selection) -> Vec<CrossFinding> {
    rules::cross::check(digests, selection)
}

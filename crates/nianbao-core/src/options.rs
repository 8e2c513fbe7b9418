//! How to read and check an input: the limits that keep hostile input bounded, the rule
//! selection, and the hooks a front end hands in (a PDF reader, a legacy-encoding decoder).
//! Below the readers, so that they take their limits from here and not from the crate root.

use crate::read::{InputKind, PdfReader};
use crate::rules::Selection;

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
    /// Most glyphs one page may print: a dense A4 page of small type has a few thousand. Finding
    /// a page's columns and tables costs more than linear time in its glyphs, so a page beyond
    /// this (a fuzzer's mutation printed 189 000 glyphs on one page and took 6 s) is not read.
    pub max_pdf_page_glyphs: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 32 * 1024 * 1024,
            max_docx_xml_bytes: 64 * 1024 * 1024,
            max_pdf_decoded_bytes: 128 * 1024 * 1024,
            max_pdf_pages: 200,
            max_pdf_glyphs: 200_000,
            max_pdf_page_glyphs: 20_000,
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
    pub legacy_decoder: Option<crate::decode::LegacyDecoder>,
    /// Whether [`crate::check`] computes the report's [`crate::Digest`] for the cross-report
    /// rules (`check_set`): a front end that checks reports together asks for it; one that
    /// checks one report at a time does not pay for it.
    pub digest: bool,
}

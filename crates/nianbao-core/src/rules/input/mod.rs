//! Input: what kind of file this is and whether it could be read.

mod decode_errors;
mod docx_too_large;
mod empty_input;
mod html_too_deep;
mod input_too_large;
mod not_a_report;
mod pdf_no_text;
mod pdf_unreadable;
mod unsupported_input;

pub(crate) use decode_errors::DecodeErrors;
pub(crate) use docx_too_large::DocxTooLarge;
pub(crate) use empty_input::EmptyInput;
pub(crate) use html_too_deep::HtmlTooDeep;
pub(crate) use input_too_large::InputTooLarge;
pub(crate) use not_a_report::NotAReport;
pub(crate) use pdf_no_text::PdfNoText;
pub(crate) use pdf_unreadable::PdfUnreadable;
pub(crate) use unsupported_input::UnsupportedInput;

use crate::model::Model;
use crate::read::InputProblem;
use crate::span::Span;

/// The problems the reader recorded, with the span they apply to (the whole input).
fn problems(model: &Model) -> impl Iterator<Item = (&InputProblem, Span)> {
    let span = model.doc.span(0..model.doc.text.len());
    model.doc.problems.iter().map(move |p| (p, span))
}

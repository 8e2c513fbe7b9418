//! The output formats. A report is rendered to bytes where it was checked (on a worker
//! thread); the writer only puts the pieces in order between a format's opening and closing
//! text. Every format streams: even `json` and `sarif`, one document each, are written report
//! by report, so memory does not grow with the number of files.

mod csv;
pub mod human;
mod sarif;

use crate::args::{Format, Lang};
use nianbao_core::Report;
use std::io::{self, Write};

/// How reports are rendered (besides the format).
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub format: Format,
    pub lang: Lang,
    /// ANSI colours in code frames.
    pub color: bool,
}

/// What comes before the first report.
pub fn begin(out: &mut impl Write, style: &Style) -> io::Result<()> {
    match style.format {
        Format::Json => write!(
            out,
            "{{\n  \"tool\": \"nianbao\",\n  \"version\": \"{}\",\n  \"reports\": [",
            env!("CARGO_PKG_VERSION")
        ),
        Format::Sarif => sarif::begin(out),
        Format::Csv => csv::header(out),
        Format::Human | Format::Concise | Format::Jsonl => Ok(()),
    }
}

/// One report (with the text its spans point into), rendered (`--no-model` has been applied
/// to it). For `json` and `sarif` the
/// piece is a list item without its separating comma: [`Pieces`] puts those in.
pub fn render(report: &Report, text: &str, style: &Style) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    let written = match style.format {
        Format::Human => human::write_frames(&mut out, report, text, style),
        Format::Concise => human::write_concise(&mut out, report, style.lang),
        Format::Json => {
            // Each report pretty-printed as an item of the document's "reports" list: the
            // formatter starts two levels deep, as if it had written the document's opening.
            use serde_json::ser::Formatter;
            let mut formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
            formatter.begin_object(&mut io::sink()).and_then(|_| formatter.begin_array(&mut io::sink())).and_then(
                |_| {
                    out.extend_from_slice(b"\n    ");
                    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
                    serde::Serialize::serialize(report, &mut ser).map_err(io::Error::from)
                },
            )
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut out, report).map_err(io::Error::from).and_then(|_| out.write_all(b"\n"))
        }
        Format::Csv => csv::rows(&mut out, report),
        Format::Sarif => sarif::results(&mut out, report, text),
    };
    // Writing into a Vec fails only when serialising fails, which these types do not.
    written.expect("a report renders");
    out
}

/// Writes rendered reports in order, with the separators a list needs.
#[derive(Default)]
pub struct Pieces {
    written_any: bool,
}

impl Pieces {
    pub fn write(&mut self, out: &mut impl Write, style: &Style, piece: &[u8]) -> io::Result<()> {
        if piece.is_empty() {
            return Ok(());
        }
        if self.written_any && matches!(style.format, Format::Json | Format::Sarif) {
            out.write_all(b",")?;
        }
        self.written_any = true;
        out.write_all(piece)
    }
}

/// What comes after the last report: the closing of a document, or the closing line.
pub fn end(out: &mut impl Write, style: &Style, checked: usize, with_errors: usize, quiet: bool) -> io::Result<()> {
    match style.format {
        Format::Json => out.write_all(b"\n  ]\n}\n"),
        Format::Sarif => sarif::end(out),
        Format::Human | Format::Concise if !quiet => human::write_total(out, checked, with_errors, style.lang),
        Format::Human | Format::Concise | Format::Csv | Format::Jsonl => Ok(()),
    }
}

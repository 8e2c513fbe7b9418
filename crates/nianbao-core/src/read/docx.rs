//! .docx: `word/document.xml` rendered as text, then read like any pasted text.
//!
//! Paragraphs become lines; tables become `| a | b |` rows in which a cell merged across
//! columns (`w:gridSpan`) appears once and a cell merged down (`w:vMerge` continuation) not at
//! all — the same shape as a table copied from a web page. Spans therefore point into this
//! rendered text, which the report carries as its decoded text.
//!
//! Zip bombs are refused: the declared size of the document part must be under the limit, and
//! the actual decompression stops one byte past it.

use super::zip::{self, ZipError};
use super::InputProblem;
use crate::options::Limits;
use quick_xml::events::Event;

pub(super) fn render_text(bytes: &[u8], limits: &Limits) -> Result<String, InputProblem> {
    let limit = limits.max_docx_xml_bytes;
    let xml = zip::extract(bytes, "word/document.xml", limit).map_err(|e| match e {
        ZipError::NotFound => InputProblem::NotDocx,
        ZipError::TooLarge { declared } => InputProblem::DocxTooLarge { declared, limit },
        ZipError::Corrupt(why) => InputProblem::DocxCorrupt(why.to_owned()),
    })?;
    let xml = String::from_utf8(xml).map_err(|_| InputProblem::DocxCorrupt("document.xml is not UTF-8".into()))?;
    render_document_xml(&xml).map_err(InputProblem::DocxCorrupt)
}

#[derive(Default)]
struct TableState {
    rows: Vec<Vec<Option<String>>>,
    /// The row being read; `None` entries are vertically merged continuations.
    row: Vec<Option<String>>,
    cell: String,
    cell_is_continuation: bool,
}

/// Renders WordprocessingML body text. Nested tables are flattened into their cell's text.
fn render_document_xml(xml: &str) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    let mut paragraph = String::new();
    let mut tables: Vec<TableState> = Vec::new();
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| format!("XML: {e}"))?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => tables.push(TableState::default()),
                "tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.row.clear();
                    }
                }
                "tc" => {
                    if let Some(t) = tables.last_mut() {
                        t.cell.clear();
                        t.cell_is_continuation = false;
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => paragraph.push('\t'),
                "br" | "cr" => paragraph.push(' '),
                "vMerge" => {
                    // `<w:vMerge/>` (no val, or val="continue") continues the cell above.
                    let restart = e
                        .attributes()
                        .flatten()
                        .any(|a| a.key.local_name().as_ref() == "val" && a.value.as_ref() == "restart");
                    if let Some(t) = tables.last_mut() {
                        t.cell_is_continuation = !restart;
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                paragraph.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.push(c);
                } else {
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r.xml10_content()) {
                        paragraph.push_str(s);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let text = std::mem::take(&mut paragraph);
                    match tables.last_mut() {
                        Some(t) => {
                            // Paragraphs inside a cell join up: `本年新` + `制作数量`.
                            if !t.cell.is_empty() && !text.is_empty() && ends_and_starts_with_digit(&t.cell, &text) {
                                t.cell.push(' ');
                            }
                            t.cell.push_str(&text);
                        }
                        None => {
                            out.push_str(&text);
                            out.push('\n');
                        }
                    }
                }
                "tc" => {
                    if let Some(t) = tables.last_mut() {
                        let text = std::mem::take(&mut t.cell);
                        t.row.push((!t.cell_is_continuation).then_some(text));
                    }
                }
                "tr" => {
                    if let Some(t) = tables.last_mut() {
                        let row = std::mem::take(&mut t.row);
                        t.rows.push(row);
                    }
                }
                "tbl" => {
                    if let Some(t) = tables.pop() {
                        let rendered = render_rows(&t.rows);
                        match tables.last_mut() {
                            Some(outer) => outer.cell.push_str(&rendered.replace('\n', " ")),
                            None => out.push_str(&rendered),
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn ends_and_starts_with_digit(a: &str, b: &str) -> bool {
    a.chars().last().is_some_and(|c| c.is_ascii_digit()) && b.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn render_rows(rows: &[Vec<Option<String>>]) -> String {
    let mut out = String::new();
    for row in rows {
        out.push('|');
        for cell in row.iter().flatten() {
            out.push(' ');
            // A `|` inside a cell would split it; the full-width bar reads the same.
            out.push_str(&cell.replace('|', "｜").replace(['\n', '\r'], " "));
            out.push_str(" |");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_cells_appear_once() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>
            <w:tbl>
              <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>本年新</w:t></w:r></w:p><w:p><w:r><w:t>制作&amp;数量</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl></w:body></w:document>"#;
        let text = render_document_xml(xml).unwrap();
        assert_eq!(text, "二、主动公开政府信息情况\n| 规章 | 1 |\n| 本年新制作&数量 |\n");
    }

    #[test]
    fn broken_archives_are_reported() {
        let limits = Limits::default();
        assert!(matches!(render_text(b"PK\x03\x04garbage", &limits), Err(InputProblem::DocxCorrupt(_))));
    }
}

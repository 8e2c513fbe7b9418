//! What every check must hold, whatever its input: more than "no panic".

use nianbao_core::{Checked, Input, InputKind, Options, Span};

fn in_text(text: &str, span: &Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
}

/// Every span lies inside the text and on character boundaries; a cell of a text input slices
/// to its printed text; the report serialises and reads back as the same value (the contract's
/// types, from which docs/report.schema.json is generated); checking the same input again gives
/// the same report.
pub fn hold(checked: &Checked, again: impl Fn() -> Checked) {
    let text = &checked.text;
    let report = &checked.report;
    for d in &report.diagnostics {
        in_text(text, &d.span, &d.code);
        for r in d.related.iter().filter(|_| d.related_source.is_none()) {
            in_text(text, r, &d.code);
        }
    }
    for s in &report.sections {
        in_text(text, &s.span, "section");
    }
    let tables = &report.tables;
    let cells = tables
        .applications
        .iter()
        .flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter()))
        .chain(tables.active_disclosure.iter().flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter())))
        .chain(tables.review_litigation.iter().flat_map(|t| t.cells.iter()));
    for cell in cells {
        in_text(text, &cell.span, "cell");
        if report.input.kind == InputKind::Text
            && !cell.missing
            && !cell.text.is_empty()
            && cell.span.start < cell.span.end
        {
            // White space and line breaks (a lone CR) are the reader's to normalise.
            let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>();
            let printed = &text[cell.span.start..cell.span.end];
            assert!(
                visible(printed).contains(&visible(&cell.text)),
                "cell {:?} at {:?} slices to {printed:?}",
                cell.text,
                cell.span
            );
        }
    }
    let json = serde_json::to_string(report).expect("the report serialises");
    let back: nianbao_core::Report = serde_json::from_str(&json).expect("the report's JSON reads back");
    assert!(back == *report, "the report's JSON reads back as another report");
    let second = serde_json::to_string(&again().report).expect("the report serialises");
    assert_eq!(json, second, "a second check of the same input gives another report");
}

pub fn check_text(text: &str, kind: InputKind) {
    let run = || nianbao_core::check(Input::Text(text, kind), "fuzz", &Options::default());
    hold(&run(), run);
}

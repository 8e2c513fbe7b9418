//! The report crosses process and WebAssembly boundaries as data (JSON for the CLI, a JS object
//! from the checker worker to the web UI): what the core builds reads back as the same value.

mod common;

use nianbao_core::{Input, Options, Report};

#[test]
fn every_seed_report_reads_back_from_its_json() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let report = nianbao_core::check(Input::Bytes(&common::fixture(prefix)), prefix, &Options::default()).report;
        let json = serde_json::to_string(&report).unwrap();
        let back: Report = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{prefix}: {e}"));
        assert_eq!(back, report, "{prefix}");
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{prefix}");
    }
}

#[test]
fn a_pdf_span_keeps_its_page_and_box() {
    let span = nianbao_core::Span {
        start: 3,
        end: 9,
        line: 2,
        column: 1,
        page: Some(nianbao_core::span::PageBox { page: 3, left: 10, top: 20, right: 30, bottom: 40 }),
    };
    let json = serde_json::to_value(span).unwrap();
    assert_eq!(json["box"], serde_json::json!([10, 20, 30, 40]));
    assert_eq!(serde_json::from_value::<nianbao_core::Span>(json).unwrap(), span);
}

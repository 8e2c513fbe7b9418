//! PDFs as offices publish them read back as what went into them.
//!
//! `tests/fixtures/pdf/` holds a real published report (淮安市人民政府 2024, exported from
//! Word/WPS with Identity-H CID fonts) and generated reports printed to PDF by LibreOffice
//! (`scripts/make_pdf_fixtures.sh`) from the committed HTML beside them, in several layouts.

use nianbao_core::{Options, Report, Severity};
use serde_json::{json, Value};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../../tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn options() -> Options {
    Options { pdf_reader: Some(nianbao_pdf::read), ..Options::default() }
}

fn check(name: &str) -> Report {
    nianbao_core::check(nianbao_core::Input::Bytes(&fixture(name)), name, &options()).report
}

/// What a report says, without where it says it: format, year, body, date, section titles and
/// every table value, by row.
fn contents(report: &Report) -> Value {
    let mut tables = serde_json::to_value(&report.tables).unwrap();
    strip_spans(&mut tables);
    let sections: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
    json!({
        "template": report.template,
        "year": report.year,
        "agency": report.agency,
        "published": report.published,
        "sections": sections,
        "tables": tables,
    })
}

fn strip_spans(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("span");
            map.remove("cells");
            map.values_mut().for_each(strip_spans);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_spans),
        _ => {}
    }
}

/// Errors and warnings, but NB708 and NB711: the generated sources' 总体情况 is one sentence
/// (printed to PDF before the rule existed), which NB708 rightly finds thin — in the PDF and its
/// source alike; and 淮安市人民政府's real 2024 report gives no 社会评议 or 责任追究 results,
/// which NB711 rightly reports. Neither is about reading.
fn problems(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info && !["NB708", "NB711"].contains(&&*d.code))
        .map(|d| format!("{} {}", d.code, d.message.zh))
        .collect()
}

#[test]
fn generated_pdfs_read_back_as_their_sources() {
    for layout in ["bordered-2021", "bordered-2019", "split-2021", "borderless-2021"] {
        let source = check(&format!("{layout}.html"));
        let pdf = check(&format!("{layout}.pdf"));
        assert_eq!(serde_json::to_value(pdf.input.kind).unwrap(), "pdf");
        assert!(problems(&source).is_empty(), "{layout}.html: {:#?}", problems(&source));
        assert_eq!(contents(&pdf), contents(&source), "{layout}");
        assert!(problems(&pdf).is_empty(), "{layout}.pdf: {:#?}", problems(&pdf));
    }
}

#[test]
fn the_published_sample_reads_right() {
    let report = check("huaian_szf_2024.pdf");
    // Checked by hand against the printed pages.
    insta::assert_json_snapshot!("huaian_szf_2024", contents(&report));
    assert!(problems(&report).is_empty(), "{:#?}", problems(&report));
    // Every cell knows its page and box: table 3 starts on page 4 and goes on over page 5.
    let rows = &report.tables.applications.as_ref().unwrap().rows;
    let pages: Vec<u32> = rows.iter().map(|r| r.span.page.unwrap().page).collect();
    assert_eq!((pages.first(), pages.last()), (Some(&4), Some(&5)));
    let total = rows.iter().find(|r| r.id.id() == "3.7").unwrap();
    let place = total.cells.last().unwrap().span.page.unwrap();
    assert_eq!(place.page, 5);
    assert!(place.left > 400 && place.right <= 530 && place.top < place.bottom, "{place:?}");
}

#[test]
fn the_real_blank_template_printed_by_libreoffice_reads_back_as_its_docx() {
    // The real blank 2021 template as offices receive it, printed to PDF. Three things the
    // reader's table detector gets wrong, each rebuilt from the ruling lines: a rule it cannot
    // close between table 3's rows 一 and 二; table 3's last row alone at the top of page 3,
    // where it sees no table; table 4's row of blank cells, which it drops. And every line
    // here is short: no paragraph runs on to the next line (一、总体情况 / （文字描述）).
    let docx = check("template_2021_blank.docx");
    let pdf = check("template_2021_blank.pdf");
    assert_eq!(contents(&pdf), contents(&docx));
    assert_eq!(problems(&pdf), problems(&docx));
    let rows: Vec<&str> = pdf.tables.applications.as_ref().unwrap().rows.iter().map(|r| r.id.id()).collect();
    assert_eq!(rows.last(), Some(&"4"));
    let last = pdf.tables.applications.as_ref().unwrap().rows.last().unwrap();
    assert_eq!(last.span.page.map(|p| p.page), Some(3));
}

#[test]
fn a_wrong_cell_in_a_pdf_is_found_and_placed_on_its_page() {
    let source = check("faulty-2021.html");
    let pdf = check("faulty-2021.pdf");
    assert_eq!(contents(&pdf), contents(&source));
    let codes = |r: &Report| r.diagnostics.iter().map(|d| d.code.to_string()).collect::<Vec<_>>();
    assert_eq!(codes(&pdf), codes(&source));
    let wrong = pdf.diagnostics.iter().find(|d| d.code == "NB300").expect("the wrong cell is named");
    assert_eq!(wrong.expected.as_deref(), Some("274"));
    let place = wrong.span.page.expect("a PDF finding has a page");
    assert!(place.left < place.right && place.top < place.bottom);
    // The cell's box is one cell, not the row: narrower than a fifth of the page.
    assert!(place.right - place.left < 120, "{place:?}");
}

#[test]
fn tables_without_ruling_lines_that_do_not_add_up_are_declared_unreadable_not_guessed() {
    // Rebuilt from where the words are, table 3 would not add up: whether the rebuild or the
    // report is wrong can't be told, so the tables are not read.
    let source = check("borderless-faulty-2021.html");
    assert!(source.diagnostics.iter().any(|d| d.code == "NB300"), "the source has the wrong cell");
    let pdf = check("borderless-faulty-2021.pdf");
    let borderless = pdf.diagnostics.iter().find(|d| d.code == "NB009").expect("the borderless tables are reported");
    assert!(borderless.message.zh.contains("没有框线"), "{}", borderless.message.zh);
    assert!(pdf.summary.errors > 0);
    // Whatever the PDF's tables gave is what the source says: nothing is made up.
    let rows = |r: &Report| {
        let tables = serde_json::to_value(&r.tables).unwrap();
        let mut rows: Vec<(String, Value)> = Vec::new();
        for table in ["active_disclosure", "applications"] {
            for row in tables[table]["rows"].as_array().into_iter().flatten() {
                rows.push((row["label"].to_string(), row["values"].clone()));
            }
        }
        rows
    };
    let known = rows(&source);
    for row in rows(&pdf) {
        assert!(known.contains(&row), "{row:?} is not in the source");
    }
}

fn codes(report: &Report) -> Vec<&str> {
    report.diagnostics.iter().map(|d| &*d.code).collect()
}

/// 洪泽区人民政府 2023 and 2024 as published (WPS export, edited in a PDF editor): the last
/// paragraphs of 一、总体情况 and the heading 二、 sit in a framed box the reader's detector takes
/// for the top of table 2, and table 3's row `2.其他法律行政法规禁止公开` lost three characters.
/// Both read as what they are: the box as prose (its heading a section), the row as 3.3.2 with
/// its values (noted as a label variant); the 2023 report's wrong table-4 totals, a real
/// defect an auditor found, are still reported.
#[test]
fn the_wps_reports_read_their_framed_prose_and_their_garbled_label() {
    for (name, year) in
        [("040_huaian_hongze_qu_2023_wps_pdf.pdf", 2023), ("041_huaian_hongze_qu_2024_wps_pdf.pdf", 2024)]
    {
        let report = check(name);
        assert_eq!(report.year, Some(year));
        let standard: Vec<&str> = report.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(standard.len(), 6, "{name}: {standard:?}");
        assert!(standard.contains(&"主动公开政府信息情况"), "{name}: {standard:?}");
        let codes = codes(&report);
        for misread in ["NB101", "NB105", "NB107", "NB109"] {
            assert!(!codes.contains(&misread), "{name}: {codes:?}");
        }
        let t3 = report.tables.applications.as_ref().unwrap();
        let row = t3.row(nianbao_core::format::T3Row::RefusedByLaw).expect("the garbled row is read");
        assert_eq!(row.total(), Some(0.0));
        let variant = report.diagnostics.iter().find(|d| d.code == "NB203").expect("the label is noted");
        assert_eq!(variant.found.as_deref(), Some("2.其他法律行政止公开"));
        assert!(variant.span.page.is_some(), "a PDF finding names its page");
    }
    let report_2023 = check("040_huaian_hongze_qu_2023_wps_pdf.pdf");
    let codes_2023 = codes(&report_2023);
    assert_eq!(codes_2023.iter().filter(|c| **c == "NB305").count(), 2, "{codes_2023:?}");
    assert_eq!(check("041_huaian_hongze_qu_2024_wps_pdf.pdf").summary.errors, 0);
}

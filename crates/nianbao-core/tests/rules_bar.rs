//! The bar the rule catalogue must meet (issue "Rules"):
//! - a correctly filled report of either format, in any serialisation, gets no error and no
//!   warning;
//! - every single-cell change to table 3 or 4 of a seed is caught by an arithmetic error whose
//!   span or related spans include the changed cell.

mod common;

use common::{Format, Style, ALL_STYLES};
use nianbao_core::{Category, Options, Severity};

#[test]
fn correct_reports_get_no_error_and_no_warning() {
    for format in [Format::F2019, Format::F2021] {
        for seed in 0..6 {
            let v = common::consistent(format, seed);
            for style in ALL_STYLES {
                let (bytes, name) = common::render(&v, style, common::Encoding::Utf8);
                let report = nianbao_core::check(nianbao_core::Input::Bytes(&bytes), name, &Options::default()).report;
                let loud: Vec<_> = report.diagnostics.iter().filter(|d| d.severity != Severity::Info).collect();
                assert!(loud.is_empty(), "{format:?} {style:?} seed {seed}: {loud:#?}");
            }
        }
    }
}

fn seed(name: &str) -> String {
    String::from_utf8(common::fixture(name)).expect("UTF-8 seed")
}

#[test]
fn every_single_cell_change_is_caught_at_that_cell() {
    let options = Options::default();
    for name in ["000", "002", "003", "004"] {
        let text = seed(name);
        let model = nianbao_core::read(nianbao_core::Input::Bytes(text.as_bytes()), "seed.txt", &options);
        let t = &model.tables;
        let cells: Vec<_> = t
            .applications
            .iter()
            .flat_map(|a| a.rows.iter().flat_map(|r| r.cells.iter()))
            .chain(t.review_litigation.iter().flat_map(|r| r.cells.iter()))
            .collect();
        assert!(cells.len() > 100, "seed {name}");
        for cell in cells {
            let (range, replacement) = match cell.value() {
                Some(v) => (cell.span.range(), format!("{}", v as i64 + 1)),
                // A blank cell is located at its separator: write a number before it.
                None => (cell.span.start..cell.span.start, "1".to_owned()),
            };
            let mut changed = text.clone();
            changed.replace_range(range, &replacement);
            let report =
                nianbao_core::check(nianbao_core::Input::Bytes(changed.as_bytes()), "seed.txt", &options).report;
            let at = cell.span.start;
            let caught = report.diagnostics.iter().any(|d| {
                d.category == Category::Arithmetic
                    && d.severity == Severity::Error
                    && (d.span.start == at || d.related.iter().any(|r| r.start == at))
            });
            assert!(
                caught,
                "seed {name}: changing {:?} at line {} col {} went unnoticed",
                cell.text, cell.span.line, cell.span.column
            );
        }
    }
}

#[test]
fn html_with_merged_cells_is_checked_like_text() {
    let mut v = common::consistent(Format::F2021, 3);
    // One wrong cell in the 2021 table 3, row 3.1, column 自然人.
    v.t3[2][0] += 1;
    let (bytes, name) = common::render(&v, Style::Html, common::Encoding::Utf8);
    let report = nianbao_core::check(nianbao_core::Input::Bytes(&bytes), name, &Options::default()).report;
    let suspect = report.diagnostics.iter().find(|d| d.code == "NB300").expect("the wrong cell is named");
    assert_eq!(suspect.found.as_deref(), Some(&*(v.t3[2][0]).to_string()));
}

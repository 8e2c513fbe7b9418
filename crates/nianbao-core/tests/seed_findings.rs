//! What each seed must raise (FORMAT.md §11), and nothing else: every category has findings
//! where the seeds have that defect and none where they don't.

mod common;

use nianbao_core::Options;

fn codes(name: &str) -> Vec<String> {
    let report =
        nianbao_core::check(nianbao_core::Input::Bytes(&common::fixture(name)), name, &Options::default()).report;
    let mut codes: Vec<String> = report.diagnostics.iter().map(|d| d.code.to_string()).collect();
    codes.sort();
    codes
}

#[test]
fn seed_000_a_2019_report_in_the_2021_format() {
    // D04 template; D01 (七)总计 in two columns; N-2; D05 ×2; D07; D10; D26 (no date, no title).
    assert_eq!(
        codes("000"),
        ["NB201", "NB203", "NB203", "NB205", "NB206", "NB303", "NB303", "NB506", "NB507", "NB602"]
    );
}

#[test]
fn seed_001_legacy_with_injected_spam() {
    // D16 ×3; S-10 fees and review/litigation missing; D21; D26 (the name was replaced by
    // spam, so no title or signature names the body). Its 附表 sums hold (L-1…L-4).
    assert_eq!(codes("001"), ["NB113", "NB113", "NB114", "NB507", "NB701", "NB701", "NB701"]);
}

#[test]
fn seed_002_a_clean_2021_report() {
    // D05 规范性文件; D17 page footer. No error, no warning.
    assert_eq!(codes("002"), ["NB203", "NB702"]);
}

#[test]
fn seed_003_a_2019_report_with_blank_cells() {
    // D06 本年新; D12 unit in a cell; D11 blank table 4; D26 no date; a county government
    // that reports 考核 but no 社会评议 or 责任追究 results (条例第五十条).
    assert_eq!(codes("003"), ["NB204", "NB401", "NB409", "NB506", "NB711"]);
}

#[test]
fn seed_004_a_2020_report() {
    // D06; D22 ×2; D15; D17 login furniture; D26.
    assert_eq!(codes("004"), ["NB204", "NB306", "NB306", "NB408", "NB506", "NB702"]);
}

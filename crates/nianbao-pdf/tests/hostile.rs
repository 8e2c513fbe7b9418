//! PDFs that cannot be read, or are built to hurt a reader, get a clear problem — never a
//! panic, a hang or a clean bill. Made by `scripts/make_hostile_pdfs.py`.

use nianbao_core::{Limits, Options, PdfProblem, Severity};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../../tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> Result<nianbao_pdf::PagedText, PdfProblem> {
    nianbao_pdf::read(&fixture(name), &Limits::default())
}

#[test]
fn a_scan_has_no_text_layer() {
    assert_eq!(read("hostile/scan.pdf"), Err(PdfProblem::NoText { pages: 2 }));
}

#[test]
fn fonts_without_unicode_mapping_are_not_read_as_garbage() {
    assert!(matches!(read("hostile/unmapped.pdf"), Err(PdfProblem::Unmapped { share }) if share > 200));
}

#[test]
fn an_empty_user_password_opens_and_a_real_one_is_reported() {
    let opened = read("hostile/encrypted-empty.pdf").expect("AES-256 with an empty user password opens");
    assert_eq!(opened.text, read("bordered-2021.pdf").unwrap().text);
    assert_eq!(read("hostile/encrypted-user.pdf"), Err(PdfProblem::Encrypted));
}

#[test]
fn a_decompression_bomb_stops_at_the_limit() {
    let limits = Limits { max_pdf_decoded_bytes: 1024 * 1024, ..Limits::default() };
    let read = nianbao_pdf::read(&fixture("hostile/bomb.pdf"), &limits);
    assert!(matches!(read, Err(PdfProblem::Corrupt { .. }) | Err(PdfProblem::NoText { .. })), "{read:?}");
}

#[test]
fn runaway_structures_and_sizes_are_refused() {
    // 50 000 nested arrays: no stack overflow, no text.
    assert!(read("hostile/deep.pdf").is_err());
    // Far more glyphs than any report: refused before the table detection.
    assert!(matches!(read("hostile/huge-page.pdf"), Err(PdfProblem::TooManyGlyphs { .. })));
    // Pages past the limit are not read, and the report says so.
    let limits = Limits { max_pdf_pages: 20, ..Limits::default() };
    let many = nianbao_pdf::read(&fixture("hostile/many-pages.pdf"), &limits).unwrap();
    assert_eq!(many.problems, [PdfProblem::TooManyPages { limit: 20 }]);
    assert_eq!(many.pages, 20);
}

#[test]
fn a_page_far_denser_than_any_report_is_refused_before_its_layout_is_analysed() {
    // A fuzzer's mutations of a fixture (../shared/samples/fuzz/): one page printing 163 000
    // and 189 000 glyphs, whose column and table analysis took 0.8 s and 4.4 s natively.
    for (name, glyphs) in [("hostile/fuzz-dense-page-163k.pdf", 162_745), ("hostile/fuzz-dense-page-189k.pdf", 189_233)]
    {
        let read = read(name);
        assert_eq!(read, Err(PdfProblem::DensePage { page: 1, glyphs, limit: 20_000 }), "{name}");
    }
    // The real reports' pages are far below the limit.
    for name in ["huaian_szf_2024.pdf", "040_huaian_hongze_qu_2023_wps_pdf.pdf"] {
        assert!(read(name).is_ok(), "{name}");
    }
}

#[test]
fn a_broken_cross_reference_table_is_rebuilt() {
    let read = read("hostile/broken-xref.pdf").expect("the objects are found by scanning");
    assert!(read.text.contains("四、结转下年度继续办理"));
}

#[test]
fn every_unreadable_pdf_is_an_error_finding() {
    let options = Options { pdf_reader: Some(nianbao_pdf::read), ..Options::default() };
    for name in ["scan", "unmapped", "encrypted-user", "deep", "huge-page"] {
        let report =
            nianbao_core::check(nianbao_core::Input::Bytes(&fixture(&format!("hostile/{name}.pdf"))), name, &options)
                .report;
        let error = report.diagnostics.iter().find(|d| d.severity == Severity::Error);
        let error = error.unwrap_or_else(|| panic!("{name}: no error"));
        assert!(["NB008", "NB009"].contains(&&*error.code), "{name}: {}", error.code);
        assert!(error.message.zh.contains("PDF") || error.message.zh.contains("扫描件"), "{name}");
    }
}

#[test]
fn damaged_copies_never_panic() {
    // Bytes overwritten at spread-out places and the file cut short: each read ends with text
    // or a problem.
    let base = fixture("bordered-2021.pdf");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for round in 0..60 {
        let mut bytes = base.clone();
        for _ in 0..(1 + round % 8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state % bytes.len() as u64) as usize;
            bytes[at] = (state >> 32) as u8;
        }
        if round % 5 == 4 {
            bytes.truncate(bytes.len() * (round % 9 + 1) / 10);
        }
        let _ = nianbao_pdf::read(&bytes, &Limits::default());
    }
}

//! Hostile and broken input: whatever the bytes, reading and checking end with a report, never
//! a panic, and say in Chinese what went wrong.

use nianbao_core::{InputKind, Options, Severity};
use proptest::prelude::*;

fn check(bytes: &[u8], name: &str) -> nianbao_core::Report {
    nianbao_core::check(nianbao_core::Input::Bytes(bytes), name, &Options::default()).report
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = check(&bytes, "x.txt");
        let _ = check(&bytes, "x.html");
    }

    /// Text made of the characters tables are made of: pipes, tabs, digits, labels, markup.
    #[test]
    fn table_like_text_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
        "|", "||||", "\t", "\n", "\r\n", " ", "0", "12", "-3", "1,005.8", "万元", "一、本年新收政府信息公开申请数量",
        "(七)总计", "第二十条第(一)项", "信息内容", "行政复议", "总计", "三、", "<td rowspan=3>", "</td>", "<tr>", "<table>",
        "&nbsp;", "&#x4e00;", "二、主动公开政府信息情况", "2019年", "统计期限为", "１２", "\u{feff}", "—",
    ]), 0..200)) {
        let text: String = parts.concat();
        let report = check(text.as_bytes(), "x.txt");
        // No clean bill unless the three tables were read (or the report predates them).
        let t = &report.tables;
        let tables_read = t.active_disclosure.is_some() && t.applications.is_some() && t.review_litigation.is_some();
        prop_assert!(
            report.summary.errors > 0 || tables_read || report.template == nianbao_core::Template::Legacy,
            "0 errors without tables: {:?}", text
        );
        // Every span points inside the text.
        for d in &report.diagnostics {
            prop_assert!(d.span.end <= text.len() && d.span.start <= d.span.end);
        }
        let _ = check(text.as_bytes(), "x.html");
    }
}

#[test]
fn each_unreadable_input_gets_a_chinese_error() {
    // Found by the property test: a byte-order mark alone is empty, not a clean report.
    for blank in ["\u{feff}", "\u{feff} \u{3000}\u{200b}\n", "\u{a0}"] {
        let report = check(blank.as_bytes(), "blank.txt");
        assert!(report.diagnostics.iter().any(|d| d.code == "NB002"), "{blank:?}: {:?}", report.diagnostics);
    }
    let mut docx_bomb = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    docx_bomb.start_file("word/document.xml", opts).unwrap();
    // 8 MiB of text against a 1 MiB limit (the default limit is 64 MiB; a smaller one keeps the
    // test fast while exercising the same path).
    std::io::Write::write_all(&mut docx_bomb, &vec![b'a'; 8 * 1024 * 1024]).unwrap();
    let docx_bomb = docx_bomb.finish().unwrap().into_inner();
    assert!(docx_bomb.len() < 100_000, "a real bomb: small archive, huge content");

    let mut not_docx = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    not_docx.start_file("readme.txt", opts).unwrap();
    let not_docx = not_docx.finish().unwrap().into_inner();

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "NB002"),
        ("a.pdf", b"%PDF-1.7\n1 0 obj".to_vec(), "NB009"),
        ("a.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "NB001"),
        ("a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec(), "NB001"),
        ("bomb.docx", docx_bomb, "NB004"),
        ("a.zip", not_docx, "NB001"),
        ("broken.docx", b"PK\x03\x04\x14\0\0\0".to_vec(), "NB001"),
        ("novel.txt", "第一章\n天色已晚，他推开窗，望见远处的灯火。\n".as_bytes().to_vec(), "NB006"),
    ];
    let options = Options {
        limits: nianbao_core::Limits { max_docx_xml_bytes: 1024 * 1024, ..Default::default() },
        ..Default::default()
    };
    for (name, bytes, code) in cases {
        let report = nianbao_core::check(nianbao_core::Input::Bytes(&bytes), name, &options).report;
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{name}: {:#?}", report.diagnostics));
        assert_eq!(d.severity, Severity::Error, "{name}");
        assert!(d.message.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{name}: Chinese message");
        assert_eq!(report.template, nianbao_core::Template::Unknown, "{name}");
    }
}

#[test]
fn a_huge_input_is_refused_before_reading() {
    let options =
        Options { limits: nianbao_core::Limits { max_input_bytes: 1000, ..Default::default() }, ..Default::default() };
    let report = nianbao_core::check(nianbao_core::Input::Bytes(&vec![b'a'; 5000]), "big.txt", &options).report;
    assert_eq!(report.input.kind, InputKind::Unsupported);
    assert_eq!(report.diagnostics[0].code, "NB003");
}

#[test]
fn malformed_and_deep_html_is_read_without_hanging() {
    let deep = "<div>".repeat(20_000) + "一、总体情况" + &"</div>".repeat(10);
    let report = check(deep.as_bytes(), "deep.html");
    assert_eq!(report.input.kind, InputKind::Html);
    let spans = "<table><tr><td rowspan=65535 colspan=65535>x</td></tr>".repeat(200);
    let _ = check(spans.as_bytes(), "spans.html");
    let unclosed = "<table><tr><td>一、本年新收政府信息公开申请数量<td>1<td>0".repeat(500);
    let _ = check(unclosed.as_bytes(), "unclosed.html");
}

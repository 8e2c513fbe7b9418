//! Writes the HTML reports that `scripts/make_pdf_fixtures.sh` prints to PDF with LibreOffice
//! (tests/fixtures/pdf/): generated reports of both formats in several layouts — bordered
//! tables, borderless tables, table 3 split over a page break, and with table 3 not adding up
//! (a cell 5 too high), bordered and borderless. The .html sources are
//! committed with their PDFs: the PDF tests check that each PDF reads back as its source does.
//!
//! Run: `cargo run -p nianbao-core --example gen_pdf_sources -- DIR`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Format, Style};
use std::path::PathBuf;

/// Prose that pushes table 3 down the page, so that the page break falls inside it.
fn filler(paragraphs: usize) -> String {
    (0..paragraphs)
        .map(|i| {
            format!(
                "<p>（{}）本机关持续完善政府信息公开工作机制，规范依申请公开办理流程，做好答复和归档工作。</p>\n",
                i + 1
            )
        })
        .collect()
}

/// How a layout changes the rendered HTML.
type Layout<'a> = dyn Fn(String) -> String + 'a;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: gen_pdf_sources DIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&dir).expect("the output directory can be created");
    let bordered =
        |html: String| html.replace("<table border=\"1\">", "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    let borderless = |html: String| {
        html.replace("<table border=\"1\">", "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\">")
            .replace("<style>td{border:1px}</style>", "")
    };
    let split = |html: String| {
        let heading = "<p>三、收到和处理政府信息公开申请情况</p>";
        bordered(html.replace(heading, &format!("{}{heading}", filler(14))))
    };
    let layouts: [(&str, Format, u64, &Layout<'_>); 6] = [
        ("bordered-2021", Format::F2021, 11, &bordered),
        ("bordered-2019", Format::F2019, 12, &bordered),
        ("borderless-2021", Format::F2021, 13, &borderless),
        ("split-2021", Format::F2021, 14, &split),
        ("faulty-2021", Format::F2021, 15, &bordered),
        ("borderless-faulty-2021", Format::F2021, 16, &borderless),
    ];
    for (name, format, seed, layout) in layouts {
        let mut values = common::consistent_up_to(format, seed, 300);
        if name.contains("faulty") {
            // 一、本年新收 by 自然人: its row total and 一 + 二 = 三 + 四 no longer hold.
            values.t3[0][0] += 5;
        }
        let html = layout(common::render_string(&values, Style::Html));
        std::fs::write(dir.join(format!("{name}.html")), html).expect("a source can be written");
    }
}

//! Real forms a report arrives in, read as the report they are: each is built from a seed or
//! a template the way the tool that makes it does, and must read as its source does — or be
//! declared unreadable — never raise a finding its source does not.

mod common;

use nianbao_core::{check, Input, Options, Report};

fn report(text: &str, name: &str) -> Report {
    check(Input::Text(text, nianbao_core::InputKind::Text), name, &Options::default()).report
}

/// A cell's number as the core reads it.
fn number(text: &str) -> Option<f64> {
    match nianbao_core::normalize::cell_value(text) {
        nianbao_core::normalize::CellValue::Number(n) => Some(n.value),
        _ => None,
    }
}

/// Table 3 as read: each row's id and values.
fn t3_values(report: &Report) -> Vec<(String, Vec<Option<f64>>)> {
    let t3 = report.tables.applications.as_ref().expect("table 3");
    t3.rows.iter().map(|row| (row.id.id().to_owned(), row.values.iter().map(|v| v.map(|n| n.0)).collect())).collect()
}

fn codes(report: &Report) -> Vec<&str> {
    let mut codes: Vec<&str> = report.diagnostics.iter().map(|d| &*d.code).collect();
    codes.sort_unstable();
    codes
}

/// What a PDF→Markdown converter makes of a report: the title as `#`, the six sections as
/// `##`, their parts as `###`.
fn as_markdown(text: &str) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, &line) in lines.iter().enumerate() {
        // Table cells (one a line, closed by `|` on the next) are no headings.
        let closer = |l: &&str| !l.trim().is_empty() && l.trim().chars().all(|c| c == '|');
        let in_table = line.contains('|') || lines.get(i + 1).is_some_and(closer);
        let heading =
            line.starts_with(['一', '二', '三', '四', '五', '六']) && line.contains('、') && !line.contains('|');
        let part = line.starts_with('(') || line.starts_with('（');
        if i == 0 && line.contains("年度报告") {
            out.push_str("# ");
        } else if in_table {
        } else if heading && line.chars().count() < 30 {
            out.push_str("## ");
        } else if part && line.chars().count() < 20 {
            out.push_str("### ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn markdown_headings_are_headings() {
    for seed in ["002", "003", "004"] {
        let text = String::from_utf8(common::fixture(seed)).unwrap();
        let markdown = as_markdown(&text);
        assert!(markdown.contains("\n## 一、总体情况"), "seed {seed} has its headings marked");
        let (plain, md) = (report(&text, "seed.txt"), report(&markdown, "seed.md"));
        assert_eq!(md.sections.len(), plain.sections.len(), "seed {seed}");
        assert_eq!(md.agency, plain.agency, "seed {seed}");
        assert!(!md.agency.as_deref().unwrap_or("").contains('#'));
        assert_eq!(codes(&md), codes(&plain), "seed {seed}");
    }
    let template = include_str!("../../../tests/fixtures/templates/TEMPLATE-2021.txt");
    let md = report(&as_markdown(template), "template.md");
    assert!(md.diagnostics.iter().all(|d| d.code != "NB101"), "{:?}", codes(&md));
}

/// A saved portal page: a breadcrumb, the title as a `标题：` field, and a fields line whose
/// 来源 names the site's owner (a county government hosting a 开发区's report) beside the
/// 发布时间. The body is the title's; the publication date is the field's.
#[test]
fn a_saved_page_names_its_body_by_the_title_not_the_site_owner() {
    let page = "首页 > 政务公开 > 政府信息公开年报\n\
        标题：青山经济开发区2021年政府信息公开工作年度报告\n\
        来源：青山县人民政府  发布时间：2022-04-10  浏览次数：35\n\
        本报告中所列数据的统计期限为2021年1月1日至2021年12月31日。\n一、总体情况\n本区认真贯彻《条例》。\n";
    let r = report(page, "page.txt");
    assert_eq!(r.agency.as_deref(), Some("青山经济开发区"));
    assert_eq!(r.published.as_deref(), Some("2022-04-10"));
    // The page's date is checked against the deadline, and no 'no title or signature' note.
    assert!(r.diagnostics.iter().any(|d| d.code == "NB504"), "{:?}", codes(&r));
    assert!(r.diagnostics.iter().all(|d| d.code != "NB507" && d.code != "NB506"), "{:?}", codes(&r));
}

/// A converter's table 3 with a header row of column names above it (`| 项目 | 本年新收件数 |
/// 上年结转件数 | 予以公开 | … | 总计 |`, then a Markdown rule): the header is no row, so the
/// real rows are not "repeated" and the sums are the seed's own.
#[test]
fn a_converter_header_row_is_no_table_row() {
    let text = String::from_utf8(common::fixture("002")).unwrap();
    let at = text.find("| (本列数据的勾稽关系").or_else(|| text.find("(本列数据的勾稽关系")).expect("table 3's note");
    let header = "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n|---|---|---|---|---|---|---|---|\n";
    let converted = format!("{}{header}{}", &text[..at], &text[at..]);
    let (plain, md) = (report(&text, "seed.txt"), report(&converted, "seed.md"));
    assert_eq!(codes(&md), codes(&plain));
    assert_eq!(
        md.tables.applications.as_ref().map(|t| t.rows.len()),
        plain.tables.applications.as_ref().map(|t| t.rows.len())
    );
}

/// Text copied out of a PDF viewer: each table row a line of its cells separated by spaces,
/// the group label and the row's label on one line (`三、本年度办理结果 （一）予以公开 3 1 0 0
/// 0 0 4`). Table 3 reads as the seed's, and no error comes of the copy.
#[test]
fn a_pdf_viewer_copy_reads_its_rows_by_their_numbers() {
    let text = String::from_utf8(common::fixture("002")).unwrap();
    let copied: String = text
        .lines()
        .map(|l| {
            if l.starts_with('|') {
                l.split('|').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ")
            } else {
                l.to_owned()
            }
        })
        .map(|l| l + "\n")
        .collect();
    let (plain, viewer) = (report(&text, "seed.txt"), report(&copied, "copied.txt"));
    assert_eq!(t3_values(&viewer), t3_values(&plain));
    assert_eq!(viewer.summary.errors, plain.summary.errors, "{:?}", codes(&viewer));
}

/// A converter that split table 3 into one small table per row, each under a generic header
/// (`| 类别 | 数据1 | … | 数据6 | 总计 |`), the group and the row's label joined in one cell
/// (`三、本年度办理结果 （一）予以公开`), the tables apart by blank lines. They read as one
/// table 3 with the seed's values; the generic headers are no rows.
#[test]
fn a_table_split_into_one_table_per_row_reads_as_one() {
    for seed in ["002", "004"] {
        let text = String::from_utf8(common::fixture(seed)).unwrap();
        let mut in_t3 = false;
        let mut split = String::new();
        for line in text.lines() {
            if line.starts_with("三、") && line.contains("申请情况") {
                in_t3 = true;
            } else if line.starts_with("四、") {
                in_t3 = false;
            }
            let cells: Vec<&str> = line.split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
            let numeric = |c: &&str| c.chars().all(|ch| ch.is_ascii_digit());
            if !(in_t3 && line.contains('|')) {
                split.push_str(line);
                split.push('\n');
            } else if cells.len() > 7 && cells[cells.len() - 7..].iter().all(numeric) {
                let (label, values) = cells.split_at(cells.len() - 7);
                split.push_str("\n| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n");
                split.push_str("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
                split.push_str(&format!("| {} | {} |\n\n", label.join(" "), values.join(" | ")));
            }
        }
        assert!(split.matches("| 类别 | 数据1 |").count() >= 20, "seed {seed}: table 3 split");
        let (plain, md) = (report(&text, "seed.txt"), report(&split, "split.md"));
        assert_eq!(t3_values(&md), t3_values(&plain), "seed {seed}");
        assert_eq!(codes(&md), codes(&plain), "seed {seed}");
    }
}

/// The harder parts of a PDF viewer's copy: header cells broken over lines (`商 业 企` / `业`),
/// the vertical label 三、本年度办理结果 one character a line between the rows, and long labels
/// wrapped onto the next line (`（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形） 1 0 …`,
/// or the numbers on a line of their own between the label's two halves). Table 3 reads as
/// the seed's, with no error of its own.
#[test]
fn a_pdf_viewer_copy_with_wrapped_and_vertical_labels_reads_right() {
    let text = String::from_utf8(common::fixture("002")).unwrap();
    let mut vertical = "三、本年度办理结果".chars();
    let mut copied = String::new();
    let mut wrapped = 0;
    for line in text.lines() {
        if !line.starts_with('|') {
            copied.push_str(line);
            copied.push('\n');
            continue;
        }
        let mut cells: Vec<&str> = line.split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
        if cells.first() == Some(&"商业企业") {
            copied.push_str("商 业 企\n业\n科研\n机构\n社会公\n益组织\n法律服\n务机构\n其他\n");
            continue;
        }
        if cells.first() == Some(&"三、本年度办理结果") {
            cells.remove(0);
        }
        let numbers = cells.iter().rev().take_while(|c| c.chars().all(|ch| ch.is_ascii_digit())).count();
        if numbers != 7 {
            copied.push_str(&cells.join(" "));
            copied.push('\n');
            continue;
        }
        let (labels, values) = cells.split_at(cells.len() - 7);
        let label = labels.join(" ");
        let chars: Vec<char> = label.chars().collect();
        if chars.len() > 20 {
            let (head, tail): (String, String) = (chars[..16].iter().collect(), chars[16..].iter().collect());
            if wrapped % 2 == 0 {
                copied.push_str(&format!("{head}\n{tail} {}\n", values.join(" ")));
            } else {
                copied.push_str(&format!("{head}\n{}\n{tail}\n", values.join(" ")));
            }
            wrapped += 1;
        } else {
            copied.push_str(&format!("{label} {}\n", values.join(" ")));
        }
        if label.starts_with('(') || label.starts_with('（') || label.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(c) = vertical.next() {
                copied.push(c);
                copied.push('\n');
            }
        }
    }
    assert!(wrapped >= 4 && copied.contains("\n办\n") && copied.contains("商 业 企\n业\n"), "{copied}");
    let (plain, viewer) = (report(&text, "seed.txt"), report(&copied, "copied.txt"));
    assert_eq!(t3_values(&viewer), t3_values(&plain));
    assert_eq!(viewer.summary.errors, plain.summary.errors, "{:?}", codes(&viewer));
}

/// A pre-2019 report's 附表 as crawler text keeps it: every cell of a table run together on
/// one line (`指 标单 位数 量主动公开信息数条635其中:政务动态信息条350…`). Seed 001's tables read
/// as they do with their cells (the same rows and numbers), and nothing is guessed.
#[test]
fn a_legacy_table_run_together_reads_as_its_cells() {
    let text = String::from_utf8(common::fixture("001")).unwrap();
    let mut fused = String::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.starts_with("附表") {
            in_table = true;
            fused.push_str(line);
            fused.push('\n');
        } else if in_table && line.trim() == "|" {
        } else if in_table && (line.contains("指") || !line.trim().is_empty() && line.chars().count() < 40) {
            fused.push_str(line.trim());
        } else {
            if in_table {
                fused.push('\n');
            }
            in_table = false;
            fused.push_str(line);
            fused.push('\n');
        }
    }
    assert!(fused.contains("指 标单 位数 量主动公开信息数条635其中:政务动态信息条350"), "{fused}");
    let rows = |r: &Report| -> Vec<(String, Option<f64>)> {
        r.tables
            .other
            .iter()
            .flat_map(|t| t.cells.iter())
            .filter_map(|row| Some((row.first()?.text.clone(), row.iter().skip(1).rev().find_map(|c| number(&c.text)))))
            .filter(|(_, v)| v.is_some())
            .collect()
    };
    let (plain, crawled) = (report(&text, "seed.txt"), report(&fused, "crawled.txt"));
    assert!(rows(&plain).len() >= 20, "{:?}", rows(&plain));
    assert_eq!(rows(&crawled), rows(&plain));
    assert!(crawled.diagnostics.iter().all(|d| d.code != "NB107"), "{:?}", codes(&crawled));
}

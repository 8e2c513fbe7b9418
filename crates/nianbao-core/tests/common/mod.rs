//! Renders official tables with given values in every serialisation the readers accept, so that
//! tests can assert the parser recovers each value. Used by the property test and rule tests.
#![allow(dead_code)]

use std::io::Write;

/// The bytes of the fixture in tests/fixtures whose name starts with `prefix` (`"003"`).
pub fn fixture(prefix: &str) -> Vec<u8> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/");
    let path = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.is_file() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .unwrap_or_else(|| panic!("no fixture {prefix}"));
    std::fs::read(path).expect("a readable fixture")
}

/// One cell of the official grid: text and its merge.
#[derive(Clone, Debug)]
pub struct GridCell {
    pub text: String,
    pub rowspan: usize,
    pub colspan: usize,
}

fn c(text: impl Into<String>) -> GridCell {
    GridCell { text: text.into(), rowspan: 1, colspan: 1 }
}
fn span(text: impl Into<String>, rowspan: usize, colspan: usize) -> GridCell {
    GridCell { text: text.into(), rowspan, colspan }
}

/// A table as rows of origin cells (covered positions are absent), with its grid width.
#[derive(Clone, Debug)]
pub struct Grid {
    pub width: usize,
    pub rows: Vec<Vec<GridCell>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    F2019,
    F2021,
}

/// Values for the three tables of one report.
#[derive(Clone, Debug)]
pub struct Values {
    pub format: Format,
    /// Table 2 rows in official order, each with its values.
    pub t2: Vec<Vec<i64>>,
    /// Table 3 leaf and total rows in official order, 7 values each.
    pub t3: Vec<[i64; 7]>,
    pub t4: [i64; 15],
}

pub fn t3_ids(format: Format) -> Vec<&'static str> {
    let mut ids = vec![
        "1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1",
        "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5",
    ];
    match format {
        Format::F2019 => ids.push("3.6"),
        Format::F2021 => ids.extend(["3.6.1", "3.6.2", "3.6.3"]),
    }
    ids.extend(["3.7", "4"]);
    ids
}

/// (caption, header labels, row labels) of table 2.
pub fn t2_layout(format: Format) -> Vec<(&'static str, Vec<&'static str>, Vec<&'static str>)> {
    match format {
        Format::F2021 => vec![
            (
                "第二十条第（一）项",
                vec!["本年制发件数", "本年废止件数", "现行有效件数"],
                vec!["规章", "行政规范性文件"],
            ),
            ("第二十条第（五）项", vec!["本年处理决定数量"], vec!["行政许可"]),
            ("第二十条第（六）项", vec!["本年处理决定数量"], vec!["行政处罚", "行政强制"]),
            ("第二十条第（八）项", vec!["本年收费金额（单位：万元）"], vec!["行政事业性收费"]),
        ],
        Format::F2019 => vec![
            (
                "第二十条第（一）项",
                vec!["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                vec!["规章", "规范性文件"],
            ),
            (
                "第二十条第（五）项",
                vec!["上一年项目数量", "本年增/减", "处理决定数量"],
                vec!["行政许可", "其他对外管理服务事项"],
            ),
            ("第二十条第（六）项", vec!["上一年项目数量", "本年增/减", "处理决定数量"], vec!["行政处罚", "行政强制"]),
            ("第二十条第（八）项", vec!["上一年项目数量", "本年增/减"], vec!["行政事业性收费"]),
            ("第二十条第（九）项", vec!["采购项目数量", "采购总金额"], vec!["政府集中采购"]),
        ],
    }
}

pub fn t2_grid(v: &Values) -> Grid {
    let width = 4;
    let mut rows = Vec::new();
    let mut values = v.t2.iter();
    for (caption, headers, labels) in t2_layout(v.format) {
        rows.push(vec![span(caption, 1, width)]);
        let merged = headers.len() == 1;
        let mut header = vec![c("信息内容")];
        if merged {
            header.push(span(headers[0], 1, 3));
        } else {
            header.extend(headers.iter().map(|h| c(*h)));
        }
        rows.push(header);
        for label in labels {
            let vals = values.next().expect("a value row per label");
            let mut row = vec![c(label)];
            if merged {
                row.push(span(vals[0].to_string(), 1, 3));
            } else {
                row.extend(vals.iter().map(|x| c(x.to_string())));
            }
            rows.push(row);
        }
    }
    Grid { width, rows }
}

pub fn t3_grid(v: &Values) -> Grid {
    let labels: Vec<(&str, &str)> = t3_ids(v.format).into_iter().zip(t3_labels(v.format)).collect();
    let mut rows = vec![
        vec![
            span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
            span("申请人情况", 1, 7),
        ],
        vec![span("自然人", 2, 1), span("法人或其他组织", 1, 5), span("总计", 2, 1)],
        vec![c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")],
    ];
    let results = labels.iter().filter(|(id, _)| id.starts_with("3.")).count();
    let mut values = v.t3.iter();
    for (id, label) in &labels {
        let vals = values.next().expect("values per row");
        let mut row = Vec::new();
        let group = |first: &str| labels.iter().filter(|(i, _)| i.starts_with(first)).count();
        match *id {
            "1" | "2" | "4" => row.push(span(*label, 1, 3)),
            "3.1" => {
                row.push(span("三、本年度办理结果", results, 1));
                row.push(span(*label, 1, 2));
            }
            "3.2" | "3.6" | "3.7" => row.push(span(*label, 1, 2)),
            "3.3.1" => row.extend([span("（三）不予公开", group("3.3."), 1), c(*label)]),
            "3.4.1" => row.extend([span("（四）无法提供", group("3.4."), 1), c(*label)]),
            "3.5.1" => row.extend([span("（五）不予处理", group("3.5."), 1), c(*label)]),
            "3.6.1" => row.extend([span("（六）其他处理", group("3.6."), 1), c(*label)]),
            _ => row.push(c(*label)),
        }
        row.extend(vals.iter().map(|x| c(x.to_string())));
        rows.push(row);
    }
    Grid { width: 10, rows }
}

fn t3_labels(format: Format) -> Vec<&'static str> {
    let mut l = vec![
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
    ];
    match format {
        Format::F2019 => l.push("（六）其他处理"),
        Format::F2021 => l.extend([
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
        ]),
    }
    l.extend(["（七）总计", "四、结转下年度继续办理"]);
    l
}

pub fn t4_grid(v: &Values) -> Grid {
    let results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    let mut second: Vec<GridCell> = results.iter().map(|r| span(*r, 2, 1)).collect();
    second.extend([span("未经复议直接起诉", 1, 5), span("复议后起诉", 1, 5)]);
    let third: Vec<GridCell> = results.iter().chain(results.iter()).map(|r| c(*r)).collect();
    Grid {
        width: 15,
        rows: vec![
            vec![span("行政复议", 1, 5), span("行政诉讼", 1, 10)],
            second,
            third,
            v.t4.iter().map(|x| c(x.to_string())).collect(),
        ],
    }
}

/// The ways a table is serialised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `a | b | ||` (seeds 000, 004).
    Pipes,
    /// `| a | b |` with a `|---|` rule after the first row.
    Markdown,
    /// One cell per line, `||||` padding lines (seed 003).
    CellPerLine,
    /// Tab-separated rows (copy from Word).
    Tabs,
    Html,
    Docx,
    /// One cell per line, each row closed by a line with one `|` (not a blank cell).
    CellPerLineClosed,
    /// One cell per line, each row closed by a line of as many `|` as the row had cells.
    CellPerLineEchoed,
    /// One cell per line, column by column (a PDF copy): each grid column top to bottom.
    ColumnMajor,
}

pub const ALL_STYLES: [Style; 9] = [
    Style::Pipes,
    Style::Markdown,
    Style::CellPerLine,
    Style::Tabs,
    Style::Html,
    Style::Docx,
    Style::CellPerLineClosed,
    Style::CellPerLineEchoed,
    Style::ColumnMajor,
];

/// The serialisations a crawler's flattening is measured on (the others flatten the same).
pub const CRAWLER_STYLES: [Style; 6] =
    [Style::Pipes, Style::Markdown, Style::CellPerLine, Style::Tabs, Style::Html, Style::Docx];

fn cell_line(out: &mut String, text: &str) {
    if text.is_empty() {
        out.push_str("|\n");
    } else {
        out.push_str(&format!("{text} |\n"));
    }
}

/// Origin cells column by column: each grid column top to bottom.
fn column_major(grid: &Grid) -> String {
    // The grid column each origin cell starts at, skipping positions covered from above.
    let mut covered = vec![vec![false; grid.width]; grid.rows.len()];
    let mut placed: Vec<(usize, usize, &GridCell)> = Vec::new();
    for (r, row) in grid.rows.iter().enumerate() {
        let mut col = 0;
        for cell in row {
            while col < grid.width && covered[r][col] {
                col += 1;
            }
            for below in covered.iter_mut().take((r + cell.rowspan).min(grid.rows.len())).skip(r) {
                for c in below.iter_mut().skip(col).take(cell.colspan) {
                    *c = true;
                }
            }
            placed.push((col, r, cell));
            col += cell.colspan;
        }
    }
    placed.sort_by_key(|&(c, r, _)| (c, r));
    let mut out = String::new();
    for (_, _, cell) in placed {
        cell_line(&mut out, &cell.text);
    }
    out
}

fn text_table(grid: &Grid, style: Style) -> String {
    if style == Style::ColumnMajor {
        return column_major(grid);
    }
    let mut out = String::new();
    for (n, row) in grid.rows.iter().enumerate() {
        let padding = grid.width.saturating_sub(row.len());
        match style {
            Style::Pipes => {
                let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                out.push_str(&format!("{} |{}\n", cells.join(" | "), "|".repeat(padding)));
            }
            Style::Markdown => {
                let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                out.push_str(&format!("| {} |{}\n", cells.join(" | "), " |".repeat(padding)));
                if n == 0 {
                    out.push_str(&format!("|{}\n", "---|".repeat(row.len() + padding)));
                }
            }
            Style::CellPerLine => {
                for cell in row {
                    if cell.text.is_empty() {
                        out.push_str("|\n");
                    } else {
                        out.push_str(&format!("{} |\n", cell.text));
                    }
                }
                if padding > 0 {
                    out.push_str(&format!("{}\n", "|".repeat(padding)));
                }
            }
            Style::Tabs => {
                let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                out.push_str(&format!("{}\n", cells.join("\t")));
            }
            Style::CellPerLineClosed | Style::CellPerLineEchoed => {
                for cell in row {
                    cell_line(&mut out, &cell.text);
                }
                let closing = if style == Style::CellPerLineClosed { 1 } else { row.len() };
                out.push_str(&format!("{}\n", "|".repeat(closing)));
            }
            Style::ColumnMajor => unreachable!("rendered by column_major"),
            Style::Html | Style::Docx => unreachable!("markup styles render elsewhere"),
        }
    }
    out
}

fn html_table(grid: &Grid) -> String {
    let mut out = String::from("<table border=\"1\"><tbody>\n");
    for row in &grid.rows {
        out.push_str("<tr>");
        for cell in row {
            let mut attrs = String::new();
            if cell.rowspan > 1 {
                attrs.push_str(&format!(" rowspan=\"{}\"", cell.rowspan));
            }
            if cell.colspan > 1 {
                attrs.push_str(&format!(" colspan=\"{}\"", cell.colspan));
            }
            let text = if cell.text.is_empty() { "&nbsp;".to_owned() } else { cell.text.replace('&', "&amp;") };
            out.push_str(&format!("<td{attrs}><p><span>{text}</span></p></td>"));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    out
}

fn docx_table(grid: &Grid) -> String {
    // vMerge continuations: (row, col) positions covered by a rowspan from above.
    let mut covered = vec![vec![None::<usize>; grid.width]; grid.rows.len()];
    let mut layout: Vec<Vec<(usize, &GridCell)>> = Vec::new();
    for (r, row) in grid.rows.iter().enumerate() {
        let mut col = 0;
        let mut placed = Vec::new();
        for cell in row {
            while col < grid.width && covered[r][col].is_some() {
                col += 1;
            }
            let end = (r + cell.rowspan).min(grid.rows.len());
            for below in covered.iter_mut().take(end).skip(r + 1) {
                below[col] = Some(cell.colspan);
            }
            placed.push((col, cell));
            col += cell.colspan;
        }
        layout.push(placed);
    }
    let mut out = String::from("<w:tbl>");
    for (r, placed) in layout.iter().enumerate() {
        out.push_str("<w:tr>");
        let mut col = 0;
        let mut cells = placed.iter().peekable();
        while col < grid.width {
            if let Some(span) = covered[r][col] {
                out.push_str(&format!("<w:tc><w:tcPr><w:gridSpan w:val=\"{span}\"/><w:vMerge/></w:tcPr><w:p/></w:tc>"));
                col += span;
                continue;
            }
            let Some((_, cell)) = cells.next() else { break };
            let restart = if cell.rowspan > 1 { "<w:vMerge w:val=\"restart\"/>" } else { "" };
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:gridSpan w:val=\"{}\"/>{restart}</w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>",
                cell.colspan,
                cell.text.replace('&', "&amp;").replace('<', "&lt;")
            ));
            col += cell.colspan;
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// The prose around the tables, as (heading, body) with the year filled in.
fn prose(v: &Values, year: i32) -> Vec<String> {
    let fee = match v.format {
        // As reports since 2022 do: the fee, then the year's 工作要点, 建议提案 and innovations.
        Format::F2021 => format!(
            "{year}年，本机关未收取信息处理费。本机关逐项落实年度政务公开工作要点，本年度未承办人大代表建议和政协提案，创新开设政策解读专栏。"
        ),
        Format::F2019 => "无。".to_owned(),
    };
    vec![
        format!("示例市示例局{year}年政府信息公开工作年度报告"),
        format!("本报告中所列数据的统计期限为{year}年1月1日至{year}年12月31日。"),
        "一、总体情况".into(),
        format!(
            "{year}年，示例市示例局认真贯彻落实《中华人民共和国政府信息公开条例》，做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。"
        ),
        "二、主动公开政府信息情况".into(),
        "T2".into(),
        "三、收到和处理政府信息公开申请情况".into(),
        "T3".into(),
        "四、政府信息公开行政复议、行政诉讼情况".into(),
        "T4".into(),
        "五、存在的主要问题及改进情况".into(),
        "信息公开的及时性有待提高，下一步将加强培训。".into(),
        "六、其他需要报告的事项".into(),
        fee,
        "示例市示例局".into(),
        format!("{}年1月20日", year + 1),
    ]
}

pub fn year_of(format: Format) -> i32 {
    match format {
        Format::F2019 => 2020,
        Format::F2021 => 2023,
    }
}

/// A whole report in `style`, as a string (for text styles and HTML).
pub fn render_string(v: &Values, style: Style) -> String {
    let tables = [t2_grid(v), t3_grid(v), t4_grid(v)];
    let mut out = String::new();
    if style == Style::Html {
        out.push_str("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年报</title><style>td{border:1px}</style><script>var x='<td>9</td>';</script></head><body><nav>首页 &gt; 政府信息公开</nav>\n");
    }
    for part in prose(v, year_of(v.format)) {
        let table = match part.as_str() {
            "T2" => Some(&tables[0]),
            "T3" => Some(&tables[1]),
            "T4" => Some(&tables[2]),
            _ => None,
        };
        match (table, style) {
            (Some(t), Style::Html) => out.push_str(&html_table(t)),
            (Some(t), _) => out.push_str(&text_table(t, style)),
            (None, Style::Html) => out.push_str(&format!("<p>{part}</p>\n")),
            (None, _) => out.push_str(&format!("{part}\n")),
        }
    }
    if style == Style::Html {
        out.push_str("</body></html>\n");
    }
    out
}

/// A whole report as .docx bytes.
pub fn render_docx(v: &Values) -> Vec<u8> {
    let tables = [t2_grid(v), t3_grid(v), t4_grid(v)];
    let mut body = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for part in prose(v, year_of(v.format)) {
        match part.as_str() {
            "T2" => body.push_str(&docx_table(&tables[0])),
            "T3" => body.push_str(&docx_table(&tables[1])),
            "T4" => body.push_str(&docx_table(&tables[2])),
            _ => body.push_str(&format!("<w:p><w:r><w:t xml:space=\"preserve\">{part}</w:t></w:r></w:p>")),
        }
    }
    body.push_str("</w:body></w:document>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", opts).expect("zip");
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>").expect("zip");
    zip.start_file("word/document.xml", opts).expect("zip");
    zip.write_all(body.as_bytes()).expect("zip");
    zip.finish().expect("zip").into_inner()
}

#[derive(Clone, Copy, Debug)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
    Utf16Le,
    Utf16Be,
}

pub const ALL_ENCODINGS: [Encoding; 5] =
    [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Gb18030, Encoding::Utf16Le, Encoding::Utf16Be];

pub fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Gb18030 => {
            let text = text.replace("charset=\"utf-8\"", "charset=\"gb18030\"");
            encoding_rs::GB18030.encode(&text).0.into_owned()
        }
        Encoding::Utf16Le => [vec![0xFF, 0xFE], text.encode_utf16().flat_map(u16::to_le_bytes).collect()].concat(),
        Encoding::Utf16Be => [vec![0xFE, 0xFF], text.encode_utf16().flat_map(u16::to_be_bytes).collect()].concat(),
    }
}

/// The bytes and a file name for a report in a style and encoding.
pub fn render(v: &Values, style: Style, encoding: Encoding) -> (Vec<u8>, &'static str) {
    match style {
        Style::Docx => (render_docx(v), "report.docx"),
        Style::Html => (encode(&render_string(v, style), encoding), "report.html"),
        _ => (encode(&render_string(v, style), encoding), "report.txt"),
    }
}

/// The text a crawler keeps of a report in `style`: every table separator and line break
/// removed (a page's `textContent`). `tight` also drops the spaces, so cells fuse completely.
pub fn crawler_text(v: &Values, style: Style, tight: bool) -> String {
    let text = match style {
        Style::Docx => {
            let model = nianbao_core::read(
                nianbao_core::Input::Bytes(&render_docx(v)),
                "r.docx",
                &nianbao_core::Options::default(),
            );
            model.doc.text
        }
        Style::Html => text_content(&render_string(v, style)),
        _ => render_string(v, style),
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim();
        // Markdown's `|---|` rule is not text of the page.
        if t.contains("---") && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            continue;
        }
        out.extend(line.chars().filter(|&c| c != '|' && c != '\t' && !(tight && c.is_whitespace())));
    }
    out
}

/// What `textContent` gives for the body of an HTML page: the text between tags, scripts,
/// styles and `<head>` left out, entities decoded.
fn text_content(html: &str) -> String {
    let body = html.find("<body").map_or(html, |i| &html[i..]);
    let mut out = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let skip_to = ["<script", "<style", "<nav"].iter().find(|t| rest[open..].starts_with(*t)).map(|t| {
            let close = format!("</{}>", &t[1..]);
            rest[open..].find(&close).map_or(rest.len(), |k| open + k + close.len())
        });
        rest = match skip_to {
            Some(end) => &rest[end..],
            None => rest[open..].find('>').map_or("", |k| &rest[open + k + 1..]),
        };
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
}

/// Values whose sums all hold, from free choices (used for "correct report" tests).
pub fn consistent(format: Format, seed: u64) -> Values {
    consistent_up_to(format, seed, 9)
}

/// As [`consistent`], with applicant counts up to `max` (larger counts fuse more ambiguously).
pub fn consistent_up_to(format: Format, seed: u64, max: i64) -> Values {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = |max: i64| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) % (max as u64 + 1)) as i64
    };
    let ids = t3_ids(format);
    let leaf_count = ids.iter().filter(|id| id.starts_with("3.") && **id != "3.7").count();
    let mut leaves: Vec<[i64; 7]> = (0..leaf_count).map(|_| row7(&mut next, max)).collect();
    let mut total = [0i64; 7];
    for l in &leaves {
        for k in 0..7 {
            total[k] += l[k];
        }
    }
    let carried_over = row7(&mut next, max);
    // 一 + 二 = (七) + 四, with 二 from the free choice and 一 what balances.
    let mut received = [0i64; 7];
    let mut carried_in = row7(&mut next, max);
    for k in 0..6 {
        let need = total[k] + carried_over[k];
        carried_in[k] = carried_in[k].min(need);
        received[k] = need - carried_in[k];
    }
    carried_in[6] = carried_in[..6].iter().sum();
    received[6] = received[..6].iter().sum();
    let mut t3 = vec![received, carried_in];
    t3.append(&mut leaves);
    t3.push(total);
    t3.push(carried_over);
    let mut t2: Vec<Vec<i64>> = t2_layout(format)
        .iter()
        .flat_map(|(_, headers, labels)| {
            labels.iter().map(|_| headers.iter().map(|_| next(30)).collect::<Vec<_>>()).collect::<Vec<_>>()
        })
        .collect();
    // 规章 and 规范性文件: the year-end count covers what was made and published this year.
    for row in t2.iter_mut().take(2) {
        row[2] = row[0] + row[1] + next(30);
    }
    let mut t4 = [0i64; 15];
    for g in 0..3 {
        for k in 0..4 {
            t4[g * 5 + k] = next(if max > 9 { max / 4 } else { 3 });
        }
        t4[g * 5 + 4] = t4[g * 5..g * 5 + 4].iter().sum();
    }
    Values { format, t2, t3, t4 }
}

fn row7(next: &mut impl FnMut(i64) -> i64, max: i64) -> [i64; 7] {
    let mut r = [0i64; 7];
    for cell in r.iter_mut().take(6) {
        // Mostly zeros, as in real reports.
        *cell = if next(3) == 0 { next(max) } else { 0 };
    }
    r[6] = r[..6].iter().sum();
    r
}

//! Table 4 left blank — a row of 15 empty cells — is read as 15 blank cells (NB401: fill in 0),
//! not as a row without values, whether it was copied as `| a | b |` rows or as tabs from Word.
//! (HTML and .docx keep empty cells as cells anyway.)

mod common;

use nianbao_core::{check, Input, InputKind, Options};

const T4_HEADERS: [&str; 3] = [
    "行政复议|||||行政诉讼",
    "结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|||||复议后起诉",
    "|||||结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计",
];

/// Seed 002 with its table 4 replaced: the header rows and a data row, cells joined by `join`
/// (each row wrapped in `open` … `close`).
fn with_table_4(values: &[&str; 15], join: &str, open: &str, close: &str) -> String {
    let seed = String::from_utf8(common::fixture("002")).unwrap();
    let start = seed.find("四、政府信息公开行政复议").unwrap();
    let end = seed.find("五、存在的主要问题").unwrap();
    let mut table = String::from("四、政府信息公开行政复议、行政诉讼情况\n");
    let rows = T4_HEADERS.iter().map(|r| r.split('|').collect::<Vec<_>>()).chain([values.to_vec()]);
    for row in rows {
        table.push_str(&format!("{open}{}{close}\n", row.join(join)));
    }
    format!("{}{table}{}", &seed[..start], &seed[end..])
}

fn codes_for_table_4(text: &str, kind: InputKind) -> Vec<(String, String)> {
    let report = check(Input::Text(text, kind), "t.txt", &Options::default()).report;
    report
        .diagnostics
        .iter()
        .filter(|d| d.message.zh.contains("表四") || d.message.zh.contains("行政复议、行政诉讼"))
        .map(|d| (d.code.to_string(), d.message.zh.clone()))
        .collect()
}

#[test]
fn a_blank_table_4_is_fifteen_blank_cells_in_every_form() {
    let blank = [""; 15];
    for (join, open, close) in [(" | ", "| ", " |"), ("\t", "", "")] {
        let text = with_table_4(&blank, join, open, close);
        let found = codes_for_table_4(&text, InputKind::Text);
        assert_eq!(found.len(), 1, "{join:?}: {found:?}");
        assert_eq!(found[0].0, "NB401", "{join:?}");
        assert!(found[0].1.contains("15 个空白单元格"), "{join:?}: {}", found[0].1);
    }
    let zeros = with_table_4(&["0"; 15], " | ", "| ", " |");
    assert_eq!(codes_for_table_4(&zeros, InputKind::Text), []);
}

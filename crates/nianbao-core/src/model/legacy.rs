//! Legacy statistics tables (附表, 政府信息公开情况统计表, before 2019) whose cells ran together
//! in crawler text: `统计指标单位本年历年累计申请总数条36其中,1.当面申请数条122.传真申请数条00…`.
//!
//! Each row is a label, a unit (条, 件, 人次 …) and one number per column, run together with the
//! next row's label — whose item number (`2.`) may follow the digits directly. The digits are
//! split by the same never-guess principle as `model/fused.rs`:
//! - the header names the columns (`本年`, `历年累计`); without a header nothing is read;
//! - a row's run ends at the next label; when that label starts with an item number, the
//!   number is the one expected (the current item's + 1), or the row is unreadable;
//! - a split must be the only one possible, or the only one where 本年 ≤ 历年累计 and, where a
//!   row is broken down (`其中,1.…2.…`), the numbered parts add up to it in every column;
//! - anything else is reported unreadable (NB107), never guessed.
//!
//! Rows read are a table among `Tables::other`, so the legacy rules (NB309) and the
//! cross-year chain (NB806) see them as they see a table copied with its cells.

use super::cell::TableCell;
use super::meta::locate;
use super::tables::{OtherTable, ProblemKind, StandardTable, TableProblem, Tables};
use crate::read::Document;
use std::ops::Range;

/// Column names of a legacy statistics table, longest first where one contains another.
const COLUMNS: &[(&str, Column)] = &[
    ("历年累计", Column::Cumulative),
    ("累计数", Column::Cumulative),
    ("累计", Column::Cumulative),
    ("本年度", Column::Year),
    ("本年数", Column::Year),
    ("本年", Column::Year),
    ("统计数", Column::Year),
    ("数量", Column::Year),
    ("数值", Column::Year),
];

/// A column as its header names it.
type Named = (&'static str, Column);

/// Units of a legacy row, longest first. Money (元, 万元) may carry decimals: never split.
const UNITS: &[&str] = &["人次", "万元", "条", "件", "次", "个", "项", "篇", "期", "场", "人", "份", "元"];

/// A count never has more digits than this.
const MAX_PART_DIGITS: usize = 8;
/// Combinations of a breakdown's ambiguous rows tried against its sum.
const MAX_COMBINATIONS: usize = 4096;

/// What a column counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// This year (本年, 数量).
    Year,
    /// Since disclosure began (历年累计): at least this year's.
    Cumulative,
}

/// One row of a fused legacy table, before its digits are split.
struct Row<'l> {
    /// The label as written, with its item number (`其中,1.当面申请数`).
    label: Range<usize>,
    unit: &'l str,
    /// The row's digits in the line (the next row's item number left out).
    digits: Range<usize>,
    /// The readings of the digits (ranges within the line), one per column.
    readings: Vec<Vec<Range<usize>>>,
    /// The row's item number (`1.` → 1), if any.
    item: Option<u32>,
}

pub(crate) fn recover(doc: &Document, tables: &mut Tables, problems: &mut Vec<TableProblem>) {
    for line in doc.lines() {
        if !line.text.contains('单') {
            continue;
        }
        let Some((title, columns, start)) = header(&line.text) else { continue };
        let rows = rows(&line.text, start, &columns);
        if rows.is_empty() {
            continue;
        }
        let chosen = resolve(&line.text, &rows, &columns);
        let mut cells = Vec::new();
        let at = |r: &Range<usize>| locate(doc, line, r.clone());
        let mut header_row =
            vec![TableCell::from_text("统计指标", at(&title)), TableCell::from_text("单位", at(&title))];
        header_row.extend(columns.iter().map(|(name, _)| TableCell::from_text(name, at(&title))));
        cells.push(header_row);
        for (row, reading) in rows.iter().zip(chosen) {
            let label = line.text[row.label.clone()].trim().to_owned();
            let Some(reading) = reading else {
                problems.push(TableProblem {
                    table: StandardTable::LegacyStatistics,
                    kind: ProblemKind::Unreadable { readings: row.readings.len().min(2) },
                    span: at(&(row.label.start..row.digits.end)),
                    label,
                });
                continue;
            };
            let mut cell_row =
                vec![TableCell::from_text(&label, at(&row.label)), TableCell::from_text(row.unit, at(&row.label))];
            cell_row.extend(reading.iter().map(|r| TableCell::from_text(&line.text[r.clone()], at(r))));
            cells.push(cell_row);
            if row.readings.len() > 1 || row.digits.len() > columns.len() {
                problems.push(TableProblem {
                    table: StandardTable::LegacyStatistics,
                    kind: ProblemKind::Recovered,
                    span: at(&(row.label.start..row.digits.end)),
                    label,
                });
            }
        }
        let span = at(&(title.start..rows.last().map_or(title.end, |r| r.digits.end)));
        tables.other.push(OtherTable {
            // `附表 政府信息公开情况统计表 统计指标`: the title is what stands before the first
            // column's name.
            title: Some(line.text[title.clone()].trim().trim_end_matches("统计").trim().to_owned())
                .filter(|t| !t.is_empty()),
            rows: cells.iter().map(|r| r.iter().map(|c| c.text.clone()).collect()).collect(),
            span,
            cells,
        });
    }
}

/// The table's header in a line: `…统计表 统计指标 单位 本年 历年累计`, as the title's range,
/// the columns, and where the first row starts.
fn header(text: &str) -> Option<(Range<usize>, Vec<Named>, usize)> {
    // 单位 (or 单 位, as a page spaces out short headers), with 指标 shortly before it.
    let (unit_at, unit_len, indicator) = text.match_indices('单').find_map(|(i, _)| {
        let len = spaced_prefix(&text[i..], "单位")?;
        let before = &text[..i];
        let indicator = (before.len().saturating_sub(24)..before.len())
            .rev()
            .filter(|&k| before.is_char_boundary(k))
            .find(|&k| spaced_prefix(&before[k..], "指标").is_some())?;
        Some((i, len, indicator))
    })?;
    let before = &text[..unit_at];
    let title_start = before[..indicator]
        .rfind(['。', '；', ';'])
        .map_or(0, |p| p + before[p..].chars().next().map_or(0, char::len_utf8));
    let mut at = unit_at + unit_len;
    let mut columns = Vec::new();
    loop {
        let rest = &text[at..];
        let skipped = rest.len() - rest.trim_start_matches(crate::normalize::is_space).len();
        let Some((name, column, len)) = COLUMNS
            .iter()
            .find_map(|(name, column)| spaced_prefix(&rest[skipped..], name).map(|len| (*name, *column, len)))
        else {
            break;
        };
        columns.push((name, column));
        at += skipped + len;
    }
    // One column of each kind at most, 本年 before 累计: anything else is not understood.
    let understood = matches!(
        columns.iter().map(|c| c.1).collect::<Vec<_>>().as_slice(),
        [Column::Year] | [Column::Year, Column::Cumulative]
    );
    understood.then_some((title_start..indicator, columns, at))
}

/// The length of `word` at the start of `text`, spaces allowed between its characters
/// (`数 量`, `单 位`).
fn spaced_prefix(text: &str, word: &str) -> Option<usize> {
    let mut at = 0;
    for (k, want) in word.chars().enumerate() {
        if k > 0 {
            at += text[at..].len() - text[at..].trim_start_matches(crate::normalize::is_space).len();
        }
        let c = text[at..].chars().next()?;
        if c != want {
            return None;
        }
        at += c.len_utf8();
    }
    Some(at)
}

/// The rows after the header, up to the first text that is no row.
fn rows<'l>(text: &'l str, start: usize, columns: &[(&str, Column)]) -> Vec<Row<'l>> {
    let mut out: Vec<Row> = Vec::new();
    let mut at = start;
    while at < text.len() {
        let rest = &text[at..];
        let lead = rest.len() - rest.trim_start_matches(crate::normalize::is_space).len();
        let label_start = at + lead;
        let item = item_number(&text[label_start..]).map(|(n, _)| n);
        // The label runs to the first unit that digits follow.
        let Some((unit_at, unit)) = first_unit_before_digits(text, label_start) else { break };
        if unit_at == label_start {
            break;
        }
        let digits_start = unit_at + unit.len();
        let run_end = digits_start + text[digits_start..].bytes().take_while(u8::is_ascii_digit).count();
        // What follows the run: an item number's `.`/`、` (then the run's tail is that number),
        // or the next label.
        let follows_item = text[run_end..].starts_with(['.', '、', '．'])
            && text[run_end..].chars().nth(1).is_some_and(|c| !c.is_ascii_digit());
        let next_item = match (follows_item, item) {
            (false, _) => None,
            (true, Some(n)) => Some(n + 1),
            // A row without a number, then `1.`: a breakdown without 其中.
            (true, None) => Some(1),
        };
        let digits_end = match next_item {
            None => run_end,
            Some(n) => {
                let tail = n.to_string();
                if !text[digits_start..run_end].ends_with(&tail) || run_end - tail.len() <= digits_start {
                    // The number that would start the next row is not the one expected.
                    out.push(Row {
                        label: label_start..unit_at,
                        unit,
                        digits: digits_start..run_end,
                        readings: Vec::new(),
                        item,
                    });
                    break;
                }
                run_end - tail.len()
            }
        };
        let digits = digits_start..digits_end;
        let readings = splits(text, digits.clone(), unit, columns);
        out.push(Row { label: label_start..unit_at, unit, digits: digits.clone(), readings, item });
        at = digits_end;
        if next_item.is_none() && !starts_label(&text[run_end..]) {
            break;
        }
    }
    out
}

/// Whether text is the start of another row's label (Chinese text, or an item number).
fn starts_label(text: &str) -> bool {
    let t = text.trim_start_matches(crate::normalize::is_space);
    t.chars().next().is_some_and(|c| !c.is_ascii_punctuation() && !c.is_ascii_digit() && !"。；;".contains(c))
        && first_unit_before_digits(t, 0).is_some_and(|(at, _)| at > 0 && t[..at].chars().count() <= 40)
}

/// `1.`, `2、`, `12．` at the start of a label: the number and the length of the mark.
fn item_number(text: &str) -> Option<(u32, usize)> {
    let text = crate::format::without_breakdown_mark(text);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let after = text[digits..].chars().next()?;
    (digits > 0 && digits <= 2 && matches!(after, '.' | '、' | '．'))
        .then(|| (text[..digits].parse().ok(), digits))
        .and_then(|(n, d)| Some((n?, d)))
}

/// The first unit followed by a digit, after `from`, within a label's length.
fn first_unit_before_digits(text: &str, from: usize) -> Option<(usize, &'static str)> {
    let mut best: Option<(usize, &'static str)> = None;
    let window_end = crate::span::floor_char_boundary(text, (from + 200).min(text.len()));
    for unit in UNITS {
        let mut search = from;
        while let Some(i) = text[search..window_end].find(unit) {
            let at = search + i;
            if text[at + unit.len()..].starts_with(|c: char| c.is_ascii_digit()) {
                if best.is_none_or(|(b, u)| at < b || (at == b && unit.len() > u.len())) {
                    best = Some((at, unit));
                }
                break;
            }
            search = at + unit.len();
        }
    }
    best
}

/// The ways a run of digits splits into one number per column: no leading zeros, at most
/// eight digits each, 本年 ≤ 历年累计. Money is read only when it needs no split.
fn splits(text: &str, digits: Range<usize>, unit: &str, columns: &[(&str, Column)]) -> Vec<Vec<Range<usize>>> {
    let run = &text[digits.clone()];
    let n = columns.len();
    if run.is_empty() || run.len() < n || run.len() > n * MAX_PART_DIGITS {
        return Vec::new();
    }
    if n == 1 {
        return vec![vec![digits]];
    }
    if unit.ends_with('元') {
        return Vec::new();
    }
    let valid = |s: &str| !s.is_empty() && s.len() <= MAX_PART_DIGITS && (s == "0" || !s.starts_with('0'));
    (1..run.len())
        .filter(|&cut| valid(&run[..cut]) && valid(&run[cut..]))
        .filter(|&cut| {
            let (year, total) = (run[..cut].parse::<u64>().ok(), run[cut..].parse::<u64>().ok());
            matches!((year, total), (Some(y), Some(t)) if y <= t)
        })
        .map(|cut| vec![digits.start..digits.start + cut, digits.start + cut..digits.end])
        .collect()
}

/// The reading of each row: its only one, or the only one the breakdowns allow; `None` where
/// there is none or several.
fn resolve(text: &str, rows: &[Row], columns: &[(&str, Column)]) -> Vec<Option<Vec<Range<usize>>>> {
    let mut chosen: Vec<Option<Vec<Range<usize>>>> =
        rows.iter().map(|r| (r.readings.len() == 1).then(|| r.readings[0].clone())).collect();
    // A breakdown: a row, then rows numbered 1, 2, … (after 其中 or not): the parts add up to
    // the row in every column.
    let mut i = 0;
    while i + 1 < rows.len() {
        if rows[i + 1].item != Some(1) || rows[i].item.is_some() {
            i += 1;
            continue;
        }
        let mut group = vec![i, i + 1];
        let mut k = i + 2;
        while k < rows.len() && rows[k].item == Some(group.len() as u32) {
            group.push(k);
            k += 1;
        }
        let ambiguous: Vec<usize> = group.iter().copied().filter(|&g| chosen[g].is_none()).collect();
        let feasible = group.iter().all(|&g| !rows[g].readings.is_empty());
        if !ambiguous.is_empty() && feasible {
            let combinations = ambiguous.iter().try_fold(1usize, |acc, &g| acc.checked_mul(rows[g].readings.len()));
            if combinations.is_some_and(|c| c <= MAX_COMBINATIONS) {
                let mut found: Option<Vec<usize>> = None;
                let mut count = 0;
                let mut pick = vec![0usize; ambiguous.len()];
                'all: loop {
                    let reading = |g: usize| -> &Vec<Range<usize>> {
                        match ambiguous.iter().position(|&a| a == g) {
                            Some(p) => &rows[g].readings[pick[p]],
                            None => chosen[g].as_ref().expect("unambiguous rows are chosen"),
                        }
                    };
                    let value = |r: &Range<usize>| text[r.clone()].parse::<u64>().unwrap_or(u64::MAX / 4);
                    let holds = (0..columns.len()).all(|c| {
                        let parts: u64 = group[1..].iter().map(|&g| value(&reading(g)[c])).sum();
                        value(&reading(group[0])[c]) == parts
                    });
                    if holds {
                        count += 1;
                        found = Some(pick.clone());
                    }
                    // Next combination.
                    for p in 0..pick.len() {
                        pick[p] += 1;
                        if pick[p] < rows[ambiguous[p]].readings.len() {
                            continue 'all;
                        }
                        pick[p] = 0;
                    }
                    break;
                }
                if let (1, Some(pick)) = (count, found) {
                    for (p, &g) in ambiguous.iter().enumerate() {
                        chosen[g] = Some(rows[g].readings[pick[p]].clone());
                    }
                }
            }
        }
        i = k;
    }
    chosen
}

#[cfg(test)]
mod tests {
    use crate::model::{build, ProblemKind, StandardTable};
    use crate::read::{read_str, InputKind};

    const REPORT: &str = "白城市民政局2015年政府信息公开工作年度报告\n\
        本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。一、概述 本年度主动公开政府信息120条。\
        附表 政府信息公开情况统计表 统计指标单位本年历年累计主动公开信息数条120650其中：1.政务动态信息条803902.其他信息条40260\
        申请总数件931其中,1.当面申请数件4122.网上申请数件519\n";

    fn table(text: &str) -> (Vec<Vec<String>>, Vec<(String, ProblemKind)>) {
        let model = build(read_str(text, InputKind::Text));
        let rows = model.tables.other.first().map(|t| t.rows.clone()).unwrap_or_default();
        let problems = model
            .table_problems
            .iter()
            .filter(|p| p.table == StandardTable::LegacyStatistics)
            .map(|p| (p.label.clone(), p.kind.clone()))
            .collect();
        (rows, problems)
    }

    #[test]
    fn fused_rows_split_by_their_item_numbers_and_breakdowns() {
        let (rows, problems) = table(REPORT);
        let values: Vec<(&str, Vec<&str>)> =
            rows[1..].iter().map(|r| (r[0].as_str(), r[2..].iter().map(String::as_str).collect())).collect();
        assert_eq!(
            values,
            [
                // 120650 splits as 1|20650 or 120|650: the breakdown (80 + 40, 390 + 260) says which.
                ("主动公开信息数", vec!["120", "650"]),
                ("其中：1.政务动态信息", vec!["80", "390"]),
                ("2.其他信息", vec!["40", "260"]),
                ("申请总数", vec!["9", "31"]),
                ("其中,1.当面申请数", vec!["4", "12"]),
                ("2.网上申请数", vec!["5", "19"]),
            ]
        );
        assert_eq!(rows[0], ["统计指标", "单位", "本年", "历年累计"]);
        assert!(problems.iter().all(|(_, k)| *k == ProblemKind::Recovered), "{problems:?}");
    }

    #[test]
    fn a_row_without_one_reading_is_unreadable_never_guessed() {
        // 1 | 20650 or 120 | 650, and the parts no longer decide (their sum fits neither).
        let text = REPORT.replace("803902.其他信息条40260", "803902.其他信息条50260");
        let (rows, problems) = table(&text);
        assert!(rows.iter().all(|r| r[0] != "主动公开信息数"), "{rows:?}");
        assert!(problems.iter().any(|(l, k)| l == "主动公开信息数" && matches!(k, ProblemKind::Unreadable { .. })));
        // The title paragraph is never a row.
        assert!(rows.iter().chain([].iter()).all(|r| !r[0].contains("年度报告")));
        assert!(problems.iter().all(|(l, _)| !l.contains("年度报告")), "{problems:?}");
    }

    #[test]
    fn without_a_header_nothing_is_read() {
        let text = REPORT.replace("统计指标单位本年历年累计", "");
        let (rows, problems) = table(&text);
        assert!(rows.is_empty() && problems.is_empty());
    }
}

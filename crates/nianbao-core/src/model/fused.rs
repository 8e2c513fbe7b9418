//! Fused rows: rows whose cell separators were lost when a page was saved as text:
//! `一、本年新收政府信息公开申请数量230 000023`, or crawler text where every row is fused
//! (`read/crawler.rs` cuts such text into one line per row).
//!
//! The digits can be split into cells in many ways. A split is accepted only when it is the
//! only one possible (seven digits for seven cells: the numbers are certain, right or wrong),
//! or when the table's own identities leave exactly one: a table-3 row's 总计 = its six
//! applicant columns; then, across rows, each column's （七）总计 = the sum of the result rows
//! and 一 + 二 = 三 + 四; table 4's three 总计. Otherwise the row is reported as unreadable: a
//! wrong number presented as read is worse than an honest "can't be read".

use super::cell::{Cells, TableCell};
use super::meta::locate;
use super::tables::{
    ActiveDisclosure, ApplicationRow, Applications, DisclosureRow, ProblemKind, ReviewLitigation, StandardTable,
    TableProblem, Tables,
};
use crate::format::identities;
use crate::format::{table2, table3, table4, T3Column, T3Label, T3Row};
use crate::normalize;
use crate::read::{Document, Line};
use crate::span::Span;
use std::ops::Range;

/// Longest digit run we try to split; longer ones are reported unreadable.
const MAX_DIGITS: usize = 60;
/// A count never has more digits than this (10⁸ − 1).
const MAX_PART_DIGITS: usize = 8;
/// Bound on each search, so hostile input cannot make it slow.
const MAX_STEPS: usize = 200_000;
/// Readings of one row kept for the table-wide check; a row with more is unreadable.
const MAX_READINGS: usize = 64;
/// Combinations of ambiguous rows tried against the column identities.
const MAX_COMBINATIONS: usize = 100_000;

/// Header labels of table 2 (folded), longest first where one contains another, and whether
/// the column may hold a signed or decimal value.
const T2_COLUMNS: &[(&str, Kind)] = &[
    ("本年制发件数", Kind::Count),
    ("本年废止件数", Kind::Count),
    ("现行有效件数", Kind::Count),
    ("本年处理决定数量", Kind::Count),
    ("本年收费金额", Kind::Amount),
    ("本年新制作数量", Kind::Count),
    ("本年新公开数量", Kind::Count),
    ("本年新", Kind::Count),
    ("对外公开总数量", Kind::Count),
    ("上一年项目数量", Kind::Count),
    ("本年增/减", Kind::Signed),
    ("处理决定数量", Kind::Count),
    ("采购项目数量", Kind::Count),
    ("采购总金额", Kind::Amount),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Count,
    Signed,
    /// Money: decimals and units; only ever read as a whole cell.
    Amount,
}

pub(crate) fn recover(doc: &Document, tables: &mut Tables, problems: &mut Vec<TableProblem>) {
    let lines: Vec<&Line> = doc.lines().collect();
    // Table 2 read from real cells is not completed from prose lines.
    let t2_from_cells = tables.active_disclosure.is_some();
    let mut t2_columns: Vec<(&'static str, Kind)> = Vec::new();
    let mut t2_caption: Option<&Line> = None;
    let mut t3_rows: Vec<FusedRow> = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        // Captions and fused headers of table 2 (most lines are neither: skip the folding).
        let t2_line = !t2_from_cells && (line.text.starts_with("第二十条") || line.text.starts_with("信息内容"));
        let norm = if t2_line { normalize::label(&line.text) } else { String::new() };
        if t2_line && table2::is_caption(&norm) && norm.len() <= 40 {
            t2_caption = Some(line);
            t2_columns.clear();
            t2_disclosure(tables, line).captions.push((line.text.clone(), line.span));
            continue;
        }
        if t2_line && t2_caption.is_some() && norm.starts_with("信息内容") {
            t2_columns = header_columns(&norm["信息内容".len()..]);
            let headers = &mut t2_disclosure(tables, line).headers;
            headers.extend(t2_columns.iter().map(|(c, _)| ((*c).to_owned(), line.span)));
            continue;
        }
        if !t2_from_cells && t2_caption.is_some() {
            // A table-2 row: its label, then one value or several fused (`0.5`, `3+120`).
            let label = table2::ROW_LABELS.iter().find(|l| line.text.starts_with(*l));
            if let Some(label) =
                label.filter(|l| line.text[l.len()..].starts_with(|c: char| c.is_ascii_digit() || "+-. ".contains(c)))
            {
                let digits = &line.text[label.len()..];
                read_t2_row(doc, tables, problems, line, label, digits, &t2_columns, t2_caption);
                continue;
            }
        }
        let Some((label, digits)) = split_label(&line.text) else {
            continue;
        };
        let norm = normalize::label(label);
        let id = t3_row_of(label, &norm).or_else(|| {
            // A long label a PDF viewer wrapped: its start is the line above, which holds no
            // number (`（二）部分公开（区分处理的，只计这一情` / `形，不计其他情形） 1 0 0 0 0 0 1`).
            // The rest of a label never starts with an item number: a line that does is a row
            // of its own, whose label is not to be glued to the row above.
            if starts_with_item_number(label.trim()) {
                return None;
            }
            // Its start does, as every label of table 3 does (a line of table 4's column names,
            // `… 尚未审结 总计`, is no label's start).
            let above = lines
                .get(n.wrapping_sub(1))
                .filter(|l| split_label(&l.text).is_none() && starts_with_item_number(l.text.trim()))?;
            let joined = format!("{}{}", above.text.trim(), label.trim());
            t3_row_of(&joined, &normalize::label(&joined))
        });
        if let Some(id) = id {
            if tables.applications.as_ref().is_some_and(|a| a.row(id).is_some()) {
                continue;
            }
            let readings = readings(digits, &[Kind::Count; 7], T3Column::COUNT);
            t3_rows.push(FusedRow { id, line, offset: label.len(), digits, readings });
        } else if table2::is_row_label(&norm) && !t2_from_cells {
            read_t2_row(doc, tables, problems, line, label, digits, &t2_columns, t2_caption);
        } else if label.trim().is_empty()
            && tables.review_litigation.is_none()
            && lines[n.saturating_sub(3)..n].iter().any(|l| l.text.contains("尚未审结"))
        {
            let r = readings(digits, &[Kind::Count; 15], table4::GROUP_WIDTH);
            let count = readings_count(&r);
            let cells = accept(doc, line, 0, digits, r.single(), count, StandardTable::ReviewLitigation, problems);
            if let Some(cells) = cells {
                tables.review_litigation = Some(ReviewLitigation { cells: Cells(cells), span: line.span });
            }
        }
    }
    resolve_t3(doc, tables, problems, t3_rows);
}

/// Whether a label starts with an item number: `一、`, `（二）`, `(3)`, `4.`, `5、`.
fn starts_with_item_number(label: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let mut chars = label.chars();
    match chars.next() {
        Some('（' | '(') => chars.next().is_some_and(|c| NUMERALS.contains(c) || c.is_ascii_digit()),
        Some(c) if c.is_ascii_digit() => {
            chars.find(|c| !c.is_ascii_digit()).is_some_and(|c| matches!(c, '.' | '、' | '．' | '，' | ','))
        }
        Some(c) if NUMERALS.contains(c) => chars.next().is_some_and(|c| matches!(c, '、' | '.' | '，' | ',')),
        _ => false,
    }
}

/// The table-3 row a label names, if any.
fn t3_row_of(label: &str, norm: &str) -> Option<T3Row> {
    match table3::label(norm) {
        Some(T3Label::Row(id)) => Some(id),
        Some(T3Label::OtherHandling) => Some(T3Row::OtherHandling),
        // A group's label merged into the row's, as a PDF viewer copies it
        // (`三、本年度办理结果 （一）予以公开 3 1 0 0 0 0 4`): the row is the last word.
        Some(T3Label::Group(_)) => {
            label.split_whitespace().last().and_then(|last| match table3::label(&normalize::label(last)) {
                Some(T3Label::Row(id)) => Some(id),
                _ => None,
            })
        }
        _ => None,
    }
}

fn t2_disclosure<'t>(tables: &'t mut Tables, line: &Line) -> &'t mut ActiveDisclosure {
    tables.active_disclosure.get_or_insert_with(|| ActiveDisclosure {
        rows: Vec::new(),
        span: line.span,
        headers: Vec::new(),
        captions: Vec::new(),
    })
}

/// The column labels of a fused table-2 header (`本年制发件数本年废止件数现行有效件数`).
fn header_columns(mut rest: &str) -> Vec<(&'static str, Kind)> {
    let mut out = Vec::new();
    while let Some(c) = rest.chars().next() {
        // The longest label that starts here (本年新制作数量 before 本年新).
        let found = T2_COLUMNS.iter().filter(|(l, _)| rest.starts_with(l)).max_by_key(|(l, _)| l.len());
        match found {
            Some(&(label, kind)) => {
                out.push((label, kind));
                rest = &rest[label.len()..];
            }
            None => rest = &rest[c.len_utf8()..],
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_t2_row(
    doc: &Document,
    tables: &mut Tables,
    problems: &mut Vec<TableProblem>,
    line: &Line,
    label: &str,
    digits: &str,
    columns: &[(&'static str, Kind)],
    caption: Option<&Line>,
) {
    let norm = normalize::label(label);
    // Without a header, only 规章 and 规范性文件 have a width known in both formats (three).
    let kinds: Vec<Kind> = if !columns.is_empty() {
        columns.iter().map(|(_, k)| *k).collect()
    } else if norm.contains("规章") || norm.contains("规范性文件") {
        vec![Kind::Count; 3]
    } else {
        Vec::new()
    };
    let cells = if kinds.is_empty() {
        accept(doc, line, label.len(), digits, None, 2, StandardTable::ActiveDisclosure, problems)
    } else if kinds.len() == 1 {
        // One value: the whole tail is the cell, whatever it holds (`0.5`, `1,005.834万元`).
        let tail = normalize::trim(&line.text[label.len()..]);
        let at = label.len() + (line.text.len() - label.len() - line.text[label.len()..].trim_start().len());
        Some(vec![TableCell::from_text(tail, locate(doc, line, at..at + tail.len()))])
    } else if kinds.contains(&Kind::Amount) {
        // Two fused amounts can't be told apart unless spaces separate them.
        let parts: Vec<&str> = digits.split_whitespace().collect();
        if parts.len() == kinds.len() {
            let mut at = label.len();
            let cells = parts
                .iter()
                .map(|p| {
                    let start = at + line.text[at..].find(p).unwrap_or(0);
                    at = start + p.len();
                    TableCell::from_text(p, locate(doc, line, start..at))
                })
                .collect();
            Some(cells)
        } else {
            accept(doc, line, label.len(), digits, None, 2, StandardTable::ActiveDisclosure, problems)
        }
    } else {
        // No sums in table 2: only a forced split is read.
        let r = readings(digits, &kinds, 0);
        let count = readings_count(&r);
        accept(doc, line, label.len(), digits, r.single(), count, StandardTable::ActiveDisclosure, problems)
    };
    let Some(cells) = cells else { return };
    let span = cells.iter().fold(line.span, |s, c| s.cover(c.span));
    let group = caption.map_or_else(|| "第二十条第(一)项".to_owned(), |l| l.text.clone());
    let row = DisclosureRow {
        group,
        label: label.trim().to_owned(),
        columns: columns.iter().map(|(c, _)| (*c).to_owned()).collect(),
        cells: Cells(cells),
        span,
    };
    let t2 = t2_disclosure(tables, line);
    t2.span = t2.span.cover(span);
    t2.rows.push(row);
}

/// A table-3 row read from a fused line, before the table-wide check.
struct FusedRow<'a> {
    id: T3Row,
    line: &'a Line,
    offset: usize,
    digits: &'a str,
    readings: Readings,
}

/// Settles the fused table-3 rows: a row with one reading is read; the readings of the others
/// are tried together against the column identities, and a row is read when every combination
/// that satisfies them gives it the same values.
fn resolve_t3(doc: &Document, tables: &mut Tables, problems: &mut Vec<TableProblem>, rows: Vec<FusedRow>) {
    if rows.is_empty() {
        return;
    }
    let known: Vec<(T3Row, [i64; 7])> = tables
        .applications
        .iter()
        .flat_map(|a| &a.rows)
        .filter_map(|r| {
            let v: Vec<i64> = r.cells.iter().filter_map(|c| c.arithmetic_value().map(|x| x as i64)).collect();
            <[i64; 7]>::try_from(v).ok().map(|v| (r.id, v))
        })
        .collect();
    let mut chosen = choose_readings(&rows, &known);
    distrust_if_contradicted(&rows, &known, &mut chosen);
    let mut read: Vec<ApplicationRow> = Vec::new();
    for (row, choice) in rows.iter().zip(chosen) {
        let count = readings_count(&row.readings);
        let reading = choice.map(|k| row.readings.get(k).to_vec());
        let cells =
            accept(doc, row.line, row.offset, row.digits, reading, count, StandardTable::Applications, problems);
        if let Some(cells) = cells {
            let span = cells.iter().fold(row.line.span, |s, c| s.cover(c.span));
            let label = row.line.text[..row.offset].trim().to_owned();
            read.push(ApplicationRow { id: row.id, label, cells: Cells(cells), span });
        }
    }
    if read.is_empty() {
        return;
    }
    let span = read.iter().map(|r| r.span).reduce(Span::cover).unwrap_or_default();
    let t3 = tables.applications.get_or_insert_with(|| Applications { span, rows: Vec::new() });
    t3.span = t3.span.cover(span);
    t3.rows.extend(read);
    t3.rows.sort_by_key(|r| r.span.start);
}

/// A reading chosen by the table's sums rests on the sums holding. When the table gives
/// evidence against that — a column identity broken as read, or another row with no reading
/// (a row whose digits fit no split with its own total is itself a sign of wrong totals) — a
/// row whose own total is wrong may have a false split that fits it: only the forced readings
/// (the one split possible) are kept, the others become unreadable.
fn distrust_if_contradicted(rows: &[FusedRow], known: &[(T3Row, [i64; 7])], chosen: &mut [Option<usize>]) {
    let values = table_values(rows, known, chosen);
    let ids: Vec<T3Row> = values.iter().map(|(id, _)| *id).collect();
    let all_read = values.iter().all(|(_, v)| v.is_some());
    if all_read && equations(&ids).iter().all(|e| e.holds(&values)) {
        return;
    }
    for (row, choice) in rows.iter().zip(chosen.iter_mut()) {
        if !matches!(row.readings, Readings::Forced(_)) {
            *choice = None;
        }
    }
}

/// Every row's values: the rows read from cells, then the fused rows as chosen (`None`: no
/// reading chosen).
fn table_values(
    rows: &[FusedRow],
    known: &[(T3Row, [i64; 7])],
    chosen: &[Option<usize>],
) -> Vec<(T3Row, Option<[i64; 7]>)> {
    let known = known.iter().map(|&(id, v)| (id, Some(v)));
    let fused =
        rows.iter().zip(chosen).map(|(row, choice)| (row.id, choice.map(|k| row.readings.values(row.digits, k))));
    known.chain(fused).collect()
}

/// For each fused row, the index of the reading to take, if one is certain.
fn choose_readings(rows: &[FusedRow], known: &[(T3Row, [i64; 7])]) -> Vec<Option<usize>> {
    let mut chosen: Vec<Option<usize>> = rows.iter().map(|r| (r.readings.len() == 1).then_some(0)).collect();
    let ambiguous: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].readings.len() > 1).collect();
    if ambiguous.is_empty() {
        return chosen;
    }
    let combinations = ambiguous.iter().try_fold(1usize, |n, &i| n.checked_mul(rows[i].readings.len()));
    if combinations.is_none_or(|n| n > MAX_COMBINATIONS) {
        return chosen;
    }
    // The values of every row, with the ambiguous ones filled in per combination.
    let mut values = table_values(rows, known, &chosen);
    let base = known.len();
    let all_ids: Vec<T3Row> = values.iter().map(|(id, _)| *id).collect();
    let equations = equations(&all_ids);
    if equations.is_empty() {
        return chosen;
    }
    // For each ambiguous row, the readings that appear in some consistent combination.
    let mut seen: Vec<Vec<bool>> = ambiguous.iter().map(|&i| vec![false; rows[i].readings.len()]).collect();
    let mut index = vec![0usize; ambiguous.len()];
    let mut solutions = 0usize;
    loop {
        for (slot, &i) in ambiguous.iter().enumerate() {
            values[base + i].1 = Some(rows[i].readings.values(rows[i].digits, index[slot]));
        }
        if equations.iter().all(|e| e.holds(&values)) {
            solutions += 1;
            for (slot, &k) in index.iter().enumerate() {
                seen[slot][k] = true;
            }
        }
        // Next combination (odometer).
        let mut slot = 0;
        while slot < index.len() {
            index[slot] += 1;
            if index[slot] < rows[ambiguous[slot]].readings.len() {
                break;
            }
            index[slot] = 0;
            slot += 1;
        }
        if slot == index.len() {
            break;
        }
    }
    if solutions > 0 {
        for (slot, &i) in ambiguous.iter().enumerate() {
            let mut fits = seen[slot].iter().enumerate().filter(|(_, s)| **s).map(|(k, _)| k);
            if let (Some(k), None) = (fits.next(), fits.next()) {
                chosen[i] = Some(k);
            }
        }
    }
    chosen
}

/// A column identity of table 3: Σ `plus` = Σ `minus`, in one column, for the rows named.
struct Equation {
    plus: Vec<usize>,
    minus: Vec<usize>,
    column: usize,
}

impl Equation {
    fn holds(&self, values: &[(T3Row, Option<[i64; 7]>)]) -> bool {
        let sum = |rows: &[usize]| -> Option<i64> { rows.iter().map(|&r| values[r].1.map(|v| v[self.column])).sum() };
        match (sum(&self.plus), sum(&self.minus)) {
            (Some(a), Some(b)) => a == b,
            // A row still unreadable: this identity can't decide.
            _ => true,
        }
    }
}

/// The column identities of the table as read, with every row they name present (a partial
/// sum must not choose a reading), per column.
fn equations(ids: &[T3Row]) -> Vec<Equation> {
    let at = |row: &T3Row| ids.iter().position(|x| x == row).unwrap_or(usize::MAX);
    let identities = identities::t3_column_identities(ids);
    let mut out = Vec::new();
    for column in 0..T3Column::COUNT {
        for identity in &identities {
            out.push(Equation {
                plus: identity.plus.iter().map(at).collect(),
                minus: identity.minus.iter().map(at).collect(),
                column,
            });
        }
    }
    out
}

/// Builds the cells of the reading taken, or reports the row unreadable.
#[allow(clippy::too_many_arguments)]
fn accept(
    doc: &Document,
    line: &Line,
    offset: usize,
    digits: &str,
    reading: Option<Vec<Range<usize>>>,
    count: usize,
    table: StandardTable,
    problems: &mut Vec<TableProblem>,
) -> Option<Vec<TableCell>> {
    let label = line.text[..offset].trim().to_owned();
    let Some(reading) = reading else {
        problems.push(TableProblem {
            table,
            kind: ProblemKind::Unreadable { readings: count.min(2) },
            span: line.span,
            label,
        });
        return None;
    };
    let cells = reading
        .iter()
        .map(|r| TableCell::from_text(&digits[r.clone()], locate(doc, line, offset + r.start..offset + r.end)))
        .collect();
    problems.push(TableProblem { table, kind: ProblemKind::Recovered, span: line.span, label });
    Some(cells)
}

/// Splits `label123 456` into the label and the trailing digits (with their spaces and signs).
fn split_label(text: &str) -> Option<(&str, &str)> {
    let tail_start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || normalize::is_space(c) || matches!(c, '+' | '-'))
        .last()
        .map(|(i, _)| i)?;
    // A sign belongs to the values only when a digit follows it.
    let tail_start = tail_start + text[tail_start..].find(|c: char| c.is_ascii_digit() || c == '+' || c == '-')?;
    let (label, digits) = text.split_at(tail_start);
    // `2.` of `2.其他…` is part of the label; a label must not end in a digit run it owns.
    let digit_count = digits.chars().filter(char::is_ascii_digit).count();
    (digit_count >= 2 || !label.trim().is_empty() && digit_count >= 1).then_some((label, digits))
}

/// The ways a digit run splits into cells.
#[derive(Debug)]
enum Readings {
    /// Only one split is possible at all: the numbers are certain (right or wrong).
    Forced(Vec<Range<usize>>),
    /// The splits that satisfy the row's own sums (none, one, or several to decide between).
    Some(Vec<Vec<Range<usize>>>),
    /// Too many to say.
    TooMany,
}

impl Readings {
    fn len(&self) -> usize {
        match self {
            Readings::Forced(_) => 1,
            Readings::Some(found) => found.len(),
            Readings::TooMany => 0,
        }
    }

    /// The one reading, forced or the only one that fits the sums.
    fn single(self) -> Option<Vec<Range<usize>>> {
        match self {
            Readings::Forced(one) => Some(one),
            Readings::Some(mut found) if found.len() == 1 => found.pop(),
            _ => None,
        }
    }

    fn get(&self, k: usize) -> &[Range<usize>] {
        match self {
            Readings::Forced(one) => one,
            Readings::Some(found) => &found[k],
            Readings::TooMany => &[],
        }
    }

    fn values(&self, digits: &str, k: usize) -> [i64; 7] {
        let mut out = [0; 7];
        for (o, r) in out.iter_mut().zip(self.get(k)) {
            *o = parse(&digits.as_bytes()[r.clone()]);
        }
        out
    }
}

/// How many readings to report (0, 1, or 2 for "several").
fn readings_count(r: &Readings) -> usize {
    match r {
        Readings::TooMany => 2,
        other => other.len().min(2),
    }
}

/// The readings of a digit run as cells of `kinds`. With `group` > 0, every `group` cells end
/// with their total (table 3: six applicants and 总计; table 4: four results and 总计).
fn readings(digits: &str, kinds: &[Kind], group: usize) -> Readings {
    if digits.chars().filter(char::is_ascii_digit).count() > MAX_DIGITS {
        return Readings::TooMany;
    }
    let mut digits_after = vec![0; digits.len() + 1];
    for (i, b) in digits.bytes().enumerate().rev() {
        digits_after[i] = digits_after[i + 1] + usize::from(b.is_ascii_digit());
    }
    let mut search = Search {
        digits: digits.as_bytes(),
        digits_after,
        kinds,
        group: 0,
        steps: 0,
        found: Vec::new(),
        limit: MAX_READINGS + 1,
        target: None,
        current: Vec::new(),
    };
    // First: is there only one split at all?
    let mut memo = vec![u8::MAX; (digits.len() + 1) * (kinds.len() + 1)];
    match search.count(0, 0, &mut memo) {
        0 => return Readings::Some(Vec::new()),
        1 => return Readings::Forced(search.the_split(&mut memo)),
        _ if group == 0 => return Readings::Some(Vec::new()),
        _ => {}
    }
    // Then the splits whose totals hold.
    search.group = group;
    search.run(0);
    if search.steps > MAX_STEPS || search.found.len() > MAX_READINGS {
        return Readings::TooMany;
    }
    Readings::Some(search.found)
}

struct Search<'a> {
    digits: &'a [u8],
    /// How many digits follow each position (the search prunes by it).
    digits_after: Vec<usize>,
    kinds: &'a [Kind],
    /// Cells per sum group (the last one is the total), or 0 for no sums.
    group: usize,
    steps: usize,
    found: Vec<Vec<Range<usize>>>,
    /// Stop once this many splits are found.
    limit: usize,
    /// In the last group: its total's value and where it starts (the run's last cell).
    target: Option<(i64, usize)>,
    current: Vec<Range<usize>>,
}

impl Search<'_> {
    fn skip_spaces(&self, mut pos: usize) -> usize {
        while pos < self.digits.len() && self.digits[pos] == b' ' {
            pos += 1;
        }
        pos
    }

    /// The cells that may start at `pos` for cell `part`: their ends.
    fn cell_ends(&self, pos: usize, part: usize) -> impl Iterator<Item = usize> + '_ {
        let sign = usize::from(self.kinds[part] == Kind::Signed && matches!(self.digits.get(pos), Some(b'+' | b'-')));
        let digits_at = pos + sign;
        (1..=MAX_PART_DIGITS)
            .map(move |len| digits_at + len)
            .take_while(move |&end| {
                end <= self.digits.len() && self.digits[digits_at..end].iter().all(u8::is_ascii_digit)
            })
            // No leading zeros: `0` alone is a cell, `05` is not.
            .filter(move |&end| end == digits_at + 1 || self.digits[digits_at] != b'0')
    }

    /// How many splits of the digits from `pos` into the cells from `part` on (0, 1 or 2 for
    /// "several"), by dynamic programming: linear in the digits.
    fn count(&self, pos: usize, part: usize, memo: &mut [u8]) -> u8 {
        let pos = self.skip_spaces(pos);
        if part == self.kinds.len() {
            return u8::from(pos == self.digits.len());
        }
        let key = pos * (self.kinds.len() + 1) + part;
        if memo[key] != u8::MAX {
            return memo[key];
        }
        let mut ways = 0u8;
        let ends: Vec<usize> = self.cell_ends(pos, part).collect();
        for end in ends {
            ways = (ways + self.count(end, part + 1, memo)).min(2);
            if ways == 2 {
                break;
            }
        }
        memo[key] = ways;
        ways
    }

    /// The one split, when `count` said there is exactly one.
    fn the_split(&self, memo: &mut [u8]) -> Vec<Range<usize>> {
        let mut out = Vec::with_capacity(self.kinds.len());
        let mut pos = 0;
        for part in 0..self.kinds.len() {
            pos = self.skip_spaces(pos);
            let ends: Vec<usize> = self.cell_ends(pos, part).collect();
            let Some(end) = ends.into_iter().find(|&end| self.count(end, part + 1, memo) == 1) else { break };
            out.push(pos..end);
            pos = end;
        }
        out
    }

    fn run(&mut self, mut pos: usize) {
        self.steps += 1;
        if self.steps > MAX_STEPS || self.found.len() >= self.limit {
            return;
        }
        while pos < self.digits.len() && self.digits[pos] == b' ' {
            pos += 1;
        }
        let part = self.current.len();
        // What is left must fill the cells left: at least one digit each, at most eight.
        let left = self.kinds.len() - part;
        let digits_left = self.digits_after[pos];
        if digits_left < left || digits_left > left * MAX_PART_DIGITS {
            return;
        }
        if part == self.kinds.len() {
            self.found.push(self.current.clone());
            return;
        }
        let group_start = self.group > 0 && part.is_multiple_of(self.group);
        if group_start && part + self.group == self.kinds.len() && self.target.is_none() {
            // The last group's total is the run's last cell: try each length, then look only
            // for cells that add up to it.
            let end = self.digits.len();
            for len in 1..=MAX_PART_DIGITS.min(end - pos) {
                let start = end - len;
                if !self.digits[start].is_ascii_digit() {
                    break;
                }
                if len > 1 && self.digits[start] == b'0' {
                    continue;
                }
                self.target = Some((parse(&self.digits[start..end]), start));
                self.run(pos);
                self.target = None;
            }
            return;
        }
        if self.group > 0 && part % self.group == self.group - 1 {
            // The group's total is not searched for: it must be the sum of the cells before it.
            let members = &self.current[part + 1 - self.group..];
            let sum: i64 = members.iter().map(|r| parse(&self.digits[r.clone()])).sum();
            let written = sum.to_string();
            if self.digits[pos..].starts_with(written.as_bytes()) {
                self.current.push(pos..pos + written.len());
                self.run(pos + written.len());
                self.current.pop();
            }
            return;
        }
        let mut ends = [0usize; MAX_PART_DIGITS];
        let mut n = 0;
        for end in self.cell_ends(pos, part) {
            ends[n] = end;
            n += 1;
        }
        let group_sum: i64 = match self.target {
            Some(_) => self.current[part - part % self.group..].iter().map(|r| parse(&self.digits[r.clone()])).sum(),
            None => 0,
        };
        if let Some((_, total_start)) = self.target {
            // Each cell is at most as long as the total: the digits before it must fit.
            let total_len = self.digits.len() - total_start;
            let cells_left = self.group - 1 - part % self.group;
            let before_total = self.digits_after[pos] - self.digits_after[total_start];
            if before_total < cells_left || before_total > cells_left * total_len {
                return;
            }
        }
        for &end in &ends[..n] {
            if let Some((total, total_start)) = self.target {
                // Cells only grow with their length: stop once the total is passed.
                if end > total_start || group_sum + parse(&self.digits[pos..end]) > total {
                    break;
                }
            }
            self.current.push(pos..end);
            self.run(end);
            self.current.pop();
        }
    }
}

fn parse(digits: &[u8]) -> i64 {
    let (sign, digits) = match digits.first() {
        Some(b'-') => (-1, &digits[1..]),
        Some(b'+') => (1, &digits[1..]),
        _ => (1, digits),
    };
    sign * digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'))
}

#[cfg(test)]
mod tests {
    use crate::read::{read_str, InputKind};

    fn model(text: &str) -> crate::model::Model {
        crate::model::build(read_str(text, InputKind::Text))
    }

    #[test]
    fn item_numbers_start_labels() {
        for label in ["一、本年新收", "（二）部分公开", "(3)其他", "4.保护第三方", "12、其他", "三，本年度"]
        {
            assert!(super::starts_with_item_number(label), "{label}");
        }
        for label in ["形，不计其他情形）", "信息", "行政复议结果维持", "2023年", "十分"] {
            assert!(!super::starts_with_item_number(label), "{label}");
        }
    }

    fn values(m: &crate::model::Model, id: &str) -> Option<Vec<f64>> {
        let row = m.tables.applications.as_ref()?.row(crate::format::T3Row::from_id(id)?)?;
        Some(row.cells.iter().map(|c| c.value().unwrap()).collect())
    }

    #[test]
    fn a_row_with_one_reading_is_recovered() {
        let m = model("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量230 000023\n");
        assert_eq!(values(&m, "1").unwrap(), [23.0, 0.0, 0.0, 0.0, 0.0, 0.0, 23.0]);
        let row = m.tables.applications.as_ref().unwrap().row(crate::format::T3Row::Received).unwrap();
        assert_eq!(&m.doc.text[row.cells[6].span.range()], "23");
    }

    #[test]
    fn a_forced_split_is_read_even_when_its_sum_is_wrong() {
        // Seven digits, seven cells: the numbers are certain; the arithmetic rules report them.
        let m = model("一、本年新收政府信息公开申请数量1000002\n");
        assert_eq!(values(&m, "1").unwrap(), [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0]);
    }

    #[test]
    fn table_2_rows_are_read_only_when_the_digits_split_one_way() {
        let m = model("第二十条第(一)项\n规章000\n规范性文件2019\n行政许可5\n");
        let t2 = m.tables.active_disclosure.as_ref().unwrap();
        assert_eq!(t2.rows.len(), 1);
        assert_eq!(t2.rows[0].label, "规章");
        let unreadable =
            m.table_problems.iter().filter(|p| matches!(p.kind, super::ProblemKind::Unreadable { .. })).count();
        assert_eq!(unreadable, 2, "规范性文件2019 has several readings; 行政许可's width depends on the format");
    }

    #[test]
    fn table_2_widths_come_from_a_fused_header() {
        let m = model(
            "第二十条第(五)项\n信息内容上一年项目数量本年增/减处理决定数量\n行政许可0+10\n行政处罚3+95611\n第二十条第(八)项\n信息内容本年收费金额(单位:万元)\n行政事业性收费0.5\n",
        );
        let t2 = m.tables.active_disclosure.as_ref().unwrap();
        let got: Vec<(String, Vec<f64>)> =
            t2.rows.iter().map(|r| (r.label.clone(), r.cells.iter().map(|c| c.value().unwrap()).collect())).collect();
        assert_eq!(got, [("行政许可".to_owned(), vec![0.0, 1.0, 0.0]), ("行政事业性收费".to_owned(), vec![0.5])]);
        // 3|+9|5611, 3|+95|611 …: no sums to decide by.
        assert!(m
            .table_problems
            .iter()
            .any(|p| p.label == "行政处罚" && matches!(p.kind, super::ProblemKind::Unreadable { .. })));
    }

    #[test]
    fn an_ambiguous_row_is_unreadable_not_guessed() {
        // 1+10 = 11 and 11 = 11 read the same digits.
        let m = model("一、本年新收政府信息公开申请数量110000011\n");
        assert!(m.tables.applications.is_none());
        assert!(m.table_problems.iter().any(|p| matches!(p.kind, super::ProblemKind::Unreadable { .. })));
    }

    /// A 2019 table 3 as fused lines, every row `0000000` but those given.
    fn fused_t3(rows: &[(&str, &str)]) -> String {
        let labels = [
            ("1", "一、本年新收政府信息公开申请数量"),
            ("2", "二、上年结转政府信息公开申请数量"),
            ("", "三、本年度办理结果"),
            ("3.1", "（一）予以公开"),
            ("3.2", "（二）部分公开"),
            ("3.3.1", "（三）不予公开 1.属于国家秘密"),
            ("3.3.2", "2.其他法律行政法规禁止公开"),
            ("3.3.3", "3.危及“三安全一稳定”"),
            ("3.3.4", "4.保护第三方合法权益"),
            ("3.3.5", "5.属于三类内部事务信息"),
            ("3.3.6", "6.属于四类过程性信息"),
            ("3.3.7", "7.属于行政执法案卷"),
            ("3.3.8", "8.属于行政查询事项"),
            ("3.4.1", "（四）无法提供 1.本机关不掌握相关政府信息"),
            ("3.4.2", "2.没有现成信息需要另行制作"),
            ("3.4.3", "3.补正后申请内容仍不明确"),
            ("3.5.1", "（五）不予处理 1.信访举报投诉类申请"),
            ("3.5.2", "2.重复申请"),
            ("3.5.3", "3.要求提供公开出版物"),
            ("3.5.4", "4.无正当理由大量反复申请"),
            ("3.5.5", "5.要求行政机关确认或重新出具已获取信息"),
            ("3.6", "（六）其他处理"),
            ("3.7", "（七）总计"),
            ("4", "四、结转下年度继续办理"),
        ];
        let mut text = String::new();
        for (id, label) in labels {
            let digits = if id.is_empty() { "" } else { rows.iter().find(|r| r.0 == id).map_or("0000000", |r| r.1) };
            text.push_str(&format!("{label}{digits}\n"));
        }
        text
    }

    #[test]
    fn the_column_sums_settle_an_ambiguous_row() {
        // `110000011` reads as 11|0|0|0|0|0|11 or as 1|10|0|0|0|0|11.
        let m = model(&fused_t3(&[("1", "110000011"), ("3.1", "110000011"), ("3.7", "110000011")]));
        assert_eq!(values(&m, "1"), None, "both readings fit every identity: unreadable");
        assert_eq!(values(&m, "3.7"), None);
        assert_eq!(values(&m, "3.3.1").unwrap(), [0.0; 7]);
        // 1 + 10 in column 自然人 of （一）（二） makes （七） and then 一 read 11 there.
        let m = model(&fused_t3(&[("1", "110000011"), ("3.1", "1000001"), ("3.2", "100000010"), ("3.7", "110000011")]));
        assert_eq!(values(&m, "3.2").unwrap(), [10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0]);
        assert_eq!(values(&m, "3.7").unwrap(), [11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 11.0]);
        assert_eq!(values(&m, "1").unwrap(), [11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 11.0]);
    }
}

//! Rows whose cell separators were lost when a page was flattened:
//! `一、本年新收政府信息公开申请数量230 000023`.
//!
//! The digits can be split into cells in many ways. A reading is accepted only when the
//! table's own sums leave exactly one (a table-3 row: 总计 = the six applicant columns; table 4:
//! each 总计 = the four before it). Otherwise the row is reported as unreadable: a wrong number
//! presented as read is worse than an honest "can't be read".

use super::cell::{Cells, TableCell};
use super::labels::{self, T3Label};
use super::tables::{
    ActiveDisclosure, ApplicationRow, Applications, DisclosureRow, ProblemKind, ReviewLitigation, StandardTable,
    TableProblem, Tables,
};
use crate::normalize;
use crate::read::{Document, Line};
use std::ops::Range;

/// Longest digit run we try to split; longer ones are reported unreadable.
const MAX_DIGITS: usize = 60;
/// A count never has more digits than this (10⁸ − 1).
const MAX_PART_DIGITS: usize = 8;
/// Bound on the search, so hostile input cannot make it slow.
const MAX_STEPS: usize = 200_000;

pub(crate) fn recover(doc: &Document, tables: &mut Tables, problems: &mut Vec<TableProblem>) {
    let lines: Vec<&Line> = doc.lines().collect();
    // Table 2 read from real cells is not completed from prose lines.
    let t2_from_cells = tables.active_disclosure.is_some();
    for (n, line) in lines.iter().enumerate() {
        let Some((label, digits)) = split_label(&line.text) else {
            continue;
        };
        let norm = normalize::label(label);
        let id = match labels::t3_label(&norm) {
            Some(T3Label::Row(id)) => Some(id),
            Some(T3Label::OtherHandling) => Some("3.6"),
            _ => None,
        };
        if let Some(id) = id {
            if tables.applications.as_ref().is_some_and(|a| a.row(id).is_some()) {
                continue;
            }
            let row_sum = |v: &[u64]| v[..6].iter().sum::<u64>() == v[6];
            let Some(cells) =
                read_row(doc, line, label.len(), digits, 7, &row_sum, StandardTable::Applications, problems)
            else {
                continue;
            };
            let span = cells.iter().fold(line.span, |s, c| s.cover(c.span));
            let row = ApplicationRow { id, label: label.trim().to_owned(), cells: Cells(cells), span };
            match &mut tables.applications {
                Some(a) => a.rows.push(row),
                None => tables.applications = Some(Applications { span: line.span, rows: vec![row] }),
            }
        } else if labels::is_t2_row_label(&norm) && !t2_from_cells {
            // Table 2 has no sums to decide by: its row is read only when the digits split one
            // way alone (规章 and 规范性文件 have three columns in both formats; other rows' width
            // depends on the format, so they are never guessed).
            let width = if norm.contains("规章") || norm.contains("规范性文件") { 3 } else { 0 };
            let cells = if width == 0 {
                problems.push(TableProblem {
                    table: StandardTable::ActiveDisclosure,
                    kind: ProblemKind::Unreadable { readings: 2 },
                    span: line.span,
                    label: label.trim().to_owned(),
                });
                None
            } else {
                read_row(doc, line, label.len(), digits, width, &|_| true, StandardTable::ActiveDisclosure, problems)
            };
            if let Some(cells) = cells {
                let span = cells.iter().fold(line.span, |s, c| s.cover(c.span));
                let group = lines[..n]
                    .iter()
                    .rev()
                    .find(|l| labels::is_t2_caption(&normalize::label(&l.text)))
                    .map_or_else(|| "第二十条第(一)项".to_owned(), |l| l.text.clone());
                let row = DisclosureRow {
                    group,
                    label: label.trim().to_owned(),
                    columns: Vec::new(),
                    cells: Cells(cells),
                    span,
                };
                let t2 = tables.active_disclosure.get_or_insert_with(|| ActiveDisclosure {
                    rows: Vec::new(),
                    span: line.span,
                    headers: Vec::new(),
                    captions: Vec::new(),
                });
                t2.rows.push(row);
            }
        } else if label.trim().is_empty()
            && tables.review_litigation.is_none()
            && lines[n.saturating_sub(3)..n].iter().any(|l| l.text.contains("尚未审结"))
        {
            let totals = |v: &[u64]| (0..3).all(|g| v[g * 5..g * 5 + 4].iter().sum::<u64>() == v[g * 5 + 4]);
            if let Some(cells) = read_row(doc, line, 0, digits, 15, &totals, StandardTable::ReviewLitigation, problems)
            {
                tables.review_litigation = Some(ReviewLitigation { cells: Cells(cells), span: line.span });
            }
        }
    }
}

/// Splits `label123 456` into the label and the trailing digits (with their spaces).
fn split_label(text: &str) -> Option<(&str, &str)> {
    let tail_start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || normalize::is_space(c))
        .last()
        .map(|(i, _)| i)?;
    let (label, digits) = text.split_at(tail_start);
    // `2.` of `2.其他…` is part of the label; a label must not end in a digit run it owns.
    let digit_count = digits.chars().filter(char::is_ascii_digit).count();
    (digit_count >= 2 || !label.trim().is_empty() && digit_count >= 1).then_some((label, digits))
}

#[allow(clippy::too_many_arguments)]
fn read_row(
    doc: &Document,
    line: &Line,
    offset: usize,
    digits: &str,
    parts: usize,
    check: &dyn Fn(&[u64]) -> bool,
    table: StandardTable,
    problems: &mut Vec<TableProblem>,
) -> Option<Vec<TableCell>> {
    let mut search =
        Search { digits: digits.as_bytes(), parts, check, steps: 0, found: Vec::new(), current: Vec::new() };
    let count = if digits.chars().filter(char::is_ascii_digit).count() > MAX_DIGITS {
        usize::MAX
    } else {
        search.run(0);
        if search.steps > MAX_STEPS {
            usize::MAX
        } else {
            search.found.len()
        }
    };
    let label = line.text[..offset].trim().to_owned();
    if count != 1 {
        problems.push(TableProblem {
            table,
            kind: ProblemKind::Unreadable { readings: count.min(2) },
            span: line.span,
            label,
        });
        return None;
    }
    // Spans are exact when the line is the source text itself (plain text), else the line.
    let exact = doc.text.get(line.span.range()) == Some(line.text.as_str());
    let base = line.span.start + offset;
    let cells = search.found[0]
        .iter()
        .map(|r| {
            let text = &digits[r.clone()];
            let span = if exact { doc.span(base + r.start..base + r.end) } else { line.span };
            TableCell::from_text(text, span)
        })
        .collect();
    problems.push(TableProblem { table, kind: ProblemKind::Recovered, span: line.span, label });
    Some(cells)
}

struct Search<'a> {
    digits: &'a [u8],
    parts: usize,
    check: &'a dyn Fn(&[u64]) -> bool,
    steps: usize,
    /// Readings found (stops at two: one is all we accept).
    found: Vec<Vec<Range<usize>>>,
    current: Vec<Range<usize>>,
}

impl Search<'_> {
    fn run(&mut self, mut pos: usize) {
        self.steps += 1;
        if self.found.len() > 1 || self.steps > MAX_STEPS {
            return;
        }
        while pos < self.digits.len() && self.digits[pos] == b' ' {
            pos += 1;
        }
        if self.current.len() == self.parts {
            if pos == self.digits.len() {
                let values: Vec<u64> = self.current.iter().map(|r| parse(&self.digits[r.clone()])).collect();
                if (self.check)(&values) {
                    self.found.push(self.current.clone());
                }
            }
            return;
        }
        for len in 1..=MAX_PART_DIGITS {
            let end = pos + len;
            if end > self.digits.len() || !self.digits[pos..end].iter().all(u8::is_ascii_digit) {
                break;
            }
            // No leading zeros: `0` alone is a cell, `05` is not.
            if len > 1 && self.digits[pos] == b'0' {
                break;
            }
            self.current.push(pos..end);
            self.run(end);
            self.current.pop();
        }
    }
}

fn parse(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0'))
}

#[cfg(test)]
mod tests {
    use crate::read::{read_str, InputKind};

    fn model(text: &str) -> crate::model::Model {
        crate::model::build(read_str(text, InputKind::Text))
    }

    #[test]
    fn a_row_with_one_reading_is_recovered() {
        let m = model("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量230 000023\n");
        let row = m.tables.applications.as_ref().unwrap().row("1").unwrap();
        let values: Vec<f64> = row.cells.iter().map(|c| c.value().unwrap()).collect();
        assert_eq!(values, [23.0, 0.0, 0.0, 0.0, 0.0, 0.0, 23.0]);
        assert_eq!(&m.doc.text[row.cells[6].span.range()], "23");
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
    fn an_ambiguous_row_is_unreadable_not_guessed() {
        // 1+10 = 11 and 11 = 11 read the same digits.
        let m = model("一、本年新收政府信息公开申请数量110000011\n");
        assert!(m.tables.applications.is_none());
        assert!(m.table_problems.iter().any(|p| matches!(p.kind, super::ProblemKind::Unreadable { .. })));
    }
}

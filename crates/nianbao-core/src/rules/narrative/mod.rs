//! Narrative: numbers in the prose against the tables and against each other (FORMAT.md §6.5).
//!
//! Prose is scanned, not parsed: a number counts when it is written with digits and followed by
//! a unit (件, 条, 次, …); approximations (`300余条`, `近3000人`) are skipped.

mod narrative_counts;
mod narrative_documents;
mod narrative_handled;
mod narrative_handled_exceeds;
mod narrative_no_applications;
mod narrative_parts_sum;
mod narrative_percentages;
mod narrative_received;
mod narrative_review_litigation;

pub(crate) use narrative_counts::NarrativeCounts;
pub(crate) use narrative_documents::NarrativeDocuments;
pub(crate) use narrative_handled::NarrativeHandled;
pub(crate) use narrative_handled_exceeds::NarrativeHandledExceeds;
pub(crate) use narrative_no_applications::NarrativeNoApplications;
pub(crate) use narrative_parts_sum::NarrativePartsSum;
pub(crate) use narrative_percentages::NarrativePercentages;
pub(crate) use narrative_received::NarrativeReceived;
pub(crate) use narrative_review_litigation::NarrativeReviewLitigation;

use crate::format::{T3Column, T3Row};
use crate::model::{Model, TableCell};
use crate::normalize::CellValue;
use crate::read::Line;
use crate::span::Span;
use std::ops::Range;

const UNITS: &[&str] = &["件次", "件", "条", "次", "篇", "个", "项", "份", "人次"];

/// A count written in prose.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ProseNumber {
    pub value: f64,
    /// Byte range of the digits in the line's text.
    pub range: Range<usize>,
    pub unit: &'static str,
}

/// Counts in `text`: digits followed by a unit, not part of a year or a date, not approximate.
pub(crate) fn counts(text: &str) -> Vec<ProseNumber> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let rest = &text[i..];
        let before = text[..start].chars().next_back();
        let approximate = matches!(before, Some('近' | '约' | '超' | '逾')) || rest.starts_with(['余', '多']);
        let after_dot = before == Some('.') || rest.starts_with('.');
        if approximate || after_dot || i - start > 9 {
            continue;
        }
        if let Some(unit) = UNITS.iter().find(|u| rest.starts_with(*u)) {
            let value = text[start..i].parse::<f64>().unwrap_or(0.0);
            out.push(ProseNumber { value, range: start..i, unit });
        }
    }
    out
}

/// Sentences of a line: (byte offset, text), split after 。；！？ and `;`.
pub(crate) fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '；' | '！' | '？' | ';') {
            out.push((start, &text[start..i]));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// The prose lines of the report (table cells are not prose).
pub(crate) fn prose(model: &Model) -> impl Iterator<Item = &Line> {
    model.doc.lines()
}

/// The prose lines that hold a digit, the only ones that can state a count.
pub(crate) fn prose_with_digits(model: &Model) -> impl Iterator<Item = &Line> {
    prose(model).filter(|l| l.text.bytes().any(|b| b.is_ascii_digit()))
}

/// The span of `range` within `line`.
pub(crate) fn span_in(model: &Model, line: &Line, range: Range<usize>) -> Span {
    crate::model::locate_in_line(&model.doc, line, range)
}

/// The 总计 column of table-3 rows, summed, as narrative rules compare it with the prose.
pub(crate) struct T3Total<'m> {
    pub value: f64,
    /// The cells the value comes from (for `related`).
    pub cells: Vec<&'m TableCell>,
    /// Some row's 总计 was blank while its applicant cells were filled: their sum was used.
    pub from_applicants: bool,
}

impl T3Total<'_> {
    pub fn note_zh(&self) -> &'static str {
        if self.from_applicants {
            "（表三该行总计栏为空，按各申请人栏之和计）"
        } else {
            ""
        }
    }
    pub fn note_en(&self) -> &'static str {
        if self.from_applicants {
            " (the row's 总计 cell is blank; the sum of its applicant columns is used)"
        } else {
            ""
        }
    }
}

/// The 总计 column of table-3 rows, summed; `None` if a row is missing. Where a row's 总计 is
/// blank (real Word-exported pages leave it so) but its applicant cells are filled, their sum
/// stands in for it; the blank cell is still reported by NB401.
pub(crate) fn t3_total<'m>(model: &'m Model, ids: &[T3Row]) -> Option<T3Total<'m>> {
    let t3 = model.tables.applications.as_ref()?;
    let mut total = T3Total { value: 0.0, cells: Vec::new(), from_applicants: false };
    for id in ids {
        let row = t3.row(*id)?;
        let cell = &row.cells[T3Column::Total.index()];
        let applicants = row.applicants();
        if cell.parsed == CellValue::Blank && applicants.iter().any(|c| c.value().is_some()) {
            total.value += applicants.iter().map(|c| c.arithmetic_value()).sum::<Option<f64>>()?;
            total.cells.extend(applicants.iter().filter(|c| c.value().is_some()));
            total.from_applicants = true;
        } else {
            total.value += cell.arithmetic_value()?;
            total.cells.push(cell);
        }
    }
    Some(total)
}

pub(crate) fn number(v: f64) -> String {
    crate::rules::arithmetic::number(v)
}

#[cfg(test)]
pub(crate) mod testing {
    pub(crate) const SEED_000: &str = include_str!("../../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt");
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    pub(crate) const SEED_003: &str = include_str!("../../../../../tests/fixtures/003_ee48f4fde292f35b.txt");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_skip_years_dates_and_approximations() {
        let found: Vec<f64> = counts("2019年共收到申请3件，公开回复300余条，5・15活动，近3000人次，第1.5条")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(found, [3.0]);
    }
}

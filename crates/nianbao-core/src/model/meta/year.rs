//! The report's year: its 统计期限, its title, its body text.

use super::dates::{dates_in, month_day_after, Date};
use super::{locate, title_line, Located};
use crate::model::sections::Section;
use crate::normalize::is_space;
use crate::read::{Block, Document, Line};
use crate::span::Span;

/// 统计期限为2019年1月1日至2019年12月31日: the year and, when readable, both dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatisticsPeriod {
    pub year: i32,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

/// Every place the report states its year, for the year rules.
#[derive(Clone, Debug, Default)]
pub struct YearEvidence {
    /// 统计期限为YYYY年1月1日至YYYY年12月31日: start and end dates when readable.
    pub statistics_period: Option<Located<StatisticsPeriod>>,
    /// The year in the title line.
    pub title: Option<Located<i32>>,
    /// The most frequent `YYYY年` in section 一 (or the first paragraphs).
    pub body: Option<Located<i32>>,
}

/// `2019年`, `2019 年`, `2019年度`: (year, byte range of the digits).
pub fn years_in(text: &str) -> impl Iterator<Item = (i32, std::ops::Range<usize>)> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).filter_map(move |i| {
        let four = bytes.get(i..i + 4)?;
        if !four.iter().all(u8::is_ascii_digit) || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            return None;
        }
        if bytes.get(i + 4).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let rest = text.get(i + 4..)?.trim_start_matches(is_space);
        let year: i32 = std::str::from_utf8(four).ok()?.parse().ok()?;
        ((1990..=2100).contains(&year) && rest.starts_with('年')).then_some((year, i..i + 4))
    })
}

/// Years written with digits but without 年, as in the copy artefact `20251月1日` (D28).
fn bare_year_at(text: &str) -> Option<(i32, std::ops::Range<usize>)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let year: i32 = text.get(start..start + 4)?.parse().ok()?;
    (1990..=2100).contains(&year).then_some((year, start..start + 4))
}

const PERIOD_KEYS: &[&str] = &["统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "数据统计期"];

pub(crate) fn year_evidence(doc: &Document, sections: &[Section]) -> YearEvidence {
    let mut evidence = YearEvidence::default();
    for line in doc.lines() {
        if evidence.statistics_period.is_some() {
            break;
        }
        let Some(key_at) = PERIOD_KEYS.iter().filter_map(|k| line.text.find(k)).min() else {
            continue;
        };
        let tail_end = line.text.len().min(key_at + 120);
        let tail_end = crate::span::floor_char_boundary(&line.text, tail_end);
        let tail = &line.text[key_at..tail_end];
        let dates = dates_in(tail);
        let year = years_in(tail).next().or_else(|| bare_year_at(tail));
        if let Some((year, range)) = year {
            let start = dates.first().copied();
            // "2025年1月1日至12月31日": the end year is the start year.
            let end = dates.get(1).copied().or_else(|| month_day_after(tail, "至", year));
            let span = locate(doc, line, key_at + range.start..key_at + tail.len());
            evidence.statistics_period = Some(Located { value: StatisticsPeriod { year, start, end }, span });
        }
    }
    let title = title_line(doc);
    if let Some(line) = title {
        if let Some((year, range)) = years_in(&line.text).next() {
            evidence.title = Some(Located { value: year, span: locate(doc, line, range) });
        }
    }
    // The year the body speaks of most, in section 一 or else the opening paragraphs.
    let body_lines: Vec<&Line> = match sections.iter().find(|s| s.standard == Some(1) || s.number == 1) {
        Some(s) => doc.blocks[s.body.clone()]
            .iter()
            .filter_map(|b| if let Block::Line(l) = b { Some(l) } else { None })
            .take(12)
            .collect(),
        None => doc.lines().take(12).collect(),
    };
    let mut counts: Vec<(i32, usize, Span)> = Vec::new();
    for line in body_lines {
        for (year, range) in years_in(&line.text) {
            match counts.iter_mut().find(|(y, _, _)| *y == year) {
                Some(entry) => entry.1 += 1,
                None => counts.push((year, 1, locate(doc, line, range))),
            }
        }
    }
    // Most mentions; on a tie the earlier year (plans for next year come later in the text).
    if let Some(&(year, _, span)) = counts.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) {
        evidence.body = Some(Located { value: year, span });
    }
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn years_need_nian() {
        let ys: Vec<i32> = years_in("2019 年,2020年度 12345年 2019").map(|(y, _)| y).collect();
        assert_eq!(ys, [2019, 2020]);
    }
}

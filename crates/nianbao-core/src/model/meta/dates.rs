//! Dates as reports write them (`2024年1月8日`, `2024-01-08`, `二〇二四年一月八日`) and the
//! report's publication date: the page's 发布日期 field, else the date under the signature.

use super::Located;
use crate::normalize::is_space;
use crate::read::Document;
use serde::Serialize;

/// A calendar date as written in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(Date { year, month, day })
    }
}

/// Dates in a text: `2024年1月8日`, `2024-01-08`, `2024.1.8`, `2024/1/8`, and the corrupted
/// `201711日` (D28) when only one month/day split is valid.
pub fn dates_in(text: &str) -> Vec<Date> {
    let t: String = text.chars().map(|c| if is_space(c) { ' ' } else { c }).collect();
    let t = t.replace(' ', "");
    let mut out = Vec::new();
    let b = t.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if !(b[i..i + 4].iter().all(u8::is_ascii_digit)) || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let year: i32 = t[i..i + 4].parse().unwrap_or(0);
        let rest = &t[i + 4..];
        if let Some((date, used)) = parse_month_day(year, rest) {
            out.push(date);
            i += 4 + used;
        } else {
            i += 1;
        }
    }
    out
}

fn parse_month_day(year: i32, rest: &str) -> Option<(Date, usize)> {
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    for sep in ["年", "-", ".", "/", "．"] {
        if let Some(r) = rest.strip_prefix(sep) {
            let m_len = digits(r);
            let month: u32 = r.get(..m_len)?.parse().ok()?;
            let r2 = &r[m_len..];
            let sep2 = if sep == "年" { "月" } else { sep };
            let r3 = r2.strip_prefix(sep2)?;
            let d_len = digits(r3);
            let day: u32 = r3.get(..d_len)?.parse().ok()?;
            let mut used = sep.len() + m_len + sep2.len() + d_len;
            if sep == "年" {
                used += r3[d_len..].starts_with('日').then_some('日'.len_utf8())?;
            }
            return Date::new(year, month, day).map(|d| (d, used));
        }
    }
    // `201711日`, `20171231日`: digits then 日, split by validity.
    let n = digits(rest);
    if (2..=4).contains(&n) && rest[n..].starts_with('日') {
        let ds = &rest[..n];
        let splits: Vec<Date> =
            (1..n).filter_map(|k| Date::new(year, ds[..k].parse().ok()?, ds[k..].parse().ok()?)).collect();
        if splits.len() == 1 {
            return Some((splits[0], n + '日'.len_utf8()));
        }
    }
    None
}

/// `至12月31日` after the start date, in the start date's year.
pub(super) fn month_day_after(text: &str, marker: &str, year: i32) -> Option<Date> {
    let at = text.find(marker)? + marker.len();
    let rest: String = text[at..].chars().filter(|&c| !is_space(c)).collect();
    parse_month_day(year, &format!("年{rest}")).map(|(d, _)| d)
}

/// `二〇二四年一月八日` → 2024-01-08.
fn chinese_date(text: &str) -> Option<Date> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or_else(|| (c == '零' || c == 'Ｏ' || c == 'O').then_some(0))
    };
    let (y, rest) = text.split_once('年')?;
    let year = y.chars().try_fold(0i32, |n, c| Some(n * 10 + digit(c)? as i32))?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    let number = |s: &str| -> Option<u32> {
        match s.chars().collect::<Vec<_>>().as_slice() {
            ['十'] => Some(10),
            ['十', u] => Some(10 + digit(*u)? as u32),
            [t, '十'] => Some(digit(*t)? as u32 * 10),
            [t, '十', u] => Some(digit(*t)? as u32 * 10 + digit(*u)? as u32),
            [u] => Some(digit(*u)? as u32),
            _ => None,
        }
    };
    Date::new(year, number(m)?, number(d)?)
}

/// The publication or signature date: a line that is only a date, or a `发布日期:` line. The last
/// one wins (the signature closes the report).
/// A line of a saved page's fields (`来源：… 发布时间：… 浏览次数：…`): a source or view
/// count besides the date, and no sentence.
fn is_field_line(text: &str) -> bool {
    let fields = ["来源", "发布机构", "浏览", "点击", "访问量", "字号", "作者", "索引号"];
    fields.iter().any(|f| text.contains(f)) && !text.contains('。') && text.chars().count() <= 120
}

pub(crate) fn published(doc: &Document) -> Option<Located<Date>> {
    let mut found = None;
    for line in doc.lines() {
        let text: String = line.text.chars().filter(|&c| !is_space(c)).collect();
        // A page's field, at the start of a line or among other fields
        // (`来源：某县人民政府 发布时间：2022-01-25 浏览次数：35`): the date right after it.
        let labelled = ["发布日期", "发布时间", "成文日期", "公开日期"].iter().find_map(|k| {
            let at = text.find(k).filter(|&at| at == 0 || is_field_line(&text))?;
            let rest = text[at + k.len()..].trim_start_matches([':', '：']);
            let end = rest.char_indices().nth(20).map_or(rest.len(), |(i, _)| i);
            Some(rest[..end].to_owned())
        });
        let candidate = labelled.as_deref().unwrap_or(&text);
        let labelled = labelled.is_some();
        if candidate.chars().count() > 20 {
            continue;
        }
        let date = chinese_date(candidate).or_else(|| {
            let dates = dates_in(candidate);
            let single = dates.len() == 1 || (labelled && !dates.is_empty());
            (single && candidate.starts_with(|c: char| c.is_ascii_digit())).then(|| dates[0])
        });
        if let Some(date) = date {
            found = Some(Located { value: date, span: line.span });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn dates_in_their_written_forms() {
        assert_eq!(dates_in("2024年1月8日"), [Date { year: 2024, month: 1, day: 8 }]);
        assert_eq!(dates_in("2024-01-08"), [Date { year: 2024, month: 1, day: 8 }]);
        assert_eq!(dates_in("统计期限为201711日至20171231日").len(), 2);
        assert_eq!(chinese_date("二〇二四年一月八日"), Date::new(2024, 1, 8));
        assert_eq!(chinese_date("二〇二四年十二月三十一日"), Date::new(2024, 12, 31));
        assert!(dates_in("2024年2月30日").is_empty());
    }
}

//! Normalisation of labels and cell values (FORMAT.md §10).
//!
//! Real reports mix full- and half-width punctuation, letter-spaced labels (`指 标`), full-width
//! digits and units written into cells. Matching is done on normalised labels; values keep a
//! record of what was normalised so that rules can report it.

/// Whitespace as it occurs in copied reports: ASCII, NBSP, ideographic space, zero-width chars.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{3000}' | '\u{200B}' | '\u{FEFF}' | '\u{2002}'..='\u{200A}')
}

pub fn trim(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Folds one character for label matching; `None` drops it.
pub(crate) fn fold(c: char) -> Option<char> {
    Some(match c {
        c if is_space(c) => return None,
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' | '、' => ',',
        '．' => '.',
        '“' | '”' | '「' | '」' | '＂' | '"' => '"',
        '／' => '/',
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '它' => '他',
        '總' => '总',
        '計' => '计',
        '規' => '规',
        '範' => '范',
        '許' => '许',
        '處' => '处',
        '強' => '强',
        '復' => '复',
        '議' => '议',
        '訟' => '讼',
        '訴' => '诉',
        _ => c,
    })
}

/// The normalised form of a label: no whitespace, half-width brackets and colons, `、` as `,`,
/// straight quotes, ASCII digits, `其它` as `其他`. Item numbers `1、` become `1.`.
pub fn label(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_graphic()) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let chars = s.chars().filter_map(fold);
    for c in chars {
        // "1、" and "1，" are item numbers written with the wrong mark.
        if c == ',' && out.chars().last().is_some_and(|p| p.is_ascii_digit()) && out.len() <= 2 {
            out.push('.');
            continue;
        }
        out.push(c);
    }
    out
}

/// What a table cell holds.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    /// Empty or whitespace only (often `&nbsp;`).
    Blank,
    /// A placeholder meaning "nothing": `—`, `/`, `无`, `不适用`, `-` alone.
    Placeholder,
    Number(Number),
    /// Anything else: not a number.
    Text,
}

/// A number as written, with what had to be stripped to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    pub is_integer: bool,
    pub explicit_sign: bool,
    pub thousands_separator: bool,
    pub fullwidth_digits: bool,
    /// A unit written in the cell (`万元`, `元`, `件`, …).
    pub unit: Option<&'static str>,
}

const PLACEHOLDERS: &[&str] =
    &["—", "——", "-", "--", "－", "―", "–", "/", "／", "\\", "无", "空", "不适用", "N/A", "n/a", "NA", "暂无"];
const UNITS: &[&str] = &["万元", "元", "件次", "件", "条", "个", "项", "人次", "次", "篇"];

pub fn cell_value(raw: &str) -> CellValue {
    let text = trim(raw);
    if text.is_empty() {
        return CellValue::Blank;
    }
    // Most cells are plain counts.
    if text.len() <= 15 && text.bytes().all(|b| b.is_ascii_digit()) {
        let value = text.bytes().fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) as f64;
        return CellValue::Number(Number {
            value,
            is_integer: true,
            explicit_sign: false,
            thousands_separator: false,
            fullwidth_digits: false,
            unit: None,
        });
    }
    if PLACEHOLDERS.contains(&text) {
        return CellValue::Placeholder;
    }
    // A number starts with a digit, a sign or a point; labels are rejected without work.
    let starts_like_number = text.chars().next().is_some_and(|c| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '+' | '-' | '＋' | '－' | '−' | '.' | '．')
    });
    if !starts_like_number {
        return CellValue::Text;
    }
    parse_number(text).map_or(CellValue::Text, CellValue::Number)
}

fn parse_number(text: &str) -> Option<Number> {
    let fullwidth_digits = text.chars().any(|c| ('０'..='９').contains(&c));
    let mut s: String = text
        .chars()
        .filter(|&c| !is_space(c))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            '，' => ',',
            '＋' => '+',
            '－' | '−' => '-',
            _ => c,
        })
        .collect();
    let mut unit = None;
    for u in UNITS {
        if let Some(stripped) = s.strip_suffix(u) {
            unit = Some(*u);
            s = stripped.to_owned();
            break;
        }
    }
    let (negative, explicit_sign, body) = match s.as_bytes().first()? {
        b'+' => (false, true, &s[1..]),
        b'-' => (true, true, &s[1..]),
        _ => (false, false, &s[..]),
    };
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    let thousands_separator = int_part.contains(',');
    if thousands_separator {
        let mut groups = int_part.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let digits: String = int_part.chars().filter(|&c| c != ',').collect();
    if digits.len() > 15 {
        return None;
    }
    let number = match frac_part {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    let magnitude: f64 = number.parse().ok()?;
    Some(Number {
        value: if negative { -magnitude } else { magnitude },
        is_integer: frac_part.is_none_or(|f| f.bytes().all(|b| b == b'0')),
        explicit_sign,
        thousands_separator,
        fullwidth_digits,
        unit,
    })
}

/// Chinese numerals 一 … 十 as used for section and row ordinals.
pub fn chinese_ordinal(c: char) -> Option<u8> {
    "一二三四五六七八九十".chars().position(|d| d == c).map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fold_width_space_and_marks() {
        assert_eq!(label("（三）不予公开"), "(三)不予公开");
        assert_eq!(label("指 标"), "指标");
        assert_eq!(label("1、属于国家秘密"), "1.属于国家秘密");
        assert_eq!(label("其它类信息"), "其他类信息");
        assert_eq!(label("3.危及“三安全一稳定”"), "3.危及\"三安全一稳定\"");
    }

    #[test]
    fn numbers_as_written_in_reports() {
        let n = |s| match cell_value(s) {
            CellValue::Number(n) => n,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(n("1,005.834").value, 1005.834);
        assert!(n("1,005.834").thousands_separator);
        assert_eq!(n("37844万元").unit, Some("万元"));
        assert_eq!(n("-106").value, -106.0);
        assert!(n("+95").explicit_sign);
        assert_eq!(n("１２").value, 12.0);
        assert!(n("１２").fullwidth_digits);
        assert!(!n("12.5").is_integer);
        assert_eq!(cell_value(" \u{a0}"), CellValue::Blank);
        assert_eq!(cell_value("—"), CellValue::Placeholder);
        assert_eq!(cell_value("规章"), CellValue::Text);
        assert_eq!(cell_value("1,00"), CellValue::Text);
    }
}

//! Report year, agency and publication date (FORMAT.md §1.2, §10.3).

use super::sections::Section;
use crate::normalize::{self, is_space};
use crate::read::{Block, Document, Line};
use crate::span::Span;
use serde::Serialize;

/// A value together with the text it was read from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

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

/// The title: an early short line naming the report (`…年政府信息公开工作年度报告`).
pub(crate) fn title_line(doc: &Document) -> Option<&Line> {
    // The page's <title>, then an early line (saved pages put site chrome and a breadcrumb
    // before the report's own heading).
    doc.title.iter().chain(doc.lines().take(30)).find(|l| is_title(&l.text))
}

/// `〈机关〉YYYY年(度)政府信息公开工作年度报告`, possibly with a site name after it.
fn is_title(text: &str) -> bool {
    text.chars().count() <= 80
        && (text.contains("年度报告") || text.contains("年报"))
        && (text.contains("政府信息公开") || text.contains("政务公开"))
        && years_in(text).next().is_some()
        && !text.contains('。')
        && !text.starts_with("根据")
}

/// A span for `range` of a line's text: exact when the line is the source text, else the line.
pub fn locate(doc: &Document, line: &Line, range: std::ops::Range<usize>) -> Span {
    if doc.text.get(line.span.range()) == Some(line.text.as_str()) {
        doc.span(line.span.start + range.start..line.span.start + range.end)
    } else {
        line.span
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
fn month_day_after(text: &str, marker: &str, year: i32) -> Option<Date> {
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
pub(crate) fn published(doc: &Document) -> Option<Located<Date>> {
    let mut found = None;
    for line in doc.lines() {
        let text: String = line.text.chars().filter(|&c| !is_space(c)).collect();
        let labelled = ["发布日期", "发布时间", "成文日期", "公开日期"]
            .iter()
            .find_map(|k| text.strip_prefix(k).map(|r| r.trim_start_matches([':', '：']).to_owned()));
        let candidate = labelled.as_deref().unwrap_or(&text);
        if candidate.chars().count() > 20 {
            continue;
        }
        let date = chinese_date(candidate).or_else(|| {
            let dates = dates_in(candidate);
            (dates.len() == 1 && candidate.starts_with(|c: char| c.is_ascii_digit())).then(|| dates[0])
        });
        if let Some(date) = date {
            found = Some(Located { value: date, span: line.span });
        }
    }
    found
}

/// Suffixes that end the name of a government body.
const AGENCY_SUFFIXES: &[&str] = &[
    "人民政府办公室",
    "人民政府办公厅",
    "人民政府",
    "委员会",
    "办公室",
    "办公厅",
    "管理局",
    "局",
    "委",
    "厅",
    "院",
    "中心",
    "政府",
    "办",
    "署",
    "会",
    "所",
    "处",
    "站",
    "队",
];
const PLACE_MARKS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '村'];

/// Where the report names its body: its title, its signature, or the page's 来源/发布机构
/// field. The prose is kept only as a hint for the message of NB507, never as the agency.
#[derive(Clone, Debug, Default)]
pub struct AgencyEvidence {
    pub title: Option<Located<String>>,
    pub signature: Option<Located<String>>,
    pub page_field: Option<Located<String>>,
    pub prose: Option<Located<String>>,
}

impl AgencyEvidence {
    /// The agency the report is by: title, else signature, else the page's field; else unknown.
    pub fn best(&self) -> Option<&Located<String>> {
        self.title.as_ref().or(self.signature.as_ref()).or(self.page_field.as_ref())
    }
}

pub(crate) fn agency(doc: &Document, sections: &[Section], published: Option<&Located<Date>>) -> AgencyEvidence {
    let title = agency_in_title(doc);
    let signature = agency_in_signature(doc, published);
    let page_field = agency_in_page_field(doc);
    let named = title.is_some() || signature.is_some() || page_field.is_some();
    let prose = if named { None } else { agency_in_prose(doc, sections) };
    AgencyEvidence { title, signature, page_field, prose }
}

/// Fields of a saved portal page: `来源：XX区人民政府  发布时间：…`.
fn agency_in_page_field(doc: &Document) -> Option<Located<String>> {
    const KEYS: &[&str] =
        &["发布机构：", "发布机构:", "信息来源：", "信息来源:", "来源：", "来源:", "发文机关：", "发文机关:"];
    for line in doc.lines().take(60) {
        for key in KEYS {
            let Some(at) = line.text.find(key) else { continue };
            let start = at + key.len();
            let rest = &line.text[start..];
            let lead = rest.len() - rest.trim_start_matches(is_space).len();
            let value = &rest[lead..];
            // The next field may follow with no space between (HTML joins Chinese text).
            const NEXT: &[&str] = &["发布时间", "发布日期", "时间", "日期", "浏览", "点击", "作者", "字号", "索引号"];
            let end = value.find(|c: char| is_space(c) || "|｜，,。；;".contains(c)).unwrap_or(value.len());
            let end = NEXT.iter().filter_map(|w| value[..end].find(w)).min().unwrap_or(end);
            let name = &value[..end];
            if name.chars().count() >= 3
                && name.chars().count() <= 30
                && AGENCY_SUFFIXES.iter().any(|s| name.ends_with(s))
            {
                let from = start + lead;
                return Some(Located { value: name.to_owned(), span: locate(doc, line, from..from + end) });
            }
        }
    }
    None
}

/// The title: what precedes the year, or 政府信息公开.
fn agency_in_title(doc: &Document) -> Option<Located<String>> {
    if let Some(line) = title_line(doc) {
        let cut = years_in(&line.text).next().map(|(_, r)| r.start).or_else(|| line.text.find("政府信息公开"));
        if let Some(cut) = cut {
            let name = normalize::trim(&line.text[..cut]);
            // A breadcrumb or site name before the title is no body's name.
            let plausible = !name.contains(['>', '›', '|', '/', '_', '：', ':'])
                && (AGENCY_SUFFIXES.iter().any(|s| name.ends_with(s)) || name.ends_with(PLACE_MARKS));
            if name.chars().count() >= 2 && plausible {
                return Some(Located { value: name.to_owned(), span: locate(doc, line, 0..name.len()) });
            }
            if name.is_empty() {
                return agency_above_title(doc, line);
            }
        }
    }
    None
}

/// A title set on two lines, the body's name over `2024年政府信息公开工作年度报告` (how Word
/// and PDF reports print it): the short line just above, if it is a body's name.
fn agency_above_title(doc: &Document, title: &Line) -> Option<Located<String>> {
    let mut previous = None;
    for line in doc.lines().take(30) {
        if std::ptr::eq(line, title) {
            break;
        }
        previous = Some(line);
    }
    let line = previous?;
    let name = normalize::trim(&line.text);
    let plausible = (2..=30).contains(&name.chars().count())
        && !name.contains(['>', '›', '|', '/', '_', '：', ':', '。', '，', ','])
        && !is_sentence(name)
        && AGENCY_SUFFIXES.iter().any(|s| name.ends_with(s));
    plausible.then(|| Located { value: name.to_owned(), span: line.span })
}

/// The signature: a short line just before the date.
fn agency_in_signature(doc: &Document, published: Option<&Located<Date>>) -> Option<Located<String>> {
    if let Some(date) = published {
        let lines: Vec<&Line> = doc.lines().collect();
        if let Some(pos) = lines.iter().position(|l| l.span == date.span) {
            if let Some(line) = pos.checked_sub(1).map(|p| lines[p]) {
                let t = normalize::trim(&line.text);
                if t.chars().count() <= 40
                    && !t.contains(['。', '，', ',', '：', ':'])
                    && AGENCY_SUFFIXES.iter().any(|s| t.ends_with(s))
                {
                    return Some(Located { value: t.to_owned(), span: line.span });
                }
            }
        }
    }
    None
}

/// Words that make a "name" the start of a sentence (`我区以习近平新时代中国特色社会…`).
fn is_sentence(name: &str) -> bool {
    const VERBS: &[&str] = &[
        "以",
        "坚持",
        "习近平",
        "思想",
        "贯彻",
        "认真",
        "深入",
        "全面",
        "紧紧",
        "围绕",
        "始终",
        "进一步",
        "按照",
        "根据",
        "在",
        "通过",
        "由",
        "经",
        "向",
        "对",
    ];
    name.starts_with(['我', '本', '该', '全']) || VERBS.iter().any(|v| name.contains(v))
}

/// Prose: `2019 年,鞍山市人社局通过…` — a place name followed by a body's name. A hint for
/// NB507's message only.
fn agency_in_prose(doc: &Document, sections: &[Section]) -> Option<Located<String>> {
    let lines: Vec<&Line> = match sections.iter().find(|s| s.standard == Some(1)) {
        Some(s) => doc.blocks[s.body.clone()]
            .iter()
            .filter_map(|b| if let Block::Line(l) = b { Some(l) } else { None })
            .collect(),
        None => doc.lines().take(10).collect(),
    };
    for line in lines {
        for (_, range) in years_in(&line.text) {
            let after = &line.text[range.end..];
            let skip = after
                .char_indices()
                .find(|&(_, c)| !(c == '年' || c == '度' || is_space(c) || c == ',' || c == '，'))
                .map_or(after.len(), |(i, _)| i);
            let start = range.end + skip;
            let rest = &line.text[start..];
            let window: String = rest
                .chars()
                .take(24)
                .take_while(|c| !c.is_ascii_punctuation() && !"，。、；：“”《》（）".contains(*c))
                .collect();
            let Some(end) = AGENCY_SUFFIXES.iter().filter_map(|s| window.find(s).map(|i| i + s.len())).min() else {
                continue;
            };
            let name = &window[..end];
            let has_place = name.chars().rev().skip(1).any(|c| PLACE_MARKS.contains(&c));
            if name.chars().count() >= 3 && has_place && !is_sentence(name) {
                return Some(Located { value: name.to_owned(), span: locate(doc, line, start..start + end) });
            }
        }
    }
    None
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

    fn agency_of(text: &str, kind: crate::read::InputKind) -> Option<String> {
        let m = crate::model::build(crate::read::read_str(text, kind));
        m.agency.map(|a| a.value)
    }

    #[test]
    fn the_agency_of_a_saved_portal_page_comes_from_its_title_never_from_prose() {
        use crate::read::InputKind::{Html, Text};
        let page =
            "<html><head><title>平潭综合实验区2023年政府信息公开工作年度报告_平潭综合实验区管委会</title></head><body>\
            <div class=\"crumb\">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\
            <div>来源：平潭综合实验区管委会办公室　发布时间：2024-01-20</div>\
            <p>2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，……</p></body></html>";
        assert_eq!(agency_of(page, Html).as_deref(), Some("平潭综合实验区"));
        // Without a title: the page's 来源 field.
        let untitled =
            page.replace("<title>平潭综合实验区2023年政府信息公开工作年度报告_平潭综合实验区管委会</title>", "");
        assert_eq!(agency_of(&untitled, Html).as_deref(), Some("平潭综合实验区管委会办公室"));
        // Only a prose sentence: unknown, not its first words.
        assert_eq!(
            agency_of("一、总体情况\n2023年，我区以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。\n", Text),
            None
        );
        // A title after the site chrome.
        let text = "首页\n政务公开\n当前位置：首页 > 政府信息公开年报\n莆田市涵江区人力资源和社会保障局2023年度政府信息公开工作年度报告\n一、总体情况\n";
        assert_eq!(agency_of(text, Text).as_deref(), Some("莆田市涵江区人力资源和社会保障局"));
    }

    #[test]
    fn a_title_on_two_lines_names_the_body_on_the_first() {
        let text = "淮安市人民政府\n2024年政府信息公开工作年度报告\n一、总体情况\n";
        assert_eq!(agency_of(text, crate::read::InputKind::Text).as_deref(), Some("淮安市人民政府"));
        let sentence = "我市坚持以人民为中心\n2024年政府信息公开工作年度报告\n";
        assert_eq!(agency_of(sentence, crate::read::InputKind::Text), None);
    }

    #[test]
    fn years_need_nian() {
        let ys: Vec<i32> = years_in("2019 年,2020年度 12345年 2019").map(|(y, _)| y).collect();
        assert_eq!(ys, [2019, 2020]);
    }
}

//! The body that made the report: from the title, the line above it, the page's fields, the
//! signature — never from the first words of a sentence.

use super::dates::Date;
use super::year::years_in;
use super::{locate, title_line, Located};
use crate::model::sections::Section;
use crate::normalize::{self, is_space};
use crate::read::{Block, Document, Line};

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
/// Labels a saved page puts before the report's title.
const FIELD_LABELS: &[&str] = &["标题：", "标题:", "文章标题：", "文章标题:", "题目：", "题目:", "名称：", "名称:"];

fn agency_in_title(doc: &Document) -> Option<Located<String>> {
    if let Some(line) = title_line(doc) {
        let cut = years_in(&line.text).next().map(|(_, r)| r.start).or_else(|| line.text.find("政府信息公开"));
        if let Some(cut) = cut {
            // A saved page's field label before the title (`标题：`) is no part of the name.
            let from = FIELD_LABELS
                .iter()
                .find_map(|l| line.text[..cut].strip_prefix(l).map(|rest| cut - rest.len()))
                .unwrap_or(0);
            let lead = line.text[from..cut].len() - line.text[from..cut].trim_start_matches(is_space).len();
            let from = from + lead;
            let name = normalize::trim(&line.text[from..cut]);
            // A breadcrumb or site name before the title is no body's name.
            let plausible = !name.contains(['>', '›', '|', '/', '_', '：', ':'])
                && (AGENCY_SUFFIXES.iter().any(|s| name.ends_with(s)) || name.ends_with(PLACE_MARKS));
            if name.chars().count() >= 2 && plausible {
                return Some(Located { value: name.to_owned(), span: locate(doc, line, from..from + name.len()) });
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

/// The level of government a body belongs to, as far as its name tells — enough to know who
/// may make 规章 (立法法 第九十一、九十三条: the State Council's departments and the people's
/// governments of provinces, 设区的市 and 自治州), never more than the name shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyLevel {
    /// A county, district or banner (县, 区, 旗, 县级 市辖区) or one of its departments.
    County,
    /// A township, town or street office (乡, 镇, 街道) or below.
    Township,
    /// A province, a city, an autonomous prefecture, or a name that does not say: a 市 may be
    /// a 设区的市 or a 县级市, which only a gazetteer tells apart.
    Undetermined,
}

/// Words that end in 区 or 县 but name no county (`城区管理局`, `社区`, `景区`).
const NOT_A_COUNTY: &[&str] = &["城区", "市区", "园区", "景区", "社区", "辖区", "片区", "小区", "校区", "库区", "矿区"];

impl BodyLevel {
    /// The level a body's name shows: its province and city are skipped (`江苏省淮安市`), then
    /// a county-level place (`洪泽区`, at least two characters before 县/区/旗) or a township
    /// (`…镇`, `…乡`, `…街道`) makes it `County` or `Township`.
    pub fn of(name: &str) -> BodyLevel {
        let mut rest = name;
        // A province (`…省`, `…自治区`), then a city or prefecture (`…市`, `…州`, `…盟`).
        for marks in [&["自治区", "省"][..], &["市", "州", "盟"][..]] {
            let cut = marks
                .iter()
                .filter_map(|m| rest.find(m).map(|at| at + m.len()))
                .filter(|&end| rest[..end].chars().count() <= 10)
                .filter(|&end| !rest[end..].starts_with(['场', '政', '民', '级', '容', '直']))
                .min();
            if let Some(end) = cut {
                rest = &rest[end..];
            }
        }
        let within = |n: usize| rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
        let head = &rest[..within(10)];
        for (mark, level) in [("街道", BodyLevel::Township), ("镇", BodyLevel::Township), ("乡", BodyLevel::Township)]
        {
            if let Some(at) = head.find(mark) {
                let before = head[..at].chars().count();
                if before >= 2
                    && !head[..at + mark.len()].ends_with("城镇")
                    && !head[..at + mark.len()].ends_with("城乡")
                {
                    return level;
                }
            }
        }
        let head = &rest[..within(8)];
        for mark in ["县", "区", "旗"] {
            let Some(at) = head.find(mark) else { continue };
            let place = &head[..at + mark.len()];
            if head[..at].chars().count() >= 2
                && !NOT_A_COUNTY.iter().any(|w| place.ends_with(w))
                && !place.ends_with("自治区")
            {
                return BodyLevel::County;
            }
        }
        BodyLevel::Undetermined
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_body_s_level_from_its_name() {
        use super::BodyLevel::{self, *};
        for (name, level) in [
            ("沭阳县人民政府", County),
            ("淮安市洪泽区人民政府", County),
            ("江苏省淮安市洪泽区民政局", County),
            ("青山县民政局", County),
            ("青山县市场监督管理局", County),
            ("浦东新区人民政府", County),
            ("青山县城关镇人民政府", Township),
            ("淮安市清江浦区长西街道办事处", Township),
            ("淮安市人民政府", Undetermined),
            ("淮安市城区管理局", Undetermined),
            ("淮安市城镇化办公室", Undetermined),
            ("江苏省人民政府", Undetermined),
            ("广西壮族自治区人民政府", Undetermined),
            ("昆山市人民政府", Undetermined),
            ("商丘市民政局", Undetermined),
        ] {
            assert_eq!(BodyLevel::of(name), level, "{name}");
        }
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
}

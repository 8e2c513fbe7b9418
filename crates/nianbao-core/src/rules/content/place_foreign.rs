use crate::model::Model;
use crate::places::{Division, Gazetteer};
use crate::rules::{rule, Findings};
use crate::span::Span;

rule! {
    /// ## What it does
    /// Finds places named in the report that are neither the body's own place, nor above it,
    /// nor below it — a county of another province, another city's 日报 — and, in a county's
    /// report, 「全市」 where the county never says 「全县」. The body's place comes from its name
    /// (`淮安市洪泽区人民政府`) and China's administrative divisions (GB/T 2260).
    ///
    /// ## Why is this bad?
    /// Evaluators (CASS 2017: 「一些年报出现大范围的跨区域抄袭」) find reports copied from another
    /// body's with its place names left in. A sentence about another place is not wrong in
    /// itself, so sentences about cooperation (对口支援, 学习借鉴, 赴…考察) are skipped, and the
    /// finding is a warning that names the place.
    ///
    /// ## Example
    /// ```text
    /// 沭阳县民政局2021年政府信息公开工作年度报告
    /// ……在《淮安日报》和洪泽区政府网站公开……
    /// ```
    /// 洪泽区 and 淮安 are in another city than 沭阳县 (宿迁市).
    ///
    /// ## How to fix
    /// Replace what was copied with the body's own facts.
    ///
    /// ## References
    /// - 中国社会科学院法学研究所, 中国政府透明度指数报告 (2017): 年报跨区域抄袭
    /// - 国办公开办函〔2021〕30号 (四): 内容雷同、敷衍塞责
    PlaceForeign {
        code: "NB712",
        name: "place-foreign",
        category: Content,
        severity: Warning,
        summary_zh: "正文出现与本机关无隶属关系的地名，疑似抄袭其他地区的报告",
        summary_en: "The text names a place that is not the body's, above it or below it: likely copied",
        doc_zh: [
            "## 规则说明",
            "查找报告中与本机关没有隶属关系的地名：既不是本机关所在地，也不是其上级或下级的地方——外省的县、别的城市的日报——以及县级报告里写“全市”而从不写“全县”。本机关所在地由机关名称判断，并参考正文提到的城市。对口支援、学习借鉴等合作语句不计。",
            "## 为什么是问题",
            "这是照抄其他地区报告最明显的痕迹，评估中发现会严重扣分。",
            "## 示例",
            "```text",
            "（淮安市洪泽区的报告中）……在《苏州日报》发布……",
            "```",
            "## 如何修改",
            "把照抄的内容改为本机关自己的情况。",
            "## 依据",
            "- 中国社会科学院法学研究所《中国政府透明度指数报告》（2017）：年报跨区域抄袭",
            "- 国办公开办函〔2021〕30号：内容雷同、敷衍塞责",
        ],
    }
}

/// Sentences with these words speak of another place on purpose.
const COOPERATION: &[&str] = &[
    "对口", "帮扶", "协作", "支援", "援建", "借鉴", "学习", "考察", "交流", "参观", "赴", "来自", "籍", "合作", "结对",
    "签约", "联动", "共建", "毗邻", "接壤",
];

/// Media named after a city (`《淮安日报》`, `淮安发布`): the city's stem, then one of these.
const MEDIA: &[&str] = &["日报", "晚报", "电视台", "广播电视台", "发布"];

impl PlaceForeign {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(body) = &model.agency else { return };
        let g = Gazetteer::get();
        let (_, mut own) = g.place_of(&body.value);
        if own.is_empty() {
            return;
        }
        let lines: Vec<_> = model.doc.lines().collect();
        let found: Vec<Vec<(Span, &str, Vec<Division>)>> =
            lines
                .iter()
                .map(|line| {
                    let mut places: Vec<(Span, &str, Vec<Division>)> = g
                        .places_in(&line.text)
                        .into_iter()
                        .map(|(r, d)| (crate::model::locate_in_line(&model.doc, line, r.clone()), &line.text[r], d))
                        .collect();
                    places.extend(media(g, &line.text).map(|(r, d)| {
                        (crate::model::locate_in_line(&model.doc, line, r.clone()), &line.text[r], vec![d])
                    }));
                    places
                })
                .collect();
        // A name several places have (朝阳区): the one whose city or province the text names.
        if own.len() > 1 {
            let named: Vec<&Division> = found.iter().flatten().flat_map(|(_, _, d)| d).collect();
            let placed: Vec<Division> = own
                .iter()
                .copied()
                .filter(|o| named.iter().any(|n| n.code != o.code && o.code.starts_with(n.code)))
                .collect();
            if !placed.is_empty() {
                own = placed;
            }
        }
        let mut foreign: Vec<(&str, Vec<Span>)> = Vec::new();
        for (line, places) in lines.iter().zip(&found) {
            for (span, name, divisions) in places {
                if divisions.iter().any(|d| own.iter().any(|o| o.related(d))) {
                    continue;
                }
                let offset = span.start.saturating_sub(line.span.start);
                if about_cooperation(&line.text, offset) {
                    continue;
                }
                match foreign.iter_mut().find(|(n, _)| n == name) {
                    Some((_, spans)) => spans.push(*span),
                    None => foreign.push((name, vec![*span])),
                }
            }
        }
        let own_zh = own.iter().map(|d| d.name).collect::<Vec<_>>().join("或");
        for (name, spans) in foreign {
            findings
                .add(
                    &Self::META,
                    spans[0],
                    format!(
                        "正文出现“{name}”（{} 处），它既不是本机关所在的{own_zh}，也不是其上级或下辖地区，可能是从其他地区的报告中抄来的。",
                        spans.len()
                    ),
                    format!(
                        "The text names \"{name}\" ({} time(s)), which is neither the body's {own_zh} nor above or below it: likely copied from another region's report.",
                        spans.len()
                    ),
                )
                .related(spans[1..].iter().take(5).copied())
                .found(name);
        }
        self.city_words_in_a_county(model, &own, findings);
    }

    /// 「全市」 in the report of a county (县, 旗) that never says 「全县」/「全旗」: the city's report
    /// the text was copied from.
    fn city_words_in_a_county(&self, model: &Model, own: &[Division], findings: &mut Findings) {
        let county = own.iter().all(|d| d.is_county() && (d.name.ends_with('县') || d.name.ends_with('旗')));
        if own.is_empty() || !county {
            return;
        }
        let text = &model.doc.text;
        if text.contains("全县") || text.contains("全旗") {
            return;
        }
        let mut at = model.doc.lines().flat_map(|l| l.text.match_indices("全市").map(move |(i, _)| (l, i)));
        let (Some(first), Some(_)) = (at.next(), at.next()) else { return };
        let (line, i) = first;
        findings.add(
            &Self::META,
            crate::model::locate_in_line(&model.doc, line, i..i + "全市".len()),
            format!("本机关是{}的机关，正文却多次写“全市”而从不写“全县”，可能是从市级报告中抄来的。", own[0].name),
            format!("The body is of {}, yet the text says 全市 (the whole city) several times and never 全县: likely copied from a city's report.", own[0].name),
        ).found("全市");
    }
}

/// Whether the sentence around `at` speaks of cooperation with another place.
fn about_cooperation(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(['。', '；', '！', '？']).map_or(0, |p| p + '。'.len_utf8());
    let end = text[at..].find(['。', '；', '！', '？']).map_or(text.len(), |p| at + p);
    let sentence = &text[start..end];
    COOPERATION.iter().any(|w| sentence.contains(w))
}

/// Media named after a prefecture-level city: `淮安日报`, `淮安发布`.
fn media<'t>(g: &'static Gazetteer, text: &'t str) -> impl Iterator<Item = (std::ops::Range<usize>, Division)> + 't {
    MEDIA.iter().flat_map(move |m| {
        text.match_indices(m).filter_map(move |(i, _)| {
            // The city's name without 市, two or three characters before the word.
            [2usize, 3].into_iter().find_map(|n| {
                let start = text[..i].char_indices().rev().nth(n - 1).map(|(s, _)| s)?;
                let stem = &text[start..i];
                let city = g.named(&format!("{stem}市")).into_iter().find(|d| d.code.len() == 4)?;
                Some((start..i + m.len(), city))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003, SEED_004};
    use crate::rules::testing::check_text;

    const REPORT: &str = "沭阳县民政局2021年政府信息公开工作年度报告\n\
        一、总体情况\n2021年，全县民政系统在宿迁市民政局指导下，在沭阳县政府网站公开信息120条。\n";

    #[test]
    fn places_of_another_city_warn_and_the_bodys_own_pass() {
        assert!(check_text(&PlaceForeign, REPORT).is_empty());
        let copied = REPORT.replace("在沭阳县政府网站", "在洪泽区政府网站和《淮安日报》");
        let found = check_text(&PlaceForeign, &copied);
        let names: Vec<_> = found.iter().filter_map(|d| d.found.as_deref()).collect();
        assert_eq!(names, ["洪泽区", "淮安日报"], "{found:#?}");
        // Cooperation is no copy.
        let visit = REPORT.replace("在沭阳县政府网站公开信息120条", "赴洪泽区学习政务公开经验");
        assert!(check_text(&PlaceForeign, &visit).is_empty());
    }

    #[test]
    fn a_county_that_says_the_whole_city_warns() {
        let city = REPORT.replace("全县", "全市") + "全市共公开信息120条。\n";
        let found = check_text(&PlaceForeign, &city);
        assert_eq!(found.iter().filter_map(|d| d.found.as_deref()).collect::<Vec<_>>(), ["全市"]);
        // A district (区) of a city says 全市 of its city rightly.
        let district = city.replace("沭阳县", "宿迁市宿城区");
        assert!(check_text(&PlaceForeign, &district).is_empty());
    }

    #[test]
    fn the_seeds_name_no_foreign_place() {
        for seed in [SEED_002, SEED_003, SEED_004] {
            assert!(check_text(&PlaceForeign, seed).is_empty(), "{:#?}", check_text(&PlaceForeign, seed));
        }
    }
}

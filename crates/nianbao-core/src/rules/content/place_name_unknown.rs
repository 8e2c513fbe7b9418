use crate::model::Model;
use crate::places::{Division, Gazetteer};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks the place in the body's name against China's administrative divisions (GB/T
    /// 2260): a county or city name that is no division but one character away from one
    /// (`沐阳县` for 沭阳县) is reported with the names it may have meant.
    ///
    /// ## Why is this bad?
    /// The body's name heads the report and is how it is filed and found; a misspelt place
    /// (a character that looks alike) is a typo readers and auditors notice first.
    ///
    /// ## Example
    /// ```text
    /// 沐阳县民政局2021年政府信息公开工作年度报告
    /// ```
    ///
    /// ## How to fix
    /// Write the place as GB/T 2260 does (沭阳县).
    ///
    /// ## References
    /// - GB/T 2260 中华人民共和国行政区划代码 (via 国家统计局 统计用区划代码 2023)
    PlaceNameUnknown {
        code: "NB713",
        name: "place-name-unknown",
        category: Content,
        severity: Warning,
        summary_zh: "机关名称中的地名不是现行行政区划名称（疑似错字）",
        summary_en: "The place in the body's name is no administrative division (a likely typo)",
        doc_zh: [
            "## 规则说明",
            "用中国行政区划（GB/T 2260）核对机关名称中的地名：某个县、市名称不是现行区划，却与某个区划只差一个字（如“沐阳县”与沭阳县），报告并列出可能的正确名称。",
            "## 为什么是问题",
            "机关名称写错字，既不严肃，也会让报告无法按机关检索和比对。",
            "## 示例",
            "```text",
            "沐阳县人民政府2023年政府信息公开工作年度报告",
            "```",
            "## 如何修改",
            "按 GB/T 2260 的写法改正地名（沭阳县）。",
            "## 依据",
            "- GB/T 2260 中华人民共和国行政区划代码（国家统计局 2023 年统计用区划代码）",
        ],
    }
}

/// Words of names that are no division and never meant to be (开发区, 高新区 …).
const NOT_DIVISIONS: &[&str] =
    &["开发", "高新", "新区", "工业", "园", "管委", "示范", "实验", "保税", "农场", "林场", "矿"];

impl PlaceNameUnknown {
    fn check(&self, model: &Model, findings: &mut Findings) {
        // The divisions are of 2023: older reports may name places since renamed.
        if model.year.is_some_and(|y| y < 2019) {
            return;
        }
        let Some(body) = &model.agency else { return };
        let g = Gazetteer::get();
        let (known, above) = g.place_of(&body.value);
        let rest = &body.value[known..];
        // The first name-like segment after the places read: 2 to 5 characters, then 县/旗/市.
        let Some(end) = rest
            .char_indices()
            .take(6)
            .skip(2)
            .find(|(_, c)| matches!(c, '县' | '旗' | '市'))
            .map(|(i, c)| i + c.len_utf8())
        else {
            return;
        };
        let segment = &rest[..end];
        if g.is_name(segment) || g.stem_known(segment) || NOT_DIVISIONS.iter().any(|w| segment.contains(w)) {
            return;
        }
        let suffix = segment.chars().last();
        let near: Vec<Division> = g
            .one_apart(segment)
            .into_iter()
            .filter(|d| !d.is_province() && (above.is_empty() || above.iter().any(|a| d.code.starts_with(a.code))))
            .filter(|d| d.name.chars().last() == suffix)
            .collect();
        if near.is_empty() {
            return;
        }
        // Those under a city or province the report names come first (沭阳县 where it names 宿迁市).
        let named: Vec<Division> = model
            .doc
            .lines()
            .flat_map(|l| g.places_in(&l.text))
            .flat_map(|(_, d)| d)
            .filter(|d| !d.is_county())
            .collect();
        let mut near = near;
        near.sort_by_key(|d| !named.iter().any(|n| d.code.starts_with(n.code)));
        let start = known;
        let span = crate::model::locate_in_line(
            &model.doc,
            &crate::read::Line { text: body.value.clone(), span: body.span },
            start..start + end,
        );
        let names: Vec<&str> = near.iter().take(5).map(|d| d.name).collect();
        findings
            .add(
                &Self::META,
                span,
                format!("机关名称中的“{segment}”不是现行行政区划名称，是否应为“{}”？", names.join("”或“")),
                format!(
                    "\"{segment}\" in the body's name is no administrative division; did you mean \"{}\"?",
                    names.join("\" or \"")
                ),
            )
            .expected(names.join("、"))
            .found(segment);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003, SEED_004};
    use crate::rules::testing::check_text;

    #[test]
    fn a_misspelt_county_warns_and_real_places_pass() {
        let report = "沐阳县民政局2021年政府信息公开工作年度报告\n一、总体情况\n本年度，我局做好公开工作。\n";
        let found = check_text(&PlaceNameUnknown, report);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].found.as_deref(), Some("沐阳县"));
        // The city the report names puts 沭阳县 first.
        let in_city = check_text(&PlaceNameUnknown, &report.replace("本年度，", "本年度，在宿迁市政府指导下，"));
        assert!(in_city[0].expected.as_deref().unwrap().starts_with("沭阳县"), "{in_city:#?}");
        // Under its city, only that city's counties.
        let placed = check_text(&PlaceNameUnknown, &report.replace("沐阳县", "宿迁市沐阳县"));
        assert_eq!(placed[0].expected.as_deref(), Some("沭阳县、泗阳县"));
        for fine in ["沭阳县民政局", "青山县民政局", "示例市示例局", "苏州工业园区管委会", "溧水县民政局"]
        {
            assert!(check_text(&PlaceNameUnknown, &report.replace("沐阳县民政局", fine)).is_empty(), "{fine}");
        }
        for seed in [SEED_002, SEED_003, SEED_004] {
            assert!(check_text(&PlaceNameUnknown, seed).is_empty());
        }
    }
}

use crate::model::{Date, Model, Template};
use crate::report::Severity;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Checks the date the report is signed or published against the statutory deadline:
    /// 31 January of the next year for a department (局, 委, 办…) under the 2019 《条例》;
    /// 31 March for the compiled report of a 县级以上地方人民政府, and for every report before
    /// 2019. When the kind of body can't be told, a date in February or March is only a note.
    ///
    /// ## Why is this bad?
    /// 《条例》第四十九条 fixes the deadline; late publication is the first thing evaluations
    /// count. (The date in the text may be the drafting date, so this is a warning, not an error.)
    ///
    /// ## Example
    /// ```text
    /// 某某市民政局（2023年度报告）
    /// 2024年2月20日
    /// ```
    ///
    /// ## How to fix
    /// Publish by the deadline; if the date shown is wrong, correct it.
    ///
    /// ## References
    /// - 《中华人民共和国政府信息公开条例》(国务院令第711号) 第四十九条
    /// - 2007 《条例》(国务院令第492号) 第三十一条 (3月31日)
    PublishedLate {
        code: "NB504",
        name: "published-late",
        category: Date,
        severity: Warning,
        summary_zh: "落款或发布日期晚于法定期限",
        summary_en: "The signature or publication date is after the statutory deadline",
        doc_zh: [
            "## 规则说明",
            "检查报告的落款或发布日期是否晚于法定期限：2019 年《条例》下，政府部门（局、委、办等）为次年 1 月 31 日；县级以上地方人民政府的汇总报告，以及 2007 年《条例》下的所有报告，为次年 3 月 31 日。",
            "## 为什么是问题",
            "按时发布年报是法定义务，逾期发布是考核评估的扣分项。",
            "## 示例",
            "```text",
            "××局 2024年2月15日（2023 年度报告）",
            "```",
            "## 如何修改",
            "按期发布；若所写日期有误，改正日期。",
            "## 依据",
            "- 《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条",
            "- 《中华人民共和国政府信息公开条例》（国务院令第492号，2007年）第三十一条（3月31日）",
        ],
    }
}

/// What kind of body the report is by, as far as its name tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BodyKind {
    /// 县级以上人民政府部门: 31 January.
    Department,
    /// 县级以上地方人民政府 (the compiled report): 31 March.
    LocalGovernment,
    Unknown,
}

pub(crate) fn body_kind(agency: Option<&str>) -> BodyKind {
    let Some(name) = agency else { return BodyKind::Unknown };
    let name = name.trim();
    const DEPARTMENT: &[&str] =
        &["局", "委", "办", "办公室", "办公厅", "厅", "委员会", "中心", "院", "署", "处", "所", "站", "队", "会"];
    if name.ends_with("人民政府") || name.ends_with("政府") {
        return BodyKind::LocalGovernment;
    }
    if DEPARTMENT.iter().any(|s| name.ends_with(s)) {
        return BodyKind::Department;
    }
    // A bare place name (靖宇县, 上海市) titles the government's compiled report.
    if name.ends_with(['省', '市', '县', '区', '州', '盟', '旗']) {
        return BodyKind::LocalGovernment;
    }
    BodyKind::Unknown
}

impl PublishedLate {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let (Some(year), Some(published)) = (model.year, &model.published) else { return };
        let date = published.value;
        let legacy = model.template == Template::Legacy || year <= 2018;
        let kind = body_kind(model.agency.as_ref().map(|a| a.value.as_str()));
        let (Some(january), Some(march)) = (Date::new(year + 1, 1, 31), Date::new(year + 1, 3, 31)) else { return };
        let (deadline, severity) = match (legacy, kind) {
            (true, _) | (false, BodyKind::LocalGovernment) => (march, Severity::Warning),
            (false, BodyKind::Department) => (january, Severity::Warning),
            // Unknown body: after 31 March is late for anyone; February–March only maybe.
            (false, BodyKind::Unknown) if date > march => (march, Severity::Warning),
            (false, BodyKind::Unknown) => (january, Severity::Info),
        };
        if date <= deadline {
            return;
        }
        findings
            .add(
                &Self::META,
                published.span,
                format!("落款日期{date}晚于法定公布期限{deadline}。"),
                format!("The date {date} is after the statutory deadline {deadline}."),
            )
            .severity(severity)
            .expected(format!("≤ {deadline}"))
            .found(date.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn on_time_passes_and_late_fails() {
        assert!(check_text(&PublishedLate, SEED_002).is_empty());
        let late = SEED_002.replace("2024年1月8日", "2024年2月20日");
        let found = check_text(&PublishedLate, &late);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(body_kind(Some("靖宇县")), BodyKind::LocalGovernment);
        assert_eq!(body_kind(Some("商丘市民政局")), BodyKind::Department);
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a report that names its body neither in a title line nor in a signature, so that
    /// the body can at best be guessed from the prose.
    ///
    /// ## Why is this bad?
    /// Reports are copied between sites and filed in batches; without a title or signature a
    /// report can't be attributed, and its deadline (1月31日 or 3月31日) can't be told.
    ///
    /// ## Example
    /// Seed 000 starts with "根据《中华人民共和国政府信息公开条例》…" and ends without a signature;
    /// the body, 鞍山市人社局, appears only in the prose.
    ///
    /// ## How to fix
    /// Start with the title "〈机关名称〉YYYY年政府信息公开工作年度报告" and end with the body's name
    /// and the date.
    AgencyNotStated {
        code: "NB507",
        name: "agency-not-stated",
        category: Date,
        severity: Info,
        summary_zh: "报告没有标题或落款写明机关名称",
        summary_en: "Neither a title nor a signature names the reporting body",
        doc_zh: [
            "## 规则说明",
            "报告既没有在标题中也没有在落款中写明机关名称，机关至多只能从正文中推测。",
            "## 为什么是问题",
            "读者和审核人员需要知道这是哪个机关的报告，跨年比对也以机关名称为依据。",
            "## 示例",
            "```text",
            "2023年政府信息公开工作年度报告（没有机关名称）",
            "```",
            "## 如何修改",
            "以“〈机关名称〉YYYY年政府信息公开工作年度报告”为标题，末尾落款机关名称和日期。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年度报告格式）",
        ],
    }
}

impl AgencyNotStated {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let e = &model.agency_evidence;
        if e.title.is_some() || e.signature.is_some() || !super::applies(model) {
            return;
        }
        findings
            .add(
                &Self::META,
                model.doc.span(0..0),
                match &e.prose {
                    Some(p) => format!("报告没有标题和落款，机关名称仅见于正文（“{}”）。", p.value),
                    None => "报告没有标题和落款，无法确定报告机关。".to_owned(),
                },
                match &e.prose {
                    Some(p) => format!("No title or signature; the body is named only in the prose (\"{}\").", p.value),
                    None => "No title or signature: the reporting body can't be told.".to_owned(),
                },
            )
            .related(e.prose.as_ref().map(|p| p.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::{SEED_000, SEED_002};
    use crate::rules::testing::check_text;

    #[test]
    fn a_signed_report_passes_and_seed_000_is_noted() {
        assert!(check_text(&AgencyNotStated, SEED_002).is_empty());
        assert_eq!(check_text(&AgencyNotStated, SEED_000).len(), 1);
    }
}

use crate::model::Model;
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the body named in the title and the body in the signature are different
    /// (neither name contains the other).
    ///
    /// ## Why is this bad?
    /// A report titled for one body and signed by another was copied from that other body's
    /// report, or its title was never updated.
    ///
    /// ## Example
    /// ```text
    /// 甲市民政局2023年政府信息公开工作年度报告
    /// ……
    /// 乙市民政局
    /// 2024年1月8日
    /// ```
    ///
    /// ## How to fix
    /// Use the reporting body's name in both places.
    AgencyMismatch {
        code: "NB705",
        name: "agency-mismatch",
        category: Content,
        severity: Warning,
        summary_zh: "标题与落款的机关名称不一致",
        summary_en: "The body named in the title differs from the signature",
        doc_zh: [
            "## 规则说明",
            "标题中的机关与落款的机关不同（两个名称互不包含）。",
            "## 为什么是问题",
            "多半是照着别的机关的报告改写，没有改全。",
            "## 示例",
            "```text",
            "标题：××县民政局……年度报告；落款：××县人力资源和社会保障局",
            "```",
            "## 如何修改",
            "两处都使用本机关的名称。",
            "## 依据",
            "- 国办公开办函〔2021〕30号（年度报告格式）",
        ],
    }
}

impl AgencyMismatch {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let e = &model.agency_evidence;
        let (Some(title), Some(signature)) = (&e.title, &e.signature) else { return };
        let (a, b) = (normalize::label(&title.value), normalize::label(&signature.value));
        if a.contains(&b) || b.contains(&a) {
            return;
        }
        findings
            .add(
                &Self::META,
                signature.span,
                format!("标题中的机关为“{}”，落款为“{}”。", title.value, signature.value),
                format!("The title names \"{}\" but the signature \"{}\".", title.value, signature.value),
            )
            .related([title.span])
            .expected(title.value.clone())
            .found(signature.value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn the_same_body_passes_and_another_warns() {
        let same = "甲市民政局2023年政府信息公开工作年度报告\n一、总体情况\n甲市民政局\n2024年1月8日\n";
        assert!(check_text(&AgencyMismatch, same).is_empty());
        let other = same.replace("甲市民政局\n2024", "乙市民政局\n2024");
        assert_eq!(check_text(&AgencyMismatch, &other).len(), 1);
    }
}

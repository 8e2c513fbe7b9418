use super::number;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a table 3 that counts applications dropped because the applicant did not pay the
    /// fee (（六）2.申请人逾期未按收费通知要求缴纳费用) while section 六 says no fee notice was
    /// ever issued.
    ///
    /// ## Why is this bad?
    /// An application can only lapse for non-payment after a fee notice; if none was issued the
    /// row is probably in the wrong place. (Notices without payment mean no fee was collected,
    /// so "未收取信息处理费" alone is no contradiction.)
    ///
    /// ## Example
    /// ```text
    /// 2.申请人逾期未按收费通知要求缴纳费用… | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
    /// 六、其他需要报告的事项  本年度未发出收费通知。
    /// ```
    ///
    /// ## How to fix
    /// Move the application to the row that describes how it ended.
    ///
    /// ## References
    /// - FORMAT.md §6.2 T3-8; 国办函〔2020〕109号
    FeeNoticeUnpaid {
        code: "NB312",
        name: "fee-notice-unpaid",
        category: Arithmetic,
        severity: Info,
        summary_zh: "表三有逾期未缴费的申请，但正文称未发出收费通知",
        summary_en: "Table 3 has applications lapsed for non-payment, but the text says no fee notice was issued",
        doc_zh: [
            "## 规则说明",
            "表三计有因申请人逾期未缴费而终止的申请（（六）2.申请人逾期未按收费通知要求缴纳费用），而第六部分却说本年从未发出收费通知。",
            "## 为什么是问题",
            "没有发出收费通知，就不会有逾期不缴费的申请；二者必有一处不对。",
            "## 示例",
            "```text",
            "（六）2.申请人逾期未按收费通知要求缴纳费用 | 1 |；正文：“本年度未发出收费通知。”",
            "```",
            "## 如何修改",
            "把该申请移到实际办理结果所在的行，或改正正文。",
            "## 依据",
            "- 国办函〔2020〕109号《政府信息公开信息处理费管理办法》",
        ],
    }
}

const NO_NOTICE: &[&str] = &["未发出收费通知", "没有发出收费通知", "未发出缴费通知", "未向申请人发出收费通知"];

impl FeeNoticeUnpaid {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t3) = &model.tables.applications else { return };
        let Some(row) = t3.row(crate::format::T3Row::OtherFeeUnpaid) else { return };
        let Some(unpaid) = row.total().value().filter(|v| *v > 0.0) else { return };
        let Some(line) = model.doc.lines().find(|l| NO_NOTICE.iter().any(|p| l.text.contains(p))) else { return };
        findings
            .add(
                &Self::META,
                row.total().span,
                format!("表三有 {} 件因逾期未缴费而不再处理的申请，但正文称未发出收费通知。", number(unpaid)),
                format!(
                "Table 3 counts {} application(s) lapsed for non-payment, but the text says no fee notice was issued.",
                number(unpaid)
            ),
            )
            .related([line.span]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn no_unpaid_row_passes_and_a_contradiction_is_noted() {
        assert!(check_text(&FeeNoticeUnpaid, SEED_002).is_empty());
        let contradiction = SEED_002
            .replace(
                "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
            )
            .replace("2023年,我局未收取任何政府信息公开处理费。", "2023年,我局未发出收费通知。");
        assert_eq!(check_text(&FeeNoticeUnpaid, &contradiction).len(), 1);
    }
}

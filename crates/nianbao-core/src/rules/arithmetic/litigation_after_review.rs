use super::number;
use crate::format::T4Group;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a table 4 where more suits were filed after review (复议后起诉 总计) than there were
    /// reviews (行政复议 总计) in the year.
    ///
    /// ## Why is this bad?
    /// A suit after review usually follows a review of the same body in the same or the
    /// previous year; many more suits than reviews suggests the columns were swapped. Reviews
    /// of other bodies or of last year can explain it, so this is only a note.
    ///
    /// ## Example
    /// ```text
    /// 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |
    /// ```
    ///
    /// ## How to fix
    /// Check that the 行政复议 and 复议后起诉 groups are not swapped.
    ///
    /// ## References
    /// - FORMAT.md §6.3 T4-5
    LitigationAfterReview {
        code: "NB310",
        name: "litigation-after-review",
        category: Arithmetic,
        severity: Info,
        summary_zh: "表四复议后起诉多于行政复议总数",
        summary_en: "Table 4 has more suits after review than reviews",
        doc_zh: [
            "## 规则说明",
            "表四中“复议后起诉”的总计多于“行政复议”的总计。",
            "## 为什么是问题",
            "复议后起诉的案件可能来自上一年的复议，并非一定错误；但两组数字常被填反，值得核对。",
            "## 示例",
            "```text",
            "行政复议总计 1；复议后起诉总计 3",
            "```",
            "## 如何修改",
            "核对“行政复议”与“复议后起诉”两组是否填反。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表四",
        ],
    }
}

impl LitigationAfterReview {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t4) = &model.tables.review_litigation else { return };
        let (reviews, after) = (t4.group(T4Group::Review).total(), t4.group(T4Group::SuitAfterReview).total());
        let (Some(reviews_n), Some(after_n)) = (reviews.value(), after.value()) else { return };
        if after_n > reviews_n {
            findings
                .add(
                    &Self::META,
                    after.span,
                    format!(
                        "复议后起诉 {} 件，多于本年行政复议总数 {} 件，请确认两组数据没有填反。",
                        number(after_n),
                        number(reviews_n)
                    ),
                    format!(
                        "{} suits after review but only {} reviews this year; check the groups are not swapped.",
                        number(after_n),
                        number(reviews_n)
                    ),
                )
                .related([reviews.span]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::arithmetic::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn zeros_pass_and_suits_without_reviews_are_noted() {
        assert!(check_text(&LitigationAfterReview, SEED_002).is_empty());
        let suits = SEED_002.replace(
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 |",
        );
        assert_eq!(check_text(&LitigationAfterReview, &suits).len(), 1);
    }
}

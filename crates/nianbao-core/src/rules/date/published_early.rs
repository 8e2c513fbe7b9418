use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Warns when the signature or publication date falls within the report year itself,
    /// before the year being reported on has ended.
    ///
    /// ## Why is this bad?
    /// An annual report can't be complete before 31 December; such a date is a typo (often
    /// the report year written instead of the next) or last year's signature left in place.
    ///
    /// ## Example
    /// ```text
    /// 统计期限为2023年1月1日至2023年12月31日 … 2023年1月8日
    /// ```
    ///
    /// ## How to fix
    /// Correct the date (usually to the next year).
    PublishedEarly {
        code: "NB505",
        name: "published-early",
        category: Date,
        severity: Warning,
        summary_zh: "落款日期早于报告年度结束",
        summary_en: "The signature date is before the report year ended",
    }
}

impl PublishedEarly {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let (Some(year), Some(published)) = (model.year, &model.published) else { return };
        if published.value.year <= year {
            findings
                .add(
                    &Self::META,
                    published.span,
                    format!("落款日期{}在{year}年度结束之前，年度报告应在次年公布。", published.value),
                    format!(
                        "The date {} is before the end of {year}; the report is published the next year.",
                        published.value
                    ),
                )
                .expected(format!("≥ {}-01-01", year + 1))
                .found(published.value.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn next_year_passes_and_same_year_fails() {
        assert!(check_text(&PublishedEarly, SEED_002).is_empty());
        let early = SEED_002.replace("2024年1月8日", "2023年1月8日");
        assert_eq!(check_text(&PublishedEarly, &early).len(), 1);
    }
}

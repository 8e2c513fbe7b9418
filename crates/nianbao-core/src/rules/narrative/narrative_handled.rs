use super::{counts, number, prose_with_digits, sentences, span_in, t3_total};
use crate::format::T3Row;
use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares the number of applications the text says were handled (`办结N件`,
    /// `办理完毕N件`, `答复N件`) with table 3's 三（七）总计, and warns when the text claims
    /// applications were handled while every result row of table 3 is 0.
    ///
    /// ## Why is this bad?
    /// The result rows say how each application ended. A handled application that appears in
    /// no result row can't be accounted for.
    ///
    /// ## Example
    /// Seed 000: "已在规定时限内办理完毕1件", while rows （一）…（六） are all 0 and only
    /// （七）总计 is 1.
    ///
    /// ## How to fix
    /// Enter the application in the result row that describes its outcome.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-2
    NarrativeHandled {
        code: "NB602",
        name: "narrative-handled",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述办结申请数与表三办理结果不一致",
        summary_en: "The applications handled in the text disagree with table 3's results",
        doc_zh: [
            "## 规则说明",
            "比较正文所述办结的申请数（“办结N件”“办理完毕N件”“答复N件”）与表三“（七）总计”；正文称办结了申请而表三各项办理结果均为 0 时也报警告。",
            "## 为什么是问题",
            "正文与表格不一致，至少有一处是错的。",
            "## 示例",
            "```text",
            "办结1件。（表三各项办理结果均为 0）",
            "```",
            "## 如何修改",
            "把该申请填入反映其结果的办理结果行。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表三",
        ],
    }
}

const TRIGGERS: &[&str] = &["办结", "办理完毕", "答复", "予以回复"];

impl NarrativeHandled {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(handled) = t3_total(model, &[T3Row::ResultsTotal]) else { return };
        let total = handled.value;
        let Some(t3) = &model.tables.applications else { return };
        let leaves: Vec<T3Row> = t3.rows.iter().map(|r| r.id).filter(|id| id.is_result()).collect();
        // Each result row's 总计, or its applicants' sum where the 总计 cell is blank.
        let leaf_sum: f64 = leaves.iter().filter_map(|id| t3_total(model, &[*id])).map(|t| t.value).sum();
        for line in prose_with_digits(model).filter(|l| l.text.contains("申请")) {
            for (offset, sentence) in sentences(&line.text) {
                let Some(at) = TRIGGERS.iter().filter_map(|t| sentence.find(t)).min() else { continue };
                let Some(n) = counts(&sentence[at..]).into_iter().next() else { continue };
                let range = offset + at + n.range.start..offset + at + n.range.end;
                let (zh, en, expected) = if n.value != total {
                    (
                        format!(
                            "正文称办结申请 {} {}，表三“（七）总计”为 {}{}。",
                            number(n.value),
                            n.unit,
                            number(total),
                            handled.note_zh()
                        ),
                        format!(
                            "The text says {} applications were handled; table 3's (七)总计 says {}{}.",
                            number(n.value),
                            number(total),
                            handled.note_en()
                        ),
                        total,
                    )
                } else if n.value > 0.0 && leaf_sum == 0.0 {
                    (
                        format!(
                            "正文称办结申请 {} {}，但表三各项办理结果（（一）至（六））均为 0。",
                            number(n.value),
                            n.unit
                        ),
                        format!(
                            "The text says {} applications were handled, but every result row of table 3 is 0.",
                            number(n.value)
                        ),
                        leaf_sum,
                    )
                } else {
                    continue;
                };
                findings
                    .add(&Self::META, span_in(model, line, range), zh, en)
                    .related(handled.cells.iter().map(|c| c.span))
                    .expected(number(expected))
                    .found(number(n.value));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::{SEED_000, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_003_passes_and_seed_000_warns() {
        assert!(check_text(&NarrativeHandled, SEED_003).is_empty());
        let found = check_text(&NarrativeHandled, SEED_000);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.zh.contains("均为 0"));
    }
}

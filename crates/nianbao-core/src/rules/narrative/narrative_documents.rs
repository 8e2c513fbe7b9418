use super::{counts, number, prose_with_digits, span_in};
use crate::model::{Model, Template};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Compares counts of 规章 and (行政)规范性文件 stated in the text (`制发规范性文件2件`,
    /// `废止规章1件`, `现行有效规范性文件19件`) with table 2's 第二十条第（一）项.
    ///
    /// ## Why is this bad?
    /// The overview's 政府信息管理 part and table 2 report the same documents; when they differ
    /// one of them was not updated.
    ///
    /// ## Example
    /// ```text
    /// 全年制发规范性文件3件……
    /// 规范性文件 | 2 | 0 | 19 |
    /// ```
    ///
    /// ## How to fix
    /// Make the text and table 2 agree.
    ///
    /// ## References
    /// - FORMAT.md §6.5 N-4; 国办公开办函〔2021〕30号, 表二
    NarrativeDocuments {
        code: "NB607",
        name: "narrative-documents",
        category: Narrative,
        severity: Warning,
        summary_zh: "正文所述规章、规范性文件件数与表二不一致",
        summary_en: "Counts of regulations or normative documents in the text differ from table 2",
        doc_zh: [
            "## 规则说明",
            "比较正文所述规章、（行政）规范性文件的件数（“制发规范性文件2件”“废止规章1件”“现行有效规范性文件19件”）与表二第二十条第（一）项。",
            "## 为什么是问题",
            "正文与表二不一致，至少有一处是错的。",
            "## 示例",
            "```text",
            "本年度制发行政规范性文件3件。（表二本年制发件数为 2）",
            "```",
            "## 如何修改",
            "使正文与表二一致。",
            "## 依据",
            "- 国办公开办函〔2021〕30号，表二",
        ],
    }
}

/// (verbs, column): 制发/出台/印发 → made (column 0); 废止 → repealed (2021 column 1);
/// 现行有效 → in force (2021 column 2).
const VERBS: &[(&[&str], usize, bool)] =
    &[(&["制发", "出台", "印发", "制定"], 0, false), (&["废止"], 1, true), (&["现行有效"], 2, true)];

impl NarrativeDocuments {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(t2) = &model.tables.active_disclosure else { return };
        let rows = [
            ("规章", t2.rows.iter().find(|r| r.label.contains("规章"))),
            ("规范性文件", t2.rows.iter().find(|r| r.label.contains("规范性文件"))),
        ];
        for line in prose_with_digits(model) {
            for (kind, row) in rows {
                let Some(row) = row else { continue };
                let Some(at) = line.text.find(kind) else { continue };
                for &(verbs, column, only_2021) in VERBS {
                    if only_2021 && model.template != Template::Rev2021 {
                        continue;
                    }
                    // The verb right before the kind ("制发规范性文件") …
                    let window_start = crate::span::floor_char_boundary(&line.text, at.saturating_sub(12));
                    let before = &line.text[window_start..at];
                    if !verbs.iter().any(|v| before.contains(v)) {
                        continue;
                    }
                    // … and the count right after it ("规范性文件2件").
                    let after = at + kind.len();
                    let Some(n) = counts(&line.text[after..]).into_iter().next().filter(|n| n.range.start <= 6) else {
                        continue;
                    };
                    let Some(cell) = row.cells.get(column) else { continue };
                    let Some(value) = cell.value() else { continue };
                    if n.value == value {
                        continue;
                    }
                    let range = after + n.range.start..after + n.range.end;
                    findings
                        .add(
                            &Self::META,
                            span_in(model, line, range),
                            format!(
                                "正文称{}{kind} {} {}，表二“{}”为 {}。",
                                verbs[0],
                                number(n.value),
                                n.unit,
                                row.label,
                                number(value)
                            ),
                            format!(
                                "The text gives {} for {kind} ({}); table 2 row \"{}\" says {}.",
                                number(n.value),
                                verbs[0],
                                row.label,
                                number(value)
                            ),
                        )
                        .related([cell.span])
                        .expected(number(value))
                        .found(number(n.value));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::narrative::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn silent_text_passes_and_a_wrong_count_warns() {
        assert!(check_text(&NarrativeDocuments, SEED_002).is_empty());
        let right = SEED_002.replace("(三)政府信息管理:", "(三)政府信息管理:全年现行有效规范性文件1件。");
        assert!(check_text(&NarrativeDocuments, &right).is_empty());
        let wrong = SEED_002.replace("(三)政府信息管理:", "(三)政府信息管理:全年制发规范性文件3件。");
        let found = check_text(&NarrativeDocuments, &wrong);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].expected.as_deref(), found[0].found.as_deref()), (Some("0"), Some("3")));
    }
}

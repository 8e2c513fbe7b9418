use crate::model::Model;
use crate::normalize;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes corrupted labels in legacy statistics tables (附表): a label that appears twice in
    /// one table, or a label that is two labels run together.
    ///
    /// ## Why is this bad?
    /// The reader can't tell which row is which, and a figure may have been entered on the
    /// wrong line.
    ///
    /// ## Example
    /// Seed 001: `4.其他形式申请数网上申请数` and later `6.其他形式申请数`.
    ///
    /// ## How to fix
    /// Restore the labels of the statistics form.
    ///
    /// ## References
    /// - FORMAT.md defect D21
    LegacyLabelDuplicate {
        code: "NB114",
        name: "legacy-label-duplicate",
        category: Structure,
        severity: Info,
        summary_zh: "旧格式统计表中有重复或粘连的栏目名称",
        summary_en: "A legacy statistics table has a repeated or run-together label",
        doc_zh: [
            "## 规则说明",
            "旧格式统计表（附表）中的栏目名称受损：同一表中某栏目名出现两次，或两个栏目名连在一起。",
            "## 为什么是问题",
            "栏目名受损后，对应的数字含义不明。",
            "## 示例",
            "```text",
            "主动公开信息数依申请公开信息数 | 35 |",
            "```",
            "## 如何修改",
            "恢复统计表的栏目名称。",
            "## 依据",
            "- 国办发〔2014〕32号附件，政府信息公开情况统计表",
        ],
    }
}

/// A label without its item number and 其中 prefix: `其中,1.当面申请数` → `当面申请数`.
fn core(label: &str) -> String {
    let norm = normalize::label(label);
    let s = norm.trim_start_matches("其中").trim_start_matches([':', ',']);
    s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || ('①'..='⑳').contains(&c)).to_owned()
}

impl LegacyLabelDuplicate {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for table in &model.tables.other {
            let labels: Vec<(String, &crate::model::TableCell)> = table
                .cells
                .iter()
                .filter_map(|r| r.first())
                .map(|c| (core(&c.text), c))
                .filter(|(l, _)| l.chars().count() >= 3)
                .collect();
            for (i, (label, cell)) in labels.iter().enumerate() {
                let earlier = labels[..i].iter().find(|(l, _)| l == label);
                // `其他形式申请数网上申请数`: another label of the table followed by more text.
                let run_together = labels
                    .iter()
                    .find(|(l, _)| l != label && label.starts_with(l.as_str()) && label.len() > l.len() + 3);
                let (zh, en, other) = match (earlier, run_together) {
                    (Some((_, first)), _) => (
                        format!("栏目“{}”在表中重复出现。", cell.text),
                        format!("The label \"{}\" appears twice in the table.", cell.text),
                        first.span,
                    ),
                    (None, Some((l, c))) => (
                        format!("栏目“{}”像是“{l}”与另一栏目名称粘连而成。", cell.text),
                        format!("The label \"{}\" looks like \"{l}\" run together with another label.", cell.text),
                        c.span,
                    ),
                    (None, None) => continue,
                };
                findings.add(&Self::META, cell.span, zh, en).related([other]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    const SEED_001: &str = include_str!("../../../../../tests/fixtures/001_5572e4fa0af39e90.txt");

    #[test]
    fn seed_001_has_a_run_together_label() {
        let found = check_text(&LegacyLabelDuplicate, SEED_001);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(&SEED_001[found[0].span.range()], "4.其他形式申请数网上申请数");
        assert_eq!(&SEED_001[found[0].related[0].range()], "6.其他形式申请数");
        let fixed = SEED_001
            .replace("4.其他形式申请数网上申请数", "4.网上申请数")
            .replace("6.其他形式申请数", "6.其他形式申请数合计");
        assert!(check_text(&LegacyLabelDuplicate, &fixed).is_empty());
    }
}

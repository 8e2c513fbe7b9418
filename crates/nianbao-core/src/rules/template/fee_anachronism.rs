use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes a report for 2020 or earlier that speaks of 信息处理费, a fee introduced by
    /// 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), in force from 2021.
    ///
    /// ## Why is this bad?
    /// It usually means the text was written from a later year's report, which also explains a
    /// wrong table format (see NB201).
    ///
    /// ## Example
    /// Seed 000 (a 2019 report): "（一）2019年未收取信息处理费".
    ///
    /// ## How to fix
    /// Check that the text describes the report year; before 2021 say "依申请公开收费及减免情况".
    ///
    /// ## References
    /// - 国办函〔2020〕109号 《政府信息公开信息处理费管理办法》
    FeeAnachronism {
        code: "NB205",
        name: "fee-anachronism",
        category: Template,
        severity: Info,
        summary_zh: "2020 年及以前的报告提到了 2021 年起才实行的信息处理费",
        summary_en: "A report for 2020 or earlier mentions the 信息处理费 introduced in 2021",
        doc_zh: [
            "## 规则说明",
            "2020 年度及以前的报告提到了“信息处理费”。信息处理费由《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）设立，2021 年起施行。",
            "## 为什么是问题",
            "这通常说明正文是照着以后年度的报告写的，也常伴随表格格式用错（见 NB201）。",
            "## 示例",
            "```text",
            "（2019年度报告）本年度未收取信息处理费。",
            "```",
            "## 如何修改",
            "核对正文描述的是否是报告年度；2021 年以前应写“依申请公开收费及减免情况”。",
            "## 依据",
            "- 国办函〔2020〕109号《政府信息公开信息处理费管理办法》",
        ],
    }
}

impl FeeAnachronism {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let Some(year) = model.year.filter(|y| *y <= 2020) else { return };
        let Some(line) = model.doc.lines().find(|l| l.text.contains("信息处理费")) else { return };
        let at = line.text.find("信息处理费").unwrap_or(0);
        let span = crate::model::locate_in_line(&model.doc, line, at..at + "信息处理费".len());
        findings.add(
            &Self::META,
            span,
            format!("这是{year}年度的报告，但提到了2021年起才实行的“信息处理费”，请确认文字是否沿用了其他年份的报告。"),
            format!("This is a {year} report but mentions the 信息处理费, which exists from 2021; check the text was not taken from another year."),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::template::testing::{SEED_000, SEED_003};
    use crate::rules::testing::check_text;

    #[test]
    fn a_2019_report_without_the_fee_passes_and_seed_000_is_noted() {
        // The passing half is a report of a year the rule applies to (2019).
        assert!(check_text(&FeeAnachronism, SEED_003).is_empty());
        let with_fee = SEED_003.replace("六、其他需要报告的事项", "六、其他需要报告的事项\n本年度未收取信息处理费。");
        assert_eq!(check_text(&FeeAnachronism, &with_fee).len(), 1);
        assert_eq!(check_text(&FeeAnachronism, SEED_000).len(), 1);
    }
}

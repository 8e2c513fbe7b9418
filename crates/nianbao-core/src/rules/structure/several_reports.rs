use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Says that the text holds several reports — the same report pasted twice, or a batch of
    /// reports copied into one box — each a run of the standard sections from 一 on. The other
    /// rules then stay quiet (a stream of "section out of order" and "row repeated" findings
    /// would say nothing useful); check each report on its own.
    ///
    /// ## Why is this bad?
    /// One check reads one report. Sections and tables of several reports read as one give
    /// findings about a report nobody wrote.
    ///
    /// ## Example
    /// Two years' reports of one body pasted one after the other.
    ///
    /// ## How to fix
    /// Check each report on its own (the page takes several files at once).
    SeveralReports {
        code: "NB116",
        name: "several-reports",
        category: Structure,
        severity: Error,
        summary_zh: "文本中有多份报告，请分别检查",
        summary_en: "The text holds several reports; check each on its own",
        doc_zh: [
            "## 规则说明",
            "文本中有多份报告：同一份报告粘贴了两次，或一批报告复制到了同一个输入框，每份都从“一、”起有一串规定章节。此时其他规则不再报告（否则会报出一连串“章节顺序错误”“行重复”）。",
            "## 为什么是问题",
            "多份报告混在一起，检查结果无法对应到具体哪一份。",
            "## 示例",
            "```text",
            "一、总体情况 …… 六、其他需要报告的事项 …… 一、总体情况 ……",
            "```",
            "## 如何修改",
            "逐份分别检查（页面可以一次选择多个文件）。",
            "## 依据",
            "- 本工具的检查规则",
        ],
    }
}

impl SeveralReports {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let starts = model.report_starts();
        let [first, second, ..] = starts[..] else { return };
        findings
            .add(
                &Self::META,
                second,
                format!("文本中有 {} 份报告（各自从“一、”开始），请分别检查。", starts.len()),
                format!("The text holds {} reports (each starting at its 一); check each on its own.", starts.len()),
            )
            .related([first].into_iter().chain(starts[2..].iter().copied()))
            .found(format!("{} 份报告", starts.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::fixtures::CLEAN_2021;
    use crate::rules::testing::check_text;

    #[test]
    fn three_reports_in_one_text_are_one_finding_and_one_report_passes() {
        assert!(check_text(&SeveralReports, CLEAN_2021).is_empty());
        let three = format!("{CLEAN_2021}\n{CLEAN_2021}\n{CLEAN_2021}");
        let found = check_text(&SeveralReports, &three);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.zh.starts_with("文本中有 3 份报告"));
        assert_eq!(found[0].related.len(), 2);
        // One section repeated is a duplicate section (NB103), not another report.
        let twice = format!("{CLEAN_2021}\n一、总体情况\n又一段。\n");
        assert!(check_text(&SeveralReports, &twice).is_empty());
        let model = crate::model::build(crate::read::read_str(&three, crate::read::InputKind::Text));
        let found = crate::rules::run(&model, &Default::default());
        let codes: Vec<&str> = found.iter().map(|d| &*d.code).collect();
        assert_eq!(codes, ["NB116"], "the other rules stay quiet");
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};
use crate::spam;

rule! {
    /// ## What it does
    /// Finds spam injected into the report, typically where a hacked or mirrored page replaced
    /// the agency's name or a word, or added lines of search-engine keywords. Seven families:
    /// gambling (`bt365手机客户端`, `威廉希尔`), pornography (`国产精品`, `一区二区`), drugs and
    /// surrogacy (`代孕`), loans and cash-out (`裸贷`, `信用卡套现`), fake documents and invoices
    /// (`刻章办证`, `代开发票`), game cheats (`传奇私服`, `游戏外挂`), and keyword-stuffed lines
    /// (`亚洲精品久久无码中文字幕`). Traditional characters (`娛樂`) and pinyin inserted to dodge
    /// filters (`務(wù)`) are seen through.
    ///
    /// ## Why is this bad?
    /// A government report carrying gambling advertising is a serious incident: the page was
    /// tampered with, and the text can't be trusted until it is restored from the original.
    ///
    /// ## Example
    /// Seed 001: "推进政府信息公开是bt365手机客户端贯彻落实《条例》的重要举措" — the agency's name
    /// replaced by a betting app.
    ///
    /// ## How to fix
    /// Restore the text from the original document, report the tampering to the site's
    /// administrators, and check the web server.
    ///
    /// ## References
    /// - FORMAT.md defects D16, D29
    SpamInjected {
        code: "NB701",
        name: "spam-injected",
        category: Content,
        severity: Error,
        summary_zh: "报告中混入了博彩、色情、代孕、网贷、办证、私服等垃圾信息",
        summary_en: "Gambling, pornographic or other spam has been injected into the report",
        doc_zh: [
            "## 规则说明",
            "查找混入报告的垃圾信息，通常是网页被篡改或镜像后替换了机关名称或个别词语，或加入了成行的搜索引擎关键词。共七类：博彩（“bt365手机客户端”“威廉希尔”）、色情（“国产精品”）、代孕、网贷、办证、私服、其他推广。",
            "## 为什么是问题",
            "政府网站上出现博彩、色情等内容，是严重的网站安全事件，也会被公众和媒体截图传播。",
            "## 示例",
            "```text",
            "××县bt365手机客户端2023年政府信息公开工作年度报告",
            "```",
            "## 如何修改",
            "按原件恢复文字，向网站管理员报告篡改，并检查网站服务器的安全。",
            "## 依据",
            "- 《政府网站发展指引》（国办发〔2017〕47号）：网站安全防护",
        ],
    }
}

impl SpamInjected {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let source = &model.doc.text;
        for hit in spam::find(source) {
            let found = &source[hit.range.clone()];
            let (zh, en) = hit.family.names();
            findings.add(
                &Self::META,
                model.doc.span(hit.range.clone()),
                format!("发现{zh}类垃圾信息“{found}”，网页可能被篡改，请依据原始文件恢复并排查网站安全。"),
                format!("{en} spam found: \"{found}\". The page may have been tampered with; restore the text from the original and check the site."),
            ).found(found.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_001, SEED_002, SEED_003, SEED_004};
    use crate::rules::testing::check_text;

    #[test]
    fn a_clean_report_passes_and_seed_001_has_three_injections() {
        assert!(check_text(&SpamInjected, SEED_002).is_empty());
        let found = check_text(&SpamInjected, SEED_001);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found.iter().all(|d| d.found.as_deref() == Some("bt365手机客户端")));
        assert_eq!(check_text(&SpamInjected, "本站提供AV在线观看\n").len(), 1, "Latin letters match without case");
    }

    #[test]
    fn every_family_is_caught_and_normal_reports_raise_nothing() {
        let cases = [
            ("专业代孕服务，电话123", "代孕"),
            ("亚洲精品久久无码中文字幕高清在线", "关键词堆砌"),
            ("日韩欧美一区二区三区在线观看", "关键词堆砌"),
            ("传奇私服发布网，游戏外挂", "私服"),
            ("刻章办证联系微信", "办假证"),
            ("大学生裸贷，秒下款", "网贷"),
            ("澳門新葡京娛樂城", "博彩"),
            ("真人娛(yú)樂(lè)在線", "博彩"),
            ("信息来源:老虎机游戏:青山乡政府", "博彩"),
        ];
        for (text, family) in cases {
            let found = check_text(&SpamInjected, text);
            assert!(!found.is_empty() && found[0].message.zh.contains(family), "{text}: {found:#?}");
        }
        // A traditional-character hit points at the original characters.
        let text = "推进公开是澳門新葡京的举措";
        let found = check_text(&SpamInjected, text);
        assert_eq!(found[0].found.as_deref(), Some("澳門新葡京"));
        // Words spam shares with reports: 办证大厅, 在线访谈, 视频会议, 精品栏目, 国产化, 贷款.
        let normal = "优化不动产办证大厅服务，开展在线访谈和视频会议，打造精品栏目，推进国产化替代，发放创业担保贷款，免费提供查阅。";
        assert!(check_text(&SpamInjected, normal).is_empty());
        let seed_000 = include_str!("../../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt");
        let templates = [
            include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2019.txt"),
            include_str!("../../../../../tests/fixtures/templates/TEMPLATE-2021.txt"),
        ];
        for (n, text) in [seed_000, SEED_002, SEED_003, SEED_004].into_iter().chain(templates).enumerate() {
            assert!(check_text(&SpamInjected, text).is_empty(), "normal report {n}");
        }
    }
}

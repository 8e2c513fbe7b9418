use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds gambling, betting and similar SEO spam injected into the report, typically where a
    /// hacked or mirrored page replaced the agency's name or a word: `bt365手机客户端`,
    /// `365bet网上娱乐`, `威廉希尔`, `买足球的软件`.
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
        summary_zh: "报告中混入了博彩等垃圾信息",
        summary_en: "Gambling or other spam has been injected into the report",
    }
}

/// Brands and phrases that never belong in a government report. Matched case-insensitively on
/// ASCII. Generic words that also occur legitimately (彩票 in a sports bureau's report) are not
/// listed.
const SPAM: &[&str] = &[
    "bt365",
    "365bet",
    "bet365",
    "365体育",
    "365app",
    "威廉希尔",
    "williamhill",
    "足球的软件",
    "买足球",
    "博彩",
    "赌场",
    "百家乐",
    "六合彩",
    "时时彩",
    "北京赛车pk10",
    "真人娱乐",
    "娱乐城",
    "网上娱乐",
    "棋牌游戏",
    "体育投注",
    "投注平台",
    "开户送",
    "澳门新葡京",
    "葡京娱乐",
    "金沙娱乐",
    "太阳城",
    "皇冠体育",
    "亚博体育",
    "开云体育",
    "九游会",
    "乐鱼体育",
    "必威",
    "国产精品",
    "免费观看",
    "一区二区",
    "成人视频",
    "av在线",
];

impl SpamInjected {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let text = &model.doc.text;
        let lower = text.to_ascii_lowercase();
        let mut hits: Vec<(usize, &str)> = Vec::new();
        for word in SPAM {
            let mut from = 0;
            while let Some(i) = lower[from..].find(word) {
                hits.push((from + i, word));
                from += i + word.len();
            }
        }
        hits.sort();
        // Overlapping words ("bt365" in "bt365手机客户端" and "365app") are one hit.
        let mut last_end = 0;
        for (at, word) in hits {
            if at < last_end {
                continue;
            }
            let end = extend_spam(text, at + word.len());
            last_end = end;
            let found = &text[at..end];
            let d = findings.add(
                &Self::META,
                model.doc.span(at..end),
                format!("发现博彩等垃圾信息“{found}”，网页可能被篡改，请依据原始文件恢复并排查网站安全。"),
                format!("Spam found: \"{found}\". The page may have been tampered with; restore the text from the original and check the site."),
            );
            d.found = Some(found.to_owned());
        }
    }
}

/// Extends a hit over the brand's tail (`bt365` + `手机客户端`) up to punctuation or 20 chars.
fn extend_spam(text: &str, end: usize) -> usize {
    const TAIL: &[&str] = &["手机客户端", "客户端", "官网", "官方网站", "app", "APP", "网址", "平台", "_"];
    let mut end = end;
    loop {
        let rest = &text[end..];
        match TAIL.iter().find(|t| rest.starts_with(*t)) {
            Some(t) => end += t.len(),
            None => return end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_001, SEED_002};
    use crate::rules::testing::check_text;

    #[test]
    fn a_clean_report_passes_and_seed_001_has_three_injections() {
        assert!(check_text(&SpamInjected, SEED_002).is_empty());
        let found = check_text(&SpamInjected, SEED_001);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found.iter().all(|d| d.found.as_deref() == Some("bt365手机客户端")));
        assert_eq!(check_text(&SpamInjected, "本站提供AV在线观看\n").len(), 1, "Latin letters match without case");
    }
}

use crate::model::Model;
use crate::rules::{rule, Findings};

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
    }
}

/// The kinds of spam that hacked government pages carry (FORMAT.md D16, D29).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Gambling,
    Porn,
    Drugs,
    Loans,
    FakeDocuments,
    GameCheats,
    /// Lines of keywords for search engines (`亚洲精品久久无码…`).
    KeywordStuffing,
}

impl Family {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Family::Gambling => ("博彩", "gambling"),
            Family::Porn => ("色情", "pornographic"),
            Family::Drugs => ("药品、代孕", "drug or surrogacy"),
            Family::Loans => ("网贷、套现", "loan or cash-out"),
            Family::FakeDocuments => ("办假证、代开发票", "fake-document or invoice"),
            Family::GameCheats => ("游戏私服、外挂", "game-cheat"),
            Family::KeywordStuffing => ("关键词堆砌（SEO）", "SEO keyword"),
        }
    }
}

/// Brands and phrases that never belong in a government report, matched on folded text
/// (lower-case ASCII, traditional characters simplified, pinyin annotations dropped). Words
/// that also occur legitimately (彩票 in a sports bureau's report, 办证大厅, 贷款 in a
/// financial report) are not listed; only their spam forms are.
const SPAM: &[(&str, Family)] = &[
    ("bt365", Family::Gambling),
    ("365bet", Family::Gambling),
    ("bet365", Family::Gambling),
    ("365体育", Family::Gambling),
    ("365app", Family::Gambling),
    ("威廉希尔", Family::Gambling),
    ("williamhill", Family::Gambling),
    ("足球的软件", Family::Gambling),
    ("买足球", Family::Gambling),
    ("博彩", Family::Gambling),
    ("赌场", Family::Gambling),
    ("百家乐", Family::Gambling),
    ("六合彩", Family::Gambling),
    ("时时彩", Family::Gambling),
    ("北京赛车pk10", Family::Gambling),
    ("真人娱乐", Family::Gambling),
    ("娱乐城", Family::Gambling),
    ("网上娱乐", Family::Gambling),
    ("棋牌游戏", Family::Gambling),
    ("体育投注", Family::Gambling),
    ("投注平台", Family::Gambling),
    ("开户送", Family::Gambling),
    ("澳门新葡京", Family::Gambling),
    ("葡京娱乐", Family::Gambling),
    ("金沙娱乐", Family::Gambling),
    ("太阳城", Family::Gambling),
    ("皇冠体育", Family::Gambling),
    ("亚博体育", Family::Gambling),
    ("开云体育", Family::Gambling),
    ("九游会", Family::Gambling),
    ("乐鱼体育", Family::Gambling),
    ("必威", Family::Gambling),
    ("国产精品", Family::Porn),
    ("免费观看", Family::Porn),
    ("一区二区", Family::Porn),
    ("成人视频", Family::Porn),
    ("av在线", Family::Porn),
    ("无码", Family::Porn),
    ("久久精品", Family::Porn),
    ("亚洲精品", Family::Porn),
    ("日韩精品", Family::Porn),
    ("欧美日韩", Family::Porn),
    ("中文字幕", Family::Porn),
    ("色情网站", Family::Porn),
    ("黄色网站", Family::Porn),
    ("裸聊", Family::Porn),
    ("约炮", Family::Porn),
    ("午夜影院", Family::Porn),
    ("自拍偷拍", Family::Porn),
    ("三级片", Family::Porn),
    ("伦理片", Family::Porn),
    ("代孕", Family::Drugs),
    ("伟哥", Family::Drugs),
    ("壮阳", Family::Drugs),
    ("春药", Family::Drugs),
    ("迷药", Family::Drugs),
    ("催情", Family::Drugs),
    ("裸贷", Family::Loans),
    ("秒下款", Family::Loans),
    ("黑户贷款", Family::Loans),
    ("贷款口子", Family::Loans),
    ("信用卡套现", Family::Loans),
    ("花呗套现", Family::Loans),
    ("刻章办证", Family::FakeDocuments),
    ("办证刻章", Family::FakeDocuments),
    ("办假证", Family::FakeDocuments),
    ("代开发票", Family::FakeDocuments),
    ("发票代开", Family::FakeDocuments),
    ("假文凭", Family::FakeDocuments),
    ("传奇私服", Family::GameCheats),
    ("私服发布", Family::GameCheats),
    ("游戏外挂", Family::GameCheats),
    ("外挂辅助", Family::GameCheats),
    ("透视自瞄", Family::GameCheats),
    ("卡盟", Family::GameCheats),
];

/// Words of keyword-stuffed lines; `strong` ones hardly occur in a report at all.
const KEYWORDS: &[(&str, bool)] = &[
    ("亚洲", true),
    ("欧美", true),
    ("日韩", true),
    ("久久", true),
    ("无码", true),
    ("中文字幕", true),
    ("精品", false),
    ("国产", false),
    ("高清", false),
    ("一区", false),
    ("二区", false),
    ("三区", false),
    ("在线", false),
    ("视频", false),
    ("免费", false),
    ("观看", false),
    ("影院", false),
];

/// Traditional forms of the characters spam words are made of.
const TRADITIONAL: &[(char, char)] = &[
    ('娛', '娱'),
    ('樂', '乐'),
    ('體', '体'),
    ('賭', '赌'),
    ('場', '场'),
    ('網', '网'),
    ('線', '线'),
    ('觀', '观'),
    ('視', '视'),
    ('頻', '频'),
    ('亞', '亚'),
    ('無', '无'),
    ('碼', '码'),
    ('區', '区'),
    ('國', '国'),
    ('產', '产'),
    ('務', '务'),
    ('辦', '办'),
    ('證', '证'),
    ('貸', '贷'),
    ('藥', '药'),
    ('開', '开'),
    ('戶', '户'),
    ('門', '门'),
    ('頭', '头'),
    ('錢', '钱'),
    ('幣', '币'),
    ('華', '华'),
    ('誠', '诚'),
    ('費', '费'),
    ('時', '时'),
    ('賽', '赛'),
    ('車', '车'),
    ('遊', '游'),
    ('戲', '戏'),
    ('會', '会'),
    ('韓', '韩'),
    ('歐', '欧'),
    ('淨', '净'),
    ('壯', '壮'),
    ('陽', '阳'),
    ('詐', '诈'),
    ('發', '发'),
    ('輔', '辅'),
    ('掛', '挂'),
    ('級', '级'),
    ('倫', '伦'),
    ('約', '约'),
];

/// A set of characters as a 64 Ki-bit map of their low 16 bits: a clear bit rules a character
/// out in one load; a set bit (rarely a false one) sends it to the exact lookup.
struct CharFilter(Box<[u64; 1024]>);

impl CharFilter {
    fn new(chars: impl Iterator<Item = char>) -> CharFilter {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let low = c as usize & 0xFFFF;
            bits[low >> 6] |= 1 << (low & 63);
        }
        CharFilter(bits)
    }

    fn may_contain(&self, c: char) -> bool {
        let low = c as usize & 0xFFFF;
        self.0[low >> 6] & (1 << (low & 63)) != 0
    }
}

fn simplified(c: char) -> char {
    static SORTED: std::sync::OnceLock<(CharFilter, Vec<(char, char)>)> = std::sync::OnceLock::new();
    let (filter, table) = SORTED.get_or_init(|| {
        let mut t = TRADITIONAL.to_vec();
        t.sort_unstable();
        (CharFilter::new(t.iter().map(|p| p.0)), t)
    });
    if !filter.may_contain(c) {
        return c;
    }
    table.binary_search_by_key(&c, |&(t, _)| t).map_or(c, |k| table[k].1)
}

/// A word list by first character, so that one pass over the text finds every word (instead
/// of one search of the whole text per word).
struct WordIndex {
    words: Vec<&'static str>,
    by_first: Vec<(char, usize)>,
    first: CharFilter,
}

impl WordIndex {
    fn new(words: Vec<&'static str>) -> WordIndex {
        let mut by_first: Vec<(char, usize)> =
            words.iter().enumerate().filter_map(|(k, w)| w.chars().next().map(|c| (c, k))).collect();
        by_first.sort_unstable();
        let first = CharFilter::new(by_first.iter().map(|f| f.0));
        WordIndex { words, by_first, first }
    }

    /// Every occurrence in `text`: (start, end, index of the word).
    fn occurrences(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (i, c) in text.char_indices().filter(|&(_, c)| self.first.may_contain(c)) {
            let from = self.by_first.partition_point(|&(f, _)| f < c);
            for &(_, k) in self.by_first[from..].iter().take_while(|&&(f, _)| f == c) {
                if text[i..].starts_with(self.words[k]) {
                    out.push((i, i + self.words[k].len(), k));
                }
            }
        }
        out
    }
}

/// The text folded for matching, and where it realigns with the source: `(folded, source)`
/// byte offsets after which the two advance together (folding keeps a character's length, so
/// only a skipped annotation or a length-changing fold adds a point).
struct Folded {
    text: String,
    realign: Vec<(usize, usize)>,
}

impl Folded {
    /// The source offset of folded offset `at`.
    fn orig(&self, at: usize) -> usize {
        let k = self.realign.partition_point(|&(f, _)| f <= at) - 1;
        let (f, o) = self.realign[k];
        o + (at - f)
    }
}

fn fold(source: &str) -> Folded {
    let mut text = String::with_capacity(source.len());
    let mut realign = vec![(0, 0)];
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // `務(wù)`: a pinyin annotation inserted to dodge filters.
        if matches!(c, '(' | '（') {
            let rest = &source[i + c.len_utf8()..];
            let close = rest.char_indices().take(10).find(|&(_, d)| matches!(d, ')' | '）'));
            if let Some((k, d)) = close {
                let inner = &rest[..k];
                let pinyin = !inner.is_empty()
                    && inner.chars().all(|x| x.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(x));
                if pinyin {
                    let skip_to = i + c.len_utf8() + k + d.len_utf8();
                    while chars.peek().is_some_and(|&(j, _)| j < skip_to) {
                        chars.next();
                    }
                    realign.push((text.len(), skip_to));
                    continue;
                }
            }
        }
        let f = if c.is_ascii() { c.to_ascii_lowercase() } else { simplified(c) };
        text.push(f);
        if f.len_utf8() != c.len_utf8() {
            realign.push((text.len(), i + c.len_utf8()));
        }
    }
    Folded { text, realign }
}

impl SpamInjected {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let source = &model.doc.text;
        let folded = fold(source);
        let text = folded.text.as_str();
        // One pass finds the spam words and the stuffing keywords alike.
        static WORDS: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
        let words = WORDS.get_or_init(|| {
            WordIndex::new(SPAM.iter().map(|(w, _)| *w).chain(KEYWORDS.iter().map(|(w, _)| *w)).collect())
        });
        let (spam, keywords): (Vec<_>, Vec<_>) = words.occurrences(text).into_iter().partition(|o| o.2 < SPAM.len());
        let mut hits: Vec<(usize, usize, Family)> =
            spam.into_iter().map(|(at, end, k)| (at, extend_spam(text, end), SPAM[k].1)).collect();
        hits.extend(keyword_runs(keywords.into_iter().map(|(a, e, k)| (a, e, k - SPAM.len())).collect()));
        hits.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
        // Overlapping words ("bt365" in "bt365手机客户端" and "365app") are one hit.
        let mut last_end = 0;
        for (at, end, family) in hits {
            if at < last_end {
                continue;
            }
            last_end = end;
            let (start, stop) = (folded.orig(at), folded.orig(end));
            let found = &source[start..stop];
            let (zh, en) = family.names();
            let d = findings.add(
                &Self::META,
                model.doc.span(start..stop),
                format!("发现{zh}类垃圾信息“{found}”，网页可能被篡改，请依据原始文件恢复并排查网站安全。"),
                format!("{en} spam found: \"{found}\". The page may have been tampered with; restore the text from the original and check the site."),
            );
            d.found = Some(found.to_owned());
        }
    }
}

/// Runs of stuffed keywords: at least four different ones, two of them strong, each within
/// a few characters of the last.
fn keyword_runs(found: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, Family)> {
    const GAP: usize = 12;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let mut j = i + 1;
        while j < found.len() && found[j].0 <= found[j - 1].1 + GAP {
            j += 1;
        }
        let mut kinds: Vec<usize> = found[i..j].iter().map(|f| f.2).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let strong = kinds.iter().filter(|&&k| KEYWORDS[k].1).count();
        if kinds.len() >= 4 && strong >= 2 {
            runs.push((found[i].0, found[j - 1].1, Family::KeywordStuffing));
        }
        i = j;
    }
    runs
}

/// Extends a hit over the brand's tail (`bt365` + `手机客户端`).
fn extend_spam(text: &str, end: usize) -> usize {
    const TAIL: &[&str] = &["手机客户端", "客户端", "官网", "官方网站", "app", "网址", "平台", "_"];
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

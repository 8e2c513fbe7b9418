//! Spam in a text: the detector (one pass over the text folded once) over the lexicon of
//! `lexicon.rs`. The rules use it (NB701 over the report's text); it knows nothing of
//! reports.

mod lexicon;

use lexicon::{KEYWORDS, SPAM, TRADITIONAL};

/// The kinds of spam that hacked government pages carry (FORMAT.md D16, D29).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
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
    /// The family's name in Chinese and English, for messages.
    pub fn names(self) -> (&'static str, &'static str) {
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

/// A stretch of spam in a text: its byte range and its family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub range: std::ops::Range<usize>,
    pub family: Family,
}

/// Every stretch of spam in `source`, in order, overlapping words ("bt365" in
/// "bt365手机客户端" and "365app") as one hit. One pass over the text folded once (lower-case
/// ASCII, traditional characters simplified, pinyin annotations dropped) finds the spam words
/// and the stuffing keywords alike; ranges point into `source`.
pub fn find(source: &str) -> Vec<Hit> {
    let folded = fold(source);
    let text = folded.text.as_str();
    static WORDS: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
    let words = WORDS
        .get_or_init(|| WordIndex::new(SPAM.iter().map(|(w, _)| *w).chain(KEYWORDS.iter().map(|(w, _)| *w)).collect()));
    let (spam, keywords): (Vec<_>, Vec<_>) = words.occurrences(text).into_iter().partition(|o| o.2 < SPAM.len());
    let mut hits: Vec<(usize, usize, Family)> =
        spam.into_iter().map(|(at, end, k)| (at, extend_spam(text, end), SPAM[k].1)).collect();
    hits.extend(keyword_runs(keywords.into_iter().map(|(a, e, k)| (a, e, k - SPAM.len())).collect()));
    hits.sort_by_key(|&(at, end, _)| (at, std::cmp::Reverse(end)));
    let mut out = Vec::new();
    let mut last_end = 0;
    for (at, end, family) in hits {
        if at < last_end {
            continue;
        }
        last_end = end;
        out.push(Hit { range: folded.orig(at)..folded.orig(end), family });
    }
    out
}

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

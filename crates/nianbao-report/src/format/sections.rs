//! The six sections of a report in a fixed format (FORMAT.md §2.2).

/// One of the six sections: its number, its official heading, how crawler text prints its
/// title, and the key words that recognise a heading as this section.
#[derive(Clone, Copy, Debug)]
pub struct SectionDef {
    /// 1 for 一、 … 6 for 六、.
    pub number: u8,
    /// The heading as the official template prints it.
    pub official: &'static str,
    /// The title after `一、`… as it appears in crawler text (folded), official first; the
    /// crawler reader splits a long line only at these.
    pub crawler_titles: &'static [&'static str],
    /// A heading is this section when its title holds every word of one group.
    pub keys: &'static [&'static [&'static str]],
}

pub const SECTIONS: [SectionDef; 6] = [
    SectionDef {
        number: 1,
        official: "一、总体情况",
        crawler_titles: &["总体情况"],
        keys: &[&["总体情况"], &["概述"]],
    },
    SectionDef {
        number: 2,
        official: "二、主动公开政府信息情况",
        crawler_titles: &["主动公开政府信息情况"],
        keys: &[&["主动公开"]],
    },
    SectionDef {
        number: 3,
        official: "三、收到和处理政府信息公开申请情况",
        crawler_titles: &["收到和处理政府信息公开申请情况"],
        keys: &[&["申请", "收到"], &["申请", "处理"], &["依申请"]],
    },
    SectionDef {
        number: 4,
        official: "四、政府信息公开行政复议、行政诉讼情况",
        crawler_titles: &[
            "政府信息公开行政复议,行政诉讼情况",
            "政府信息公开行政复议行政诉讼情况",
            "政府信息公开行政复议和行政诉讼情况",
            "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
            "行政复议,行政诉讼情况",
            "行政复议和行政诉讼情况",
        ],
        keys: &[&["行政复议"], &["行政诉讼"], &["复议", "诉讼"]],
    },
    SectionDef {
        number: 5,
        official: "五、存在的主要问题及改进情况",
        crawler_titles: &[
            "存在的主要问题及改进情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "存在问题及改进情况",
            "存在的问题及改进情况",
            "存在的主要问题及改进措施",
            "存在的主要问题及改进举措",
            "主要问题及改进情况",
        ],
        keys: &[&["问题", "改进"], &["存在", "问题"], &["问题", "整改"]],
    },
    SectionDef {
        number: 6,
        official: "六、其他需要报告的事项",
        crawler_titles: &["其他需要报告的事项", "其它需要报告的事项"],
        keys: &[&["其他", "报告"], &["其他", "事项"], &["其它", "报告"]],
    },
];

/// Which standard section (1–6) a heading text names, by key words.
pub fn standard_kind(title: &str) -> Option<u8> {
    SECTIONS.iter().find(|s| s.keys.iter().any(|keys| keys.iter().all(|k| title.contains(k)))).map(|s| s.number)
}

/// The official heading of standard section `n` (1–6).
pub fn official_heading(n: u8) -> &'static str {
    SECTIONS.get(usize::from(n).wrapping_sub(1)).map_or("", |s| s.official)
}

/// Words that make a `一、…` line a table-3 row label, not a section heading.
pub const T3_ROW_WORDS: [&str; 4] = ["本年新收", "上年结转", "本年度办理结果", "结转下年度"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_official_heading_names_its_own_section() {
        for s in &SECTIONS {
            let title = s.official.split_once('、').unwrap().1;
            assert_eq!(standard_kind(title), Some(s.number), "{}", s.official);
            for t in s.crawler_titles {
                assert_eq!(standard_kind(t), Some(s.number), "{t}");
            }
        }
    }
}

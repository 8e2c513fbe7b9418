//! Section headings 一、…六、 (FORMAT.md §2.2).

use crate::format::sections::{standard_kind, T3_ROW_WORDS};
use crate::normalize::{self, chinese_ordinal};
use crate::read::{Block, Document};
use crate::span::Span;
use std::ops::Range;

/// A top-level section: its heading and the blocks up to the next heading.
#[derive(Clone, Debug)]
pub struct Section {
    /// 1 for 一、 … 6 for 六、 (up to 十 in legacy reports).
    pub number: u8,
    pub title: String,
    pub span: Span,
    /// Which of the six standard sections the title is, if any (by key words, §2.2).
    pub standard: Option<u8>,
    /// The blocks of the section's body (indices into `Document::blocks`).
    pub body: Range<usize>,
}

pub(crate) fn read_sections(doc: &Document) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        let Block::Line(line) = block else { continue };
        let Some((number, title)) = heading(&line.text) else {
            continue;
        };
        if let Some(last) = sections.last_mut() {
            last.body.end = i;
        }
        sections.push(Section {
            number,
            title: title.to_owned(),
            span: line.span,
            standard: standard_kind(title),
            body: i + 1..doc.blocks.len(),
        });
    }
    sections
}

/// `一、总体情况` → (1, "总体情况"). Table-3 row labels (`一、本年新收…`) are not headings.
fn heading(text: &str) -> Option<(u8, &str)> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let number = chinese_ordinal(first)?;
    let (mark_at, mark) = chars.next()?;
    if !matches!(mark, '、' | '.' | '．' | '，' | ',' | ' ' | '\u{3000}') {
        return None;
    }
    let title = normalize::trim(&text[mark_at + mark.len_utf8()..]);
    let length = title.chars().count();
    if length == 0 || length > 40 || title.ends_with('。') || title.contains('|') {
        return None;
    }
    let norm = normalize::label(title);
    let is_table_row = T3_ROW_WORDS.iter().any(|k| norm.contains(k));
    // A run of digits at the end is a table row that lost its separators.
    let ends_in_number = title.chars().last().is_some_and(|c| c.is_ascii_digit());
    (!is_table_row && !ends_in_number).then_some((number, title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_non_headings() {
        assert_eq!(heading("一、总体情况"), Some((1, "总体情况")));
        assert_eq!(heading("五、政府信息公开工作存在的主要问题及改进情况").map(|h| h.0), Some(5));
        assert_eq!(heading("一、本年新收政府信息公开申请数量 | 1 |"), None);
        assert_eq!(heading("四、结转下年度继续办理"), None);
        assert_eq!(heading("一是建立完善机制。"), None);
        assert_eq!(standard_kind("政府信息公开行政复议、行政诉讼情况"), Some(4));
        assert_eq!(standard_kind("收到和处理政府信息公开申请情况"), Some(3));
        assert_eq!(standard_kind("其他需要报告的事项"), Some(6));
    }
}

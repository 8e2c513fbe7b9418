//! What every table strategy builds: a cell waiting to be written (its text and the box it
//! was printed in), and the text clean-up the PDF's text layer needs. A leaf: it imports no
//! other module of this crate.

use nianbao_core::span::PageBox;

/// A cell of a table being rendered: `place` is `None` where a merged cell covers it.
pub(crate) struct PendingCell {
    pub text: String,
    pub place: Option<PageBox>,
}

impl PendingCell {
    /// The cell as a printed line of prose (its box, its text).
    pub fn as_line(&self) -> pdfni::ContentLine {
        let b = self.place.unwrap_or(PageBox { page: 0, left: 0, top: 0, right: 0, bottom: 0 });
        pdfni::ContentLine {
            text: self.text.clone(),
            left: f64::from(b.left),
            right: f64::from(b.right),
            top: f64::from(b.top),
            bottom: f64::from(b.bottom),
        }
    }
}

pub(crate) fn page_box(page: u32, left: f64, top: f64, right: f64, bottom: f64) -> PageBox {
    let pt = |v: f64| v.round().clamp(i32::MIN as f64, i32::MAX as f64) as i32;
    PageBox { page, left: pt(left), top: pt(top), right: pt(right), bottom: pt(bottom) }
}

/// A cell's lines joined (`商业企` + `业`), spaces a layout put around CJK dropped, and `|`
/// (which would split the cell) replaced by the full-width bar.
pub(crate) fn cell_text(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 && ends_and_starts_ascii_alnum(&joined, line) {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    tidy(&joined).replace('|', "｜")
}

pub(crate) fn ends_and_starts_ascii_alnum(a: &str, b: &str) -> bool {
    a.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
        && b.trim_start().chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Chinese has no spaces between words; a PDF's text layer has them wherever glyphs were
/// spread (justified lines) or Latin met CJK (`2024 年`). Drops white space next to a wide
/// character, collapses the rest to one space, trims.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space && !is_wide(c) && !out.chars().last().is_some_and(is_wide) {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// CJK characters and punctuation, full-width forms, and the general punctuation that goes
/// with them (“ ” ‘ ’ … —).
fn is_wide(c: char) -> bool {
    c >= '\u{2E80}' || ('\u{2010}'..='\u{206F}').contains(&c)
}

/// `一、`, `（三）`, `(3)`: a line that starts a heading or an item, never a paragraph's
/// continuation. (A line starting with Latin digits may well be one: `21 个，制作…`.)
pub(crate) fn starts_with_ordinal(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next();
    let is_numeral = |c: char| "一二三四五六七八九十".contains(c);
    match first {
        Some('（' | '(') => chars.next().is_some_and(|c| is_numeral(c) || c.is_ascii_digit()),
        Some(c) if is_numeral(c) => chars.find(|&c| !is_numeral(c)) == Some('、'),
        Some(c) if c.is_ascii_digit() => matches!(chars.find(|c| !c.is_ascii_digit()), Some('.' | '、' | '．')),
        _ => false,
    }
}

/// A standard section's heading (`三、收到和处理政府信息公开申请情况`), not a table label that
/// starts the same way (`三、本年度办理结果`).
pub(crate) fn standard_kind(text: &str) -> Option<u8> {
    nianbao_core::model::standard_kind(&nianbao_core::normalize::label(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_next_to_chinese_go_and_others_stay() {
        assert_eq!(tidy(" 2024 年， 我市 共受理 3119 件 "), "2024年，我市共受理3119件");
        assert_eq!(tidy("hazwgkc@163.com  a  b"), "hazwgkc@163.com a b");
        assert_eq!(tidy("《条例》 “一事一审”"), "《条例》“一事一审”");
    }
    #[test]
    fn ordinals() {
        for text in ["一、总体情况", "（三）政府信息管理", "十二、其他", "2.重复申请", "(1)"] {
            assert!(starts_with_ordinal(text), "{text}");
        }
        for text in ["21 个，制作", "2024年，我市", "一是", "法提供", "十分"] {
            assert!(!starts_with_ordinal(text), "{text}");
        }
    }
    #[test]
    fn cells_join_their_lines() {
        assert_eq!(cell_text("商业企\n业"), "商业企业");
        assert_eq!(cell_text("三、\n本\n年\n度"), "三、本年度");
        assert_eq!(cell_text("12\n34"), "12 34");
        assert_eq!(cell_text("a|b"), "a｜b");
    }
}

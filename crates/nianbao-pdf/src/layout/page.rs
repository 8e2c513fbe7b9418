//! The page around the text: where the body's margins are (a printed line that starts at the
//! left margin after one that ran to the right margin goes on with it) and which blocks are
//! running headers, footers and page numbers.

use pdfni::{ContentBlock, ContentLine, ContentPage, TextBlockRole};
use std::collections::HashMap;

/// Where the body text starts and ends on the page: a printed line that starts at the left
/// margin continues the paragraph above when that one ran to the right margin.
pub(super) struct Margins {
    pub left: f64,
    pub right: f64,
}

impl Margins {
    pub(super) fn of(pages: &[ContentPage]) -> Margins {
        // Left: the most common left edge (in 2 pt steps). Right: the rightmost edge that
        // several lines share — justified lines all end there; a single line that sticks out
        // (a long address) does not move it, and a short report whose lines all end early
        // has no line that runs on.
        let mut lefts: HashMap<i64, usize> = HashMap::new();
        let mut rights: HashMap<i64, usize> = HashMap::new();
        for line in lines(pages) {
            *lefts.entry((line.left / 2.0).round() as i64).or_default() += 1;
            *rights.entry((line.right / 2.0).round() as i64).or_default() += 1;
        }
        let left = lefts.into_iter().max_by_key(|&(edge, n)| (n, -edge)).map_or(0, |(edge, _)| edge);
        let shared = rights.iter().filter(|&(_, &n)| n >= 3).map(|(&edge, _)| edge).max();
        let right = shared.or_else(|| rights.keys().copied().max()).unwrap_or(0);
        let (left, right) = (left as f64 * 2.0, right as f64 * 2.0);
        // Lines that all end within the left half of the page (a template's headings and
        // placeholders) share an edge, but no text column is that narrow: none runs on.
        let width = pages.iter().map(|p| p.width).fold(0.0, f64::max);
        let right = if right - left < 0.5 * width { f64::INFINITY } else { right };
        Margins { left, right }
    }
}

fn lines(pages: &[ContentPage]) -> impl Iterator<Item = &ContentLine> {
    pages.iter().flat_map(|p| &p.blocks).flat_map(|b| match b {
        ContentBlock::Text(text) => text.lines.as_slice(),
        ContentBlock::Table(_) => &[],
    })
}

/// Running headers and footers: blocks the reader marked as such whose text (digits aside)
/// recurs on another page, or that are a page number. A header that occurs once is kept:
/// it may be the report's own last line.
pub(super) struct Furniture {
    recurring: HashMap<String, usize>,
}

impl Furniture {
    pub(super) fn of(pages: &[ContentPage]) -> Furniture {
        let mut recurring: HashMap<String, usize> = HashMap::new();
        for block in pages.iter().flat_map(|p| &p.blocks) {
            if let ContentBlock::Text(text) = block {
                if text.role != TextBlockRole::Body {
                    *recurring.entry(without_digits(&text.text)).or_default() += 1;
                }
            }
        }
        Furniture { recurring }
    }

    pub(super) fn is_furniture(&self, role: TextBlockRole, text: &str) -> bool {
        role != TextBlockRole::Body
            && (is_page_number(text) || self.recurring.get(&without_digits(text)).is_some_and(|&n| n > 1))
    }
}

fn without_digits(text: &str) -> String {
    text.chars().filter(|c| !c.is_ascii_digit() && !c.is_whitespace()).collect()
}

/// `- 3 -`, `— 3 —`, `3`, `第 3 页`, `第3页 共6页`, `3/6`.
fn is_page_number(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => digits += 1,
            '-' | '—' | '–' | '－' | '_' | '/' | '第' | '页' | '共' | '·' => {}
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    (1..=8).contains(&digits)
}

/// A page number printed inside a body block: only near the page's top or bottom edge.
pub(super) fn is_page_number_line(line: &ContentLine, page: &ContentPage) -> bool {
    let near_edge = line.top > page.height * 0.85 || line.bottom < page.height * 0.1;
    near_edge && is_page_number(&line.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for number in ["- 3 -", "— 12 —", "3", "第 3 页", "第3页 共6页", "3/6"] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["2024 年", "一、总体情况", "-", ""] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}

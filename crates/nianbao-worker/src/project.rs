//! A rich paste is checked as the clipboard's HTML (merged cells survive), but the person sees
//! and edits the plain text the text box got. This module moves every span of such a report
//! from the HTML onto that plain text, so that a finding says 第 N 行 of what the person sees
//! and selects its text in the box.
//!
//! The HTML's visible characters (tags, comments, `<script>`/`<style>`/`<head>` dropped,
//! character references decoded) are aligned with the plain text's, white space aside: equal
//! characters are paired in order; where they differ, the shorter way back into step within a
//! window is taken. Linear in the two texts. A span maps to the plain text from its first
//! paired character to its last; a span with no paired character in it maps to the place of
//! the next paired one, empty.

use nianbao_core::span::LineIndex;
use nianbao_core::{Digest, Report, Span};

/// How far ahead (in characters, white space aside) the alignment looks to get back into step.
const RESYNC_WINDOW: usize = 48;

/// The HTML's visible characters: each with its byte offset in the HTML.
fn visible(html: &str) -> Vec<(char, usize)> {
    let bytes = html.as_bytes();
    let mut out = Vec::with_capacity(html.len() / 2);
    let mut i = 0;
    // Inside an element whose content is not shown (its closing tag, lower case).
    let mut hidden: Option<&'static str> = None;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if bytes[i] == b'<' {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let tag = rest[1..end.saturating_sub(1).max(1)].trim_start_matches('/').to_ascii_lowercase();
            let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let closing = rest[1..].starts_with('/');
            match (hidden, closing) {
                (Some(h), true) if name == h => hidden = None,
                (None, false) => {
                    hidden = match name.as_str() {
                        "script" => Some("script"),
                        "style" => Some("style"),
                        "head" => Some("head"),
                        _ => None,
                    };
                }
                _ => {}
            }
            i += end;
            continue;
        }
        let c = rest.chars().next().expect("not at the end");
        if hidden.is_none() {
            if c == '&' {
                if let Some((decoded, len)) = reference(rest) {
                    out.push((decoded, i));
                    i += len;
                    continue;
                }
            }
            out.push((c, i));
        }
        i += c.len_utf8();
    }
    out
}

/// A character reference at the start of `text` (`&nbsp;`, `&#12288;`, `&#x3000;`): the
/// character and the reference's length. Only what clipboard HTML uses; others stay text.
fn reference(text: &str) -> Option<(char, usize)> {
    let end = text[..text.len().min(12)].find(';')?;
    let body = &text[1..end];
    let c = match body {
        "nbsp" => ' ',
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = match body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => body.strip_prefix('#')?.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

/// Pairs of (HTML offset, plain-text offset) of the characters both texts show, in order.
fn align(html: &str, plain: &str) -> Vec<(usize, usize)> {
    let shown: Vec<(char, usize)> = visible(html).into_iter().filter(|(c, _)| !c.is_whitespace()).collect();
    let typed: Vec<(char, usize)> =
        plain.char_indices().map(|(i, c)| (c, i)).filter(|(c, _)| !c.is_whitespace()).collect();
    let mut pairs = Vec::with_capacity(shown.len().min(typed.len()));
    let (mut i, mut j) = (0, 0);
    while i < shown.len() && j < typed.len() {
        if shown[i].0 == typed[j].0 {
            pairs.push((shown[i].1, typed[j].1));
            i += 1;
            j += 1;
            continue;
        }
        // Out of step: skip what only one side has, the shorter way.
        let in_typed = typed[j..].iter().take(RESYNC_WINDOW).position(|t| t.0 == shown[i].0);
        let in_shown = shown[i..].iter().take(RESYNC_WINDOW).position(|s| s.0 == typed[j].0);
        match (in_typed, in_shown) {
            (Some(a), Some(b)) if a <= b => j += a,
            (Some(a), None) => j += a,
            (_, Some(b)) => i += b,
            (None, None) => {
                i += 1;
                j += 1;
            }
        }
    }
    pairs
}

/// Where the spans of a report read from `html` lie in `plain`.
pub struct Projection<'a> {
    pairs: Vec<(usize, usize)>,
    plain: &'a str,
    index: LineIndex,
}

impl<'a> Projection<'a> {
    pub fn new(html: &str, plain: &'a str) -> Projection<'a> {
        Projection { pairs: align(html, plain), plain, index: LineIndex::new(plain) }
    }

    /// `span` of the HTML, in the plain text.
    pub fn span(&self, span: &Span) -> Span {
        let (pairs, plain) = (&self.pairs, self.plain);
        let first = pairs.partition_point(|&(h, _)| h < span.start);
        let start = pairs.get(first).map_or(plain.len(), |&(_, p)| p);
        let last = pairs.partition_point(|&(h, _)| h < span.end);
        let end = match last.checked_sub(1).and_then(|l| pairs.get(l)) {
            Some(&(h, p)) if last > first && h >= span.start => p + plain[p..].chars().next().map_or(0, char::len_utf8),
            _ => start,
        };
        self.index.span(plain, start..end.max(start))
    }

    /// Moves every span of `report` onto the plain text.
    pub fn report(&self, report: &mut Report) {
        let moved = |span: &mut Span| *span = self.span(span);
        for d in &mut report.diagnostics {
            moved(&mut d.span);
            if d.related_source.is_none() {
                d.related.iter_mut().for_each(moved);
            }
        }
        report.sections.iter_mut().for_each(|s| moved(&mut s.span));
        let tables = &mut report.tables;
        if let Some(t2) = &mut tables.active_disclosure {
            moved(&mut t2.span);
            for row in &mut t2.rows {
                moved(&mut row.span);
                row.cells.iter_mut().for_each(|c| moved(&mut c.span));
            }
        }
        if let Some(t3) = &mut tables.applications {
            moved(&mut t3.span);
            for row in &mut t3.rows {
                moved(&mut row.span);
                row.cells.iter_mut().for_each(|c| moved(&mut c.span));
            }
        }
        if let Some(t4) = &mut tables.review_litigation {
            moved(&mut t4.span);
            t4.cells.iter_mut().for_each(|c| moved(&mut c.span));
        }
        for other in &mut tables.other {
            moved(&mut other.span);
            other.cells.iter_mut().flatten().for_each(|c| moved(&mut c.span));
        }
        report.sort_and_count();
    }

    /// Moves the spans the cross-report rules will point at onto the plain text.
    pub fn digest(&self, digest: &mut Digest) {
        let moved = |span: &mut Span| *span = self.span(span);
        let value = |v: &mut nianbao_core::rules::cross::Value| moved(&mut v.span);
        digest.carried_in.iter_mut().flatten().for_each(value);
        digest.carried_over.iter_mut().flatten().for_each(value);
        for d in &mut digest.documents {
            [&mut d.made, &mut d.repealed, &mut d.in_force].into_iter().for_each(value);
        }
        for c in &mut digest.cumulative {
            [&mut c.year, &mut c.cumulative].into_iter().for_each(value);
        }
        digest.paragraphs.iter_mut().for_each(|(_, s)| moved(s));
        moved(&mut digest.first_line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_text_skips_markup_and_decodes_references() {
        let html =
            "<html><head><style>td{}</style></head><body><p>表&nbsp;三</p><!-- x --><script>1</script>&#x4E00;</body>";
        let text: String = visible(html).into_iter().map(|(c, _)| c).collect();
        assert_eq!(text, "表 三一");
    }

    #[test]
    fn a_cell_of_the_html_is_found_in_the_plain_text() {
        let html = "<p>示例局</p><table><tr><td>一、本年新收</td><td>4</td><td>1</td></tr></table>";
        let plain = "示例局\n一、本年新收\t4\t1\n";
        let pairs = align(html, plain);
        let four = html.find(">4<").unwrap() + 1;
        let at = pairs.iter().find(|&&(h, _)| h == four).unwrap().1;
        assert_eq!(&plain[at..at + 1], "4");
    }

    #[test]
    fn text_only_one_side_has_is_stepped_over() {
        // The clipboard's plain text lacks the page's hidden heading and adds a bullet.
        let html = "<h1 style='display:none'>导航</h1><p>一、总体情况</p><p>本年度共收到申请5件。</p>";
        let plain = "一、总体情况\n• 本年度共收到申请5件。";
        let pairs = align(html, plain);
        let five = html.find('5').unwrap();
        let at = pairs.iter().find(|&&(h, _)| h == five).unwrap().1;
        assert_eq!(&plain[at..at + 1], "5");
    }
}

//! A cursor that walks the HTML source forward in step with the tree, to locate each text.

use super::markup::scan_markup;
use super::SEARCH_WINDOW;
use crate::normalize::is_space;
use std::ops::Range;

/// Walks the HTML source forward, outside tags, comments and script/style content.
pub(super) struct SourceCursor<'a> {
    pub src: &'a str,
    pub pos: usize,
}

impl SourceCursor<'_> {
    /// Skips markup starting at `i` (which is at `<`); returns the index after it.
    fn skip_markup(&self, i: usize) -> usize {
        scan_markup(self.src, i, SEARCH_WINDOW).end
    }

    /// Moves to the next `<td` or `<th` start tag; returns its range.
    pub fn seek_cell_tag(&mut self) -> Option<Range<usize>> {
        let bytes = self.src.as_bytes();
        let limit = (self.pos + SEARCH_WINDOW).min(bytes.len());
        let mut i = self.pos;
        while i < limit {
            if bytes[i] == b'<' {
                let next = self.skip_markup(i);
                let tag = &bytes[i + 1..(i + 3).min(bytes.len())];
                let boundary = bytes.get(i + 3).is_none_or(|b| !b.is_ascii_alphanumeric());
                if boundary && (tag.eq_ignore_ascii_case(b"td") || tag.eq_ignore_ascii_case(b"th")) {
                    self.pos = next;
                    return Some(i..next);
                }
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
        None
    }

    /// Finds `text`'s visible characters in order after the cursor; returns the range from the
    /// first to the last one found. Characters written as entities are skipped over.
    pub fn locate(&mut self, text: &str) -> Option<Range<usize>> {
        let mut first: Option<usize> = None;
        let mut last_end = self.pos;
        for c in text.chars().filter(|&c| !is_space(c) && !matches!(c, '&' | '<' | '>' | '"' | '\'')) {
            match self.find_char(c) {
                Some(at) => {
                    first.get_or_insert(at);
                    last_end = at + c.len_utf8();
                    self.pos = last_end;
                }
                // Probably an entity (`&#35268;`): stop here rather than search far for it.
                None => break,
            }
        }
        first.map(|f| f..last_end)
    }

    fn find_char(&self, c: char) -> Option<usize> {
        let mut buf = [0u8; 4];
        let needle = c.encode_utf8(&mut buf).as_bytes();
        let bytes = self.src.as_bytes();
        let limit = (self.pos + SEARCH_WINDOW).min(bytes.len());
        let mut i = self.pos;
        while i < limit {
            if bytes[i] == b'<' {
                i = self.skip_markup(i).max(i + 1);
            } else if bytes[i] == b'&' {
                // An entity stands for some other character; step over it.
                let end = bytes[i..limit.min(i + 12)].iter().position(|&b| b == b';');
                i += end.map_or(1, |e| e + 1);
            } else if bytes[i..].starts_with(needle) {
                return Some(i);
            } else {
                i += 1;
            }
        }
        None
    }
}

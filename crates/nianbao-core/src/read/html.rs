//! HTML: a saved page or a rich paste (FORMAT.md §9.9).
//!
//! `scraper` builds the tree; tables are expanded into a grid from `rowspan`/`colspan`, and each
//! merged cell is emitted once, at its first grid position. `script`, `style`, navigation and
//! form controls are ignored; text split across inline tags (`年<span></span>度`) joins up.
//!
//! html5ever does not report source positions, so a [`SourceCursor`] walks the HTML source
//! forward in step with the tree: each text is found after the previous one, outside markup.
//! The cursor only moves forward and every search is bounded, so locating is linear.

use super::{Block, Cell, Line, Table};
use crate::normalize::{is_space, trim};
use crate::span::LineIndex;
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};
use std::collections::HashSet;
use std::ops::Range;

/// Elements whose content is never part of the report.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "iframe", "svg", "select", "button", "textarea",
    "object", "embed", "canvas", "video", "audio", "input", "option", "map",
];
/// Elements that start a new line of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "blockquote",
    "pre",
    "center",
    "dl",
    "dt",
    "dd",
    "form",
    "hr",
    "address",
    "figure",
    "figcaption",
    "caption",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "body",
    "html",
];
/// Deeper HTML is read as text (html5ever's tree builder is quadratic in depth).
pub(super) const MAX_DEPTH: usize = 512;

/// Elements that never have a closing tag.
const VOID: &[&str] =
    &["br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "embed", "param", "track"];

/// Elements whose end tag may be left out: a page of unclosed `<p>` or `<td>` is not deep.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
    "rt", "rp", "html", "head", "body",
];

/// One piece of markup in the source: a tag, a comment, or a raw-text element (`<script>` …
/// `</script>`) taken whole. The one scanner behind the depth check, the tag blanking and the
/// source cursor, so that all three skip comments, quoted `>` and script text alike.
struct Markup {
    /// The index just after it.
    end: usize,
    /// Lower-case tag name; empty for comments, `<!DOCTYPE>` and stray `<`.
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Elements whose content is raw text: markup inside them is not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// The markup starting at `i` (a `<`). Raw-text elements end at their end tag, searched no
/// further than `window` bytes (so a cursor stays bounded; the linear scans pass `usize::MAX`).
fn scan_markup(src: &str, i: usize, window: usize) -> Markup {
    let bytes = src.as_bytes();
    let rest = &src[i..];
    let none = |end| Markup { end, name: String::new(), closing: false, self_closing: false };
    if let Some(comment) = rest.strip_prefix("<!--") {
        return none(comment.find("-->").map_or(src.len(), |e| i + 4 + e + 3));
    }
    let mut j = i + 1;
    let mut quote: Option<u8> = None;
    while j < bytes.len() {
        match (quote, bytes[j]) {
            (Some(q), b) if b == q => quote = None,
            // Quotes open only inside a tag's attributes, not in `<` followed by text.
            (None, b'"' | b'\'') if bytes[j - 1] == b'=' || bytes[j - 1].is_ascii_whitespace() => {
                quote = Some(bytes[j])
            }
            (None, b'>') => break,
            (None, b'<') if j > i + 1 => return none(j),
            _ => {}
        }
        j += 1;
    }
    let end = (j + 1).min(src.len());
    let closing = rest[1..].starts_with('/');
    let name: String = rest[1..]
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let self_closing = src[i..end].ends_with("/>");
    if !closing && RAW_TEXT.contains(&name.as_str()) {
        let close = format!("</{name}");
        let tail = &src[end..];
        let tail = &tail[..floor_boundary(tail, window.min(tail.len()))];
        if let Some(e) = find_ascii_ci(tail, &close) {
            let after = end + e;
            let gt = src[after..].find('>').map_or(src.len(), |g| after + g + 1);
            return Markup { end: gt, name, closing, self_closing: true };
        }
    }
    Markup { end, name, closing, self_closing }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every piece of markup in the source, in order, as (start, markup).
fn markup(src: &str) -> impl Iterator<Item = (usize, Markup)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let lt = pos + src.get(pos..)?.find('<')?;
        let m = scan_markup(src, lt, usize::MAX);
        pos = m.end.max(lt + 1);
        Some((lt, m))
    })
}

/// The deepest nesting of elements, by a linear scan of the tags.
pub(super) fn nesting_depth(src: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for (_, m) in markup(src) {
        let name = m.name.as_str();
        if name.is_empty() || m.self_closing || VOID.contains(&name) {
            continue;
        }
        if m.closing && !OPTIONAL_END.contains(&name) {
            depth = depth.saturating_sub(1);
        } else if !m.closing && !OPTIONAL_END.contains(&name) {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// The source with every tag, comment and script replaced by spaces (a line break where a tag
/// was), so that the text reader sees only the text and every offset still matches the HTML.
pub(super) fn blank_tags(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    for (start, m) in markup(src) {
        out.push_str(&src[copied..start]);
        out.push('\n');
        for c in src[start + 1..m.end].chars() {
            if c == '\n' {
                out.push('\n');
            } else {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        copied = m.end;
    }
    out.push_str(&src[copied..]);
    out
}

/// How far one search for a text may look ahead in the source.
const SEARCH_WINDOW: usize = 64 * 1024;
/// Bounds on spans, so that `rowspan=100000` cannot blow up the grid.
const MAX_ROWSPAN: usize = 1000;
const MAX_COLSPAN: usize = 100;

pub(super) fn read(source: &str, index: &LineIndex) -> Vec<Block> {
    let html = Html::parse_document(source);
    let mut reader = Reader {
        source,
        index,
        cursor: SourceCursor { src: source, pos: 0 },
        blocks: Vec::new(),
        line: LineBuf::default(),
    };
    reader.walk(html.root_element());
    reader.flush();
    reader.blocks
}

#[derive(Default)]
struct LineBuf {
    text: String,
    range: Option<Range<usize>>,
}

struct Reader<'a> {
    source: &'a str,
    index: &'a LineIndex,
    cursor: SourceCursor<'a>,
    blocks: Vec<Block>,
    line: LineBuf,
}

impl<'a> Reader<'a> {
    /// Walks the tree without recursion (a page may nest elements thousands deep).
    fn walk(&mut self, root: ElementRef<'a>) {
        let layout_tables = layout_tables(root);
        // Inside a skipped element, or a table read as a whole, events wait for its close.
        let mut skip: Option<NodeId> = None;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) if skip.is_none() && node.id() != root.id() => match node.value() {
                    Node::Text(text) => self.push_located(text),
                    Node::Element(e) => {
                        let name = e.name();
                        if SKIPPED.contains(&name) {
                            skip = Some(node.id());
                        } else if name == "br" {
                            self.flush();
                        } else if name == "table" && !layout_tables.contains(&node.id()) {
                            self.flush();
                            if let Some(table) = ElementRef::wrap(node) {
                                self.read_table(table);
                            }
                            skip = Some(node.id());
                        } else if BLOCK.contains(&name) {
                            self.flush();
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) if skip == Some(node.id()) => skip = None,
                Edge::Close(node) if skip.is_none() => {
                    if let Node::Element(e) = node.value() {
                        if BLOCK.contains(&e.name()) {
                            self.flush();
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn push_located(&mut self, text: &str) {
        let located = self.cursor.locate(text);
        self.line.text.push_str(text);
        if let Some(r) = located {
            let range = self.line.range.get_or_insert(r.clone());
            range.end = r.end;
        }
    }

    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        let text = collapse(&line.text);
        if text.is_empty() {
            return;
        }
        let range = line.range.unwrap_or(self.cursor.pos..self.cursor.pos);
        self.blocks.push(Block::Line(Line { text, span: self.index.span(self.source, range) }));
    }

    fn read_table(&mut self, table: ElementRef<'a>) {
        let mut cells = Vec::new();
        // Remaining rows covered by a rowspan, per grid column.
        let mut covered: Vec<usize> = Vec::new();
        let mut row: u32 = 0;
        for tr in rows(table) {
            let mut col = 0usize;
            for td in tr.children().filter_map(ElementRef::wrap) {
                let name = td.value().name();
                if name != "td" && name != "th" {
                    continue;
                }
                while covered.get(col).is_some_and(|&n| n > 0) {
                    col += 1;
                }
                let tag = self.cursor.seek_cell_tag();
                let mut text = String::new();
                let mut range: Option<Range<usize>> = None;
                self.cell_text(td, &mut text, &mut range);
                let range = range.or(tag).unwrap_or(self.cursor.pos..self.cursor.pos);
                let rowspan = span_attr(td, "rowspan", MAX_ROWSPAN);
                let colspan = span_attr(td, "colspan", MAX_COLSPAN);
                if covered.len() < col + colspan {
                    covered.resize(col + colspan, 0);
                }
                for c in &mut covered[col..col + colspan] {
                    *c = rowspan;
                }
                cells.push(Cell {
                    text: collapse(&text),
                    span: self.index.span(self.source, range),
                    row,
                    col: Some(col as u32),
                });
                col += colspan;
            }
            for c in &mut covered {
                *c = c.saturating_sub(1);
            }
            row += 1;
        }
        if cells.is_empty() {
            return;
        }
        let span = cells.iter().map(|c| c.span).reduce(|a, b| a.cover(b)).unwrap_or_default();
        self.blocks.push(Block::Table(Table { cells, rows_known: true, span }));
    }

    fn cell_text(&mut self, element: ElementRef<'a>, out: &mut String, range: &mut Option<Range<usize>>) {
        let mut skip: Option<NodeId> = None;
        for edge in element.traverse() {
            match edge {
                Edge::Open(node) if skip.is_none() => match node.value() {
                    Node::Text(text) => {
                        if let Some(r) = self.cursor.locate(text) {
                            range.get_or_insert(r.clone()).end = r.end;
                        }
                        // `本年新<br>制作数量` is one header: paragraphs and breaks join without space.
                        out.push_str(text);
                    }
                    Node::Element(e) if SKIPPED.contains(&e.name()) => skip = Some(node.id()),
                    _ => {}
                },
                Edge::Close(node) if skip == Some(node.id()) => skip = None,
                _ => {}
            }
        }
    }
}

/// `tr` elements of this table (in thead/tbody/tfoot or directly), not of nested tables.
fn rows(table: ElementRef<'_>) -> impl Iterator<Item = ElementRef<'_>> {
    table.children().filter_map(ElementRef::wrap).flat_map(|child| {
        let direct = (child.value().name() == "tr").then_some(child);
        let grouped: Vec<ElementRef> = if matches!(child.value().name(), "thead" | "tbody" | "tfoot") {
            child.children().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "tr").collect()
        } else {
            Vec::new()
        };
        direct.into_iter().chain(grouped)
    })
}

/// Tables that hold another table: page layout, not data, so their content is read as blocks.
/// One pass: each table marks the nearest table around it, which covers every level.
fn layout_tables(root: ElementRef<'_>) -> HashSet<NodeId> {
    let mut open: Vec<NodeId> = Vec::new();
    let mut layout = HashSet::new();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) if matches!(node.value(), Node::Element(e) if e.name() == "table") => {
                if let Some(&outer) = open.last() {
                    layout.insert(outer);
                }
                open.push(node.id());
            }
            Edge::Close(node) if open.last() == Some(&node.id()) => {
                open.pop();
            }
            _ => {}
        }
    }
    layout
}

fn span_attr(element: ElementRef<'_>, name: &str, max: usize) -> usize {
    element
        .value()
        .attr(name)
        .and_then(|v| trim(v).trim_end_matches(';').parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, max)
}

/// Collapses runs of whitespace to one space (keeping none between CJK characters) and trims.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            let prev_ascii = out.chars().last().is_some_and(|p| p.is_ascii());
            if prev_ascii || c.is_ascii() {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Walks the HTML source forward, outside tags, comments and script/style content.
struct SourceCursor<'a> {
    src: &'a str,
    pos: usize,
}

impl SourceCursor<'_> {
    /// Skips markup starting at `i` (which is at `<`); returns the index after it.
    fn skip_markup(&self, i: usize) -> usize {
        scan_markup(self.src, i, SEARCH_WINDOW).end
    }

    /// Moves to the next `<td` or `<th` start tag; returns its range.
    fn seek_cell_tag(&mut self) -> Option<Range<usize>> {
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
    fn locate(&mut self, text: &str) -> Option<Range<usize>> {
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

/// The text of the page's `<title>` (where saved portal pages name the report), located.
pub(super) fn page_title(src: &str, index: &LineIndex) -> Option<Line> {
    // The title is in the head: look only there, so a huge body costs nothing.
    let head = &src[..src.len().min(64 * 1024)];
    let open = find_ascii_ci(head, "<title")?;
    let start = open + head[open..].find('>')? + 1;
    let end = start + find_ascii_ci(&head[start..], "</title")?;
    let raw = &src[start..end];
    let text = collapse(&raw.replace("&nbsp;", " ").replace("&amp;", "&"));
    let lead = raw.len() - raw.trim_start().len();
    let span = index.span(src, start + lead..start + raw.trim_end().len());
    (!text.is_empty()).then_some(Line { text, span })
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(src: &str) -> Vec<Block> {
        read(src, &LineIndex::new(src))
    }

    #[test]
    fn rowspan_and_colspan_expand_into_a_grid() {
        let src = "<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>(一)予以公开</td><td>5</td></tr>\
                   <tr><td>(二)部分公开</td><td></td><td>6</td></tr></table>";
        let b = blocks(src);
        let Block::Table(t) = &b[0] else { panic!("{b:?}") };
        let got: Vec<(&str, u32, Option<u32>)> = t.cells.iter().map(|c| (c.text.as_str(), c.row, c.col)).collect();
        assert_eq!(
            got,
            [
                ("三、本年度办理结果", 0, Some(0)),
                ("(一)予以公开", 0, Some(1)),
                ("5", 0, Some(3)),
                ("(二)部分公开", 1, Some(1)),
                ("", 1, Some(2)),
                ("6", 1, Some(3))
            ]
        );
        let six = &t.cells[5];
        assert_eq!(&src[six.span.range()], "6");
    }

    #[test]
    fn inline_tags_join_and_scripts_vanish() {
        let src = "<html><head><title>x</title><script>var a='<td>1</td>';</script></head>\
                   <body><nav>首页</nav><p>2019年<span></span>度&nbsp;报告</p><script>alert(1)</script></body></html>";
        let b = blocks(src);
        let texts: Vec<&str> = b
            .iter()
            .filter_map(|b| match b {
                Block::Line(l) => Some(l.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["2019年度报告"]);
        let Block::Line(line) = &b[0] else { panic!() };
        assert!(src[line.span.range()].starts_with("2019年"));
    }

    #[test]
    fn header_breaks_join() {
        let b = blocks("<table><tr><th>本年新<br/>制作数量</th></tr></table>");
        let Block::Table(t) = &b[0] else { panic!() };
        assert_eq!(t.cells[0].text, "本年新制作数量");
    }

    #[test]
    fn markup_inside_scripts_and_comments_is_not_nesting() {
        // Issue 13: a saved page whose script holds '<div>' 600 times, then a normal table.
        let script = "document.write('<div>');".repeat(600);
        let src = format!(
            "<html><head><script>{script}</script></head><body><!-- <div><div> --><p title=\"a>b\">x</p>\
             <table><tr><td>规章</td><td>1</td></tr></table></body></html>"
        );
        assert!(nesting_depth(&src) < 10, "{}", nesting_depth(&src));
        let tables: Vec<_> = blocks(&src).into_iter().filter(|b| matches!(b, Block::Table(_))).collect();
        assert_eq!(tables.len(), 1);
        // Deep markup read as text shows no script text.
        let blanked = blank_tags(&src);
        assert_eq!(blanked.len(), src.len());
        assert!(!blanked.contains("document.write") && blanked.contains("规章"));
    }

    #[test]
    fn malformed_html_does_not_panic() {
        for src in
            ["<table><tr><td rowspan=999999999 colspan=-3>1", "<<<>>>&&&;", "<td>孤立</td></tr></table>", "<p>未闭合"]
        {
            let _ = blocks(src);
        }
    }
}

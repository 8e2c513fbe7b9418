//! HTML: a saved page or a rich paste (FORMAT.md §9.9).
//!
//! `scraper` builds the tree; tables are expanded into a grid from `rowspan`/`colspan`, and each
//! merged cell is emitted once, at its first grid position. `script`, `style`, navigation and
//! form controls are ignored; text split across inline tags (`年<span></span>度`) joins up.
//!
//! html5ever does not report source positions, so a [`SourceCursor`] walks the HTML source
//! forward in step with the tree: each text is found after the previous one, outside markup.
//! The cursor only moves forward and every search is bounded, so locating is linear.
//!
//! `markup.rs` is the one scanner of the raw source (tags, comments, raw-text elements) behind
//! the depth check, the tag blanking and the cursor; `cursor.rs` is the cursor.

mod cursor;
mod markup;

pub(super) use markup::{blank_tags, nesting_depth, page_title};

use super::{Block, Cell, Line, Table};
use crate::normalize::{is_space, trim};
use crate::span::LineIndex;
use cursor::SourceCursor;
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

/// How far one search for a text may look ahead in the source.
pub(super) const SEARCH_WINDOW: usize = 64 * 1024;
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
pub(super) fn collapse(text: &str) -> String {
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

//! Plain text as copied from a web page, Word or WPS (FORMAT.md §9.1–9.5).
//!
//! Tables arrive in several flattened shapes: `a | b | c |` rows with or without a leading
//! `|`, runs of trailing empty cells (`| ||||`), Markdown rows with `|---|` separators, one cell
//! per line ending in ` |` with lone `|` lines as empty cells, cell lines separated by lone `|`
//! lines (legacy 附表), tab-separated rows, and cells broken over two lines. One rule reads them
//! all: `|` ends a cell; a line without `|` is one cell that the next `|` closes.

use super::{Block, Cell, Line, Table};
use crate::normalize::{is_space, trim};
use crate::span::LineIndex;
use std::ops::Range;

/// One physical line of the source, without its line break, classified once.
struct RawLine<'a> {
    text: &'a str,
    start: usize,
    has_pipe: bool,
    lone_pipes: bool,
    /// `|---|:---:|` rows of a Markdown table.
    markdown_rule: bool,
    /// Has cell separators: `|`, or tabs between at least two non-empty cells (Word/WPS).
    tabular: bool,
    /// Tabs between at least two non-empty cells.
    tab_row: bool,
    /// A Markdown heading (`## 一、总体情况`): prose, never part of a table.
    markdown_heading: bool,
}

impl<'a> RawLine<'a> {
    fn new(text: &'a str, start: usize) -> RawLine<'a> {
        let t = trim(text);
        let has_pipe = t.contains('|');
        let lone_pipes = has_pipe && t.chars().all(|c| c == '|' || is_space(c));
        let markdown_rule =
            has_pipe && t.contains("---") && t.chars().all(|c| matches!(c, '|' | '-' | ':' | '+') || is_space(c));
        let tab_row = t.contains('\t') && t.split('\t').filter(|c| !trim(c).is_empty()).count() >= 2;
        let markdown_heading = !has_pipe && markdown_heading(t).is_some();
        let tabular = (has_pipe && !markdown_rule) || tab_row;
        RawLine { text, start, has_pipe, lone_pipes, markdown_rule, tabular, tab_row, markdown_heading }
    }

    fn trimmed(&self) -> &str {
        trim(self.text)
    }
}

pub(super) fn read(source: &str, index: &LineIndex) -> Vec<Block> {
    let mut lines: Vec<RawLine> = Vec::new();
    for mut line in raw_lines(source) {
        if line.trimmed().is_empty() {
            // Tabs only, right after a row of tab-separated cells: a row of blank cells (a table
            // copied from Word with table 4 left blank), not an empty line.
            let blank_cells = line.text.matches('\t').count() >= 2 && lines.last().is_some_and(|l| l.tab_row);
            if !blank_cells {
                continue;
            }
            line.tabular = true;
        }
        lines.push(line);
    }
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if in_table(&lines, i) {
            let start = i;
            while i < lines.len() && in_table(&lines, i) {
                i += 1;
            }
            blocks.push(Block::Table(read_table(source, index, &lines[start..i])));
        } else {
            let line = &lines[i];
            let mut lead = line.text.len() - line.text.trim_start_matches(is_space).len();
            let mut text = line.trimmed();
            // A Markdown heading (`## 一、总体情况`, from PDF converters): the marks are no text.
            if let Some(title) = markdown_heading(text).filter(|_| line.markdown_heading) {
                lead += title.as_ptr() as usize - text.as_ptr() as usize;
                text = title;
            }
            let range = line.start + lead..line.start + lead + text.len();
            blocks.push(Block::Line(Line { text: text.to_owned(), span: index.span(source, range) }));
            i += 1;
        }
    }
    blocks
}

/// The title of a Markdown ATX heading: one to six `#`, a space, the title (closing `#`s
/// dropped). `#1` or `#` alone is no heading.
fn markdown_heading(line: &str) -> Option<&str> {
    let marks = line.len() - line.trim_start_matches('#').len();
    if !(1..=6).contains(&marks) {
        return None;
    }
    let rest = &line[marks..];
    let title = rest.strip_prefix(|c: char| c == ' ' || c == '\t' || c == '\u{3000}')?;
    let title = title.trim_end_matches(is_space).trim_end_matches('#').trim_matches(is_space);
    (!title.is_empty()).then_some(title)
}

fn raw_lines(source: &str) -> impl Iterator<Item = RawLine<'_>> {
    let mut start = 0;
    source.split_inclusive('\n').map(move |chunk| {
        let line_start = start;
        start += chunk.len();
        let text = chunk.strip_suffix('\n').unwrap_or(chunk);
        RawLine::new(text.strip_suffix('\r').unwrap_or(text), line_start)
    })
}

/// A line belongs to a table if it has cell separators, is a Markdown rule inside a table, or
/// is a text line that a lone `|` line closes (FORMAT.md §9.5).
fn in_table(lines: &[RawLine], i: usize) -> bool {
    let line = &lines[i];
    if line.markdown_heading {
        return false;
    }
    line.tabular
        || (line.markdown_rule && i > 0 && lines[i - 1].tabular)
        || lines.get(i + 1).is_some_and(|l| l.lone_pipes)
        || is_wrapped_label(lines, i)
}

/// A short text line between two `a | b |` rows that does not open a section: the first part of
/// a label broken over two lines (`(二)部分公开(区分处理的,只计这一情形,` then
/// `不计其他情形) | 0 | 0 | …`). It joins the next row's first cell.
fn is_wrapped_label(lines: &[RawLine], i: usize) -> bool {
    let line = &lines[i];
    let row = |l: &RawLine| l.has_pipe && !l.lone_pipes && !l.markdown_rule && !l.trimmed().starts_with('|');
    let text = line.trimmed();
    let mut chars = text.chars();
    let heading = chars.next().and_then(crate::normalize::chinese_ordinal).is_some()
        && matches!(chars.next(), Some('、' | '.' | '．' | ',' | '，' | ' '));
    !line.tabular
        && !heading
        && text.chars().count() <= 40
        && i > 0
        && row(&lines[i - 1])
        && lines.get(i + 1).is_some_and(row)
}

/// Cell ranges of one line and whether the line left its last cell open (no closing `|`).
struct SplitLine {
    cells: Vec<Range<usize>>,
    /// The line had content but no closing `|`: a following lone `|` closes that cell.
    open: bool,
    leading_pipe: bool,
    lone_pipes: bool,
}

fn split_line(line: &RawLine, previous_open: bool) -> SplitLine {
    let base = line.start;
    let text = line.text;
    if line.markdown_rule {
        return SplitLine { cells: Vec::new(), open: false, leading_pipe: false, lone_pipes: true };
    }
    if line.lone_pipes {
        // Each `|` is an empty cell, except one that closes the previous line's open cell.
        let pipes: Vec<usize> = text.match_indices('|').map(|(i, _)| base + i).collect();
        let skip = usize::from(previous_open);
        let cells = pipes.iter().skip(skip).map(|&p| p..p + 1).collect();
        return SplitLine { cells, open: false, leading_pipe: false, lone_pipes: true };
    }
    let separator = if line.has_pipe { '|' } else { '\t' };
    let mut parts: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for (i, _) in text.match_indices(separator) {
        parts.push(from..i);
        from = i + 1;
    }
    parts.push(from..text.len());
    let t = text.trim_matches(is_space);
    let leading_pipe = separator == '|' && t.starts_with('|');
    let trailing = separator == '|' && t.ends_with('|');
    if leading_pipe {
        parts.remove(0);
    }
    if trailing {
        parts.pop();
    }
    let cells = parts
        .into_iter()
        .map(|r| {
            let part = &text[r.clone()];
            let lead = part.len() - part.trim_start_matches(is_space).len();
            let body = trim(part);
            if body.is_empty() {
                // An empty cell is located at the separator that ends it (a one-byte `|` or
                // tab), or at the end of the line when no separator follows.
                let at = base + r.end;
                if r.end < text.len() {
                    at..at + 1
                } else {
                    at..at
                }
            } else {
                base + r.start + lead..base + r.start + lead + body.len()
            }
        })
        .collect();
    SplitLine { cells, open: !trailing, leading_pipe, lone_pipes: false }
}

/// `|  |  |`: a row of blank cells, each located at the `|` that ends it. `None` for a line
/// that is not one (fewer than two cells, or no leading `|`).
fn blank_row(line: &RawLine) -> Option<SplitLine> {
    if line.markdown_rule || !line.trimmed().starts_with('|') {
        return None;
    }
    let pipes: Vec<usize> = line.text.match_indices('|').map(|(i, _)| line.start + i).collect();
    if pipes.len() < 3 {
        return None;
    }
    let cells = pipes[1..].iter().map(|&p| p..p + 1).collect();
    Some(SplitLine { cells, open: false, leading_pipe: true, lone_pipes: false })
}

fn read_table(source: &str, index: &LineIndex, lines: &[RawLine]) -> Table {
    let mut previous_open = false;
    let split: Vec<SplitLine> = lines
        .iter()
        .map(|line| {
            let s = split_line(line, previous_open);
            previous_open = s.open;
            s
        })
        .collect();
    let content: Vec<&SplitLine> = split.iter().filter(|s| !s.lone_pipes).collect();
    // Rows are real when most content lines hold several cells (`a | b | c |`).
    let multi = content.iter().filter(|s| s.cells.len() >= 2).count();
    let rows_known = !content.is_empty() && multi * 2 >= content.len();
    let leading_style = content.iter().filter(|s| s.leading_pipe).count() * 2 > content.len();
    // Where rows start with `|`, a line of pipes only (`|  |  |  |`) is a row of blank cells —
    // table 4 left blank — not an empty cell per `|` (the one-cell-per-line style).
    let split: Vec<SplitLine> = if rows_known && leading_style {
        split
            .into_iter()
            .zip(lines)
            .map(|(s, line)| if s.lone_pipes { blank_row(line).unwrap_or(s) } else { s })
            .collect()
    } else {
        split
    };

    let mut cells = Vec::new();
    let mut row: u32 = 0;
    // The first half of a label broken over two lines, waiting for the next line's first cell.
    let mut wrapped: Option<Range<usize>> = None;
    for (n, s) in split.iter().enumerate() {
        let line = &lines[n];
        // The next line goes on with text (the rest of the label), not with the row's numbers:
        // a label alone on its line, followed by its values, stays a cell of its own.
        let next_continues = split.get(n + 1).is_some_and(|next| {
            !next.lone_pipes
                && next.cells.first().is_some_and(|c| {
                    crate::normalize::cell_value(&source[c.clone()]) == crate::normalize::CellValue::Text
                })
        });
        if !line.has_pipe && !line.tabular && s.cells.len() == 1 && next_continues && !split[n + 1].leading_pipe {
            wrapped = Some(s.cells[0].clone());
            continue;
        }
        let continues = if !rows_known {
            false
        } else if leading_style {
            // `| a |` starts a row; other lines continue it (a cell broken over lines, §9.3).
            n > 0 && !s.leading_pipe
        } else {
            n > 0 && s.lone_pipes
        };
        if n > 0 && !continues {
            row += 1;
        }
        for (k, r) in s.cells.iter().enumerate() {
            let r = match (k, wrapped.take()) {
                (0, Some(first)) => first.start..r.end,
                (_, w) => {
                    wrapped = w;
                    r.clone()
                }
            };
            // A wrapped label is read as one text without the line break.
            let text: String = trim(&source[r.clone()]).chars().filter(|&c| c != '\n' && c != '\r').collect();
            let text = if text.chars().all(|c| c == '|') { String::new() } else { text };
            cells.push(Cell { text, span: index.span(source, r), row, col: None });
        }
    }
    let first = lines.first().map_or(0, |l| l.start);
    let last = lines.last().map_or(0, |l| l.start + l.text.len());
    Table { cells, rows_known, span: index.span(source, first..last) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        let index = LineIndex::new(text);
        read(text, &index)
            .into_iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                Block::Line(_) => None,
            })
            .expect("a table")
    }

    fn texts(t: &Table) -> Vec<&str> {
        t.cells.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn pipe_rows_with_padding() {
        let t = table("第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 0 | ||\n");
        assert!(t.rows_known);
        assert_eq!(
            texts(&t),
            ["第二十条第(五)项", "", "", "", "信息内容", "本年处理决定数量", "", "", "行政许可", "0", "", ""]
        );
        assert_eq!(t.cells[8].row, 2);
    }

    #[test]
    fn markdown_rows_and_continuations() {
        let t = table("| 信息内容 |\n本年收费金额(单位:万元) |\n||\n| 行政事业性收费 |\n0 |\n||\n");
        assert_eq!(texts(&t), ["信息内容", "本年收费金额(单位:万元)", "", "", "行政事业性收费", "0", "", ""]);
        let t = table("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(texts(&t), ["a", "b", "1", "2"]);
        assert_eq!(t.cells[2].row, 1);
    }

    #[test]
    fn one_cell_per_line() {
        let t = table("规章 |\n0 |\n|\n0 |\n||\n");
        assert!(!t.rows_known);
        assert_eq!(texts(&t), ["规章", "0", "", "0", "", ""]);
    }

    #[test]
    fn a_row_of_blank_cells_is_a_row() {
        let t = table("| 尚未审结 | 总计 | 结果维持 |\n|  |  |  |\n| 0 |  | 1 |\n");
        assert_eq!(texts(&t), ["尚未审结", "总计", "结果维持", "", "", "", "0", "", "1"]);
        assert_eq!(t.cells.iter().map(|c| c.row).collect::<Vec<_>>(), [0, 0, 0, 1, 1, 1, 2, 2, 2]);
        assert!(t.cells[3..6].iter().all(|c| c.span.end - c.span.start == 1));
    }

    #[test]
    fn a_line_of_tabs_after_a_tab_row_is_a_row_of_blank_cells() {
        let t = table("尚未审结\t总计\t结果维持\n\t\t\n0\t\t1\n");
        assert_eq!(texts(&t), ["尚未审结", "总计", "结果维持", "", "", "", "0", "", "1"]);
        assert_eq!(t.cells.iter().map(|c| c.row).collect::<Vec<_>>(), [0, 0, 0, 1, 1, 1, 2, 2, 2]);
        // Elsewhere a line of tabs is an empty line.
        let index = LineIndex::new("一、总体情况\n\t\t\n正文");
        assert!(read("一、总体情况\n\t\t\n正文", &index).iter().all(|b| matches!(b, Block::Line(_))));
    }

    #[test]
    fn lone_pipe_lines_separate_cells() {
        let t = table("指 标\n|\n单 位\n|\n数 量\n|\n主动公开信息数\n|\n条\n|\n635\n|\n|\n");
        assert_eq!(texts(&t), ["指 标", "单 位", "数 量", "主动公开信息数", "条", "635", ""]);
    }

    #[test]
    fn a_label_broken_over_two_lines_joins_up() {
        let src = "(一)予以公开 | 0 | 0 |\n(二)部分公开(区分处理的,只计这一情形,\n不计其他情形) | 1 | 1 |\n(三)不予公开 | 0 | 0 |\n";
        let t = table(src);
        assert_eq!(
            texts(&t),
            [
                "(一)予以公开",
                "0",
                "0",
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
                "1",
                "1",
                "(三)不予公开",
                "0",
                "0"
            ]
        );
        assert!(src[t.cells[3].span.range()].starts_with("(二)") && src[t.cells[3].span.range()].ends_with("情形)"));
        // A label alone on its line keeps its values.
        let t = table("(一)予以公开 | 0 | 0 |\n(二)部分公开\n1 | 1 |\n(三)不予公开 | 0 | 0 |\n");
        assert_eq!(texts(&t)[3..6], ["(二)部分公开", "1", "1"]);
        // A section heading between two tables is not part of either.
        let index = LineIndex::new("a | b |\n三、收到和处理政府信息公开申请情况\nc | d |\n");
        let blocks = read("a | b |\n三、收到和处理政府信息公开申请情况\nc | d |\n", &index);
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn markdown_headings_lose_their_marks() {
        let source = "# 某县2021年政府信息公开工作年度报告\n## 一、总体情况 ##\n#1 不是标题\n";
        let index = LineIndex::new(source);
        let lines: Vec<(String, &str)> = read(source, &index)
            .into_iter()
            .filter_map(|b| match b {
                Block::Line(l) => Some((l.text.clone(), &source[l.span.range()])),
                Block::Table(_) => None,
            })
            .collect();
        assert_eq!(lines[0].0, "某县2021年政府信息公开工作年度报告");
        assert_eq!(lines[1].0, "一、总体情况");
        assert_eq!(lines[2].0, "#1 不是标题");
        assert!(lines.iter().all(|(t, s)| t == s), "spans point at the title: {lines:?}");
    }

    #[test]
    fn tab_rows() {
        let t = table("规章\t0\t1\t2\n行政规范性文件\t3\t\t5\n");
        assert!(t.rows_known);
        assert_eq!(texts(&t), ["规章", "0", "1", "2", "行政规范性文件", "3", "", "5"]);
    }

    #[test]
    fn spans_point_at_cells() {
        let src = "标题\n规章 | 12 |\n";
        let t = table(src);
        assert_eq!(&src[t.cells[1].span.range()], "12");
        assert_eq!((t.cells[1].span.line, t.cells[1].span.column), (2, 6));
    }
}

//! Crawler text: a page's `textContent` as archives and crawlers store it. The whole report is
//! on one or a few long lines, headings inline (`…至2021年12月31日止。一、总体情况 （一）…`) and
//! table cells fused (`一、本年新收政府信息公开申请数量21710000218`).
//!
//! Such a line is split into logical lines at what can be recognised in it: the six section
//! headings (in order, 一 before 二 …), table 2's captions, header and row labels, table 3's
//! header and row labels (in the official row order), and table 4's header. Every logical line
//! is a slice of the original, so spans stay exact. The digits of a fused row are split later,
//! and only where the table's own sums allow one reading (`model/fused.rs`).

use super::{Block, Line};
use crate::format::table2::ROW_LABELS as T2_ROW_LABELS;
use crate::format::table3::{CRAWLER_HEADER as T3_HEADER, CRAWLER_PREFIXES as T3_LABELS};
use crate::format::{table4, SECTIONS};
use crate::normalize::{self, is_space};
use crate::span::LineIndex;
use std::ops::Range;

/// A line is worth looking at only when it is longer than a heading with a little text.
const MIN_LEN: usize = 60;
/// How far past the previous table-3 label the next one may start (folded bytes): a label of
/// about 40 characters and seven numbers of up to eight digits.
const T3_WINDOW: usize = 400;

/// The line folded for matching (`（`→`(`, `、`→`,`, no spaces), with the original byte offset
/// of every folded byte.
struct Folded {
    text: String,
    orig: Vec<u32>,
}

impl Folded {
    fn new(line: &str) -> Folded {
        let mut text = String::with_capacity(line.len());
        let mut orig = Vec::with_capacity(line.len() + 1);
        for (i, c) in line.char_indices() {
            if let Some(f) = normalize::fold(c) {
                text.push(f);
                orig.extend(std::iter::repeat_n(i as u32, f.len_utf8()));
            }
        }
        orig.push(line.len() as u32);
        Folded { text, orig }
    }

    fn orig(&self, folded: usize) -> usize {
        self.orig[folded] as usize
    }

    /// The earliest match of any pattern in `from..to`, as (start, end).
    fn find_any(&self, patterns: &[&str], from: usize, to: usize) -> Option<(usize, usize)> {
        let to = crate::span::floor_char_boundary(&self.text, to.min(self.text.len()));
        let hay = self.text.get(from..to)?;
        patterns.iter().filter_map(|p| hay.find(p).map(|i| (from + i, from + i + p.len()))).min()
    }
}

const TITLE_END: &str = "政府信息公开工作年度报告";

/// Splits the long lines of crawler text into logical lines (see the module docs).
pub(super) fn split_lines(blocks: Vec<Block>, source: &str, index: &LineIndex) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let Block::Line(line) = block else {
            out.push(block);
            continue;
        };
        let parts = split(&line.text);
        if parts.len() < 2 {
            out.push(Block::Line(line));
            continue;
        }
        // Spans are exact when the line is the source text itself (plain text), else the line.
        let exact = source.get(line.span.range()) == Some(line.text.as_str());
        for r in parts {
            let span =
                if exact { index.span(source, line.span.start + r.start..line.span.start + r.end) } else { line.span };
            out.push(Block::Line(Line { text: line.text[r].to_owned(), span }));
        }
    }
    out
}

/// The logical lines of one physical line (ranges into `line`, trimmed, non-empty). A line with
/// nothing to split comes back whole.
pub(super) fn split(line: &str) -> Vec<Range<usize>> {
    let whole = || std::iter::once(0..line.len()).collect();
    if line.len() < MIN_LEN || !worth_splitting(line) {
        return whole();
    }
    let f = Folded::new(line);
    let mut cuts = headings(&f);
    let heading_count = cuts.len() / 2;
    let tables = table_cuts(&f);
    // One heading at the start of a line is split from its body; mid-line headings only when
    // the line is crawler text (several headings, or a table inside).
    let starts_with_heading = cuts.first() == Some(&0);
    if heading_count < 2 && tables.is_empty() {
        if !starts_with_heading {
            return whole();
        }
        cuts.truncate(2);
    }
    cuts.extend(tables);
    // The title, when the page's text starts with it: `XX局2023年政府信息公开工作年度报告本报告…`.
    if let Some(end) = f.text.get(..180).unwrap_or(&f.text).find(TITLE_END).map(|i| i + TITLE_END.len()) {
        cuts.push(end);
    }
    signature_cuts(&f, &mut cuts);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts.into_iter().chain([f.text.len()]) {
        let (a, b) = (f.orig(start), f.orig(cut));
        push_trimmed(line, a..b, &mut out);
        start = cut;
    }
    // Whatever the fold dropped at the end (trailing spaces) belongs to the last line.
    if out.is_empty() {
        out.push(0..line.len());
    }
    out
}

/// A cheap look at the raw line: a heading ordinal with its mark (`二、`), or a table anchor.
/// Most prose lines have neither and are not folded at all.
fn worth_splitting(line: &str) -> bool {
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if "一二三四五六".contains(c) && chars.peek().is_some_and(|m| matches!(m, '、' | '.' | '．' | '，' | ','))
        {
            return true;
        }
    }
    ["第二十条第", "申请人情况", "本年新收", "行政复议"].iter().any(|a| line.contains(a))
}

fn push_trimmed(line: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let part = &line[range.clone()];
    let lead = part.len() - part.trim_start_matches(is_space).len();
    let body = part.trim_matches(is_space);
    if !body.is_empty() {
        out.push(range.start + lead..range.start + lead + body.len());
    }
}

/// The signature fused to the end of crawler text (`…加强培训。莆田市某局2024年1月8日扫一扫…`):
/// the body's name, the date and what follows become lines of their own.
fn signature_cuts(f: &Folded, cuts: &mut Vec<usize>) {
    let text = f.text.as_str();
    // The last date near the end.
    let mut window = text.len().saturating_sub(600);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let Some((date_at, date_end)) = text[window..]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == '日')
        .find_map(|(i, _)| date_ending_at(text, window + i).map(|start| (start, window + i + '日'.len_utf8())))
    else {
        return;
    };
    let sentence_end = text[..date_at].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let name = &text[sentence_end..date_at];
    // A body's name ends like one (局, 人民政府, 委员会, 办公室 …).
    let named =
        name.ends_with(['局', '府', '会', '室', '厅', '委', '院', '心', '办', '署', '所', '处', '站', '队', '道']);
    if named && name.chars().count() <= 30 {
        cuts.extend([sentence_end, date_at, date_end]);
    }
}

/// Where a date `YYYY年M月D日` whose `日` is at `day_at` starts.
fn date_ending_at(text: &str, day_at: usize) -> Option<usize> {
    let body = &text[..day_at];
    let year_mark = body.rfind('年')?;
    let (month, day) = body[year_mark + '年'.len_utf8()..].split_once('月')?;
    let ok = |s: &str, max: usize| !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit());
    let year_start = year_mark.checked_sub(4)?;
    (ok(month, 2) && ok(day, 2) && ok(text.get(year_start..year_mark)?, 4)).then_some(year_start)
}

/// Start and end of each section heading found, in order (一 before 二 …), as folded offsets.
/// A heading in a list (`一、总体情况，二、…`) is prose and skipped.
fn headings(f: &Folded) -> Vec<usize> {
    let text = f.text.as_str();
    let mut cuts = Vec::new();
    // One pass: only an ordinal followed by a mark can start a heading.
    let mut next = 0;
    for (i, c) in text.char_indices() {
        let Some(n) = "一二三四五六".chars().position(|d| d == c) else { continue };
        let mark = i + c.len_utf8();
        if n < next || !text[mark..].starts_with([',', '.']) {
            continue;
        }
        let title_at = mark + 1;
        let Some(title) = SECTIONS[n].crawler_titles.iter().find(|t| text[title_at..].starts_with(*t)) else {
            continue;
        };
        let end = title_at + title.len();
        let listed = text[end..].starts_with([',', ';', '；']);
        if !listed {
            cuts.extend([i, end]);
            next = n + 1;
        }
    }
    cuts
}

/// Where the tables' labels start (and where their values end), as folded offsets.
fn table_cuts(f: &Folded) -> Vec<usize> {
    let mut cuts = Vec::new();
    let text = f.text.as_str();
    // Table 2: captions `第二十条第(一)项` followed by `信息内容`.
    let mut at = 0;
    let mut t2_end = 0;
    while let Some(i) = text[at..].find("第二十条第(").map(|i| at + i) {
        let Some(close) = text[i..].find(")项").map(|k| i + k + ")项".len()) else { break };
        at = close;
        if close - i > 30 || !text[close..].starts_with("信息内容") {
            continue;
        }
        cuts.extend([i, close]);
        t2_end = close;
    }
    if t2_end > 0 {
        let first = cuts[0];
        let region_end = [text[first..].find(T3_HEADER[2]), text[first..].find("本年新收")]
            .into_iter()
            .flatten()
            .min()
            .map_or(text.len(), |k| first + k);
        t2_rows(f, first, region_end, &mut cuts);
    }
    // Table 3: its header, then its labels in order.
    let t3_from = cuts.last().copied().unwrap_or(0);
    let header = f.find_any(T3_HEADER, t3_from, text.len()).filter(|&(s, _)| text[s..].contains("自然人"));
    // Without its header, the table needs two rows in order (prose mentions 本年新收… alone).
    let first_row = f
        .find_any(T3_LABELS[0], t3_from, text.len())
        .filter(|&(_, e)| f.find_any(T3_LABELS[1], e, e + T3_WINDOW).is_some());
    if let Some((start, _)) = header.or(first_row) {
        cuts.push(start);
        let mut pos = start;
        // The header (about 100 characters) comes before the first row.
        let mut window = 3 * T3_WINDOW;
        for patterns in T3_LABELS {
            if let Some((s, e)) = f.find_any(patterns, pos, pos + window) {
                window = T3_WINDOW;
                cuts.push(s);
                if let Some(end) = values_end(text, e) {
                    cuts.push(end);
                }
                pos = e;
            }
        }
    }
    // Table 4: the header runs up to the first digit; then the values.
    if let Some(start) = text
        .find(table4::CRAWLER_HEADER.0)
        .filter(|&s| text[s..].get(..60).unwrap_or(&text[s..]).contains(table4::CRAWLER_HEADER.1))
    {
        cuts.push(start);
        if let Some(digit) = text[start..].find(|c: char| c.is_ascii_digit()).map(|k| start + k) {
            cuts.push(digit);
            if let Some(end) = values_end(text, digit) {
                cuts.push(end);
            }
        }
    }
    cuts
}

/// Cuts before each table-2 header (`信息内容`) and row label in `from..to`, and after its values.
fn t2_rows(f: &Folded, from: usize, to: usize, cuts: &mut Vec<usize>) {
    let text = &f.text[..to];
    let mut i = from;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with("信息内容") {
            cuts.push(i);
            i += "信息内容".len();
            continue;
        }
        if let Some(label) = T2_ROW_LABELS.iter().find(|l| rest.starts_with(*l)) {
            cuts.push(i);
            let end = i + label.len();
            if let Some(v) = values_end(text, end) {
                cuts.push(v);
            }
            i = end;
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
}

/// The end of the run of values that starts right after a label at `at` (digits, signs,
/// decimal points, thousands separators, a 万元/元 unit), when something else follows it.
fn values_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    // Skip what ends the label (a closing bracket or quote) up to the first digit.
    let first = rest.find(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-'))?;
    if rest[..first].chars().count() > 40 {
        return None;
    }
    let mut run =
        rest[first..].find(|c: char| !(c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | ','))).map(|k| first + k)?;
    // `…00000002.其他法律…`: the digit before a final `.` numbers the next label.
    if rest[..run].ends_with(['.', ',']) {
        run -= 1;
        if rest[..run].ends_with(|c: char| c.is_ascii_digit()) {
            run -= 1;
        }
    }
    if run <= first {
        return None;
    }
    let unit = ["万元", "元"].iter().find(|u| rest[run..].starts_with(*u)).map_or(0, |u| u.len());
    Some(at + run + unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str) -> Vec<&str> {
        split(line).into_iter().map(|r| &line[r]).collect()
    }

    #[test]
    fn headings_inline_are_split_in_order() {
        let line = "本报告统计期限自2021年1月1日起至2021年12月31日止。一、总体情况 （一）主动公开 本年主动公开信息100条。二、主动公开政府信息情况 见下表。";
        assert_eq!(
            parts(line),
            [
                "本报告统计期限自2021年1月1日起至2021年12月31日止。",
                "一、总体情况",
                "（一）主动公开 本年主动公开信息100条。",
                "二、主动公开政府信息情况",
                "见下表。"
            ]
        );
        // A list of the parts is prose.
        let listed = "本报告由一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况等部分组成，数据统计期限为全年。";
        assert_eq!(parts(listed), [listed]);
    }

    #[test]
    fn table_rows_are_cut_at_their_labels() {
        let line = "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000";
        let p = parts(line);
        assert_eq!(p[0], "三、收到和处理政府信息公开申请情况");
        assert!(p[1].starts_with("（本列数据") && p[1].ends_with("其他"), "{p:?}");
        assert_eq!(
            p[2..],
            [
                "一、本年新收政府信息公开申请数量21710000218",
                "二、上年结转政府信息公开申请数量0000000",
                "三、本年度办理结果",
                "（一）予以公开0000000",
                "（三）不予公开",
                "1.属于国家秘密0000000",
                "2.其他法律行政法规禁止公开0000000"
            ]
        );
    }

    #[test]
    fn tables_2_and_4() {
        let line = "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3025第二十条第（五）项信息内容本年处理决定数量行政许可12行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题及改进情况无。";
        let p = parts(line);
        assert_eq!(
            p,
            [
                "第二十条第（一）项",
                "信息内容本年制发件数本年废止件数现行有效件数",
                "规章000",
                "行政规范性文件3025",
                "第二十条第（五）项",
                "信息内容本年处理决定数量",
                "行政许可12",
                "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
                "000000000000000",
                "五、存在的主要问题及改进情况",
                "无。"
            ]
        );
        let signed = "一、总体情况本局认真贯彻条例。二、主动公开政府信息情况无。六、其他需要报告的事项无。示例市示例局2024年1月8日扫一扫在手机上查看当前页面";
        assert_eq!(parts(signed)[5..], ["无。", "示例市示例局", "2024年1月8日", "扫一扫在手机上查看当前页面"]);
    }

    #[test]
    fn ordinary_prose_is_left_alone() {
        let line =
            "2023年，我局未收到政府信息公开申请，未发生行政复议、行政诉讼情况，本年新收政府信息公开申请数量为0件。";
        assert_eq!(parts(line), [line]);
    }
}

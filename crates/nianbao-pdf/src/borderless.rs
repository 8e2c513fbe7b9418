//! Tables printed without ruling lines, rebuilt from where their words are.
//!
//! The reader's word boxes (a cell's text is one word; a wrapped cell is one word per printed
//! line) are grouped into *blocks*: the lines of one cell, stacked in one column with no more
//! than a line's gap between them. Numbers are blocks of their own. Numbers whose centres share
//! a height make a row; every label block goes to the first row whose centre lies within it
//! (a label merged over several rows appears once, at the top, as a merged cell does in the
//! other readers), or else to the nearest row. Blocks above the first row of a table are its
//! header rows, grouped by their tops.
//!
//! Nothing here is trusted by itself: `lib.rs` keeps a rebuilt table only if the whole report
//! then reads with every official row and every sum holding; otherwise the tables are declared
//! unreadable.

use nianbao_core::span::PageBox;
use pdfni::TextPage;

/// A run of text on the page (one word, or a cell's stacked words).
#[derive(Clone, Debug)]
pub(crate) struct Block {
    pub text: String,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The height of one printed line of it.
    pub line: f64,
}

impl Block {
    fn centre(&self) -> f64 {
        (self.top + self.bottom) / 2.0
    }
    fn height(&self) -> f64 {
        self.line.max(1.0)
    }
    pub fn place(&self, page: u32) -> PageBox {
        crate::cells::page_box(page, self.left, self.top, self.right, self.bottom)
    }
}

/// One row of a rebuilt table: its cells left to right.
pub(crate) type Row = Vec<Block>;

/// The words of `page` whose centres lie between `top` and `bottom`.
pub(crate) fn words(page: &TextPage, top: f64, bottom: f64) -> Vec<Block> {
    let mut words = Vec::new();
    for line in pdfni::build_text_lines(page) {
        for word in line.words {
            let centre = (word.top + word.bottom) / 2.0;
            let text = crate::cells::tidy(&word.text);
            if centre >= top && centre <= bottom && !text.is_empty() {
                let line = word.bottom - word.top;
                words.push(Block {
                    text,
                    left: word.left,
                    right: word.right,
                    top: word.top,
                    bottom: word.bottom,
                    line,
                });
            }
        }
    }
    words
}

fn is_number(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit()) && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
}

/// Stacks the lines of one cell: same left edge, the next line starting within a line's gap.
fn stack(mut words: Vec<Block>) -> Vec<Block> {
    words.sort_by(|a, b| a.left.total_cmp(&b.left).then(a.top.total_cmp(&b.top)));
    let mut blocks: Vec<Block> = Vec::new();
    for word in words {
        let joins = blocks.last_mut().filter(|b| {
            !is_number(&b.text)
                && !is_number(&word.text)
                && (b.left - word.left).abs() <= 2.0
                && word.top >= b.top
                && word.top - b.bottom <= 0.8 * word.height()
                && !crate::cells::starts_with_ordinal(&word.text)
        });
        match joins {
            Some(block) => {
                block.text.push_str(&word.text);
                block.right = block.right.max(word.right);
                block.bottom = block.bottom.max(word.bottom);
            }
            None => blocks.push(word),
        }
    }
    blocks
}

/// Rows of the table the words form, top to bottom: one per line of numbers, with the labels
/// that belong to it; labels far from every line of numbers (captions, headers) make rows of
/// their own, grouped by their tops.
pub(crate) fn rows(words: Vec<Block>) -> Vec<Row> {
    let blocks = stack(words);
    let (mut numbers, labels): (Vec<Block>, Vec<Block>) = blocks.into_iter().partition(|b| is_number(&b.text));
    // Lines of numbers: centres within half a line of each other.
    let mut lines: Vec<Vec<Block>> = Vec::new();
    numbers.sort_by(|a, b| a.centre().total_cmp(&b.centre()));
    for number in numbers {
        match lines.last_mut().filter(|line| (line[0].centre() - number.centre()).abs() <= 0.5 * number.height()) {
            Some(line) => line.push(number),
            None => lines.push(vec![number]),
        }
    }
    let centres: Vec<f64> = lines.iter().map(|l| l[0].centre()).collect();
    let mut attached: Vec<Vec<Block>> = vec![Vec::new(); lines.len()];
    let mut standalone: Vec<Block> = Vec::new();
    for label in labels {
        let within = centres.iter().position(|&c| c >= label.top - 1.0 && c <= label.bottom + 1.0);
        let nearest = (0..centres.len())
            .min_by(|&a, &b| (centres[a] - label.centre()).abs().total_cmp(&(centres[b] - label.centre()).abs()))
            .filter(|&i| (centres[i] - label.centre()).abs() <= 1.5 * label.height());
        match within.or(nearest) {
            Some(at) => attached[at].push(label),
            None => standalone.push(label),
        }
    }
    let mut rows: Vec<(f64, Row)> = Vec::new();
    for ((centre, mut labels), mut line) in centres.into_iter().zip(attached).zip(lines) {
        labels.sort_by(|a, b| a.left.total_cmp(&b.left));
        line.sort_by(|a, b| a.left.total_cmp(&b.left));
        labels.extend(line);
        rows.push((centre, labels));
    }
    rows.extend(grouped_by_top(standalone).into_iter().map(|row| (row[0].centre(), row)));
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, row)| row).collect()
}

/// Blocks in rows by their tops (a row's cells start within a line of each other).
fn grouped_by_top(mut blocks: Vec<Block>) -> Vec<Row> {
    blocks.sort_by(|a, b| a.top.total_cmp(&b.top));
    let mut rows: Vec<Row> = Vec::new();
    for block in blocks {
        match rows.last_mut().filter(|row| block.top - row[0].top <= 0.8 * block.height()) {
            Some(row) => row.push(block),
            None => rows.push(vec![block]),
        }
    }
    for row in &mut rows {
        row.sort_by(|a, b| a.left.total_cmp(&b.left));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, left: f64, top: f64) -> Block {
        let right = left + 10.0 * text.chars().count() as f64;
        Block { text: text.into(), left, right, top, bottom: top + 12.0, line: 12.0 }
    }

    fn texts(rows: &[Row]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.iter().map(|b| b.text.as_str()).collect()).collect()
    }

    #[test]
    fn labels_stack_and_go_to_their_row() {
        let words = vec![
            word("自然人", 280.0, 100.0),
            word("总计", 540.0, 100.0),
            word("三、本年", 60.0, 140.0),
            word("（一）予以公开", 114.0, 140.0),
            word("0", 280.0, 140.0),
            word("260", 540.0, 140.0),
            word("度办理结", 60.0, 157.0),
            word("果", 60.0, 174.0),
            word("（二）部分公开（区分处理", 114.0, 178.0),
            word("的，只计这一情形", 114.0, 194.0),
            word("5", 280.0, 194.0),
            word("188", 540.0, 194.0),
            word("第二十条第（五）项", 60.0, 260.0),
            word("行政许可", 60.0, 300.0),
            word("3", 125.0, 300.0),
        ];
        assert_eq!(
            texts(&rows(words)),
            [
                vec!["自然人", "总计"],
                vec!["三、本年度办理结果", "（一）予以公开", "0", "260"],
                vec!["（二）部分公开（区分处理的，只计这一情形", "5", "188"],
                vec!["第二十条第（五）项"],
                vec!["行政许可", "3"],
            ]
        );
    }
}

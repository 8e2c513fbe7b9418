//! Ruled tables rebuilt from the ruling lines themselves, for a report whose tables the
//! reader's detector took apart wrongly (a rule it could not close fuses two rows).
//!
//! The rules inside the table's box give the grid: their x and y positions, snapped together
//! when less than [`SNAP`] apart (a border drawn twice). Two neighbouring grid places are one
//! cell unless a rule runs between them at their middle. Each cell's glyphs are its text; the
//! cell sits in the row and column of its top-left place, and the places it covers are left
//! out, as in every other reader.

use crate::cells::{cell_text, page_box, PendingCell};
use pdfni::{BBox, EdgePart, Orientation, TextChar};

/// Rules closer than this (points) are one.
const SNAP: f64 = 3.0;

/// Positions closer than [`SNAP`] merged into their mean.
fn snapped(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    let mut groups: Vec<(f64, usize)> = Vec::new();
    for v in values {
        match groups.last_mut().filter(|(sum, n)| v - sum / *n as f64 <= SNAP) {
            Some((sum, n)) => {
                *sum += v;
                *n += 1;
            }
            None => groups.push((v, 1)),
        }
    }
    groups.into_iter().map(|(sum, n)| sum / n as f64).collect()
}

/// A rule as a line: where it runs across, and from where to where along it.
struct Rule {
    at: f64,
    from: f64,
    to: f64,
}

fn covers(rules: &[Rule], at: f64, along: f64) -> bool {
    rules.iter().any(|r| (r.at - at).abs() <= SNAP && r.from - SNAP <= along && along <= r.to + SNAP)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The rules touching `bbox`, and those touching them in turn: the box they span and which
/// they are.
fn component(edges: &[EdgePart], bbox: &BBox) -> (BBox, Vec<bool>) {
    let (mut x0, mut top, mut x1, mut bottom) = (bbox.x0, bbox.top, bbox.x1, bbox.bottom);
    let mut taken = vec![false; edges.len()];
    loop {
        let mut grew = false;
        for (edge, taken) in edges.iter().zip(taken.iter_mut()) {
            let touches = edge.left <= x1 + SNAP
                && edge.right >= x0 - SNAP
                && edge.top <= bottom + SNAP
                && edge.bottom >= top - SNAP;
            if !*taken && touches {
                *taken = true;
                grew = true;
                (x0, top, x1, bottom) =
                    (x0.min(edge.left), top.min(edge.top), x1.max(edge.right), bottom.max(edge.bottom));
            }
        }
        if !grew {
            break;
        }
    }
    (BBox { x0, top, x1, bottom }, taken)
}

/// More rules than this on a page and grids the detector missed are not looked for (finding
/// them is quadratic in the rules; a report's page has a few hundred).
const MAX_RULES: usize = 4000;

/// Ruled grids with text in them that the reader's detector found no table in (`tables`: the
/// boxes of those it found), e.g. the last row of a table alone at the top of a page: each
/// with its box and its rows, in the order of the page.
pub(crate) fn missed_grids(
    edges: &[EdgePart],
    chars: &[TextChar],
    tables: &[BBox],
    page: u32,
) -> Vec<(BBox, Vec<Vec<PendingCell>>)> {
    if edges.len() > MAX_RULES {
        return Vec::new();
    }
    let mut seen = vec![false; edges.len()];
    let mut grids = Vec::new();
    for (i, edge) in edges.iter().enumerate() {
        if seen[i] {
            continue;
        }
        let seed = BBox { x0: edge.left, top: edge.top, x1: edge.right, bottom: edge.bottom };
        let (bbox, taken) = component(edges, &seed);
        for (seen, taken) in seen.iter_mut().zip(&taken) {
            *seen |= *taken;
        }
        let overlaps = |t: &BBox| t.x0 < bbox.x1 && bbox.x0 < t.x1 && t.top < bbox.bottom && bbox.top < t.bottom;
        let holds_text =
            chars.iter().any(|c| centred_in(c, bbox.x0, bbox.x1, bbox.top, bbox.bottom) && !c.text.trim().is_empty());
        if tables.iter().any(overlaps) || !holds_text {
            continue;
        }
        if let Some(rows) = grid(edges, &taken, chars, page) {
            grids.push((bbox, rows));
        }
    }
    grids.sort_by(|a, b| a.0.top.total_cmp(&b.0.top));
    grids
}

/// The table in `bbox` rebuilt from the page's rules and glyphs, rows of cells (covered
/// places as `place: None`). `None` when the rules inside make no grid.
pub(crate) fn rebuild(edges: &[EdgePart], chars: &[TextChar], bbox: &BBox, page: u32) -> Option<Vec<Vec<PendingCell>>> {
    // The table's rules: those touching the detector's box, and those touching them in turn (a
    // row of blank cells the detector left out is still ruled).
    let (_, taken) = component(edges, bbox);
    grid(edges, &taken, chars, page)
}

/// The grid the `taken` rules draw, with each cell's glyphs as its text.
fn grid(edges: &[EdgePart], taken: &[bool], chars: &[TextChar], page: u32) -> Option<Vec<Vec<PendingCell>>> {
    let (mut horizontal, mut vertical) = (Vec::new(), Vec::new());
    for edge in edges.iter().zip(taken).filter(|(_, taken)| **taken).map(|(e, _)| e) {
        match edge.orientation {
            Orientation::Horizontal => {
                horizontal.push(Rule { at: (edge.top + edge.bottom) / 2.0, from: edge.left, to: edge.right })
            }
            Orientation::Vertical => {
                vertical.push(Rule { at: (edge.left + edge.right) / 2.0, from: edge.top, to: edge.bottom })
            }
        }
    }
    let ys = snapped(horizontal.iter().map(|r| r.at).collect());
    let xs = snapped(vertical.iter().map(|r| r.at).collect());
    if ys.len() < 2 || xs.len() < 3 {
        return None;
    }
    let (rows, cols) = (ys.len() - 1, xs.len() - 1);
    let mut parent: Vec<usize> = (0..rows * cols).collect();
    for i in 0..rows {
        let mid_y = (ys[i] + ys[i + 1]) / 2.0;
        for j in 0..cols {
            let mid_x = (xs[j] + xs[j + 1]) / 2.0;
            if j + 1 < cols && !covers(&vertical, xs[j + 1], mid_y) {
                let (a, b) = (find(&mut parent, i * cols + j), find(&mut parent, i * cols + j + 1));
                parent[b] = a;
            }
            if i + 1 < rows && !covers(&horizontal, ys[i + 1], mid_x) {
                let (a, b) = (find(&mut parent, i * cols + j), find(&mut parent, (i + 1) * cols + j));
                parent[b] = a;
            }
        }
    }
    // Each cell's extent in grid places: (top row, left col, bottom row, right col).
    let mut extent = vec![(usize::MAX, usize::MAX, 0, 0); rows * cols];
    for i in 0..rows {
        for j in 0..cols {
            let root = find(&mut parent, i * cols + j);
            let e = &mut extent[root];
            *e = (e.0.min(i), e.1.min(j), e.2.max(i), e.3.max(j));
        }
    }
    let mut table = Vec::with_capacity(rows);
    for i in 0..rows {
        let mut row = Vec::with_capacity(cols);
        for j in 0..cols {
            let root = find(&mut parent, i * cols + j);
            let (top, left, bottom, right) = extent[root];
            if (top, left) != (i, j) {
                row.push(PendingCell { text: String::new(), place: None });
                continue;
            }
            let (x0, x1, y0, y1) = (xs[left], xs[right + 1], ys[top], ys[bottom + 1]);
            row.push(PendingCell { text: text_in(chars, x0, x1, y0, y1), place: Some(page_box(page, x0, y0, x1, y1)) });
        }
        table.push(row);
    }
    Some(table)
}

/// Whether the glyph's centre lies inside the box.
fn centred_in(c: &TextChar, x0: f64, x1: f64, y0: f64, y1: f64) -> bool {
    let (cx, cy) = ((c.left + c.right) / 2.0, (c.top + c.bottom) / 2.0);
    cx > x0 && cx < x1 && cy > y0 && cy < y1
}

/// The glyphs whose centres lie in the box, line by line (a line: centres within half a
/// glyph's height), joined as a cell's text.
fn text_in(chars: &[TextChar], x0: f64, x1: f64, y0: f64, y1: f64) -> String {
    let mut glyphs: Vec<&TextChar> = chars.iter().filter(|c| centred_in(c, x0, x1, y0, y1)).collect();
    glyphs.sort_by(|a, b| a.top.total_cmp(&b.top));
    let mut lines: Vec<Vec<&TextChar>> = Vec::new();
    for glyph in glyphs {
        let centre = (glyph.top + glyph.bottom) / 2.0;
        match lines.last_mut().filter(|line| {
            let first = line[0];
            (centre - (first.top + first.bottom) / 2.0).abs() <= 0.5 * (first.bottom - first.top).max(1.0)
        }) {
            Some(line) => line.push(glyph),
            None => lines.push(vec![glyph]),
        }
    }
    let text: Vec<String> = lines
        .into_iter()
        .map(|mut line| {
            line.sort_by(|a, b| a.left.total_cmp(&b.left));
            line.iter().map(|c| c.text.as_str()).collect()
        })
        .collect();
    cell_text(&text.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(orientation: Orientation, left: f64, top: f64, right: f64, bottom: f64) -> EdgePart {
        EdgePart { orientation, left, right, top, bottom }
    }

    #[test]
    fn a_rule_across_a_cell_makes_two_rows_and_a_missing_one_merges() {
        use Orientation::*;
        // Two rows (the second rule drawn twice, 2 pt apart), three columns; the first row's
        // first two places have no rule between them: one merged cell.
        let edges = vec![
            edge(Horizontal, 0.0, 0.0, 90.0, 0.0),
            edge(Horizontal, 0.0, 20.0, 90.0, 20.0),
            edge(Horizontal, 0.0, 22.0, 90.0, 22.0),
            edge(Horizontal, 0.0, 40.0, 90.0, 40.0),
            edge(Vertical, 0.0, 0.0, 0.0, 40.0),
            edge(Vertical, 30.0, 20.0, 30.0, 40.0),
            edge(Vertical, 60.0, 0.0, 60.0, 40.0),
            edge(Vertical, 90.0, 0.0, 90.0, 40.0),
        ];
        let bbox = BBox { x0: 0.0, top: 0.0, x1: 90.0, bottom: 40.0 };
        let rows = rebuild(&edges, &[], &bbox, 1).unwrap();
        let shape: Vec<Vec<bool>> = rows.iter().map(|r| r.iter().map(|c| c.place.is_some()).collect()).collect();
        assert_eq!(shape, [vec![true, false, true], vec![true, true, true]]);
    }

    fn glyph(text: &str, left: f64, top: f64) -> TextChar {
        TextChar {
            text: text.into(),
            left,
            right: left + 10.0,
            top,
            bottom: top + 10.0,
            transform: [1.0, 0.0, 0.0, 1.0, left, top],
            advance: [10.0, 0.0],
            glyph_width: None,
            font: 0,
            font_size: 10.0,
            rot: 0,
            upright: true,
            synthetic: false,
        }
    }

    /// The rules of a one-row grid from x 0 to 90 (three cells) between `top` and `top + 20`.
    fn row_of_three(top: f64) -> Vec<EdgePart> {
        use Orientation::*;
        let mut edges =
            vec![edge(Horizontal, 0.0, top, 90.0, top), edge(Horizontal, 0.0, top + 20.0, 90.0, top + 20.0)];
        edges.extend([0.0, 30.0, 60.0, 90.0].map(|x| edge(Vertical, x, top, x, top + 20.0)));
        edges
    }

    #[test]
    fn a_grid_with_text_outside_the_detected_tables_is_found() {
        // A detected table at the top, a row with text below it, an empty grid further down.
        let mut edges = row_of_three(0.0);
        edges.extend(row_of_three(100.0));
        edges.extend(row_of_three(200.0));
        let chars = [glyph("四", 5.0, 105.0), glyph("1", 35.0, 105.0), glyph("规", 5.0, 5.0)];
        let detected = [BBox { x0: 0.0, top: 0.0, x1: 90.0, bottom: 20.0 }];
        let grids = missed_grids(&edges, &chars, &detected, 3);
        assert_eq!(grids.len(), 1);
        let (bbox, rows) = &grids[0];
        assert_eq!((bbox.top, bbox.bottom), (100.0, 120.0));
        let texts: Vec<&str> = rows[0].iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["四", "1", ""]);
        assert_eq!(rows[0][0].place.map(|p| p.page), Some(3));
    }
}

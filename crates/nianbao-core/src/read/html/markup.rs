//! The raw HTML source scanned without a tree: tags, comments and raw-text elements, for the
//! nesting check (deep pages are read as text), tag blanking, the `<title>`, and the cursor.

use super::super::Line;
use crate::span::LineIndex;

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
pub(super) struct Markup {
    /// The index just after it.
    pub end: usize,
    /// Lower-case tag name; empty for comments, `<!DOCTYPE>` and stray `<`.
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Elements whose content is raw text: markup inside them is not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// The markup starting at `i` (a `<`). Raw-text elements end at their end tag, searched no
/// further than `window` bytes (so a cursor stays bounded; the linear scans pass `usize::MAX`).
pub(super) fn scan_markup(src: &str, i: usize, window: usize) -> Markup {
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
        let tail = &tail[..crate::span::floor_char_boundary(tail, window.min(tail.len()))];
        if let Some(e) = find_ascii_ci(tail, &close) {
            let after = end + e;
            let gt = src[after..].find('>').map_or(src.len(), |g| after + g + 1);
            return Markup { end: gt, name, closing, self_closing: true };
        }
    }
    Markup { end, name, closing, self_closing }
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
pub(in crate::read) fn nesting_depth(src: &str) -> usize {
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
pub(in crate::read) fn blank_tags(src: &str) -> String {
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

/// The text of the page's `<title>` (where saved portal pages name the report), located.
pub(in crate::read) fn page_title(src: &str, index: &LineIndex) -> Option<Line> {
    // The title is in the head: look only there, so a huge body costs nothing.
    let head = &src[..src.len().min(64 * 1024)];
    let open = find_ascii_ci(head, "<title")?;
    let start = open + head[open..].find('>')? + 1;
    let end = start + find_ascii_ci(&head[start..], "</title")?;
    let raw = &src[start..end];
    let text = super::collapse(&raw.replace("&nbsp;", " ").replace("&amp;", "&"));
    let lead = raw.len() - raw.trim_start().len();
    let span = index.span(src, start + lead..start + raw.trim_end().len());
    (!text.is_empty()).then_some(Line { text, span })
}

pub(super) fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

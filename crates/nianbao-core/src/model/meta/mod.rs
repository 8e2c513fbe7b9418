//! What a report says of itself (FORMAT.md §1.2, §10.3): its year (`year.rs`), its dates and
//! when it was published (`dates.rs`), and the body that made it (`body.rs`). Each value is
//! `Located`: with the text it was read from.

mod body;
mod dates;
mod year;

pub(crate) use body::agency;
pub use body::{AgencyEvidence, BodyLevel};
pub(crate) use dates::published;
pub use dates::{dates_in, Date};
pub(crate) use year::year_evidence;
pub use year::{years_in, StatisticsPeriod, YearEvidence};

use crate::read::{Document, Line};
use crate::span::Span;
use serde::Serialize;

/// A value together with the text it was read from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// The title: an early short line naming the report (`…年政府信息公开工作年度报告`).
pub(crate) fn title_line(doc: &Document) -> Option<&Line> {
    // The page's <title>, then an early line (saved pages put site chrome and a breadcrumb
    // before the report's own heading).
    doc.title.iter().chain(doc.lines().take(30)).find(|l| is_title(&l.text))
}

/// `〈机关〉YYYY年(度)政府信息公开工作年度报告`, possibly with a site name after it.
fn is_title(text: &str) -> bool {
    text.chars().count() <= 80
        && (text.contains("年度报告") || text.contains("年报"))
        && (text.contains("政府信息公开") || text.contains("政务公开"))
        && years_in(text).next().is_some()
        && !text.contains('。')
        && !text.starts_with("根据")
}

/// A span for `range` of a line's text: exact when the line is the source text, else the line.
pub fn locate(doc: &Document, line: &Line, range: std::ops::Range<usize>) -> Span {
    if doc.text.get(line.span.range()) == Some(line.text.as_str()) {
        doc.span(line.span.start + range.start..line.span.start + range.end)
    } else {
        line.span
    }
}

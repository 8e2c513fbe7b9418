//! Which official table format the report follows, from its labels (FORMAT.md §1.2).

use super::tables::Tables;
use crate::format::{self, table2, T3Row};
use crate::normalize;
use crate::read::Document;
use crate::span::Span;

pub use nianbao_report::Template;

/// A label that belongs to one format only, and where it was seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub template: Template,
    pub label: &'static str,
    pub span: Span,
}

/// Collects the format signals of table 2's captions, headers and row labels and of table 3's
/// （六） rows, in document order.
pub(crate) fn signals(tables: &Tables) -> Vec<Signal> {
    let mut out = Vec::new();
    if let Some(t2) = &tables.active_disclosure {
        let labels = t2.captions.iter().chain(&t2.headers).map(|(t, s)| (t.as_str(), *s));
        let rows = t2.rows.iter().map(|r| (r.label.as_str(), r.span));
        for (text, span) in labels.chain(rows) {
            let norm = normalize::label(text);
            for &(label, format) in format::SIGNALS {
                if norm.contains(label) {
                    out.push(Signal { template: format.into(), label, span });
                }
            }
            // Seeds 003/004: `本年新<br>制作数量` flattened to `本年新`.
            if norm == "本年新" {
                out.push(Signal { template: Template::Trial2019, label: "本年新", span });
            }
        }
    }
    if let Some(t3) = &tables.applications {
        for row in &t3.rows {
            match row.id {
                T3Row::OtherHandling => {
                    out.push(Signal { template: Template::Trial2019, label: "（六）其他处理", span: row.span })
                }
                T3Row::OtherNoCorrection | T3Row::OtherFeeUnpaid | T3Row::OtherOther => {
                    out.push(Signal { template: Template::Rev2021, label: "（六）其他处理", span: row.span })
                }
                _ => {}
            }
        }
    }
    out.sort_by_key(|s| s.span.start);
    out
}

pub(crate) fn detect(doc: &Document, tables: &Tables, signals: &[Signal], year: Option<i32>) -> Template {
    let count = |t| {
        let mut labels: Vec<&str> = signals.iter().filter(|s| s.template == t).map(|s| s.label).collect();
        labels.dedup();
        labels.len()
    };
    let (new, trial) = (count(Template::Rev2021), count(Template::Trial2019));
    if new > trial {
        return Template::Rev2021;
    }
    if trial > new {
        return Template::Trial2019;
    }
    if new > 0 {
        // As many signals of each: the year decides between the two formats it could be.
        return match year.map(Template::expected_for) {
            Some(Template::Trial2019) => Template::Trial2019,
            _ => Template::Rev2021,
        };
    }
    if tables.applications.is_some() || tables.review_litigation.is_some() {
        // Standard tables without format-specific labels: 2019-or-later, format unknown.
        return match year.map(Template::expected_for) {
            Some(t @ (Template::Trial2019 | Template::Rev2021)) => t,
            _ => Template::Unknown,
        };
    }
    let legacy_words = format::LEGACY_WORDS.iter().any(|w| doc.text.contains(w));
    let has_t2_captions = doc.tables().flat_map(|t| &t.cells).any(|c| table2::is_caption(&normalize::label(&c.text)));
    if legacy_words || (!has_t2_captions && year.is_some_and(|y| y <= 2018)) {
        return Template::Legacy;
    }
    Template::Unknown
}

//! The typed model of a report, built from a read [`Document`].
//!
//! Everything here is located: sections, every table cell, the year and where it was stated.
//! Building never fails; what could not be understood is recorded (`table_problems`,
//! `doc.problems`) for the rules to report.

mod cell;
pub(crate) mod equations;
mod fused;
mod legacy;
mod meta;
mod reading;
mod sections;
mod tables;
mod template;

pub use crate::format::sections::standard_kind;
pub use cell::{Cells, TableCell};
pub use meta::{
    dates_in, locate as locate_in_line, years_in, AgencyEvidence, BodyLevel, Date, Located, StatisticsPeriod,
    YearEvidence,
};
pub use reading::Reading;
pub use sections::Section;
pub use tables::{
    ActiveDisclosure, ApplicationRow, Applications, DisclosureRow, OtherTable, ProblemKind, ReviewLitigation,
    StandardTable, T4GroupCells, TableProblem, Tables,
};
pub use template::{Signal, Template};

use crate::read::Document;

#[derive(Clone, Debug)]
pub struct Model {
    pub doc: Document,
    pub template: Template,
    /// Format-specific labels seen, for the template rules.
    pub template_signals: Vec<Signal>,
    /// The report year: 统计期限, else the title, else the body.
    pub year: Option<i32>,
    pub year_evidence: YearEvidence,
    /// The reporting body: title, else signature, else prose (see `agency_evidence`).
    pub agency: Option<Located<String>>,
    pub agency_evidence: AgencyEvidence,
    pub published: Option<Located<Date>>,
    pub sections: Vec<Section>,
    pub tables: Tables,
    pub table_problems: Vec<TableProblem>,
}

pub fn build(doc: Document) -> Model {
    let sections = sections::read_sections(&doc);
    let mut table_problems = Vec::new();
    let mut tables = tables::read_tables(&doc, &mut table_problems);
    fused::recover(&doc, &mut tables, &mut table_problems);
    let year_evidence = meta::year_evidence(&doc, &sections);
    let published = meta::published(&doc);
    let year = year_evidence
        .statistics_period
        .as_ref()
        .map(|p| p.value.year)
        .or(year_evidence.title.as_ref().map(|t| t.value))
        .or(year_evidence.body.as_ref().map(|b| b.value))
        .or(published.as_ref().map(|p| p.value.year - 1));
    let template_signals = template::signals(&tables);
    let template = template::detect(&doc, &tables, &template_signals, year);
    if template == Template::Legacy {
        legacy::recover(&doc, &mut tables, &mut table_problems);
    }
    let agency_evidence = meta::agency(&doc, &sections, published.as_ref());
    let agency = agency_evidence.best().cloned();
    Model {
        doc,
        template,
        template_signals,
        year,
        year_evidence,
        agency,
        agency_evidence,
        published,
        sections,
        tables,
        table_problems,
    }
}

impl Model {
    /// The section whose heading is standard section `n` (1–6), if present.
    pub fn section(&self, n: u8) -> Option<&Section> {
        self.sections.iter().find(|s| s.standard == Some(n))
    }

    /// Readable text that is no disclosure report: no standard section or table, no known
    /// format and no mention of 政府信息公开 (NB006). The report-level rules stay quiet on it.
    pub fn is_other_text(&self) -> bool {
        if self.doc.kind == crate::read::InputKind::Unsupported || self.doc.text.trim().is_empty() {
            return false;
        }
        let t = &self.tables;
        let has_tables = t.active_disclosure.is_some() || t.applications.is_some() || t.review_litigation.is_some();
        let has_sections = self.sections.iter().any(|s| s.standard.is_some());
        !(has_tables || has_sections || self.template != Template::Unknown || self.doc.text.contains("政府信息公开"))
    }

    /// Where each report starts when the text holds several (the same report pasted twice, or
    /// a batch of reports copied into one box): the 一 heading of each run of standard sections
    /// that has at least three of them. Empty for one report.
    pub fn report_starts(&self) -> Vec<crate::span::Span> {
        let mut starts: Vec<(crate::span::Span, usize)> = Vec::new();
        for section in self.sections.iter().filter(|s| s.standard.is_some()) {
            match (section.standard, starts.last_mut()) {
                (Some(1), _) => starts.push((section.span, 1)),
                (_, Some((_, count))) => *count += 1,
                (_, None) => {}
            }
        }
        let whole: Vec<crate::span::Span> = starts.iter().filter(|(_, n)| *n >= 3).map(|(span, _)| *span).collect();
        if whole.len() >= 2 {
            whole
        } else {
            Vec::new()
        }
    }

    /// The text lines of a section's body.
    pub fn section_lines<'a>(&'a self, section: &Section) -> impl Iterator<Item = &'a crate::read::Line> + 'a {
        self.doc.blocks[section.body.clone()].iter().filter_map(|b| match b {
            crate::read::Block::Line(l) => Some(l),
            crate::read::Block::Table(_) => None,
        })
    }
}

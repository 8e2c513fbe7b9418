//! The report the core builds: the contract's types (crate `nianbao-report`, exactly the JSON
//! of `docs/report.schema.json`), filled from the model and the findings.

use crate::model::{self, Model, TableCell};
pub use nianbao_report::tables::{
    ActiveDisclosure, ApplicationRow, Cell, DisclosureRow, Number, OtherTable, ReviewLitigation,
};
pub use nianbao_report::{
    Category, CheckOutput, Diagnostic, InputInfo, Message, Report, Section, Severity, Summary, Tables,
};

/// The report of `source`: what the model read, published, and the findings sorted and counted.
pub(crate) fn build(source: &str, model: Model, diagnostics: Vec<Diagnostic>) -> Report {
    let mut report = Report {
        source: source.to_owned(),
        input: InputInfo { kind: model.doc.kind, encoding: model.doc.encoding.clone(), bytes: model.doc.bytes },
        template: model.template,
        year: model.year,
        agency: model.agency.map(|a| a.value),
        published: model.published.map(|p| p.value.to_string()),
        sections: model.sections.into_iter().map(section).collect(),
        tables: tables(model.tables),
        diagnostics,
        summary: Summary::default(),
    };
    report.sort_and_count();
    report
}

fn section(s: model::Section) -> Section {
    Section { number: s.number, title: s.title, span: s.span }
}

/// The published tables: each row's numbers and cells as written; what the rules alone need
/// (headers, captions, parsed values) stays in the model.
fn tables(t: model::Tables) -> Tables {
    Tables {
        active_disclosure: t.active_disclosure.map(|t2| ActiveDisclosure {
            rows: t2
                .rows
                .into_iter()
                .map(|r| {
                    let (values, cells) = published(r.cells.0);
                    DisclosureRow { group: r.group, label: r.label, columns: r.columns, values, cells, span: r.span }
                })
                .collect(),
            span: t2.span,
        }),
        applications: t.applications.map(|t3| nianbao_report::tables::Applications {
            rows: t3
                .rows
                .into_iter()
                .map(|r| {
                    let (values, cells) = published(r.cells.0);
                    ApplicationRow { id: r.id, label: r.label, values, cells, span: r.span }
                })
                .collect(),
            span: t3.span,
        }),
        review_litigation: t.review_litigation.map(|t4| {
            let (values, cells) = published(t4.cells.0);
            ReviewLitigation { values, cells, span: t4.span }
        }),
        other: t
            .other
            .into_iter()
            .map(|o| OtherTable {
                title: o.title,
                rows: o.rows,
                span: o.span,
                cells: o.cells.into_iter().map(|row| published(row).1).collect(),
            })
            .collect(),
    }
}

/// A row's cells as the schema's `values` (numbers or null) and `cells` (text and span).
fn published(cells: Vec<TableCell>) -> (Vec<Option<Number>>, Vec<Cell>) {
    let values = cells.iter().map(|c| c.value().map(Number)).collect();
    let cells = cells.into_iter().map(|c| Cell { text: c.text, span: c.span, missing: c.missing }).collect();
    (values, cells)
}

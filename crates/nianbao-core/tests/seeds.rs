//! The five real reports of tests/fixtures: snapshots of their models, and the facts FORMAT.md
//! §11 states about each.

mod common;

use common::fixture;
use nianbao_core::model::Model;
use nianbao_core::{Options, Template};
use serde_json::{json, Value};

fn model(name: &str) -> Model {
    nianbao_core::read(nianbao_core::Input::Bytes(&fixture(name)), &format!("{name}.txt"), &Options::default())
}

fn number(c: &nianbao_core::model::TableCell) -> Value {
    match c.value() {
        Some(v) if v.fract() == 0.0 => json!(v as i64),
        v => json!(v),
    }
}

/// A compact, reviewable view of the model: every value, with spans as `line:column`.
fn summary(m: &Model) -> Value {
    let at = |s: &nianbao_core::Span| format!("{}:{}", s.line, s.column);
    let t = &m.tables;
    json!({
        "template": m.template,
        "year": m.year,
        "agency": m.agency.as_ref().map(|a| &a.value),
        "published": m.published.as_ref().map(|p| p.value.to_string()),
        "input": { "kind": m.doc.kind, "encoding": m.doc.encoding },
        "sections": m.sections.iter().map(|s| json!([s.number, s.title, at(&s.span)])).collect::<Vec<_>>(),
        "active_disclosure": t.active_disclosure.as_ref().map(|a| a.rows.iter().map(|r| json!({
            "group": r.group, "label": r.label, "columns": r.columns,
            "values": r.cells.iter().map(number).collect::<Vec<_>>(), "at": at(&r.span),
        })).collect::<Vec<_>>()),
        "applications": t.applications.as_ref().map(|a| a.rows.iter().map(|r| json!([
            r.id, r.cells.iter().map(number).collect::<Vec<_>>(), at(&r.span),
        ])).collect::<Vec<_>>()),
        "review_litigation": t.review_litigation.as_ref().map(|r| r.cells.iter().map(number).collect::<Vec<_>>()),
        "other": t.other.iter().map(|o| json!({ "title": o.title, "rows": o.rows })).collect::<Vec<_>>(),
        "table_problems": m.table_problems.iter().map(|p| format!("{:?} {:?} {}", p.table, p.kind, p.label)).collect::<Vec<_>>(),
    })
}

#[test]
fn snapshots_of_the_seed_models() {
    for name in ["000", "001", "002", "003", "004"] {
        insta::assert_json_snapshot!(format!("seed_{name}"), summary(&model(name)));
    }
}

#[test]
fn every_cell_span_points_at_its_text() {
    for name in ["000", "001", "002", "003", "004"] {
        let m = model(name);
        let t = &m.tables;
        let cells = t
            .active_disclosure
            .iter()
            .flat_map(|a| a.rows.iter().flat_map(|r| r.cells.iter()))
            .chain(t.applications.iter().flat_map(|a| a.rows.iter().flat_map(|r| r.cells.iter())))
            .chain(t.review_litigation.iter().flat_map(|r| r.cells.iter()));
        for cell in cells.filter(|c| !c.text.is_empty()) {
            assert_eq!(&m.doc.text[cell.span.range()], cell.text, "seed {name}");
        }
        for s in &m.sections {
            assert!(m.doc.text[s.span.range()].contains(&s.title), "seed {name}: {}", s.title);
        }
    }
}

#[test]
fn facts_of_format_spec_section_11() {
    let m = model("000");
    assert_eq!((m.template, m.year), (Template::Rev2021, Some(2019)));
    // No title, no signature: the body is named only in a prose sentence, which is a hint for
    // NB507, never the agency (issue 9: a sentence's first words are no name).
    assert_eq!(m.agency, None);
    assert_eq!(m.agency_evidence.prose.as_ref().map(|a| a.value.as_str()), Some("鞍山市人社局"));
    let t3 = m.tables.applications.as_ref().unwrap();
    assert_eq!(t3.row(nianbao_core::format::T3Row::ResultsTotal).unwrap().cells[6].value(), Some(1.0));
    assert_eq!(t3.rows.len(), 25);

    let m = model("001");
    assert_eq!((m.template, m.year), (Template::Legacy, Some(2013)));
    assert_eq!(m.published.as_ref().map(|p| p.value.to_string()).as_deref(), Some("2014-01-02"));
    assert_eq!(m.tables.other.len(), 3);
    assert_eq!(m.tables.other[0].rows[1], ["主动公开信息数", "条", "635"]);

    let m = model("002");
    assert_eq!((m.template, m.year), (Template::Rev2021, Some(2023)));
    assert_eq!(m.agency.as_ref().map(|a| a.value.as_str()), Some("莆田市涵江区人力资源和社会保障局"));
    assert_eq!(m.published.as_ref().map(|p| p.value.to_string()).as_deref(), Some("2024-01-08"));

    let m = model("003");
    assert_eq!((m.template, m.year), (Template::Trial2019, Some(2019)));
    let t4 = m.tables.review_litigation.as_ref().unwrap();
    let blanks = t4.cells.iter().filter(|c| c.text.is_empty()).count();
    assert_eq!(blanks, 12);
    let t3 = m.tables.applications.as_ref().unwrap();
    assert_eq!(t3.row(nianbao_core::format::T3Row::Received).unwrap().cells[6].value(), Some(3.0));

    let m = model("004");
    assert_eq!((m.template, m.year), (Template::Trial2019, Some(2020)));
    let t2 = m.tables.active_disclosure.as_ref().unwrap();
    let procurement = t2.rows.iter().find(|r| r.label == "政府集中采购").unwrap();
    assert_eq!(procurement.cells[1].value(), Some(1005.834));
}

#[test]
fn templates_read_as_their_format() {
    for (file, template, year) in
        [("TEMPLATE-2021.txt", Template::Rev2021, 2021), ("TEMPLATE-2019.txt", Template::Trial2019, 2019)]
    {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/templates/").to_owned() + file;
        let m =
            nianbao_core::read(nianbao_core::Input::Bytes(&std::fs::read(path).unwrap()), file, &Options::default());
        assert_eq!((m.template, m.year), (template, Some(year)), "{file}");
        assert!(m.table_problems.is_empty(), "{file}: {:?}", m.table_problems);
    }
}

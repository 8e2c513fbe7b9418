//! The official labels of table 3 (nianbao_report::format) are recognised by the core's label
//! folding: each row's label as the format prints it reads as that row.

use nianbao_core::format::table3::{label, T3Group, T3Label, CRAWLER_PREFIXES};
use nianbao_core::format::T3Row;
use nianbao_core::normalize::label as fold;

#[test]
fn every_official_label_is_recognised_as_its_row() {
    for row in T3Row::ALL {
        let last = row.official().rsplit(' ').next().unwrap();
        let got = label(&fold(last));
        match row {
            T3Row::OtherHandling => assert_eq!(got, Some(T3Label::OtherHandling)),
            _ => assert_eq!(got, Some(T3Label::Row(row)), "{last}"),
        }
        assert_eq!(T3Row::from_id(row.id()), Some(row));
    }
    assert_eq!(
        label(&fold("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")),
        Some(T3Label::Row(T3Row::PartlyGranted))
    );
    assert_eq!(label(&fold("（三）不予公开")), Some(T3Label::Group(T3Group::Refused)));
    assert_eq!(label("其他"), Some(T3Label::Header));
    assert_eq!(label("总计"), Some(T3Label::Header));
}

#[test]
fn crawler_prefixes_cover_every_row_once() {
    // Every row's official label (folded, last part) starts with one of the prefixes.
    for row in T3Row::ALL {
        let parts: Vec<&str> = row.official().split(' ').collect();
        let item = fold(parts[parts.len() - 1]);
        let hits = CRAWLER_PREFIXES.iter().filter(|ps| ps.iter().any(|p| item.starts_with(p))).count();
        assert!(hits >= 1, "{item}");
    }
}

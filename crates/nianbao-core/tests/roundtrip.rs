//! Property test: random tables of both formats, rendered in every serialisation the readers
//! accept (text styles, HTML with merged cells, .docx) and encoding (UTF-8, GB18030, UTF-16),
//! read back exactly.

mod common;

use common::{Encoding, Format, Style, Values, ALL_ENCODINGS, ALL_STYLES};
use nianbao_core::format::T3Row;
use nianbao_core::{Options, Template};
use proptest::prelude::*;

fn values(format: Format) -> impl Strategy<Value = Values> {
    let t2_rows = common::t2_layout(format)
        .iter()
        .flat_map(|(_, headers, labels)| labels.iter().map(|_| headers.clone()).collect::<Vec<_>>())
        .collect::<Vec<_>>();
    let t2 = t2_rows
        .into_iter()
        .map(|headers| {
            headers
                .into_iter()
                .map(|h| if h == "本年增/减" { (-500i64..500).boxed() } else { (0i64..20_000).boxed() })
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    let rows = common::t3_ids(format).len();
    (t2, prop::collection::vec(prop::array::uniform7(0i64..100_000), rows), prop::array::uniform15(0i64..1000))
        .prop_map(move |(t2, t3, t4)| Values { format, t2, t3, t4 })
}

fn check_roundtrip(v: &Values, style: Style, encoding: Encoding) -> Result<(), TestCaseError> {
    let (bytes, name) = common::render(v, style, encoding);
    let model = nianbao_core::read(nianbao_core::Input::Bytes(&bytes), name, &Options::default());
    let context = format!("{style:?} {encoding:?} {:?}", v.format);
    let expected_template = match v.format {
        Format::F2019 => Template::Trial2019,
        Format::F2021 => Template::Rev2021,
    };
    let expected_kind = match style {
        Style::Docx => nianbao_core::InputKind::Docx,
        Style::Html => nianbao_core::InputKind::Html,
        _ => nianbao_core::InputKind::Text,
    };
    prop_assert_eq!(model.doc.kind, expected_kind, "{}", context);
    let expected_encoding = match (style, encoding) {
        (Style::Docx, _) | (_, Encoding::Utf8 | Encoding::Utf8Bom) => "UTF-8",
        (_, Encoding::Gb18030) => "gb18030",
        (_, Encoding::Utf16Le) => "UTF-16LE",
        (_, Encoding::Utf16Be) => "UTF-16BE",
    };
    prop_assert_eq!(model.doc.encoding.as_str(), expected_encoding, "{}", context);
    prop_assert_eq!(model.template, expected_template, "{}", context);
    prop_assert_eq!(model.year, Some(common::year_of(v.format)), "{}", context);

    let t2 =
        model.tables.active_disclosure.as_ref().ok_or_else(|| TestCaseError::fail(format!("{context}: no table 2")))?;
    let got: Vec<Vec<f64>> =
        t2.rows.iter().map(|r| r.cells.iter().map(|c| c.value().unwrap_or(f64::NAN)).collect()).collect();
    let want: Vec<Vec<f64>> = v.t2.iter().map(|r| r.iter().map(|&x| x as f64).collect()).collect();
    prop_assert_eq!(got, want, "{}", context);

    let t3 = model.tables.applications.as_ref().ok_or_else(|| TestCaseError::fail(format!("{context}: no table 3")))?;
    let ids = common::t3_ids(v.format);
    prop_assert_eq!(t3.rows.iter().map(|r| r.id.id()).collect::<Vec<_>>(), ids.clone(), "{}", context);
    for (row, want) in t3.rows.iter().zip(&v.t3) {
        let got: Vec<Option<f64>> = row.cells.iter().map(|c| c.value()).collect();
        let want: Vec<Option<f64>> = want.iter().map(|&x| Some(x as f64)).collect();
        prop_assert_eq!(got, want, "{} row {}", context, row.id);
    }

    let t4 =
        model.tables.review_litigation.as_ref().ok_or_else(|| TestCaseError::fail(format!("{context}: no table 4")))?;
    let got: Vec<Option<f64>> = t4.cells.iter().map(|c| c.value()).collect();
    let want: Vec<Option<f64>> = v.t4.iter().map(|&x| Some(x as f64)).collect();
    prop_assert_eq!(got, want, "{}", context);

    // Every cell read from text points at its own text.
    if style != Style::Docx && style != Style::Html && matches!(encoding, Encoding::Utf8) {
        for row in &t3.rows {
            for cell in row.cells.iter() {
                prop_assert_eq!(&model.doc.text[cell.span.range()], cell.text.as_str(), "{}", context);
            }
        }
    }
    Ok(())
}

fn all_serialisations(v: &Values) -> Result<(), TestCaseError> {
    for style in ALL_STYLES {
        let encodings: &[Encoding] = if style == Style::Docx { &[Encoding::Utf8] } else { &ALL_ENCODINGS };
        for &encoding in encodings {
            check_roundtrip(v, style, encoding)?;
        }
    }
    Ok(())
}

/// Crawler text of random tables (their sums mostly don't hold): whatever is read is right.
fn crawler_text_never_wrong(v: &Values) -> Result<(), TestCaseError> {
    for style in common::CRAWLER_STYLES {
        for tight in [false, true] {
            let text = common::crawler_text(v, style, tight);
            let model =
                nianbao_core::read(nianbao_core::Input::Bytes(text.as_bytes()), "flat.txt", &Options::default());
            let context = format!("crawler text {style:?} tight={tight} {:?}", v.format);
            if let Some(t3) = &model.tables.applications {
                for (id, want) in common::t3_ids(v.format).into_iter().zip(&v.t3) {
                    if let Some(row) = T3Row::from_id(id).and_then(|id| t3.row(id)) {
                        let got: Vec<Option<f64>> = row.cells.iter().map(|c| c.value()).collect();
                        let want: Vec<Option<f64>> = want.iter().map(|&x| Some(x as f64)).collect();
                        prop_assert_eq!(got, want, "{} row {}", context, id);
                    }
                }
            }
            if let Some(t4) = &model.tables.review_litigation {
                let got: Vec<Option<f64>> = t4.cells.iter().map(|c| c.value()).collect();
                let want: Vec<Option<f64>> = v.t4.iter().map(|&x| Some(x as f64)).collect();
                prop_assert_eq!(got, want, "{}", context);
            }
        }
    }
    Ok(())
}

/// Random tables with counts a report has (up to a few thousand).
fn small_values(format: Format) -> impl Strategy<Value = Values> {
    values(format).prop_map(|mut v| {
        v.t3.iter_mut().flatten().for_each(|x| *x %= 2000);
        v.t4.iter_mut().for_each(|x| *x %= 200);
        v
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn crawler_text_2021_tables_are_read_right_or_not_at_all(v in small_values(Format::F2021)) {
        crawler_text_never_wrong(&v)?;
    }

    #[test]
    fn crawler_text_2019_tables_are_read_right_or_not_at_all(v in small_values(Format::F2019)) {
        crawler_text_never_wrong(&v)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn format_2021_tables_read_back_exactly(v in values(Format::F2021)) {
        all_serialisations(&v)?;
    }

    #[test]
    fn format_2019_tables_read_back_exactly(v in values(Format::F2019)) {
        all_serialisations(&v)?;
    }
}

#[test]
fn html_spans_point_into_the_html_source() {
    let v = common::consistent(Format::F2021, 7);
    let html = common::render_string(&v, Style::Html);
    let model = nianbao_core::read(nianbao_core::Input::Bytes(html.as_bytes()), "r.html", &Options::default());
    let t3 = model.tables.applications.expect("table 3");
    for row in &t3.rows {
        for cell in row.cells.iter() {
            assert_eq!(&html[cell.span.range()], cell.text, "row {}", row.id);
        }
    }
}

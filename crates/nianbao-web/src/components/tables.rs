//! The three standard tables rebuilt in the official layout from the model, with the cells
//! that findings point at marked (`data-faulty`) and the expected value in a tooltip.

use crate::i18n::{t, Lang, Text};
use nianbao_report::format::{sections::official_heading, T3Column, T4Group, T4Result};
use nianbao_report::tables::Cell as TableCell;
use nianbao_report::{Report, Severity, Tables};
use std::collections::HashMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entry: crate::state::Entry,
    /// Folded under a summary (the compact portal element).
    pub folded: bool,
    pub on_action: Callback<crate::state::Action>,
}

/// The error and warning findings by the start of the cell they point at: the tooltip and the
/// finding a click on the cell selects.
struct Faults {
    by_start: HashMap<usize, (String, usize)>,
    on_action: Callback<crate::state::Action>,
}

fn faults(report: &Report, lang: Lang, on_action: Callback<crate::state::Action>) -> Faults {
    let mut by_start: HashMap<usize, (String, usize)> = HashMap::new();
    for (index, d) in report.diagnostics.iter().enumerate().filter(|(_, d)| d.severity != Severity::Info) {
        let message = if lang == Lang::Zh { &d.message.zh } else { &d.message.en };
        let tip = match &d.expected {
            Some(e) => format!("{} {e}：{message}", t(lang, Text::Expected)),
            None => message.clone(),
        };
        by_start.entry(d.span.start).and_modify(|(s, _)| s.push_str(&format!("\n{tip}"))).or_insert((tip, index));
    }
    Faults { by_start, on_action }
}

fn cell(c: &TableCell, id: String, faults: &Faults) -> Html {
    let fault = if c.missing { None } else { faults.by_start.get(&c.span.start) };
    let text = if c.missing { "⋯".to_owned() } else { c.text.clone() };
    let Some((tip, index)) = fault else {
        return html! { <td data-cell={id} data-faulty="false" class={classes!(c.text.is_empty().then_some("blank"))}>{ text }</td> };
    };
    // A faulty cell selects its finding (and so highlights it in the source).
    let index = *index;
    let onclick = faults.on_action.reform(move |_| crate::state::Action::SelectFinding(Some(index)));
    let onkeydown = super::on_activate(&faults.on_action, move || crate::state::Action::SelectFinding(Some(index)));
    html! {
        <td data-cell={id} data-faulty="true" title={tip.clone()} tabindex="0" class="faulty" {onclick} {onkeydown}>{ text }</td>
    }
}

fn t2(tables: &Tables, faults: &Faults) -> Html {
    let Some(t2) = &tables.active_disclosure else { return html! {} };
    let mut group = String::new();
    let mut rows: Vec<Html> = Vec::new();
    for (r, row) in t2.rows.iter().enumerate() {
        if row.group != group {
            group = row.group.clone();
            rows.push(html! { <tr class="caption-row"><th colspan="4" scope="colgroup">{ &row.group }</th></tr> });
            let span = if row.columns.len() == 1 { "3" } else { "1" };
            rows.push(html! {
                <tr class="header-row"><th scope="col">{ "信息内容" }</th>
                { for row.columns.iter().map(|c| html! { <th scope="col" colspan={span}>{ c }</th> }) }</tr>
            });
        }
        let span = if row.cells.len() == 1 { "3" } else { "1" };
        rows.push(html! {
            <tr><th scope="row">{ &row.label }</th>
            { for row.cells.iter().enumerate().map(|(i, c)| {
                let td = cell(c, format!("t2.{r}:{i}"), faults);
                if span == "3" { html! { <>{ td }<td class="merged" colspan="2"></td></> } } else { td }
            }) }</tr>
        });
    }
    html! { <table class="std-table" id="table-2"><caption>{ official_heading(2) }</caption><tbody>{ for rows }</tbody></table> }
}

fn t3(tables: &Tables, faults: &Faults) -> Html {
    let Some(t3) = &tables.applications else { return html! {} };
    let header = html! {
        <thead>
            <tr><th rowspan="3" scope="col">{ "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" }</th>
                <th colspan="7" scope="colgroup">{ "申请人情况" }</th></tr>
            <tr><th rowspan="2" scope="col">{ T3Column::NaturalPersons.name_zh() }</th><th colspan="5" scope="colgroup">{ "法人或其他组织" }</th><th rowspan="2" scope="col">{ T3Column::Total.name_zh() }</th></tr>
            <tr>{ for T3Column::APPLICANTS[1..].iter().map(|c| html! { <th scope="col">{ c.name_zh() }</th> }) }</tr>
        </thead>
    };
    let rows = t3.rows.iter().map(|row| {
        let label = row.id.official();
        html! {
            <tr data-row={row.id.id()}>
                <th scope="row" title={row.label.clone()}>{ label }</th>
                { for row.cells.iter().enumerate().map(|(i, c)| cell(c, format!("{}:{i}", row.id), faults)) }
            </tr>
        }
    });
    html! { <table class="std-table" id="table-3"><caption>{ official_heading(3) }</caption>{ header }<tbody>{ for rows }</tbody></table> }
}

fn t4(tables: &Tables, faults: &Faults) -> Html {
    let Some(t4) = &tables.review_litigation else { return html! {} };
    let results: Vec<&str> = T4Result::ALL.iter().map(|r| r.name_zh()).collect();
    html! {
        <table class="std-table" id="table-4">
            <caption>{ official_heading(4) }</caption>
            <thead>
                <tr><th colspan="5" scope="colgroup">{ T4Group::Review.name_zh() }</th><th colspan="10" scope="colgroup">{ "行政诉讼" }</th></tr>
                <tr>{ for results.iter().map(|r| html! { <th rowspan="2" scope="col">{ *r }</th> }) }
                    <th colspan="5" scope="colgroup">{ T4Group::SuitWithoutReview.name_zh() }</th><th colspan="5" scope="colgroup">{ T4Group::SuitAfterReview.name_zh() }</th></tr>
                <tr>{ for results.iter().chain(results.iter()).map(|r| html! { <th scope="col">{ *r }</th> }) }</tr>
            </thead>
            <tbody><tr>{ for t4.cells.iter().enumerate().map(|(i, c)| cell(c, format!("t4:{i}"), faults)) }</tr></tbody>
        </table>
    }
}

/// Tables that are none of the three (legacy 附表), as read.
fn others(tables: &Tables, faults: &Faults) -> Html {
    html! {
        { for tables.other.iter().enumerate().map(|(t, table)| html! {
            <div class="table-scroll">
                <table class="std-table other-table" id={format!("table-other-{t}")}>
                    if let Some(title) = &table.title { <caption>{ title }</caption> }
                    <tbody>
                    { for table.cells.iter().enumerate().map(|(r, row)| html! {
                        <tr>{ for row.iter().enumerate().map(|(c, x)| cell(x, format!("o{t}.{r}:{c}"), faults)) }</tr>
                    }) }
                    </tbody>
                </table>
            </div>
        }) }
    }
}

#[function_component(TablesView)]
pub fn tables_view(props: &Props) -> Html {
    let tables = &props.entry.report.tables;
    if !tables.has_standard() && tables.other.is_empty() {
        return html! {
            <details class="tables" id="tables" open={!props.folded}>
                <summary>{ t(props.lang, Text::Tables) }</summary>
                <p>{ t(props.lang, Text::NoTables) }</p>
            </details>
        };
    }
    let faults = faults(&props.entry.report, props.lang, props.on_action.clone());
    html! {
        <details class="tables" id="tables" open={!props.folded}>
            <summary><h2>{ t(props.lang, Text::Tables) }</h2></summary>
            <div class="table-scroll">{ t2(tables, &faults) }</div>
            <div class="table-scroll">{ t3(tables, &faults) }</div>
            <div class="table-scroll">{ t4(tables, &faults) }</div>
            { others(tables, &faults) }
        </details>
    }
}

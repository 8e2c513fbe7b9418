//! The findings, grouped by severity and category; the first 200, then 显示更多. A click (or
//! Enter) selects the finding: its text is selected in the box, or marked in the source view.

use crate::i18n::{self, t, Lang, Text};
use crate::state::{Action, Entry};
use nianbao_report::{Category, Diagnostic, Report, Severity, Span};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Findings drawn at first and added by each 显示更多: a 20 MB file can have 80 000.
const PAGE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entry: Entry,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

/// What a person can find in the document: for a PDF the page and the table row or heading the
/// finding is in (its text lines are not what the person sees); else the line.
fn place(lang: Lang, report: &Report, span: &Span) -> String {
    let Some(page) = span.page else { return i18n::line(lang, span.line) };
    let page = i18n::page(lang, page.page);
    match region(report, span) {
        Some(region) => format!("{page} · {region}"),
        None => page,
    }
}

/// The table row or, outside the tables, the section heading `span` is in.
fn region(report: &Report, span: &Span) -> Option<String> {
    let within = |outer: &Span| outer.start <= span.start && span.start < outer.end.max(outer.start + 1);
    let tables = &report.tables;
    if let Some(row) = tables.applications.as_ref().and_then(|t3| t3.rows.iter().find(|r| within(&r.span))) {
        return Some(row.id.official().to_owned());
    }
    if let Some(row) = tables.active_disclosure.as_ref().and_then(|t2| t2.rows.iter().find(|r| within(&r.span))) {
        return Some(format!("{} {}", row.group, row.label));
    }
    if tables.review_litigation.as_ref().is_some_and(|t4| within(&t4.span)) {
        return Some(nianbao_report::format::sections::official_heading(4).to_owned());
    }
    let section = report.sections.iter().take_while(|s| s.span.start <= span.start).last()?;
    Some(section.title.clone())
}

fn item(props: &Props, index: usize, d: &Diagnostic) -> Html {
    let lang = props.lang;
    let message = if lang == Lang::Zh { &d.message.zh } else { &d.message.en };
    let select = props.on_action.reform(move |_| Action::SelectFinding(Some(index)));
    // One Tab stop per finding: Enter or Space selects it; → moves into its 规则说明 link (and
    // ← back), which Enter opens.
    let onkeydown = {
        let activate = super::on_activate(&props.on_action, move || Action::SelectFinding(Some(index)));
        Callback::from(move |e: KeyboardEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            let on_link = target.as_ref().is_some_and(|t| t.class_list().contains("rule-link"));
            let next = match (e.key().as_str(), on_link) {
                ("ArrowRight", false) => target.and_then(|li| li.query_selector(".rule-link").ok().flatten()),
                ("ArrowLeft", true) => target.and_then(|a| a.closest("li.finding").ok().flatten()),
                (_, true) => return,
                _ => return activate.emit(e),
            };
            if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                e.prevent_default();
                let _ = next.focus();
            }
        })
    };
    let code = d.code.to_string();
    let show_rule = props.on_action.reform(move |e: MouseEvent| {
        e.prevent_default();
        e.stop_propagation();
        Action::ShowRule(Some(code.clone()))
    });
    let values = match (&d.expected, &d.found) {
        (Some(e), Some(f)) => html! {
            <span class="values expected">{ format!("{} {e} · {} {f}", t(lang, Text::Expected), t(lang, Text::Found)) }</span>
        },
        (Some(e), None) => {
            html! { <span class="values expected">{ format!("{} {e}", t(lang, Text::Expected)) }</span> }
        }
        _ => html! {},
    };
    // A cross-report finding names the earlier report and the place in it.
    let compare = match (&d.related_source, d.related.first()) {
        (Some(source), Some(at)) => html! {
            <span class="compare" data-related-source={source.clone()}>
                { format!("{} {source} {}", t(lang, Text::CompareWith), i18n::line(lang, at.line)) }
            </span>
        },
        _ => html! {},
    };
    let selected = props.selected == Some(index);
    html! {
        <li class={classes!("finding", d.severity.as_str(), selected.then_some("selected"))}
            data-code={d.code.to_string()} data-severity={d.severity.as_str()} data-category={d.category.as_str()}
            data-index={index.to_string()} tabindex="0" aria-current={selected.then_some("true")}
            aria-keyshortcuts="ArrowRight"
            onclick={select} {onkeydown}>
            <span class="code">{ d.code.to_string() }</span>
            <span class="location where" data-page={d.span.page.map(|p| p.page.to_string())}>{ place(lang, &props.entry.report, &d.span) }</span>
            <span class="message msg">{ message }</span>
            { values }
            { compare }
            // A link reads as where it goes; it is no second Tab stop (the finding is one).
            <a class="rule-link" href={format!("#rule-{}", d.code)} onclick={show_rule} tabindex="-1"
               title={format!("{} {}", d.code, d.name)}>{ t(lang, Text::RuleDoc) }</a>
        </li>
    }
}

#[function_component(Findings)]
pub fn findings(props: &Props) -> Html {
    let lang = props.lang;
    let job = props.entry.job;
    // How many are drawn, per report (a new report starts at one page again).
    let shown = use_state(|| (job, PAGE));
    let limit = if shown.0 == job { shown.1 } else { PAGE };
    let diagnostics = &props.entry.report.diagnostics;
    if diagnostics.is_empty() {
        return html! {
            <section class="findings" id="findings" tabindex="-1">
                <h2>{ t(lang, Text::Findings) }</h2><p>{ t(lang, Text::NoFindings) }</p>
            </section>
        };
    }
    // The order drawn: by severity, then category, then position.
    let mut order: Vec<(Severity, Category, usize)> = Vec::with_capacity(diagnostics.len());
    for severity in Severity::ALL {
        for category in Category::ALL {
            order.extend(
                diagnostics
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.severity == severity && d.category == category)
                    .map(|(i, _)| (severity, category, i)),
            );
        }
    }
    // A selected finding beyond the limit (a faulty cell clicked) is drawn too.
    let limit = match props.selected.and_then(|s| order.iter().position(|&(_, _, i)| i == s)) {
        Some(at) if at >= limit => at + 1,
        _ => limit,
    };
    let drawn = &order[..limit.min(order.len())];
    let groups = Severity::ALL.into_iter().filter_map(|severity| {
        let total = order.iter().filter(|(s, _, _)| *s == severity).count();
        if total == 0 {
            return None;
        }
        let categories = Category::ALL.into_iter().filter_map(|category| {
            let items: Vec<Html> = drawn
                .iter()
                .filter(|(s, c, _)| *s == severity && *c == category)
                .map(|&(_, _, i)| item(props, i, &diagnostics[i]))
                .collect();
            (!items.is_empty()).then(|| {
                html! {
                    <div class="category" data-category={category.as_str()}>
                        <h4>{ i18n::category(lang, category) }</h4>
                        <ul>{ for items }</ul>
                    </div>
                }
            })
        });
        Some(html! {
            <div class={classes!("severity-group", severity.as_str())}>
                <h3>{ format!("{}（{}）", i18n::severity(lang, severity), total) }</h3>
                { for categories }
            </div>
        })
    });
    let more = (drawn.len() < order.len()).then(|| {
        let shown = shown.clone();
        let next = drawn.len() + PAGE;
        let onclick = Callback::from(move |_| shown.set((job, next)));
        html! {
            <button type="button" class="secondary more" id="show-more" {onclick}>{ i18n::more(lang, drawn.len(), order.len()) }</button>
        }
    });
    html! {
        <section class="findings" id="findings" tabindex="-1">
            <h2>{ t(lang, Text::Findings) }</h2>
            { for groups }
            { for more }
        </section>
    }
}

//! The findings, grouped by severity and category; a click highlights the finding's text.

use crate::i18n::{t, Lang, Text};
use crate::state::Action;
use nianbao_core::{Category, Diagnostic, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entry: crate::state::Entry,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

fn severity_label(lang: Lang, s: Severity) -> &'static str {
    match s {
        Severity::Error => t(lang, Text::Errors),
        Severity::Warning => t(lang, Text::Warnings),
        Severity::Info => t(lang, Text::Infos),
    }
}

/// `14:8`, and for a PDF the page too: `第 3 页 · 14:8`.
fn location(lang: Lang, d: &Diagnostic) -> String {
    match d.span.page {
        Some(p) => format!("{} · {}:{}", crate::i18n::page(lang, p.page), d.span.line, d.span.column),
        None => format!("{}:{}", d.span.line, d.span.column),
    }
}

fn item(props: &Props, index: usize, d: &Diagnostic) -> Html {
    let lang = props.lang;
    let message = if lang == Lang::Zh { &d.message.zh } else { &d.message.en };
    let select = props.on_action.reform(move |_| Action::SelectFinding(Some(index)));
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_action.emit(Action::SelectFinding(Some(index)));
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
            <span class="values">{ format!("{} {e} · {} {f}", t(lang, Text::Expected), t(lang, Text::Found)) }</span>
        },
        _ => html! {},
    };
    // A cross-report finding names the earlier report and the place in it.
    let compare = match (&d.related_source, d.related.first()) {
        (Some(source), Some(at)) => html! {
            <span class="compare" data-related-source={source.clone()}>
                { format!("{} {source} {}:{}", t(lang, Text::CompareWith), at.line, at.column) }
            </span>
        },
        _ => html! {},
    };
    html! {
        <li class={classes!("finding", d.severity.as_str(), (props.selected == Some(index)).then_some("selected"))}
            data-code={d.code.to_string()} data-severity={d.severity.as_str()} data-category={d.category.as_str()}
            data-index={index.to_string()} tabindex="0" onclick={select} {onkeydown}>
            <span class="code">{ d.code.to_string() }</span>
            <span class="location" data-page={d.span.page.map(|p| p.page.to_string())}>{ location(lang, d) }</span>
            <span class="message">{ message }</span>
            { values }
            { compare }
            <a class="rule-link" href={format!("#rule-{}", d.code)} onclick={show_rule}
               title={t(lang, Text::RuleDoc)}>{ d.name.to_string() }</a>
        </li>
    }
}

#[function_component(Findings)]
pub fn findings(props: &Props) -> Html {
    let lang = props.lang;
    let diagnostics = &props.entry.report.diagnostics;
    if diagnostics.is_empty() {
        return html! { <section class="findings" id="findings"><h2>{ t(lang, Text::Findings) }</h2><p>{ t(lang, Text::NoFindings) }</p></section> };
    }
    let groups = [Severity::Error, Severity::Warning, Severity::Info].into_iter().filter_map(|severity| {
        let of_severity: Vec<(usize, &Diagnostic)> =
            diagnostics.iter().enumerate().filter(|(_, d)| d.severity == severity).collect();
        if of_severity.is_empty() {
            return None;
        }
        let categories = Category::ALL.into_iter().filter_map(|category| {
            let items: Vec<Html> =
                of_severity.iter().filter(|(_, d)| d.category == category).map(|(i, d)| item(props, *i, d)).collect();
            (!items.is_empty()).then(|| {
                html! {
                    <div class="category" data-category={category.as_str()}>
                        <h4>{ if lang == Lang::Zh { category.zh() } else { category.as_str() } }</h4>
                        <ul>{ for items }</ul>
                    </div>
                }
            })
        });
        Some(html! {
            <div class={classes!("severity-group", severity.as_str())}>
                <h3>{ format!("{}（{}）", severity_label(lang, severity), of_severity.len()) }</h3>
                { for categories }
            </div>
        })
    });
    html! {
        <section class="findings" id="findings">
            <h2>{ t(lang, Text::Findings) }</h2>
            { for groups }
        </section>
    }
}

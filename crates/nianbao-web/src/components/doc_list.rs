//! One row per checked input: name, format, year and counts; a click selects it.

use crate::i18n::{self, t, Lang, Text};
use crate::state::{Action, Entry};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entries: Vec<Entry>,
    pub selected: usize,
    pub on_action: Callback<Action>,
}

#[function_component(DocList)]
pub fn doc_list(props: &Props) -> Html {
    if props.entries.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="doc-list">
            <h2>{ t(lang, Text::Documents) }</h2>
            <table id="documents">
                <thead><tr>
                    <th scope="col">{ "#" }</th>
                    <th scope="col">{ if lang == Lang::Zh { "名称" } else { "Name" } }</th>
                    <th scope="col">{ t(lang, Text::Template) }</th>
                    <th scope="col">{ t(lang, Text::Year) }</th>
                    <th scope="col">{ t(lang, Text::Errors) }</th>
                    <th scope="col">{ t(lang, Text::Warnings) }</th>
                    <th scope="col">{ t(lang, Text::Infos) }</th>
                </tr></thead>
                <tbody>
                { for props.entries.iter().enumerate().map(|(i, e)| {
                    let r = &e.report;
                    let onclick = props.on_action.reform(move |_| Action::Select(i));
                    let onkeydown = super::on_activate(&props.on_action, move || Action::Select(i));
                    html! {
                        <tr class={classes!("doc-row", (i == props.selected).then_some("selected"))}
                            data-source={r.source.clone()} tabindex="0" aria-selected={(i == props.selected).to_string()}
                            {onclick} {onkeydown}>
                            <td>{ i + 1 }</td>
                            <td class="doc-name">{ &r.source }</td>
                            <td class="doc-template" data-format={r.template.as_str()}>{ i18n::template(lang, r.template) }</td>
                            <td class="doc-year">{ r.year.map(|y| y.to_string()).unwrap_or_else(|| "—".into()) }</td>
                            <td class="doc-errors">{ r.summary.errors }</td>
                            <td class="doc-warnings">{ r.summary.warnings }</td>
                            <td class="doc-infos">{ r.summary.infos }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </div>
    }
}

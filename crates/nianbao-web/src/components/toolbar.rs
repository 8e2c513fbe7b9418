//! Exports: JSON (the schema), CSV, copy to clipboard, print.

use crate::export;
use crate::i18n::{t, Lang, Text};
use crate::state::Entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entries: Vec<Entry>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let lang = props.lang;
    let copied = use_state(|| false);
    let entries = props.entries.clone();
    let json = {
        let entries = entries.clone();
        Callback::from(move |_| {
            export::download(
                &export::file_name(lang, entries.len(), "json"),
                "application/json",
                &export::json(&entries),
            )
        })
    };
    let csv = {
        let entries = entries.clone();
        Callback::from(move |_| {
            let name = export::file_name(lang, entries.len(), "csv");
            export::download(&name, "text/csv;charset=utf-8", &export::csv(&entries, lang))
        })
    };
    let copy = {
        let entries = entries.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            export::copy(&export::plain(&entries, lang));
            copied.set(true);
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="toolbar no-print">
            <button id="export-json" onclick={json}>{ t(lang, Text::ExportJson) }</button>
            <button id="export-csv" onclick={csv}>{ t(lang, Text::ExportCsv) }</button>
            <button id="copy-findings" onclick={copy}>{ if *copied { t(lang, Text::Copied) } else { t(lang, Text::Copy) } }</button>
            <button id="print" onclick={print}>{ t(lang, Text::Print) }</button>
        </div>
    }
}

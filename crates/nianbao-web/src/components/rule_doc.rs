//! A rule's page (from the catalogue, through the worker, loaded when first opened), drawn over
//! the UI as a dialog: Esc and the backdrop close it; focus moves in, and back to where it was.

use crate::i18n::{t, Lang, Text};
use crate::state::Action;
use crate::worker::{self, RulePage};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub code: String,
    pub on_action: Callback<Action>,
}

#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting,
    Page(Box<RulePage>),
    Missing,
    Failed(String),
}

#[function_component(RuleDoc)]
pub fn rule_doc(props: &Props) -> Html {
    let loaded = use_state(|| Loaded::Waiting);
    let dialog = use_node_ref();
    let backdrop = use_node_ref();
    {
        let loaded = loaded.clone();
        use_effect_with(props.code.clone(), move |code| {
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(match worker::rule_page(&code).await {
                    Ok(Some(page)) => Loaded::Page(Box::new(page)),
                    Ok(None) => Loaded::Missing,
                    Err(e) => Loaded::Failed(e),
                });
            });
        });
    }
    // Focus moves into the dialog, and back to what had it when it closes.
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let before = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            move || {
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        });
    }
    let lang = props.lang;
    let zh = lang == Lang::Zh;
    let close = props.on_action.reform(|_| Action::ShowRule(None));
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_action.emit(Action::ShowRule(None));
            }
        })
    };
    let onbackdrop = {
        let (on_action, backdrop) = (props.on_action.clone(), backdrop.clone());
        Callback::from(move |e: MouseEvent| {
            // Yew delegates events from its root: compare with the backdrop itself, not with
            // `currentTarget`.
            let on_backdrop = e.target().zip(backdrop.get()).is_some_and(|(t, b)| JsValue::from(t) == JsValue::from(b));
            if on_backdrop {
                on_action.emit(Action::ShowRule(None));
            }
        })
    };
    let body = match &*loaded {
        Loaded::Waiting => html! { <p>{ "……" }</p> },
        Loaded::Missing => html! { <p>{ &props.code }</p> },
        Loaded::Failed(e) => html! { <p class="banner">{ crate::i18n::failed(lang, e) }</p> },
        Loaded::Page(page) => {
            let summary = if zh { &page.summary_zh } else { &page.summary_en };
            let doc = if zh { &page.doc_zh } else { &page.doc };
            let (category, severity) =
                (crate::i18n::category(lang, page.category), crate::i18n::severity(lang, page.severity));
            html! {
                <>
                    <p class="rule-summary">{ summary }</p>
                    <p class="meta">{ format!("{} · {category} · {severity}", page.name) }</p>
                    { crate::markdown::render(doc, zh) }
                </>
            }
        }
    };
    html! {
        <div class="rule-doc" id="rule-doc" role="dialog" aria-modal="true" aria-labelledby="rule-doc-title" ref={backdrop} onclick={onbackdrop}>
            <div class="rule-doc-box" ref={dialog} tabindex="-1" {onkeydown}>
                <h2 id="rule-doc-title">{ format!("{} {}", props.code, t(lang, Text::RuleDoc)) }</h2>
                { body }
                <button type="button" id="rule-doc-close" onclick={close}>{ t(lang, Text::Close) }</button>
            </div>
        </div>
    }
}

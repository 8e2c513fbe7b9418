//! A rule's documentation (its doc comment), shown over the page.

use crate::i18n::{t, Lang, Text};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub code: String,
    pub on_action: Callback<Action>,
}

#[function_component(RuleDoc)]
pub fn rule_doc(props: &Props) -> Html {
    let Some(meta) = nianbao_core::rules::find(&props.code) else { return html! {} };
    let close = props.on_action.reform(|_| Action::ShowRule(None));
    let summary = if props.lang == Lang::Zh { meta.summary_zh } else { meta.summary_en };
    html! {
        <div class="rule-doc" id="rule-doc" role="dialog" aria-modal="true" aria-labelledby="rule-doc-title">
            <div class="rule-doc-box">
                <h2 id="rule-doc-title">{ format!("{} {} · {}", meta.code, meta.name, summary) }</h2>
                <pre>{ nianbao_core::rules::doc_text(meta) }</pre>
                <button id="rule-doc-close" onclick={close}>{ t(props.lang, Text::Close) }</button>
            </div>
        </div>
    }
}

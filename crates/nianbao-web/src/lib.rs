//! nianbao-web: the Yew front end. It reads input (paste, files, drops), calls
//! `nianbao_core` in the page and shows the result. No logic of checking lives here, and no
//! byte of a report leaves the page.

mod check;
mod components;
mod export;
mod i18n;
mod state;
mod storage;

use components::{DocList, Findings, InputPanel, RuleDoc, SourceView, Summary, TablesView, Toolbar};
use state::{Action, State};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    // One callback for the component's life, built on the reducer's pointer-stable dispatcher,
    // so that props compare equal and children don't re-render for a new closure.
    let dispatcher = state.dispatcher();
    let on_action: Callback<Action> =
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone();
    let lang = state.lang;
    let current = state.current().cloned();
    html! {
        <div class={classes!("nianbao", (lang == i18n::Lang::En).then_some("lang-en"))} lang={if lang == i18n::Lang::Zh { "zh-CN" } else { "en" }}>
            <header class="top">
                <div>
                    <h1>{ i18n::t(lang, i18n::Text::Title) }</h1>
                    <p class="subtitle">{ i18n::t(lang, i18n::Text::Subtitle) }</p>
                </div>
                <button id="lang-toggle" class="secondary" onclick={on_action.reform(|_| Action::ToggleLang)}>
                    { i18n::t(lang, i18n::Text::Language) }
                </button>
            </header>
            <p class="privacy">{ i18n::t(lang, i18n::Text::Privacy) }</p>
            <main class="layout">
                <section class="input-column">
                    <InputPanel lang={lang} html_paste={state.html_paste} on_action={on_action.clone()} />
                    <DocList lang={lang} entries={state.entries.clone()} selected={state.selected} on_action={on_action.clone()} />
                </section>
                <section class="result-column" aria-live="polite">
                    {
                        match &current {
                            None => html! { <p class="empty">{ i18n::t(lang, i18n::Text::NothingYet) }</p> },
                            Some(entry) => html! {
                                <>
                                    <Summary lang={lang} entry={entry.clone()} />
                                    <Toolbar lang={lang} entries={state.entries.clone()} />
                                    <Findings lang={lang} entry={entry.clone()} selected={state.finding} on_action={on_action.clone()} />
                                    <TablesView lang={lang} entry={entry.clone()} on_action={on_action.clone()} />
                                    <SourceView lang={lang} entry={entry.clone()} finding={state.finding} selections={state.selections} />
                                </>
                            },
                        }
                    }
                </section>
            </main>
            if let Some(code) = &state.rule {
                <RuleDoc lang={lang} code={code.clone()} on_action={on_action.clone()} />
            }
        </div>
    }
}

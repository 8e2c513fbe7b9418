//! The UI's root: one component for the page, the portal element and the iframe. The same
//! children draw the input, the progress, the findings, the tables, the source and the rule
//! pages everywhere; [`Look`] only changes the frame (page header or not, one column or two,
//! tables folded).

use crate::bridge::{Bridge, Command};
use crate::checker::{Checker, Settings};
use crate::components::{
    Banner, DocList, Findings, InputPanel, RuleDoc, SourceView, StatusLine, Summary, TablesView, Toolbar,
};
use crate::i18n::{self, t, Lang, Text};
use crate::state::{Action, Look, State};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// Inside a portal's element or the iframe (no page header, one column).
    pub embedded: bool,
    /// The portal's element, which hears `result` and `error` and carries `aria-busy`.
    pub host: Option<web_sys::Element>,
    pub lang: Lang,
    pub compact: bool,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub bridge: Bridge,
}

#[function_component(App)]
pub fn app(props: &Props) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || State {
            lang: props.lang,
            look: Look { embedded: props.embedded, compact: props.compact },
            select: props.select,
            ignore: props.ignore,
            ..State::default()
        })
    };
    let dispatcher = state.dispatcher();
    let checker = {
        let (dispatcher, host, bridge) = (dispatcher.clone(), props.host.clone(), props.bridge.clone());
        (*use_memo((), move |_| Checker::new(dispatcher, host, bridge))).clone()
    };
    checker.set_settings(Settings { lang: state.lang, select: state.select.clone(), ignore: state.ignore.clone() });
    use_document_lang(state.lang, state.look.embedded);
    let area = use_node_ref();
    // One callback for the component's life, so that props compare equal.
    let on_action: Callback<Action> = {
        let dispatcher = dispatcher.clone();
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };

    // The portal's commands.
    {
        let (bridge, checker, area, dispatcher) =
            (props.bridge.clone(), checker.clone(), area.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            bridge.connect(Callback::from(move |command: Command| match command {
                Command::SetText(text, resolver) => {
                    if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                        el.set_value(&text);
                    }
                    checker.paste(text.into(), Some(resolver));
                }
                Command::CheckFile(file, resolver) => checker.files(vec![file], Some(resolver)),
                Command::SetLang(lang) => dispatcher.dispatch(Action::SetLang(lang)),
                Command::SetCompact(compact) => dispatcher.dispatch(Action::SetLook(Look { embedded: true, compact })),
                Command::SetSelection(select, ignore) => {
                    checker.set_selection(select.clone(), ignore.clone());
                    dispatcher.dispatch(Action::SetSelection(select, ignore));
                    checker.recheck(crate::components::box_text(&area));
                }
                Command::Clear => {
                    if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                        el.set_value("");
                    }
                    checker.clear();
                }
            }));
        });
    }

    // The portal's element is `aria-busy` while a check runs (whichever: the box's, a file's).
    {
        let host = props.host.clone();
        use_effect_with(state.busy.is_empty(), move |idle| {
            if let Some(host) = host {
                let _ =
                    if *idle { host.remove_attribute("aria-busy") } else { host.set_attribute("aria-busy", "true") };
            }
        });
    }

    // The checker is fetched right after the first paint, not at the first keystroke.
    use_effect_with((), |_| crate::worker::warm_up());

    // Locate: the selected finding's text is selected in the box, when the box holds what was
    // checked (a file's text is shown in the source view instead).
    {
        let area = area.clone();
        let state = state.clone();
        use_effect_with(state.selections, move |_| {
            let (Some(entry), Some(index)) = (state.current(), state.finding) else { return };
            let Some(d) = entry.report.diagnostics.get(index) else { return };
            let (Some(el), Some(checked)) = (area.cast::<HtmlTextAreaElement>(), &entry.box_text) else { return };
            let value = crate::components::box_text(&area);
            if JsValue::from(&value) == JsValue::from(checked) {
                crate::components::select_in_box(&el, &String::from(value), d.span.start, d.span.end);
            }
        });
    }

    // The portal element takes files dropped on itself (the page takes them anywhere).
    let embedded = state.look.embedded;
    let ondragover = {
        let on_action = on_action.clone();
        Callback::from(move |e: DragEvent| {
            let files = e.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0));
            if embedded && files {
                e.prevent_default();
                on_action.emit(Action::Dragging(true));
            }
        })
    };
    let ondragleave = on_action.reform(|_: DragEvent| Action::Dragging(false));
    let ondrop = {
        let (checker, on_action) = (checker.clone(), on_action.clone());
        Callback::from(move |e: DragEvent| {
            if !embedded {
                return;
            }
            e.prevent_default();
            e.stop_propagation();
            on_action.emit(Action::Dragging(false));
            checker.files(crate::components::file_list(e.data_transfer().and_then(|d| d.files())), None);
        })
    };

    // The skip link moves focus to the findings (a fragment link cannot reach into a shadow
    // root, and does not move focus everywhere).
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        let root = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|a| a.closest(".nianbao").ok().flatten());
        if let Some(findings) = root.and_then(|r| r.query_selector("#findings").ok().flatten()) {
            if let Ok(findings) = findings.dyn_into::<web_sys::HtmlElement>() {
                let _ = findings.focus();
            }
        }
    });

    let lang = state.lang;
    let look = state.look;
    let current = state.current().cloned();
    let root_classes = classes!(
        "nianbao",
        if look.embedded { "embedded" } else { "page" },
        look.compact.then_some("compact"),
        (lang == Lang::En).then_some("lang-en"),
        state.dragging.then_some("dragging"),
    );
    let results = match &current {
        None => html! { <p class="empty">{ t(lang, Text::NothingYet) }</p> },
        Some(entry) => html! {
            <>
                <Summary lang={lang} entry={entry.clone()} />
                if !look.compact {
                    <Toolbar lang={lang} entries={state.entries.clone()} />
                }
                <Findings lang={lang} entry={entry.clone()} selected={state.finding} on_action={on_action.clone()} />
                <TablesView lang={lang} entry={entry.clone()} folded={look.compact} on_action={on_action.clone()} />
                if !entry.is_paste() && !look.compact {
                    <SourceView lang={lang} entry={entry.clone()} finding={state.finding} selections={state.selections} />
                }
            </>
        },
    };
    let input = html! {
        <>
            <InputPanel lang={lang} area={area.clone()} checker={checker.clone()} embedded={look.embedded}
                html_paste={current.as_ref().is_some_and(|e| e.origin == crate::state::Origin::Paste { html: true })}
                switched_to_text={state.switched_to_text}
                on_action={on_action.clone()} />
            <StatusLine lang={lang} busy={state.busy.clone()} done={current.as_ref().map(|e| e.millis)} has_report={current.is_some()} dragging={state.dragging} />
            <Banner lang={lang} failure={state.failure.clone()} />
            if state.entries.len() > 1 || (!look.embedded && !state.entries.is_empty()) {
                <DocList lang={lang} entries={state.entries.clone()} selected={state.selected} on_action={on_action.clone()} />
            }
        </>
    };
    html! {
        <div class={root_classes} lang={i18n::html_lang(lang)} {ondragover} {ondragleave} {ondrop}>
            <a class="skip-link" href="#findings" onclick={skip}>{ t(lang, Text::SkipToFindings) }</a>
            if look.embedded {
                <h2 class="title">{ t(lang, Text::EmbeddedTitle) }</h2>
                { input }
                <section class="result-column" aria-live="polite">{ results }</section>
            } else {
                <header class="top">
                    <div>
                        <h1>{ t(lang, Text::Title) }</h1>
                        <p class="subtitle">{ t(lang, Text::Subtitle) }</p>
                    </div>
                    <button id="lang-toggle" class="secondary" onclick={on_action.reform(|_| Action::ToggleLang)}>
                        { t(lang, Text::Language) }
                    </button>
                </header>
                <p class="privacy">{ t(lang, Text::Privacy) }</p>
                <main class="layout">
                    <section class="input-column">{ input }</section>
                    <section class="result-column" aria-live="polite">{ results }</section>
                </main>
            }
            if let Some(code) = &state.rule {
                <RuleDoc lang={lang} code={code.clone()} on_action={on_action.clone()} />
            }
        </div>
    }
}

/// `<html lang>` follows the page's language (the page only: a portal's document is its own).
#[hook]
pub fn use_document_lang(lang: Lang, embedded: bool) {
    use_effect_with((lang, embedded), move |_| {
        if !embedded {
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = root.set_attribute("lang", i18n::html_lang(lang));
            }
        }
    });
}

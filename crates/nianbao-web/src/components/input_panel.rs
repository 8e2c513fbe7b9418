//! The text area (plain and rich paste), the file picker and the page-wide drop zone.

use crate::check;
use crate::i18n::{t, Lang, Text};
use crate::state::Action;
use crate::storage;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Re-check this long after the last keystroke.
const DEBOUNCE_MS: u32 = 150;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub html_paste: bool,
    pub on_action: Callback<Action>,
}

/// Checks the text now (`html` for a rich paste) and keeps it for the next visit.
fn check_paste(text: &str, html: bool, lang: Lang, on_action: &Callback<Action>) {
    // A rich paste keeps its plain text (what the text area shows); see `onpaste`.
    if !html {
        storage::save(text);
    }
    if text.trim().is_empty() {
        on_action.emit(Action::Paste(None, false));
        return;
    }
    let name = t(lang, Text::Pasted);
    on_action.emit(Action::Paste(Some(check::paste(text, html, name)), html));
}

async fn read_files(files: Vec<web_sys::File>, on_action: Callback<Action>) {
    for file in files {
        let Ok(buffer) = JsFuture::from(file.array_buffer()).await else { continue };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let entry = match nianbao_core::decode::sniff(&bytes) {
            nianbao_core::decode::Sniffed::Pdf => check::pdf(&bytes, &file.name()).await,
            _ => check::file(&bytes, &file.name()),
        };
        on_action.emit(Action::AddFile(entry));
    }
}

fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default()
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let area = use_node_ref();
    let pending = use_mut_ref(|| None::<Timeout>);
    let lang = props.lang;

    // Restore what was being checked before a reload.
    {
        let area = area.clone();
        let on_action = props.on_action.clone();
        use_effect_with((), move |_| {
            if let (Some(text), Some(el)) = (storage::load(), area.cast::<HtmlTextAreaElement>()) {
                el.set_value(&text);
                check_paste(&text, false, lang, &on_action);
            }
        });
    }

    // Files dropped anywhere on the page.
    {
        let on_action = props.on_action.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let over = Closure::<dyn Fn(DragEvent)>::new(|e: DragEvent| e.prevent_default());
            let drop = Closure::<dyn Fn(DragEvent)>::new(move |e: DragEvent| {
                e.prevent_default();
                let files = file_list(e.data_transfer().and_then(|d| d.files()));
                wasm_bindgen_futures::spawn_local(read_files(files, on_action.clone()));
            });
            if let Some(d) = &document {
                let _ = d.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
                let _ = d.add_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = &document {
                    let _ = d.remove_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
                    let _ = d.remove_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
                }
            }
        });
    }

    let oninput = {
        let on_action = props.on_action.clone();
        let pending = pending.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            let on_action = on_action.clone();
            // Replacing the timeout cancels the previous one.
            *pending.borrow_mut() =
                Some(Timeout::new(DEBOUNCE_MS, move || check_paste(&text, false, lang, &on_action)));
        })
    };

    // A paste that carries text/html is checked as HTML so merged cells survive. The HTML is
    // never inserted into the page: the text area gets the plain text.
    let onpaste = {
        let on_action = props.on_action.clone();
        let area = area.clone();
        let pending = pending.clone();
        Callback::from(move |e: Event| {
            let Ok(ce) = e.dyn_into::<ClipboardEvent>() else { return };
            let Some(data) = ce.clipboard_data() else { return };
            let html = data.get_data("text/html").unwrap_or_default();
            if html.trim().is_empty() {
                return;
            }
            ce.prevent_default();
            let plain = data.get_data("text/plain").unwrap_or_default();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value(&plain);
            }
            storage::save(&plain);
            pending.borrow_mut().take();
            check_paste(&html, true, lang, &on_action);
        })
    };

    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = file_list(input.files());
            input.set_value("");
            wasm_bindgen_futures::spawn_local(read_files(files, on_action.clone()));
        })
    };

    let onclear = {
        let on_action = props.on_action.clone();
        let area = area.clone();
        Callback::from(move |_| {
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value("");
            }
            storage::save("");
            on_action.emit(Action::Clear);
        })
    };

    html! {
        <div class="input-panel">
            <label for="report-input">{ t(lang, Text::InputLabel) }</label>
            <textarea id="report-input" ref={area} rows="14" spellcheck="false"
                placeholder={t(lang, Text::InputPlaceholder)} {oninput} {onpaste} />
            if props.html_paste {
                <p class="note" id="html-paste-note">{ t(lang, Text::HtmlPaste) }</p>
            }
            <div class="file-row">
                <label for="file-input" class="file-label">{ t(lang, Text::FilesLabel) }</label>
                <span class="hint" id="file-kinds">{ nianbao_core::read::file_extensions_listed(" ") }</span>
                <input id="file-input" class="visually-hidden" type="file" multiple=true accept={nianbao_core::read::file_picker_accept()} {onchange} />
                <span class="hint">{ t(lang, Text::DropHint) }</span>
                <button id="clear-button" class="secondary" onclick={onclear}>{ t(lang, Text::Clear) }</button>
            </div>
        </div>
    }
}

//! The text box (plain and rich paste), the file picker and the drop zone: the whole page, or
//! the portal element's own box.

use crate::checker::Checker;
use crate::i18n::{t, Lang, Text};
use crate::state::Action;
use crate::storage;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Re-check this long after the last keystroke.
const DEBOUNCE_MS: u32 = 150;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub area: NodeRef,
    pub checker: Checker,
    /// In a portal's element: files dropped on the element only, and no text kept across
    /// visits (the portal's storage is not ours).
    pub embedded: bool,
    /// The text box's report was read from the clipboard's HTML.
    pub html_paste: bool,
    /// An edit after a rich paste made the check plain text.
    pub switched_to_text: bool,
    pub on_action: Callback<Action>,
}

pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default()
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let pending = use_mut_ref(|| None::<Timeout>);
    let file_input = use_node_ref();
    let lang = props.lang;
    let embedded = props.embedded;

    // The page restores what was being checked before a reload.
    {
        let (area, checker) = (props.area.clone(), props.checker.clone());
        use_effect_with((), move |_| {
            if embedded {
                return;
            }
            if let (Some(text), Some(el)) = (storage::load(), area.cast::<HtmlTextAreaElement>()) {
                el.set_value(&text);
                checker.paste(text.into(), None);
            }
        });
    }

    // The page takes files dropped anywhere on it.
    {
        let checker = props.checker.clone();
        use_effect_with((), move |_| {
            let document = (!embedded).then(|| web_sys::window().and_then(|w| w.document())).flatten();
            let over = Closure::<dyn Fn(DragEvent)>::new(|e: DragEvent| e.prevent_default());
            let drop = Closure::<dyn Fn(DragEvent)>::new(move |e: DragEvent| {
                e.prevent_default();
                checker.files(file_list(e.data_transfer().and_then(|d| d.files())), None);
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

    // The box's text is read once typing pauses, not at every keystroke: a 20 MB report stays
    // as quick to type into as a short one.
    let oninput = {
        let (checker, pending, area) = (props.checker.clone(), pending.clone(), props.area.clone());
        Callback::from(move |_: InputEvent| {
            let (checker, area) = (checker.clone(), area.clone());
            // Replacing the timeout cancels the previous one.
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                let text = super::box_text(&area);
                if !embedded {
                    storage::save(&text);
                }
                checker.paste(text, None);
            }));
        })
    };

    // A paste that carries text/html is checked as HTML so merged cells survive. The HTML is
    // never inserted into the page: the box gets the plain text, the worker the HTML.
    let onpaste = {
        let (checker, area, pending) = (props.checker.clone(), props.area.clone(), pending.clone());
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
            if !embedded {
                storage::save(&js_sys::JsString::from(plain.as_str()));
            }
            pending.borrow_mut().take();
            checker.paste_html(html.into(), plain.as_str().into());
        })
    };

    let onchange = {
        let checker = props.checker.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = file_list(input.files());
            input.set_value("");
            checker.files(files, None);
        })
    };

    let onclear = {
        let (checker, area, pending) = (props.checker.clone(), props.area.clone(), pending.clone());
        Callback::from(move |_| {
            pending.borrow_mut().take();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value("");
            }
            if !embedded {
                storage::save(&js_sys::JsString::default());
            }
            checker.clear();
        })
    };

    let pick = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };

    html! {
        <div class="input-panel">
            <label for="report-input">{ t(lang, Text::InputLabel) }</label>
            <textarea id="report-input" ref={props.area.clone()} rows="14" spellcheck="false" part="input"
                placeholder={t(lang, Text::InputPlaceholder)} {oninput} {onpaste} />
            if props.html_paste {
                <p class="note" id="html-paste-note">{ t(lang, Text::HtmlPaste) }</p>
            }
            if props.switched_to_text {
                <p class="note" id="switched-to-text-note">{ t(lang, Text::EditedAfterRichPaste) }</p>
            }
            <div class="file-row actions">
                <button type="button" id="pick-files" class="pick" onclick={pick}>{ t(lang, if embedded { Text::PickFile } else { Text::FilesLabel }) }</button>
                <input id="file-input" ref={file_input} class="visually-hidden" type="file" multiple={!embedded}
                    tabindex="-1" accept={nianbao_report::files::file_picker_accept()} {onchange} />
                <span class="hint" id="file-kinds">{ nianbao_report::files::file_extensions_listed(" ") }</span>
                if !embedded {
                    <span class="hint">{ t(lang, Text::DropHint) }</span>
                }
                <button type="button" id="clear-button" class="secondary clear" onclick={onclear}>{ t(lang, Text::Clear) }</button>
            </div>
        </div>
    }
}

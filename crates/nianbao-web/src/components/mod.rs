//! The parts of the UI, each a function component with its props. The same ones draw the page,
//! the portal element and the iframe.

mod doc_list;
mod findings;
mod input_panel;
mod rule_doc;
mod source_view;
mod status;
mod summary;
mod tables;
mod toolbar;

pub use doc_list::DocList;
pub use findings::Findings;
pub use input_panel::{file_list, InputPanel};
pub use rule_doc::RuleDoc;
pub use source_view::SourceView;
pub use status::{Banner, StatusLine};
pub use summary::Summary;
pub use tables::TablesView;

pub use toolbar::Toolbar;
use wasm_bindgen::JsCast;

/// A key handler that sends `action` when Enter or Space activates a focused row or cell, as a
/// click would; other keys (Tab, arrows) move on. Space's page scroll is prevented.
pub fn on_activate<A: 'static>(
    on_action: &yew::Callback<A>,
    action: impl Fn() -> A + 'static,
) -> yew::Callback<yew::KeyboardEvent> {
    let on_action = on_action.clone();
    yew::Callback::from(move |e: yew::KeyboardEvent| {
        let key = e.key();
        if key == "Enter" || key == " " {
            e.prevent_default();
            on_action.emit(action());
        }
    })
}

/// What the text box holds, as the JS string it is (a 20 MB box is not copied).
pub fn box_text(area: &yew::NodeRef) -> js_sys::JsString {
    area.get()
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
        .unwrap_or_default()
}

/// The UTF-16 index of byte offset `byte` of `text` (spans count UTF-8 bytes; a text box counts
/// UTF-16 units).
pub fn utf16_index(text: &str, byte: usize) -> u32 {
    let byte = byte.min(text.len());
    let mut end = byte;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].encode_utf16().count() as u32
}

/// Selects bytes `start..end` of `value` (what `area` holds) and brings them into the box's view,
/// without scrolling the page: the person edits where the finding is.
pub fn select_in_box(area: &web_sys::HtmlTextAreaElement, value: &str, start: usize, end: usize) {
    let from = utf16_index(value, start);
    let to = utf16_index(value, end.max(start));
    let _ = area.set_selection_range(from, to.max(from));
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = area.focus_with_options(&options);
    if let Some(top) = offset_in_box(area, value, start) {
        let height = f64::from(area.client_height());
        let scroll = f64::from(area.scroll_top());
        if top < scroll || top > scroll + height - 24.0 {
            area.set_scroll_top((top - height / 3.0).max(0.0) as i32);
        }
    }
}

/// How far down the box's content byte `byte` of its text is drawn: the text before it laid out
/// in a hidden copy of the box (same font, width and wrapping), measured, and removed.
fn offset_in_box(area: &web_sys::HtmlTextAreaElement, value: &str, byte: usize) -> Option<f64> {
    use wasm_bindgen::JsCast;
    let document = area.owner_document()?;
    let computed = web_sys::window()?.get_computed_style(area).ok()??;
    let mirror: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    let style = mirror.style();
    for property in [
        "font-family",
        "font-size",
        "font-weight",
        "line-height",
        "letter-spacing",
        "tab-size",
        "padding-top",
        "padding-right",
        "padding-bottom",
        "padding-left",
        "border-top-width",
        "border-right-width",
        "border-left-width",
        "border-style",
        "box-sizing",
        "word-break",
        "overflow-wrap",
    ] {
        let _ = style.set_property(property, &computed.get_property_value(property).unwrap_or_default());
    }
    for (property, v) in
        [("position", "absolute"), ("visibility", "hidden"), ("white-space", "pre-wrap"), ("overflow", "hidden")]
    {
        let _ = style.set_property(property, v);
    }
    let _ = style.set_property("width", &format!("{}px", area.offset_width()));
    let mut end = byte.min(value.len());
    while !value.is_char_boundary(end) {
        end -= 1;
    }
    mirror.set_text_content(Some(&value[..end]));
    let marker: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    marker.set_text_content(Some("|"));
    let _ = mirror.append_child(&marker);
    let parent = area.parent_node()?;
    let _ = parent.append_child(&mirror);
    let top = f64::from(marker.offset_top());
    mirror.remove();
    Some(top)
}

#[cfg(test)]
mod tests {
    #[test]
    fn utf16_indices_count_what_a_text_box_counts() {
        let text = "表三 a𝄞b";
        assert_eq!(super::utf16_index(text, 0), 0);
        assert_eq!(super::utf16_index(text, "表三 ".len()), 3);
        assert_eq!(super::utf16_index(text, "表三 a𝄞".len()), 6);
        assert_eq!(super::utf16_index(text, 1), 0, "inside a character: its start");
    }
}

//! The parts of the page, each a function component with its props.

mod doc_list;
mod findings;
mod input_panel;
mod rule_doc;
mod source_view;
mod summary;
mod tables;
mod toolbar;

pub use doc_list::DocList;
pub use findings::Findings;
pub use input_panel::InputPanel;
pub use rule_doc::RuleDoc;
pub use source_view::SourceView;
pub use summary::Summary;
pub use tables::TablesView;
pub use toolbar::Toolbar;

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

/// The schema's name of a template, for `data-template`.
pub fn template_id(t: nianbao_core::Template) -> &'static str {
    match t {
        nianbao_core::Template::Rev2021 => "2021",
        nianbao_core::Template::Trial2019 => "2019",
        nianbao_core::Template::Legacy => "legacy",
        nianbao_core::Template::Unknown => "unknown",
    }
}

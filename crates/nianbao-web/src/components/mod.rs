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

/// The schema's name of a template, for `data-template`.
pub fn template_id(t: nianbao_core::Template) -> &'static str {
    match t {
        nianbao_core::Template::Rev2021 => "2021",
        nianbao_core::Template::Trial2019 => "2019",
        nianbao_core::Template::Legacy => "legacy",
        nianbao_core::Template::Unknown => "unknown",
    }
}

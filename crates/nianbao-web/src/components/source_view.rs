//! The decoded text, read-only, with the selected finding's span (and related spans) marked.
//! The text is rendered as text: pasted HTML shows as its source, never as markup.

use crate::i18n::{t, Lang, Text};
use crate::state::Entry;
use nianbao_report::Span;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entry: Entry,
    pub finding: Option<usize>,
    /// Changes at every selection, even of the same finding: scroll to it again.
    pub selections: u32,
}

/// Text between marks; in a PDF's text, a page's start gets a marker (`第 3 页`) before it,
/// shown beside the text, not part of it.
fn push_text(nodes: &mut Vec<Html>, text: &str, range: std::ops::Range<usize>, pages: &[(usize, u32)], lang: Lang) {
    let mut at = range.start;
    let first = pages.partition_point(|&(start, _)| start < range.start);
    for &(start, page) in pages[first..].iter().take_while(|&&(start, _)| start < range.end) {
        if !text.is_char_boundary(start) {
            continue;
        }
        nodes.push(html! { { &text[at..start] } });
        let label = crate::i18n::page(lang, page);
        nodes.push(html! { <span class="page-mark" data-page={page.to_string()} aria-label={label.clone()} data-label={label} /> });
        at = start;
    }
    nodes.push(html! { { &text[at..range.end] } });
}

#[function_component(SourceView)]
pub fn source_view(props: &Props) -> Html {
    let primary = use_node_ref();
    let view = use_node_ref();
    let text = props.entry.text.as_str();
    let diagnostic = props.finding.and_then(|i| props.entry.report.diagnostics.get(i));

    {
        let (primary, view) = (primary.clone(), view.clone());
        use_effect_with((props.finding, props.selections), move |_| {
            // Scroll the source's own box to the mark, never the page: the findings stay
            // where they were.
            let (Some(mark), Some(view)) =
                (primary.cast::<web_sys::HtmlElement>(), view.cast::<web_sys::HtmlElement>())
            else {
                return;
            };
            let top = mark.offset_top() - view.client_height() / 3;
            view.set_scroll_top(top.max(0));
        });
    }

    // Marks in text order, without overlaps; zero-width spans are widened to one character.
    let mut marks: Vec<(Span, bool)> = Vec::new();
    if let Some(d) = diagnostic {
        marks.push((d.span, true));
        // A cross-report finding's related spans are in another report's text.
        if d.related_source.is_none() {
            marks.extend(d.related.iter().map(|s| (*s, false)));
        }
    }
    marks.sort_by_key(|(s, _)| s.start);
    let mut nodes: Vec<Html> = Vec::new();
    let mut at = 0;
    for (span, is_primary) in marks {
        let start = span.start.max(at).min(text.len());
        let mut end = span.end.max(start).min(text.len());
        if end == start {
            end = text[start..].char_indices().nth(1).map_or(text.len(), |(i, _)| start + i);
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        push_text(&mut nodes, text, at..start, &props.entry.page_starts, props.lang);
        if is_primary {
            nodes.push(
                html! { <mark class="primary" id="highlight" ref={primary.clone()}>{ &text[start..end] }</mark> },
            );
        } else {
            nodes.push(html! { <mark class="related">{ &text[start..end] }</mark> });
        }
        at = end;
    }
    push_text(&mut nodes, text, at..text.len(), &props.entry.page_starts, props.lang);
    html! {
        <section class="source no-print" id="source">
            <h2>{ t(props.lang, Text::Source) }</h2>
            <pre id="source-view" tabindex="0" ref={view}>{ for nodes }</pre>
        </section>
    }
}

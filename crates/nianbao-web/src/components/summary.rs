//! Template, year, agency and counts of the selected report.

use super::template_id;
use crate::i18n::{t, Lang, Text};
use crate::state::Entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub entry: Entry,
}

#[function_component(Summary)]
pub fn summary(props: &Props) -> Html {
    let lang = props.lang;
    let r = &props.entry.report;
    let template = template_id(r.template);
    let year = r.year.map(|y| y.to_string()).unwrap_or_default();
    html! {
        <div class="summary" id="summary">
            <dl>
                <div><dt>{ t(lang, Text::Template) }</dt><dd data-template={template}>{ template }</dd></div>
                <div><dt>{ t(lang, Text::Year) }</dt><dd data-year={year.clone()}>{ if year.is_empty() { "—".to_owned() } else { year } }</dd></div>
                <div><dt>{ t(lang, Text::Agency) }</dt><dd data-agency="">{ r.agency.clone().unwrap_or_else(|| "—".into()) }</dd></div>
                <div><dt>{ t(lang, Text::Published) }</dt><dd>{ r.published.clone().unwrap_or_else(|| "—".into()) }</dd></div>
                <div><dt>{ t(lang, Text::Encoding) }</dt><dd>{ &r.input.encoding }</dd></div>
            </dl>
            <p class="badges">
                <span class="badge error" id="count-errors" data-count={r.summary.errors.to_string()}>{ format!("{} {}", t(lang, Text::Errors), r.summary.errors) }</span>
                <span class="badge warning" id="count-warnings" data-count={r.summary.warnings.to_string()}>{ format!("{} {}", t(lang, Text::Warnings), r.summary.warnings) }</span>
                <span class="badge info" id="count-infos" data-count={r.summary.infos.to_string()}>{ format!("{} {}", t(lang, Text::Infos), r.summary.infos) }</span>
                <span class="timing" id="check-ms" data-ms={format!("{:.2}", props.entry.millis)} data-seq={props.entry.seq.to_string()}>
                    { format!("{} {:.1} ms", t(lang, Text::CheckedIn), props.entry.millis) }
                </span>
            </p>
        </div>
    }
}

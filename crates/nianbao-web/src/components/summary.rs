//! The verdict and what the report is: format, year, body, date, how it was read; the counts
//! and the wall-clock time of the check.

use crate::i18n::{self, t, Lang, Text};
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
    let s = r.summary;
    let (class, verdict) = match (s.errors, s.warnings, s.infos) {
        (0, 0, 0) => ("clean", t(lang, Text::Clean).to_owned()),
        (0, 0, _) => ("clean", i18n::verdict(lang, 0, 0, s.infos)),
        (0, _, _) => ("has-warnings", i18n::verdict(lang, 0, s.warnings, s.infos)),
        _ => ("has-errors", i18n::verdict(lang, s.errors, s.warnings, s.infos)),
    };
    let template = r.template.as_str();
    let year = r.year.map(|y| y.to_string()).unwrap_or_default();
    let meta: Vec<String> = [
        Some(i18n::template(lang, r.template).to_owned()),
        r.year.map(|y| i18n::year(lang, y)),
        r.agency.clone(),
        Some(r.source.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <div class="summary" id="summary">
            <p class={classes!("verdict", class)} id="verdict">{ verdict }</p>
            <p class="meta">{ meta.join(" · ") }</p>
            <dl>
                <div><dt>{ t(lang, Text::Template) }</dt><dd data-template={template}>{ i18n::template(lang, r.template) }</dd></div>
                <div><dt>{ t(lang, Text::Year) }</dt><dd data-year={year.clone()}>{ if year.is_empty() { "—".to_owned() } else { year } }</dd></div>
                <div><dt>{ t(lang, Text::Agency) }</dt><dd data-agency="">{ r.agency.clone().unwrap_or_else(|| "—".into()) }</dd></div>
                <div><dt>{ t(lang, Text::Published) }</dt><dd>{ r.published.clone().unwrap_or_else(|| "—".into()) }</dd></div>
                <div><dt>{ t(lang, Text::InputKind) }</dt><dd data-kind={r.input.kind.as_str()}>{ i18n::input_kind(lang, r.input.kind) }</dd></div>
                <div><dt>{ t(lang, Text::Encoding) }</dt><dd>{ i18n::encoding(lang, &r.input.encoding) }</dd></div>
            </dl>
            <p class="badges">
                <span class="badge error" id="count-errors" data-count={s.errors.to_string()}>{ format!("{} {}", t(lang, Text::Errors), s.errors) }</span>
                <span class="badge warning" id="count-warnings" data-count={s.warnings.to_string()}>{ format!("{} {}", t(lang, Text::Warnings), s.warnings) }</span>
                <span class="badge info" id="count-infos" data-count={s.infos.to_string()}>{ format!("{} {}", t(lang, Text::Infos), s.infos) }</span>
                <span class="timing" id="check-ms" data-ms={format!("{:.2}", props.entry.millis)} data-seq={props.entry.job.to_string()}>
                    { format!("{} {:.1} ms", t(lang, Text::CheckedIn), props.entry.millis) }
                </span>
            </p>
        </div>
    }
}

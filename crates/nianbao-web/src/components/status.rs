//! The check's progress (stage, file, seconds so far, then the time it took) and the tool's own
//! failures: a banner outside the findings, never a finding of the report.

use crate::i18n::{self, t, Lang, Text};
use crate::state::Busy;
use gloo_timers::callback::Interval;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub lang: Lang,
    pub busy: Vec<Busy>,
    /// Milliseconds the shown report's check took.
    pub done: Option<f64>,
    pub has_report: bool,
    /// A file is dragged over the element.
    pub dragging: bool,
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

#[function_component(StatusLine)]
pub fn status_line(props: &StatusProps) -> Html {
    // Ticks while a check runs, so that the seconds count up.
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        let running = !props.busy.is_empty();
        use_effect_with(running, move |running| {
            let interval = running.then(|| Interval::new(250, move || tick.set(tick.wrapping_add(1))));
            move || drop(interval)
        });
    }
    let lang = props.lang;
    let text = match props.busy.last() {
        _ if props.dragging => t(lang, Text::DropHere).to_owned(),
        Some(b) => {
            let seconds = ((now() - b.started) / 1000.0).max(0.0) as u64;
            let mut parts = vec![format!("{}……", i18n::stage(lang, &b.stage))];
            if !b.label.is_empty() {
                parts.push(b.label.clone());
            }
            if seconds > 0 {
                parts.push(i18n::seconds(lang, seconds));
            }
            parts.join(" ")
        }
        None => match props.done {
            Some(ms) if props.has_report => i18n::done(lang, ms),
            _ => t(lang, Text::Idle).to_owned(),
        },
    };
    html! {
        <>
            <div class="status-row">
                <span class="status" id="check-status" role="status" aria-live="polite">{ text }</span>
            </div>
            if !props.busy.is_empty() {
                <div class="bar" aria-hidden="true"></div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub lang: Lang,
    pub failure: Option<String>,
}

#[function_component(Banner)]
pub fn banner(props: &BannerProps) -> Html {
    match &props.failure {
        Some(message) => {
            html! { <div class="banner" id="tool-failure" role="alert">{ i18n::failed(props.lang, message) }</div> }
        }
        None => html! {},
    }
}

//! Asks the worker for checks and turns the answers into [`Action`]s: the text box's (the
//! latest wins), files' (one after the other, each with its progress), and the cross-report
//! comparison after each. A portal's `setText`/`checkFile` promise settles here, and the host
//! element hears `result` and `error`.

use crate::bridge::{Bridge, Resolver};
use crate::i18n::{t, Lang, Text};
use crate::state::{Action, Entry, Origin, State};
use crate::worker::{self, Request};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::UseReducerDispatcher;

/// What every check needs to know, read when it starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

/// What was checked last, for a re-check when the rule selection changes.
#[derive(Clone)]
enum LastInput {
    /// The box's plain text.
    Text,
    /// A rich paste's HTML and the plain text the box got.
    Html(js_sys::JsString, js_sys::JsString),
    /// A file, and the job of its entry (a re-check replaces that entry).
    File(web_sys::File, u64),
}

/// The one way the UI checks anything. Cheap to clone; every clone shares the job counter.
#[derive(Clone)]
pub struct Checker {
    dispatch: UseReducerDispatcher<State>,
    /// The portal's element (`<nianbao-validator>`), which hears `result` and `error`.
    host: Option<web_sys::Element>,
    /// Where `getReport()` finds the last report.
    bridge: Bridge,
    settings: Rc<RefCell<Settings>>,
    next_job: Rc<Cell<u64>>,
    /// The digests of the open entries (job, digest), for the cross-report rules.
    digests: Rc<RefCell<Vec<(u64, JsValue)>>>,
    /// The job of the text box's entry, whose digest the next paste replaces.
    paste_entry: Rc<Cell<Option<u64>>>,
    /// The text box's latest job: an older one's answer is dropped.
    latest_paste: Rc<Cell<u64>>,
    last_input: Rc<RefCell<Option<LastInput>>>,
}

impl PartialEq for Checker {
    fn eq(&self, other: &Checker) -> bool {
        Rc::ptr_eq(&self.next_job, &other.next_job)
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// `report.docx（1.2 MB）`
pub fn file_label(lang: Lang, file: &web_sys::File) -> String {
    let bytes = file.size();
    let size = if bytes < 1024.0 {
        format!("{bytes} B")
    } else if bytes < 1024.0 * 1024.0 {
        format!("{:.0} KB", bytes / 1024.0)
    } else {
        format!("{:.1} MB", bytes / 1024.0 / 1024.0)
    };
    match lang {
        Lang::Zh => format!("{}（{size}）", file.name()),
        Lang::En => format!("{} ({size})", file.name()),
    }
}

impl Checker {
    pub fn new(dispatch: UseReducerDispatcher<State>, host: Option<web_sys::Element>, bridge: Bridge) -> Checker {
        Checker {
            dispatch,
            host,
            bridge,
            settings: Rc::default(),
            next_job: Rc::new(Cell::new(1)),
            digests: Rc::default(),
            paste_entry: Rc::default(),
            latest_paste: Rc::default(),
            last_input: Rc::default(),
        }
    }

    pub fn set_settings(&self, settings: Settings) {
        *self.settings.borrow_mut() = settings;
    }

    /// The rules of the checks from now on.
    pub fn set_selection(&self, select: Vec<String>, ignore: Vec<String>) {
        let mut settings = self.settings.borrow_mut();
        settings.select = select;
        settings.ignore = ignore;
    }

    /// Checks again what was checked last (`box_text`: what the box holds now).
    pub fn recheck(&self, box_text: js_sys::JsString) {
        let last = self.last_input.borrow().clone();
        match last {
            Some(LastInput::Text) => self.paste(box_text, None),
            Some(LastInput::Html(html, plain)) => self.paste_html(html, plain),
            Some(LastInput::File(file, job)) => self.check_files(vec![file], None, Some(job)),
            None => {}
        }
    }

    fn job(&self) -> u64 {
        let job = self.next_job.get();
        self.next_job.set(job + 1);
        job
    }

    /// Empties the UI (answers still under way are dropped).
    pub fn clear(&self) {
        self.digests.borrow_mut().clear();
        self.paste_entry.set(None);
        self.bridge.set_report(None);
        self.latest_paste.set(self.next_job.get());
        *self.last_input.borrow_mut() = None;
        self.dispatch.dispatch(Action::Clear { next_job: self.next_job.get() });
    }

    fn request(&self, name: String, keep_text: bool) -> Request {
        let s = self.settings.borrow();
        Request { name, select: s.select.clone(), ignore: s.ignore.clone(), keep: true, keep_text, plain: None }
    }

    fn progress(&self, job: u64) -> worker::Progress {
        let dispatch = self.dispatch.clone();
        Box::new(move |stage: String| dispatch.dispatch(Action::Stage { job, stage }))
    }

    fn event(&self, name: &str, detail: &JsValue) {
        let Some(host) = &self.host else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(detail);
        init.set_bubbles(name == "result");
        init.set_composed(name == "result");
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    fn failed(&self, job: u64, message: String, resolver: Option<Resolver>) {
        let error = js_sys::Error::new(&format!("nianbao: {message}"));
        self.dispatch.dispatch(Action::Failed { job, message });
        self.event("error", &error);
        if let Some(r) = resolver {
            r.reject(&error);
        }
    }

    /// Checks the text box's `text`.
    pub fn paste(&self, text: js_sys::JsString, resolver: Option<Resolver>) {
        self.paste_as(text, None, resolver);
    }

    /// Checks a rich paste: the clipboard's `html`, its findings moved onto `plain` (what the
    /// box got).
    pub fn paste_html(&self, html: js_sys::JsString, plain: js_sys::JsString) {
        self.paste_as(html, Some(plain), None);
    }

    fn paste_as(&self, text: js_sys::JsString, plain: Option<js_sys::JsString>, resolver: Option<Resolver>) {
        let html = plain.is_some();
        let job = self.job();
        self.latest_paste.set(job);
        *self.last_input.borrow_mut() = Some(match &plain {
            Some(p) => LastInput::Html(text.clone(), p.clone()),
            None => LastInput::Text,
        });
        if text.trim().length() == 0 {
            self.forget_paste();
            self.dispatch.dispatch(Action::Started { job, label: String::new(), paste: true, started: now() });
            self.dispatch.dispatch(Action::Pasted { job, entry: None });
            if let Some(r) = resolver {
                r.resolve(&JsValue::NULL);
            }
            return;
        }
        let started = now();
        self.dispatch.dispatch(Action::Started { job, label: String::new(), paste: true, started });
        let this = self.clone();
        let name = t(self.settings.borrow().lang, Text::Pasted).to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let mut request = this.request(name, false);
            request.plain = plain.as_ref().map(String::from);
            let answer = worker::check_text(&text, html, &request, this.progress(job)).await;
            if this.latest_paste.get() != job {
                // Typing went on: a newer check of the box answers instead.
                if let (Some(r), Ok(checked)) = (resolver, &answer) {
                    r.resolve(&checked.object);
                }
                return;
            }
            match answer {
                Ok(checked) => {
                    let mut entry = Entry::new(job, checked, now() - started, Origin::Paste { html });
                    // The box's text, which the report's spans point into (a rich paste's were
                    // moved onto it).
                    entry.box_text = Some(plain.unwrap_or(text));
                    this.finished(&entry, resolver, true);
                    this.dispatch.dispatch(Action::Pasted { job, entry: Some(entry) });
                    this.compare().await;
                }
                Err(message) => this.failed(job, message, resolver),
            }
        });
    }

    /// Checks files one after the other (a folder's worth never runs at once).
    pub fn files(&self, files: Vec<web_sys::File>, resolver: Option<Resolver>) {
        self.check_files(files, resolver, None);
    }

    /// `replaces`: the job of the entry the (one) file's new report takes the place of.
    fn check_files(&self, files: Vec<web_sys::File>, resolver: Option<Resolver>, replaces: Option<u64>) {
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let mut resolver = resolver;
            for file in files {
                let job = this.job();
                *this.last_input.borrow_mut() = Some(LastInput::File(file.clone(), job));
                let started = now();
                let label = file_label(this.settings.borrow().lang, &file);
                this.dispatch.dispatch(Action::Started { job, label, paste: false, started });
                let request = this.request(file.name(), true);
                let answer = worker::check_file(&file, &request, this.progress(job)).await;
                match answer {
                    Ok(checked) => {
                        let entry = Entry::new(job, checked, now() - started, Origin::File);
                        if let Some(old) = replaces {
                            this.digests.borrow_mut().retain(|(j, _)| *j != old);
                        }
                        this.finished(&entry, resolver.take(), false);
                        this.dispatch.dispatch(Action::AddFile { entry, replaces });
                        this.compare().await;
                    }
                    Err(message) => this.failed(job, message, resolver.take()),
                }
            }
        });
    }

    fn finished(&self, entry: &Entry, resolver: Option<Resolver>, paste: bool) {
        if paste {
            self.forget_paste();
            self.paste_entry.set(Some(entry.job));
        }
        self.digests.borrow_mut().push((entry.job, entry.digest.clone()));
        self.bridge.set_report(Some(entry.object.clone()));
        self.event("result", &entry.object);
        if let Some(r) = resolver {
            r.resolve(&entry.object);
        }
    }

    /// Drops the text box's digest (there is one paste entry at most).
    fn forget_paste(&self) {
        if let Some(old) = self.paste_entry.take() {
            self.digests.borrow_mut().retain(|(j, _)| *j != old);
        }
    }

    /// The cross-report rules over the open entries, when there are two or more.
    async fn compare(&self) {
        let (jobs, digests): (Vec<u64>, Vec<JsValue>) = self.digests.borrow().iter().cloned().unzip();
        if jobs.len() < 2 {
            self.dispatch.dispatch(Action::Compared { jobs, found: Vec::new() });
            return;
        }
        let Ok(found) = worker::compare(&digests, &self.request(String::new(), false)).await else { return };
        let mut per_entry: Vec<Vec<nianbao_report::Diagnostic>> = vec![Vec::new(); jobs.len()];
        for f in found {
            if let Some(list) = per_entry.get_mut(f.report) {
                list.push(f.diagnostic);
            }
        }
        self.dispatch.dispatch(Action::Compared { jobs, found: per_entry });
    }
}

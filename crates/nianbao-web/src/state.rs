//! The UI's state as a reducer: every change is an [`Action`].

use crate::i18n::Lang;
use nianbao_report::{Diagnostic, Report};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::Reducible;

/// Where an entry came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The text box; `html`: the paste carried HTML and was checked as HTML.
    Paste {
        html: bool,
    },
    File,
}

/// One checked input: the paste or a file.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Number of the job that produced it.
    pub job: u64,
    /// The report with the findings of the cross-report rules among the entries.
    pub report: Rc<Report>,
    /// The report of this input alone.
    pub own: Rc<Report>,
    /// `own` as the JS object the worker built (for `result` events and `getReport()`).
    pub object: JsValue,
    /// What the cross-report rules compare (opaque here).
    pub digest: JsValue,
    /// A file's decoded text, which the report's spans point into (the source view).
    pub text: Rc<String>,
    /// The text box's text, for a paste (a JS string: the UI never copies it).
    pub box_text: Option<js_sys::JsString>,
    /// For a PDF: where each page's text starts (byte offset, page).
    pub page_starts: Rc<Vec<(usize, u32)>>,
    /// Wall-clock milliseconds from asking to answer.
    pub millis: f64,
    pub origin: Origin,
}

impl Entry {
    pub fn new(job: u64, checked: crate::worker::Checked, millis: f64, origin: Origin) -> Entry {
        let own = Rc::new(checked.report);
        Entry {
            job,
            report: own.clone(),
            own,
            object: checked.object,
            digest: checked.digest,
            text: Rc::new(checked.text),
            box_text: None,
            page_starts: Rc::new(checked.page_starts),
            millis,
            origin,
        }
    }

    pub fn is_paste(&self) -> bool {
        matches!(self.origin, Origin::Paste { .. })
    }
}

/// Entries are compared by identity: a new check makes a new entry.
impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && Rc::ptr_eq(&self.text, &other.text)
    }
}

/// A check under way.
#[derive(Clone, Debug, PartialEq)]
pub struct Busy {
    pub job: u64,
    /// A check of the text box (the next one replaces it).
    pub paste: bool,
    /// The file's name and size; empty for the text box.
    pub label: String,
    /// `start`, `read`, `pdf`, `check`.
    pub stage: String,
    /// `performance.now()` when it was asked.
    pub started: f64,
}

/// How the UI is shown: the whole page, or inside a portal's element or the iframe.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub embedded: bool,
    /// Smaller, one column, tables folded.
    pub compact: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub look: Look,
    /// `--select`/`--ignore` for every check.
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    /// The paste (first, when there is one) and the files, in the order they came.
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// Index of the selected finding in the selected report.
    pub finding: Option<usize>,
    /// Counts selections, so that selecting the same finding again locates it again.
    pub selections: u32,
    /// Code of the rule whose page is open.
    pub rule: Option<String>,
    /// Checks under way, oldest first.
    pub busy: Vec<Busy>,
    /// The checker itself failed (it could not load, or trapped): a banner, never a finding.
    pub failure: Option<String>,
    /// The latest job of the text box: answers of older ones are dropped.
    pub paste_job: u64,
    /// A file is dragged over the UI.
    pub dragging: bool,
    /// An edit made the box's check plain text after a rich paste (said once, in a note).
    pub switched_to_text: bool,
}

pub enum Action {
    SetLang(Lang),
    ToggleLang,
    SetLook(Look),
    SetSelection(Vec<String>, Vec<String>),
    /// A check was asked for (`paste`: of the text box).
    Started {
        job: u64,
        label: String,
        paste: bool,
        started: f64,
    },
    Stage {
        job: u64,
        stage: String,
    },
    /// The text box was checked (`None`: it is empty now).
    Pasted {
        job: u64,
        entry: Option<Entry>,
    },
    /// A file was checked (`replaces`: the job of the entry it takes the place of, when a rule
    /// selection changed and the file was checked again).
    AddFile {
        entry: Entry,
        replaces: Option<u64>,
    },
    /// The checker failed on `job`.
    Failed {
        job: u64,
        message: String,
    },
    /// The cross-report findings for the entries of these jobs.
    Compared {
        jobs: Vec<u64>,
        found: Vec<Vec<Diagnostic>>,
    },
    Select(usize),
    SelectFinding(Option<usize>),
    ShowRule(Option<String>),
    Dragging(bool),
    /// Empties the UI; answers of jobs before `next_job` are dropped.
    Clear {
        next_job: u64,
    },
}

impl State {
    pub fn current(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }

    fn finish(&mut self, job: u64) {
        self.busy.retain(|b| b.job != job);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::ToggleLang => s.lang = if s.lang == Lang::Zh { Lang::En } else { Lang::Zh },
            Action::SetLook(look) => s.look = look,
            Action::SetSelection(select, ignore) => {
                s.select = select;
                s.ignore = ignore;
            }
            Action::Started { job, label, paste, started } => {
                if paste {
                    s.busy.retain(|b| !b.paste);
                    s.paste_job = job;
                }
                s.busy.push(Busy { job, paste, label, stage: "start".to_owned(), started });
                s.failure = None;
            }
            Action::Stage { job, stage } => {
                if let Some(b) = s.busy.iter_mut().find(|b| b.job == job) {
                    b.stage = stage;
                }
            }
            Action::Pasted { job, entry } => {
                s.finish(job);
                if job < s.paste_job {
                    return Rc::new(s);
                }
                let had_paste = s.entries.first().is_some_and(Entry::is_paste);
                let was_html = s.entries.first().is_some_and(|e| e.origin == Origin::Paste { html: true });
                let is_html = entry.as_ref().is_some_and(|e| e.origin == Origin::Paste { html: true });
                s.switched_to_text = was_html && entry.is_some() && !is_html;
                match (entry, had_paste) {
                    (Some(e), true) => s.entries[0] = e,
                    (Some(e), false) => s.entries.insert(0, e),
                    (None, true) => {
                        s.entries.remove(0);
                    }
                    (None, false) => {}
                }
                s.selected = 0;
                s.finding = None;
            }
            Action::AddFile { entry, replaces } => {
                s.finish(entry.job);
                match s.entries.iter().position(|e| Some(e.job) == replaces) {
                    Some(at) => {
                        s.entries[at] = entry;
                        s.selected = at;
                    }
                    None => {
                        s.entries.push(entry);
                        s.selected = s.entries.len() - 1;
                    }
                }
                s.finding = None;
            }
            Action::Failed { job, message } => {
                s.finish(job);
                s.failure = Some(message);
            }
            Action::Compared { jobs, found } => {
                for (entry, found) in s.entries.iter_mut().filter_map(|e| {
                    let i = jobs.iter().position(|&j| j == e.job)?;
                    Some((e, found.get(i).cloned().unwrap_or_default()))
                }) {
                    let unchanged = entry.report.diagnostics.len() == entry.own.diagnostics.len() + found.len()
                        && found.iter().all(|d| entry.report.diagnostics.contains(d));
                    if !unchanged {
                        let mut report = (*entry.own).clone();
                        report.add_findings(found);
                        entry.report = Rc::new(report);
                    }
                }
            }
            Action::Select(i) if i < s.entries.len() => {
                s.selected = i;
                s.finding = None;
            }
            Action::Select(_) => {}
            Action::SelectFinding(f) => {
                s.finding = f;
                s.selections = s.selections.wrapping_add(1);
            }
            Action::ShowRule(code) => s.rule = code,
            Action::Dragging(on) => s.dragging = on,
            Action::Clear { next_job } => {
                s.entries.clear();
                s.selected = 0;
                s.finding = None;
                s.failure = None;
                s.busy.clear();
                s.paste_job = next_job;
                s.switched_to_text = false;
            }
        }
        Rc::new(s)
    }
}

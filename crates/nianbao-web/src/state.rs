//! The app's state as a reducer: every change is an [`Action`].

use crate::i18n::Lang;
use nianbao_core::{Checked, Digest, Report, Selection};
use std::rc::Rc;
use yew::Reducible;

/// One checked input: the paste or a file.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The report with the findings of the cross-report rules among the entries.
    pub report: Rc<Report>,
    /// The report of this input alone.
    pub own: Rc<Report>,
    /// What the cross-report rules compare.
    pub digest: Rc<Digest>,
    /// The decoded text the report's spans point into.
    pub text: Rc<String>,
    /// For a PDF: where each page's text starts (byte offset, page).
    pub page_starts: Rc<Vec<(usize, u32)>>,
    /// Milliseconds the check took in this browser.
    pub millis: f64,
    pub is_paste: bool,
    /// Number of the check that produced it.
    pub seq: u64,
}

impl Entry {
    pub fn new(checked: Checked, millis: f64, is_paste: bool, seq: u64) -> Entry {
        let own = Rc::new(checked.report);
        Entry {
            report: own.clone(),
            own,
            digest: Rc::new(checked.digest.expect("the app's checks keep the digest")),
            text: Rc::new(checked.text),
            page_starts: Rc::new(checked.page_starts),
            millis,
            is_paste,
            seq,
        }
    }
}

/// Adds to each entry the findings of the cross-report rules (NB8xx) over all entries: a
/// body's reports of consecutive years dropped together, the same report twice. An entry
/// whose findings did not change keeps its report (and is not drawn again).
fn compare(entries: &mut [Entry]) {
    let digests: Vec<Digest> = entries.iter().map(|e| (*e.digest).clone()).collect();
    let mut found: Vec<Vec<nianbao_core::Diagnostic>> = vec![Vec::new(); entries.len()];
    for f in nianbao_core::check_set(&digests, &Selection::default()) {
        found[f.report].push(f.diagnostic);
    }
    for (entry, found) in entries.iter_mut().zip(found) {
        let unchanged = entry.report.diagnostics.len() == entry.own.diagnostics.len() + found.len()
            && found.iter().all(|d| entry.report.diagnostics.contains(d));
        if unchanged {
            continue;
        }
        let mut report = (*entry.own).clone();
        report.add_findings(found);
        entry.report = Rc::new(report);
    }
}

/// Entries are compared by identity: a new check makes a new entry.
impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && Rc::ptr_eq(&self.text, &other.text)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The paste (first, when there is one) and the files, in the order they came.
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// Index of the selected finding in the selected report, for highlighting.
    pub finding: Option<usize>,
    /// Counts selections, so that selecting the same finding again scrolls to it again.
    pub selections: u32,
    /// Code of the rule whose documentation is open.
    pub rule: Option<String>,
    /// The last paste arrived as HTML.
    pub html_paste: bool,
}

pub enum Action {
    ToggleLang,
    /// The paste was checked (replaces the previous paste entry, or removes it when empty).
    Paste(Option<Entry>, bool),
    AddFile(Entry),
    Select(usize),
    SelectFinding(Option<usize>),
    ShowRule(Option<String>),
    Clear,
}

impl State {
    pub fn current(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::ToggleLang => s.lang = if s.lang == Lang::Zh { Lang::En } else { Lang::Zh },
            Action::Paste(entry, html) => {
                let had_paste = s.entries.first().is_some_and(|e| e.is_paste);
                match (entry, had_paste) {
                    (Some(e), true) => s.entries[0] = e,
                    (Some(e), false) => s.entries.insert(0, e),
                    (None, true) => {
                        s.entries.remove(0);
                    }
                    (None, false) => {}
                }
                s.html_paste = html;
                s.selected = 0;
                s.finding = None;
            }
            Action::AddFile(e) => {
                s.entries.push(e);
                s.selected = s.entries.len() - 1;
                s.finding = None;
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
            Action::Clear => {
                let lang = s.lang;
                s = State { lang, ..State::default() };
            }
        }
        if s.entries.len() != self.entries.len() || s.entries.iter().zip(&self.entries).any(|(a, b)| a != b) {
            compare(&mut s.entries);
        }
        Rc::new(s)
    }
}

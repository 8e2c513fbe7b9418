//! Between a portal's script and a mounted UI: the handle `mount()` returns (through
//! `nianbao.js`, which wraps it in `<nianbao-validator>`) sends [`Command`]s the UI carries out;
//! promises settle through a [`Resolver`]. Commands sent before the UI is up wait in a queue.

use crate::i18n::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::Callback;

/// The two functions of a JS promise.
pub struct Resolver {
    resolve: js_sys::Function,
    reject: js_sys::Function,
}

impl Resolver {
    /// A promise and what settles it.
    pub fn promise() -> (js_sys::Promise, Resolver) {
        let mut parts = None;
        let promise = js_sys::Promise::new(&mut |resolve, reject| parts = Some((resolve, reject)));
        let (resolve, reject) = parts.expect("the executor runs at once");
        (promise, Resolver { resolve, reject })
    }

    pub fn resolve(self, value: &JsValue) {
        let _ = self.resolve.call1(&JsValue::UNDEFINED, value);
    }

    pub fn reject(self, error: &JsValue) {
        let _ = self.reject.call1(&JsValue::UNDEFINED, error);
    }
}

pub enum Command {
    /// Puts text in the box and checks it.
    SetText(String, Resolver),
    CheckFile(web_sys::File, Resolver),
    SetLang(Lang),
    SetCompact(bool),
    SetSelection(Vec<String>, Vec<String>),
    Clear,
}

#[derive(Default)]
struct Inner {
    sink: Option<Callback<Command>>,
    queue: Vec<Command>,
    /// The last report as the portal sees it (the JS object), or null.
    report: Option<JsValue>,
}

/// Shared by the handle and the UI it drives.
#[derive(Clone, Default)]
pub struct Bridge(Rc<RefCell<Inner>>);

impl PartialEq for Bridge {
    fn eq(&self, other: &Bridge) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Bridge {
    pub fn send(&self, command: Command) {
        let sink = self.0.borrow().sink.clone();
        match sink {
            Some(sink) => sink.emit(command),
            None => self.0.borrow_mut().queue.push(command),
        }
    }

    /// The UI is up: it takes the commands from now on, and those that waited.
    pub fn connect(&self, sink: Callback<Command>) {
        let waiting = {
            let mut inner = self.0.borrow_mut();
            inner.sink = Some(sink.clone());
            std::mem::take(&mut inner.queue)
        };
        for command in waiting {
            sink.emit(command);
        }
    }

    pub fn set_report(&self, report: Option<JsValue>) {
        self.0.borrow_mut().report = report;
    }

    pub fn report(&self) -> JsValue {
        self.0.borrow().report.clone().unwrap_or(JsValue::NULL)
    }
}

/// A list option as `nianbao.js` passes it: an array of strings or a comma-separated string.
pub fn list(value: &JsValue) -> Vec<String> {
    let items: Vec<String> = if let Some(s) = value.as_string() {
        s.split(',').map(str::to_owned).collect()
    } else if js_sys::Array::is_array(value) {
        js_sys::Array::from(value).iter().filter_map(|v| v.as_string()).collect()
    } else {
        Vec::new()
    };
    items.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
}

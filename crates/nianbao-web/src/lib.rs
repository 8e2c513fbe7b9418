//! nianbao-web: the one front end, in Yew. The same components render the page (`index.html`),
//! the portal's `<nianbao-validator>` (in its Shadow DOM) and the iframe page; `nianbao.js` and
//! `app.js` mount it with [`mount`]. Every check runs in the checker worker (`worker.rs` talks
//! to it); this crate links no reader and no rule — only the report's shape (crate
//! `nianbao-report`) — and no byte of a report leaves the browser.

mod app;
mod bridge;
mod checker;
mod components;
mod export;
mod i18n;
mod markdown;
mod state;
mod storage;
mod worker;

pub use app::{App, Props};
use bridge::{Bridge, Command, Resolver};
use wasm_bindgen::prelude::*;

/// The stylesheet of the UI: the page adopts it, each element's shadow root too.
#[wasm_bindgen(js_name = uiCss)]
pub fn ui_css() -> String {
    include_str!("../../../web/ui.css").to_owned()
}

/// What a portal's script holds of a mounted UI (`nianbao.js` wraps it).
#[wasm_bindgen]
pub struct Handle {
    bridge: Bridge,
    app: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Handle {
    /// Puts `text` in the box and checks it; resolves to the report (null for blank text).
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&self, text: String) -> js_sys::Promise {
        let (promise, resolver) = Resolver::promise();
        self.bridge.send(Command::SetText(text, resolver));
        promise
    }

    /// Checks a File or Blob; resolves to the report.
    #[wasm_bindgen(js_name = checkFile)]
    pub fn check_file(&self, file: web_sys::File) -> js_sys::Promise {
        let (promise, resolver) = Resolver::promise();
        self.bridge.send(Command::CheckFile(file, resolver));
        promise
    }

    /// The last report (docs/report.schema.json), or null.
    pub fn report(&self) -> JsValue {
        self.bridge.report()
    }

    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) {
        self.bridge.send(Command::SetLang(i18n::Lang::parse(lang)));
    }

    #[wasm_bindgen(js_name = setCompact)]
    pub fn set_compact(&self, compact: bool) {
        self.bridge.send(Command::SetCompact(compact));
    }

    /// Rule selection for the checks from now on (re-checks what is shown).
    #[wasm_bindgen(js_name = setSelection)]
    pub fn set_selection(&self, select: JsValue, ignore: JsValue) {
        self.bridge.send(Command::SetSelection(bridge::list(&select), bridge::list(&ignore)));
    }

    pub fn clear(&self) {
        self.bridge.send(Command::Clear);
    }

    /// Unmounts the UI.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts the UI into `root`. `options`: `{embedded, host, lang, compact, select, ignore}` —
/// `embedded` for a portal's element or the iframe (no page header; `host` hears `result` and
/// `error`), else the whole page.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) -> Handle {
    let get = |key: &str| js_sys::Reflect::get(&options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let bridge = Bridge::default();
    let props = Props {
        embedded: get("embedded").is_truthy(),
        host: get("host").dyn_into::<web_sys::Element>().ok(),
        lang: i18n::Lang::parse(&get("lang").as_string().unwrap_or_default()),
        compact: get("compact").is_truthy(),
        select: bridge::list(&get("select")),
        ignore: bridge::list(&get("ignore")),
        bridge: bridge.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Handle { bridge, app: Some(app) }
}

//! Keeps the page's text box in localStorage so that no text is lost on reload.

const KEY: &str = "nianbao.input";

/// localStorage holds about 5 million characters per site: a longer text is not kept (it could
/// fail to save after a costly try, at every pause in typing), and what was kept is dropped so
/// that a reload never brings back an older text.
const MAX_CHARS: u32 = 4_000_000;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load() -> Option<String> {
    storage()?.get_item(KEY).ok()?
}

pub fn save(text: &js_sys::JsString) {
    if let Some(s) = storage() {
        // A full quota only loses the backup, never the text on screen.
        let _ = if text.length() == 0 || text.length() > MAX_CHARS {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, &String::from(text))
        };
    }
}

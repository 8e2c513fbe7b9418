//! Keeps the current input in localStorage so that no text is lost on reload.

const KEY: &str = "nianbao.input";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load() -> Option<String> {
    storage()?.get_item(KEY).ok()?
}

pub fn save(text: &str) {
    if let Some(s) = storage() {
        // A full quota only loses the backup, never the text on screen.
        let _ = if text.is_empty() { s.remove_item(KEY) } else { s.set_item(KEY, text) };
    }
}

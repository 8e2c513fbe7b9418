//! Mounts the app into `#nianbao-app` when the page has one (embedding on a portal), else into
//! `<body>`.

/// Registers `sw.js` (offline use after the first visit) where service workers are available:
/// not on `file:` pages, and not when an embedding portal serves the app without it.
fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let secure = window.is_secure_context();
    if secure {
        let registration = window.navigator().service_worker().register("./sw.js");
        // A page without sw.js (an embedding portal) just runs online: swallow the rejection.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
        });
    }
}

fn main() {
    register_service_worker();
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("nianbao-app"));
    match root {
        Some(root) => yew::Renderer::<nianbao_web::App>::with_root(root).render(),
        None => yew::Renderer::<nianbao_web::App>::new().render(),
    };
}

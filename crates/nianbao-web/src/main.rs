//! Mounts the app into `#nianbao-app` when the page has one (embedding on a portal), else into
//! `<body>`.

fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("nianbao-app"));
    match root {
        Some(root) => yew::Renderer::<nianbao_web::App>::with_root(root).render(),
        None => yew::Renderer::<nianbao_web::App>::new().render(),
    };
}

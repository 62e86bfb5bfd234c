//! The browser shell: Leptos components over the pure core. Kept thin on purpose: what can be
//! plain Rust lives in the core modules, where native tests reach it.

mod app;
pub mod backup;
pub mod changes;
pub mod coedit;
pub mod deferred;
pub mod download;
pub mod drafts;
pub mod fetch;
pub mod lang;
pub mod list;
pub mod offline;
pub mod readiness;
pub mod route;
pub mod save_banner;
mod shell;
pub mod state;
pub mod status;
pub mod steps;
pub mod tabs;
pub mod widgets;

pub use app::App;

/// Starts the app: when the language to start in comes from a pack, loads it first so the
/// first screen is already in that language (if loading fails, the app starts in English).
pub fn start() {
    let wanted = state::with_store(|store| lang::preferred(store));
    if crate::i18n::is_available(wanted) {
        // In a task of its own: compiling and instantiating the wasm fill the current one.
        // And after the loading message has been painted once (see `after_first_paint`).
        deferred::after_first_paint(mount);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = lang::ensure_available(wanted).await;
            mount();
        });
    }
}

/// Replaces the page's loading message (`#boot` in index.html) with the app, in one task so
/// no frame shows neither.
fn mount() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

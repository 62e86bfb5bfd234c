//! The root component: provides the language, route and draft, then lays out the shell.

use super::lang::{sync_document_lang, DocLang, PackEpoch, UiLang};
use super::list::UndoSlot;
use super::readiness::Readiness;
use super::route::Route;
use super::shell::Shell;
use super::state::{with_store, DraftState};
use crate::storage::browser::LocalStore;
use leptos::prelude::*;

/// The whole app, mounted on `<body>` by `main` and by browser tests.
#[component]
pub fn App() -> impl IntoView {
    let ui = with_store(UiLang::provide);
    sync_document_lang(ui, LocalStore);
    DocLang::provide(ui);
    Route::provide();
    DraftState::provide();
    UndoSlot::provide();
    Readiness::provide();
    super::tabs::watch_other_tabs();
    super::save_banner::request_persistence();
    let epoch = PackEpoch(RwSignal::new(0));
    provide_context(epoch);
    // Drawn anew only when a language pack arrives (see `PackEpoch`); the draft, route and
    // language live above, so nothing typed is touched.
    move || {
        epoch.0.track();
        view! { <Shell /> }
    }
}

//! The banner for saves that did not happen: another tab's newer save (a choice that loses
//! nothing) or a failed write (quota full, storage off) with an export of the draft right now.

use super::download::download;
use super::lang::tr;
use super::state::{DraftState, SaveStatus};
use super::tabs::{discard_kept_copy, keep_mine, open_kept_copy, take_theirs};
use crate::storage::StorageError;
use leptos::prelude::*;

/// Saves the draft as a JSON file, the way out when storage cannot take it.
fn export_json() {
    let draft = DraftState::expect();
    let file = draft.proposal.with_untracked(crate::export::render_json);
    if let Ok(f) = file {
        let _ = download(&f.file_name, f.mime, &f.bytes);
    }
}

/// Shown while the draft is not safely stored.
#[component]
pub fn SaveBanner() -> impl IntoView {
    let draft = DraftState::expect();
    move || {
        match draft.status.get() {
        SaveStatus::Conflict => Some(
            view! {
                <div class="notice" role="alert">
                    <p>{tr("tabs.conflict")}</p>
                    <div class="tools">
                        <button type="button" on:click=move |_| keep_mine()>{tr("tabs.keep_mine")}</button>
                        <button type="button" class="secondary" on:click=move |_| take_theirs()>{tr("tabs.take_theirs")}</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Failed(err) => {
            let key = match err {
                StorageError::QuotaExceeded => "save.quota",
                StorageError::Unavailable => "save.unavailable",
                _ => "save.failed_other",
            };
            Some(
                view! {
                    <div class="notice" role="alert">
                        <p>{tr(key)}</p>
                        <div class="tools">
                            <button type="button" on:click=move |_| export_json()>{tr("save.export_now")}</button>
                            <button type="button" class="secondary" on:click=move |_| draft.flush()>{tr("save.retry")}</button>
                        </div>
                    </div>
                }
                .into_any(),
            )
        }
        _ => None,
    }
    }
}

/// Text a tab typed but could not save (another tab saved first, and it closed or reloaded
/// before the person chose): offered back, one copy at a time.
#[component]
pub fn KeptCopyBanner() -> impl IntoView {
    let draft = DraftState::expect();
    move || {
        // No date in the message: the date formatting would join the first module.
        draft.kept.with(|k| !k.is_empty()).then_some(())?;
        Some(view! {
            <div class="notice" role="alert">
                <p>{tr("tabs.kept")}</p>
                <div class="tools">
                    <button type="button" on:click=move |_| open_kept_copy()>{tr("tabs.kept_open")}</button>
                    <button type="button" class="secondary" on:click=move |_| discard_kept_copy()>{tr("tabs.kept_discard")}</button>
                </div>
            </div>
        })
    }
}

/// Whether the browser agreed to keep this site's storage when space runs low.
#[derive(Clone, Copy)]
pub struct Persisted(pub RwSignal<Option<bool>>);

/// Asks the browser to keep our storage (`navigator.storage.persist()`), once per visit.
pub fn request_persistence() {
    let state = Persisted(RwSignal::new(None));
    provide_context(state);
    // WebKitGTK has no `navigator.storage` (its Storage API is off); the answer stays unknown.
    let Some(manager) = storage_manager() else {
        return;
    };
    let Ok(promise) = manager.persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await {
            state.0.set(v.as_bool());
        }
    });
}

/// `navigator.storage`, where the browser has it with a `persist` method.
fn storage_manager() -> Option<web_sys::StorageManager> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let persist = js_sys::Reflect::get(&manager, &"persist".into()).ok()?;
    persist
        .is_function()
        .then(|| manager.unchecked_into::<web_sys::StorageManager>())
}

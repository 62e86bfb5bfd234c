//! Several tabs on one draft: a tab hears the others' saves through `storage` events. With no
//! unsaved change of its own it simply takes the newer text; with unsaved changes it stops
//! saving (`SaveStatus::Conflict`) and the banner offers a choice in which nothing is lost.

use super::state::{now_iso, with_store, DraftState, SaveStatus};
use crate::storage::{Library, StorageKey};
use leptos::prelude::*;

/// Follows other tabs' writes to the open draft.
pub fn watch_other_tabs() {
    let draft = DraftState::expect();
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let id = draft.id.get_untracked();
        if ev.key().as_deref() != Some(StorageKey::Draft(id.clone()).as_string().as_str()) {
            return;
        }
        match draft.status.get_untracked() {
            SaveStatus::Saved => {
                // Nothing of ours is waiting: show the other tab's text.
                draft.reload_current();
                draft.notice.set(Some("notice.other_tab"));
            }
            SaveStatus::ReadOnly => {}
            _ => draft.status.set(SaveStatus::Conflict),
        }
    });
    on_cleanup(move || handle.remove());
}

/// "Keep mine": overwrite the other tab's save (it stays in the draft's history).
pub fn keep_mine() {
    let draft = DraftState::expect();
    let id = draft.id.get_untracked();
    let theirs = with_store(|s| crate::storage::Drafts::new(s).stored_rev(&id)).unwrap_or(0);
    draft.rev.set(theirs);
    draft.flush_now();
}

/// "Use the other tab's": first keep ours as a separate draft, then load theirs.
pub fn take_theirs() {
    let draft = DraftState::expect();
    let now = now_iso();
    let saved = draft.proposal.with_untracked(|p| {
        let mut mine = p.clone();
        mine.context.title = format!(
            "{} ({})",
            mine.context.title,
            super::lang::t("tabs.my_copy")
        );
        with_store(|s| Library::new(s).create(&mine, &now))
    });
    match saved {
        Ok(_) => {
            draft.reload_current();
            draft.notice.set(Some("notice.kept_copy"));
        }
        Err(err) => draft.status.set(SaveStatus::Failed(err)),
    }
}

//! Several tabs on one draft: a tab hears the others' saves through `storage` events. With no
//! unsaved change of its own it simply takes the newer text; with unsaved changes it stops
//! saving (`SaveStatus::Conflict`) and the banner offers a choice in which nothing is lost.

use super::state::{now_iso, with_store, DraftState, SaveStatus};
use crate::storage::{Drafts, Library, Opened, StorageKey};
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
            SaveStatus::ReadOnly | SaveStatus::Conflict => {}
            _ => draft.enter_conflict(),
        }
    });
    on_cleanup(move || handle.remove());
}

/// "Keep mine": overwrite the other tab's save, which stays in the draft's history.
pub fn keep_mine() {
    let draft = DraftState::expect();
    let id = draft.id.get_untracked();
    let now = now_iso();
    let theirs = with_store(|s| {
        // The other tab recorded its text in history when it saved; should that have been
        // cut short, record it now, before this tab's text replaces it.
        if let Ok(Opened::Ready { proposal, .. }) = Drafts::new(s).open(&id, &now) {
            let _ = Library::new(s).record_version(&id, &proposal, &now);
        }
        Drafts::new(s).stored_rev(&id)
    })
    .unwrap_or(0);
    draft.rev.set(theirs);
    draft.flush_now();
    if draft.status.get_untracked() == SaveStatus::Saved {
        // Recorded now, not in place of the other tab's version (history's newest slot rolls).
        let (text, title) = draft
            .proposal
            .with_untracked(|p| (crate::model::to_json_compact(p), p.context.title.clone()));
        let _ = with_store(|s| Library::new(s).keep_version_text(&id, &text, &title, &now));
        draft.drop_unsaved();
    }
}

/// "Use the other tab's": first keep ours as a separate draft, then load theirs.
pub fn take_theirs() {
    let draft = DraftState::expect();
    let now = now_iso();
    let saved = draft
        .proposal
        .with_untracked(|p| save_as_my_copy(p.clone(), &now));
    match saved {
        Ok(_) => {
            draft.drop_unsaved();
            draft.reload_current();
            draft.notice.set(Some("notice.kept_copy"));
        }
        Err(err) => draft.status.set(SaveStatus::Failed(err)),
    }
}

/// Saves `p` as a draft of its own, its title marked "(my copy)"; returns the new draft's id.
fn save_as_my_copy(
    mut p: crate::model::Proposal,
    now: &str,
) -> Result<String, crate::storage::StorageError> {
    p.context.title = format!("{} ({})", p.context.title, super::lang::t("tabs.my_copy"));
    with_store(|s| Library::new(s).create(&p, now))
}

/// Makes the oldest kept copy (text a tab could not save) a separate draft, titled as the
/// conflict's "my copy" is, then forgets it.
pub fn open_kept_copy() {
    let draft = DraftState::expect();
    let Some(copy) = draft.kept.with_untracked(|k| k.first().cloned()) else {
        return;
    };
    let id = draft.id.get_untracked();
    let now = now_iso();
    let Ok(proposal) = crate::model::import_json(copy.proposal.as_bytes()) else {
        // Written by this app a moment ago: unreadable only if storage damaged it. Keep it
        // for a newer version of the app rather than guess.
        return;
    };
    let made = save_as_my_copy(proposal, &now)
        .and_then(|_| with_store(|s| crate::storage::Unsaved::new(s).drop(&id, &copy.tab)));
    match made {
        Ok(()) => {
            draft.find_kept();
            draft.notice.set(Some("notice.kept_opened"));
        }
        Err(err) => draft.status.set(SaveStatus::Failed(err)),
    }
}

/// Forgets the oldest kept copy, at the person's request.
pub fn discard_kept_copy() {
    let draft = DraftState::expect();
    let Some(copy) = draft.kept.with_untracked(|k| k.first().cloned()) else {
        return;
    };
    let id = draft.id.get_untracked();
    let _ = with_store(|s| crate::storage::Unsaved::new(s).drop(&id, &copy.tab));
    draft.find_kept();
}

//! The draft being edited, its save state, and autosave: one signal holds the proposal, one
//! effect persists it at most 500 ms after the last change and at once when the page is hidden.

use crate::model::Proposal;
use crate::storage::browser::LocalStore;
use crate::storage::{
    Drafts, KeyValueStore, Library, MemoryStore, Opened, Saved, StorageError, Unsaved, UnsavedCopy,
};
use leptos::prelude::*;
use std::time::Duration;

thread_local! {
    // The backend is chosen once: localStorage when the browser allows it, else memory, so the
    // app still works (and says so) in a locked-down private window.
    static BACKEND: (&'static dyn KeyValueStore, bool) = if LocalStore::available() {
        (&LocalStore, true)
    } else {
        (Box::leak(Box::new(MemoryStore::new())), false)
    };
}

/// Runs `f` with the app's storage backend.
pub fn with_store<R>(f: impl FnOnce(&dyn KeyValueStore) -> R) -> R {
    BACKEND.with(|(store, _)| f(*store))
}

/// Whether drafts really persist (false when the browser offers no storage).
pub fn storage_persists() -> bool {
    BACKEND.with(|(_, persistent)| *persistent)
}

/// The current time as ISO 8601, from the browser's clock.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A stored UTC timestamp (`2026-12-02T14:05:09.000Z`) in the device's local time
/// (`2026-12-02T15:05:09`), for [`crate::i18n::format::date_time_text`]; a value the browser
/// cannot read comes back as it is.
pub fn local_stamp(iso: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// A stored UTC timestamp as the interface language writes a date and time, in local time
/// (tracks the language).
pub fn saved_time(iso: &str, seconds: bool) -> String {
    crate::i18n::format::date_time_text(crate::ui::lang::lang(), &local_stamp(iso), seconds)
}

/// Where the draft stands with storage, shown in the header.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Everything typed is stored.
    Saved,
    /// A change waits for the debounce.
    Pending,
    /// The last save failed; the draft is safe in memory only.
    Failed(StorageError),
    /// Another tab saved this draft since we read it; we did not overwrite it.
    Conflict,
    /// Opened read-only (written by a newer version of the app).
    ReadOnly,
}

/// The draft being edited, provided once as context.
#[derive(Clone, Copy)]
pub struct DraftState {
    /// The proposal itself.
    pub proposal: RwSignal<Proposal>,
    /// Its id in the drafts repository.
    pub id: RwSignal<String>,
    /// The stored revision our copy is based on.
    pub rev: RwSignal<u64>,
    /// Save state for the status line.
    pub status: RwSignal<SaveStatus>,
    /// A one-off message for the person (quarantined value, storage off, ...), a translation key.
    pub notice: RwSignal<Option<&'static str>>,
    /// Text another tab could not save on this draft (it closed or reloaded during a
    /// conflict), offered back until the person keeps it as a draft or discards it.
    pub kept: RwSignal<Vec<UnsavedCopy>>,
    /// This tab's id, naming its own unsaved copy while in conflict.
    tab: StoredValue<String>,
    /// Set just before a draft is loaded, so loading is not mistaken for an edit to save
    /// (which would also make two tabs echo each other's saves forever).
    loading: StoredValue<bool>,
}

/// The default draft id until the drafts list chooses others.
const FIRST_DRAFT: &str = "d1";

impl DraftState {
    /// Opens the last draft (or a new one) and starts autosaving.
    pub fn provide() -> DraftState {
        let now = now_iso();
        let (proposal, id, rev, status, notice) = with_store(|store| {
            let drafts = Drafts::new(store);
            let id = drafts
                .last_opened()
                .ok()
                .flatten()
                .unwrap_or_else(|| FIRST_DRAFT.to_string());
            match drafts.open(&id, &now) {
                Ok(Opened::Ready { proposal, rev }) => {
                    (*proposal, id, rev, SaveStatus::Saved, None)
                }
                Ok(Opened::NewerSchema { proposal, .. }) => (
                    proposal.map(|p| *p).unwrap_or_else(|| Proposal::new(&now)),
                    id,
                    0,
                    SaveStatus::ReadOnly,
                    Some("notice.newer_schema"),
                ),
                Ok(Opened::Quarantined { .. }) => (
                    Proposal::new(&now),
                    id,
                    0,
                    SaveStatus::Saved,
                    Some("notice.quarantined"),
                ),
                Ok(Opened::Missing) => (Proposal::new(&now), id, 0, SaveStatus::Saved, None),
                Err(err) => (Proposal::new(&now), id, 0, SaveStatus::Failed(err), None),
            }
        });
        let notice = notice.or(if storage_persists() {
            None
        } else {
            Some("notice.storage_off")
        });
        let state = DraftState {
            proposal: RwSignal::new(proposal),
            id: RwSignal::new(id),
            rev: RwSignal::new(rev),
            status: RwSignal::new(status),
            notice: RwSignal::new(notice),
            kept: RwSignal::new(Vec::new()),
            tab: StoredValue::new(format!("t{}", (js_sys::Math::random() * 1e15) as u64)),
            loading: StoredValue::new(false),
        };
        provide_context(state);
        state.find_kept();
        state.start_autosave();
        state
    }

    /// Reads the unsaved copies left on the open draft: other tabs', and this tab's own from
    /// a conflict it left by opening another draft (while in conflict, its own copy is the
    /// text on screen, not something to offer back).
    pub fn find_kept(self) {
        let id = self.id.get_untracked();
        let tab = self.tab.get_value();
        let in_conflict = self.status.get_untracked() == SaveStatus::Conflict;
        let copies = with_store(|s| Unsaved::new(s).of(&id)).unwrap_or_default();
        self.kept.set(
            copies
                .into_iter()
                .filter(|c| !(in_conflict && c.tab == tab))
                .collect(),
        );
    }

    /// Another tab saved first: stop saving, and keep this tab's text aside until the person
    /// chooses (a reload or a closed tab then loses nothing).
    pub fn enter_conflict(self) {
        self.status.set(SaveStatus::Conflict);
        self.keep_unsaved();
    }

    /// Writes this tab's text to its unsaved copy.
    fn keep_unsaved(self) {
        let id = self.id.get_untracked();
        let tab = self.tab.get_value();
        let text = self.proposal.with_untracked(crate::model::to_json_compact);
        let _ = with_store(|s| Unsaved::new(s).keep(&id, &tab, &text, &now_iso()));
    }

    /// The person chose: this tab's unsaved copy is no longer needed.
    pub fn drop_unsaved(self) {
        let id = self.id.get_untracked();
        let tab = self.tab.get_value();
        let _ = with_store(|s| Unsaved::new(s).drop(&id, &tab));
    }

    /// The draft provided by the app.
    pub fn expect() -> DraftState {
        expect_context::<DraftState>()
    }

    /// Changes the proposal; autosave follows.
    pub fn edit(self, f: impl FnOnce(&mut Proposal)) {
        let mut f = Some(f);
        self.edit_dyn(&mut |p| {
            if let Some(f) = f.take() {
                f(p)
            }
        });
    }

    /// The body of [`edit`](Self::edit), behind `dyn`: there are some eighty edits in the
    /// steps, and a generic body (the read-only check and the signal update) would be compiled
    /// into each of them.
    #[inline(never)]
    fn edit_dyn(self, f: &mut dyn FnMut(&mut Proposal)) {
        if self.status.get_untracked() == SaveStatus::ReadOnly {
            return;
        }
        self.proposal.update(|p| {
            f(p);
            p.touch(&now_iso());
        });
    }

    /// Writes the draft now if a change is waiting (or a save failed before).
    pub fn flush(self) {
        match self.status.get_untracked() {
            SaveStatus::Pending | SaveStatus::Failed(_) => {}
            SaveStatus::Conflict => return self.keep_unsaved(),
            _ => return,
        }
        let id = self.id.get_untracked();
        let base = self.rev.get_untracked();
        let now = now_iso();
        let result = with_store(|store| {
            let drafts = Drafts::new(store);
            // Written once, for the draft and its history alike.
            let (text, title) = self
                .proposal
                .with_untracked(|p| (crate::model::to_json_compact(p), p.context.title.clone()));
            let mut r = drafts.save_text(&id, base, &text, &now);
            // Storage full: old history versions give way (oldest first, five per draft kept,
            // then one), so history never stops the draft itself from being saved.
            for keep in [5, 1] {
                if r != Err(StorageError::QuotaExceeded) {
                    break;
                }
                let need = text.len() * 2 + 4096;
                if Library::new(store).thin_history(keep, need).is_ok() {
                    r = drafts.save_text(&id, base, &text, &now);
                }
            }
            if r.is_ok() {
                let _ = drafts.set_last_opened(&id);
                // History is best-effort: it gives way on a full quota, the draft never does.
                // Its copy is written in a task of its own, so neither task holds up typing
                // for long (each writes one large value); if the page closes in between,
                // only that version is missing, never the draft.
                let (id, now) = (id.clone(), now.clone());
                set_timeout(
                    move || {
                        with_store(|store| {
                            let _ =
                                Library::new(store).record_version_text(&id, &text, &title, &now);
                        })
                    },
                    std::time::Duration::ZERO,
                );
            }
            r
        });
        match result {
            Ok(Saved::Done { rev }) => {
                self.rev.set(rev);
                self.status.set(SaveStatus::Saved);
            }
            Ok(Saved::Conflict { .. }) => self.enter_conflict(),
            Err(err) => self.status.set(SaveStatus::Failed(err)),
        }
    }

    /// Saves now, without waiting for the debounce (after restoring a version, say).
    pub fn flush_now(self) {
        if self.status.get_untracked() != SaveStatus::ReadOnly {
            self.status.set(SaveStatus::Pending);
            self.flush();
        }
    }

    /// Saves the current draft, then opens another one in its place.
    pub fn switch_to(self, id: &str) {
        self.flush();
        let now = now_iso();
        let opened = with_store(|store| Drafts::new(store).open(id, &now));
        match opened {
            Ok(Opened::Ready { proposal, rev }) => {
                self.id.set(id.to_string());
                self.rev.set(rev);
                self.status.set(SaveStatus::Saved);
                self.loading.set_value(true);
                self.proposal.set(*proposal);
                let _ = with_store(|store| Drafts::new(store).set_last_opened(id));
                self.find_kept();
            }
            Ok(Opened::NewerSchema { proposal, .. }) => {
                self.id.set(id.to_string());
                self.status.set(SaveStatus::ReadOnly);
                self.loading.set_value(true);
                self.proposal
                    .set(proposal.map(|p| *p).unwrap_or_else(|| Proposal::new(&now)));
                self.notice.set(Some("notice.newer_schema"));
            }
            Ok(Opened::Quarantined { .. }) => self.notice.set(Some("notice.quarantined")),
            Ok(Opened::Missing) => {}
            Err(err) => self.status.set(SaveStatus::Failed(err)),
        }
    }

    /// Re-reads the open draft from storage (another tab saved it).
    pub fn reload_current(self) {
        let id = self.id.get_untracked();
        self.status.set(SaveStatus::Saved);
        self.switch_to_without_saving(&id);
    }

    fn switch_to_without_saving(self, id: &str) {
        let now = now_iso();
        if let Ok(Opened::Ready { proposal, rev }) =
            with_store(|store| Drafts::new(store).open(id, &now))
        {
            self.rev.set(rev);
            self.loading.set_value(true);
            self.proposal.set(*proposal);
            self.status.set(SaveStatus::Saved);
        }
    }

    /// Replaces the current draft's content (restoring a version): saved as a new version.
    pub fn replace(self, proposal: Proposal) {
        self.edit(|p| *p = proposal);
    }

    fn start_autosave(self) {
        let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        self.loading.set_value(true);
        Effect::new(move |_| {
            // Track the document only; the first run, and any run right after a load, is a
            // value that came from storage, not an edit.
            self.proposal.track();
            if self.loading.get_value() {
                self.loading.set_value(false);
                return;
            }
            if self.status.get_untracked() == SaveStatus::ReadOnly {
                return;
            }
            if !matches!(self.status.get_untracked(), SaveStatus::Conflict) {
                self.status.set(SaveStatus::Pending);
            }
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(move || self.flush(), Duration::from_millis(400));
            timer.set_value(handle.ok());
        });
        // Closing or hiding the tab must not wait for the debounce.
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let vis = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        on_cleanup(move || {
            hide.remove();
            vis.remove();
        });
    }
}

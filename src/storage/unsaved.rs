//! Text a tab could not save because another tab saved the same draft first.
//!
//! The conflict banner asks which text to keep; until the person chooses, the tab's own text
//! is kept here, one copy per tab (`asmpb.unsaved.<draft>.<tab>`), rewritten as they go on
//! typing. So a reload or a closed tab in the middle of a conflict loses nothing: the next
//! time the draft opens, the copy is offered back. The copy is not a history version: history
//! rolls its newest slot, and the other tab's next save could roll this text away.

use super::drafts::Envelope;
use super::{KeyValueStore, StorageError, StorageKey};

/// One kept copy: which tab wrote it, when, and the proposal as JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsavedCopy {
    /// The tab that could not save it.
    pub tab: String,
    /// When it was last written, ISO 8601.
    pub saved_at: String,
    /// The proposal, as [`crate::model::to_json_compact`] wrote it.
    pub proposal: String,
}

/// The unsaved copies of a store.
pub struct Unsaved<'a> {
    store: &'a dyn KeyValueStore,
}

impl<'a> Unsaved<'a> {
    /// The copies kept in `store`.
    pub fn new(store: &'a dyn KeyValueStore) -> Self {
        Unsaved { store }
    }

    /// Keeps (or replaces) `tab`'s copy of `draft`. Confirmed by reading back, like a save.
    pub fn keep(
        &self,
        draft: &str,
        tab: &str,
        proposal_json: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        let envelope = Envelope {
            id: draft.to_string(),
            rev: 0,
            saved_at: now.to_string(),
            proposal: proposal_json.to_string(),
            trashed_at: None,
        };
        let key = StorageKey::Unsaved(draft.to_string(), tab.to_string()).as_string();
        self.store.set_confirmed(&key, &envelope.write())
    }

    /// Every copy kept for `draft`, oldest first; an unreadable one is left where it is.
    pub fn of(&self, draft: &str) -> Result<Vec<UnsavedCopy>, StorageError> {
        let prefix = StorageKey::Unsaved(draft.to_string(), String::new()).as_string();
        let mut copies = Vec::new();
        for key in self.store.keys()? {
            let Some(tab) = key.strip_prefix(&prefix) else {
                continue;
            };
            // `draft.x` must not take `draft.x-1`'s copies: tab ids have no dot.
            if tab.is_empty() || tab.contains('.') {
                continue;
            }
            let Some(envelope) = self
                .store
                .get(&key)?
                .and_then(|raw| Envelope::read(&raw).ok())
            else {
                continue;
            };
            copies.push(UnsavedCopy {
                tab: tab.to_string(),
                saved_at: envelope.saved_at,
                proposal: envelope.proposal,
            });
        }
        copies.sort_by(|a, b| a.saved_at.cmp(&b.saved_at));
        Ok(copies)
    }

    /// Forgets `tab`'s copy of `draft` (the person chose, or the text was saved after all).
    pub fn drop(&self, draft: &str, tab: &str) -> Result<(), StorageError> {
        self.store
            .remove(&StorageKey::Unsaved(draft.to_string(), tab.to_string()).as_string())
    }

    /// Forgets every copy of `draft` (the draft is purged).
    pub fn drop_all(&self, draft: &str) -> Result<(), StorageError> {
        for copy in self.of(draft)? {
            self.drop(draft, &copy.tab)?;
        }
        Ok(())
    }
}

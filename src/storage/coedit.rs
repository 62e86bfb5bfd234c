//! Co-editing's stored parts: the person writing on this device, each shared draft's engine
//! document (beside the draft, written only when a copy is sent or merged, so typing and
//! autosave never touch it) and the last merge's report, kept until put away so it survives
//! following its links and a reload.

use base64::Engine as _;

use super::{KeyValueStore, StorageError, StorageKey};
use crate::coedit::changes::Change;
use crate::coedit::{Conflict, Person};
use crate::model::Proposal;

/// The stored engine document of a draft.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredDoc {
    shared_id: String,
    /// The document's bytes, base64 (localStorage holds text).
    doc: String,
}

/// What the last merge into a draft did, until the person puts it away.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MergeReport {
    /// When it was merged, ISO 8601.
    pub at: String,
    /// Who wrote what came in.
    pub from: Vec<String>,
    /// Conflicts the person has not chosen for yet.
    pub conflicts: Vec<Conflict>,
    /// What changed in the draft.
    pub changes: Vec<Change>,
    /// Links removed because their item was deleted on the other side (flat keys).
    #[serde(default)]
    pub unlinked: Vec<String>,
    /// The draft as it was before the merge, for "Undo the merge".
    pub before: Proposal,
    /// Its engine document then, base64.
    pub doc_before: Option<String>,
}

/// Co-editing's keys in a store.
pub struct CoeditStore<'a> {
    store: &'a dyn KeyValueStore,
}

impl<'a> CoeditStore<'a> {
    /// Over `store`.
    pub fn new(store: &'a dyn KeyValueStore) -> Self {
        CoeditStore { store }
    }

    /// The person writing on this device, once they gave their name.
    pub fn person(&self) -> Option<Person> {
        let text = self
            .store
            .get(&StorageKey::DevicePerson.as_string())
            .ok()??;
        serde_json::from_str(&text).ok()
    }

    /// Keeps the person writing on this device.
    pub fn set_person(&self, person: &Person) -> Result<(), StorageError> {
        let text = serde_json::to_string(person).unwrap_or_default();
        self.store
            .set_confirmed(&StorageKey::DevicePerson.as_string(), &text)
    }

    /// The draft's engine document and its shared proposal's id, if it is shared.
    pub fn doc(&self, draft: &str) -> Option<(String, Vec<u8>)> {
        let stored = self.stored(draft)?;
        let bytes = decode(&stored.doc)?;
        Some((stored.shared_id, bytes))
    }

    /// The draft's stored document, still in base64.
    fn stored(&self, draft: &str) -> Option<StoredDoc> {
        let text = self
            .store
            .get(&StorageKey::CoeditDoc(draft.to_string()).as_string())
            .ok()??;
        serde_json::from_str(&text).ok()
    }

    /// Keeps the draft's engine document.
    pub fn set_doc(&self, draft: &str, shared_id: &str, doc: &[u8]) -> Result<(), StorageError> {
        let text = serde_json::to_string(&StoredDoc {
            shared_id: shared_id.to_string(),
            doc: encode(doc),
        })
        .unwrap_or_default();
        self.store
            .set_confirmed(&StorageKey::CoeditDoc(draft.to_string()).as_string(), &text)
    }

    /// The draft sharing the proposal `shared_id` on this device, if any (not in the trash is
    /// the caller's check).
    pub fn draft_of(&self, shared_id: &str) -> Option<String> {
        let prefix = StorageKey::CoeditDoc(String::new()).as_string();
        let keys = self.store.keys().ok()?;
        keys.iter()
            .filter_map(|k| k.strip_prefix(&prefix))
            // The shared id is compared before a document is decoded, so only the match is.
            .find(|draft| {
                self.stored(draft)
                    .is_some_and(|d| d.shared_id == shared_id && decode(&d.doc).is_some())
            })
            .map(str::to_string)
    }

    /// The last merge's report for the draft.
    pub fn report(&self, draft: &str) -> Option<MergeReport> {
        let text = self
            .store
            .get(&StorageKey::CoeditReport(draft.to_string()).as_string())
            .ok()??;
        serde_json::from_str(&text).ok()
    }

    /// Keeps the last merge's report (or puts it away, with `None`).
    pub fn set_report(
        &self,
        draft: &str,
        report: Option<&MergeReport>,
    ) -> Result<(), StorageError> {
        let key = StorageKey::CoeditReport(draft.to_string()).as_string();
        match report {
            Some(r) => self
                .store
                .set_confirmed(&key, &serde_json::to_string(r).unwrap_or_default()),
            None => self.store.remove(&key),
        }
    }

    /// Forgets everything co-editing kept for a draft deleted for good.
    pub fn forget(&self, draft: &str) -> Result<(), StorageError> {
        // Removes the keys directly: going through `set_report` would put the report's
        // serializer in the first module, which purging a draft is part of.
        self.store
            .remove(&StorageKey::CoeditDoc(draft.to_string()).as_string())?;
        self.store
            .remove(&StorageKey::CoeditReport(draft.to_string()).as_string())
    }
}

/// Bytes as base64 text.
pub fn encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Base64 text as bytes.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

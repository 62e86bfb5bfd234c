//! The drafts repository: every draft of this device, kept in a `KeyValueStore`.
//!
//! A draft is stored as an envelope `{id, rev, saved_at, proposal}` under its own key. Writes
//! are read back before they count as saved; a value that no longer parses is moved aside to a
//! quarantine key, never overwritten; a draft from a newer schema is opened read-only.

use super::{KeyValueStore, StorageError, StorageKey};
use crate::model::{self, Proposal};
use serde_json::value::RawValue;

/// A draft as stored: the proposal plus what the repository needs to guard it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The draft's id (also in its storage key).
    pub id: String,
    /// Revision: +1 on every save, so two tabs notice each other's writes.
    pub rev: u64,
    /// When the draft was saved, ISO 8601.
    pub saved_at: String,
    /// The document itself, kept as raw JSON text so a newer or broken one is never altered
    /// (and so the proposal has one serializer and one deserializer in the bundle).
    pub proposal: String,
    /// In the trash since this time, if deleted (restorable until purged).
    pub trashed_at: Option<String>,
}

/// The stored form as read: the proposal's JSON text is borrowed, checked to be JSON but not
/// turned into a document, so listing drafts or checking a revision never builds one.
#[derive(serde::Deserialize)]
struct Stored<'a> {
    id: String,
    rev: u64,
    saved_at: String,
    #[serde(borrow)]
    proposal: &'a RawValue,
    #[serde(default)]
    trashed_at: Option<String>,
}

impl Envelope {
    /// Reads a stored envelope, keeping the proposal as its text.
    pub fn read(text: &str) -> Result<Envelope, String> {
        let stored: Stored = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(Envelope {
            id: stored.id,
            rev: stored.rev,
            saved_at: stored.saved_at,
            proposal: stored.proposal.get().to_string(),
            trashed_at: stored.trashed_at,
        })
    }

    /// The stored form: `{"id","rev","saved_at","proposal"[,"trashed_at"]}`. The proposal's
    /// text (from the model's serializer or [`Envelope::read`], so JSON) is written as is
    /// rather than copied through a serializer, which matters for a large draft's autosave.
    pub fn write(&self) -> String {
        use crate::json::to_string;
        let trashed = match &self.trashed_at {
            Some(t) => format!(",\"trashed_at\":{}", to_string(t)),
            None => String::new(),
        };
        format!(
            "{{\"id\":{},\"rev\":{},\"saved_at\":{},\"proposal\":{}{trashed}}}",
            to_string(&self.id),
            self.rev,
            to_string(&self.saved_at),
            self.proposal,
        )
    }
}

/// What opening a stored draft gave.
#[derive(Debug)]
pub enum Opened {
    /// The draft, ready to edit, with the revision it was read at.
    Ready {
        /// The proposal.
        proposal: Box<Proposal>,
        /// Revision read.
        rev: u64,
    },
    /// Written by a newer version of the app: shown read-only, never saved over.
    NewerSchema {
        /// The proposal as far as this version understands it, if at all.
        proposal: Option<Box<Proposal>>,
        /// The schema version found.
        found: u32,
    },
    /// Unreadable: moved aside under this quarantine key, untouched.
    Quarantined {
        /// The quarantine id (for the download of the raw value).
        quarantine_id: String,
        /// What was wrong, for the message.
        reason: String,
    },
    /// No draft stored under this id.
    Missing,
}

/// Result of a save.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written and read back at this revision.
    Done {
        /// The new revision.
        rev: u64,
    },
    /// Another tab saved a newer revision since we read ours: nothing was written.
    Conflict {
        /// The revision found in storage.
        theirs: u64,
    },
}

/// The drafts repository over any store.
pub struct Drafts<'a> {
    store: &'a dyn KeyValueStore,
}

impl<'a> Drafts<'a> {
    /// A repository over `store`.
    pub fn new(store: &'a dyn KeyValueStore) -> Self {
        Drafts { store }
    }

    /// The id of the draft opened last, if any.
    pub fn last_opened(&self) -> Result<Option<String>, StorageError> {
        self.store.get(&StorageKey::LastDraft.as_string())
    }

    /// Remembers which draft to reopen next time.
    pub fn set_last_opened(&self, id: &str) -> Result<(), StorageError> {
        self.store.set(&StorageKey::LastDraft.as_string(), id)
    }

    /// The revision currently stored for a draft (0 when none or unreadable).
    pub fn stored_rev(&self, id: &str) -> Result<u64, StorageError> {
        let raw = self
            .store
            .get(&StorageKey::Draft(id.to_string()).as_string())?;
        Ok(raw
            .and_then(|r| Envelope::read(&r).ok())
            .map(|e| e.rev)
            .unwrap_or(0))
    }

    /// Opens a draft, moving an unreadable value aside instead of failing or overwriting it.
    pub fn open(&self, id: &str, now: &str) -> Result<Opened, StorageError> {
        let key = StorageKey::Draft(id.to_string()).as_string();
        let Some(raw) = self.store.get(&key)? else {
            return Ok(Opened::Missing);
        };
        let envelope = match Envelope::read(&raw) {
            Ok(e) => e,
            Err(err) => return self.quarantine(id, &raw, now, &err),
        };
        match model::import_json(envelope.proposal.as_bytes()) {
            Ok(proposal) => Ok(Opened::Ready {
                proposal: Box::new(proposal),
                rev: envelope.rev,
            }),
            Err(model::ImportError::NewerSchema { found, .. }) => {
                // Shown as far as this version understands it; never saved over.
                let proposal = crate::json::from_str::<Proposal>(&envelope.proposal).ok();
                Ok(Opened::NewerSchema {
                    proposal: proposal.map(Box::new),
                    found: u32::try_from(found).unwrap_or(u32::MAX),
                })
            }
            Err(err) => self.quarantine(id, &raw, now, &format!("{err:?}")),
        }
    }

    /// Moves an unreadable stored value aside, keeping it byte for byte.
    fn quarantine(
        &self,
        id: &str,
        raw: &str,
        now: &str,
        reason: &str,
    ) -> Result<Opened, StorageError> {
        let quarantine_id = format!("{id}.{}", now.replace([':', '.'], "-"));
        self.store.set_confirmed(
            &StorageKey::Quarantine(quarantine_id.clone()).as_string(),
            raw,
        )?;
        // Only once the copy is confirmed is the original removed, so nothing is ever lost.
        self.store
            .remove(&StorageKey::Draft(id.to_string()).as_string())?;
        Ok(Opened::Quarantined {
            quarantine_id,
            reason: reason.to_string(),
        })
    }

    /// The raw text of a quarantined value, for download.
    pub fn quarantined(&self, quarantine_id: &str) -> Result<Option<String>, StorageError> {
        self.store
            .get(&StorageKey::Quarantine(quarantine_id.to_string()).as_string())
    }

    /// Saves a draft if nobody saved a newer revision since `base_rev`; reads it back.
    ///
    /// On any error the previously stored copy is untouched (a failed `setItem` writes nothing).
    pub fn save(
        &self,
        id: &str,
        base_rev: u64,
        proposal: &Proposal,
        now: &str,
    ) -> Result<Saved, StorageError> {
        self.save_text(id, base_rev, &model::to_json_compact(proposal), now)
    }

    /// [`Drafts::save`] for a proposal already written with [`model::to_json_compact`], so an
    /// autosave that also keeps a version writes the document once.
    pub fn save_text(
        &self,
        id: &str,
        base_rev: u64,
        proposal_json: &str,
        now: &str,
    ) -> Result<Saved, StorageError> {
        let key = StorageKey::Draft(id.to_string()).as_string();
        let stored = self.store.get(&key)?.and_then(|r| Envelope::read(&r).ok());
        let theirs = stored.as_ref().map(|e| e.rev).unwrap_or(0);
        if theirs > base_rev {
            return Ok(Saved::Conflict { theirs });
        }
        let rev = base_rev.max(theirs) + 1;
        let envelope = Envelope {
            id: id.to_string(),
            rev,
            saved_at: now.to_string(),
            proposal: proposal_json.to_string(),
            trashed_at: stored.and_then(|e| e.trashed_at),
        };
        let text = envelope.write();
        self.store
            .set_confirmed(&StorageKey::Draft(id.to_string()).as_string(), &text)?;
        Ok(Saved::Done { rev })
    }
}

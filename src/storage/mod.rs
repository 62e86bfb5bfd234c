//! Storage behind a trait: the drafts repository talks to a `KeyValueStore`, and the app picks
//! the browser's localStorage, tests an in-memory store or a fault-injecting one.
//!
//! Every call returns a `Result`; errors reach the person through the UI's one status channel,
//! never a panic, and a failed write leaves what was stored before untouched.

pub mod backup;
mod coedit;
pub mod delta;
mod drafts;
mod faulty;
mod keys;
mod library;
mod memory;
mod unsaved;

#[cfg(target_arch = "wasm32")]
pub mod browser;

pub use coedit::{decode as coedit_decode, encode as coedit_encode, CoeditStore, MergeReport};
pub use drafts::{Drafts, Envelope, Opened, Saved};
pub use faulty::{Fault, FaultyStore};
pub use keys::{StorageKey, PREFIX_DRAFT};
pub use library::{epoch_secs, DraftSummary, Library, Thinned, VersionInfo, HISTORY_LEN};

/// What localStorage allows an origin on most browsers, in bytes as it counts them (UTF-16):
/// the gauge's denominator when a store does not know its own quota.
pub const TYPICAL_QUOTA: usize = 5 * 1024 * 1024;
pub use memory::MemoryStore;
pub use unsaved::{Unsaved, UnsavedCopy};

use std::fmt;

/// Why a storage call failed, sorted into what the person can do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's quota is full: nothing new can be written until space is freed.
    QuotaExceeded,
    /// Storage is switched off or missing (private mode, disabled by policy).
    Unavailable,
    /// A write could not be confirmed by reading it back.
    NotConfirmed,
    /// Anything else the backend reported.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::QuotaExceeded => write!(f, "storage quota exceeded"),
            StorageError::Unavailable => write!(f, "storage unavailable"),
            StorageError::NotConfirmed => write!(f, "write not confirmed"),
            StorageError::Other(msg) => write!(f, "storage error: {msg}"),
        }
    }
}

/// A string key-value store: the one thing the app asks of the browser's storage.
pub trait KeyValueStore {
    /// Reads a value; `Ok(None)` when the key was never written.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes a value, replacing what was there only if the write succeeds.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes a value; removing a missing key is not an error.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;

    /// The store's size limit in bytes (UTF-16), when it knows it.
    fn quota(&self) -> Option<usize> {
        None
    }

    /// Writes then reads back, so a save is only reported done once it is really there.
    fn set_confirmed(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.set(key, value)?;
        match self.get(key)? {
            Some(stored) if stored == value => Ok(()),
            _ => Err(StorageError::NotConfirmed),
        }
    }

    /// Bytes used by this app's keys (UTF-16 as browsers count them), for the storage gauge.
    fn used_bytes(&self) -> Result<usize, StorageError> {
        let mut total = 0;
        for key in self.keys()? {
            if !StorageKey::is_ours(&key) {
                continue;
            }
            let value = self.get(&key)?.unwrap_or_default();
            total += (key.encode_utf16().count() + value.encode_utf16().count()) * 2;
        }
        Ok(total)
    }
}

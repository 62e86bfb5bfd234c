//! A store that fails on demand, so tests can prove that every failure is handled and that
//! nothing already saved is lost when a write goes wrong.

use super::{KeyValueStore, MemoryStore, StorageError};
use std::cell::Cell;

/// Which failure the store injects from now on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Fault {
    /// Behave normally.
    #[default]
    None,
    /// Every write fails as if the quota were full.
    QuotaOnWrite,
    /// Every call fails as if storage were disabled.
    Unavailable,
    /// Writes claim success but store nothing, as a broken backend might.
    SilentDrop,
    /// This many more writes succeed, then the quota is full: a write that would take more
    /// room than the key's value already does fails (as a browser's full storage behaves).
    QuotaAfterWrites(u32),
}

/// A `MemoryStore` wrapped with a switchable fault.
#[derive(Debug, Default)]
pub struct FaultyStore {
    inner: MemoryStore,
    fault: Cell<Fault>,
}

impl FaultyStore {
    /// A healthy store; switch faults on with `set_fault`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Chooses the fault injected by later calls.
    pub fn set_fault(&self, fault: Fault) {
        self.fault.set(fault);
    }

    /// Direct access to what is really stored, bypassing faults.
    pub fn inner(&self) -> &MemoryStore {
        &self.inner
    }
}

impl KeyValueStore for FaultyStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self.fault.get() {
            Fault::Unavailable => Err(StorageError::Unavailable),
            _ => self.inner.get(key),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self.fault.get() {
            Fault::None => self.inner.set(key, value),
            Fault::QuotaOnWrite => Err(StorageError::QuotaExceeded),
            Fault::Unavailable => Err(StorageError::Unavailable),
            Fault::SilentDrop => Ok(()),
            Fault::QuotaAfterWrites(0) => {
                let old = self.inner.get(key)?.map(|v| v.encode_utf16().count());
                match old {
                    Some(old) if value.encode_utf16().count() <= old => self.inner.set(key, value),
                    _ => Err(StorageError::QuotaExceeded),
                }
            }
            Fault::QuotaAfterWrites(n) => {
                self.fault.set(Fault::QuotaAfterWrites(n - 1));
                self.inner.set(key, value)
            }
        }
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self.fault.get() {
            Fault::Unavailable => Err(StorageError::Unavailable),
            _ => self.inner.remove(key),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        match self.fault.get() {
            Fault::Unavailable => Err(StorageError::Unavailable),
            _ => self.inner.keys(),
        }
    }
}

//! An in-memory store: the backend for native tests, and the fallback when the browser
//! offers no storage at all, so the app still works (and says so).

use super::{KeyValueStore, StorageError};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A `KeyValueStore` that lives in memory, with an optional byte quota to mimic a full disk.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store without a quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that refuses writes beyond `bytes` in total (keys plus values, UTF-16).
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore {
            map: RefCell::new(BTreeMap::new()),
            quota: Some(bytes),
        }
    }

    fn size_with(&self, key: &str, value: &str) -> usize {
        let map = self.map.borrow();
        let others: usize = map
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) * 2)
            .sum();
        others + (key.encode_utf16().count() + value.encode_utf16().count()) * 2
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota {
            if self.size_with(key, value) > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }

    fn quota(&self) -> Option<usize> {
        self.quota
    }
}

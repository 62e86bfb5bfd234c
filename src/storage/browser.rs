//! The browser backend: localStorage through gloo-storage, with the browsers' different
//! quota errors (Chromium, Firefox, WebKit) all mapped to `StorageError::QuotaExceeded`.

use super::{KeyValueStore, StorageError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// localStorage as a `KeyValueStore`.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl LocalStore {
    /// Whether localStorage can be used at all (it throws in some private modes).
    pub fn available() -> bool {
        let probe = "asmpb.probe";
        let storage = match raw() {
            Ok(s) => s,
            Err(_) => return false,
        };
        let ok = storage.set_item(probe, "1").is_ok();
        let _ = storage.remove_item(probe);
        ok
    }
}

fn raw() -> Result<web_sys::Storage, StorageError> {
    // gloo's `raw()` panics when storage is missing; ask the window first so we never panic.
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

/// Sorts a thrown DOMException into our error kinds.
pub fn classify(err: &JsValue) -> StorageError {
    if let Some(ex) = err.dyn_ref::<web_sys::DomException>() {
        let name = ex.name();
        // Chromium and WebKit: QuotaExceededError (code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            return StorageError::QuotaExceeded;
        }
        if ex.code() == 22 || ex.code() == 1014 {
            return StorageError::QuotaExceeded;
        }
        if name == "SecurityError" {
            return StorageError::Unavailable;
        }
        return StorageError::Other(format!("{name}: {}", ex.message()));
    }
    StorageError::Other(format!("{err:?}"))
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        raw()?.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        raw()?.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        raw()?.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = raw()?;
        let len = storage.length().map_err(|e| classify(&e))?;
        let mut out = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Ok(Some(k)) = storage.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }
}

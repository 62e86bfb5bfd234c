//! Browser tests (wasm-bindgen-test in headless Chromium): the real localStorage backend, and
//! the app mounted in a page.
#![cfg(target_arch = "wasm32")]

use asm_proposal::model::Proposal;
use asm_proposal::storage::browser::LocalStore;
use asm_proposal::storage::{Drafts, KeyValueStore, Opened, Saved, StorageError, StorageKey};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-27T10:00:00Z";

fn clear() {
    let store = LocalStore;
    for k in store.keys().unwrap_or_default() {
        let _ = store.remove(&k);
    }
}

#[wasm_bindgen_test]
fn local_store_round_trips_values() {
    clear();
    let store = LocalStore;
    assert!(LocalStore::available());
    assert_eq!(store.get("asmpb.test").unwrap(), None);
    store.set("asmpb.test", "héllo ✓").unwrap();
    assert_eq!(store.get("asmpb.test").unwrap().as_deref(), Some("héllo ✓"));
    assert!(store.keys().unwrap().contains(&"asmpb.test".to_string()));
    store.remove("asmpb.test").unwrap();
    assert_eq!(store.get("asmpb.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_draft_saved_to_local_storage_comes_back() {
    clear();
    let store = LocalStore;
    let drafts = Drafts::new(&store);
    let mut p = Proposal::new(NOW);
    p.context.title = "Mercury-free gold".into();
    assert_eq!(
        drafts.save("d1", 0, &p, NOW).unwrap(),
        Saved::Done { rev: 1 }
    );
    match drafts.open("d1", NOW).unwrap() {
        Opened::Ready { proposal, .. } => assert_eq!(proposal.context.title, "Mercury-free gold"),
        other => panic!("{other:?}"),
    }
    // It really is in localStorage under our key.
    let raw = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&StorageKey::Draft("d1".into()).as_string())
        .unwrap()
        .unwrap();
    assert!(raw.contains("Mercury-free gold"));
}

#[wasm_bindgen_test]
fn the_real_quota_error_is_recognised_and_keeps_the_old_value() {
    clear();
    let store = LocalStore;
    store.set("asmpb.q", "old").unwrap();
    // Chromium allows about 5 MB (10 MB of UTF-16) per origin: 12 M characters cannot fit.
    let huge = "x".repeat(12 * 1024 * 1024);
    let err = store.set("asmpb.q", &huge).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert_eq!(store.get("asmpb.q").unwrap().as_deref(), Some("old"));
    clear();
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_context_step() {
    clear();
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    let host = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    body.append_child(&host).unwrap();
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let handle = leptos::mount::mount_to(host.clone(), asm_proposal::App);
    let doc = web_sys::window().unwrap().document().unwrap();
    assert!(doc.get_element_by_id("f-context-title").is_some());
    assert!(doc.query_selector("nav.steps").unwrap().is_some());
    let items = doc.query_selector_all("nav.steps li").unwrap().length();
    assert_eq!(items, 10);
    drop(handle);
}

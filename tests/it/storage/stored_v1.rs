//! Drafts and files written by the build before the move to serde (tests/fixtures/stored-v1,
//! see its README) open in this one, unchanged: nothing a browser already holds is lost.

use asm_proposal::export::render_json;
use asm_proposal::model::{import_json, to_json_compact};
use asm_proposal::storage::{
    Drafts, Envelope, KeyValueStore, Library, MemoryStore, Opened, StorageKey,
};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stored-v1");

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).expect("fixture present")
}

/// A store holding exactly what the earlier build left in localStorage.
fn earlier_store() -> MemoryStore {
    let all: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&read("local-storage.json")).expect("fixture is JSON");
    let store = MemoryStore::new();
    for (k, v) in all {
        store
            .set(&k, v.as_str().expect("stored values are text"))
            .expect("fits");
    }
    store
}

#[test]
fn every_earlier_draft_lists_and_opens_with_its_history() {
    let store = earlier_store();
    let library = Library::new(&store);
    let list = library.list().expect("lists");
    assert_eq!(list.len(), 4);
    assert!(list.iter().all(|d| !d.unreadable), "{list:?}");
    assert_eq!(list.iter().filter(|d| d.trashed_at.is_some()).count(), 1);
    assert!(list.iter().any(|d| d
        .title
        .starts_with("Quotes \" back\\slash </script> \u{1F600}")));
    let drafts = Drafts::new(&store);
    for d in &list {
        match drafts.open(&d.id, "2026-12-01T00:00:00Z").expect("opens") {
            Opened::Ready { proposal, rev } => {
                assert_eq!(proposal.context.title, d.title);
                assert!(rev >= 1);
            }
            other => panic!("{} did not open: {other:?}", d.id),
        }
        let versions = library.versions(&d.id);
        assert!(!versions.is_empty(), "{} lost its history", d.id);
        for v in &versions {
            let old = library.version(&d.id, v.index).expect("version opens");
            assert_eq!(old.context.title, v.title);
        }
    }
    // Example drafts were saved twice five minutes apart: two kept versions each.
    assert!(list
        .iter()
        .filter(|d| d.title.ends_with("(revised)"))
        .all(|d| library.versions(&d.id).len() == 2));
    let last = drafts.last_opened().expect("reads").expect("remembered");
    assert_eq!(last, "d20261121100000");
    assert!(list.iter().any(|d| d.id == last));
    assert_eq!(
        store
            .get(&StorageKey::Language.as_string())
            .expect("reads")
            .as_deref(),
        Some("fr")
    );
}

#[test]
fn an_earlier_draft_saved_again_is_written_byte_for_byte_as_before() {
    let store = earlier_store();
    for key in store.keys().expect("keys") {
        if !key.starts_with("asmpb.draft.") {
            continue;
        }
        let raw = store.get(&key).expect("reads").expect("present");
        let envelope = Envelope::read(&raw).expect("envelope reads");
        assert_eq!(envelope.write(), raw, "{key}: envelope");
        let proposal = import_json(envelope.proposal.as_bytes()).expect("imports");
        assert_eq!(
            to_json_compact(&proposal),
            envelope.proposal,
            "{key}: proposal"
        );
    }
}

#[test]
fn earlier_json_exports_import_and_export_again_unchanged() {
    for name in [
        "export-andean_mercury.json",
        "export-peru_women_fund.json",
        "export-tanzania_health.json",
        "export-stress.json",
    ] {
        let text = read(name);
        let proposal = import_json(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = render_json(&proposal).expect("exports").bytes;
        assert_eq!(String::from_utf8(again).expect("UTF-8"), text, "{name}");
    }
}

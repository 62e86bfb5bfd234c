//! Co-editing's stored parts: the person, each draft's engine document, the merge report.

use crate::support::fixture::good;
use asm_proposal::coedit::Person;
use asm_proposal::storage::{
    CoeditStore, KeyValueStore, Library, MemoryStore, MergeReport, StorageKey,
};

#[test]
fn the_person_the_document_and_the_report_are_kept_per_draft() {
    let store = MemoryStore::new();
    let c = CoeditStore::new(&store);
    assert_eq!(c.person(), None);
    let me = Person {
        name: "Amina".into(),
        actor: "aa01".into(),
    };
    c.set_person(&me).unwrap();
    assert_eq!(c.person(), Some(me));

    c.set_doc("d1", "shared-1", &[0, 1, 2, 255]).unwrap();
    c.set_doc("d2", "shared-2", &[9]).unwrap();
    assert_eq!(
        c.doc("d1"),
        Some(("shared-1".to_string(), vec![0, 1, 2, 255]))
    );
    assert_eq!(c.draft_of("shared-2").as_deref(), Some("d2"));
    assert_eq!(c.draft_of("nobody"), None);

    let report = MergeReport {
        at: "2026-12-04T10:00:00Z".into(),
        from: vec!["Bruno".into()],
        conflicts: Vec::new(),
        changes: Vec::new(),
        unlinked: Vec::new(),
        before: good(),
        doc_before: None,
    };
    c.set_report("d1", Some(&report)).unwrap();
    assert_eq!(c.report("d1"), Some(report));
    c.set_report("d1", None).unwrap();
    assert_eq!(c.report("d1"), None);
}

#[test]
fn a_corrupt_stored_document_reads_as_none_and_a_purged_draft_forgets_it() {
    let store = MemoryStore::new();
    let key = StorageKey::CoeditDoc("d1".into()).as_string();
    store.set(&key, "{not json").unwrap();
    assert_eq!(CoeditStore::new(&store).doc("d1"), None);
    store.set(&key, r#"{"shared_id":"s","doc":"@@@"}"#).unwrap();
    assert_eq!(CoeditStore::new(&store).doc("d1"), None);

    let lib = Library::new(&store);
    let id = lib.create(&good(), "2026-12-04T10:00:00Z").unwrap();
    CoeditStore::new(&store).set_doc(&id, "s", &[1]).unwrap();
    lib.set_trashed(&id, Some("2026-12-04T10:00:00Z")).unwrap();
    lib.purge(&id).unwrap();
    assert_eq!(CoeditStore::new(&store).doc(&id), None);
}

#[test]
fn the_devices_identity_is_never_carried_by_a_backup_as_a_setting() {
    assert!(!StorageKey::is_setting(
        &StorageKey::DevicePerson.as_string()
    ));
    assert!(!StorageKey::is_setting(
        &StorageKey::CoeditDoc("d".into()).as_string()
    ));
    assert!(!StorageKey::is_setting(
        &StorageKey::CoeditReport("d".into()).as_string()
    ));
    assert!(StorageKey::is_setting(&StorageKey::Language.as_string()));
}

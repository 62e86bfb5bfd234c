//! The storage trait and the drafts repository over the in-memory and fault-injecting backends.

use asm_proposal::model::Proposal;
use asm_proposal::storage::{
    Drafts, Fault, FaultyStore, KeyValueStore, MemoryStore, Opened, Saved, StorageError, StorageKey,
};

const NOW: &str = "2026-11-27T10:00:00Z";

fn sample() -> Proposal {
    let mut p = Proposal::new(NOW);
    p.context.title = "Women's savings fund".into();
    p.context.applicant = "Asociación de Mineras".into();
    p.context.country_name = "Peru".into();
    p.context.country_code = "PE".into();
    p.context.sites = vec!["Santa Filomena".into()];
    p.context.minerals = vec!["gold".into()];
    p
}

#[test]
fn memory_store_sets_gets_removes_and_lists() {
    let s = MemoryStore::new();
    assert_eq!(s.get("a").unwrap(), None);
    s.set("a", "1").unwrap();
    s.set("b", "2").unwrap();
    assert_eq!(s.get("a").unwrap().as_deref(), Some("1"));
    let mut keys = s.keys().unwrap();
    keys.sort();
    assert_eq!(keys, vec!["a", "b"]);
    s.remove("a").unwrap();
    assert_eq!(s.get("a").unwrap(), None);
}

#[test]
fn memory_quota_refuses_and_keeps_the_old_value() {
    let s = MemoryStore::with_quota(40);
    s.set("k", "short").unwrap();
    let err = s.set("k", &"x".repeat(100)).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert_eq!(s.get("k").unwrap().as_deref(), Some("short"));
}

#[test]
fn a_saved_draft_comes_back() {
    let store = MemoryStore::new();
    let drafts = Drafts::new(&store);
    let p = sample();
    assert_eq!(
        drafts.save("d1", 0, &p, NOW).unwrap(),
        Saved::Done { rev: 1 }
    );
    drafts.set_last_opened("d1").unwrap();
    assert_eq!(drafts.last_opened().unwrap().as_deref(), Some("d1"));
    match drafts.open("d1", NOW).unwrap() {
        Opened::Ready { proposal, rev } => {
            assert_eq!(*proposal, p);
            assert_eq!(rev, 1);
        }
        other => panic!("expected the draft, got {other:?}"),
    }
}

#[test]
fn a_missing_draft_is_reported_missing() {
    let store = MemoryStore::new();
    assert!(matches!(
        Drafts::new(&store).open("nope", NOW).unwrap(),
        Opened::Missing
    ));
}

#[test]
fn a_stale_tab_cannot_overwrite_a_newer_save() {
    let store = MemoryStore::new();
    let drafts = Drafts::new(&store);
    let p = sample();
    drafts.save("d1", 0, &p, NOW).unwrap();
    // Tab B read rev 1 and saved rev 2.
    let mut b = p.clone();
    b.context.title = "Tab B".into();
    assert_eq!(
        drafts.save("d1", 1, &b, NOW).unwrap(),
        Saved::Done { rev: 2 }
    );
    // Tab A still thinks it is at rev 1: it must not overwrite.
    let mut a = p.clone();
    a.context.title = "Tab A".into();
    assert_eq!(
        drafts.save("d1", 1, &a, NOW).unwrap(),
        Saved::Conflict { theirs: 2 }
    );
    match drafts.open("d1", NOW).unwrap() {
        Opened::Ready { proposal, .. } => assert_eq!(proposal.context.title, "Tab B"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn quota_error_leaves_the_previous_copy() {
    let store = FaultyStore::new();
    let drafts = Drafts::new(&store);
    let p = sample();
    drafts.save("d1", 0, &p, NOW).unwrap();
    store.set_fault(Fault::QuotaOnWrite);
    let mut changed = p.clone();
    changed.context.title = "changed".into();
    assert_eq!(
        drafts.save("d1", 1, &changed, NOW).unwrap_err(),
        StorageError::QuotaExceeded
    );
    store.set_fault(Fault::None);
    match drafts.open("d1", NOW).unwrap() {
        Opened::Ready { proposal, .. } => assert_eq!(*proposal, p),
        other => panic!("{other:?}"),
    }
    // Once space is back, the pending change saves.
    assert!(matches!(
        drafts.save("d1", 1, &changed, NOW).unwrap(),
        Saved::Done { rev: 2 }
    ));
}

#[test]
fn a_write_that_does_not_stick_is_not_reported_saved() {
    let store = FaultyStore::new();
    store.set_fault(Fault::SilentDrop);
    let err = Drafts::new(&store)
        .save("d1", 0, &sample(), NOW)
        .unwrap_err();
    assert_eq!(err, StorageError::NotConfirmed);
}

#[test]
fn unavailable_storage_is_an_error_not_a_panic() {
    let store = FaultyStore::new();
    store.set_fault(Fault::Unavailable);
    let drafts = Drafts::new(&store);
    assert_eq!(
        drafts.open("d1", NOW).unwrap_err(),
        StorageError::Unavailable
    );
    assert_eq!(
        drafts.save("d1", 0, &sample(), NOW).unwrap_err(),
        StorageError::Unavailable
    );
}

#[test]
fn a_corrupt_value_is_quarantined_byte_for_byte() {
    let store = MemoryStore::new();
    let key = StorageKey::Draft("d1".into()).as_string();
    let garbage = "{\"id\":\"d1\",\"rev\":3,\"proposal\": {not json";
    store.set(&key, garbage).unwrap();
    let drafts = Drafts::new(&store);
    match drafts.open("d1", NOW).unwrap() {
        Opened::Quarantined { quarantine_id, .. } => {
            assert_eq!(
                drafts.quarantined(&quarantine_id).unwrap().as_deref(),
                Some(garbage)
            );
        }
        other => panic!("expected quarantine, got {other:?}"),
    }
    assert_eq!(store.get(&key).unwrap(), None);
    let lib = asm_proposal::storage::Library::new(&store);
    let ids = lib.quarantined().unwrap();
    assert_eq!(ids.len(), 1);
    lib.discard_quarantined(&ids[0]).unwrap();
    assert!(lib.quarantined().unwrap().is_empty());
}

#[test]
fn a_draft_from_a_newer_schema_opens_read_only() {
    let store = MemoryStore::new();
    let drafts = Drafts::new(&store);
    drafts.save("d1", 0, &sample(), NOW).unwrap();
    let key = StorageKey::Draft("d1".into()).as_string();
    let raw = store.get(&key).unwrap().unwrap();
    let bumped = raw.replace("\"schema_version\":1", "\"schema_version\":99");
    store.set(&key, &bumped).unwrap();
    match drafts.open("d1", NOW).unwrap() {
        Opened::NewerSchema { found, .. } => assert_eq!(found, 99),
        other => panic!("{other:?}"),
    }
    // Nothing was rewritten.
    assert_eq!(store.get(&key).unwrap().unwrap(), bumped);
}

#[test]
fn keys_are_prefixed_and_used_bytes_counts_only_ours() {
    let store = MemoryStore::new();
    store
        .set("someone-else", "x".repeat(1000).as_str())
        .unwrap();
    store.set(&StorageKey::Language.as_string(), "fr").unwrap();
    assert!(StorageKey::is_ours(&StorageKey::Language.as_string()));
    let used = store.used_bytes().unwrap();
    assert_eq!(used, ("asmpb.lang".len() + 2) * 2);
}

proptest::proptest! {
    /// Any text in an envelope's own fields (ids, times, the trash mark) is written and read
    /// back exactly, quotes, control characters and all.
    #[test]
    fn envelope_round_trip_keeps_any_text(
        id in ".{0,20}",
        saved_at in ".{0,30}",
        trashed in proptest::option::of(".{0,30}"),
        rev in proptest::num::u64::ANY,
        title in ".{0,40}",
    ) {
        let mut p = asm_proposal::model::Proposal::new("2026-01-01T00:00:00Z");
        p.context.title = title;
        let envelope = asm_proposal::storage::Envelope {
            id,
            rev,
            saved_at,
            proposal: asm_proposal::model::to_json_compact(&p),
            trashed_at: trashed,
        };
        let back = asm_proposal::storage::Envelope::read(&envelope.write());
        proptest::prop_assert_eq!(back, Ok(envelope));
    }
}

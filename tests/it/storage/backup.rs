//! Backing up the whole library and restoring it elsewhere, and the compact history that makes a
//! full library fit: over the in-memory and fault-injecting stores.

use asm_proposal::model::{load_example, to_json_compact, Proposal};
use asm_proposal::storage::backup::{
    make_backup, mark_made, reminder_due, reminder_due_in, restore, snooze, BackupError,
    RestoreError,
};
use asm_proposal::storage::{
    Drafts, Envelope, Fault, FaultyStore, KeyValueStore, Library, MemoryStore, StorageKey,
    HISTORY_LEN,
};
use std::collections::BTreeMap;

fn at(minute: u32) -> String {
    format!(
        "2026-11-{:02}T{:02}:{:02}:00Z",
        1 + minute / 1440,
        (minute / 60) % 24,
        minute % 60
    )
}

/// Saves `p` as the app's autosave does: the draft, then a history version.
fn save(store: &dyn KeyValueStore, id: &str, p: &Proposal, now: &str) {
    let drafts = Drafts::new(store);
    let rev = drafts.stored_rev(id).unwrap();
    drafts.save(id, rev, p, now).unwrap();
    Library::new(store).record_version(id, p, now).unwrap();
}

/// A person's edit: a sentence more in the problem statement and a revised title.
fn edit(p: &mut Proposal, i: usize) {
    p.context.title = format!(
        "{} (rev {i})",
        p.context.title.split(" (rev").next().unwrap_or("")
    );
    p.context.problem.statement.push_str(&format!(
        " Revision {i} adds a sentence about the miners' wishes."
    ));
}

/// A draft from an example, edited `versions` times three minutes apart.
fn edited_example(store: &dyn KeyValueStore, id: &str, example: &str, versions: usize, start: u32) {
    let mut p = load_example(example).expect("example exists");
    for i in 0..versions {
        edit(&mut p, i);
        save(store, id, &p, &at(start + 3 * i as u32));
    }
}

/// Everything a person would miss: each draft's stored envelope, each version's text, settings.
fn snapshot(store: &dyn KeyValueStore) -> BTreeMap<String, String> {
    let lib = Library::new(store);
    let mut out = BTreeMap::new();
    for key in store.keys().unwrap() {
        if StorageKey::is_setting(&key) || key.starts_with("asmpb.quarantine.") {
            out.insert(key.clone(), store.get(&key).unwrap().unwrap());
        }
    }
    for d in lib.list().unwrap() {
        let key = StorageKey::Draft(d.id.clone()).as_string();
        out.insert(
            key,
            store
                .get(&StorageKey::Draft(d.id.clone()).as_string())
                .unwrap()
                .unwrap(),
        );
        for v in lib.versions(&d.id) {
            let p = lib.version(&d.id, v.index).expect("version rebuilds");
            out.insert(
                format!("{} version {} {}", d.id, v.saved_at, v.title),
                to_json_compact(&p),
            );
        }
    }
    out
}

fn library() -> MemoryStore {
    let store = MemoryStore::new();
    edited_example(&store, "d20261101000000", "peru_women_fund", 12, 0);
    edited_example(&store, "d20261102000000", "andean_mercury", 5, 2000);
    edited_example(&store, "d20261103000000", "tanzania_health", 3, 4000);
    let mut hostile = Proposal::new(&at(5000));
    hostile.context.title = "Quotes \" back\\slash </script> \u{1F600}\ttab\nline \u{1}".into();
    save(&store, "d1", &hostile, &at(5000));
    Library::new(&store)
        .set_trashed("d20261103000000", Some(&at(5001)))
        .unwrap();
    store.set("asmpb.lang", "fr").unwrap();
    store.set("asmpb.name", "Awa").unwrap();
    store.set("asmpb.quarantine.d9.2026", "{not json").unwrap();
    store
}

#[test]
fn a_library_comes_back_byte_for_byte_in_an_empty_store() {
    let source = library();
    let file = make_backup(&source, "2026-12-02T10:00:00.000Z").unwrap();
    assert_eq!(file.file_name, "asm-proposals-backup-2026-12-02.json");
    assert_eq!(file.drafts, 4);
    let target = MemoryStore::new();
    let summary = restore(&target, file.text.as_bytes()).unwrap();
    assert_eq!(summary.added.len(), 4);
    assert!(summary.side_by_side.is_empty() && summary.skipped.is_empty());
    assert_eq!(
        summary.settings,
        vec!["lang".to_string(), "name".to_string()]
    );
    assert_eq!(summary.set_aside, 1);
    assert_eq!(snapshot(&source), snapshot(&target));
    // Versions are many: every one of the twelve edits is spaced three minutes apart.
    assert_eq!(Library::new(&target).versions("d20261101000000").len(), 12);
    // And a backup of the restored library is the same file.
    let again = make_backup(&target, "2026-12-02T10:00:00.000Z").unwrap();
    assert_eq!(again.text, file.text);
}

#[test]
fn drafts_of_an_earlier_build_back_up_and_restore_with_their_history() {
    let all: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/stored-v1/local-storage.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let source = MemoryStore::new();
    for (k, v) in all {
        source.set(&k, v.as_str().unwrap()).unwrap();
    }
    let file = make_backup(&source, "2026-12-02T10:00:00Z").unwrap();
    assert_eq!(file.drafts, 4);
    assert_eq!(file.versions, 7);
    let target = MemoryStore::new();
    restore(&target, file.text.as_bytes()).unwrap();
    assert_eq!(snapshot(&source), snapshot(&target));
}

#[test]
fn restoring_the_same_backup_twice_adds_nothing_the_second_time() {
    let source = library();
    let file = make_backup(&source, "2026-12-02T10:00:00Z").unwrap();
    let before = snapshot(&source);
    let summary = restore(&source, file.text.as_bytes()).unwrap();
    assert_eq!(summary.skipped.len(), 4);
    assert_eq!(summary.versions_merged, 0);
    assert!(summary.added.is_empty() && summary.side_by_side.is_empty());
    assert!(summary.settings.is_empty());
    assert_eq!(snapshot(&source), before);
}

#[test]
fn a_draft_edited_on_both_sides_is_kept_as_two() {
    let laptop = library();
    let phone = MemoryStore::new();
    restore(
        &phone,
        make_backup(&laptop, &at(6000)).unwrap().text.as_bytes(),
    )
    .unwrap();
    // Both edit the Peru draft differently.
    let id = "d20261101000000";
    for (store, words) in [(&laptop, "laptop"), (&phone, "phone")] {
        let Ok(asm_proposal::storage::Opened::Ready { mut proposal, .. }) =
            Drafts::new(store).open(id, &at(6001))
        else {
            panic!("opens")
        };
        proposal.context.title = format!("Edited on the {words}");
        save(store, id, &proposal, &at(6010));
    }
    let summary = restore(
        &phone,
        make_backup(&laptop, &at(6020)).unwrap().text.as_bytes(),
    )
    .unwrap();
    assert_eq!(
        summary.side_by_side,
        vec!["Edited on the laptop".to_string()]
    );
    assert_eq!(summary.skipped.len(), 3);
    let titles: Vec<String> = Library::new(&phone)
        .list()
        .unwrap()
        .into_iter()
        .map(|d| d.title)
        .collect();
    assert!(titles.contains(&"Edited on the laptop".to_string()));
    assert!(titles.contains(&"Edited on the phone".to_string()));
    assert_eq!(titles.len(), 5);
}

#[test]
fn versions_of_the_same_draft_merge_by_time() {
    let a = MemoryStore::new();
    let b = MemoryStore::new();
    let mut p = load_example("peru_women_fund").unwrap();
    save(&a, "d5", &p, &at(0));
    save(&b, "d5", &p, &at(0));
    // An edit on A, then both come back to the same text later: same draft, different versions.
    let final_text = p.clone();
    edit(&mut p, 1);
    save(&a, "d5", &p, &at(10));
    save(&a, "d5", &final_text, &at(20));
    save(&b, "d5", &final_text, &at(30));
    let summary = restore(&b, make_backup(&a, &at(40)).unwrap().text.as_bytes()).unwrap();
    assert_eq!(summary.skipped.len(), 1);
    assert_eq!(summary.versions_merged, 2);
    let lib = Library::new(&b);
    let times: Vec<String> = lib.versions("d5").into_iter().map(|v| v.saved_at).collect();
    // B's save at 30 changed nothing (same text as its version at 0), so kept no version.
    assert_eq!(times, vec![at(20), at(10), at(0)]);
    for v in lib.versions("d5") {
        assert_eq!(lib.version("d5", v.index).unwrap().context.title, v.title);
    }
}

#[test]
fn a_foreign_damaged_or_single_draft_file_changes_nothing() {
    let store = library();
    let before = snapshot(&store);
    let keys_before = store.keys().unwrap();
    let good = make_backup(&store, &at(9000)).unwrap().text;
    let single = asm_proposal::export::json(&load_example("peru_women_fund").unwrap()).unwrap();
    type Expect = fn(&BackupError) -> bool;
    let cases: Vec<(Vec<u8>, Expect)> = vec![
        (b"not json at all".to_vec(), |e| {
            matches!(e, BackupError::NotJson { .. })
        }),
        (b"{\"hello\":1}".to_vec(), |e| {
            matches!(e, BackupError::Foreign)
        }),
        (b"[1,2]".to_vec(), |e| matches!(e, BackupError::Foreign)),
        (single.into_bytes(), |e| {
            matches!(e, BackupError::SingleDraft)
        }),
        (
            good.replace("\"version\":1", "\"version\":7").into_bytes(),
            |e| matches!(e, BackupError::NewerFormat { found: 7 }),
        ),
        (
            good.replacen("\"hash\":", "\"hash\":1", 1).into_bytes(),
            |e| matches!(e, BackupError::Damaged { .. }),
        ),
        (
            good.replacen("\"schema_version\":", "\"schema_versio\":", 1)
                .into_bytes(),
            |e| matches!(e, BackupError::Damaged { .. }),
        ),
        (good.as_bytes()[..good.len() / 2].to_vec(), |e| {
            matches!(e, BackupError::NotJson { .. })
        }),
    ];
    for (bytes, expected) in cases {
        match restore(&store, &bytes) {
            Err(RestoreError::File(e)) => assert!(expected(&e), "{e:?}"),
            other => panic!(
                "{other:?} for {}",
                String::from_utf8_lossy(&bytes[..40.min(bytes.len())])
            ),
        }
    }
    assert_eq!(snapshot(&store), before);
    assert_eq!(store.keys().unwrap(), keys_before);
}

#[test]
fn a_restore_that_fails_halfway_leaves_the_library_as_it_was() {
    let source = library();
    let file = make_backup(&source, &at(9000)).unwrap().text;
    // A target with drafts of its own, one sharing an id with the backup in another state.
    let target = FaultyStore::new();
    edited_example(&target, "d20261101000000", "tanzania_health", 4, 0);
    target.set("asmpb.lang", "en").unwrap();
    let before: BTreeMap<String, Option<String>> = target
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| (k.clone(), target.get(&k).unwrap()))
        .collect();
    for allowed in [0, 1, 5, 17, 30] {
        target.set_fault(Fault::QuotaAfterWrites(allowed));
        match restore(&target, file.as_bytes()) {
            Err(RestoreError::Storage(_)) => {}
            other => panic!("after {allowed} writes: {other:?}"),
        }
        target.set_fault(Fault::None);
        let after: BTreeMap<String, Option<String>> = target
            .keys()
            .unwrap()
            .into_iter()
            .map(|k| (k.clone(), target.get(&k).unwrap()))
            .collect();
        assert_eq!(after, before, "after {allowed} writes");
    }
    // And with room, it goes through.
    let summary = restore(&target, file.as_bytes()).unwrap();
    assert_eq!(summary.side_by_side.len(), 1);
    assert_eq!(summary.added.len(), 3);
}

#[test]
fn a_restore_that_would_not_fit_is_refused_before_writing() {
    let source = library();
    let file = make_backup(&source, &at(9000)).unwrap().text;
    let small = MemoryStore::with_quota(200_000);
    small.set("asmpb.lang", "en").unwrap();
    match restore(&small, file.as_bytes()) {
        Err(RestoreError::NoRoom { need, free }) => assert!(need > free),
        other => panic!("{other:?}"),
    }
    assert_eq!(small.keys().unwrap(), vec!["asmpb.lang".to_string()]);
}

#[test]
fn settings_are_every_key_of_ours_but_drafts_history_and_device_state() {
    for setting in ["asmpb.lang", "asmpb.name", "asmpb.some_future_setting"] {
        assert!(StorageKey::is_setting(setting), "{setting}");
    }
    for other in [
        "asmpb.draft.d1",
        "asmpb.history.d1",
        "asmpb.version.d1.3",
        "asmpb.quarantine.x",
        "asmpb.last",
        "asmpb.drafts",
        "asmpb.backup.made",
        "asmpb.backup.snoozed",
        "otherapp.lang",
    ] {
        assert!(!StorageKey::is_setting(other), "{other}");
    }
}

#[test]
fn the_reminder_comes_after_a_week_of_edits_without_a_backup_once_a_week() {
    let day = |d: u32| format!("2026-11-{d:02}T09:00:00Z");
    let edits = vec![day(1), day(3)];
    assert!(!reminder_due(&day(7), None, None, &edits), "six days");
    assert!(
        reminder_due(&day(8), None, None, &edits),
        "a week since the first edit"
    );
    assert!(
        !reminder_due(&day(8), None, None, &[]),
        "nothing to back up"
    );
    // A backup on the 4th covers both edits; a new edit on the 5th starts the clock again.
    assert!(!reminder_due(&day(20), Some(&day(4)), None, &edits));
    let later = vec![day(1), day(3), day(5)];
    assert!(!reminder_due(&day(11), Some(&day(4)), None, &later));
    assert!(reminder_due(&day(12), Some(&day(4)), None, &later));
    // Put aside on the 12th: quiet until the 19th.
    assert!(!reminder_due(
        &day(18),
        Some(&day(4)),
        Some(&day(12)),
        &later
    ));
    assert!(reminder_due(
        &day(19),
        Some(&day(4)),
        Some(&day(12)),
        &later
    ));
    // Over a store, with its own keys.
    let store = MemoryStore::new();
    save(&store, "d1", &Proposal::new(&day(1)), &day(1));
    assert!(!reminder_due_in(&store, &day(7)));
    assert!(reminder_due_in(&store, &day(8)));
    snooze(&store, &day(8)).unwrap();
    assert!(!reminder_due_in(&store, &day(9)));
    mark_made(&store, &day(9)).unwrap();
    assert!(!reminder_due_in(&store, &day(30)));
}

/// Twenty drafts of the worked examples' size, thirty versions each (an edit between each),
/// fit in 5 MB with room to spare, and thinning frees space while keeping five per draft.
#[test]
fn a_full_library_with_history_fits_the_quota_and_thins() {
    let store = MemoryStore::new();
    let examples = ["andean_mercury", "peru_women_fund", "tanzania_health"];
    for i in 0..20 {
        edited_example(
            &store,
            &format!("d{i}"),
            examples[i % 3],
            HISTORY_LEN,
            i as u32 * 200,
        );
    }
    let used = store.used_bytes().unwrap();
    assert!(used < 4 * 1024 * 1024, "{used} bytes");
    let lib = Library::new(&store);
    for i in 0..20 {
        let id = format!("d{i}");
        assert_eq!(lib.versions(&id).len(), HISTORY_LEN);
        let oldest = lib.versions(&id).last().cloned().unwrap();
        assert_eq!(
            lib.version(&id, oldest.index).unwrap().context.title,
            oldest.title
        );
    }
    let thinned = lib.thin_history(5, usize::MAX).unwrap();
    assert_eq!(thinned.versions, 20 * (HISTORY_LEN - 5));
    assert!(store.used_bytes().unwrap() + thinned.bytes <= used + 1000);
    for i in 0..20 {
        let id = format!("d{i}");
        let versions = lib.versions(&id);
        assert_eq!(versions.len(), 5);
        for v in versions {
            assert_eq!(lib.version(&id, v.index).unwrap().context.title, v.title);
        }
    }
}

#[test]
fn the_stored_envelope_of_a_side_by_side_copy_differs_only_in_its_id() {
    let a = library();
    let b = MemoryStore::new();
    let mut other = load_example("tanzania_health").unwrap();
    other.context.title = "Mine".into();
    save(&b, "d1", &other, &at(1));
    restore(&b, make_backup(&a, &at(2)).unwrap().text.as_bytes()).unwrap();
    let copy = Envelope::read(&b.get("asmpb.draft.d1-1").unwrap().unwrap()).unwrap();
    let orig = Envelope::read(&a.get("asmpb.draft.d1").unwrap().unwrap()).unwrap();
    assert_eq!(
        (copy.rev, &copy.saved_at, &copy.proposal),
        (orig.rev, &orig.saved_at, &orig.proposal)
    );
    assert_eq!(Library::new(&b).versions("d1-1").len(), 1);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// A small library: drafts with ids from a small set (so libraries collide), texts from a
    /// small set (so some drafts are the same on both sides), a few versions, some trashed.
    fn arb_library() -> impl Strategy<Value = Vec<(u8, u8, u8, bool)>> {
        prop::collection::vec((0u8..6, 0u8..5, 0u8..4, any::<bool>()), 0..6)
    }

    fn build(spec: &[(u8, u8, u8, bool)]) -> MemoryStore {
        let store = MemoryStore::new();
        for (id, text, versions, trashed) in spec {
            let id = format!("d{id}");
            for v in 0..=*versions {
                let mut p = Proposal::new(&at(0));
                p.context.title = format!("text {text}");
                if v < *versions {
                    p.context.title.push_str(&format!(" draft {v}"));
                }
                save(&store, &id, &p, &at(u32::from(v) * 5 + u32::from(*text)));
            }
            if *trashed {
                Library::new(&store)
                    .set_trashed(&id, Some(&at(100)))
                    .unwrap();
            }
        }
        store
    }

    fn proposals(store: &MemoryStore) -> Vec<(String, String)> {
        store
            .keys()
            .unwrap()
            .into_iter()
            .filter_map(|k| {
                let id = k.strip_prefix("asmpb.draft.")?.to_string();
                let env = Envelope::read(&store.get(&k).ok()??).ok()?;
                Some((id, env.proposal))
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn restoring_any_backup_into_any_library_loses_no_draft(a in arb_library(), b in arb_library()) {
            let source = build(&a);
            let target = build(&b);
            let theirs = proposals(&source);
            let mine = proposals(&target);
            let file = make_backup(&source, &at(200)).unwrap();
            restore(&target, file.text.as_bytes()).unwrap();
            let after = proposals(&target);
            // Every draft of this library is still here, under its id, unchanged.
            for d in &mine {
                prop_assert!(after.contains(d), "lost {d:?}");
            }
            // Every draft of the backup is here, under some id.
            for (_, text) in &theirs {
                prop_assert!(after.iter().any(|(_, t)| t == text), "missing {text}");
            }
            // Every version still rebuilds.
            let lib = Library::new(&target);
            for (id, _) in &after {
                for v in lib.versions(id) {
                    prop_assert!(lib.version(id, v.index).is_some());
                }
            }
        }
    }
}

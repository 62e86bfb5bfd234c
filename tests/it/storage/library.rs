//! The drafts list, trash, duplicates and history over the in-memory backends.

use asm_proposal::model::{load_example, Proposal};
use asm_proposal::storage::{
    epoch_secs, Drafts, KeyValueStore, Library, MemoryStore, Opened, HISTORY_LEN,
};

fn at(minute: u32) -> String {
    format!("2026-11-27T{:02}:{:02}:00Z", 8 + minute / 60, minute % 60)
}

fn titled(title: &str) -> Proposal {
    let mut p = Proposal::new(&at(0));
    p.context.title = title.into();
    p
}

#[test]
fn epoch_seconds_are_exact() {
    assert_eq!(epoch_secs("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(epoch_secs("2000-03-01T00:00:00.000Z"), Some(951_868_800));
    assert_eq!(epoch_secs("garbage"), None);
}

#[test]
fn drafts_are_listed_newest_first_with_title_and_donor() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    let a = lib.create(&titled("First"), &at(1)).unwrap();
    let mut second = titled("Second");
    second.context.donor.name = "SDC".into();
    let b = lib.create(&second, &at(2)).unwrap();
    assert_ne!(a, b);
    let list = lib.list().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, b);
    assert_eq!(list[0].title, "Second");
    assert_eq!(list[0].donor, "SDC");
    assert_eq!(list[1].title, "First");
}

#[test]
fn two_drafts_created_in_the_same_second_get_different_ids() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    let a = lib.create(&titled("A"), &at(1)).unwrap();
    let b = lib.create(&titled("B"), &at(1)).unwrap();
    assert_ne!(a, b);
}

#[test]
fn an_example_becomes_a_draft_and_a_duplicate_is_independent() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    let example = load_example("peru_women_fund").expect("the Peru example exists");
    let id = lib.create(&example, &at(1)).unwrap();
    let copy = lib.duplicate(&id, "(copy)", &at(2)).unwrap();
    let drafts = Drafts::new(&store);
    match drafts.open(&copy, &at(3)).unwrap() {
        Opened::Ready { proposal, .. } => {
            assert!(proposal.context.title.ends_with("(copy)"));
            assert_eq!(proposal.logframe, example.logframe);
        }
        other => panic!("{other:?}"),
    }
    match drafts.open(&id, &at(3)).unwrap() {
        Opened::Ready { proposal, .. } => assert_eq!(proposal.context.title, example.context.title),
        other => panic!("{other:?}"),
    }
}

#[test]
fn trash_is_reversible_and_purge_is_final() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    let id = lib.create(&titled("Keep me"), &at(1)).unwrap();
    lib.set_trashed(&id, Some(&at(2))).unwrap();
    assert_eq!(
        lib.list().unwrap()[0].trashed_at.as_deref(),
        Some(at(2).as_str())
    );
    // Saving a trashed draft keeps it in the trash.
    Drafts::new(&store)
        .save(&id, 1, &titled("Keep me"), &at(3))
        .unwrap();
    assert!(lib.list().unwrap()[0].trashed_at.is_some());
    lib.set_trashed(&id, None).unwrap();
    assert_eq!(lib.list().unwrap()[0].trashed_at, None);
    lib.record_version(&id, &titled("Keep me"), &at(4)).unwrap();
    lib.purge(&id).unwrap();
    assert!(lib.list().unwrap().is_empty());
    assert!(lib.versions(&id).is_empty());
    assert!(
        store.keys().unwrap().is_empty(),
        "no version is left behind"
    );
}

#[test]
fn history_keeps_versions_spaced_in_time() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    // Saves every minute for an hour: versions closer than two minutes replace each other.
    for m in 0..60 {
        lib.record_version("d1", &titled(&format!("v{m}")), &at(m))
            .unwrap();
    }
    let versions = lib.versions("d1");
    assert!(versions.len() >= 20, "kept {}", versions.len());
    assert!(versions.len() <= HISTORY_LEN);
    assert_eq!(versions[0].title, "v59", "newest first");
    for pair in versions.windows(2).skip(1) {
        let gap = epoch_secs(&pair[0].saved_at).unwrap() - epoch_secs(&pair[1].saved_at).unwrap();
        assert!(gap >= 60, "versions too close: {pair:?}");
    }
}

#[test]
fn history_is_capped_and_restoring_an_old_version_destroys_nothing() {
    let store = MemoryStore::new();
    let lib = Library::new(&store);
    for m in 0..(HISTORY_LEN as u32 + 10) {
        lib.record_version("d1", &titled(&format!("v{m}")), &at(m * 3))
            .unwrap();
    }
    let versions = lib.versions("d1");
    assert_eq!(versions.len(), HISTORY_LEN);
    let oldest = versions.last().unwrap();
    let restored = lib.version("d1", oldest.index).unwrap();
    assert_eq!(restored.context.title, oldest.title);
    // Restoring = saving it as the new current version: all older versions are still there.
    lib.record_version("d1", &restored, &at(500)).unwrap();
    let after = lib.versions("d1");
    assert_eq!(after[0].title, oldest.title);
    assert!(after
        .iter()
        .any(|v| v.title == format!("v{}", HISTORY_LEN + 9)));
}

#[test]
fn history_gives_way_when_storage_is_full() {
    let big = "x".repeat(2_000);
    let store = MemoryStore::with_quota(60_000);
    let lib = Library::new(&store);
    for m in 0..40 {
        let mut p = titled(&format!("v{m}"));
        p.context.problem.statement = big.clone();
        lib.record_version("d1", &p, &at(m * 3)).unwrap();
    }
    let versions = lib.versions("d1");
    assert!(!versions.is_empty());
    assert_eq!(
        versions[0].title, "v39",
        "the newest version is always kept"
    );
    assert!(store.used_bytes().unwrap() <= 60_000);
    // Each kept version is readable, and nothing but the index and the kept versions remain.
    for v in &versions {
        assert_eq!(lib.version("d1", v.index).unwrap().context.title, v.title);
    }
    assert_eq!(store.keys().unwrap().len(), versions.len() + 1);
}

#[test]
fn a_save_that_replaces_another_tabs_text_leaves_that_text_in_history() {
    // Seconds apart: an ordinary save then rolls the newest slot ("Theirs") away.
    let history = |keep: bool| {
        let store = MemoryStore::new();
        let lib = Library::new(&store);
        let text = |t: &str| asm_proposal::model::to_json_compact(&titled(t));
        let at = |s: u32| format!("2026-11-27T08:00:{s:02}Z");
        lib.record_version_text("d1", &text("Mine, earlier"), "Mine, earlier", &at(0))
            .unwrap();
        lib.record_version_text("d1", &text("Theirs"), "Theirs", &at(20))
            .unwrap();
        if keep {
            lib.keep_version_text("d1", &text("Mine"), "Mine", &at(40))
        } else {
            lib.record_version_text("d1", &text("Mine"), "Mine", &at(40))
        }
        .unwrap();
        let titles: Vec<String> = lib.versions("d1").into_iter().map(|v| v.title).collect();
        titles
    };
    assert_eq!(history(true), ["Mine", "Theirs", "Mine, earlier"]);
    // The control: without the keep, "Theirs" is gone (the rule above is what kept it).
    assert_eq!(history(false), ["Mine", "Mine, earlier"]);
}

#[test]
fn a_tabs_unsaved_copy_is_kept_per_draft_and_tab_until_dropped() {
    use asm_proposal::storage::{StorageKey, Unsaved};
    let store = MemoryStore::new();
    let unsaved = Unsaved::new(&store);
    let text = |t: &str| asm_proposal::model::to_json_compact(&titled(t));
    unsaved
        .keep("d1", "t7", &text("Typed in tab 7"), &at(3))
        .unwrap();
    unsaved
        .keep("d1", "t7", &text("Typed on in tab 7"), &at(5))
        .unwrap();
    unsaved.keep("d1", "t9", &text("Tab 9"), &at(4)).unwrap();
    unsaved
        .keep("d1-1", "t7", &text("Another draft"), &at(1))
        .unwrap();
    let copies = unsaved.of("d1").unwrap();
    let tabs: Vec<&str> = copies.iter().map(|c| c.tab.as_str()).collect();
    assert_eq!(tabs, ["t9", "t7"], "oldest first, one per tab, not d1-1's");
    assert_eq!(copies[1].proposal, text("Typed on in tab 7"));
    assert_eq!(copies[1].saved_at, at(5));
    // Not a setting: a backup's settings never carry it.
    let key = StorageKey::Unsaved("d1".into(), "t7".into()).as_string();
    assert!(!StorageKey::is_setting(&key));
    unsaved.drop("d1", "t9").unwrap();
    assert_eq!(unsaved.of("d1").unwrap().len(), 1);
    // Purging the draft purges its copies, and only its own.
    let lib = Library::new(&store);
    let d = lib.create(&titled("To purge"), &at(6)).unwrap();
    unsaved.keep(&d, "t1", &text("Copy"), &at(7)).unwrap();
    lib.set_trashed(&d, Some(&at(8))).unwrap();
    lib.purge(&d).unwrap();
    assert!(unsaved.of(&d).unwrap().is_empty());
    assert_eq!(unsaved.of("d1").unwrap().len(), 1);
    assert_eq!(unsaved.of("d1-1").unwrap().len(), 1);
}

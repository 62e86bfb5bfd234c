//! Back up everything on this device to one file, and restore such a file anywhere, adding to
//! what is there and never replacing it.
//!
//! The file is JSON:
//!
//! ```text
//! {"format":"asm-proposal-backup","version":1,"made_at":"2026-12-02T10:00:00.000Z",
//!  "settings":{"lang":"fr"},
//!  "drafts":[{"draft":{"id":…,"rev":…,"saved_at":…,"proposal":{…}[,"trashed_at":…]},
//!             "versions":[{"saved_at":…,"title":…,"hash":…,"delta":"~…"}, …]}],
//!  "set_aside":{"<id>":"<raw text>"}}
//! ```
//!
//! Each draft is its stored envelope as it is (so it comes back byte for byte, trash mark
//! included). Its versions are listed oldest first, each the delta (`delta`, see
//! [`super::delta`]) against the next newer one, the newest against the draft itself, or in
//! full (`full`); `hash` checks each rebuilt version. Settings are every key of ours that
//! [`StorageKey::is_setting`] accepts, so a setting added later travels without a change here.
//!
//! Restoring plans every write first, checks the plan fits the store's quota when it knows it,
//! then writes, undoing what it wrote if a write fails: the library is changed entirely or not
//! at all. A draft whose text is already here (under any id) is skipped and its versions merge
//! by time; one whose id is taken by a different text arrives next to it under a new id.
//!
//! The reminder to back up ([`reminder_due`]) is a pure function of the times, so tests drive
//! it with a fake clock.

use super::delta;
use super::drafts::Envelope;
use super::library::{epoch_secs, fnv1a, glance, utf16_bytes, Library, Slot};
use super::{KeyValueStore, StorageError, StorageKey, HISTORY_LEN, PREFIX_DRAFT};
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The file's format marker.
pub const FORMAT: &str = "asm-proposal-backup";
/// The file format version this build writes and reads.
pub const VERSION: u64 = 1;
/// The largest backup file read (a full localStorage holds at most a few MB of text; this
/// leaves room for a library gathered from several devices).
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;
/// A reminder to back up comes after a week of edits without one, at most once a week.
pub const REMIND_AFTER_SECS: i64 = 7 * 24 * 3600;

/// A backup file, ready to hand to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupFile {
    /// Suggested file name, with the date: `asm-proposals-backup-2026-12-02.json`.
    pub file_name: String,
    /// The file's text.
    pub text: String,
    /// Drafts in it (trash included).
    pub drafts: usize,
    /// History versions in it.
    pub versions: usize,
}

/// Why a file cannot be restored. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`].
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON: where the reader stopped.
    NotJson {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
    },
    /// A single draft's file (use the draft import instead).
    SingleDraft,
    /// JSON, but not a file of this app.
    Foreign,
    /// A backup from a newer version of the app.
    NewerFormat {
        /// The version found.
        found: u64,
    },
    /// A backup of this app that is damaged: what is wrong.
    Damaged {
        /// Where and what.
        detail: String,
    },
}

/// Why a restore did not happen. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// The file cannot be restored.
    File(BackupError),
    /// It would not fit: bytes needed and bytes free (UTF-16, as the browser counts).
    NoRoom {
        /// Bytes the restore would add.
        need: usize,
        /// Bytes free in the store.
        free: usize,
    },
    /// Storage failed while writing; what had been written was undone.
    Storage(StorageError),
}

/// What a restore did, for the summary shown to the person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Titles of drafts that were not here and arrived.
    pub added: Vec<String>,
    /// Titles of drafts here in another state: the backup's copy now sits next to this one.
    pub side_by_side: Vec<String>,
    /// Titles of drafts already here exactly as in the backup.
    pub skipped: Vec<String>,
    /// History versions added to drafts that were already here.
    pub versions_merged: usize,
    /// Names of settings taken from the backup (`lang`, …).
    pub settings: Vec<String>,
    /// Set-aside values (unreadable copies) added.
    pub set_aside: usize,
}

#[derive(serde::Deserialize)]
struct Marker {
    format: Option<String>,
    version: Option<u64>,
    schema_version: Option<serde::de::IgnoredAny>,
}

#[derive(serde::Deserialize)]
struct FileIn<'a> {
    #[serde(default)]
    settings: BTreeMap<String, String>,
    #[serde(borrow)]
    drafts: Vec<DraftIn<'a>>,
    #[serde(default)]
    set_aside: BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
struct DraftIn<'a> {
    #[serde(borrow)]
    draft: &'a RawValue,
    #[serde(default)]
    versions: Vec<VersionIn>,
}

#[derive(serde::Deserialize)]
struct VersionIn {
    saved_at: String,
    #[serde(default)]
    title: String,
    hash: u64,
    delta: Option<String>,
    full: Option<String>,
}

/// One version as restored: its index entry and text, and its form in the file when that can
/// be stored as it is (against the next newer version, as storage keeps it).
struct Version {
    slot: Slot,
    text: String,
    form: Option<String>,
}

/// A draft read from a backup, checked.
struct DraftBack {
    envelope: Envelope,
    raw: String,
    versions: Vec<Version>,
}

fn push_json_str(out: &mut String, s: &str) {
    out.push_str(&crate::json::to_string(s));
}

/// Writes the backup of everything in `store`: every draft (trash included) with its history,
/// set-aside values and settings. Reads only.
pub fn make_backup(store: &dyn KeyValueStore, now: &str) -> Result<BackupFile, StorageError> {
    let library = Library::new(store);
    let mut keys = store.keys()?;
    keys.sort();
    let mut settings = BTreeMap::new();
    let mut set_aside = BTreeMap::new();
    let quarantine = StorageKey::Quarantine(String::new()).as_string();
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "{{\"format\":\"{FORMAT}\",\"version\":{VERSION},\"made_at\":"
    );
    push_json_str(&mut out, now);
    out.push_str(",\"drafts\":[");
    let (mut drafts, mut versions) = (0, 0);
    for key in &keys {
        if StorageKey::is_setting(key) {
            if let (Some(name), Some(v)) = (key.strip_prefix(super::keys::PREFIX), store.get(key)?)
            {
                settings.insert(name.to_string(), v);
            }
            continue;
        }
        if let Some(qid) = key.strip_prefix(&quarantine) {
            if let Some(v) = store.get(key)? {
                set_aside.insert(qid.to_string(), v);
            }
            continue;
        }
        let Some(id) = key.strip_prefix(PREFIX_DRAFT) else {
            continue;
        };
        let Some(raw) = store.get(key)? else {
            continue;
        };
        let Ok(envelope) = Envelope::read(&raw) else {
            // Unreadable: it travels as a set-aside value, byte for byte.
            set_aside.insert(format!("{id}.unreadable"), raw);
            continue;
        };
        if drafts > 0 {
            out.push(',');
        }
        drafts += 1;
        out.push_str("\n{\"draft\":");
        out.push_str(&raw);
        out.push_str(",\"versions\":[");
        // Newest first: each version against the one after it in the file.
        let history = library.raw_history(id);
        let mut entries: Vec<String> = Vec::with_capacity(history.len());
        let mut newer = envelope.proposal.clone();
        // Whether `newer` is the version that follows in storage too (so a stored delta holds).
        let mut chained = false;
        for (slot, stored) in history.into_iter().rev() {
            let Some(stored) = stored else {
                chained = false;
                continue;
            };
            let text = if delta::is_delta(&stored) {
                if !chained {
                    // Its base is missing from the file: it cannot be rebuilt.
                    continue;
                }
                match delta::apply(&stored, &newer) {
                    Some(t) => t,
                    None => {
                        chained = false;
                        continue;
                    }
                }
            } else {
                stored.clone()
            };
            if fnv1a(&text) != slot.hash {
                chained = false;
                continue;
            }
            let form = if chained && delta::is_delta(&stored) {
                stored
            } else {
                delta::encode(&newer, &text)
            };
            let mut e = String::from("{\"saved_at\":");
            push_json_str(&mut e, &slot.saved_at);
            e.push_str(",\"title\":");
            push_json_str(&mut e, &slot.title);
            let _ = write!(e, ",\"hash\":{}", slot.hash);
            e.push_str(if delta::is_delta(&form) {
                ",\"delta\":"
            } else {
                ",\"full\":"
            });
            push_json_str(&mut e, &form);
            e.push('}');
            entries.push(e);
            newer = text;
            chained = true;
        }
        versions += entries.len();
        entries.reverse();
        out.push_str(&entries.join(","));
        out.push_str("]}");
    }
    out.push_str("\n],\"settings\":");
    out.push_str(&crate::json::to_string(&settings));
    out.push_str(",\"set_aside\":");
    out.push_str(&crate::json::to_string(&set_aside));
    out.push_str("}\n");
    Ok(BackupFile {
        file_name: format!("asm-proposals-backup-{}.json", now.get(..10).unwrap_or("")),
        text: out,
        drafts,
        versions,
    })
}

/// Reads and checks a backup file without touching any store.
fn read_file(bytes: &[u8]) -> Result<(Vec<DraftBack>, FileSettings), BackupError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            size: bytes.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| BackupError::Foreign)?;
    let marker: Marker = match serde_json::from_str(text) {
        Ok(m) => m,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(BackupError::NotJson {
                line: e.line(),
                column: e.column(),
            })
        }
        Err(_) => return Err(BackupError::Foreign),
    };
    match (marker.format.as_deref(), marker.version) {
        (Some(FORMAT), Some(v)) if v > VERSION => {
            return Err(BackupError::NewerFormat { found: v })
        }
        (Some(FORMAT), Some(_)) => {}
        (Some(FORMAT), None) => {
            return Err(BackupError::Damaged {
                detail: "no format version".into(),
            })
        }
        _ if marker.schema_version.is_some() => return Err(BackupError::SingleDraft),
        _ => return Err(BackupError::Foreign),
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| BackupError::Damaged {
        detail: e.to_string(),
    })?;
    let mut drafts = Vec::with_capacity(file.drafts.len());
    let mut seen = BTreeSet::new();
    for (i, d) in file.drafts.into_iter().enumerate() {
        let damaged = |what: String| BackupError::Damaged {
            detail: format!("draft {}: {what}", i + 1),
        };
        let raw = d.draft.get().to_string();
        let envelope = Envelope::read(&raw).map_err(damaged)?;
        if !valid_id(&envelope.id) || !seen.insert(envelope.id.clone()) {
            return Err(damaged(format!("id {:?}", envelope.id)));
        }
        // The same rules as importing one draft; one from a newer version of the app is kept
        // as it is (it opens read-only, as on the device it came from).
        match crate::model::import_json(envelope.proposal.as_bytes()) {
            Ok(_) | Err(crate::model::ImportError::NewerSchema { .. }) => {}
            Err(e) => return Err(damaged(format!("{e:?}"))),
        }
        let mut versions = Vec::with_capacity(d.versions.len());
        let mut newer = envelope.proposal.clone();
        let last = d.versions.len().saturating_sub(1);
        for (j, v) in d.versions.into_iter().enumerate().rev() {
            let (text, form) = match (v.delta, v.full) {
                (Some(dl), None) => (delta::apply(&dl, &newer), Some(dl)),
                (None, Some(full)) => (Some(full.clone()), Some(full)),
                _ => (None, None),
            };
            // The newest is stored in full; the others keep the file's form.
            let form = form.filter(|_| j < last);
            let text = text
                .filter(|t| fnv1a(t) == v.hash)
                .ok_or_else(|| damaged(format!("version {}", j + 1)))?;
            if epoch_secs(&v.saved_at).is_none() {
                return Err(damaged(format!("version {} time", j + 1)));
            }
            versions.push(Version {
                slot: Slot {
                    saved_at: v.saved_at,
                    n: 0,
                    hash: v.hash,
                    title: v.title,
                },
                text: text.clone(),
                form,
            });
            newer = text;
        }
        versions.reverse();
        drafts.push(DraftBack {
            envelope,
            raw,
            versions,
        });
    }
    Ok((
        drafts,
        FileSettings {
            settings: file.settings,
            set_aside: file.set_aside,
        },
    ))
}

struct FileSettings {
    settings: BTreeMap<String, String>,
    set_aside: BTreeMap<String, String>,
}

/// Ids are written into storage keys: letters, digits and `-` only.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The stored values of a history, oldest first: the newest in full, each other a delta
/// against the next newer one (or in full when that is no larger).
fn encode_history(versions: &[Version]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(versions.len());
    for (i, v) in versions.iter().enumerate() {
        out.push(match (versions.get(i + 1), &v.form) {
            (Some(_), Some(form)) => form.clone(),
            (Some(newer), None) => delta::encode(&newer.text, &v.text),
            (None, _) => v.text.clone(),
        });
    }
    out
}

/// Restores a backup file into `store`, adding what it holds (see the module doc).
pub fn restore(store: &dyn KeyValueStore, bytes: &[u8]) -> Result<Summary, RestoreError> {
    let (drafts, extra) = read_file(bytes).map_err(RestoreError::File)?;
    let library = Library::new(store);
    let storage = RestoreError::Storage;
    let keys: BTreeSet<String> = store.keys().map_err(storage)?.into_iter().collect();
    // Every draft here, by its proposal's text: a draft already here under any id is found.
    let mut here: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in &keys {
        if let Some(id) = key.strip_prefix(PREFIX_DRAFT) {
            if let Some(env) = store
                .get(key)
                .map_err(storage)?
                .and_then(|r| Envelope::read(&r).ok())
            {
                here.entry(env.proposal).or_default().push(id.to_string());
            }
        }
    }
    // Drafts here whose history this restore already merges into (merged once only).
    let mut merging: BTreeSet<String> = BTreeSet::new();
    let mut taken: BTreeSet<String> = keys
        .iter()
        .filter_map(|k| k.strip_prefix(PREFIX_DRAFT).map(str::to_string))
        .collect();
    let mut summary = Summary::default();
    let mut writes: Vec<(String, String)> = Vec::new();
    let mut stale: Vec<String> = Vec::new();
    for d in drafts {
        let title = {
            let (t, _) = glance(&d.envelope.proposal);
            if t.trim().is_empty() {
                String::new()
            } else {
                t
            }
        };
        let same = here.get(&d.envelope.proposal).and_then(|ids| {
            let own = ids.iter().find(|id| **id == d.envelope.id);
            own.or(ids.first()).cloned()
        });
        if let Some(local_id) = same {
            summary.skipped.push(title);
            if !merging.insert(local_id.clone()) {
                continue;
            }
            // Already here: merge the versions by time.
            let local = library.version_texts(&local_id);
            let mut merged: Vec<Version> = Vec::new();
            let mut known: BTreeSet<(String, u64)> = BTreeSet::new();
            for (slot, text) in local.iter() {
                if let Some(text) = text {
                    known.insert((slot.saved_at.clone(), slot.hash));
                    merged.push(Version {
                        slot: slot.clone(),
                        text: text.clone(),
                        form: None,
                    });
                }
            }
            let before = merged.len();
            for mut v in d.versions {
                if known.insert((v.slot.saved_at.clone(), v.slot.hash)) {
                    // Its neighbours change: stored again against its new next version.
                    v.form = None;
                    merged.push(v);
                }
            }
            let added = merged.len() - before;
            if added > 0 {
                merged.sort_by(|a, b| a.slot.saved_at.cmp(&b.slot.saved_at));
                let cut = merged.len().saturating_sub(HISTORY_LEN);
                let kept_new = merged[cut..]
                    .iter()
                    .filter(|v| {
                        !local
                            .iter()
                            .any(|(s, _)| s.hash == v.slot.hash && s.saved_at == v.slot.saved_at)
                    })
                    .count();
                if kept_new > 0 {
                    let first = local.iter().map(|(s, _)| s.n + 1).max().unwrap_or(0);
                    stale.extend(
                        local
                            .iter()
                            .map(|(s, _)| StorageKey::Version(local_id.clone(), s.n).as_string()),
                    );
                    plan_history(&local_id, &mut merged[cut..], first, &mut writes);
                    summary.versions_merged += kept_new;
                }
            }
            continue;
        }
        let mut envelope = d.envelope;
        let mut raw = d.raw;
        if taken.contains(&envelope.id) {
            // The same draft in another state, or another draft that happens to share its id:
            // the backup's copy arrives next to it, and both stay.
            let base = envelope.id.clone();
            let mut n = 1;
            while taken.contains(&format!("{base}-{n}")) {
                n += 1;
            }
            envelope.id = format!("{base}-{n}");
            raw = envelope.write();
            summary.side_by_side.push(title);
        } else {
            summary.added.push(title);
        }
        taken.insert(envelope.id.clone());
        let mut versions = d.versions;
        let cut = versions.len().saturating_sub(HISTORY_LEN);
        plan_history(&envelope.id, &mut versions[cut..], 0, &mut writes);
        writes.push((StorageKey::Draft(envelope.id.clone()).as_string(), raw));
    }
    for (name, value) in extra.settings {
        let key = format!("{}{name}", super::keys::PREFIX);
        if !StorageKey::is_setting(&key) {
            continue;
        }
        if store.get(&key).map_err(storage)?.as_deref() != Some(value.as_str()) {
            writes.push((key, value));
            summary.settings.push(name);
        }
    }
    for (qid, value) in extra.set_aside {
        let key = StorageKey::Quarantine(qid).as_string();
        if !keys.contains(&key) {
            writes.push((key, value));
            summary.set_aside += 1;
        }
    }
    // Does it fit? Only when the store knows its quota; otherwise a failing write says so.
    if let Some(quota) = store.quota() {
        let used = store.used_bytes().map_err(storage)?;
        let mut need = 0usize;
        for (k, v) in &writes {
            let old = store
                .get(k)
                .map_err(storage)?
                .map(|o| utf16_bytes(k, &o))
                .unwrap_or(0);
            need += utf16_bytes(k, v).saturating_sub(old);
        }
        if used + need > quota {
            return Err(RestoreError::NoRoom {
                need,
                free: quota.saturating_sub(used),
            });
        }
    }
    // Write; on failure put back what was there, so the library is as it was.
    let mut undo: Vec<(String, Option<String>)> = Vec::with_capacity(writes.len());
    for (key, value) in &writes {
        let old = match store.get(key) {
            Ok(v) => v,
            Err(e) => {
                roll_back(store, &undo);
                return Err(storage(e));
            }
        };
        undo.push((key.clone(), old));
        if let Err(e) = store.set(key, value) {
            roll_back(store, &undo);
            return Err(storage(e));
        }
    }
    // Versions that were rewritten under new keys: their old keys go (best effort; a leftover
    // is never read, and purge removes it).
    let written: BTreeSet<&String> = writes.iter().map(|(k, _)| k).collect();
    for key in stale {
        if !written.contains(&key) {
            let _ = store.remove(&key);
        }
    }
    Ok(summary)
}

/// Adds the writes of a draft's history (its versions under numbers from `first`, and the
/// index) to the plan.
fn plan_history(
    id: &str,
    versions: &mut [Version],
    first: u64,
    writes: &mut Vec<(String, String)>,
) {
    if versions.is_empty() {
        return;
    }
    let stored = encode_history(versions);
    let mut slots = Vec::with_capacity(versions.len());
    for (i, (v, value)) in versions.iter_mut().zip(stored).enumerate() {
        v.slot.n = first + i as u64;
        writes.push((
            StorageKey::Version(id.to_string(), v.slot.n).as_string(),
            value,
        ));
        slots.push(v.slot.clone());
    }
    writes.push((
        StorageKey::History(id.to_string()).as_string(),
        crate::json::to_string(&slots),
    ));
}

/// Undoes the writes done so far: removals first, which free the room the old values need.
fn roll_back(store: &dyn KeyValueStore, undo: &[(String, Option<String>)]) {
    for (key, old) in undo.iter().rev() {
        if old.is_none() {
            let _ = store.remove(key);
        }
    }
    for (key, old) in undo.iter().rev() {
        if let Some(v) = old {
            let _ = store.set(key, v);
        }
    }
}

/// Remembers that a full backup was made now.
pub fn mark_made(store: &dyn KeyValueStore, now: &str) -> Result<(), StorageError> {
    store.set(&StorageKey::BackupMade.as_string(), now)
}

/// Puts the reminder aside for a week.
pub fn snooze(store: &dyn KeyValueStore, now: &str) -> Result<(), StorageError> {
    store.set(&StorageKey::BackupSnoozed.as_string(), now)
}

/// When the last full backup was made, if ever.
pub fn last_made(store: &dyn KeyValueStore) -> Option<String> {
    store
        .get(&StorageKey::BackupMade.as_string())
        .ok()
        .flatten()
}

/// Whether to offer a backup: some edit is not in any backup, the oldest such edit is a week
/// old or more, and the reminder was not put aside in the last week. `edits` are the times
/// drafts and their versions were saved.
pub fn reminder_due(
    now: &str,
    made: Option<&str>,
    snoozed: Option<&str>,
    edits: &[String],
) -> bool {
    let Some(now) = epoch_secs(now) else {
        return false;
    };
    let made = made.and_then(epoch_secs);
    if snoozed
        .and_then(epoch_secs)
        .is_some_and(|s| now - s < REMIND_AFTER_SECS)
    {
        return false;
    }
    let oldest_unsaved = edits
        .iter()
        .filter_map(|e| epoch_secs(e))
        .filter(|e| made.is_none_or(|m| *e > m))
        .min();
    oldest_unsaved.is_some_and(|e| now - e >= REMIND_AFTER_SECS)
}

/// [`reminder_due`] for what `store` holds.
pub fn reminder_due_in(store: &dyn KeyValueStore, now: &str) -> bool {
    let library = Library::new(store);
    let mut edits = Vec::new();
    for d in library.list().unwrap_or_default() {
        edits.extend(library.versions(&d.id).into_iter().map(|v| v.saved_at));
        edits.push(d.saved_at);
    }
    let snoozed = store
        .get(&StorageKey::BackupSnoozed.as_string())
        .ok()
        .flatten();
    reminder_due(now, last_made(store).as_deref(), snoozed.as_deref(), &edits)
}

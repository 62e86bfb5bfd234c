//! The drafts list and each draft's history, on top of `Drafts`: create (blank or from an
//! example), duplicate to adapt for another donor, move to the trash and back, and keep older
//! versions spaced in time so any of them can be restored without destroying the current one.

use super::delta;
use super::drafts::{Drafts, Envelope, Opened, Saved};
use super::{KeyValueStore, StorageError, StorageKey, PREFIX_DRAFT};
use crate::model::Proposal;

/// How many versions of a draft are kept.
pub const HISTORY_LEN: usize = 30;
/// Minimum time between two kept versions, in seconds (closer saves replace the newest).
pub const HISTORY_SPACING_SECS: i64 = 120;

/// One line of the drafts list.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftSummary {
    /// Draft id.
    pub id: String,
    /// The proposal's title (may be empty).
    pub title: String,
    /// The donor's name (may be empty).
    pub donor: String,
    /// When it was last saved, ISO 8601.
    pub saved_at: String,
    /// In the trash since, if deleted.
    pub trashed_at: Option<String>,
    /// The draft could not be read (it will be quarantined when opened).
    pub unreadable: bool,
}

/// One kept version of a draft, as listed in the history index (the document has its own key).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Slot {
    /// When this version was saved.
    pub(crate) saved_at: String,
    /// Its number, part of the document's key.
    pub(crate) n: u64,
    /// FNV-1a hash of the document, so an unchanged save adds nothing and a version rebuilt
    /// from deltas is checked.
    pub(crate) hash: u64,
    /// Its title then, so the list needs no document read.
    pub(crate) title: String,
}

/// What thinning the history freed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Thinned {
    /// Versions dropped.
    pub versions: usize,
    /// Bytes freed (UTF-16, as the browser counts).
    pub bytes: usize,
}

/// Bytes a key and its value take in localStorage (UTF-16).
pub(crate) fn utf16_bytes(key: &str, value: &str) -> usize {
    (key.encode_utf16().count() + value.encode_utf16().count()) * 2
}

/// FNV-1a, 64 bits: a cheap fingerprint to skip identical versions (not for security).
pub(crate) fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The title and donor of a stored proposal, read without the full document type (a draft
/// from a newer schema still lists).
pub(crate) fn glance(text: &str) -> (String, String) {
    let doc = crate::json::parse(text.as_bytes()).unwrap_or_default();
    let context = doc.get("context");
    let text_at = |v: Option<&serde_json::Value>| {
        v.and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    (
        text_at(context.and_then(|c| c.get("title"))),
        text_at(
            context
                .and_then(|c| c.get("donor"))
                .and_then(|d| d.get("name")),
        ),
    )
}

/// A version's place in the list, without its document (for the history list).
#[derive(Clone, Debug, PartialEq)]
pub struct VersionInfo {
    /// Index to pass to `restore_version`.
    pub index: usize,
    /// When it was saved.
    pub saved_at: String,
    /// Its title then.
    pub title: String,
}

/// Seconds since the epoch for an ISO 8601 UTC timestamp (`YYYY-MM-DDTHH:MM:SS…`), for spacing.
pub fn epoch_secs(ts: &str) -> Option<i64> {
    let b = ts.as_bytes();
    if b.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| ts.get(r).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    // Days from civil (Howard Hinnant's algorithm), exact for the Gregorian calendar.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// The drafts list over any store.
pub struct Library<'a> {
    store: &'a dyn KeyValueStore,
}

impl<'a> Library<'a> {
    /// A library over `store`.
    pub fn new(store: &'a dyn KeyValueStore) -> Self {
        Library { store }
    }

    fn drafts(&self) -> Drafts<'a> {
        Drafts::new(self.store)
    }

    /// Every draft, most recently saved first.
    pub fn list(&self) -> Result<Vec<DraftSummary>, StorageError> {
        let mut out = Vec::new();
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(PREFIX_DRAFT) else {
                continue;
            };
            let raw = self.store.get(&key)?.unwrap_or_default();
            match Envelope::read(&raw) {
                Ok(env) => {
                    let (title, donor) = glance(&env.proposal);
                    out.push(DraftSummary {
                        id: id.to_string(),
                        title,
                        donor,
                        saved_at: env.saved_at.clone(),
                        trashed_at: env.trashed_at.clone(),
                        unreadable: false,
                    });
                }
                Err(_) => out.push(DraftSummary {
                    id: id.to_string(),
                    title: String::new(),
                    donor: String::new(),
                    saved_at: String::new(),
                    trashed_at: None,
                    unreadable: true,
                }),
            }
        }
        out.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Ids of stored values that could not be read and were set aside (see `Drafts::open`).
    pub fn quarantined(&self) -> Result<Vec<String>, StorageError> {
        let prefix = StorageKey::Quarantine(String::new()).as_string();
        let mut out: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter_map(|k| k.strip_prefix(&prefix).map(str::to_string))
            .collect();
        out.sort();
        Ok(out)
    }

    /// Deletes a set-aside value for good (after the person downloaded or gave up on it).
    pub fn discard_quarantined(&self, quarantine_id: &str) -> Result<(), StorageError> {
        self.store
            .remove(&StorageKey::Quarantine(quarantine_id.to_string()).as_string())
    }

    /// A new draft id that is not in use, derived from the time so ids sort by creation.
    pub fn fresh_id(&self, now: &str) -> Result<String, StorageError> {
        let base: String = now
            .chars()
            .filter(|c| c.is_ascii_digit())
            .take(14)
            .collect();
        let keys = self.store.keys()?;
        let mut n = 0u32;
        loop {
            let id = if n == 0 {
                format!("d{base}")
            } else {
                format!("d{base}-{n}")
            };
            if !keys.contains(&StorageKey::Draft(id.clone()).as_string()) {
                return Ok(id);
            }
            n += 1;
        }
    }

    /// Stores `proposal` as a new draft and returns its id.
    pub fn create(&self, proposal: &Proposal, now: &str) -> Result<String, StorageError> {
        let id = self.fresh_id(now)?;
        match self.drafts().save(&id, 0, proposal, now)? {
            Saved::Done { .. } => Ok(id),
            Saved::Conflict { .. } => Err(StorageError::NotConfirmed),
        }
    }

    /// Copies a draft into a new one (to adapt it for another donor); returns the new id.
    pub fn duplicate(&self, id: &str, suffix: &str, now: &str) -> Result<String, StorageError> {
        match self.drafts().open(id, now)? {
            Opened::Ready { mut proposal, .. } => {
                proposal.context.title = format!("{} {suffix}", proposal.context.title)
                    .trim()
                    .to_string();
                proposal.meta.created = now.to_string();
                proposal.touch(now);
                self.create(&proposal, now)
            }
            _ => Err(StorageError::Other(format!("draft {id} cannot be read"))),
        }
    }

    /// Moves a draft to the trash (or back when `trashed` is false); nothing is deleted.
    pub fn set_trashed(&self, id: &str, trashed: Option<&str>) -> Result<(), StorageError> {
        let key = StorageKey::Draft(id.to_string()).as_string();
        let Some(raw) = self.store.get(&key)? else {
            return Ok(());
        };
        let mut env = Envelope::read(&raw).map_err(StorageError::Other)?;
        env.trashed_at = trashed.map(str::to_string);
        let text = env.write();
        self.store.set_confirmed(&key, &text)
    }

    /// Deletes a draft and its history for good (only from the trash).
    pub fn purge(&self, id: &str) -> Result<(), StorageError> {
        // Every version key of the draft, listed or left over from a save cut short.
        let prefix = StorageKey::Version(id.to_string(), 0).as_string();
        let prefix = prefix.trim_end_matches('0');
        for key in self.store.keys()? {
            if key
                .strip_prefix(prefix)
                .is_some_and(|n| n.parse::<u64>().is_ok())
            {
                self.store.remove(&key)?;
            }
        }
        self.store
            .remove(&StorageKey::History(id.to_string()).as_string())?;
        super::Unsaved::new(self.store).drop_all(id)?;
        super::CoeditStore::new(self.store).forget(id)?;
        self.store
            .remove(&StorageKey::Draft(id.to_string()).as_string())
    }

    pub(crate) fn read_index(&self, id: &str) -> Vec<Slot> {
        self.store
            .get(&StorageKey::History(id.to_string()).as_string())
            .ok()
            .flatten()
            .and_then(|raw| crate::json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    pub(crate) fn write_index(&self, id: &str, slots: &[Slot]) -> Result<(), StorageError> {
        let text = crate::json::to_string(slots);
        self.store
            .set(&StorageKey::History(id.to_string()).as_string(), &text)
    }

    /// Keeps a version of the draft: replaces the newest one when it is closer than the
    /// spacing, drops the oldest past `HISTORY_LEN`, and, when storage is full, drops the
    /// oldest versions until it fits — history gives way so the draft itself never has to.
    ///
    /// The newest version is stored in full and each older one as a delta against the next
    /// newer (see `delta`), so a save writes one document and one small delta. Both go under
    /// fresh keys and the index is written last: a save cut short leaves the old history whole.
    pub fn record_version(
        &self,
        id: &str,
        proposal: &Proposal,
        now: &str,
    ) -> Result<(), StorageError> {
        let text = crate::model::to_json_compact(proposal);
        self.record_version_text(id, &text, &proposal.context.title, now)
    }

    /// [`Library::record_version`] for a proposal already written with
    /// [`crate::model::to_json_compact`] (`title` is its `context.title`).
    pub fn record_version_text(
        &self,
        id: &str,
        text: &str,
        title: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        self.record(id, text, title, now, true)
    }

    /// Keeps a version that replaces text another tab wrote: unlike
    /// [`Library::record_version_text`], never in place of the newest version, which may be
    /// that other tab's text (a save that overwrites it leaves it in history).
    pub fn keep_version_text(
        &self,
        id: &str,
        text: &str,
        title: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        self.record(id, text, title, now, false)
    }

    fn record(
        &self,
        id: &str,
        text: &str,
        title: &str,
        now: &str,
        may_roll: bool,
    ) -> Result<(), StorageError> {
        let mut slots = self.read_index(id);
        let hash = fnv1a(text);
        if slots.last().is_some_and(|s| s.hash == hash) {
            return Ok(());
        }
        // The newest version is a rolling slot: it is replaced until it is far enough from the
        // version before it, which then stays for good. So kept versions are spaced in time.
        let rolling = may_roll && slots.len() >= 2 && {
            let before = &slots[slots.len() - 2];
            match (epoch_secs(&before.saved_at), epoch_secs(now)) {
                (Some(a), Some(b)) => b - a < HISTORY_SPACING_SECS,
                _ => false,
            }
        };
        let mut next_n = slots.iter().map(|s| s.n + 1).max().unwrap_or(0);
        let mut stale = Vec::new();
        // The version that becomes the newest kept one below the new head, re-stored as a
        // delta against the new text (it was full, or a delta against the old head).
        let old_head = slots.last().and_then(|s| self.raw_version(id, s.n));
        if rolling {
            if let Some(s) = slots.pop() {
                stale.push(s.n);
            }
        }
        let below = match (slots.last(), old_head) {
            (Some(slot), Some(head)) => {
                let stored = if rolling {
                    self.raw_version(id, slot.n)
                } else {
                    Some(head.clone())
                };
                stored
                    .and_then(|s| delta::decode(&s, &head))
                    .filter(|t| fnv1a(t) == slot.hash)
            }
            _ => None,
        };
        let mut writes: Vec<(u64, String)> = Vec::new();
        if let (Some(older), Some(slot)) = (below, slots.last_mut()) {
            stale.push(slot.n);
            slot.n = next_n;
            next_n += 1;
            writes.push((slot.n, delta::encode(text, &older)));
        }
        slots.push(Slot {
            saved_at: now.to_string(),
            n: next_n,
            hash,
            title: title.to_string(),
        });
        writes.push((next_n, text.to_string()));
        while slots.len() > HISTORY_LEN {
            let old = slots.remove(0);
            stale.push(old.n);
        }
        for (n, value) in &writes {
            let key = StorageKey::Version(id.to_string(), *n).as_string();
            loop {
                match self.store.set(&key, value) {
                    Ok(()) => break,
                    // Oldest first; never the one being written.
                    Err(StorageError::QuotaExceeded) if slots.len() > 2 && slots[0].n != *n => {
                        let old = slots.remove(0);
                        self.store
                            .remove(&StorageKey::Version(id.to_string(), old.n).as_string())?;
                    }
                    Err(e) => {
                        for (n, _) in &writes {
                            let _ = self
                                .store
                                .remove(&StorageKey::Version(id.to_string(), *n).as_string());
                        }
                        return Err(e);
                    }
                }
            }
        }
        self.write_index(id, &slots)?;
        for n in stale {
            self.store
                .remove(&StorageKey::Version(id.to_string(), n).as_string())?;
        }
        Ok(())
    }

    /// A version's stored value (full JSON or a delta).
    fn raw_version(&self, id: &str, n: u64) -> Option<String> {
        self.store
            .get(&StorageKey::Version(id.to_string(), n).as_string())
            .ok()
            .flatten()
    }

    /// Every kept version's full text, oldest first (`None` for one that cannot be rebuilt).
    pub(crate) fn version_texts(&self, id: &str) -> Vec<(Slot, Option<String>)> {
        let slots = self.read_index(id);
        let mut out: Vec<(Slot, Option<String>)> = Vec::with_capacity(slots.len());
        let mut newer: Option<String> = None;
        for slot in slots.into_iter().rev() {
            let text = self.raw_version(id, slot.n).and_then(|raw| {
                if delta::is_delta(&raw) {
                    delta::apply(&raw, newer.as_deref()?)
                } else {
                    Some(raw)
                }
            });
            let text = text.filter(|t| fnv1a(t) == slot.hash);
            newer.clone_from(&text);
            out.push((slot, text));
        }
        out.reverse();
        out
    }

    /// Stored values of every kept version, oldest first, as they are (for the backup).
    pub(crate) fn raw_history(&self, id: &str) -> Vec<(Slot, Option<String>)> {
        self.read_index(id)
            .into_iter()
            .map(|s| {
                let raw = self.raw_version(id, s.n);
                (s, raw)
            })
            .collect()
    }

    /// Drops the oldest history versions across all drafts, oldest first, keeping at least
    /// `keep` per draft, until `need` bytes (UTF-16, as the gauge counts) are freed or nothing
    /// more may go. Each dropped version is its draft's oldest, so the rest still rebuild.
    pub fn thin_history(&self, keep: usize, need: usize) -> Result<Thinned, StorageError> {
        let prefix = StorageKey::History(String::new()).as_string();
        let mut candidates: Vec<(String, String, u64)> = Vec::new();
        let mut indexes = std::collections::BTreeMap::new();
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(&prefix) else {
                continue;
            };
            let slots = self.read_index(id);
            for s in slots.iter().take(slots.len().saturating_sub(keep)) {
                candidates.push((s.saved_at.clone(), id.to_string(), s.n));
            }
            indexes.insert(id.to_string(), slots);
        }
        candidates.sort();
        let mut done = Thinned::default();
        let mut touched = std::collections::BTreeSet::new();
        for (_, id, n) in candidates {
            if done.bytes >= need {
                break;
            }
            let key = StorageKey::Version(id.clone(), n).as_string();
            let size = self
                .store
                .get(&key)?
                .map(|v| utf16_bytes(&key, &v))
                .unwrap_or(0);
            self.store.remove(&key)?;
            if let Some(slots) = indexes.get_mut(&id) {
                slots.retain(|s| s.n != n);
            }
            touched.insert(id);
            done.bytes += size;
            done.versions += 1;
        }
        for id in touched {
            if let Some(slots) = indexes.get(&id) {
                self.write_index(&id, slots)?;
            }
        }
        Ok(done)
    }

    /// The kept versions, newest first.
    pub fn versions(&self, id: &str) -> Vec<VersionInfo> {
        let mut out: Vec<VersionInfo> = self
            .read_index(id)
            .into_iter()
            .enumerate()
            .map(|(index, s)| VersionInfo {
                index,
                saved_at: s.saved_at,
                title: s.title,
            })
            .collect();
        out.reverse();
        out
    }

    /// The proposal of one kept version, migrated to the current schema if it can be.
    pub fn version(&self, id: &str, index: usize) -> Option<Proposal> {
        let slots = self.read_index(id);
        // From the version up to the first full copy (the newest at the latest), then back down.
        let mut chain = Vec::new();
        let mut text = None;
        for slot in slots.get(index..)? {
            let raw = self.raw_version(id, slot.n)?;
            if delta::is_delta(&raw) {
                chain.push((raw, slot.hash));
            } else {
                text = Some(raw).filter(|t| fnv1a(t) == slot.hash);
                break;
            }
        }
        let mut text = text?;
        for (raw, hash) in chain.into_iter().rev() {
            text = delta::apply(&raw, &text).filter(|t| fnv1a(t) == hash)?;
        }
        crate::model::import_json(text.as_bytes()).ok()
    }
}

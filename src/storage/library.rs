//! The drafts list and each draft's history, on top of `Drafts`: create (blank or from an
//! example), duplicate to adapt for another donor, move to the trash and back, and keep older
//! versions spaced in time so any of them can be restored without destroying the current one.

use super::drafts::{Drafts, Envelope, Opened, Saved};
use super::{KeyValueStore, StorageError, StorageKey, PREFIX_DRAFT};
use crate::model::Proposal;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

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

/// One kept version of a draft.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Version {
    /// When this version was saved.
    pub saved_at: String,
    /// The document as it was (raw text, so nothing is lost whatever its schema).
    pub proposal: Box<RawValue>,
}

/// Just enough of a stored proposal to list it, read without the full document type.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Glance {
    context: GlanceContext,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct GlanceContext {
    title: String,
    donor: GlanceDonor,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct GlanceDonor {
    name: String,
}

fn glance(raw: &RawValue) -> Glance {
    serde_json::from_str(raw.get()).unwrap_or_default()
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
            match serde_json::from_str::<Envelope>(&raw) {
                Ok(env) => {
                    let g = glance(&env.proposal);
                    out.push(DraftSummary {
                        id: id.to_string(),
                        title: g.context.title,
                        donor: g.context.donor.name,
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
        let mut env: Envelope =
            serde_json::from_str(&raw).map_err(|e| StorageError::Other(e.to_string()))?;
        env.trashed_at = trashed.map(str::to_string);
        let text = serde_json::to_string(&env).map_err(|e| StorageError::Other(e.to_string()))?;
        self.store.set_confirmed(&key, &text)
    }

    /// Deletes a draft and its history for good (only from the trash).
    pub fn purge(&self, id: &str) -> Result<(), StorageError> {
        self.store
            .remove(&StorageKey::History(id.to_string()).as_string())?;
        self.store
            .remove(&StorageKey::Draft(id.to_string()).as_string())
    }

    fn read_history(&self, id: &str) -> Vec<Version> {
        self.store
            .get(&StorageKey::History(id.to_string()).as_string())
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    /// Keeps a version of the draft: replaces the newest one when it is closer than the
    /// spacing, drops the oldest past `HISTORY_LEN`, and, when storage is full, drops the
    /// oldest versions until it fits — history gives way so the draft itself never has to.
    pub fn record_version(
        &self,
        id: &str,
        proposal: &Proposal,
        now: &str,
    ) -> Result<(), StorageError> {
        let mut versions = self.read_history(id);
        let value = RawValue::from_string(crate::model::to_json_compact(proposal))
            .map_err(|e| StorageError::Other(e.to_string()))?;
        // The newest version is a rolling slot: it is replaced until it is far enough from the
        // version before it, which then stays for good. So kept versions are spaced in time.
        let rolling = versions.len() >= 2 && {
            let before = &versions[versions.len() - 2];
            match (epoch_secs(&before.saved_at), epoch_secs(now)) {
                (Some(a), Some(b)) => b - a < HISTORY_SPACING_SECS,
                _ => false,
            }
        };
        if rolling {
            versions.pop();
        }
        if versions
            .last()
            .is_some_and(|v| v.proposal.get() == value.get())
        {
            return Ok(());
        }
        versions.push(Version {
            saved_at: now.to_string(),
            proposal: value,
        });
        while versions.len() > HISTORY_LEN {
            versions.remove(0);
        }
        let key = StorageKey::History(id.to_string()).as_string();
        loop {
            let text =
                serde_json::to_string(&versions).map_err(|e| StorageError::Other(e.to_string()))?;
            match self.store.set(&key, &text) {
                Ok(()) => return Ok(()),
                Err(StorageError::QuotaExceeded) if versions.len() > 1 => {
                    versions.remove(0);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The kept versions, newest first.
    pub fn versions(&self, id: &str) -> Vec<VersionInfo> {
        let versions = self.read_history(id);
        let mut out: Vec<VersionInfo> = versions
            .iter()
            .enumerate()
            .map(|(index, v)| VersionInfo {
                index,
                saved_at: v.saved_at.clone(),
                title: glance(&v.proposal).context.title,
            })
            .collect();
        out.reverse();
        out
    }

    /// The proposal of one kept version, migrated to the current schema if it can be.
    pub fn version(&self, id: &str, index: usize) -> Option<Proposal> {
        let versions = self.read_history(id);
        let v = versions.get(index)?;
        crate::model::import_json(v.proposal.get().as_bytes()).ok()
    }
}

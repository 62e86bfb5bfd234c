//! The proposal in an Automerge document: the flat form ([`super::flat`]) as one map of paths,
//! prose as the engine's text objects (so two people's edits to one paragraph combine), list
//! entries holding their position.
//!
//! The document lives beside the draft, under its own key, and is read and written only when a
//! copy is sent or merged: typing and autosave never touch it. Recording the draft diffs its
//! flat form against the document's (text by the engine's own `update_text`), so one record
//! is one change however much was typed since.

use std::collections::{BTreeMap, BTreeSet};

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{hydrate, ActorId, AutoCommit, AutomergeError, ChangeHash, ObjType, ReadDoc};
use automerge::{ScalarValue, Value as AmValue, ROOT};
use serde_json::Value;

use super::flat::{container, is_entry, Flat, Leaf};

const SHARED_ID: &str = "shared_id";
const SCHEMA: &str = "schema_version";
const FIELDS: &str = "fields";
const PEOPLE: &str = "people";

/// One shared proposal's engine document.
pub struct SharedDoc {
    doc: AutoCommit,
}

impl SharedDoc {
    /// A new document for the shared proposal `shared_id`, written by `actor`.
    pub fn create(shared_id: &str, actor: ActorId) -> Result<Self, AutomergeError> {
        let mut doc = AutoCommit::new().with_actor(actor);
        doc.put(ROOT, SHARED_ID, shared_id)?;
        doc.put(ROOT, SCHEMA, u64::from(crate::model::SCHEMA_VERSION))?;
        // Created once, here: every copy shares these two maps, so nobody creates them again.
        doc.put_object(ROOT, FIELDS, ObjType::Map)?;
        doc.put_object(ROOT, PEOPLE, ObjType::Map)?;
        doc.commit_with(CommitOptions::default().with_message("start"));
        Ok(SharedDoc { doc })
    }

    /// A saved document, to be written by `actor` from now on.
    pub fn load(bytes: &[u8], actor: ActorId) -> Result<Self, AutomergeError> {
        Ok(SharedDoc {
            doc: AutoCommit::load(bytes)?.with_actor(actor),
        })
    }

    /// The document's bytes (the engine compresses them).
    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// Which shared proposal this is.
    pub fn shared_id(&self) -> Option<String> {
        match self.doc.get(ROOT, SHARED_ID).ok()?? {
            (AmValue::Scalar(s), _) => match s.as_ref() {
                ScalarValue::Str(s) => Some(s.to_string()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The schema version the last writer's app used.
    pub fn schema_version(&self) -> u64 {
        match self.doc.get(ROOT, SCHEMA) {
            Ok(Some((AmValue::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Uint(n) => *n,
                ScalarValue::Int(n) => u64::try_from(*n).unwrap_or(u64::MAX),
                _ => u64::MAX,
            },
            _ => u64::MAX,
        }
    }

    fn map_id(&self, name: &str) -> Option<automerge::ObjId> {
        match self.doc.get(ROOT, name).ok()?? {
            (AmValue::Object(ObjType::Map), id) => Some(id),
            _ => None,
        }
    }

    /// Whether the document has the shape this module writes.
    pub fn is_well_formed(&self) -> bool {
        self.shared_id().is_some() && self.map_id(FIELDS).is_some() && self.map_id(PEOPLE).is_some()
    }

    /// Writes `flat` into the document as one change by `person`, at `time` (Unix seconds).
    /// Nothing is committed when nothing differs.
    pub fn record(&mut self, flat: &Flat, person: &str, time: i64) -> Result<(), AutomergeError> {
        let (Some(fields), Some(people)) = (self.map_id(FIELDS), self.map_id(PEOPLE)) else {
            return Err(AutomergeError::InvalidOp(ObjType::Map));
        };
        let actor = self.doc.get_actor().to_hex_string();
        let known = self.people().get(&actor).cloned();
        if known.as_deref() != Some(person) && !person.is_empty() {
            self.doc.put(&people, actor.as_str(), person)?;
        }
        let now = self.read(None);
        for key in now.keys().filter(|k| !flat.contains_key(*k)) {
            self.doc.delete(&fields, key.as_str())?;
        }
        // Only what differs is looked up and written: most of a draft is unchanged between two
        // sends.
        for (key, leaf) in flat.iter().filter(|(k, l)| now.get(*k) != Some(*l)) {
            match leaf {
                Leaf::Text(s) => {
                    let id = match self.doc.get(&fields, key.as_str())? {
                        Some((AmValue::Object(ObjType::Text), id)) => id,
                        _ => self.doc.put_object(&fields, key.as_str(), ObjType::Text)?,
                    };
                    self.doc.update_text(&id, s)?;
                }
                Leaf::Scalar(v) => {
                    self.doc.put(&fields, key.as_str(), to_scalar(v))?;
                }
                Leaf::Entry(_) => {}
            }
        }
        for (key, pos) in placements(&now, flat) {
            self.doc.put(&fields, key.as_str(), pos)?;
        }
        self.doc.commit_with(
            CommitOptions::default()
                .with_message(person.to_string())
                .with_time(time),
        );
        Ok(())
    }

    /// The flat form as of `heads` (now when `None`).
    pub fn read(&self, heads: Option<&[ChangeHash]>) -> Flat {
        let mut out = Flat::new();
        let Some(fields) = self.map_id(FIELDS) else {
            return out;
        };
        let Ok(hydrate::Value::Map(map)) = self.doc.hydrate(&fields, heads) else {
            return out;
        };
        for (key, v) in map.iter() {
            let leaf = match &v.value {
                hydrate::Value::Text(t) => Leaf::Text(String::from(t)),
                hydrate::Value::Scalar(s) if is_entry(key) => match s {
                    ScalarValue::F64(p) => Leaf::Entry(*p),
                    ScalarValue::Int(p) => Leaf::Entry(*p as f64),
                    _ => continue,
                },
                hydrate::Value::Scalar(s) => match from_scalar(s) {
                    Some(v) => Leaf::Scalar(v),
                    None => continue,
                },
                _ => continue,
            };
            out.insert(key.clone(), leaf);
        }
        out
    }

    /// Each contributor's name by actor (hex).
    pub fn people(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(people) = self.map_id(PEOPLE) else {
            return out;
        };
        if let Ok(hydrate::Value::Map(map)) = self.doc.hydrate(&people, None) {
            for (actor, v) in map.iter() {
                if let hydrate::Value::Scalar(ScalarValue::Str(name)) = &v.value {
                    out.insert(actor.clone(), name.to_string());
                }
            }
        }
        out
    }

    /// The current heads.
    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Takes in every change of `other` (the engine's merge).
    pub fn merge(&mut self, other: &mut SharedDoc) -> Result<(), AutomergeError> {
        self.doc.merge(&mut other.doc).map(|_| ())
    }

    /// A copy of this document.
    pub fn fork(&mut self) -> SharedDoc {
        SharedDoc {
            doc: self.doc.fork(),
        }
    }

    /// Every change's hash, dependencies and author (hex), from the changes' metadata: reading
    /// whole changes took 64 ms for a merge of the stress fixture, the metadata well under 1.
    fn history(&mut self) -> Vec<(ChangeHash, Vec<ChangeHash>, String)> {
        self.doc
            .get_changes_meta(&[])
            .into_iter()
            .map(|c| (c.hash, c.deps, c.actor.to_hex_string()))
            .collect()
    }

    /// Against `other`: the heads of the changes both hold (their last common version), and
    /// the authors (hex) of the changes `other` has and this document has not.
    pub fn compare(&mut self, other: &mut SharedDoc) -> (Vec<ChangeHash>, BTreeSet<String>) {
        let mine = self.history();
        let theirs = other.history();
        let known: BTreeSet<ChangeHash> = mine.iter().map(|c| c.0).collect();
        let both: Vec<&(ChangeHash, Vec<ChangeHash>, String)> =
            theirs.iter().filter(|c| known.contains(&c.0)).collect();
        let deps: BTreeSet<ChangeHash> = both.iter().flat_map(|c| c.1.iter().copied()).collect();
        let heads = both
            .iter()
            .map(|c| c.0)
            .filter(|h| !deps.contains(h))
            .collect();
        let authors = theirs
            .iter()
            .filter(|c| !known.contains(&c.0))
            .map(|c| c.2.clone())
            .collect();
        (heads, authors)
    }
}

/// A JSON value as the engine's scalar: numbers and yes/no as such, codes as strings, a list
/// of amounts as its JSON text in bytes (so it reads back as a list, not as a string).
fn to_scalar(v: &Value) -> ScalarValue {
    match v {
        Value::Bool(b) => ScalarValue::Boolean(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => ScalarValue::Uint(u),
            (None, Some(i)) => ScalarValue::Int(i),
            _ => ScalarValue::F64(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => ScalarValue::Str(s.as_str().into()),
        other => ScalarValue::Bytes(serde_json::to_vec(other).unwrap_or_default()),
    }
}

fn from_scalar(s: &ScalarValue) -> Option<Value> {
    Some(match s {
        ScalarValue::Boolean(b) => Value::Bool(*b),
        ScalarValue::Uint(u) => Value::from(*u),
        ScalarValue::Int(i) => Value::from(*i),
        ScalarValue::F64(f) => Value::from(*f),
        ScalarValue::Str(s) => Value::String(s.to_string()),
        ScalarValue::Bytes(b) => serde_json::from_slice(b).ok()?,
        _ => return None,
    })
}

/// The positions to write so the document's lists read in `flat`'s order, moving as few
/// entries as possible: entries already in the right relative order (the longest run of
/// increasing positions) keep theirs, the others take places between their neighbours.
pub fn placements(now: &Flat, flat: &Flat) -> Vec<(String, f64)> {
    // Each list's entries in the wanted order.
    let mut lists: BTreeMap<&str, Vec<(&str, f64)>> = BTreeMap::new();
    for (key, leaf) in flat {
        if let Leaf::Entry(order) = leaf {
            lists.entry(container(key)).or_default().push((key, *order));
        }
    }
    let mut out = Vec::new();
    for entries in lists.values_mut() {
        entries.sort_by(|a, b| a.1.total_cmp(&b.1));
        let keys: Vec<&str> = entries.iter().map(|e| e.0).collect();
        let old: Vec<Option<f64>> = keys
            .iter()
            .map(|k| match now.get(*k) {
                Some(Leaf::Entry(p)) => Some(*p),
                _ => None,
            })
            .collect();
        let keep = increasing_run(&old);
        let mut placed: Vec<Option<f64>> = (0..keys.len())
            .map(|i| keep.contains(&i).then(|| old[i]).flatten())
            .collect();
        if !fill_gaps(&mut placed) {
            // Positions grew too close to tell apart: number the whole list afresh.
            placed = (0..keys.len()).map(|i| Some(i as f64)).collect();
        }
        for (i, key) in keys.iter().enumerate() {
            let pos = placed[i].unwrap_or(i as f64);
            if old[i] != Some(pos) {
                out.push((key.to_string(), pos));
            }
        }
    }
    out
}

/// Indexes of a longest strictly increasing subsequence of the known positions.
fn increasing_run(old: &[Option<f64>]) -> BTreeSet<usize> {
    let known: Vec<(usize, f64)> = old
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .collect();
    // Patience sorting: tails[k] is the index in `known` ending a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; known.len()];
    for j in 0..known.len() {
        let at = tails.partition_point(|&t| known[t].1 < known[j].1);
        prev[j] = at.checked_sub(1).map(|a| tails[a]);
        if at == tails.len() {
            tails.push(j);
        } else {
            tails[at] = j;
        }
    }
    let mut out = BTreeSet::new();
    let mut cur = tails.last().copied();
    while let Some(j) = cur {
        out.insert(known[j].0);
        cur = prev[j];
    }
    out
}

/// Gives every unplaced entry a position between its placed neighbours; false when two
/// neighbours are too close for the entries between them.
fn fill_gaps(placed: &mut [Option<f64>]) -> bool {
    let mut i = 0;
    while i < placed.len() {
        if placed[i].is_some() {
            i += 1;
            continue;
        }
        let start = i;
        while i < placed.len() && placed[i].is_none() {
            i += 1;
        }
        let n = (i - start) as f64;
        let before = start.checked_sub(1).and_then(|b| placed[b]);
        let after = placed.get(i).copied().flatten();
        let (low, step) = match (before, after) {
            (Some(a), Some(b)) => (a, (b - a) / (n + 1.0)),
            (Some(a), None) => (a, 1.0),
            (None, Some(b)) => (b - n - 1.0, 1.0),
            (None, None) => (-1.0, 1.0),
        };
        if step < 1e-9 {
            return false;
        }
        for (k, slot) in placed[start..i].iter_mut().enumerate() {
            *slot = Some(low + step * (k as f64 + 1.0));
        }
    }
    true
}

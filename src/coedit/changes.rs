//! What changed between two versions of a proposal, field by field and item by item: the
//! summary after a merge and the comparison of two versions in a draft's history.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::flat::{container, flatten_proposal, is_entry, Flat, Leaf};
use crate::model::Proposal;

/// What happened to a field or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// An item that was not there.
    Added,
    /// An item that is gone.
    Removed,
    /// A field (or a set-like list) with another value.
    Changed,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The flat key of the field, item or list.
    pub key: String,
    /// What happened.
    pub kind: ChangeKind,
    /// The value before, as text (empty for an added item or an empty field).
    pub before: String,
    /// The value after, as text.
    pub after: String,
}

/// The changes from `before` to `after`, in document order. An added or removed item is one
/// change (its fields are not listed again); a set-like list whose members changed is one.
pub fn diff(before: &Proposal, after: &Proposal) -> Vec<Change> {
    diff_flat(&flatten_proposal(before), &flatten_proposal(after))
}

/// [`diff`] on flat forms.
pub fn diff_flat(a: &Flat, b: &Flat) -> Vec<Change> {
    let mut out = Vec::new();
    let mut whole: Vec<String> = Vec::new();
    let inside = |whole: &[String], k: &str| whole.iter().any(|w| k.starts_with(&format!("{w}.")));
    let mut sets: BTreeSet<&str> = BTreeSet::new();
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    for key in keys {
        if inside(&whole, key) {
            continue;
        }
        let (x, y) = (a.get(key), b.get(key));
        if key.contains('=') {
            if x.is_none() != y.is_none() {
                sets.insert(container(key));
            }
            continue;
        }
        if is_entry(key) {
            let kind = match (x, y) {
                (None, Some(_)) => ChangeKind::Added,
                (Some(_), None) => ChangeKind::Removed,
                _ => continue,
            };
            whole.push(key.clone());
            let name = |f: &Flat| item_name(f, key);
            out.push(Change {
                key: key.clone(),
                kind,
                before: name(a),
                after: name(b),
            });
            continue;
        }
        if x != y {
            out.push(Change {
                key: key.clone(),
                kind: ChangeKind::Changed,
                before: x.map(text).unwrap_or_default(),
                after: y.map(text).unwrap_or_default(),
            });
        }
    }
    for list in sets {
        out.push(Change {
            key: list.to_string(),
            kind: ChangeKind::Changed,
            before: members(a, list),
            after: members(b, list),
        });
    }
    out.sort_by(|x, y| x.key.cmp(&y.key));
    out
}

/// A value as text: prose and codes as they are, numbers and lists in JSON.
pub fn text(leaf: &Leaf) -> String {
    match leaf {
        Leaf::Text(s) => s.clone(),
        Leaf::Scalar(serde_json::Value::String(s)) => s.clone(),
        Leaf::Scalar(v) => v.to_string(),
        Leaf::Entry(_) => String::new(),
    }
}

/// The members of a set-like list, in order, joined.
fn members(f: &Flat, list: &str) -> String {
    let prefix = format!("{list}=");
    let mut items: Vec<(f64, String)> = f
        .range(prefix.clone()..)
        .take_while(|(k, _)| k.starts_with(&prefix))
        .map(|(k, v)| {
            let raw = &k[prefix.len()..];
            let shown = serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string());
            (if let Leaf::Entry(p) = v { *p } else { 0.0 }, shown)
        })
        .collect();
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    items
        .into_iter()
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join(", ")
}

/// An item's own name: the first of its name-like fields that has a value.
pub fn item_name(f: &Flat, item: &str) -> String {
    [
        "name",
        "title",
        "text",
        "description",
        "issue.custom",
        "issue.catalogue",
        "date",
    ]
    .iter()
    .find_map(|field| f.get(&format!("{item}.{field}")).map(text))
    .unwrap_or_default()
}

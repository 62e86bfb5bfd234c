//! The proposal as one flat map from a field's path to its value: the shape the engine's
//! document takes, and the shape merges and comparisons are computed on.
//!
//! Why flat rather than autosurgeon's nested maps: an empty list or part is left out of the
//! proposal's JSON, so two people adding the first risk at the same time would each create the
//! `risks` container, and of two containers created at once the engine keeps one: the other
//! person's risks would vanish (automerge's documented behaviour for concurrent `put_object` on
//! one key). With one map of paths nothing is a container: an item is a key of its own
//! (`risks.30`, holding its position), each of its fields another (`risks.30.mitigation`), and a
//! member of a set-like list is a key too (`context.minerals="gold"`), so adds, edits, moves and
//! deletes on either side all land.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::model::{FieldPath, Proposal};

/// One value of the flat form.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Leaf {
    /// Prose: the engine merges two people's edits to it as text.
    Text(String),
    /// A number, a yes/no, a code, a date or a list of amounts: replaced whole.
    Scalar(Value),
    /// A list item (`risks.30`) or a member of a set-like list (`context.minerals="gold"`),
    /// with its position in the list.
    Entry(f64),
}

/// The flat form: every path with a value, in path order.
pub type Flat = BTreeMap<String, Leaf>;

/// Lists of plain values that behave as sets: members added or removed on either side
/// combine. (Other lists of plain values, a budget line's amounts per year, are one value.)
pub const SET_LISTS: &[&str] = &[
    "sites",
    "minerals",
    "miner_profiles",
    "stated_priorities",
    "priority_ids",
    "objective_ids",
    "audience_ids",
    "extra_sdgs",
    "threatens",
    "transitions",
];

/// Strings that are codes, dates or short values: replaced whole, never merged character by
/// character (two edits of "2027-01-01" would otherwise combine into a date nobody wrote).
pub const CODE_FIELDS: &[&str] = &[
    "country_code",
    "currency",
    "donor_type",
    "org_type",
    "template",
    "format",
    "catalogue",
    "category",
    "commitment",
    "level",
    "partner_type",
    "strength",
    "likelihood",
    "impact",
    "date",
    "start",
    "end",
    "target_date",
    "created",
    "updated",
    "unit",
    "baseline_value",
    "target_value",
    "value",
];

/// Parts of the file that are not merged: each copy's own bookkeeping.
const LOCAL: &[&str] = &["meta", "schema_version"];

/// The flat form of a proposal's JSON; list entries take their index as position.
pub fn flatten(json: &Value) -> Flat {
    let mut out = Flat::new();
    if let Value::Object(m) = json {
        for (k, v) in m {
            if !LOCAL.contains(&k.as_str()) {
                walk(k, k, v, &mut out);
            }
        }
    }
    out
}

/// The flat form of a proposal.
pub fn flatten_proposal(p: &Proposal) -> Flat {
    flatten(&serde_json::to_value(p).unwrap_or(Value::Null))
}

fn walk(path: &str, field: &str, v: &Value, out: &mut Flat) {
    match v {
        Value::Null => {}
        Value::Object(m) => {
            for (k, x) in m {
                walk(&format!("{path}.{k}"), k, x, out);
            }
        }
        Value::Array(items) if SET_LISTS.contains(&field) => {
            for (i, x) in items.iter().enumerate() {
                out.entry(member_key(path, x))
                    .or_insert(Leaf::Entry(i as f64));
            }
        }
        Value::Array(items) if !items.is_empty() && items.iter().all(|x| item_id(x).is_some()) => {
            for (i, x) in items.iter().enumerate() {
                let key = format!("{path}.{}", item_id(x).unwrap_or_default());
                out.insert(key.clone(), Leaf::Entry(i as f64));
                if let Value::Object(m) = x {
                    for (k, y) in m.iter().filter(|(k, _)| *k != "id") {
                        walk(&format!("{key}.{k}"), k, y, out);
                    }
                }
            }
        }
        Value::Array(items) if items.is_empty() => {}
        Value::String(s) if s.is_empty() => {}
        Value::String(s) if !CODE_FIELDS.contains(&field) => {
            out.insert(path.to_string(), Leaf::Text(s.clone()));
        }
        other => {
            out.insert(path.to_string(), Leaf::Scalar(other.clone()));
        }
    }
}

/// A list item's id, when `x` is an object with one.
fn item_id(x: &Value) -> Option<u64> {
    x.as_object()?.get("id")?.as_u64()
}

/// The key of one member of a set-like list: the list's path, `=`, the member as JSON.
fn member_key(list: &str, member: &Value) -> String {
    format!("{list}={member}")
}

/// Whether `key` is a list entry (an item or a set member) rather than a field.
pub fn is_entry(key: &str) -> bool {
    key.contains('=')
        || key
            .rsplit('.')
            .next()
            .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
}

/// The list an entry belongs to (`risks.30` → `risks`, `context.minerals="gold"` →
/// `context.minerals`).
pub fn container(key: &str) -> &str {
    match key.find('=') {
        Some(i) => &key[..i],
        None => key.rsplit_once('.').map_or("", |(c, _)| c),
    }
}

/// The proposal's JSON rebuilt from the flat form, without `meta` and `schema_version`.
/// Fields of an item whose entry is gone are left out (the item was deleted).
pub fn unflatten(flat: &Flat) -> Value {
    let mut root = Node::Obj(BTreeMap::new());
    for (key, leaf) in flat {
        let (path, member) = match key.find('=') {
            Some(i) => (&key[..i], Some(&key[i + 1..])),
            None => (key.as_str(), None),
        };
        let segs: Vec<&str> = path.split('.').collect();
        root.insert(&segs, member, leaf);
    }
    root.into_json().unwrap_or(Value::Object(Map::new()))
}

/// The tree [`unflatten`] builds before it becomes JSON.
enum Node {
    Obj(BTreeMap<String, Node>),
    /// Items by id, each with its position once its entry is seen.
    Items(BTreeMap<u64, (Option<f64>, Node)>),
    Set(Vec<(f64, Value)>),
    Val(Value),
}

impl Node {
    fn insert(&mut self, segs: &[&str], member: Option<&str>, leaf: &Leaf) {
        let Some((first, rest)) = segs.split_first() else {
            return;
        };
        match self {
            Node::Obj(m) => {
                let next_is_item = rest.first().is_some_and(|s| s.parse::<u64>().is_ok());
                let child = m.entry(first.to_string()).or_insert_with(|| {
                    if next_is_item {
                        Node::Items(BTreeMap::new())
                    } else if rest.is_empty() && member.is_some() {
                        Node::Set(Vec::new())
                    } else if rest.is_empty() {
                        Node::Val(Value::Null)
                    } else {
                        Node::Obj(BTreeMap::new())
                    }
                });
                if rest.is_empty() {
                    match (child, member, leaf) {
                        (Node::Set(v), Some(m), Leaf::Entry(pos)) => {
                            if let Ok(x) = serde_json::from_str(m) {
                                v.push((*pos, x));
                            }
                        }
                        (Node::Val(v), None, Leaf::Text(s)) => *v = Value::String(s.clone()),
                        (Node::Val(v), None, Leaf::Scalar(x)) => *v = x.clone(),
                        _ => {}
                    }
                } else {
                    child.insert(rest, member, leaf);
                }
            }
            Node::Items(items) => {
                let Ok(id) = first.parse::<u64>() else {
                    return;
                };
                let item = items
                    .entry(id)
                    .or_insert_with(|| (None, Node::Obj(BTreeMap::new())));
                match (rest.is_empty(), leaf) {
                    (true, Leaf::Entry(pos)) => item.0 = Some(*pos),
                    (true, _) => {}
                    (false, _) => item.1.insert(rest, member, leaf),
                }
            }
            Node::Set(_) | Node::Val(_) => {}
        }
    }

    fn into_json(self) -> Option<Value> {
        match self {
            Node::Obj(m) => {
                let map: Map<String, Value> = m
                    .into_iter()
                    .filter_map(|(k, n)| n.into_json().map(|v| (k, v)))
                    .collect();
                Some(Value::Object(map))
            }
            Node::Items(items) => {
                let mut kept: Vec<(f64, u64, Node)> = items
                    .into_iter()
                    .filter_map(|(id, (pos, n))| pos.map(|p| (p, id, n)))
                    .collect();
                kept.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                let list = kept
                    .into_iter()
                    .map(|(_, id, n)| {
                        let mut obj = Map::new();
                        obj.insert("id".into(), Value::from(id));
                        if let Some(Value::Object(m)) = n.into_json() {
                            obj.extend(m);
                        }
                        Value::Object(obj)
                    })
                    .collect();
                Some(Value::Array(list))
            }
            Node::Set(mut v) => {
                v.sort_by(|a, b| {
                    a.0.total_cmp(&b.0)
                        .then_with(|| a.1.to_string().cmp(&b.1.to_string()))
                });
                Some(Value::Array(v.into_iter().map(|(_, x)| x).collect()))
            }
            Node::Val(Value::Null) => None,
            Node::Val(v) => Some(v),
        }
    }
}

/// The path the rest of the app names a flat key's field by (the logframe is step
/// `objectives`; its objectives list is the step itself): `logframe.objectives.7.text` →
/// `objectives.7.text`. A set member names its list.
pub fn field_path(key: &str) -> FieldPath {
    let path = key.split('=').next().unwrap_or(key);
    let path = if let Some(rest) = path.strip_prefix("logframe.objectives.") {
        format!("objectives.{rest}")
    } else if let Some(rest) = path.strip_prefix("logframe.") {
        format!("objectives.{rest}")
    } else if path == "logframe" {
        "objectives".to_string()
    } else {
        path.to_string()
    };
    FieldPath::parse(&path)
}

/// A proposal rebuilt from the flat form, with the given bookkeeping (`meta`) kept from the
/// local copy; `None` when the result is not a valid proposal.
pub fn to_proposal(flat: &Flat, local: &Proposal) -> Option<Proposal> {
    let mut json = unflatten(flat);
    let obj = json.as_object_mut()?;
    obj.insert(
        "schema_version".into(),
        Value::from(crate::model::SCHEMA_VERSION),
    );
    obj.insert("meta".into(), serde_json::to_value(&local.meta).ok()?);
    obj.entry("context")
        .or_insert_with(|| Value::Object(Map::new()));
    let text = serde_json::to_vec(&json).ok()?;
    crate::model::import_json(&text).ok()
}

/// Fields holding another item's id.
const LINK_FIELDS: &[&str] = &[
    "objective_id",
    "audience_id",
    "partner_id",
    "lead_partner",
    "cofunding_partner",
];
/// Set-like lists of ids.
const ID_SETS: &[&str] = &["priority_ids", "objective_ids", "audience_ids", "threatens"];
/// Lists whose items mean nothing without the item they link to: an MDG linkage or a donor
/// fit without its objective, a message without its audience.
const LINKED_ITEMS: &[&str] = &["linkages", "donor.fit", "communication.specific_messages"];

/// Removes links to items that are gone, as deleting an item in the app does: one person
/// deleted an objective while the other linked something to it. Returns the keys removed.
pub fn drop_dangling(flat: &mut Flat) -> Vec<String> {
    let ids: std::collections::BTreeSet<&str> = flat
        .keys()
        .filter(|k| is_entry(k) && !k.contains('='))
        .filter_map(|k| k.rsplit('.').next())
        .collect();
    let mut gone: Vec<String> = Vec::new();
    for (key, leaf) in flat.iter() {
        let (path, member) = key
            .split_once('=')
            .map_or((key.as_str(), None), |(p, m)| (p, Some(m)));
        let last = path.rsplit('.').next().unwrap_or("");
        let dangling = match (member, leaf) {
            (Some(m), _) if ID_SETS.contains(&last) => !ids.contains(m),
            (None, Leaf::Scalar(Value::Number(n))) if LINK_FIELDS.contains(&last) => {
                !ids.contains(n.to_string().as_str())
            }
            _ => false,
        };
        if !dangling {
            continue;
        }
        let item = container(path);
        if member.is_none() && LINKED_ITEMS.contains(&container(item)) {
            gone.push(item.to_string());
        } else {
            gone.push(key.clone());
        }
    }
    for key in &gone {
        remove_subtree(flat, key);
    }
    gone
}

/// Removes `key` and everything under it (an item's fields and sub-items).
pub fn remove_subtree(flat: &mut Flat, key: &str) {
    let under = format!("{key}.");
    let under_set = format!("{key}=");
    flat.retain(|k, _| k != key && !k.starts_with(&under) && !k.starts_with(&under_set));
}

/// `key` and everything under it, from `flat`.
pub fn subtree(flat: &Flat, key: &str) -> Flat {
    let under = format!("{key}.");
    let under_set = format!("{key}=");
    flat.iter()
        .filter(|(k, _)| *k == key || k.starts_with(&under) || k.starts_with(&under_set))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

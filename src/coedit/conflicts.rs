//! Where two people changed the same thing differently: found by comparing both sides with
//! their last common version, so nothing the engine decided on its own goes unseen.
//!
//! The engine always produces a result (for one field written twice it keeps one value); these
//! are the places where that result would be a decision, shown to the person to choose:
//!
//! - **value**: a number, a date, a code or a list of amounts set to two different values;
//! - **text**: the same prose changed on both sides where the changes overlap (changes to
//!   different parts of a text combine without asking);
//! - **removed**: an item deleted on one side and edited on the other.

use serde::{Deserialize, Serialize};

use super::flat::{is_entry, remove_subtree, subtree, Flat, Leaf};

/// What kind of disagreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// One value set differently on each side.
    Value,
    /// One text changed on each side in overlapping places.
    Text,
    /// An item deleted on one side and changed on the other.
    Removed,
}

/// One disagreement: both sides' versions of a field (or of an item, for `Removed`), each as
/// the flat entries it covers; an empty side means deleted or empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The flat key of the field or item.
    pub key: String,
    /// What kind.
    pub kind: ConflictKind,
    /// This device's version.
    pub ours: Flat,
    /// The returned copy's version.
    pub theirs: Flat,
}

/// What the person chose for one conflict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Choice {
    /// Keep this device's version.
    Ours,
    /// Take the returned copy's version.
    Theirs,
    /// A text the person wrote from both.
    Written(String),
}

/// The conflicts between `ours` and `theirs`, both descended from `base`.
pub fn detect(base: &Flat, ours: &Flat, theirs: &Flat) -> Vec<Conflict> {
    let mut out = Vec::new();
    let mut removed: Vec<String> = Vec::new();
    // Items deleted on one side: a conflict when the other side changed them.
    for key in base.keys().filter(|k| is_entry(k) && !k.contains('=')) {
        if removed.iter().any(|r| key.starts_with(&format!("{r}."))) {
            continue;
        }
        let (o, t) = (ours.contains_key(key), theirs.contains_key(key));
        if o == t {
            continue;
        }
        removed.push(key.clone());
        let kept = if o { ours } else { theirs };
        if !same_ignoring_order(&subtree(kept, key), &subtree(base, key)) {
            out.push(Conflict {
                key: key.clone(),
                kind: ConflictKind::Removed,
                ours: subtree(ours, key),
                theirs: subtree(theirs, key),
            });
        }
    }
    let under_removed = |k: &str| removed.iter().any(|r| k.starts_with(&format!("{r}.")));
    let keys: std::collections::BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
    for key in keys {
        if is_entry(key) || under_removed(key) {
            continue;
        }
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        if o == b || t == b || o == t {
            continue;
        }
        let kind = match (b, o, t) {
            (b, Some(Leaf::Text(o)), Some(Leaf::Text(t))) => {
                let b = match b {
                    Some(Leaf::Text(b)) => b.as_str(),
                    _ => "",
                };
                if !overlap(changed(b, o), changed(b, t)) {
                    continue;
                }
                ConflictKind::Text
            }
            (_, Some(Leaf::Text(_)), _) | (_, _, Some(Leaf::Text(_))) => ConflictKind::Text,
            _ => ConflictKind::Value,
        };
        let side = |x: Option<&Leaf>| {
            x.map(|l| Flat::from([(key.clone(), l.clone())]))
                .unwrap_or_default()
        };
        out.push(Conflict {
            key: key.clone(),
            kind,
            ours: side(o),
            theirs: side(t),
        });
    }
    out
}

/// Puts the chosen version of `conflict` into `flat`.
pub fn apply(flat: &mut Flat, conflict: &Conflict, choice: &Choice) {
    match choice {
        Choice::Written(text) => {
            remove_subtree(flat, &conflict.key);
            if !text.is_empty() {
                let leaf = match conflict
                    .ours
                    .get(&conflict.key)
                    .or(conflict.theirs.get(&conflict.key))
                {
                    Some(Leaf::Scalar(_)) => Leaf::Scalar(serde_json::Value::String(text.clone())),
                    _ => Leaf::Text(text.clone()),
                };
                flat.insert(conflict.key.clone(), leaf);
            }
        }
        Choice::Ours | Choice::Theirs => {
            remove_subtree(flat, &conflict.key);
            let side = if *choice == Choice::Ours {
                &conflict.ours
            } else {
                &conflict.theirs
            };
            flat.extend(side.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
    }
}

/// Whether two flat parts hold the same values, whatever their entries' positions.
fn same_ignoring_order(a: &Flat, b: &Flat) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((ka, va), (kb, vb))| {
            ka == kb && (va == vb || matches!((va, vb), (Leaf::Entry(_), Leaf::Entry(_))))
        })
}

/// The part of `base` (in characters) that `new` replaced: after the common start, before the
/// common end.
fn changed(base: &str, new: &str) -> (usize, usize) {
    let b: Vec<char> = base.chars().collect();
    let n: Vec<char> = new.chars().collect();
    let start = b.iter().zip(&n).take_while(|(x, y)| x == y).count();
    let max_end = b.len().min(n.len()) - start;
    let end = b
        .iter()
        .rev()
        .zip(n.iter().rev())
        .take(max_end)
        .take_while(|(x, y)| x == y)
        .count();
    (start, b.len() - end)
}

/// Whether two changed parts touch or overlap (two insertions at one place count).
fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_parts_are_found_in_base_characters() {
        assert_eq!(changed("abcdef", "abXdef"), (2, 3));
        assert_eq!(changed("abc", "abcd"), (3, 3));
        assert_eq!(changed("aaa", "aaaa"), (3, 3));
        assert_eq!(changed("héllo", "hello"), (1, 2));
        assert!(!overlap((0, 2), (4, 5)));
        assert!(overlap((0, 4), (4, 5)));
        assert!(overlap((3, 3), (3, 3)));
    }
}

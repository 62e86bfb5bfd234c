//! Embedding and parsing of `data/knowledge/*.json`.
//!
//! Each file holds some top-level fields of [`KnowledgeBase`]; they are merged into one JSON
//! object (a key defined twice is an error) and parsed once. The data is ours and a test proves
//! it parses, so [`super::kb`] falls back to an empty base rather than panicking.

use super::KnowledgeBase;
use serde_json::{Map, Value};

/// The embedded data files, by name, in the order they are merged.
pub const DATA_FILES: [(&str, &str); 9] = [
    ("mdgs.json", include_str!("../../data/knowledge/mdgs.json")),
    ("sdgs.json", include_str!("../../data/knowledge/sdgs.json")),
    (
        "priorities.json",
        include_str!("../../data/knowledge/priorities.json"),
    ),
    (
        "miner_profiles.json",
        include_str!("../../data/knowledge/miner_profiles.json"),
    ),
    (
        "partners.json",
        include_str!("../../data/knowledge/partners.json"),
    ),
    ("donors.json", include_str!("../../data/knowledge/donors.json")),
    (
        "communication.json",
        include_str!("../../data/knowledge/communication.json"),
    ),
    (
        "approaches.json",
        include_str!("../../data/knowledge/approaches.json"),
    ),
    ("facts.json", include_str!("../../data/knowledge/facts.json")),
];

/// Parses the embedded data files into a knowledge base, naming the file at fault on error.
pub fn parse() -> Result<KnowledgeBase, String> {
    parse_files(&DATA_FILES)
}

/// Parses the given `(name, json)` files into a knowledge base.
pub fn parse_files(files: &[(&str, &str)]) -> Result<KnowledgeBase, String> {
    let mut merged = Map::new();
    for (name, raw) in files {
        let value: Value = serde_json::from_str(raw).map_err(|e| format!("{name}: {e}"))?;
        let Value::Object(map) = value else {
            return Err(format!("{name}: top level must be an object"));
        };
        for (key, v) in map {
            if merged.contains_key(&key) {
                return Err(format!("{name}: field `{key}` is defined twice"));
            }
            merged.insert(key, v);
        }
    }
    let mut kb: KnowledgeBase =
        serde_json::from_value(Value::Object(merged)).map_err(|e| format!("knowledge: {e}"))?;
    for goal in &mut kb.mdgs {
        let n = goal.number;
        for target in &mut goal.targets {
            target.goal = n;
        }
        for fact in &mut goal.figures {
            if !fact.mdgs.contains(&n) {
                fact.mdgs.insert(0, n);
            }
        }
    }
    Ok(kb)
}

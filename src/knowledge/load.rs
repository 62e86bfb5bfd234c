//! Embedding and parsing of `data/knowledge/*.json`.
//!
//! Each file holds some top-level fields of [`KnowledgeBase`]; they are merged into one JSON
//! object (a key defined twice is an error) and parsed once. Items name their source with
//! `"cite": "<key>"`, a key of `citations.json`, so each report section and speaker is spelled
//! once; the loader replaces it with the full `citation` object, into which it moves the
//! item's `"lines": [first, last]` (the report lines it draws on), when given. The data is ours and a test
//! proves it parses, so [`super::kb`] falls back to an empty base rather than panicking.

use super::KnowledgeBase;
use crate::json::{Map, Value};

/// Lists the data files once for both builds: natively each file as written (every
/// language, which the tests check), in the browser the English-only copy `build.rs` makes,
/// other languages arriving in a pack (see [`crate::i18n::pack`]). The first group is what
/// the first screen (Context and its guidance) reads; the browser's release build keeps the
/// rest out of its first module (see [`super::kb`]).
macro_rules! data_files {
    (first: $($first:literal),* ; later: $($later:literal),* $(,)?) => {
        /// Every embedded data file, by name, in the order they are merged.
        #[cfg(not(target_arch = "wasm32"))]
        pub const DATA_FILES: &[(&str, &str)] = &[
            $(($first, include_str!(concat!("../../data/knowledge/", $first))),)*
            $(($later, include_str!(concat!("../../data/knowledge/", $later))),)*
        ];
        /// Every embedded data file (English only), by name, in the order they are merged.
        #[cfg(target_arch = "wasm32")]
        pub const DATA_FILES: &[(&str, &str)] = &[
            $(($first, include_str!(concat!(env!("OUT_DIR"), "/en_", $first))),)*
            $(($later, include_str!(concat!(env!("OUT_DIR"), "/en_", $later))),)*
        ];
        /// The files the first screen needs.
        #[cfg(not(target_arch = "wasm32"))]
        pub const FIRST_FILES: &[(&str, &str)] =
            &[$(($first, include_str!(concat!("../../data/knowledge/", $first)))),*];
        /// The files the first screen needs (English only).
        #[cfg(target_arch = "wasm32")]
        pub const FIRST_FILES: &[(&str, &str)] =
            &[$(($first, include_str!(concat!(env!("OUT_DIR"), "/en_", $first)))),*];
    };
}

data_files!(
    first: "citations.json",
    "miner_profiles.json",
    "donors.json",
    "communication.json",
    "facts.json";
    later: "priorities.json",
    "mdgs.json",
    "sdgs.json",
    "partners.json",
    "approaches.json",
    "risks.json",
);

/// Parses the embedded data files into a knowledge base, naming the file at fault on error.
pub fn parse() -> Result<KnowledgeBase, String> {
    parse_files(DATA_FILES)
}

/// Parses only [`FIRST_FILES`]: the goals, SDGs, partnership kinds and approaches stay empty.
pub fn parse_first() -> Result<KnowledgeBase, String> {
    parse_files(FIRST_FILES)
}

/// Parses the given `(name, json)` files into a knowledge base; one of them holds the
/// citation table (`citations.json`).
pub fn parse_files(files: &[(&str, &str)]) -> Result<KnowledgeBase, String> {
    let values = parse_each(files)?;
    parse_values(values)
}

/// Parses each `(name, json)` file, naming the file at fault.
pub fn parse_each(files: &[(&str, &str)]) -> Result<Vec<(String, Value)>, String> {
    files
        .iter()
        .map(|(name, raw)| {
            crate::json::parse(raw.as_bytes())
                .map(|v| (name.to_string(), v))
                .map_err(|e| format!("{name}: {e}"))
        })
        .collect()
}

/// Builds a knowledge base from already parsed `(name, value)` files, one of which holds the
/// citation table `{"citations": {"key": {"section": <text>, "speaker": …}}}`: it is a
/// knowledge file like the others, so its section titles are translated the same way.
pub fn parse_values(files: Vec<(String, Value)>) -> Result<KnowledgeBase, String> {
    let mut merged = Map::new();
    for (name, value) in files {
        let Value::Object(fields) = value else {
            return Err(format!("{name}: top level must be an object"));
        };
        for (key, v) in fields {
            if merged.contains_key(&key) {
                return Err(format!("{name}: field `{key}` is defined twice"));
            }
            merged.insert(key, v);
        }
    }
    let Some(Value::Object(table)) = merged.get("citations").cloned() else {
        return Err("citations.json: expected a `citations` object".into());
    };
    let mut merged = Value::Object(merged);
    resolve_cites(&mut merged, &table, "")?;
    let mut kb: KnowledgeBase =
        crate::json::from_value(merged).map_err(|e| format!("knowledge: {e}"))?;
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

/// Replaces every `"cite": "<key>"` in `v` by `"citation": <table[key]>`.
fn resolve_cites(v: &mut Value, table: &Map<String, Value>, path: &str) -> Result<(), String> {
    match v {
        Value::Object(fields) => {
            if let Some(cite) = fields.remove("cite") {
                let key = cite.as_str().unwrap_or_default();
                let citation = table
                    .get(key)
                    .cloned()
                    .ok_or_else(|| format!("{path}: unknown citation key `{key}`"))?;
                if fields.contains_key("citation") {
                    return Err(format!("{path}: both `cite` and `citation`"));
                }
                let mut citation = citation;
                // The report lines an item draws on sit next to its `cite`.
                if let (Some(lines), Some(c)) = (fields.remove("lines"), citation.as_object_mut()) {
                    c.insert("lines".into(), lines);
                }
                fields.insert("citation".into(), citation);
            } else if fields.contains_key("lines") {
                return Err(format!("{path}: `lines` without `cite`"));
            }
            for (k, child) in fields.iter_mut() {
                if k != "citation" {
                    resolve_cites(child, table, &format!("{path}.{k}"))?;
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                resolve_cites(child, table, &format!("{path}[{i}]"))?;
            }
        }
        _ => {}
    }
    Ok(())
}

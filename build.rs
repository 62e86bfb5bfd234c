//! Merges the UI strings of each language (`locales/<lang>/*.json`, one file per area of the
//! app so people can work on different screens at once) into one catalogue per language.
//! A key defined twice, or a file that is not a flat JSON object of strings, fails the build.
//! Each catalogue becomes a sorted `(key, text)` table in Rust source, included by `src/i18n/mod.rs`.
//!
//! It also writes each knowledge file (`data/knowledge/*.json`) with every translation but the
//! English one left out, minified: the browser build embeds those, and fetches other languages
//! as a pack (`scripts/lang_pack.py`) only when someone chooses one. `src/knowledge/load.rs`
//! includes them.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Writes the catalogues and the English knowledge files into `OUT_DIR`.
fn main() {
    catalogues();
    english_knowledge();
}

/// The languages a knowledge text may carry besides English (`src/knowledge/text.rs`).
const TEXT_LANGS: [&str; 4] = ["en", "fr", "es", "pt"];

/// A knowledge text: an object with an `en` string and otherwise only other languages'
/// strings (`{"en": …, "fr": …}` today, with `es` and `pt` as their translations land).
fn is_text(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    map.get("en").is_some_and(|v| v.is_string())
        && map
            .iter()
            .all(|(k, v)| TEXT_LANGS.contains(&k.as_str()) && v.is_string())
}

/// Keeps only the English of every text (`{"en": …}`): a pack's language is inserted at the
/// same place when merged (`src/knowledge/translate.rs`). Dropping the keys rather than
/// emptying them keeps some 10 KB of `"fr":"","es":"","pt":""` out of the wasm.
fn keep_english(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if is_text(map) {
                map.retain(|k, _| k == "en");
            } else {
                map.values_mut().for_each(keep_english);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(keep_english),
        _ => {}
    }
}

/// The `.json` files of a folder, sorted by name.
fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Writes `OUT_DIR/en_<name>.json` for each knowledge file: English kept, other languages
/// emptied, minified.
fn english_knowledge() {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new("data/knowledge");
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in json_files(dir) {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        // serde_json keeps key order here (no `preserve_order` needed: only the build reads
        // these maps, and the app's reader does not care about order).
        let mut value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()));
        keep_english(&mut value);
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("unnamed.json");
        fs::write(
            Path::new(&out_dir).join(format!("en_{name}")),
            serde_json::to_string(&value).unwrap_or_default(),
        )
        .unwrap_or_else(|e| panic!("cannot write English knowledge: {e}"));
    }
}

/// Writes `OUT_DIR/locale_<lang>.rs` for each language: its `locales/<lang>/*.json` files
/// merged into one sorted table; a key defined twice fails the build.
fn catalogues() {
    println!("cargo:rerun-if-changed=locales");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for lang in TEXT_LANGS {
        let dir = Path::new("locales").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut merged: BTreeMap<String, String> = BTreeMap::new();
        for file in json_files(&dir) {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let map: BTreeMap<String, String> = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not a flat map of strings: {e}", file.display()));
            for (k, v) in map {
                if merged.insert(k.clone(), v).is_some() {
                    panic!("translation key {k} is defined twice ({})", file.display());
                }
            }
        }
        if lang == "en" {
            let (later, first): (BTreeMap<_, _>, BTreeMap<_, _>) =
                merged.into_iter().partition(|(k, _)| is_later_key(k));
            write_table(&out_dir, "locale_en.rs", &first);
            write_table(&out_dir, "locale_en_later.rs", &later);
        } else {
            write_table(&out_dir, &format!("locale_{lang}.rs"), &merged);
        }
    }
}

/// Key prefixes of English strings that only screens in their own wasm module show (and the
/// review's findings and the exports, which the Review step's module renders). The release
/// build keeps them out of the first download: the knowledge module, which every such screen
/// loads before it draws, installs them (`i18n::install_later_english`). A prefix whose keys
/// the shell or the Context step shows must not be here; `tests/it/i18n/keys.rs` checks the
/// first module's source for that.
const LATER_PREFIXES: &[&str] = &[
    "risks.",
    "budget_years.",
    "partners.",
    "linkages.",
    "sustainability.",
    "donor.",
    "donor_format.",
    "priorities.",
    "source.",
    "export.",
    "iati.",
    "subject.",
    "workplan.",
    "coedit.",
    "drafts.",
    "import.",
];

/// Keys under a later prefix that the shell shows all the same.
const FIRST_KEYS: &[&str] = &["drafts.link"];

fn is_later_key(key: &str) -> bool {
    LATER_PREFIXES.iter().any(|p| key.starts_with(p)) && !FIRST_KEYS.contains(&key)
}

/// Writes a sorted Rust table, looked up by binary search: the app parses nothing at start.
fn write_table(out_dir: &str, name: &str, entries: &BTreeMap<String, String>) {
    let mut table = String::from("&[\n");
    for (k, v) in entries {
        table.push_str(&format!("    ({k:?}, {v:?}),\n"));
    }
    table.push_str("]\n");
    fs::write(Path::new(out_dir).join(name), table)
        .unwrap_or_else(|e| panic!("cannot write catalogue: {e}"));
}

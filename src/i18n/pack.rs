//! Language packs: everything one language adds to the English built into the browser build,
//! fetched only by people who choose that language (and kept offline by the service worker).
//!
//! A pack is the JSON file `lang/<code>.json` that `scripts/lang_pack.py` writes into the
//! build: `{"lang": "fr", "ui": {key: text}, "knowledge": {"mdgs.json": …, …}}`, the knowledge
//! files holding only that language's texts. Installing checks the whole pack first, so a bad
//! or foreign file changes nothing.

use super::{install_catalogue, Lang};
use crate::json::{self, Value};
use std::collections::BTreeMap;

/// The pack's address, relative to the page.
pub fn url(lang: Lang) -> String {
    format!("lang/{}.json", lang.code())
}

/// Reads and installs a pack for `lang`: its knowledge texts first (refused as a whole if the
/// pack does not fit this build), then its UI catalogue, which must have every English key.
pub fn install(lang: Lang, bytes: &[u8]) -> Result<(), String> {
    let mut doc = json::parse(bytes).map_err(|e| e.to_string())?;
    if doc.get("lang").and_then(Value::as_str) != Some(lang.code()) {
        return Err(format!("not the {} language pack", lang.code()));
    }
    let ui: BTreeMap<String, String> =
        json::from_value(take(&mut doc, "ui")).map_err(|e| e.at_key("ui").to_string())?;
    if let Some(missing) = super::keys(Lang::En)
        .into_iter()
        .find(|k| !ui.contains_key(*k))
    {
        return Err(format!("the pack lacks the text `{missing}`"));
    }
    let Value::Object(knowledge) = take(&mut doc, "knowledge") else {
        return Err("knowledge: expected an object".into());
    };
    let knowledge: Vec<(String, Value)> = knowledge.into_iter().collect();
    crate::knowledge::install_translation(lang, &knowledge)?;
    install_catalogue(lang, ui);
    Ok(())
}

/// Moves a field out of an object value (`null` when absent or not an object).
fn take(doc: &mut Value, key: &str) -> Value {
    doc.get_mut(key).map(Value::take).unwrap_or_default()
}

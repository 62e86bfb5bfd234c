//! Merging a language pack into the knowledge base.
//!
//! The browser build embeds the knowledge files with English texts only (`build.rs`: each text
//! is `{"en": …}`); a pack (`scripts/lang_pack.py`) carries the same files with only one other
//! language's texts. A text is an object with an `en` string and otherwise only strings of other
//! languages (`fr`, `es`, `pt`); the pack holds `{code: text}` at the same place. Merging walks
//! the embedded file and the pack's side by side and copies the pack's language into each text.

use super::load::{parse_each, parse_values, DATA_FILES};
use super::KnowledgeBase;
use crate::i18n::Lang;
use crate::json::{Map, Value};

/// The embedded base with `lang`'s texts taken from `files` (the pack's `(name, value)` pairs).
pub fn translated_base(lang: Lang, files: &[(String, Value)]) -> Result<KnowledgeBase, String> {
    let mut base = parse_each(DATA_FILES)?;
    merge_translation(&mut base, files, lang)?;
    parse_values(base)
}

/// Copies `lang`'s texts from the pack's files into the matching places of `base`. Every file
/// of the base must be in the pack, shaped the same (same keys, same list lengths): a pack
/// from another build is refused rather than half applied.
pub fn merge_translation(
    base: &mut [(String, Value)],
    files: &[(String, Value)],
    lang: Lang,
) -> Result<(), String> {
    for (name, value) in base.iter_mut() {
        let pack = files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| format!("the language pack has no {name}"))?;
        merge(value, pack, lang.code()).map_err(|at| format!("{name}{at}: not like the app's"))?;
    }
    Ok(())
}

/// A text: an `en` string, and otherwise only other languages' strings (see [`Text`]).
///
/// [`Text`]: super::Text
pub fn is_text(fields: &Map<String, Value>) -> bool {
    fields.get("en").is_some_and(Value::is_string)
        && fields
            .iter()
            .all(|(k, v)| Lang::from_code(k).is_some_and(|l| l.code() == k) && v.is_string())
}

/// Merges one value; on a shape mismatch returns the path where it was found.
fn merge(base: &mut Value, pack: &Value, code: &str) -> Result<(), String> {
    match base {
        Value::Object(fields) if is_text(fields) => {
            let text = pack
                .get(code)
                .and_then(Value::as_str)
                .ok_or_else(String::new)?;
            // The embedded text carries English only (build.rs): the language is inserted.
            fields.insert(code.to_string(), Value::String(text.to_string()));
            Ok(())
        }
        Value::Object(fields) => {
            for (k, v) in fields.iter_mut() {
                let p = pack.get(k).ok_or_else(|| format!(".{k}"))?;
                merge(v, p, code).map_err(|at| format!(".{k}{at}"))?;
            }
            Ok(())
        }
        Value::Array(items) => {
            let Value::Array(others) = pack else {
                return Err(String::new());
            };
            if others.len() != items.len() {
                return Err(String::new());
            }
            for (i, (v, p)) in items.iter_mut().zip(others).enumerate() {
                merge(v, p, code).map_err(|at| format!("[{i}]{at}"))?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

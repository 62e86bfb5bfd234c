//! The translation layer: every visible string of the UI goes through `t(lang, key)`.
//!
//! Strings live in `locales/<lang>/*.json` (flat key → text maps, one file per area), merged by
//! `build.rs` and embedded at compile time.
//! A native test checks that every language has exactly the same keys and that every key the
//! UI source uses exists, so a missing translation fails the build's tests, not a person's screen.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A language the app is fully translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, used for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, shown in the switcher (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Parses a stored or browser language code; unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// Raw catalogues, embedded so the app needs no request to show text.
pub const CATALOGUES: [(Lang, &str); 2] = [
    (
        Lang::En,
        include_str!(concat!(env!("OUT_DIR"), "/locale_en.json")),
    ),
    (
        Lang::Fr,
        include_str!(concat!(env!("OUT_DIR"), "/locale_fr.json")),
    ),
];

fn catalogue(lang: Lang) -> &'static HashMap<String, String> {
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    static FR: OnceLock<HashMap<String, String>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    cell.get_or_init(|| {
        let raw = CATALOGUES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, raw)| *raw)
            .unwrap_or("{}");
        // The catalogues are ours and tested; a broken one shows keys instead of crashing.
        serde_json::from_str(raw).unwrap_or_default()
    })
}

/// The text for `key` in `lang`, falling back to English, then to the key itself.
pub fn t(lang: Lang, key: &str) -> &'static str {
    if let Some(s) = catalogue(lang).get(key) {
        return s.as_str();
    }
    if let Some(s) = catalogue(Lang::En).get(key) {
        return s.as_str();
    }
    // Leaking is bounded: only keys missing from every catalogue reach here, and tests forbid them.
    Box::leak(key.to_string().into_boxed_str())
}

/// Replaces `{name}` placeholders in a translated template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The keys of one language's catalogue, for completeness tests.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    let mut k: Vec<&'static str> = catalogue(lang).keys().map(|s| s.as_str()).collect();
    k.sort_unstable();
    k
}

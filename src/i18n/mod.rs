//! The translation layer: every visible string of the UI goes through `t(lang, key)`.
//!
//! Strings live in `locales/<lang>/*.json` (flat key → text maps, one file per area), merged by
//! `build.rs` into sorted tables compiled into the app (the browser build compiles English in
//! and installs other languages from a language pack, see [`pack`]).
//! A native test checks that every language has exactly the same keys and that every key the
//! UI source uses exists, so a missing translation fails the build's tests, not a person's screen.
//!
//! Why not `leptos_i18n`: it compiles every locale into the wasm. Its `dynamic_load` feature
//! fetches the strings instead, but still compiles code for each key (659 here) into the
//! binary and makes string access async (its book, "Dynamic loading of translations"). A
//! language here arrives as one pack fetched on demand, holding its interface strings and its
//! knowledge-base texts together, and is read synchronously once installed.

pub mod pack;

use std::sync::OnceLock;

/// A language the app is fully translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, compiled into the app.
    #[default]
    En,
    /// French: compiled in natively; in the browser, installed from its language pack.
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

/// A catalogue: `(key, text)` pairs sorted by key (written by `build.rs`).
type Catalogue = &'static [(&'static str, &'static str)];

const EN: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_en.rs"));

/// French, compiled in natively (where the tests check every catalogue); the browser build
/// gets it from the French language pack when someone chooses French ([`pack`]).
#[cfg(not(target_arch = "wasm32"))]
const FR: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_fr.rs"));

/// Catalogues installed from language packs, per language.
static INSTALLED_FR: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();

fn catalogue(lang: Lang) -> Catalogue {
    match lang {
        Lang::En => EN,
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Fr => FR,
        #[cfg(target_arch = "wasm32")]
        Lang::Fr => INSTALLED_FR.get().map(Vec::as_slice).unwrap_or(&[]),
    }
}

/// Whether `lang` can be shown now: built in, or its language pack installed.
pub fn is_available(lang: Lang) -> bool {
    match lang {
        Lang::En => true,
        Lang::Fr => cfg!(not(target_arch = "wasm32")) || INSTALLED_FR.get().is_some(),
    }
}

/// Installs a language's UI catalogue from a pack (once; later calls change nothing). The
/// strings live for the rest of the session, like the built-in ones.
fn install_catalogue(lang: Lang, entries: std::collections::BTreeMap<String, String>) {
    let table: Vec<(&'static str, &'static str)> = entries
        .into_iter()
        .map(|(k, v)| {
            let k: &'static str = Box::leak(k.into_boxed_str());
            let v: &'static str = Box::leak(v.into_boxed_str());
            (k, v)
        })
        .collect();
    match lang {
        Lang::En => {}
        Lang::Fr => {
            let _ = INSTALLED_FR.set(table);
        }
    }
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let table = catalogue(lang);
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// The text for `key` in `lang`, falling back to English, then to the key itself.
pub fn t(lang: Lang, key: &str) -> &'static str {
    if let Some(s) = lookup(lang, key).or_else(|| lookup(Lang::En, key)) {
        return s;
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

/// Whether `key` is in the (English, always complete) catalogue.
pub fn has_key(key: &str) -> bool {
    lookup(Lang::En, key).is_some()
}

/// The keys of one language's catalogue, sorted, for completeness tests.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    catalogue(lang).iter().map(|(k, _)| *k).collect()
}

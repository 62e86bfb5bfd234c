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

pub mod format;
pub mod pack;
pub mod plural;

use std::sync::OnceLock;

/// A language the app is fully translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, compiled into the app.
    #[default]
    En,
    /// French: compiled in natively; in the browser, installed from its language pack.
    Fr,
    /// Spanish: like French, a language pack in the browser.
    Es,
    /// Portuguese: like French, a language pack in the browser.
    Pt,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt];

    /// The BCP 47 code, used for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    /// The language's own name, shown in the switcher (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
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
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::Pt),
            _ => None,
        }
    }
}

/// A catalogue: `(key, text)` pairs sorted by key (written by `build.rs`).
type Catalogue = &'static [(&'static str, &'static str)];

const EN: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_en.rs"));

/// English strings only screens in their own wasm module show (`LATER_PREFIXES` in
/// `build.rs`): compiled in, except in the release build, where the knowledge module, which
/// each of those screens loads first, installs them ([`install_later_english`]).
#[cfg(not(asm_split))]
const EN_LATER: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_en_later.rs"));
#[cfg(asm_split)]
static EN_LATER: OnceLock<Catalogue> = OnceLock::new();

/// Makes the later English strings available. Only the knowledge module calls it, so in the
/// release build their text is in that module, not in the first download (about 9 KB gzip).
pub fn install_later_english() {
    #[cfg(asm_split)]
    {
        const LATER: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_en_later.rs"));
        let _ = EN_LATER.set(LATER);
    }
}

fn en_later() -> Catalogue {
    #[cfg(not(asm_split))]
    return EN_LATER;
    #[cfg(asm_split)]
    EN_LATER.get().copied().unwrap_or(&[])
}

/// Whether `key` is one of the English strings the first module leaves to the knowledge
/// module (see [`install_later_english`]).
pub fn is_later_key(key: &str) -> bool {
    search(en_later(), key).is_some()
}

/// The other languages, compiled in natively (where the tests check every catalogue); the
/// browser build gets each from its language pack when someone chooses it ([`pack`]).
#[cfg(not(target_arch = "wasm32"))]
const FR: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_fr.rs"));
#[cfg(not(target_arch = "wasm32"))]
const ES: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_es.rs"));
#[cfg(not(target_arch = "wasm32"))]
const PT: Catalogue = include!(concat!(env!("OUT_DIR"), "/locale_pt.rs"));

/// Catalogues installed from language packs, per language (English never needs one).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
static INSTALLED: [OnceLock<Vec<(&'static str, &'static str)>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The slot of [`INSTALLED`] for a language that arrives in a pack.
fn installed(lang: Lang) -> Option<&'static OnceLock<Vec<(&'static str, &'static str)>>> {
    match lang {
        Lang::En => None,
        Lang::Fr => Some(&INSTALLED[0]),
        Lang::Es => Some(&INSTALLED[1]),
        Lang::Pt => Some(&INSTALLED[2]),
    }
}

fn catalogue(lang: Lang) -> Catalogue {
    #[cfg(not(target_arch = "wasm32"))]
    return match lang {
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es => ES,
        Lang::Pt => PT,
    };
    #[cfg(target_arch = "wasm32")]
    match installed(lang) {
        None => EN,
        Some(slot) => slot.get().map(Vec::as_slice).unwrap_or(&[]),
    }
}

/// Whether `lang` can be shown now: built in, or its language pack installed.
pub fn is_available(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || installed(lang).is_none_or(|slot| slot.get().is_some())
}

/// Installs a language's UI catalogue from a pack (once; later calls change nothing). The
/// strings live for the rest of the session, like the built-in ones.
fn install_catalogue(lang: Lang, entries: std::collections::BTreeMap<String, String>) {
    let Some(slot) = installed(lang) else {
        return;
    };
    let table: Vec<(&'static str, &'static str)> = entries
        .into_iter()
        .map(|(k, v)| {
            let k: &'static str = Box::leak(k.into_boxed_str());
            let v: &'static str = Box::leak(v.into_boxed_str());
            (k, v)
        })
        .collect();
    let _ = slot.set(table);
}

fn search(table: Catalogue, key: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let found = search(catalogue(lang), key);
    match (found, lang) {
        (None, Lang::En) => search(en_later(), key),
        _ => found,
    }
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
    let later: Catalogue = if lang == Lang::En { en_later() } else { &[] };
    let mut keys: Vec<&'static str> = catalogue(lang)
        .iter()
        .chain(later)
        .map(|(k, _)| *k)
        .collect();
    keys.sort_unstable();
    keys
}

//! The interface language as typed context, remembered in storage and mirrored on `<html lang>`.

use super::fetch::{fetch_bytes, FetchError};
use crate::i18n::{self, Lang};
use crate::storage::{KeyValueStore, StorageKey};
use leptos::prelude::*;

/// The language chosen before (stored), if any.
pub fn stored(store: &dyn KeyValueStore) -> Option<Lang> {
    store
        .get(&StorageKey::Language.as_string())
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
}

/// The language to start in: the one chosen before, else the first of the browser's
/// preferred languages the app has, else English.
pub fn preferred(store: &dyn KeyValueStore) -> Lang {
    stored(store).or_else(browser_choice).unwrap_or_default()
}

/// The first language of the browser's preference list the app speaks (`es-PE, en` gives
/// Spanish; `de, pt-BR` Portuguese).
fn browser_choice() -> Option<Lang> {
    let nav = window().navigator();
    nav.languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .find_map(|c| Lang::from_code(&c))
}

/// Why a language could not be made available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Its pack could not be fetched (offline before the app was kept for offline use).
    Fetch(FetchError),
    /// The file came but is not this build's pack for the language.
    Damaged(String),
}

/// Makes `lang` available: at once if built in or already installed, else by fetching and
/// installing its language pack (from the service worker's cache when offline).
pub async fn ensure_available(lang: Lang) -> Result<(), PackError> {
    if i18n::is_available(lang) {
        return Ok(());
    }
    let bytes = fetch_bytes(&i18n::pack::url(lang))
        .await
        .map_err(PackError::Fetch)?;
    // The pack merges into the knowledge base, whose module may still have to be fetched.
    match super::steps::lazy::install_pack(lang, bytes).await {
        Ok(installed) => installed.map_err(PackError::Damaged),
        Err(()) => Err(PackError::Fetch(FetchError::Network)),
    }
}

/// The message saying why `lang` could not be loaded, in the interface language `ui` (passed
/// in, since this runs in tasks that outlive the component's context).
pub fn pack_error_text(ui: Lang, lang: Lang, err: &PackError) -> String {
    let key = match err {
        PackError::Fetch(FetchError::Network) => "app.lang_offline",
        PackError::Fetch(_) | PackError::Damaged(_) => "app.lang_damaged",
    };
    i18n::fill(i18n::t(ui, key), &[("lang", lang.native_name())])
}

/// Counts language packs installed while the app runs. The shell is drawn anew when it
/// changes: screens keep references to knowledge items taken when they were drawn, and those
/// lack the new language's texts (they belong to the base from before the pack).
#[derive(Clone, Copy)]
pub struct PackEpoch(pub RwSignal<u32>);

/// The current interface language, provided once by the app.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

impl UiLang {
    /// Creates the language signal from [`preferred`], or English while that language is not
    /// available (its pack could not be loaded before the app started).
    pub fn provide(store: &dyn KeyValueStore) -> UiLang {
        let wanted = preferred(store);
        let lang = if i18n::is_available(wanted) {
            wanted
        } else {
            Lang::En
        };
        let ui = UiLang(RwSignal::new(lang));
        provide_context(ui);
        ui
    }

    /// The language provided by the app.
    pub fn expect() -> UiLang {
        expect_context::<UiLang>()
    }

    /// The current language (tracked).
    pub fn get(self) -> Lang {
        self.0.get()
    }
}

/// The language the proposal's documents are written in, chosen on the Review step apart
/// from the interface language (which it follows until chosen). Text fields carry it as
/// `lang`, so the browser checks spelling in it.
#[derive(Clone, Copy)]
pub struct DocLang {
    chosen: RwSignal<Option<Lang>>,
    ui: UiLang,
}

impl DocLang {
    /// Provides the document language, following `ui` until someone chooses one.
    pub fn provide(ui: UiLang) -> DocLang {
        let doc = DocLang {
            chosen: RwSignal::new(None),
            ui,
        };
        provide_context(doc);
        doc
    }

    /// The document language provided by the app, or one that follows the interface language
    /// (components mounted on their own, as in browser tests).
    pub fn expect() -> DocLang {
        use_context::<DocLang>().unwrap_or_else(|| DocLang {
            chosen: RwSignal::new(None),
            ui: UiLang::expect(),
        })
    }

    /// The current document language (tracked).
    pub fn get(self) -> Lang {
        self.chosen.get().unwrap_or_else(|| self.ui.get())
    }

    /// The current document language, untracked.
    pub fn get_untracked(self) -> Lang {
        self.chosen
            .get_untracked()
            .unwrap_or_else(|| self.ui.0.get_untracked())
    }

    /// Chooses the document language (ignored once the app is gone).
    pub fn set(self, lang: Lang) {
        self.chosen.try_set(Some(lang));
    }
}

/// The current interface language, tracked.
pub fn lang() -> Lang {
    UiLang::expect().get()
}

/// The `lang` attribute of a field where the person writes the proposal: the document
/// language's code (tracked), for the browser's spelling checker.
pub fn writing_lang() -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let doc = DocLang::expect();
    move || doc.get().code()
}

/// A reactive translation: use it directly as text or an attribute value in `view!`.
pub fn tr(key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = UiLang::expect().0;
    move || i18n::t(lang.get(), key)
}

/// Translates a key now, tracking the language (for use inside other closures).
pub fn t(key: &str) -> &'static str {
    i18n::t(UiLang::expect().0.get(), key)
}

/// A counted message in the current language's plural form (tracks the language): `key` names
/// a group `key.one` / `key.other` of the catalogue, `{n}` is filled with `n` written as the
/// language writes numbers ([`i18n::plural::counted`]).
pub fn tn(key: &str, n: usize, args: &[(&str, &str)]) -> String {
    i18n::plural::counted(UiLang::expect().0.get(), key, n, args)
}

/// A count written as the current language writes numbers (tracks the language).
pub fn num(n: usize) -> String {
    i18n::format::count(UiLang::expect().0.get(), n)
}

/// Keeps `<html lang>` in step with the chosen language and remembers the choice.
pub fn sync_document_lang(ui: UiLang, store: impl KeyValueStore + 'static) {
    Effect::new(move |_| {
        let lang = ui.0.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(i18n::t(lang, "app.title"));
        // Failing to remember the language is harmless: the next visit falls back to the browser's.
        let _ = store.set(&StorageKey::Language.as_string(), lang.code());
    });
}

//! The interface language as typed context, remembered in storage and mirrored on `<html lang>`.

use crate::i18n::{self, Lang};
use crate::storage::{KeyValueStore, StorageKey};
use leptos::prelude::*;

/// The current interface language, provided once by the app.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

impl UiLang {
    /// Creates the language signal from storage, then the browser's preference, then English.
    pub fn provide(store: &dyn KeyValueStore) -> UiLang {
        let stored = store
            .get(&StorageKey::Language.as_string())
            .ok()
            .flatten()
            .and_then(|c| Lang::from_code(&c));
        let browser = window()
            .navigator()
            .language()
            .and_then(|c| Lang::from_code(&c));
        let ui = UiLang(RwSignal::new(stored.or(browser).unwrap_or_default()));
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

/// A reactive translation: use it directly as text or an attribute value in `view!`.
pub fn tr(key: &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = UiLang::expect().0;
    move || i18n::t(lang.get(), key)
}

/// Translates a key now, tracking the language (for use inside other closures).
pub fn t(key: &str) -> &'static str {
    i18n::t(UiLang::expect().0.get(), key)
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

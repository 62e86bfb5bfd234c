//! Inputs the steps of this area share: a number field that keeps what the person typed
//! while it cannot be stored and says why next to it, a field message tied by
//! `aria-describedby`, and the interface language. Their list helpers (focus after a move,
//! undo, excerpts) are in [`crate::ui::list`].

use crate::i18n::{fill, Lang};
use crate::model::money::{parse_scaled, NumberError};
use crate::ui::lang::{t, tr};
use leptos::prelude::*;

/// Why a typed value was not stored: a translation key and its placeholder values.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// Translation key of the message.
    pub key: &'static str,
    /// Values for its `{name}` placeholders.
    pub args: Vec<(&'static str, String)>,
}

impl Refusal {
    /// A message without placeholders.
    pub fn new(key: &'static str) -> Self {
        Refusal {
            key,
            args: Vec::new(),
        }
    }

    /// Adds a placeholder value.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The message in the current language (tracked).
    pub fn text(&self) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill(t(self.key), &args)
    }
}

pub use crate::i18n::format::decimal_mark;

/// Explains a number that could not be read.
pub fn number_refusal(err: &NumberError) -> Refusal {
    match err {
        NumberError::Empty | NumberError::Invalid => Refusal::new("context.err_number"),
        NumberError::TooManyDecimals { max: 0 } => Refusal::new("context.err_whole"),
        NumberError::TooManyDecimals { max } => {
            Refusal::new("context.err_decimals").with("max", max)
        }
        NumberError::TooLarge => Refusal::new("context.err_too_large"),
    }
}

/// Reads an optional whole number no smaller than zero: empty text is `None`.
pub fn parse_count(text: &str, lang: Lang) -> Result<Option<u64>, Refusal> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let n = parse_scaled(text, 0, decimal_mark(lang)).map_err(|e| number_refusal(&e))?;
    if n < 0 {
        return Err(Refusal::new("context.err_negative"));
    }
    u64::try_from(n)
        .map(Some)
        .map_err(|_| Refusal::new("context.err_too_large"))
}

/// A labelled number input. While the text typed cannot be stored, it stays on screen with a
/// message saying why; once it can, it is stored at once and shown in the app's own format
/// when the person leaves the field.
#[component]
pub fn NumberField(
    /// Element id, made from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label (ignored when `label_text` is given).
    #[prop(default = "")]
    label: &'static str,
    /// The label's text when it is not a fixed key (a section heading).
    #[prop(optional, into)]
    label_text: Option<Signal<String>>,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// A hint computed from the draft, shown after the fixed one.
    #[prop(optional, into)]
    hint_text: Option<Signal<String>>,
    /// The stored value, formatted for display (empty when there is none).
    #[prop(into)]
    shown: Signal<String>,
    /// Reads the typed text and stores it; `Err` says why it could not be stored.
    commit: Callback<String, Result<(), Refusal>>,
    /// Virtual keyboard to offer on phones (`numeric`, `decimal`).
    #[prop(default = "numeric")]
    inputmode: &'static str,
    /// Unit written after the input (`%`, a currency code).
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    /// What is wrong with the stored value (an imported draft), if anything: shown until the
    /// person types a value the form accepts.
    #[prop(optional, into)]
    stored: Option<Signal<Option<Refusal>>>,
) -> impl IntoView {
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let typed_refusal: RwSignal<Option<Refusal>> = RwSignal::new(None);
    let refusal =
        Signal::derive(move || typed_refusal.get().or_else(|| stored.and_then(|s| s.get())));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some() || hint_text.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if refusal.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label_view = move || match label_text {
        Some(s) => s.get(),
        None => t(label).to_string(),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label_view}</label>
            {has_hint
                .then(|| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {hint.map(tr)}
                            {hint.and(hint_text).map(|_| " ")}
                            {move || hint_text.map(|h| h.get())}
                        </p>
                    }
                })}
            <div class="with-unit">
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    aria-describedby=described
                    aria-invalid=move || if refusal.with(Option::is_some) { "true" } else { "false" }
                    prop:value=move || typed.get().unwrap_or_else(|| shown.get())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        typed_refusal.set(commit.run(text.clone()).err());
                        typed.set(Some(text));
                    }
                    on:change=move |_| {
                        // Leaving the step blurs the field after this component is gone; the
                        // `try_` forms make that late event harmless.
                        if typed_refusal.try_with_untracked(Option::is_none) == Some(true) {
                            typed.try_set(None);
                        }
                    }
                />
                {move || unit.map(|u| view! { <span class="unit" aria-hidden="true">{move || u.get()}</span> })}
            </div>
            <p class="field-error" id=error_id aria-live="polite">
                {move || refusal.get().map(|r| r.text())}
            </p>
        </div>
    }
}

/// A message under a field (tied to it by `aria-describedby` by the caller), empty when fine.
#[component]
pub fn FieldMessage(
    /// Element id the field's `aria-describedby` names.
    #[prop(into)]
    id: String,
    /// The message, `None` when there is nothing to say.
    #[prop(into)]
    message: Signal<Option<Refusal>>,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || message.get().map(|r| r.text())}
        </p>
    }
}

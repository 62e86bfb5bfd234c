//! Amounts and quantities as a person types and reads them: the language's decimal comma or
//! point, grouping of thousands, the proposal currency's minor digits, and a field that shows
//! why a number cannot be read instead of silently dropping it.

use crate::i18n::{fill, format, Lang};
use crate::model::{Money, NumberError, Quantity};
use crate::ui::lang::t;
use leptos::prelude::*;

/// Why a typed amount was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bad {
    /// Not readable as a number.
    Parse(NumberError),
    /// Below zero.
    Negative,
}

impl Bad {
    /// The message shown beside the field (tracks the language).
    pub fn message(&self) -> String {
        match self {
            Bad::Parse(NumberError::TooManyDecimals { max: 0 }) => {
                t("budget.err_no_decimals").into()
            }
            Bad::Parse(NumberError::TooManyDecimals { max }) => {
                fill(t("budget.err_decimals"), &[("max", &max.to_string())])
            }
            Bad::Parse(NumberError::TooLarge) => t("budget.err_too_large").into(),
            Bad::Parse(_) => t("budget.err_invalid").into(),
            Bad::Negative => t("budget.err_negative").into(),
        }
    }
}

/// The decimal separator people of this language type ([`format::decimal_mark`]).
pub fn decimal(lang: Lang) -> char {
    format::decimal_mark(lang)
}

/// The separator to read `text` with: readers of a decimal-comma language type a comma, but a
/// lone point (as in "12.50" copied from a spreadsheet) is read as the decimal point rather
/// than grouping.
fn separator_for(text: &str, lang: Lang) -> char {
    match format::decimal_mark(lang) {
        ',' if text.contains(',') => ',',
        _ => '.',
    }
}

/// Reads a typed amount; an empty field is zero.
pub fn parse_money(text: &str, exponent: u32, lang: Lang) -> Result<Money, Bad> {
    if text.trim().is_empty() {
        return Ok(Money(0));
    }
    let m = Money::parse_with(text, exponent, separator_for(text, lang)).map_err(Bad::Parse)?;
    if m.0 < 0 {
        Err(Bad::Negative)
    } else {
        Ok(m)
    }
}

/// Reads a typed quantity; an empty field is zero.
pub fn parse_quantity(text: &str, lang: Lang) -> Result<Quantity, Bad> {
    if text.trim().is_empty() {
        return Ok(Quantity(0));
    }
    let q = Quantity::parse_with(text, separator_for(text, lang)).map_err(Bad::Parse)?;
    if q.0 < 0 {
        Err(Bad::Negative)
    } else {
        Ok(q)
    }
}

/// An amount for an input: plain digits with the language's decimal separator, empty for 0.
pub fn money_input(m: Money, exponent: u32, lang: Lang) -> String {
    if m.0 == 0 {
        return String::new();
    }
    crate::model::money::format_scaled(m.0, exponent, decimal(lang), false)
}

/// A quantity for an input, empty for 0.
pub fn quantity_input(q: Quantity, lang: Lang) -> String {
    if q.0 == 0 {
        return String::new();
    }
    crate::model::money::format_scaled(q.0, 3, decimal(lang), true)
}

/// An amount to read: grouped thousands and the currency code where the language puts it
/// (`USD 1,234.50`, `1 234,50 USD`): [`format::money`].
pub fn money_text(m: Money, exponent: u32, lang: Lang, code: &str) -> String {
    format::money(lang, m, exponent, code)
}

/// A labelled number input that stores only numbers it can read, keeps what was typed while
/// it cannot, and says why beside the field (`aria-invalid`, `aria-describedby`).
#[component]
pub fn NumberField(
    /// Element id, from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Text after the label, e.g. the currency code.
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    /// The stored value as it should read in the field.
    #[prop(into)]
    shown: Signal<String>,
    /// Reads and stores typed text; returns why it could not.
    store: Callback<String, Option<Bad>>,
) -> impl IntoView {
    let typed = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<Bad>);
    let err_id = format!("{id}-error");
    let label_text = move || match unit.map(|u| u.get()).filter(|u| !u.trim().is_empty()) {
        Some(u) => format!("{} ({u})", t(label)),
        None => t(label).to_string(),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label_text}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=err_id.clone()
                prop:value=move || typed.get().unwrap_or_else(|| shown.get())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    error.set(store.run(v.clone()));
                    typed.set(Some(v));
                }
                on:change=move |_| {
                    if error.with_untracked(Option::is_none) {
                        typed.set(None);
                    }
                }
            />
            <p class="field-error" id=err_id aria-live="polite">
                {move || error.get().map(|e| e.message())}
            </p>
        </div>
    }
}

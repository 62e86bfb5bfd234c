//! Amounts and quantities as a person types and reads them: the language's decimal comma or
//! point, grouping of thousands, the proposal currency's minor digits, and a field that shows
//! why a number cannot be read instead of silently dropping it.

use crate::i18n::{fill, format, Lang};
use crate::model::validate::ProblemKind;
use crate::model::{rules, Money, NumberError, Quantity};
use crate::ui::lang::t;
use leptos::prelude::*;

/// Why a typed amount was not stored, or why a stored one needs correcting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    /// Not readable as a number.
    Parse(NumberError),
    /// Refused by the form's rules ([`crate::model::rules`]): below zero, or so large the
    /// budget no longer adds up.
    Rule(ProblemKind),
}

impl NumberProblem {
    /// The message shown beside the field (tracks the language).
    pub fn message(&self) -> String {
        match self {
            NumberProblem::Parse(NumberError::TooManyDecimals { max: 0 }) => {
                t("budget.err_no_decimals").into()
            }
            NumberProblem::Parse(NumberError::TooManyDecimals { max }) => {
                fill(t("budget.err_decimals"), &[("max", &max.to_string())])
            }
            NumberProblem::Parse(NumberError::TooLarge)
            | NumberProblem::Rule(ProblemKind::Overflow) => t("budget.err_too_large").into(),
            NumberProblem::Parse(_) => t("budget.err_invalid").into(),
            NumberProblem::Rule(_) => t("budget.err_negative").into(),
        }
    }
}

/// Reads a typed amount ([`format::read_amount`]); an empty field is zero.
pub fn parse_money(text: &str, exponent: u32, lang: Lang) -> Result<Money, NumberProblem> {
    if text.trim().is_empty() {
        return Ok(Money(0));
    }
    let m = format::read_amount(lang, text, exponent).map_err(NumberProblem::Parse)?;
    rules::amount(m).map_err(NumberProblem::Rule)?;
    Ok(m)
}

/// Reads a typed quantity; an empty field is zero.
pub fn parse_quantity(text: &str, lang: Lang) -> Result<Quantity, NumberProblem> {
    if text.trim().is_empty() {
        return Ok(Quantity(0));
    }
    let q = Quantity(format::read_scaled(lang, text, 3).map_err(NumberProblem::Parse)?);
    rules::quantity(q).map_err(NumberProblem::Rule)?;
    Ok(q)
}

/// An amount for an input: the one form every money field shows ([`format::amount_input`]).
pub fn money_input(m: Money, exponent: u32, lang: Lang) -> String {
    format::amount_input(lang, m, exponent)
}

/// A quantity for an input, empty for 0.
pub fn quantity_input(q: Quantity, lang: Lang) -> String {
    format::scaled_input(lang, q.0, 3)
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
    /// The label's text, when it is more than the key's text ("Year 2"); tracks the language.
    #[prop(optional, into)]
    label_text: Option<Signal<String>>,
    /// Text after the label, e.g. the currency code.
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    /// The stored value as it should read in the field.
    #[prop(into)]
    shown: Signal<String>,
    /// Reads and stores typed text; returns why it could not.
    store: Callback<String, Option<NumberProblem>>,
    /// What is wrong with the stored value (imported, or saved by an older version), if
    /// anything: shown until the person types a value the form accepts.
    #[prop(optional, into)]
    stored: Option<Signal<Option<NumberProblem>>>,
) -> impl IntoView {
    let typed = RwSignal::new(None::<String>);
    let typed_error = RwSignal::new(None::<NumberProblem>);
    let error = Signal::derive(move || typed_error.get().or_else(|| stored.and_then(|s| s.get())));
    let err_id = format!("{id}-error");
    let label_text = move || {
        let text = label_text.map_or_else(|| t(label).to_string(), |l| l.get());
        match unit.map(|u| u.get()).filter(|u| !u.trim().is_empty()) {
            Some(u) => format!("{text} ({u})"),
            None => text,
        }
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
                    typed_error.set(store.run(v.clone()));
                    typed.set(Some(v));
                }
                on:change=move |_| {
                    if typed_error.try_with_untracked(Option::is_none) == Some(true) {
                        typed.try_set(None);
                    }
                }
            />
            <p class="field-error" id=err_id aria-live="polite">
                {move || error.get().map(|e| e.message())}
            </p>
        </div>
    }
}

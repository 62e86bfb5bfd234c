//! The terms of the request: duration, amount and currency, the donor written to, and the
//! document shape the donor asked for with its word limits.

use super::fields::{number_refusal, parse_count, FieldMessage, NumberField, Refusal};
use super::words::section_words;
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::currency_change::{self, CurrencyChange};
use crate::model::date::parse_date;
use crate::model::money::{currency_exponent, CURRENCIES};
use crate::model::{rules, DonorTemplate, DonorType, Money, Proposal};
use crate::review::{message, template, templates};
use crate::ui::deferred::Deferred;
use crate::ui::lang::lang;
use crate::ui::lang::tn;
use crate::ui::lang::{t, tr};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{bind, TextField};
use leptos::prelude::*;

/// Duration, amount, donor and template.
#[component]
pub fn TermsSection(
    /// Words per step of the draft, shared with the step's word line.
    per_step: Memo<Vec<usize>>,
) -> impl IntoView {
    // Each part in a task of its own (see `Deferred`): the currency list alone is 170 options.
    view! {
        <Deferred>
            <h2 id="context-terms">{tr("context.terms_heading")}</h2>
            <Duration />
        </Deferred>
        <Deferred><Amount /></Deferred>
        <Deferred>
            <h2 id="context-donor">{tr("context.donor_heading")}</h2>
            <Donor />
        </Deferred>
        <Deferred><TemplateAndLimits per_step=per_step /></Deferred>
    }
}

/// Start and end dates, with a message when they are not in order.
#[component]
fn Duration() -> impl IntoView {
    let draft = DraftState::expect();
    let (start, set_start) = bind(
        |p| p.context.duration.start.clone(),
        |p, v| p.context.duration.start = v,
    );
    let (end, set_end) = bind(
        |p| p.context.duration.end.clone(),
        |p, v| p.context.duration.end = v,
    );
    let start_msg = Signal::derive(move || start.with(|v| bad_date(v)));
    let end_msg = Signal::derive(move || {
        end.with(|v| bad_date(v)).or_else(|| {
            draft.proposal.with(|p| {
                let d = &p.context.duration;
                match (parse_date(d.start.trim()), parse_date(d.end.trim())) {
                    (Some(s), Some(e)) if e <= s => {
                        Some(Refusal::new("context.err_end_before_start"))
                    }
                    _ => None,
                }
            })
        })
    });
    let length = move || {
        draft.proposal.with(|p| {
            let d = &p.context.duration;
            let (s, e) = (parse_date(d.start.trim())?, parse_date(d.end.trim())?);
            let months = (i32::from(e.year) - i32::from(s.year)) * 12 + i32::from(e.month)
                - i32::from(s.month)
                + i32::from(e.day >= s.day);
            (e > s).then(|| {
                tn(
                    "context.duration_months",
                    usize::try_from(months.max(1)).unwrap_or(1),
                    &[],
                )
            })
        })
    };
    view! {
        <fieldset>
            <legend>{tr("context.duration")}</legend>
            <div class="row">
                <DateInput id="f-context-duration-start" label="context.duration_start" value=start on_input=set_start message=start_msg />
                <DateInput id="f-context-duration-end" label="context.duration_end" value=end on_input=set_end message=end_msg />
            </div>
            <p class="hint" aria-live="polite">{length}</p>
        </fieldset>
    }
}

/// Why a stored date is unusable (a half-typed or imported value), `None` when empty or fine.
fn bad_date(v: &str) -> Option<Refusal> {
    rules::date(v.trim())
        .is_err()
        .then(|| Refusal::new("context.err_date").with("value", v))
}

/// A labelled date input with a message under it.
#[component]
fn DateInput(
    /// Element id, made from the field path.
    id: &'static str,
    /// Translation key of the label.
    label: &'static str,
    /// The stored `YYYY-MM-DD` text.
    value: Signal<String>,
    /// Stores what the date picker produced.
    on_input: Callback<String>,
    /// What is wrong with the date, if anything.
    message: Signal<Option<Refusal>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || message.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input
                id=id
                type="date"
                aria-describedby=described
                aria-invalid=move || if message.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <FieldMessage id=error_id message=message />
        </div>
    }
}

/// What a currency change would round, in the person's words: one line per amount.
fn rounded_lines(p: &Proposal, change: &CurrencyChange) -> Vec<String> {
    let l = lang();
    let Some((from, to)) = change.exponents else {
        return Vec::new();
    };
    change
        .rounded
        .iter()
        .map(|r| {
            let what = match r.line {
                Some(id) => {
                    let n = p.budget.iter().position(|b| b.id == id).unwrap_or(0);
                    let name = p
                        .budget
                        .get(n)
                        .map(|b| b.description.trim().to_string())
                        .filter(|d| !d.is_empty())
                        .unwrap_or_else(|| {
                            fill(t("budget.line_n"), &[("n", &(n + 1).to_string())])
                        });
                    let label = match (r.year, r.path.last_field()) {
                        (Some(y), _) => {
                            fill(t("context.currency_rounds_year"), &[("n", &y.to_string())])
                        }
                        (None, Some("cofunding")) => t("budget.cofunding").to_lowercase(),
                        _ => t("budget.unit_cost").to_lowercase(),
                    };
                    format!("{name}, {label}")
                }
                None => t("context.amount").to_string(),
            };
            fill(
                t("context.currency_rounds_line"),
                &[
                    ("what", &what),
                    ("before", &crate::i18n::format::amount(l, r.before, from)),
                    ("after", &crate::i18n::format::amount(l, r.after, to)),
                ],
            )
        })
        .collect()
}

/// Asks before a currency change rounds amounts; says which and how.
#[component]
fn CurrencyRounding(
    /// The change waiting for an answer.
    pending: RwSignal<Option<CurrencyChange>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let apply_change = move |_| {
        if let Some(change) = pending.get_untracked() {
            draft.edit(|p| currency_change::apply(p, &change));
        }
        pending.set(None);
        focus_currency();
    };
    let keep = move |_| {
        pending.set(None);
        focus_currency();
    };
    move || {
        pending.get().map(|change| {
            let lines = draft.proposal.with_untracked(|p| rounded_lines(p, &change));
            let current = draft
                .proposal
                .with_untracked(|p| p.context.currency.clone());
            let code = change.code.clone();
            view! {
                <div class="notice" role="alert" id="currency-rounding">
                    <p>
                        {tn(
                            "context.currency_rounds",
                            lines.len(),
                            &[("code", &code), ("from", &current)],
                        )}
                    </p>
                    <ul>{lines.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    <button type="button" on:click=apply_change>
                        {fill(t("context.currency_round_yes"), &[("code", &code)])}
                    </button>
                    <button type="button" on:click=keep>
                        {fill(t("context.currency_round_no"), &[("code", &current)])}
                    </button>
                </div>
            }
        })
    }
}

fn focus_currency() {
    crate::ui::list::focus_later("f-context-currency".to_string());
}

/// Amount requested and its currency.
#[component]
fn Amount() -> impl IntoView {
    let draft = DraftState::expect();
    let currency = memo(move || draft.proposal.with(|p| p.context.currency.clone()));
    let exponent = memo(move || currency.with(|c| currency_exponent(c)));
    let shown = Signal::derive(move || {
        let l = lang();
        let amount = draft.proposal.with(|p| p.context.amount_requested);
        match exponent.get() {
            Some(e) => crate::i18n::format::amount_input(l, amount, e),
            None if amount != Money(0) => amount.0.to_string(),
            None => String::new(),
        }
    });
    let commit = Callback::new(move |text: String| {
        if text.trim().is_empty() {
            draft.edit(|p| p.context.amount_requested = Money(0));
            return Ok(());
        }
        let Some(e) = exponent.get_untracked() else {
            return Err(Refusal::new("context.err_no_currency"));
        };
        let m = crate::i18n::format::read_amount(lang(), &text, e).map_err(|err| {
            let r = number_refusal(&err);
            if r.key == "context.err_decimals" || r.key == "context.err_whole" {
                Refusal::new("context.err_currency_decimals")
                    .with("code", currency.get_untracked())
                    .with("max", e)
            } else {
                r
            }
        })?;
        rules::amount(m).map_err(|_| Refusal::new("context.err_negative"))?;
        draft.edit(|p| p.context.amount_requested = m);
        Ok(())
    });
    let unknown = move || currency.with(|c| rules::currency(c).is_err());
    let currency_select = NodeRef::<leptos::html::Select>::new();
    let pending = RwSignal::new(None::<CurrencyChange>);
    let currency_msg = Signal::derive(move || {
        unknown().then(|| Refusal::new("context.err_currency").with("code", currency.get()))
    });
    view! {
        <CurrencyRounding pending=pending />
        <div class="row">
            <div class="field">
                <label for="f-context-currency">{tr("context.currency")}</label>
                <p class="hint" id="f-context-currency-hint">{tr("context.currency_hint")}</p>
                <select
                    id="f-context-currency"
                    node_ref=currency_select
                    aria-describedby=move || {
                        if unknown() {
                            "f-context-currency-hint f-context-currency-error"
                        } else {
                            "f-context-currency-hint"
                        }
                    }
                    aria-invalid=move || if unknown() { "true" } else { "false" }
                    prop:value=move || currency.get()
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        let change = draft.proposal.with_untracked(|p| currency_change::plan(p, &code));
                        if change.rounded.is_empty() {
                            draft.edit(|p| currency_change::apply(p, &change));
                        } else {
                            // Nothing changes until the person answers: the list shows the
                            // currency still in force.
                            if let Some(el) = currency_select.get_untracked() {
                                el.set_value(&currency.get_untracked());
                            }
                            pending.set(Some(change));
                        }
                    }
                >
                    // Once a currency is set it can be changed but not unset: amounts need its decimals.
                    <option value="" disabled=move || !currency.with(String::is_empty)>
                        {tr("context.currency_none")}
                    </option>
                    {move || {
                        unknown()
                            .then(|| {
                                let c = currency.get();
                                view! { <option value=c.clone()>{c.clone()}</option> }
                            })
                    }}
                    {CURRENCIES
                        .iter()
                        .map(|c| view! { <option value=*c>{*c}</option> })
                        .collect_view()}
                </select>
                <FieldMessage id="f-context-currency-error" message=currency_msg />
            </div>
            <NumberField
                id="f-context-amount_requested"
                label="context.amount"
                hint="context.amount_hint"
                shown=shown
                commit=commit
                inputmode="decimal"
                unit=Signal::derive(move || currency.get())
                stored=Signal::derive(move || {
                    draft.proposal.with(|p| rules::amount(p.context.amount_requested).err())
                        .map(|_| Refusal::new("context.err_negative"))
                })
            />
        </div>
    }
}

/// The donor's name and kind.
#[component]
fn Donor() -> impl IntoView {
    let draft = DraftState::expect();
    let (name, set_name) = bind(
        |p| p.context.donor.name.clone(),
        |p, v| p.context.donor.name = v,
    );
    let kind = move || {
        draft.proposal.with(|p| {
            p.context
                .donor
                .donor_type
                .map(|d| d.as_str().to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="row">
            <TextField id="f-context-donor-name" label="context.donor_name" hint="context.donor_name_hint" value=name on_input=set_name autocomplete="organization" />
            <div class="field">
                <label for="f-context-donor-donor_type">{tr("context.donor_type")}</label>
                <p class="hint" id="f-context-donor-donor_type-hint">{tr("context.donor_type_hint")}</p>
                <select
                    id="f-context-donor-donor_type"
                    aria-describedby="f-context-donor-donor_type-hint"
                    prop:value=kind
                    on:change=move |ev| {
                        let v = DonorType::from_id(&event_target_value(&ev));
                        draft.edit(|p| p.context.donor.donor_type = v);
                    }
                >
                    <option value="">{tr("context.donor_type_none")}</option>
                    {DonorType::ALL
                        .iter()
                        .map(|d| {
                            let info = kb().donor_type(d.as_str());
                            let label = move || {
                                info.map(|i| i.name.get(lang()).to_string())
                                    .unwrap_or_else(|| d.as_str().to_string())
                            };
                            view! { <option value=d.as_str()>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// The donor template and the word limit of each of its sections.
#[component]
fn TemplateAndLimits(
    /// Words per step of the draft.
    per_step: Memo<Vec<usize>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let current = memo(move || draft.proposal.with(|p| p.context.template));
    view! {
        <div class="field">
            <label for="f-context-template">{tr("context.template")}</label>
            <p class="hint" id="f-context-template-hint">{tr("context.template_hint")}</p>
            <select
                id="f-context-template"
                aria-describedby="f-context-template-hint"
                prop:value=move || current.get().as_str()
                on:change=move |ev| {
                    if let Some(v) = DonorTemplate::from_id(&event_target_value(&ev)) {
                        draft.edit(|p| p.context.template = v);
                    }
                }
            >
                {templates()
                    .iter()
                    .map(|tpl| {
                        let key = tpl.name_key;
                        view! { <option value=tpl.id.as_str()>{move || message(lang(), key)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
        <fieldset id="f-context-word_limits" tabindex="-1">
            <legend>{tr("context.word_limits")}</legend>
            <p class="hint">{tr("context.word_limits_hint")}</p>
            <div class="limits">
                {move || {
                    // The donor's format (Donor step) sets which sections carry a limit.
                    let format = draft.proposal.with(|p| p.donor.format);
                    template(current.get(), format)
                        .sections
                        .iter()
                        .filter_map(|s| s.default_word_limit.map(|d| (s, d)))
                        .map(|(s, default)| {
                            let section = *s;
                            let heading = Signal::derive(move || message(lang(), section.heading_key).to_string());
                            let hint = Signal::derive(move || {
                                let words = per_step.with(|w| section_words(w, section.steps));
                                fill(
                                    t("context.word_limit_status"),
                                    &[("default", &default.to_string()), ("words", &words.to_string())],
                                )
                            });
                            let shown = Signal::derive(move || {
                                draft
                                    .proposal
                                    .with(|p| p.context.word_limits.get(section.id).map(|n| n.to_string()))
                                    .unwrap_or_default()
                            });
                            let commit = Callback::new(move |text: String| {
                                let n = parse_count(&text, lang())?;
                                let n = match n {
                                    Some(v) => Some(u32::try_from(v).map_err(|_| Refusal::new("context.err_too_large"))?),
                                    None => None,
                                };
                                draft.edit(|p| match n {
                                    Some(v) => {
                                        p.context.word_limits.insert(section.id.to_string(), v);
                                    }
                                    None => {
                                        p.context.word_limits.remove(section.id);
                                    }
                                });
                                Ok(())
                            });
                            view! {
                                <NumberField
                                    id=format!("f-context-word_limits-{}", section.id)
                                    label_text=heading
                                    hint_text=hint
                                    shown=shown
                                    commit=commit
                                />
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}

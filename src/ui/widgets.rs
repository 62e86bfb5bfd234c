//! Form widgets shared by every step: labelled text inputs and text areas with counters,
//! so each control has a visible label, an id a review link can focus, and a hint tied by
//! `aria-describedby`.

use super::lang::{t, tr};
use crate::i18n::fill;
use leptos::prelude::*;

/// Words in a text, as donors count them (runs of non-space characters).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A labelled single-line text input.
#[component]
pub fn TextField(
    /// Element id, made from the field path (`f-context-title`).
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    on_input: Callback<String>,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Input type (`text`, `date`, `number`, ...).
    #[prop(default = "text")]
    kind: &'static str,
    /// Autocomplete hint for the browser.
    #[prop(default = "off")]
    autocomplete: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <input
                id=id
                type=kind
                autocomplete=autocomplete
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}

/// A labelled multi-line text area with a word and character counter, checked against an
/// optional word limit (the chosen donor template's).
#[component]
pub fn TextArea(
    /// Element id, made from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    on_input: Callback<String>,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Word limit, if the template sets one.
    #[prop(optional, into)]
    limit: Option<Signal<Option<u32>>>,
    /// Visible rows.
    #[prop(default = 4)]
    rows: u32,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let described = match hint {
        Some(_) => format!("{hint_id} {count_id}"),
        None => count_id.clone(),
    };
    let limit = limit.unwrap_or_else(|| Signal::derive(|| None));
    let words = Memo::new(move |_| value.with(|v| word_count(v)));
    let chars = Memo::new(move |_| value.with(|v| v.chars().count()));
    let over = move || limit.get().is_some_and(|l| words.get() > l as usize);
    let counter = move || {
        let w = words.get().to_string();
        let c = chars.get().to_string();
        match limit.get() {
            Some(l) => fill(
                t("counter.words_limit"),
                &[("words", &w), ("limit", &l.to_string()), ("chars", &c)],
            ),
            None => fill(t("counter.words"), &[("words", &w), ("chars", &c)]),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <textarea
                id=id
                rows=rows
                aria-describedby=described
                aria-invalid=move || if over() { "true" } else { "false" }
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <p class="counter" id=count_id class:over=over>{counter}</p>
        </div>
    }
}

/// Splits a text area's lines into a list (sites, minerals). Kept exact, blank lines included,
/// so the text area round-trips while the person types a new line; readers skip blanks.
pub fn lines_to_list(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_string).collect()
}

/// Binds one text field of the draft: a memoised value and a setter callback. The memo
/// matters for typing: every edit changes the draft, and only the field whose text changed
/// may write to its element, not every field of the step.
pub fn bind(
    get: impl Fn(&crate::model::Proposal) -> String + Send + Sync + 'static,
    set: impl Fn(&mut crate::model::Proposal, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let draft = super::state::DraftState::expect();
    let value = Memo::new(move |_| draft.proposal.with(&get)).into();
    let on_input = Callback::new(move |v: String| draft.edit(|p| set(p, v)));
    (value, on_input)
}

/// The report's guidance beside a form: collapsible, below the form on a phone and beside it
/// on a wide screen (see `.step-grid` in the stylesheet).
#[component]
pub fn Guidance(
    /// The guidance itself: paragraphs, figures, a citation per point.
    children: Children,
) -> impl IntoView {
    view! {
        <aside class="guidance" aria-label=tr("guidance.title")>
            <details open>
                <summary>{tr("guidance.title")}</summary>
                {children()}
            </details>
        </aside>
    }
}

/// A citation of the report (section and speaker), in the guidance.
#[component]
pub fn Cite(
    /// Where the point comes from.
    citation: crate::knowledge::Citation,
) -> impl IntoView {
    view! { <cite>{move || format!("{} {}", t("guidance.source"), citation.label())}</cite> }
}

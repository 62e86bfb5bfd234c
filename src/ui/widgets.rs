//! Form widgets shared by every step: labelled text inputs and text areas with counters,
//! so each control has a visible label, an id a review link can focus, and a hint tied by
//! `aria-describedby`.

use super::deferred::build_once;
use super::lang::{t, tr};
use super::state::DraftState;
use crate::i18n::fill;
use crate::model::Proposal;
use crate::ui::lang::{num, tn, writing_lang};
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
                lang=writing_lang()
                spellcheck="true"
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
    let words = memo(move || value.with(|v| word_count(v)));
    let chars = memo(move || value.with(|v| v.chars().count()));
    let over = move || limit.get().is_some_and(|l| words.get() > l as usize);
    let counter = move || {
        let c = tn("counter.n_chars", chars.get(), &[]);
        match limit.get() {
            Some(l) => fill(
                t("counter.words_limit"),
                &[
                    ("words", &num(words.get())),
                    ("limit", &num(l as usize)),
                    ("chars", &c),
                ],
            ),
            None => fill(
                t("counter.words"),
                &[
                    ("words", &tn("counter.n_words", words.get(), &[])),
                    ("chars", &c),
                ],
            ),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <textarea
                id=id
                rows=rows
                lang=writing_lang()
                spellcheck="true"
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

/// `Memo::new` with the closure behind a box. `Memo::new` compiles its compare-and-store
/// wrapper once per closure type, about half a kilobyte of wasm each, and the app has some
/// 150 memos; through here it is compiled once per value type instead. Same behaviour: the
/// memo recomputes when what `f` reads changes and notifies only when the value changed.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    memo_dyn(Box::new(f))
}

#[inline(never)]
fn memo_dyn<T: PartialEq + Send + Sync + 'static>(f: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new(move |_| f())
}

/// Binds one text field of the draft: a memoised value and a setter callback. The memo
/// matters for typing: every edit changes the draft, and only the field whose text changed
/// may write to its element, not every field of the step (in a 20-objective logframe too).
pub fn bind(
    get: impl Fn(&Proposal) -> String + Send + Sync + 'static,
    set: impl Fn(&mut Proposal, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    (read_dyn(Box::new(get)).into(), setter(Box::new(set)))
}

/// Writes a value into the draft (see [`setter`]).
pub type Setter<V> = Box<dyn Fn(&mut Proposal, V) + Send + Sync>;

/// A callback that writes `v` into the draft with `set`. The closure is boxed so the callback
/// and its `edit` are compiled once per value type rather than once per bound field (the
/// steps bind a hundred or so).
pub fn setter<V: 'static>(set: Setter<V>) -> Callback<V> {
    let draft = DraftState::expect();
    Callback::new(move |v: V| draft.edit(|p| set(p, v)))
}

/// A memo of something read from the draft: recomputed on every change, but only notifies
/// (and re-renders) when the value itself changed.
pub fn read<R: PartialEq + Clone + Send + Sync + 'static>(
    f: impl Fn(&Proposal) -> R + Send + Sync + 'static,
) -> Memo<R> {
    read_dyn(Box::new(f))
}

/// [`read`] behind a box: its memo closure is compiled once per value type, not per call.
fn read_dyn<R: PartialEq + Clone + Send + Sync + 'static>(
    f: Box<dyn Fn(&Proposal) -> R + Send + Sync>,
) -> Memo<R> {
    let draft = DraftState::expect();
    memo(move || draft.proposal.with(|p| f(p)))
}

/// A checkbox inside its label (the children are the label's text): the one shape every
/// yes/no field and every "tick the ones that apply" list in the steps uses.
#[component]
pub fn CheckBox(
    /// Element id of the input.
    #[prop(into)]
    id: String,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
    /// The label's text.
    children: Children,
) -> impl IntoView {
    let for_id = id.clone();
    view! {
        <label for=for_id>
            <input
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {children()}
        </label>
    }
}

/// The report's guidance beside a form: collapsible, below the form on a phone and beside it
/// on a wide screen (see `.step-grid` in the stylesheet).
#[component]
pub fn Guidance(
    /// The guidance itself: paragraphs, figures, a citation per point.
    children: Children,
) -> impl IntoView {
    // Drawn once the step's form has been painted and the browser has nothing more urgent
    // (a keystroke comes first), so opening a step, and the app's first screen, waits only for
    // the form; the guidance follows at once on an idle page.
    let shown = RwSignal::new(false);
    request_animation_frame(move || {
        super::deferred::when_idle(300, move || {
            shown.try_set(true);
        })
    });
    let content = StoredValue::new_local(Some(children));
    let body = move || shown.get().then(|| build_once(content)).flatten();
    view! {
        <aside class="guidance" aria-label=tr("guidance.title")>
            <details open>
                <summary>{tr("guidance.title")}</summary>
                {body}
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
    view! { <cite>{move || format!("{} {}", t("guidance.source"), citation.label(super::lang::lang()))}</cite> }
}

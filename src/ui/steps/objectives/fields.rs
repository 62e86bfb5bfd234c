//! Small pieces the logframe and linkage forms share: memoised bindings (so typing in one
//! field re-renders only that field), a checkbox, a text input that shows a parse error next
//! to itself, item names for accessible labels, and focus helpers for reordering.

use crate::i18n::{self, fill, Lang};
use crate::knowledge::kb;
use crate::model::{Priority, PriorityIssue, Proposal};
use crate::ui::lang::{t, tr};
use crate::ui::list::UndoSlot;
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// The element id of a field path: `objectives.7.text` → `f-objectives-7-text`.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// Binds a text field of the draft through a `Memo`, so the input only updates when its own
/// value changes, not on every keystroke elsewhere in a 20-objective logframe.
pub fn bind_memo(
    get: impl Fn(&Proposal) -> String + Send + Sync + 'static,
    set: impl Fn(&mut Proposal, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let draft = DraftState::expect();
    let value = memo(move || draft.proposal.with(&get));
    let on_input = Callback::new(move |v: String| draft.edit(|p| set(p, v)));
    (value.into(), on_input)
}

/// Binds a text field of one item, read from a memo of that item rather than the whole
/// draft: typing elsewhere changes the draft but not this item, so nothing here re-runs.
pub fn bind_in<T>(
    src: Memo<Option<T>>,
    get: fn(&T) -> &String,
    set: impl Fn(&mut Proposal, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let draft = DraftState::expect();
    let value = memo(move || src.with(|s| s.as_ref().map(|x| get(x).clone()).unwrap_or_default()));
    let on_input = Callback::new(move |v: String| draft.edit(|p| set(p, v)));
    (value.into(), on_input)
}

/// Like [`bind_in`] for a yes/no field.
pub fn flag_in<T>(
    src: Memo<Option<T>>,
    get: fn(&T) -> bool,
    set: impl Fn(&mut Proposal, bool) + Send + Sync + 'static,
) -> (Signal<bool>, Callback<bool>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let draft = DraftState::expect();
    let value = memo(move || src.with(|s| s.as_ref().is_some_and(get)));
    let on_change = Callback::new(move |v: bool| draft.edit(|p| set(p, v)));
    (value.into(), on_change)
}

/// A memo of one item of a list memo, by id.
pub fn item_of<T>(list: Memo<Vec<T>>, id: crate::model::Id) -> Memo<Option<T>>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| crate::model::ids::find(l, id).cloned()))
}

/// Position of an item in a list memo, and the list's length (for the arrows' states).
pub fn place_in<T>(list: Memo<Vec<T>>, id: crate::model::Id) -> Memo<(usize, usize)>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| (crate::model::ids::position(l, id).unwrap_or(0), l.len())))
}

/// The ids of a list memo, in order, for `<For>`.
pub fn ids_of<T>(list: Memo<Vec<T>>) -> Memo<Vec<crate::model::Id>>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| l.iter().map(|x| x.id()).collect()))
}

/// A labelled checkbox bound to a yes/no field.
#[component]
pub fn CheckField(
    /// Element id, from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Whether it is ticked.
    value: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    let for_id = id.clone();
    view! {
        <label for=for_id>
            <input
                type="checkbox"
                id=id
                prop:checked=move || value.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {tr(label)}
        </label>
    }
}

/// A labelled single-line input that shows why its text cannot be read (a number, a year),
/// tied to the input with `aria-invalid` and `aria-describedby`.
#[component]
pub fn CheckedField(
    /// Element id, from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Current text.
    value: Signal<String>,
    /// Called with the new text on every input.
    on_input: Callback<String>,
    /// Translation key of the problem with the text, if any.
    error: Signal<Option<&'static str>>,
    /// Input type (`text`, `date`).
    #[prop(default = "text")]
    kind: &'static str,
    /// Virtual keyboard hint (`text`, `numeric`, `decimal`).
    #[prop(default = "text")]
    inputmode: &'static str,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    let err_id2 = err_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input
                id=id
                type=kind
                inputmode=inputmode
                autocomplete="off"
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=move || error.get().map(|_| err_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {move || error.get().map(|k| view! { <p class="field-error" id=err_id2.clone()>{t(k)}</p> })}
        </div>
    }
}

/// A priority's name in `lang`: the catalogue title or the written-in one.
pub fn priority_title(p: &Priority, lang: Lang) -> String {
    match &p.issue {
        PriorityIssue::Catalogue(issue) => kb()
            .priority(issue.as_str())
            .map(|k| k.title.get(lang).to_string())
            .unwrap_or_else(|| issue.as_str().to_string()),
        PriorityIssue::Custom(s) if !s.trim().is_empty() => s.trim().to_string(),
        PriorityIssue::Custom(_) => i18n::t(lang, "objectives.priority_untitled").to_string(),
    }
}

/// "objective 2", for accessible names.
pub fn objective_name(n: usize) -> String {
    fill(t("objectives.objective_n"), &[("n", &n.to_string())])
}

/// Shortens text for headings and tables, on a character boundary.
pub fn short(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// What the undo bar says: the item's name, and its text when it has one.
pub fn deleted_what(name: &str, text: &str) -> String {
    let mut chars = name.chars();
    let name = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if text.trim().is_empty() {
        name
    } else {
        format!("{name} “{}”", short(text, 40))
    }
}

/// After a move, puts focus back on the moved item's arrow (its row was re-inserted, which
/// drops focus), or on the other arrow if that one became disabled.
pub fn refocus_tools(container: String, up: bool) {
    request_animation_frame(move || {
        let doc = document();
        let pick = |n: u32| {
            doc.query_selector(&format!("#{container} .tools button:nth-child({n})"))
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        };
        let (first, second) = if up { (1, 2) } else { (2, 1) };
        let target = pick(first)
            .filter(|b| !b.has_attribute("disabled"))
            .or_else(|| pick(second));
        if let Some(b) = target {
            let _ = b.focus();
        }
    });
}

/// A heading of a given level (2–6), so nested lists keep a sensible outline.
#[component]
pub fn Heading(
    /// Heading level, 2 to 6.
    level: u8,
    /// Element id, for `aria-labelledby`.
    #[prop(into)]
    id: String,
    /// The heading text.
    children: Children,
) -> impl IntoView {
    match level {
        2 => view! { <h2 id=id>{children()}</h2> }.into_any(),
        3 => view! { <h3 id=id>{children()}</h3> }.into_any(),
        4 => view! { <h4 id=id>{children()}</h4> }.into_any(),
        5 => view! { <h5 id=id>{children()}</h5> }.into_any(),
        _ => view! { <h6 id=id>{children()}</h6> }.into_any(),
    }
}

/// Offers undo for a deletion (the shared undo slot keeps a plain closure, so it outlives the
/// deleted row).
pub fn offer_undo(what: &str, restore: impl Fn() + Send + Sync + 'static) {
    UndoSlot::expect().offer(what, restore);
}

/// The partners' ids and names, computed once per step for every activity's lead select.
#[derive(Clone, Copy)]
pub struct PartnerNames(pub Memo<Vec<(crate::model::Id, String)>>);

impl PartnerNames {
    /// Provides the memo to the step's components.
    pub fn provide() {
        let draft = DraftState::expect();
        let names = memo(move || {
            draft
                .proposal
                .with(|p| p.partners.iter().map(|x| (x.id, x.name.clone())).collect())
        });
        provide_context(PartnerNames(names));
    }

    /// The memo provided by the step.
    pub fn expect() -> PartnerNames {
        expect_context::<PartnerNames>()
    }
}

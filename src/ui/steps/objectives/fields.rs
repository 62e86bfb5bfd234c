//! Small pieces the logframe and linkage forms share: a checkbox, a text input that shows a
//! parse error next to itself, item names for accessible labels and headings. Their list
//! helpers (item bindings, reordering focus, undo) are in [`crate::ui::list`].

use crate::i18n::{self, fill, Lang};
use crate::knowledge::kb;
use crate::model::FieldPath;
use crate::model::{Id, Priority, PriorityIssue, Proposal};
use crate::ui::lang::{t, tr};
use crate::ui::list::{add_then_focus, keyed_rows};
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, CheckBox};
use leptos::prelude::*;

/// The ids of the logframe's objectives, in order, changing only when one is added, moved or
/// deleted (not on every keystroke in an objective).
pub fn objective_ids() -> Memo<Vec<Id>> {
    let draft = DraftState::expect();
    memo(move || {
        draft
            .proposal
            .with(|p| p.logframe.objectives.iter().map(|o| o.id).collect())
    })
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
    view! { <CheckBox id checked=value on_change>{tr(label)}</CheckBox> }
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

/// The goal, an objective or an output as the owner of indicator and assumption lists: what
/// those lists need to know of it.
#[derive(Clone)]
pub struct ListOwner {
    /// `None` for the goal, else the objective's or output's id.
    pub id: Option<Id>,
    /// The owner's field path (`objectives.goal`, `objectives.7.outputs.9`).
    pub path: FieldPath,
    /// The owner in words ("objective 2"), for headings and button names.
    pub name: Signal<String>,
    /// Heading level of its lists' titles.
    pub level: u8,
}

impl ListOwner {
    /// The element id of the heading of the owner's list `list` ("indicators"):
    /// `h-objectives-7-indicators`.
    pub fn heading_id(&self, list: &str) -> String {
        self.path.field(list).heading_id()
    }

    /// The element id of field `field` of item `id` of the owner's list `list`.
    pub fn field_id(&self, list: &str, id: Id, field: &str) -> String {
        self.path.field(list).item(id).field(field).element_id()
    }
}

/// One kind of list inside the logframe (indicators, assumptions, outputs, activities): what
/// its frame says and how it adds an item.
pub struct SubListKind {
    /// The list's name in field paths and element ids ("indicators").
    pub list: &'static str,
    /// Translation key of the heading, with an `{owner}` placeholder.
    pub title_key: &'static str,
    /// Translation key of the Add button, with an `{owner}` placeholder.
    pub add_key: &'static str,
    /// Translation key of a hint shown while the list is empty, if any.
    pub empty_hint: Option<&'static str>,
    /// The field of a new item that gets focus.
    pub first_field: &'static str,
    /// Adds a blank item to the owner's list, returning its id.
    pub add: fn(&mut Proposal, Option<Id>) -> Option<Id>,
}

/// The `kind` list of `owner`, in the frame every list inside the logframe shares: a heading
/// naming the owner, a hint while the list is empty (where one is given), the rows (each built
/// by `row`), and an Add button naming the owner that focuses the new item.
pub fn owned_list(
    owner: &ListOwner,
    kind: &'static SubListKind,
    ids: Memo<Vec<Id>>,
    row: impl Fn(Id) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let (owner_id, add) = (owner.id, kind.add);
    let on_add = add_then_focus(move |p| add(p, owner_id), {
        let owner = owner.clone();
        move |id| owner.field_id(kind.list, id, kind.first_field)
    });
    let (level, owner_name) = (owner.level, owner.name);
    let heading_id = owner.heading_id(kind.list);
    let owned = move |key: &'static str| fill(t(key), &[("owner", &owner_name.get())]);
    view! {
        <div class="sublist">
            <Heading level id=heading_id.clone()>
                {move || owned(kind.title_key)}
            </Heading>
            {kind.empty_hint.map(|hint| view! {
                <Show when=move || ids.with(Vec::is_empty)>
                    <p class="hint">{tr(hint)}</p>
                </Show>
            })}
            <ol class="list" aria-labelledby=heading_id>
                {keyed_rows(ids, row)}
            </ol>
            <div>
                <button type="button" class="secondary" on:click=move |_| on_add.run(())>
                    {move || owned(kind.add_key)}
                </button>
            </div>
        </div>
    }
    .into_any()
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

/// The partners' ids and names, computed once per step for every activity's lead select.
#[derive(Clone, Copy)]
pub struct PartnerNames(pub Memo<Vec<(Id, String)>>);

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

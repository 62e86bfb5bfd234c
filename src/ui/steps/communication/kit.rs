//! Building blocks the donor, partners, communication and budget steps share: memoised
//! bindings to one field of one list item, a keyed list with reorder and undoable delete,
//! a labelled select and a checkbox group.
//!
//! Rows are keyed by [`Id`] and every value a row shows is a [`Memo`], so typing in one item
//! re-renders nothing but that item's own text, even with a hundred budget lines.

use crate::i18n::fill;
use crate::model::ids::{self, HasId};
use crate::model::{Id, Proposal};
use crate::ui::lang::{t, tr};
use crate::ui::list::{focus_later, ItemTools, UndoSlot};
use crate::ui::state::DraftState;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// Puts a removed item (and whatever links its removal cleared) back.
pub type Restore = Box<dyn FnOnce(&mut Proposal) + Send + Sync>;

/// The element id of a field path: `budget.21.unit_cost` → `f-budget-21-unit_cost`.
pub fn fid(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// The text with its first letter in upper case (item names start sentences in messages).
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// At most `max` characters of a one-line summary of `text`, with an ellipsis if cut.
pub fn short(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let mut s: String = line.chars().take(max).collect();
        s.push('…');
        s
    }
}

/// Names an item for buttons and messages: `partner 3` or `partner 3 “Name”`.
pub fn item_name(key: &str, n: usize, label: &str) -> String {
    let base = fill(t(key), &[("n", &n.to_string())]);
    let label = short(label, 40);
    if label.is_empty() {
        base
    } else {
        format!("{base} “{label}”")
    }
}

/// A memo of something read from the draft: recomputed on every change, but only notifies
/// (and re-renders) when the value itself changed.
pub fn read<R: PartialEq + Clone + Send + Sync + 'static>(
    f: impl Fn(&Proposal) -> R + Send + Sync + 'static,
) -> Memo<R> {
    let draft = DraftState::expect();
    Memo::new(move |_| draft.proposal.with(&f))
}

/// One list item as its row sees it: its position and a copy of it, updated by the list only
/// when that item changed, so typing in one row re-runs nothing in the other rows.
pub struct RowOf<T: Send + Sync + 'static> {
    /// The item's id.
    pub id: Id,
    /// Its position (from 0) and its value.
    pub data: RwSignal<(usize, T)>,
}

impl<T: Send + Sync + 'static> Clone for RowOf<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for RowOf<T> {}

/// The row of item `id`, when called inside that item's card.
fn row_of<T: Send + Sync + 'static>(id: Id) -> Option<RowOf<T>> {
    use_context::<RowOf<T>>().filter(|r| r.id == id)
}

/// The whole item, memoised: from its row inside a card, else from the draft.
pub fn item_value<T: HasId + Clone + PartialEq + Default + Send + Sync + 'static>(
    list: fn(&Proposal) -> &Vec<T>,
    id: Id,
) -> Memo<T> {
    match row_of::<T>(id) {
        Some(r) => Memo::new(move |_| r.data.with(|(_, x)| x.clone())),
        None => read(move |p| ids::find(list(p), id).cloned().unwrap_or_default()),
    }
}

/// Binds one text field of one list item: a memoised value and a setter.
pub fn item_text<T: HasId + Send + Sync + 'static>(
    list: fn(&Proposal) -> &Vec<T>,
    list_mut: fn(&mut Proposal) -> &mut Vec<T>,
    id: Id,
    get: fn(&T) -> &String,
    set: fn(&mut T, String),
) -> (Signal<String>, Callback<String>) {
    let draft = DraftState::expect();
    let value = match row_of::<T>(id) {
        Some(r) => Memo::new(move |_| r.data.with(|(_, x)| get(x).clone())),
        None => read(move |p| {
            ids::find(list(p), id)
                .map(|x| get(x).clone())
                .unwrap_or_default()
        }),
    };
    let on_input = Callback::new(move |v: String| {
        draft.edit(|p| {
            if let Some(x) = ids::find_mut(list_mut(p), id) {
                set(x, v);
            }
        })
    });
    (value.into(), on_input)
}

/// Offers undo for a deletion (the shared undo slot keeps a plain closure, so it outlives the
/// deleted row).
pub fn offer_undo(slot: UndoSlot, what: &str, restore: impl Fn() + Send + Sync + 'static) {
    slot.offer(what, restore);
}

/// Removes an item nothing else links to; the returned closure puts it back where it was.
pub fn plain_remove<T: HasId + Send + Sync + 'static>(
    p: &mut Proposal,
    id: Id,
    list_mut: fn(&mut Proposal) -> &mut Vec<T>,
) -> Option<Restore> {
    let removed = ids::remove(list_mut(p), id)?;
    Some(Box::new(move |p: &mut Proposal| {
        ids::restore(list_mut(p), removed)
    }))
}

/// Everything a keyed, reorderable, undoable list needs to know about its items.
pub struct ListSpec<T: 'static> {
    /// The list, read.
    pub list: fn(&Proposal) -> &Vec<T>,
    /// The list, to move items in.
    pub list_mut: fn(&mut Proposal) -> &mut Vec<T>,
    /// Adds a blank item, returning its id.
    pub add: fn(&mut Proposal) -> Id,
    /// Removes an item (with its links); the closure undoes it.
    pub remove: fn(&mut Proposal, Id) -> Option<Restore>,
    /// The element id of an item's first field, focused after Add and Undo.
    pub first_field: fn(Id) -> String,
    /// Words naming the item at 1-based position `n` (tracks the language).
    pub name: fn(usize, &T) -> String,
    /// Translation key of the list's accessible name.
    pub list_label: &'static str,
    /// Translation key of the Add button.
    pub add_label: &'static str,
    /// Translation key of the text shown while the list is empty.
    pub empty: &'static str,
    /// The item's fields.
    pub body: fn(Id) -> AnyView,
}

impl<T> Clone for ListSpec<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ListSpec<T> {}

/// A keyed list of cards, each with its name, move up/down and delete (with undo), and an
/// Add button that focuses the new item's first field.
pub fn id_list<T: HasId + Clone + PartialEq + Send + Sync + 'static>(
    spec: ListSpec<T>,
) -> impl IntoView {
    let draft = DraftState::expect();
    // One signal per item, set only when that item (or its position) changed. Reference
    // counted rather than owned by the memo that fills the map, which disposes of what it
    // owns on every run; each card takes its own handle.
    let rows: StoredValue<HashMap<Id, ArcRwSignal<(usize, T)>>> = StoredValue::new(HashMap::new());
    let ids_memo = Memo::new(move |_| {
        draft.proposal.with(|p| {
            let list = (spec.list)(p);
            rows.update_value(|map| {
                for (i, x) in list.iter().enumerate() {
                    match map.get(&x.id()) {
                        Some(sig) => {
                            if sig.with_untracked(|(j, y)| *j != i || y != x) {
                                sig.set((i, x.clone()));
                            }
                        }
                        None => {
                            map.insert(x.id(), ArcRwSignal::new((i, x.clone())));
                        }
                    }
                }
                if map.len() > list.len() {
                    let live: HashSet<Id> = list.iter().map(HasId::id).collect();
                    map.retain(|id, _| live.contains(id));
                }
            });
            list.iter().map(HasId::id).collect::<Vec<Id>>()
        })
    });
    let len = Memo::new(move |_| ids_memo.with(Vec::len));
    let add = move |_| {
        let mut new = None;
        draft.edit(|p| new = Some((spec.add)(p)));
        if let Some(id) = new {
            focus_later((spec.first_field)(id));
        }
    };
    view! {
        <Show when=move || len.get() == 0>
            <p class="hint">{tr(spec.empty)}</p>
        </Show>
        <ol class="list" aria-label=tr(spec.list_label)>
            <For
                each=move || ids_memo.get()
                key=|id| *id
                children=move |id: Id| {
                    rows.with_value(|m| m.get(&id).cloned()).map(|arc| {
                        item_card(spec, RowOf { id, data: RwSignal::from(arc) }, len)
                    })
                }
            />
        </ol>
        <p>
            <button type="button" class="secondary" on:click=add>{tr(spec.add_label)}</button>
        </p>
    }
}

fn item_card<T: HasId + Clone + PartialEq + Send + Sync + 'static>(
    spec: ListSpec<T>,
    row: RowOf<T>,
    len: Memo<usize>,
) -> impl IntoView {
    provide_context(row);
    let id = row.id;
    let draft = DraftState::expect();
    let slot = UndoSlot::expect();
    let pos = Memo::new(move |_| row.data.with(|(i, _)| *i));
    let name = Memo::new(move |_| row.data.with(|(i, x)| (spec.name)(i + 1, x)));
    let card_id = format!("item-{id}");
    let moved = move |up: bool| {
        let mut did = false;
        draft.edit(|p| {
            did = if up {
                ids::move_up((spec.list_mut)(p), id)
            } else {
                ids::move_down((spec.list_mut)(p), id)
            }
        });
        if did {
            // The card's DOM node moved, which drops focus: put it back on a usable button.
            focus_tool(id, up);
        }
    };
    let on_delete = Callback::new(move |_| {
        let what = capitalize(&name.get_untracked());
        let mut restore: Option<Restore> = None;
        draft.edit(|p| restore = (spec.remove)(p, id));
        if let Some(r) = restore {
            let cell = Arc::new(Mutex::new(Some(r)));
            offer_undo(slot, &what, move || {
                let taken = cell.lock().ok().and_then(|mut g| g.take());
                if let Some(r) = taken {
                    draft.edit(r);
                    focus_later((spec.first_field)(id));
                }
            });
        }
    });
    view! {
        <li class="card" id=card_id>
            <div class="card-head">
                <h3>{move || capitalize(&name.get())}</h3>
                <ItemTools
                    name=name
                    first=Signal::derive(move || pos.get() == 0)
                    last=Signal::derive(move || pos.get() + 1 >= len.get())
                    on_up=Callback::new(move |_| moved(true))
                    on_down=Callback::new(move |_| moved(false))
                    on_delete=on_delete
                />
            </div>
            {(spec.body)(id)}
        </li>
    }
}

/// Focuses the item's Up button after a move (or Down when Up became disabled).
fn focus_tool(id: Id, up: bool) {
    request_animation_frame(move || {
        let doc = document();
        let pick = |n: u8| {
            doc.query_selector(&format!("#item-{id} .tools button:nth-child({n})"))
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        };
        let first = if up { 1 } else { 2 };
        let other = if up { 2 } else { 1 };
        for n in [first, other] {
            if let Some(el) = pick(n) {
                if !el.has_attribute("disabled") {
                    let _ = el.focus();
                    return;
                }
            }
        }
    });
}

/// A labelled select. Options are `(value, label)`; with `none`, an empty-valued first option
/// stands for "not chosen".
#[component]
pub fn Choice(
    /// Element id, from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Translation key of the "not chosen" option, if the field may be empty.
    #[prop(optional)]
    none: Option<&'static str>,
    /// The choices, `(value, visible label)`.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The chosen value (`""` for none).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the newly chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <select
                id=id
                aria-describedby=described
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {none
                    .map(|key| {
                        view! {
                            <option value="" prop:selected=move || value.with(String::is_empty)>
                                {tr(key)}
                            </option>
                        }
                    })}
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let v2 = v.clone();
                            view! {
                                <option value=v prop:selected=move || value.with(|x| *x == v2)>
                                    {l}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A group of checkboxes in a fieldset: which of `options` are ticked.
#[component]
pub fn CheckGroup(
    /// Prefix of the checkboxes' element ids (the field path's id); each adds `-<value>`.
    #[prop(into)]
    id: String,
    /// Translation key of the legend.
    legend: &'static str,
    /// Translation key of the text shown when there is nothing to choose from.
    empty: &'static str,
    /// The choices, `(id, visible label)`.
    #[prop(into)]
    options: Signal<Vec<(Id, String)>>,
    /// The ticked ids.
    #[prop(into)]
    checked: Signal<Vec<Id>>,
    /// Called with an id and whether it is now ticked.
    on_toggle: Callback<(Id, bool)>,
) -> impl IntoView {
    let base = id.clone();
    view! {
        <fieldset id=id>
            <legend>{tr(legend)}</legend>
            <div class="checks">
                {move || {
                    let opts = options.get();
                    if opts.is_empty() {
                        return view! { <p class="hint">{tr(empty)}</p> }.into_any();
                    }
                    opts.into_iter()
                        .map(|(oid, label)| {
                            let box_id = format!("{base}-{oid}");
                            let box_for = box_id.clone();
                            view! {
                                <label for=box_for>
                                    <input
                                        type="checkbox"
                                        id=box_id
                                        prop:checked=move || checked.with(|c| c.contains(&oid))
                                        on:change=move |ev| on_toggle.run((oid, event_target_checked(&ev)))
                                    />
                                    {label}
                                </label>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </div>
        </fieldset>
    }
}

/// The proposal's objectives as `(id, "Objective n: text")`, shared by a step's rows through
/// context so a hundred rows do not each re-read the logframe.
#[derive(Clone, Copy)]
pub struct ObjectiveChoices(pub Memo<Vec<(Id, String)>>);

impl ObjectiveChoices {
    /// Provides the objectives for the rows of the current step.
    pub fn provide() -> ObjectiveChoices {
        let lang = crate::ui::lang::UiLang::expect();
        let draft = DraftState::expect();
        let memo = Memo::new(move |_| {
            let _ = lang.get();
            draft.proposal.with(|p| {
                p.logframe
                    .objectives
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.id, objective_label(i + 1, &o.text)))
                    .collect::<Vec<_>>()
            })
        });
        let c = ObjectiveChoices(memo);
        provide_context(c);
        c
    }

    /// The choices provided by the step.
    pub fn expect() -> ObjectiveChoices {
        expect_context::<ObjectiveChoices>()
    }
}

/// "Objective 2: Safer water" (the statement shortened).
pub fn objective_label(n: usize, text: &str) -> String {
    let base = fill(t("communication.kit_objective"), &[("n", &n.to_string())]);
    let text = short(text, 70);
    if text.is_empty() {
        base
    } else {
        format!("{base}: {text}")
    }
}

/// A citation of the report by its key in the citation table (`plenary`, `theme_5`), for
/// guidance points written in this app's words that no knowledge item carries.
pub fn report_citation(key: &str) -> Option<crate::knowledge::Citation> {
    use crate::json::FromJson;
    let table = crate::json::parse(crate::knowledge::CITATIONS.as_bytes()).ok()?;
    let citation = table.get("citations")?.get(key)?.clone();
    crate::knowledge::Citation::from_json(citation).ok()
}

//! What every editable list shares: move up/down and delete buttons that work from the
//! keyboard, an undo bar after a delete, and focus that lands somewhere sensible afterwards;
//! item names and excerpts for messages; memoised bindings to one item of a list, so typing
//! in one row re-renders nothing but that row; and the keyed, reorderable, undoable card
//! list the donor, partners, communication and budget steps are built from.
//!
//! The context, objectives and communication areas each had their own copy of these; one
//! copy here keeps their behaviour the same and the wasm smaller.

use super::lang::{t, tr};
use super::state::DraftState;
use super::widgets::{memo, read, setter};
use crate::i18n::fill;
use crate::model::ids::{self, HasId};
use crate::model::{Id, Proposal};
use leptos::prelude::*;
use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// The last deletion, undoable until the next one.
#[derive(Clone)]
pub struct Undo {
    /// What was deleted, in words, for the bar ("Objective “Safer water” deleted").
    pub message: String,
    /// Puts it back (with its links). A plain shared closure, not a `Callback`: a callback
    /// belongs to the component that made it, and that is often the very row being deleted,
    /// so it would be gone by the time the person presses Undo.
    pub restore: std::sync::Arc<dyn Fn() + Send + Sync>,
}

/// The undo slot, provided once by the app.
#[derive(Clone, Copy)]
pub struct UndoSlot(pub RwSignal<Option<Undo>>);

impl UndoSlot {
    /// Provides an empty undo slot.
    pub fn provide() {
        provide_context(UndoSlot(RwSignal::new(None)));
    }

    /// The slot provided by the app.
    pub fn expect() -> UndoSlot {
        expect_context::<UndoSlot>()
    }

    /// Records a deletion and moves focus to the Undo button, so keyboard users keep their
    /// place and hear what happened.
    pub fn offer(self, what: &str, restore: impl Fn() + Send + Sync + 'static) {
        let message = fill(t("list.deleted"), &[("what", what)]);
        self.0.set(Some(Undo {
            message,
            restore: std::sync::Arc::new(restore),
        }));
        focus_later("undo-button");
    }
}

/// Moves focus to an element once the DOM has caught up with the last change.
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}

/// The undo bar: shown after a deletion, announced to screen readers.
#[component]
pub fn UndoBar() -> impl IntoView {
    let slot = UndoSlot::expect();
    move || {
        slot.0.get().map(|undo| {
            let restore = undo.restore.clone();
            view! {
                <div class="undo" role="status">
                    <p>{undo.message.clone()}</p>
                    <button
                        type="button"
                        id="undo-button"
                        class="secondary small"
                        on:click=move |_| {
                            restore();
                            slot.0.set(None);
                        }
                    >
                        {tr("list.undo")}
                    </button>
                    <button type="button" class="secondary small" on:click=move |_| slot.0.set(None)>
                        {tr("app.dismiss")}
                    </button>
                </div>
            }
        })
    }
}

/// Move up / move down / delete buttons for one list item. Labels name the item, so a
/// screen reader says "Move objective 2 up", not just "Up".
#[component]
pub fn ItemTools(
    /// Words naming the item ("objective 2"), used in the buttons' accessible names.
    #[prop(into)]
    name: Signal<String>,
    /// The item's position in its list, from 0 (the first item's Up button is disabled).
    /// Position and length rather than first/last flags, so callers pass the memos they
    /// already have instead of each deriving two signals.
    #[prop(into)]
    pos: Signal<usize>,
    /// The list's length (the last item's Down button is disabled).
    #[prop(into)]
    len: Signal<usize>,
    /// Moves the item one place up.
    on_up: Callback<()>,
    /// Moves the item one place down.
    on_down: Callback<()>,
    /// Deletes the item (the caller offers undo).
    on_delete: Callback<()>,
) -> impl IntoView {
    let label = move |key: &'static str| move || fill(t(key), &[("what", &name.get())]);
    let at_end = move || pos.get() + 1 >= len.get();
    view! {
        <div class="tools">
            <button type="button" class="secondary small" aria-label=label("list.move_up")
                disabled=move || pos.get() == 0 on:click=move |_| on_up.run(())>"↑"</button>
            <button type="button" class="secondary small" aria-label=label("list.move_down")
                disabled=at_end on:click=move |_| on_down.run(())>"↓"</button>
            <button type="button" class="danger small" aria-label=label("list.delete")
                on:click=move |_| on_delete.run(())>{tr("list.delete_short")}</button>
        </div>
    }
}

/// A row builder for [`keyed_rows`]: shared, so `<For>` can clone it for every row.
pub type RowFn = Arc<dyn Fn(Id) -> AnyView + Send + Sync>;

/// A list of rows keyed by item id, each row built by `row` under its own reactive owner.
///
/// Every `<For>` written in a view is its own copy of Leptos's keyed-diff code, specialised
/// for that call's closures (6–8 KB of wasm each). Every list in the app goes through this
/// one function instead, with the row builder behind an `Arc<dyn Fn>`, so that code is
/// compiled once.
pub fn keyed_rows(
    each: impl Into<Signal<Vec<Id>>>,
    row: impl Fn(Id) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    keyed_rows_erased(each.into(), Arc::new(row))
}

#[inline(never)]
fn keyed_rows_erased(each: Signal<Vec<Id>>, row: RowFn) -> AnyView {
    view! { <For each=move || each.get() key=|id| *id children=move |id| row(id) /> }.into_any()
}

/// The element id of a field path: `objectives.7.text` → `f-objectives-7-text`. Review links
/// and the Add and Undo buttons focus fields by these ids.
pub fn field_id(path: &str) -> String {
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

/// `text` when it has at most `max` characters, else its first `keep` characters and an
/// ellipsis (with the cut's trailing spaces dropped when `tidy`). The three ways below of
/// shortening an item's text differ in length and spacing, and each is what its screens
/// (and their tests) show, so they keep their own rules on one implementation.
fn clip(text: &str, max: usize, keep: usize, tidy: bool) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(keep).collect();
    let cut = if tidy { cut.trim_end() } else { cut.as_str() };
    format!("{cut}…")
}

/// Shortens text for headings and tables to at most `max` characters, ellipsis included.
pub fn short(text: &str, max: usize) -> String {
    clip(text.trim(), max, max.saturating_sub(1), true)
}

/// At most `max` characters of a one-line summary of `text`, with an ellipsis if cut.
pub fn one_line(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    clip(&line, max, max, false)
}

/// A short excerpt of what a person typed, to name an item in messages.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    clip(text.trim(), max_chars, max_chars, false)
}

/// What the undo bar says: the item's name, and its text when it has one.
pub fn deleted_what(name: &str, text: &str) -> String {
    let name = capitalize(name);
    if text.trim().is_empty() {
        name
    } else {
        format!("{name} “{}”", short(text, 40))
    }
}

/// Names an item for buttons and messages: `partner 3` or `partner 3 “Name”`.
pub fn item_name(key: &str, n: usize, label: &str) -> String {
    let base = fill(t(key), &[("n", &n.to_string())]);
    let label = one_line(label, 40);
    if label.is_empty() {
        base
    } else {
        format!("{base} “{label}”")
    }
}

/// Offers undo for a deletion (the shared undo slot keeps a plain closure, so it outlives the
/// deleted row).
pub fn offer_undo(what: &str, restore: impl Fn() + Send + Sync + 'static) {
    UndoSlot::expect().offer(what, restore);
}

/// After an item moved, puts focus back on its Up button (or Down when Up became disabled):
/// moving the element in the page takes focus away from it. `row_id` is the element id of
/// the item's row, which holds its [`ItemTools`].
pub fn refocus_tools(row_id: String, up: bool) {
    request_animation_frame(move || {
        let doc = document();
        let pick = |i: u32| {
            doc.query_selector(&format!("#{row_id} .tools button:nth-child({i})"))
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        };
        let (first, other) = if up { (1, 2) } else { (2, 1) };
        let usable = |el: &web_sys::HtmlElement| !el.has_attribute("disabled");
        if let Some(el) = pick(first)
            .filter(usable)
            .or_else(|| pick(other).filter(usable))
        {
            let _ = el.focus();
        }
    });
}

// ----- bindings to one item of a list -----

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
    let value = memo(move || src.with(|s| s.as_ref().map(|x| get(x).clone()).unwrap_or_default()));
    (value.into(), setter(Box::new(set)))
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
    let value = memo(move || src.with(|s| s.as_ref().is_some_and(get)));
    (value.into(), setter(Box::new(set)))
}

/// A memo of one item of a list memo, by id.
pub fn item_of<T>(list: Memo<Vec<T>>, id: Id) -> Memo<Option<T>>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| crate::model::ids::find(l, id).cloned()))
}

/// Position of an item in a list memo, and the list's length (for the arrows' states).
pub fn place_in<T>(list: Memo<Vec<T>>, id: Id) -> Memo<(usize, usize)>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| (crate::model::ids::position(l, id).unwrap_or(0), l.len())))
}

/// The ids of a list memo, in order, for `<For>`.
pub fn ids_of<T>(list: Memo<Vec<T>>) -> Memo<Vec<Id>>
where
    T: crate::model::HasId + Clone + PartialEq + Send + Sync + 'static,
{
    memo(move || list.with(|l| l.iter().map(|x| x.id()).collect()))
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
        Some(r) => memo(move || r.data.with(|(_, x)| x.clone())),
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
        Some(r) => memo(move || r.data.with(|(_, x)| get(x).clone())),
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

// ----- the card list -----

/// Puts a removed item (and whatever links its removal cleared) back.
pub type Restore = Box<dyn FnOnce(&mut Proposal) + Send + Sync>;

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

/// A row's copy of its item, seen without the item's type, so that the list's bookkeeping
/// (the map of rows, the walk over the list) is compiled once rather than once per item type.
trait RowCell: Send + Sync {
    /// Stores `x` (an item of the row's type) at position `i`, notifying only if either changed.
    fn refresh(&self, i: usize, x: &dyn Any);
    /// The row's signal, for the card, which knows the type, to downcast.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Clone + PartialEq + Send + Sync + 'static> RowCell for ArcRwSignal<(usize, T)> {
    fn refresh(&self, i: usize, x: &dyn Any) {
        if let Some(x) = x.downcast_ref::<T>() {
            if self.with_untracked(|(j, y)| *j != i || y != x) {
                self.set((i, x.clone()));
            }
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// One row's cell, shared by the list's map and the row's card.
type Cell = Arc<dyn RowCell>;

/// The rows of a list by item id.
type Rows = HashMap<Id, Cell>;

/// Brings the rows in line with the list: `items` yields each item's id and value in order,
/// `make` makes the cell of a new row. Returns the ids in order.
fn sync_rows(
    rows: &mut Rows,
    items: &mut dyn Iterator<Item = (Id, &dyn Any)>,
    make: fn(usize, &dyn Any) -> Option<Cell>,
) -> Vec<Id> {
    let mut order = Vec::new();
    for (i, (id, x)) in items.enumerate() {
        match rows.get(&id) {
            Some(cell) => cell.refresh(i, x),
            None => {
                if let Some(cell) = make(i, x) {
                    rows.insert(id, cell);
                }
            }
        }
        order.push(id);
    }
    if rows.len() > order.len() {
        let live: HashSet<Id> = order.iter().copied().collect();
        rows.retain(|id, _| live.contains(id));
    }
    order
}

/// A new row cell holding `x`, an item of type `T`.
fn new_cell<T: Clone + PartialEq + Send + Sync + 'static>(i: usize, x: &dyn Any) -> Option<Cell> {
    let x = x.downcast_ref::<T>()?.clone();
    Some(Arc::new(ArcRwSignal::new((i, x))))
}

/// A keyed list of cards, each with its name, move up/down and delete (with undo), and an
/// Add button that focuses the new item's first field.
pub fn id_list<T: HasId + Clone + PartialEq + Send + Sync + 'static>(spec: ListSpec<T>) -> AnyView {
    let draft = DraftState::expect();
    // One signal per item, set only when that item (or its position) changed. Reference
    // counted rather than owned by the memo that fills the map, which disposes of what it
    // owns on every run; each card takes its own handle.
    let rows: StoredValue<Rows> = StoredValue::new(HashMap::new());
    let ids_memo = memo(move || {
        draft.proposal.with(|p| {
            let mut items = (spec.list)(p).iter().map(|x| (x.id(), x as &dyn Any));
            rows.try_update_value(|map| sync_rows(map, &mut items, new_cell::<T>))
                .unwrap_or_default()
        })
    });
    let len = memo(move || ids_memo.with(Vec::len));
    let add = Callback::new(move |_| {
        let mut new = None;
        draft.edit(|p| new = Some((spec.add)(p)));
        if let Some(id) = new {
            focus_later((spec.first_field)(id));
        }
    });
    let row = move |id: Id| {
        rows.with_value(|m| {
            m.get(&id).and_then(|c| {
                c.as_any()
                    .downcast_ref::<ArcRwSignal<(usize, T)>>()
                    .cloned()
            })
        })
        .map(|arc| {
            item_card(
                spec,
                RowOf {
                    id,
                    data: RwSignal::from(arc),
                },
                len,
            )
        })
        .into_any()
    };
    list_frame(
        spec.empty,
        spec.list_label,
        spec.add_label,
        len,
        add,
        keyed_rows(ids_memo, row),
    )
}

/// What every list around its cards looks like. Not generic, so the view is compiled once
/// rather than once per item type (ten lists share it).
fn list_frame(
    empty: &'static str,
    list_label: &'static str,
    add_label: &'static str,
    len: Memo<usize>,
    add: Callback<()>,
    rows: AnyView,
) -> AnyView {
    view! {
        <Show when=move || len.get() == 0>
            <p class="hint">{tr(empty)}</p>
        </Show>
        <ol class="list" aria-label=tr(list_label)>
            {rows}
        </ol>
        <p>
            <button type="button" class="secondary" on:click=move |_| add.run(())>{tr(add_label)}</button>
        </p>
    }
    .into_any()
}

/// The per-item-type part of a card: reads the item's name and position and wires the tools
/// to the item's list; the view itself is [`card_view`], shared by every item type.
fn item_card<T: HasId + Clone + PartialEq + Send + Sync + 'static>(
    spec: ListSpec<T>,
    row: RowOf<T>,
    len: Memo<usize>,
) -> AnyView {
    provide_context(row);
    let id = row.id;
    let pos = memo(move || row.data.with(|(i, _)| *i));
    let name = memo(move || row.data.with(|(i, x)| (spec.name)(i + 1, x)));
    let list_mut = spec.list_mut;
    let (on_up, on_down) = move_callbacks(
        format!("item-{id}"),
        Arc::new(move |p: &mut Proposal, up: bool| shift(list_mut(p), id, up)),
    );
    let on_delete = delete_callback(id, name, spec.remove, spec.first_field);
    card_view(
        id,
        name,
        pos,
        len,
        on_up,
        on_down,
        on_delete,
        (spec.body)(id),
    )
}

/// Moves item `id` one place up or down in `list`; says whether it moved.
pub fn shift<T: HasId>(list: &mut [T], id: Id, up: bool) -> bool {
    if up {
        ids::move_up(list, id)
    } else {
        ids::move_down(list, id)
    }
}

/// Moves an item in the draft: `shift(p, up)` says whether it moved.
pub type Shift = Arc<dyn Fn(&mut Proposal, bool) -> bool + Send + Sync>;

/// The Up and Down callbacks of an item's [`ItemTools`]. After a move the row's element
/// (`row_id`) was re-inserted, which drops focus, so focus goes back to a usable arrow.
/// One non-generic function for every list, so the callbacks are compiled once.
pub fn move_callbacks(row_id: String, shift: Shift) -> (Callback<()>, Callback<()>) {
    let draft = DraftState::expect();
    let moved = move |up: bool| {
        let mut did = false;
        draft.edit(|p| did = shift(p, up));
        if did {
            refocus_tools(row_id.clone(), up);
        }
    };
    let moved = Arc::new(moved);
    let down = moved.clone();
    (
        Callback::new(move |_| moved(true)),
        Callback::new(move |_| down(false)),
    )
}

/// The Delete callback of a card: removes the item, offers undo, and after Undo focuses the
/// item's first field.
fn delete_callback(
    id: Id,
    name: Memo<String>,
    remove: fn(&mut Proposal, Id) -> Option<Restore>,
    first_field: fn(Id) -> String,
) -> Callback<()> {
    let draft = DraftState::expect();
    let slot = UndoSlot::expect();
    Callback::new(move |_| {
        let what = capitalize(&name.get_untracked());
        let mut restore: Option<Restore> = None;
        draft.edit(|p| restore = remove(p, id));
        if let Some(r) = restore {
            let cell = Arc::new(Mutex::new(Some(r)));
            slot.offer(&what, move || {
                let taken = cell.lock().ok().and_then(|mut g| g.take());
                if let Some(r) = taken {
                    draft.edit(r);
                    focus_later(first_field(id));
                }
            });
        }
    })
}

/// One card: its heading, its tools and its fields.
#[allow(clippy::too_many_arguments)]
fn card_view(
    id: Id,
    name: Memo<String>,
    pos: Memo<usize>,
    len: Memo<usize>,
    on_up: Callback<()>,
    on_down: Callback<()>,
    on_delete: Callback<()>,
    body: AnyView,
) -> AnyView {
    view! {
        <li class="card" id=format!("item-{id}")>
            <div class="card-head">
                <h3>{move || capitalize(&name.get())}</h3>
                <ItemTools
                    name=name
                    pos
                    len
                    on_up
                    on_down
                    on_delete
                />
            </div>
            {body}
        </li>
    }
    .into_any()
}

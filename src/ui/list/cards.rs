//! The keyed, reorderable, undoable card list the donor, partners, communication and budget
//! steps are built from.

use super::*;

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
    let add = add_then_focus(move |p| Some((spec.add)(p)), spec.first_field);
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

/// One card: its heading and tools, wired to the item's list, then its fields.
fn item_card<T: HasId + Clone + PartialEq + Send + Sync + 'static>(
    spec: ListSpec<T>,
    row: RowOf<T>,
    len: Memo<usize>,
) -> AnyView {
    provide_context(row);
    let id = row.id;
    let place = memo(move || (row.data.with(|(i, _)| *i), len.get()));
    let name = memo(move || row.data.with(|(i, x)| (spec.name)(i + 1, x)));
    let (list_mut, remove) = (spec.list_mut, spec.remove);
    let controls = ItemControls::new(
        name.into(),
        place,
        format!("item-{id}"),
        Arc::new(move |p: &mut Proposal, up: bool| shift(list_mut(p), id, up)),
        Deletion {
            what: Box::new(move || capitalize(&name.get_untracked())),
            remove: Arc::new(move |p: &mut Proposal| remove(p, id)),
            refocus: Some((spec.first_field)(id)),
        },
    );
    card_view(id, name, controls, (spec.body)(id))
}

/// One card's view, shared by every item type.
fn card_view(id: Id, name: Memo<String>, controls: ItemControls, body: AnyView) -> AnyView {
    view! {
        <li class="card" id=format!("item-{id}")>
            {controls.card_head(3, None, move || capitalize(&name.get()))}
            {body}
        </li>
    }
    .into_any()
}

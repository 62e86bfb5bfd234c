//! Bindings to one item of a list: each reads a memo of that item rather than the whole draft,
//! so typing in one row re-renders nothing but that row.

use super::*;

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

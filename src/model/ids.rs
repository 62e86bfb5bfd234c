//! Stable ids and the generic list operations every list in the proposal shares.
//!
//! Every item in every list carries an [`Id`] taken from the proposal's single counter
//! (`meta.next_id`), so an id is unique across the whole document. Links between items hold
//! ids, never indexes, which is why reordering and deleting cannot make a link point at the
//! wrong item.

/// Stable identifier of a list item, unique across one proposal. Serialised as a plain number.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Id(pub u32);

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The id counter a proposal allocates from. A new proposal starts at 1; `0` is never handed
/// out, so a default `Id(0)` always shows up as a problem rather than colliding with an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct IdCounter(pub u32);

impl Default for IdCounter {
    fn default() -> Self {
        IdCounter(1)
    }
}

impl IdCounter {
    /// Hands out the next id and advances the counter.
    ///
    /// At `u32::MAX` the counter stops advancing (four billion items is far beyond any real
    /// proposal); validation would then report the duplicate instead of the app panicking.
    pub fn alloc(&mut self) -> Id {
        let id = Id(self.0.max(1));
        self.0 = id.0.saturating_add(1);
        id
    }
}

/// Anything stored in a list with a stable id.
pub trait HasId {
    /// The item's id.
    fn id(&self) -> Id;
}

/// An item taken out of a list, with where it was, so the UI can offer "undo".
#[derive(Clone, Debug, PartialEq)]
pub struct Removed<T> {
    /// The item as it was when removed.
    pub item: T,
    /// Its index in the list before removal.
    pub index: usize,
}

/// Allocates a fresh id, builds the item with it, appends it, and returns the id.
///
/// Takes the counter and the list separately so callers can borrow two fields of one
/// proposal at once: `add(&mut p.meta.next_id, &mut p.priorities, Priority::new)`.
pub fn add<T: HasId>(counter: &mut IdCounter, list: &mut Vec<T>, make: impl FnOnce(Id) -> T) -> Id {
    let id = counter.alloc();
    list.push(make(id));
    id
}

/// Index of the item with this id.
pub fn position<T: HasId>(list: &[T], id: Id) -> Option<usize> {
    list.iter().position(|x| x.id() == id)
}

/// The item with this id.
pub fn find<T: HasId>(list: &[T], id: Id) -> Option<&T> {
    list.iter().find(|x| x.id() == id)
}

/// The item with this id, mutably.
pub fn find_mut<T: HasId>(list: &mut [T], id: Id) -> Option<&mut T> {
    list.iter_mut().find(|x| x.id() == id)
}

/// Removes the item with this id; returns it and its former index, or `None` if absent.
///
/// This only touches the list itself; removing something other items link to should go
/// through the `Proposal::remove_*` methods, which also clear those links.
pub fn remove<T: HasId>(list: &mut Vec<T>, id: Id) -> Option<Removed<T>> {
    let index = position(list, id)?;
    Some(Removed {
        item: list.remove(index),
        index,
    })
}

/// Puts a removed item back where it was (or at the end if the list has since shrunk).
pub fn restore<T>(list: &mut Vec<T>, removed: Removed<T>) {
    let index = removed.index.min(list.len());
    list.insert(index, removed.item);
}

/// Moves the item one place towards the start. Returns whether anything moved.
pub fn move_up<T: HasId>(list: &mut [T], id: Id) -> bool {
    match position(list, id) {
        Some(i) if i > 0 => {
            list.swap(i - 1, i);
            true
        }
        _ => false,
    }
}

/// Moves the item one place towards the end. Returns whether anything moved.
pub fn move_down<T: HasId>(list: &mut [T], id: Id) -> bool {
    match position(list, id) {
        Some(i) if i + 1 < list.len() => {
            list.swap(i, i + 1);
            true
        }
        _ => false,
    }
}

/// Implements [`HasId`] for structs with an `id: Id` field.
macro_rules! impl_has_id {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::model::ids::HasId for $t {
            fn id(&self) -> $crate::model::ids::Id {
                self.id
            }
        })*
    };
}
pub(crate) use impl_has_id;

/// Gives structs with an `id: Id` field and a `Default` a `new(id)` that makes a blank item.
macro_rules! blank_new {
    ($($t:ty),* $(,)?) => {
        $(impl $t {
            /// A blank item with this id.
            pub fn new(id: $crate::model::ids::Id) -> Self {
                Self { id, ..Default::default() }
            }
        })*
    };
}
pub(crate) use blank_new;

/// Declares a catalogue enum whose values have stable snake_case ids, used alike in JSON, in
/// field paths and as translation keys, with `ALL`, `as_str` and `from_id`.
macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $v),*
        }
        impl $name {
            /// Every value, in catalogue order.
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The stable id used in JSON, field paths and translation keys.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),* }
            }
            /// Looks a value up by its stable id.
            pub fn from_id(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$v),)* _ => None }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use id_enum;

/// Turns `item` on or off in a set of catalogue choices kept in catalogue order (`all`), so a
/// checkbox list stores the same order whatever order the person ticks in.
pub fn toggle_in_order<T: Copy + PartialEq>(list: &mut Vec<T>, all: &[T], item: T, on: bool) {
    let next: Vec<T> = all
        .iter()
        .copied()
        .filter(|x| if *x == item { on } else { list.contains(x) })
        .collect();
    *list = next;
}

#[cfg(test)]
mod toggle_tests {
    use super::toggle_in_order;

    #[test]
    fn choices_stay_in_catalogue_order() {
        let all = [1, 2, 3, 4];
        let mut list = vec![];
        toggle_in_order(&mut list, &all, 3, true);
        toggle_in_order(&mut list, &all, 1, true);
        assert_eq!(list, vec![1, 3]);
        toggle_in_order(&mut list, &all, 3, false);
        assert_eq!(list, vec![1]);
        toggle_in_order(&mut list, &all, 1, true);
        assert_eq!(list, vec![1], "ticking twice adds nothing");
    }
}

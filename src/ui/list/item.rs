//! One item of an editable list as its tools see it: its name and place, and what its move up,
//! move down and delete buttons do. A move puts focus back on the item's arrows; a delete
//! offers undo. Every item component, nested or not, builds its tools here and keeps only its
//! own fields.

use super::*;

/// Puts a removed item (and whatever links its removal cleared) back.
pub type Restore = Box<dyn FnOnce(&mut Proposal) + Send + Sync>;

/// Removes an item from the draft (with whatever links to it); the closure puts it back.
pub type Remove = Arc<dyn Fn(&mut Proposal) -> Option<Restore> + Send + Sync>;

/// How an item is deleted and undeleted.
pub struct Deletion {
    /// The item in words for the undo bar ("Objective 2 “Safer water”"), read when Delete is
    /// pressed.
    pub what: Box<dyn Fn() -> String + Send + Sync>,
    /// Removes the item.
    pub remove: Remove,
    /// The element focused after Undo, if any (else focus stays where the bar leaves it).
    pub refocus: Option<String>,
}

/// One list item's tools: the words naming it, its place, and its buttons' callbacks.
#[derive(Clone, Copy)]
pub struct ItemControls {
    /// Words naming the item ("objective 2").
    pub name: Signal<String>,
    /// Its position in its list, from 0.
    pub pos: Signal<usize>,
    /// The list's length.
    pub len: Signal<usize>,
    /// Moves it one place up.
    pub on_up: Callback<()>,
    /// Moves it one place down.
    pub on_down: Callback<()>,
    /// Deletes it and offers undo.
    pub on_delete: Callback<()>,
}

impl ItemControls {
    /// Wires an item's tools: `place` is its position and its list's length, `row_id` the
    /// element id of its row (focus returns to its arrows after a move), `shift` moves it in
    /// the draft.
    pub fn new(
        name: Signal<String>,
        place: Memo<(usize, usize)>,
        row_id: String,
        shift: Shift,
        deletion: Deletion,
    ) -> Self {
        let (on_up, on_down) = move_callbacks(row_id, shift);
        ItemControls {
            name,
            pos: Signal::derive(move || place.get().0),
            len: Signal::derive(move || place.get().1),
            on_up,
            on_down,
            on_delete: delete_callback(deletion),
        }
    }

    /// The item's move and delete buttons.
    pub fn tools(self) -> AnyView {
        let ItemControls {
            name,
            pos,
            len,
            on_up,
            on_down,
            on_delete,
        } = self;
        view! { <ItemTools name pos len on_up on_down on_delete /> }.into_any()
    }

    /// A card's head: the item's heading (of `level`, 2 to 6, with `heading_id` for
    /// `aria-labelledby`) beside its tools.
    pub fn card_head(
        self,
        level: u8,
        heading_id: Option<String>,
        heading: impl IntoView + 'static,
    ) -> AnyView {
        card_head_view(level, heading_id, heading.into_any(), self.tools())
    }
}

/// A list that belongs to an owner inside the draft: an objective's outputs, an output's
/// activities, the goal's or an objective's indicators and assumptions.
pub struct OwnedList<O, T> {
    /// The owner's list, if the owner is still there.
    pub list: fn(&mut Proposal, O) -> Option<&mut Vec<T>>,
    /// Removes an item, saying whose list it left.
    pub remove: fn(&mut Proposal, Id) -> Option<RemovedFrom<O, T>>,
}

/// An item removed from an owner's list, with the owner.
pub type RemovedFrom<O, T> = (O, ids::Removed<T>);

impl ItemControls {
    /// Wires the tools of item `id` of `owner`'s list: its row is `item-{id}`, the undo bar
    /// quotes `quote` after its name, and Undo puts it back in its owner's list.
    pub fn owned<O, T>(
        name: Signal<String>,
        quote: Signal<String>,
        place: Memo<(usize, usize)>,
        owner: O,
        id: Id,
        lists: OwnedList<O, T>,
    ) -> Self
    where
        O: Copy + Send + Sync + 'static,
        T: HasId + Send + Sync + 'static,
    {
        let OwnedList { list, remove } = lists;
        ItemControls::new(
            name,
            place,
            format!("item-{id}"),
            Arc::new(move |p: &mut Proposal, up: bool| {
                if let Some(l) = list(p, owner) {
                    shift(l, id, up);
                }
                true
            }),
            Deletion {
                what: Box::new(move || {
                    name_and_quote(&name.get_untracked(), &quote.get_untracked())
                }),
                remove: Arc::new(move |p: &mut Proposal| {
                    let (from, r) = remove(p, id)?;
                    Some(Box::new(move |p: &mut Proposal| {
                        if let Some(l) = list(p, from) {
                            ids::restore(l, r);
                        }
                    }) as Restore)
                }),
                refocus: None,
            },
        )
    }
}

/// The Add button's callback of a list: `add` adds a blank item and returns its id, and focus
/// goes to that item's field `field(id)` once it is drawn.
pub fn add_then_focus(
    add: impl Fn(&mut Proposal) -> Option<Id> + Send + Sync + 'static,
    field: impl Fn(Id) -> String + Send + Sync + 'static,
) -> Callback<()> {
    let draft = DraftState::expect();
    Callback::new(move |()| {
        let mut new = None;
        draft.edit(|p| new = add(p));
        if let Some(id) = new {
            focus_later(field(id));
        }
    })
}

/// The view of [`ItemControls::card_head`], compiled once.
fn card_head_view(level: u8, id: Option<String>, heading: AnyView, tools: AnyView) -> AnyView {
    let heading = match level {
        2 => view! { <h2 id=id>{heading}</h2> }.into_any(),
        3 => view! { <h3 id=id>{heading}</h3> }.into_any(),
        4 => view! { <h4 id=id>{heading}</h4> }.into_any(),
        5 => view! { <h5 id=id>{heading}</h5> }.into_any(),
        _ => view! { <h6 id=id>{heading}</h6> }.into_any(),
    };
    view! {
        <div class="card-head">
            {heading}
            {tools}
        </div>
    }
    .into_any()
}

/// The position of item `id` among `order` (the list's ids), and the list's length.
pub fn place_among(order: Memo<Vec<Id>>, id: Id) -> Memo<(usize, usize)> {
    memo(move || order.with(|l| (l.iter().position(|x| *x == id).unwrap_or(0), l.len())))
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

/// The Delete callback of an item: removes it, offers undo, and after Undo focuses the
/// element the deletion names. One non-generic function for every list.
fn delete_callback(deletion: Deletion) -> Callback<()> {
    let draft = DraftState::expect();
    let slot = UndoSlot::expect();
    let Deletion {
        what,
        remove,
        refocus,
    } = deletion;
    Callback::new(move |_| {
        let what = what();
        let mut restore: Option<Restore> = None;
        draft.edit(|p| restore = remove(p));
        if let Some(r) = restore {
            let cell = Arc::new(Mutex::new(Some(r)));
            let refocus = refocus.clone();
            slot.offer(&what, move || {
                let taken = cell.lock().ok().and_then(|mut g| g.take());
                if let Some(r) = taken {
                    draft.edit(r);
                    if let Some(el) = &refocus {
                        focus_later(el.clone());
                    }
                }
            });
        }
    })
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
            app_focus(&el);
        }
    });
}

//! What every editable list shares: move up/down and delete buttons that work from the
//! keyboard, wired once for every item, nested or not; an undo bar after a delete, and focus
//! that lands somewhere sensible afterwards; item labels and excerpts for messages; memoised bindings to one item of a list, so typing
//! in one row re-renders nothing but that row; and the keyed, reorderable, undoable card
//! list the donor, partners, communication and budget steps are built from.
//!
//! Every step's lists use this one copy, which keeps their behaviour the same and the wasm
//! smaller.

mod bind;
mod cards;
mod item;
mod item_labels;

pub use bind::*;
pub use cards::*;
pub use item::*;
pub use item_labels::*;

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

/// Focuses the element with this id in the next frame (once a just-drawn view is in the page),
/// unless the person has moved focus somewhere else of their own in between: a keystroke that
/// lands in the field they went to must not be taken by the one the app meant.
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    let before = document().active_element();
    request_animation_frame(move || {
        if focus_moved_on(before.as_ref()) {
            return;
        }
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                app_focus(&el);
            }
        }
    });
}

thread_local! {
    /// The element the app itself focused last: focus the app moved is not the person moving on.
    static APP_FOCUSED: std::cell::RefCell<Option<web_sys::Element>> =
        const { std::cell::RefCell::new(None) };
}

/// Moves focus to `el` on the app's own account (a step heading, a restored item, the Undo
/// button): [`focus_moved_on`] does not take it for the person going somewhere.
pub fn app_focus(el: &web_sys::HtmlElement) {
    if el.focus().is_ok() {
        APP_FOCUSED.with(|last| *last.borrow_mut() = Some(el.clone().into()));
    }
}

/// Whether the person has moved focus themselves since it was on `before` (where it was when a
/// focus move was asked for): it is now on another element in the page, which is neither the
/// body (focus falls back there when its element is removed) nor one the app focused itself.
pub fn focus_moved_on(before: Option<&web_sys::Element>) -> bool {
    let doc = document();
    let body = doc.body().map(web_sys::Element::from);
    let by_app = APP_FOCUSED.with(|last| last.borrow().clone());
    doc.active_element().is_some_and(|now| {
        now.is_connected()
            && Some(&now) != before
            && Some(&now) != body.as_ref()
            && Some(&now) != by_app.as_ref()
    })
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

/// Offers undo for a deletion (the shared undo slot keeps a plain closure, so it outlives the
/// deleted row).
pub fn offer_undo(what: &str, restore: impl Fn() + Send + Sync + 'static) {
    UndoSlot::expect().offer(what, restore);
}

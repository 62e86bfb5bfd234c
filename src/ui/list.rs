//! What every editable list shares: move up/down and delete buttons that work from the
//! keyboard, an undo bar after a delete, and focus that lands somewhere sensible afterwards.

use super::lang::{t, tr};
use crate::i18n::fill;
use crate::model::Id;
use leptos::prelude::*;
use std::sync::Arc;

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
    /// Whether the item is first (its Up button is disabled).
    #[prop(into)]
    first: Signal<bool>,
    /// Whether the item is last (its Down button is disabled).
    #[prop(into)]
    last: Signal<bool>,
    /// Moves the item one place up.
    on_up: Callback<()>,
    /// Moves the item one place down.
    on_down: Callback<()>,
    /// Deletes the item (the caller offers undo).
    on_delete: Callback<()>,
) -> impl IntoView {
    let label = move |key: &'static str| move || fill(t(key), &[("what", &name.get())]);
    view! {
        <div class="tools">
            <button type="button" class="secondary small" aria-label=label("list.move_up")
                disabled=move || first.get() on:click=move |_| on_up.run(())>"↑"</button>
            <button type="button" class="secondary small" aria-label=label("list.move_down")
                disabled=move || last.get() on:click=move |_| on_down.run(())>"↓"</button>
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

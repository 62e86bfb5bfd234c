//! Assumptions of the goal or of an objective: conditions outside the project's control.

use super::fields::SubList;
use crate::i18n::fill;
use crate::model::{ids, Assumption, Id, Proposal};
use crate::ui::lang::t;
use crate::ui::list::{
    bind_in, deleted_what, field_id, focus_later, ids_of, item_of, keyed_rows, move_callbacks,
    offer_undo, place_in, shift, ItemTools,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::TextArea;
use leptos::prelude::*;
use std::sync::Arc;

fn list_mut(p: &mut Proposal, owner: Option<Id>) -> Option<&mut Vec<Assumption>> {
    match owner {
        None => Some(&mut p.logframe.goal.assumptions),
        Some(o) => p.objective_mut(o).map(|o| &mut o.assumptions),
    }
}

/// The assumptions of the goal (`owner = None`) or an objective.
#[component]
pub fn AssumptionList(
    /// `None` for the goal, else the objective's id.
    owner: Option<Id>,
    /// The assumptions, memoised by the owner.
    list: Memo<Vec<Assumption>>,
    /// Field-path prefix of the owner (`objectives.goal`, `objectives.7`).
    #[prop(into)]
    prefix: String,
    /// The owner in words, for headings and button names.
    owner_name: Signal<String>,
    /// Heading level of the list's title.
    level: u8,
) -> impl IntoView {
    let draft = DraftState::expect();
    let list_ids = ids_of(list);
    let heading_id = format!("h-{}-assumptions", prefix.replace('.', "-"));
    let add_prefix = prefix.clone();
    let add = Callback::new(move |()| {
        let mut new = None;
        draft.edit(|p| new = p.add_assumption(owner));
        if let Some(id) = new {
            focus_later(field_id(&format!("{add_prefix}.assumptions.{id}.text")));
        }
    });
    let rows = keyed_rows(list_ids, move |id| {
        view! { <AssumptionItem owner list id prefix=prefix.clone() owner_name /> }.into_any()
    });
    view! {
        <SubList level heading_id title_key="objectives.assumptions_of" add_key="objectives.add_assumption"
            owner_name ids=list_ids on_add=add rows />
    }
}

#[component]
fn AssumptionItem(
    /// `None` for the goal, else the objective's id.
    owner: Option<Id>,
    /// The owner's assumptions.
    list: Memo<Vec<Assumption>>,
    /// The assumption.
    id: Id,
    /// Field-path prefix of the owner.
    prefix: String,
    /// The owner in words.
    owner_name: Signal<String>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let item = item_of(list, id);
    let place = place_in(list, id);
    let pos = memo(move || place.get().0);
    let len = memo(move || place.get().1);
    let name = Signal::derive(move || {
        fill(
            t("objectives.assumption_of"),
            &[
                ("n", &(pos.get() + 1).to_string()),
                ("owner", &owner_name.get()),
            ],
        )
    });
    let (text, set_text) = bind_in(
        item,
        |a| &a.text,
        move |p, v| {
            if let Some(a) = list_mut(p, owner).and_then(|l| ids::find_mut(l, id)) {
                a.text = v;
            }
        },
    );
    let item_id = format!("item-{id}");
    // After a move, focus goes back to this item's arrows (the row is drawn again).
    let (on_up, on_down) = move_callbacks(
        item_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            if let Some(l) = list_mut(p, owner) {
                shift(l, id, up);
            }
            true
        }),
    );
    let on_delete = Callback::new(move |_| {
        let what = deleted_what(&name.get_untracked(), &text.get_untracked());
        let mut removed = None;
        draft.edit(|p| removed = p.remove_assumption(id));
        if let Some((from, r)) = removed {
            offer_undo(&what, move || {
                let r = r.clone();
                draft.edit(|p| {
                    if let Some(l) = list_mut(p, from) {
                        ids::restore(l, r);
                    }
                });
            });
        }
    });
    let label_id = field_id(&format!("{prefix}.assumptions.{id}.text"));
    view! {
        <li id=item_id class="item assumption">
            <TextArea id=label_id label="objectives.assumption" value=text on_input=set_text rows=2 />
            <ItemTools
                name
                pos
                len
                on_up
                on_down
                on_delete
            />
        </li>
    }
}

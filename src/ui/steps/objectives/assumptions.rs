//! Assumptions of the goal or of an objective: conditions outside the project's control.

use super::fields::{owned_list, ListOwner, SubListKind};
use crate::i18n::fill;
use crate::model::{ids, Assumption, Id, Proposal};
use crate::ui::lang::t;
use crate::ui::list::{
    bind_in, ids_of, item_of, name_and_quote, place_in, shift, Deletion, ItemControls, Restore,
};
use crate::ui::widgets::TextArea;
use leptos::prelude::*;

fn list_mut(p: &mut Proposal, owner: Option<Id>) -> Option<&mut Vec<Assumption>> {
    match owner {
        None => Some(&mut p.logframe.goal.assumptions),
        Some(o) => p.objective_mut(o).map(|o| &mut o.assumptions),
    }
}

/// The assumption lists.
const ASSUMPTIONS: SubListKind = SubListKind {
    list: "assumptions",
    title_key: "objectives.assumptions_of",
    add_key: "objectives.add_assumption",
    empty_hint: None,
    first_field: "text",
    add: Proposal::add_assumption,
};

/// The assumptions of the goal or an objective.
#[component]
pub fn AssumptionList(
    /// Whose assumptions they are: the goal or an objective.
    owner: ListOwner,
    /// The assumptions, memoised by the owner.
    list: Memo<Vec<Assumption>>,
) -> impl IntoView {
    owned_list(&owner.clone(), &ASSUMPTIONS, ids_of(list), move |id| {
        view! { <AssumptionItem owner=owner.clone() list id /> }.into_any()
    })
}

#[component]
fn AssumptionItem(
    /// Whose assumption it is: the goal or an objective.
    owner: ListOwner,
    /// The owner's assumptions.
    list: Memo<Vec<Assumption>>,
    /// The assumption.
    id: Id,
) -> impl IntoView {
    let label_id = owner.field_id("assumptions", id, "text");
    let (owner_name, owner) = (owner.name, owner.id);
    let item = item_of(list, id);
    let place = place_in(list, id);
    let name = Signal::derive(move || {
        fill(
            t("objectives.assumption_of"),
            &[
                ("n", &(place.get().0 + 1).to_string()),
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
    // Not `ItemControls::owned`: removing an assumption also clears it from the risks that
    // name it, and Undo puts it back there too.
    let controls = ItemControls::new(
        name,
        place,
        format!("item-{id}"),
        std::sync::Arc::new(move |p: &mut Proposal, up: bool| {
            if let Some(l) = list_mut(p, owner) {
                shift(l, id, up);
            }
            true
        }),
        Deletion {
            what: Box::new(move || name_and_quote(&name.get_untracked(), &text.get_untracked())),
            remove: std::sync::Arc::new(move |p: &mut Proposal| {
                let (from, c) = p.remove_assumption(id)?;
                Some(Box::new(move |p: &mut Proposal| p.restore_assumption(from, c)) as Restore)
            }),
            refocus: None,
        },
    );
    view! {
        <li id=format!("item-{id}") class="item assumption">
            <TextArea id=label_id label="objectives.assumption" value=text on_input=set_text rows=2 />
            {controls.tools()}
        </li>
    }
}

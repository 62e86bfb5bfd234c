//! Assumptions of the goal or of an objective: conditions outside the project's control.

use super::fields::SubList;
use crate::i18n::fill;
use crate::model::{ids, Assumption, Id, Proposal};
use crate::ui::lang::t;
use crate::ui::list::{
    add_then_focus, bind_in, field_id, ids_of, item_of, keyed_rows, place_in, ItemControls,
    OwnedList,
};
use crate::ui::widgets::TextArea;
use leptos::prelude::*;

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
    let list_ids = ids_of(list);
    let heading_id = format!("h-{}-assumptions", prefix.replace('.', "-"));
    let add_prefix = prefix.clone();
    let add = add_then_focus(
        move |p| p.add_assumption(owner),
        move |id| field_id(&format!("{add_prefix}.assumptions.{id}.text")),
    );
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
    let controls = ItemControls::owned(
        name,
        text,
        place,
        owner,
        id,
        OwnedList {
            list: list_mut,
            remove: Proposal::remove_assumption,
        },
    );
    let label_id = field_id(&format!("{prefix}.assumptions.{id}.text"));
    view! {
        <li id=format!("item-{id}") class="item assumption">
            <TextArea id=label_id label="objectives.assumption" value=text on_input=set_text rows=2 />
            {controls.tools()}
        </li>
    }
}

//! Step 3, Objectives and indicators: the logframe. A goal with its indicators and
//! assumptions; specific objectives, each traced to the proposal's priorities, with
//! indicators, outputs (with their own indicators and activities) and assumptions.

mod assumptions;
pub(crate) mod fields;
mod guidance;
mod indicator_milestones;
mod indicators;
mod milestones;
mod outputs;
mod workplan;

use crate::i18n::fill;
use crate::model::{FieldPath, Step};
use crate::model::{Id, Proposal};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{add_then_focus, bind_in, keyed_rows, name_and_quote, place_among};
use crate::ui::list::{shift, short, Deletion, ItemControls, Restore};
use crate::ui::state::DraftState;
use crate::ui::widgets::{bind, memo, CheckBox, TextArea};
use assumptions::AssumptionList;
use fields::{priority_title, ListOwner, PartnerNames};
use indicators::IndicatorList;
use leptos::prelude::*;
use outputs::OutputList;
use std::sync::Arc;

/// The objectives form.
#[component]
pub fn ObjectivesStep() -> impl IntoView {
    let draft = DraftState::expect();
    PartnerNames::provide();
    let lang = UiLang::expect();
    let priorities = memo(move || {
        let lang = lang.get();
        draft.proposal.with(|p| {
            p.priorities
                .iter()
                .map(|x| (x.id, priority_title(x, lang)))
                .collect::<Vec<_>>()
        })
    });
    let goal_indicators = memo(move || draft.proposal.with(|p| p.logframe.goal.indicators.clone()));
    let goal_assumptions =
        memo(move || draft.proposal.with(|p| p.logframe.goal.assumptions.clone()));
    let (goal, set_goal) = bind(
        |p| p.logframe.goal.text.clone(),
        |p, v| p.logframe.goal.text = v,
    );
    let objective_ids = fields::objective_ids();
    let add = add_then_focus(
        |p| Some(p.add_objective()),
        |id| {
            FieldPath::step(Step::Objectives)
                .item(id)
                .field("text")
                .element_id()
        },
    );
    let goal_owner = ListOwner {
        id: None,
        path: FieldPath::step(Step::Objectives).field("goal"),
        name: Signal::derive(|| t("objectives.the_goal").to_string()),
        level: 3,
    };
    view! {
        <div class="step-grid">
            <form class="form logframe" on:submit=|ev| ev.prevent_default()>
                <section class="card goal" aria-labelledby="h-objectives-goal">
                    <h2 id="h-objectives-goal">{tr("objectives.goal")}</h2>
                    <TextArea id="f-objectives-goal-text" label="objectives.goal_text" hint="objectives.goal_hint" value=goal on_input=set_goal rows=3 />
                    <IndicatorList owner=goal_owner.clone() list=goal_indicators />
                    <AssumptionList owner=goal_owner list=goal_assumptions />
                </section>
                <section aria-labelledby="h-objectives-list">
                    <h2 id="h-objectives-list">{tr("objectives.specific")}</h2>
                    <p class="hint">{tr("objectives.specific_hint")}</p>
                    <ol class="list objectives">
                        {keyed_rows(objective_ids, move |id| view! { <ObjectiveCard id order=objective_ids priorities /> }.into_any())}
                    </ol>
                    <div class="add-row">
                        <button type="button" on:click=move |_| add.run(())>{tr("objectives.add")}</button>
                    </div>
                </section>
            </form>
            <guidance::ObjectivesGuidance />
        </div>
        // After the form and its guidance, so on a wide screen the chart has the whole width
        // (and the sticky guidance stays beside the form, never over the chart).
        <workplan::WorkplanChart />
    }
}

/// One objective with everything under it.
#[component]
fn ObjectiveCard(
    /// The objective.
    id: Id,
    /// The objectives' ids in order (for this one's number and arrows).
    order: Memo<Vec<Id>>,
    /// The proposal's priorities (id, title), ranked.
    priorities: Memo<Vec<(Id, String)>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    // Everything below reads this memo, so typing in another objective re-runs nothing here.
    let obj = memo(move || draft.proposal.with(|p| p.objective(id).cloned()));
    let indicators =
        memo(move || obj.with(|o| o.as_ref().map(|o| o.indicators.clone()).unwrap_or_default()));
    let outputs =
        memo(move || obj.with(|o| o.as_ref().map(|o| o.outputs.clone()).unwrap_or_default()));
    let assumptions = memo(move || {
        obj.with(|o| {
            o.as_ref()
                .map(|o| o.assumptions.clone())
                .unwrap_or_default()
        })
    });
    let place = place_among(order, id);
    let number = Signal::derive(move || place.get().0 + 1);
    let name = Signal::derive(move || {
        fill(
            t("objectives.objective_n"),
            &[("n", &number.get().to_string())],
        )
    });
    let (text, set_text) = bind_in(
        obj,
        |o| &o.text,
        move |p, v| {
            if let Some(o) = p.objective_mut(id) {
                o.text = v;
            }
        },
    );
    let traced = memo(move || {
        obj.with(|o| {
            o.as_ref()
                .map(|o| o.priority_ids.clone())
                .unwrap_or_default()
        })
    });
    let toggle = move |pid: Id, on: bool| {
        draft.edit(|p| {
            let order: Vec<Id> = p.priorities.iter().map(|x| x.id).collect();
            if let Some(o) = p.objective_mut(id) {
                o.priority_ids.retain(|x| *x != pid);
                if on {
                    o.priority_ids.push(pid);
                    // Keep the traces in the priorities' rank order.
                    o.priority_ids
                        .sort_by_key(|x| order.iter().position(|y| y == x).unwrap_or(usize::MAX));
                }
            }
        });
    };

    let item_id = format!("item-{id}");
    let controls = ItemControls::new(
        name,
        place,
        item_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            shift(&mut p.logframe.objectives, id, up);
            true
        }),
        Deletion {
            what: Box::new(move || name_and_quote(&name.get_untracked(), &text.get_untracked())),
            remove: Arc::new(move |p: &mut Proposal| {
                let c = p.remove_objective(id)?;
                Some(Box::new(move |p: &mut Proposal| p.restore_objective(c)) as Restore)
            }),
            refocus: None,
        },
    );
    let owner = ListOwner {
        id: Some(id),
        path: FieldPath::step(Step::Objectives).item(id),
        name,
        level: 4,
    };
    let heading_id = FieldPath::step(Step::Objectives).item(id).heading_id();
    let prio_id = FieldPath::step(Step::Objectives)
        .item(id)
        .field("priority_ids")
        .element_id();
    let fieldset_id = prio_id.clone();
    let labelled_by = heading_id.clone();
    view! {
        <li id=item_id class="card objective" aria-labelledby=labelled_by>
            {controls.card_head(3, Some(heading_id), move || {
                let n = number.get().to_string();
                let s = text.with(|v| short(v, 60));
                if s.is_empty() {
                    fill(t("objectives.objective_heading"), &[("n", &n)])
                } else {
                    fill(t("objectives.objective_heading_text"), &[("n", &n), ("text", &s)])
                }
            })}
            <TextArea id=FieldPath::step(Step::Objectives).item(id).field("text").element_id() label="objectives.objective_text" hint="objectives.objective_hint" value=text on_input=set_text rows=2 />
            <fieldset id=fieldset_id tabindex="-1">
                <legend>{tr("objectives.serves")}</legend>
                <Show
                    when=move || !priorities.with(Vec::is_empty)
                    fallback=|| view! {
                        <p class="hint">
                            {tr("objectives.no_priorities")} " "
                            <a href="#/priorities">{tr("objectives.go_priorities")}</a>
                        </p>
                    }
                >
                    <div class="checks">
                        {
                            let prio_id = prio_id.clone();
                            move || priorities.get().into_iter().enumerate().map(|(rank, (pid, title))| {
                                view! {
                                    <CheckBox
                                        id=format!("{prio_id}-{pid}")
                                        checked=Signal::derive(move || traced.with(|l| l.contains(&pid)))
                                        on_change=Callback::new(move |on| toggle(pid, on))
                                    >
                                        {format!("{}. {}", rank + 1, title)}
                                    </CheckBox>
                                }
                            }).collect_view()
                        }
                    </div>
                </Show>
            </fieldset>
            <IndicatorList owner=owner.clone() list=indicators />
            <OutputList objective=id list=outputs number />
            <AssumptionList owner list=assumptions />
        </li>
    }
}

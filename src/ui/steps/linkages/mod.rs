//! Step 4, MDG and SDG linkages: an objectives × goals matrix that shows the multiplier
//! effect at a glance, and per objective its links to MDG targets, each with a reason, a
//! strength, the SDGs that carry the target on today and any further SDGs.

mod guidance;
mod item;
mod matrix;

use guidance::LinkagesGuidance;
use item::LinkageItem;
use matrix::Matrix;

use super::objectives::fields::{objective_ids, objective_name};
use crate::i18n::fill;
use crate::knowledge::{kb, Mdg};
use crate::model::{ids, Id, MdgLinkage, PriorityIssue, Proposal, Strength};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{
    bind_in, capitalize, focus_later, keyed_rows, name_and_quote, place_among, short, Deletion,
    ItemControls, Restore,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, CheckBox, Cite, Guidance, TextArea};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The goal (1..=8) an MDG target number belongs to.
fn goal_of(target: u32) -> Option<u8> {
    u8::try_from(target)
        .ok()
        .and_then(|n| kb().mdg_target(n))
        .map(|t| t.goal)
}

/// "MDG 3: Promote gender equality…" in the interface language ("OMD 3 : …" in French).
fn mdg_title(n: u8, title: &str) -> String {
    fill(
        t("linkages.mdg_title"),
        &[("n", &n.to_string()), ("title", title)],
    )
}

/// "SDG 3.3" or "SDG 3" in the interface language.
fn sdg_label(r: &crate::knowledge::SdgRef) -> String {
    let code = r.target.clone().unwrap_or_else(|| r.sdg.to_string());
    format!("{} {code}", t("linkages.sdg_abbr"))
}

/// "Objective 2" or "Objective 2: Safer water", for headings and the matrix.
fn objective_heading(p: &Proposal, id: Id, max: usize) -> String {
    let n = ids::position(&p.logframe.objectives, id).map_or(0, |i| i + 1);
    let text = p
        .objective(id)
        .map(|o| short(&o.text, max))
        .unwrap_or_default();
    if text.is_empty() {
        fill(t("objectives.objective_heading"), &[("n", &n.to_string())])
    } else {
        fill(
            t("objectives.objective_heading_text"),
            &[("n", &n.to_string()), ("text", &text)],
        )
    }
}

/// Moves a linkage one place among the links of the same objective.
fn move_within(list: &mut [MdgLinkage], objective: Id, id: Id, up: bool) {
    let idx: Vec<usize> = list
        .iter()
        .enumerate()
        .filter(|(_, l)| l.objective_id == objective)
        .map(|(i, _)| i)
        .collect();
    let Some(k) = idx.iter().position(|&i| list[i].id == id) else {
        return;
    };
    let other = if up {
        k.checked_sub(1)
    } else {
        Some(k + 1).filter(|&j| j < idx.len())
    };
    if let Some(j) = other {
        list.swap(idx[k], idx[j]);
    }
}

/// The linkages form.
#[component]
pub fn LinkagesStep() -> impl IntoView {
    let objective_ids = objective_ids();
    view! {
        <div class="step-grid">
            <div class="form linkages">
                <Show
                    when=move || !objective_ids.with(Vec::is_empty)
                    fallback=|| view! {
                        <p class="hint">
                            {tr("linkages.no_objectives")} " "
                            <a href="#/objectives">{tr("linkages.go_objectives")}</a>
                        </p>
                    }
                >
                    <Matrix />
                </Show>
                <ol class="list">
                    {keyed_rows(objective_ids, move |id| view! { <ObjectiveLinks id order=objective_ids /> }.into_any())}
                </ol>
            </div>
            <LinkagesGuidance />
        </div>
    }
}

/// One objective's links to MDG targets.
#[component]
fn ObjectiveLinks(
    /// The objective.
    id: Id,
    /// The objectives' ids in order.
    order: Memo<Vec<Id>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let number = memo(move || order.with(|l| l.iter().position(|x| *x == id).map_or(0, |i| i + 1)));
    let heading = memo(move || draft.proposal.with(|p| objective_heading(p, id, 80)));
    let link_ids = memo(move || {
        draft.proposal.with(|p| {
            p.linkages
                .iter()
                .filter(|l| l.objective_id == id)
                .map(|l| l.id)
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let mut new = None;
        draft.edit(|p| new = p.add_linkage(id, 0));
        if let Some(l) = new {
            focus_later(
                FieldPath::step(Step::Linkages)
                    .item(l)
                    .field("mdg_target")
                    .element_id(),
            );
        }
    };
    let heading_id = format!("h-linkages-objective-{id}");
    let labelled_by = heading_id.clone();
    view! {
        <li class="card objective-links" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || heading.get()}</h2>
            <Show when=move || link_ids.with(Vec::is_empty)>
                <p class="hint">{tr("linkages.none_yet")}</p>
            </Show>
            <ol class="list">
                {keyed_rows(link_ids, move |l| view! { <LinkageItem objective=id id=l order=link_ids number=number.into() /> }.into_any())}
            </ol>
            <div>
                <button type="button" class="secondary" on:click=add>
                    {move || fill(t("linkages.add"), &[("owner", &objective_name(number.get()))])}
                </button>
            </div>
        </li>
    }
}

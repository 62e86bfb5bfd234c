//! The community: who lives there, how they mine, how many people, women and working children.

use super::fields::{parse_count, NumberField, Refusal};
use crate::knowledge::kb;
use crate::model::MinerProfile;
use crate::ui::deferred::Deferred;
use crate::ui::lang::lang;
use crate::ui::lang::tr;
use crate::ui::state::DraftState;
use crate::ui::widgets::{bind, TextArea};
use leptos::prelude::*;

/// Description, miner profiles and the numbers of the community.
#[component]
pub fn CommunitySection() -> impl IntoView {
    let draft = DraftState::expect();
    let (description, set_description) = bind(
        |p| p.context.community.description.clone(),
        |p, v| p.context.community.description = v,
    );
    let shown = move |get: fn(&crate::model::CommunityProfile) -> Option<u64>| {
        Signal::derive(move || {
            draft
                .proposal
                .with(|p| get(&p.context.community))
                .map(|n| n.to_string())
                .unwrap_or_default()
        })
    };
    let set_population = Callback::new(move |text: String| {
        let n = parse_count(&text, lang())?;
        draft.edit(|p| p.context.community.population = n);
        Ok(())
    });
    let set_women = Callback::new(move |text: String| {
        let n = parse_count(&text, lang())?;
        let n = match n {
            Some(v) if v > 100 => return Err(Refusal::new("context.err_percent")),
            Some(v) => Some(v as u32),
            None => None,
        };
        draft.edit(|p| p.context.community.women_percent = n);
        Ok(())
    });
    let set_children = Callback::new(move |text: String| {
        let n = parse_count(&text, lang())?;
        draft.edit(|p| p.context.community.children_working = n);
        Ok(())
    });
    // A cross-check, not a refusal: both numbers may be estimates from different sources.
    let children_note = move || {
        draft.proposal.with(|p| {
            let c = &p.context.community;
            match (c.population, c.children_working) {
                (Some(pop), Some(ch)) if ch > pop => {
                    Some(view! { <p class="note" role="status">{tr("context.children_over_population")}</p> })
                }
                _ => None,
            }
        })
    };
    // Three parts, each drawn in a task of its own (see `Deferred`).
    view! {
        <Deferred>
        <h2 id="context-community">{tr("context.community_heading")}</h2>
        <TextArea
            id="f-context-community-description"
            label="context.community_description"
            hint="context.community_description_hint"
            value=description
            on_input=set_description
            rows=4
        />
        </Deferred>
        <Deferred><MinerProfiles /></Deferred>
        <Deferred>
        <div class="row three">
            <NumberField
                id="f-context-community-population"
                label="context.population"
                hint="context.population_hint"
                shown=shown(|c| c.population)
                commit=set_population
            />
            <NumberField
                id="f-context-community-women_percent"
                label="context.women_percent"
                hint="context.women_percent_hint"
                shown=shown(|c| c.women_percent.map(u64::from))
                commit=set_women
                unit=Signal::derive(|| "%".to_string())
            />
            <NumberField
                id="f-context-community-children_working"
                label="context.children_working"
                hint="context.children_working_hint"
                shown=shown(|c| c.children_working)
                commit=set_children
            />
        </div>
        {children_note}
        </Deferred>
    }
}

/// The ways people mine here, as checkboxes with the report's description of each.
#[component]
fn MinerProfiles() -> impl IntoView {
    let draft = DraftState::expect();
    view! {
        <fieldset id="f-context-community-miner_profiles" tabindex="-1">
            <legend>{tr("context.miner_profiles")}</legend>
            <p class="hint">{tr("context.miner_profiles_hint")}</p>
            <ul class="choices">
                {MinerProfile::ALL
                    .iter()
                    .map(|&profile| {
                        let id = format!("f-context-community-miner_profiles-{}", profile.as_str());
                        let desc_id = format!("{id}-desc");
                        let checked = move || {
                            draft
                                .proposal
                                .with(|p| p.context.community.miner_profiles.contains(&profile))
                        };
                        let info = kb().miner_profile(profile.as_str());
                        let name = move || {
                            info.map(|i| i.name.get(lang()).to_string())
                                .unwrap_or_else(|| profile.as_str().to_string())
                        };
                        let description = move || {
                            info.map(|i| i.description.get(lang()).to_string()).unwrap_or_default()
                        };
                        view! {
                            <li>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    aria-describedby=desc_id.clone()
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        draft
                                            .edit(|p| {
                                                crate::model::ids::toggle_in_order(&mut p.context.community.miner_profiles, MinerProfile::ALL, profile, on);
                                            });
                                    }
                                />
                                <div>
                                    <label for=id>{name}</label>
                                    <p class="hint" id=desc_id>{description}</p>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

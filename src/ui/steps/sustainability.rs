//! Step 9, Sustainability: how the gains last after the grant. The transitions the project
//! supports, the path to formalisation, how income is reinvested and which other livelihoods
//! grow beside mining; guidance from the five Rs and the empowerment approach.

use super::context::guide::{kb_transition, FactItem, TransitionItem};
use super::context::words::{words_memo, SectionWords};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::Transition;
use crate::review::scan::has_text;
use crate::ui::lang::lang;
use crate::ui::lang::{t, tr};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{bind, Cite, Guidance, TextArea};
use leptos::prelude::*;

/// The sustainability form with its guidance.
#[component]
pub fn SustainabilityStep() -> impl IntoView {
    let (formalisation, set_formalisation) = bind(
        |p| p.sustainability.formalisation.clone(),
        |p, v| p.sustainability.formalisation = v,
    );
    let (reinvestment, set_reinvestment) = bind(
        |p| p.sustainability.reinvestment.clone(),
        |p, v| p.sustainability.reinvestment = v,
    );
    let (livelihoods, set_livelihoods) = bind(
        |p| p.sustainability.alternative_livelihoods.clone(),
        |p, v| p.sustainability.alternative_livelihoods = v,
    );
    view! {
        <div class="step-grid area-a">
            <form class="form" on:submit=|ev| ev.prevent_default()>
                <SectionWords section="sustainability" per_step=words_memo() />
                <p class="hint">{tr("sustainability.intro")}</p>
                <Transitions />
                <TextArea
                    id="f-sustainability-formalisation"
                    label="sustainability.formalisation"
                    hint="sustainability.formalisation_hint"
                    value=formalisation
                    on_input=set_formalisation
                    rows=4
                />
                <TextArea
                    id="f-sustainability-reinvestment"
                    label="sustainability.reinvestment"
                    hint="sustainability.reinvestment_hint"
                    value=reinvestment
                    on_input=set_reinvestment
                    rows=4
                />
                <TextArea
                    id="f-sustainability-alternative_livelihoods"
                    label="sustainability.alternative_livelihoods"
                    hint="sustainability.alternative_livelihoods_hint"
                    value=livelihoods
                    on_input=set_livelihoods
                    rows=4
                />
            </form>
            <SustainabilityGuidance />
        </div>
    }
}

/// Whether the report proposes this transition for one of the miner profiles chosen on the
/// context step.
fn suits_community(t: Transition, profiles: &[crate::model::MinerProfile]) -> bool {
    kb_transition(t).is_some_and(|k| {
        profiles
            .iter()
            .any(|m| k.profiles.iter().any(|p| p == m.as_str()))
    })
}

/// The transitions the project supports, as checkboxes with the report's description.
#[component]
fn Transitions() -> impl IntoView {
    let draft = DraftState::expect();
    view! {
        <fieldset id="f-sustainability-transitions" tabindex="-1">
            <legend>{tr("sustainability.transitions")}</legend>
            <p class="hint">{tr("sustainability.transitions_hint")}</p>
            <ul class="choices">
                {Transition::ALL
                    .iter()
                    .map(|&tr_| {
                        let id = format!("f-sustainability-transitions-{}", tr_.as_str());
                        let desc_id = format!("{id}-desc");
                        let info = kb_transition(tr_);
                        let checked = move || {
                            draft.proposal.with(|p| p.sustainability.transitions.contains(&tr_))
                        };
                        let suits = move || {
                            draft
                                .proposal
                                .with(|p| suits_community(tr_, &p.context.community.miner_profiles))
                        };
                        let name = move || {
                            info.map(|k| {
                                    let l = lang();
                                    format!("{} → {}", k.from.get(l), k.to.get(l))
                                })
                                .unwrap_or_else(|| tr_.as_str().to_string())
                        };
                        let description = move || {
                            info.map(|k| k.description.get(lang()).to_string()).unwrap_or_default()
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
                                                crate::model::ids::toggle_in_order(&mut p.sustainability.transitions, Transition::ALL, tr_, on);
                                            });
                                    }
                                />
                                <div>
                                    <label for=id>{name}</label>
                                    <p class="hint" id=desc_id>
                                        {move || suits().then(|| view! { <span class="tag suits">{tr("sustainability.suits")}</span> " " })}
                                        {description}
                                    </p>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

/// Guidance: the chosen transitions (or those that fit the community), formalisation, the
/// five Rs with figures on reinvestment, and the empowerment approach.
#[component]
fn SustainabilityGuidance() -> impl IntoView {
    let draft = DraftState::expect();
    let state = memo(move || {
        draft.proposal.with(|p| {
            let s = &p.sustainability;
            let suggested: Vec<Transition> = Transition::ALL
                .iter()
                .copied()
                .filter(|t| suits_community(*t, &p.context.community.miner_profiles))
                .collect();
            let mut empty: Vec<&'static str> = Vec::new();
            if !has_text(&s.formalisation) {
                empty.push("sustainability.formalisation");
            }
            if !has_text(&s.reinvestment) {
                empty.push("sustainability.reinvestment");
            }
            if !has_text(&s.alternative_livelihoods) {
                empty.push("sustainability.alternative_livelihoods");
            }
            (s.transitions.clone(), suggested, empty)
        })
    });
    let k = kb();
    view! {
        <Guidance>
            {move || {
                let (chosen, suggested, _) = state.get();
                let (heading, list) = if chosen.is_empty() {
                    ("sustainability.guide_suggested", suggested)
                } else {
                    ("sustainability.guide_chosen", chosen)
                };
                if list.is_empty() {
                    return view! {
                        <h2>{tr("sustainability.guide_transitions")}</h2>
                        <p>{tr("sustainability.guide_no_profiles")}</p>
                    }
                    .into_any();
                }
                view! {
                    <h2>{tr(heading)}</h2>
                    <ul class="guide-list">
                        {list
                            .into_iter()
                            .filter_map(kb_transition)
                            .map(|t| view! { <TransitionItem transition=t /> })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {move || {
                let (_, _, empty) = state.get();
                (!empty.is_empty())
                    .then(|| {
                        let names = empty.iter().map(|k| t(k)).collect::<Vec<_>>().join(" · ");
                        view! {
                            <p class="note">{move || fill(t("sustainability.guide_empty_fields"), &[("fields", &names)])}</p>
                        }
                    })
            }}
            {k.transition("informal_to_formal")
                .map(|f| {
                    view! {
                        <h2>{tr("sustainability.guide_formalisation")}</h2>
                        <ul class="guide-list">
                            <TransitionItem transition=f />
                        </ul>
                    }
                })}
            <h2>{tr("sustainability.guide_five_rs")}</h2>
            <p>{tr("sustainability.guide_five_rs_intro")}</p>
            <ol class="guide-list five-rs">
                {k.five_rs
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <strong>{move || r.name.get(lang()).to_string()}</strong>
                                {crate::ui::lang::tr("app.term_separator")}
                                {move || r.description.get(lang()).to_string()}
                                <span class="tip">" "{move || r.proposal_tip.get(lang()).to_string()}</span>
                                <Cite citation=r.citation.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{tr("sustainability.guide_reinvestment_figures")}</h3>
            <ul class="guide-list">
                {["mining_vs_farming_income", "tanzania_reinvestment"]
                    .iter()
                    .filter_map(|id| k.fact(id))
                    .map(|f| view! { <FactItem fact=f /> })
                    .collect_view()}
            </ul>
            <h2>{tr("sustainability.guide_empowerment")}</h2>
            <p>{move || k.empowerment.summary.get(lang()).to_string()}</p>
            <Cite citation=k.empowerment.citation.clone() />
            <ul class="guide-list">
                {k.empowerment
                    .pillars
                    .iter()
                    .map(|pl| {
                        view! {
                            <li>
                                <strong>{move || pl.name.get(lang()).to_string()}</strong>
                                {crate::ui::lang::tr("app.term_separator")}
                                {move || pl.aim.get(lang()).to_string()}
                                " "
                                <em>{move || pl.examples.get(lang()).to_string()}</em>
                                <Cite citation=pl.citation.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </Guidance>
    }
}

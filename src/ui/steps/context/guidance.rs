//! The report's guidance beside the context form, following what the person entered: the
//! miner profiles chosen and the transitions the report proposes for them, figures matching
//! the community's numbers, why evidence needs sources, what the chosen kind of donor looks
//! for, and key facts about the sector to quote.

use super::guide::{lesson, FactItem, LessonItem, TransitionItem};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::review::scan::has_text;
use crate::ui::deferred::Deferred;
use crate::ui::lang::lang;
use crate::ui::lang::{num, tn};
use crate::ui::lang::{t, tr};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{Cite, Guidance};
use leptos::prelude::*;

/// General facts worth quoting in any proposal's context.
const KEY_FACTS: [&str; 4] = [
    "miners_worldwide",
    "dependants",
    "countries",
    "share_of_world_supply",
];

/// The guidance panel of the context step.
#[component]
pub fn ContextGuidance() -> impl IntoView {
    view! {
        <Guidance>
            // One part per task (see `Deferred`), so a keystroke never waits for all of them.
            <ProfilesGuide />
            <Deferred><CommunityFigures /></Deferred>
            <Deferred><EvidenceGuide /></Deferred>
            <Deferred><DonorGuide /></Deferred>
            <Deferred>
                <h2>{tr("context.guide_facts")}</h2>
                <ul class="guide-list">
                    {KEY_FACTS
                        .iter()
                        .filter_map(|id| kb().fact(id))
                        .map(|fact| view! { <FactItem fact=fact /> })
                        .collect_view()}
                </ul>
            </Deferred>
        </Guidance>
    }
}

/// The chosen miner profiles, what they imply, and the transitions the report proposes.
#[component]
fn ProfilesGuide() -> impl IntoView {
    let draft = DraftState::expect();
    let chosen = memo(move || {
        draft
            .proposal
            .with(|p| p.context.community.miner_profiles.clone())
    });
    move || {
        let chosen = chosen.get();
        if chosen.is_empty() {
            return view! {
                <h2>{tr("context.guide_profiles")}</h2>
                <p>{tr("context.guide_profiles_empty")}</p>
            }
            .into_any();
        }
        let profiles: Vec<_> = chosen
            .iter()
            .filter_map(|m| kb().miner_profile(m.as_str()))
            .collect();
        let transitions: Vec<_> = kb()
            .transitions
            .iter()
            .filter(|tr| {
                chosen
                    .iter()
                    .any(|m| tr.profiles.iter().any(|p| p == m.as_str()))
            })
            .collect();
        view! {
            <h2>{tr("context.guide_profiles")}</h2>
            {profiles
                .into_iter()
                .map(|p| {
                    view! {
                        <h3>{move || p.name.get(lang()).to_string()}</h3>
                        <p>{move || p.description.get(lang()).to_string()}</p>
                        <p class="tip">{move || p.proposal_tip.get(lang()).to_string()}</p>
                        <Cite citation=p.citation.clone() />
                    }
                })
                .collect_view()}
            <h3>{tr("context.guide_transitions")}</h3>
            <ul class="guide-list">
                {transitions
                    .into_iter()
                    .map(|t| view! { <TransitionItem transition=t /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// Report figures that match the community numbers the person gave.
#[component]
fn CommunityFigures() -> impl IntoView {
    let draft = DraftState::expect();
    let shown = memo(move || {
        draft.proposal.with(|p| {
            let c = &p.context.community;
            (
                c.women_percent.is_some(),
                c.children_working.is_some_and(|n| n > 0),
            )
        })
    });
    move || {
        let (women, children) = shown.get();
        (women || children).then(|| {
            // These figures and the tip are not in the first screen's part of the knowledge
            // base: the rest is fetched now, and this is drawn again when it is here.
            crate::ui::steps::lazy::whole_knowledge();
            let child_tip = children.then(|| kb().priority("child_labour")).flatten();
            view! {
                <h2>{tr("context.guide_people")}</h2>
                <ul class="guide-list">
                    {women.then(|| kb().fact("women_share_of_workforce")).flatten().map(|f| view! { <FactItem fact=f /> })}
                    {children.then(|| kb().fact("child_miners")).flatten().map(|f| view! { <FactItem fact=f /> })}
                </ul>
                {child_tip
                    .map(|p| {
                        view! {
                            <p class="tip">{move || p.proposal_tip.get(lang()).to_string()}</p>
                            <Cite citation=p.citation.clone() />
                        }
                    })}
            }
        })
    }
}

/// Why each fact needs its source, with a count of the facts still without one.
#[component]
fn EvidenceGuide() -> impl IntoView {
    let draft = DraftState::expect();
    let counts = memo(move || {
        draft.proposal.with(|p| {
            let ev = &p.context.problem.evidence;
            let written = ev.iter().filter(|e| has_text(&e.text)).count();
            let unsourced = ev
                .iter()
                .filter(|e| has_text(&e.text) && !has_text(&e.source))
                .count();
            (written, unsourced)
        })
    });
    let status = move || {
        let (written, unsourced) = counts.get();
        if written == 0 {
            t("context.guide_evidence_none").to_string()
        } else if unsourced > 0 {
            tn(
                "context.guide_evidence_unsourced",
                unsourced,
                &[("total", &num(written))],
            )
        } else {
            tn("context.guide_evidence_ok", written, &[])
        }
    };
    view! {
        <h2>{tr("context.guide_evidence")}</h2>
        <p class="note" aria-live="polite">{status}</p>
        <ul class="guide-list">
            {["sourced_figures", "no_exaggeration", "verifiable"]
                .iter()
                .filter_map(|id| lesson(id))
                .map(|l| view! { <LessonItem lesson=l /> })
                .collect_view()}
        </ul>
    }
}

/// What the chosen kind of donor looks for and how to approach it.
#[component]
fn DonorGuide() -> impl IntoView {
    let draft = DraftState::expect();
    let kind = memo(move || draft.proposal.with(|p| p.context.donor.donor_type));
    move || {
        let info = kind.get().and_then(|d| kb().donor_type(d.as_str()));
        match info {
            Some(d) => view! {
                <h2>{move || fill(t("context.guide_donor_type"), &[("type", d.name.get(lang()))])}</h2>
                <p><strong>{tr("context.guide_looks_for")}</strong>" "{move || d.looks_for.get(lang()).to_string()}</p>
                <p><strong>{tr("context.guide_approach")}</strong>" "{move || d.approach.get(lang()).to_string()}</p>
                <Cite citation=d.citation.clone() />
            }
            .into_any(),
            None => view! {
                <h2>{tr("context.guide_donor")}</h2>
                <ul class="guide-list">
                    {lesson("know_the_donor").map(|l| view! { <LessonItem lesson=l /> })}
                </ul>
            }
            .into_any(),
        }
    }
}

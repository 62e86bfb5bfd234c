//! Guidance beside the logframe: what makes an indicator measurable and an objective
//! realistic and traced, pointing at the very fields that still lack something, and the
//! sex and age breakdown when women or children are among the priorities.

use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::{FieldPath, Step};
use crate::model::{Id, Indicator, Issue, PriorityIssue, Proposal};
use crate::ui::lang::{num, tn};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{focus_later, short};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{Cite, Guidance};
use leptos::prelude::*;

/// Above this many objectives the guidance asks whether all are within reach.
const MANY_OBJECTIVES: usize = 5;
/// How many incomplete items the guidance lists before summarising the rest.
const SHOWN: usize = 8;

/// Where an item sits in the logframe, for naming it.
#[derive(Clone, Copy, PartialEq)]
enum Owner {
    Goal,
    Objective(usize),
    Output(usize, usize),
}

#[derive(Clone, PartialEq)]
struct Gap {
    path: FieldPath,
    owner: Owner,
    number: usize,
    name: String,
    missing: Vec<&'static str>,
}

#[derive(Clone, PartialEq, Default)]
struct Summary {
    objectives: usize,
    indicators: usize,
    gaps: Vec<Gap>,
    /// Objectives (id, number) with no indicator.
    unmeasured: Vec<(Id, usize)>,
    /// Objectives (id, number) traced to no priority.
    untraced: Vec<(Id, usize)>,
    has_priorities: bool,
    women: bool,
    children: bool,
    not_by_sex: Vec<String>,
    not_by_age: Vec<String>,
}

fn missing(i: &Indicator) -> Vec<&'static str> {
    let mut m = Vec::new();
    if i.baseline_value.trim().is_empty() {
        m.push("baseline_value");
    }
    if i.baseline_year.is_none() {
        m.push("baseline_year");
    }
    if i.target_value.trim().is_empty() {
        m.push("target_value");
    }
    if i.target_date.trim().is_empty() {
        m.push("target_date");
    }
    if i.verification.trim().is_empty() {
        m.push("verification");
    }
    m
}

fn summarise(p: &Proposal) -> Summary {
    let mut s = Summary {
        objectives: p.logframe.objectives.len(),
        has_priorities: !p.priorities.is_empty(),
        ..Default::default()
    };
    for pr in &p.priorities {
        if let PriorityIssue::Catalogue(issue) = pr.issue {
            match issue {
                Issue::Gender => s.women = true,
                Issue::ChildLabour | Issue::Education => s.children = true,
                _ => {}
            }
        }
    }
    let mut visit = |owner: Owner, prefix: FieldPath, list: &[Indicator]| {
        for (k, i) in list.iter().enumerate() {
            s.indicators += 1;
            let path = prefix.field("indicators").item(i.id);
            if !i.by_sex {
                s.not_by_sex.push(path.field("by_sex").element_id());
            }
            if !i.by_age {
                s.not_by_age.push(path.field("by_age").element_id());
            }
            let m = missing(i);
            if !m.is_empty() {
                s.gaps.push(Gap {
                    path,
                    owner,
                    number: k + 1,
                    name: short(&i.name, 40),
                    missing: m,
                });
            }
        }
    };
    visit(
        Owner::Goal,
        FieldPath::step(Step::Objectives).field("goal"),
        &p.logframe.goal.indicators,
    );
    for (n, o) in p.logframe.objectives.iter().enumerate() {
        visit(
            Owner::Objective(n + 1),
            FieldPath::step(Step::Objectives).item(o.id),
            &o.indicators,
        );
        for (m, out) in o.outputs.iter().enumerate() {
            visit(
                Owner::Output(n + 1, m + 1),
                FieldPath::step(Step::Objectives)
                    .item(o.id)
                    .field("outputs")
                    .item(out.id),
                &out.indicators,
            );
        }
    }
    for (n, o) in p.logframe.objectives.iter().enumerate() {
        if o.indicators.is_empty() {
            s.unmeasured.push((o.id, n + 1));
        }
        if o.priority_ids.is_empty() {
            s.untraced.push((o.id, n + 1));
        }
    }
    s
}

fn owner_words(owner: Owner) -> String {
    match owner {
        Owner::Goal => t("objectives.the_goal").to_string(),
        Owner::Objective(n) => fill(t("objectives.objective_n"), &[("n", &n.to_string())]),
        Owner::Output(n, m) => fill(t("objectives.output_n"), &[("n", &format!("{n}.{m}"))]),
    }
}

fn missing_words(field: &str) -> &'static str {
    match field {
        "baseline_value" => t("objectives.missing_baseline"),
        "baseline_year" => t("objectives.missing_baseline_year"),
        "target_value" => t("objectives.missing_target"),
        "target_date" => t("objectives.missing_date"),
        _ => t("objectives.missing_verification"),
    }
}

/// A button that moves focus to a field of the form.
fn jump(target: String, text: String) -> impl IntoView {
    view! {
        <button type="button" class="linklike" on:click=move |_| focus_later(target.clone())>
            {text}
        </button>
    }
}

/// A strength criterion of the report, with its citation.
fn criterion(id: &'static str) -> impl IntoView {
    let lang = UiLang::expect();
    kb().strength_criterion(id).map(|c| {
        let c = c.clone();
        let citation = c.citation.clone();
        view! {
            <p>
                <strong>{let c = c.clone(); move || c.title.get(lang.get()).to_string()}</strong>
                {crate::ui::lang::tr("app.term_separator")}
                {move || c.text.get(lang.get()).to_string()}
            </p>
            <Cite citation />
        }
    })
}

/// A cited figure from the report.
fn figure(id: &'static str) -> impl IntoView {
    let lang = UiLang::expect();
    kb().fact(id).map(|f| {
        let f = f.clone();
        let citation = f.citation.clone();
        view! {
            <p>
                <span class="figure">{let f = f.clone(); move || f.figure.get(lang.get()).to_string()}</span>
                " — "
                {let f = f.clone(); move || f.statement.get(lang.get()).to_string()}
                " "
                <span class="fact-when">{move || format!("({})", f.when_where(lang.get()))}</span>
            </p>
            <Cite citation />
        }
    })
}

/// The guidance panel of the objectives step.
#[component]
pub fn ObjectivesGuidance() -> impl IntoView {
    let draft = DraftState::expect();
    let summary = memo(move || draft.proposal.with(summarise));

    let gaps = move || {
        let s = summary.get();
        if s.indicators == 0 {
            return view! { <p class="hint">{tr("objectives.g_no_indicators")}</p> }.into_any();
        }
        if s.gaps.is_empty() {
            return view! { <p class="ok">{tr("objectives.g_all_measurable")}</p> }.into_any();
        }
        let more = s.gaps.len().saturating_sub(SHOWN);
        let items = s
            .gaps
            .into_iter()
            .take(SHOWN)
            .map(|g| {
                let who = if g.name.is_empty() {
                    fill(
                        t("objectives.indicator_of"),
                        &[
                            ("n", &g.number.to_string()),
                            ("owner", &owner_words(g.owner)),
                        ],
                    )
                } else {
                    format!("“{}” ({})", g.name, owner_words(g.owner))
                };
                let lacks: Vec<&str> = g.missing.iter().map(|f| missing_words(f)).collect();
                let text = fill(
                    t("objectives.g_lacks"),
                    &[("what", &who), ("fields", &lacks.join(", "))],
                );
                let target = g.path.field(g.missing[0]).element_id();
                view! { <li>{jump(target, text)}</li> }
            })
            .collect_view();
        view! {
            <p>{tr("objectives.g_incomplete")}</p>
            <ul class="pointers">{items}</ul>
            {(more > 0).then(|| view! {
                <p class="hint">{fill(t("objectives.g_more"), &[("n", &more.to_string())])}</p>
            })}
        }
        .into_any()
    };

    let unmeasured = move || {
        let s = summary.get();
        (!s.unmeasured.is_empty()).then(|| {
            let items = s
                .unmeasured
                .into_iter()
                .map(|(id, n)| {
                    let text = fill(t("objectives.g_no_indicator_for"), &[("n", &n.to_string())]);
                    view! { <li>{jump(FieldPath::step(Step::Objectives).item(id).field("text").element_id(), text)}</li> }
                })
                .collect_view();
            view! { <ul class="pointers">{items}</ul> }
        })
    };

    let realism = move || {
        let n = summary.with(|s| s.objectives);
        (n > MANY_OBJECTIVES).then(|| {
            view! { <p class="warn">{fill(t("objectives.g_many"), &[("n", &n.to_string())])}</p> }
        })
    };

    let tracing = move || {
        let s = summary.get();
        if !s.has_priorities {
            return view! {
                <p class="hint">
                    {tr("objectives.no_priorities")} " "
                    <a href="#/priorities">{tr("objectives.go_priorities")}</a>
                </p>
            }
            .into_any();
        }
        let items = s
            .untraced
            .into_iter()
            .map(|(id, n)| {
                let text = fill(t("objectives.g_untraced"), &[("n", &n.to_string())]);
                view! { <li>{jump(FieldPath::step(Step::Objectives).item(id).field("priority_ids").element_id(), text)}</li> }
            })
            .collect_view();
        view! { <ul class="pointers">{items}</ul> }.into_any()
    };

    let breakdown = move || {
        let s = summary.get();
        let women = s.women.then(|| {
            let count = s.not_by_sex.len();
            let first = s.not_by_sex.first().cloned();
            view! {
                <h3>{tr("objectives.g_women")}</h3>
                {figure("women_share_of_workforce")}
                {first.map(|target| {
                    let text = tn("objectives.g_not_by_sex", count, &[("total", &num(s.indicators))]);
                    view! { <p>{jump(target, text)}</p> }
                })}
            }
        });
        let children = s.children.then(|| {
            let count = s.not_by_age.len();
            let first = s.not_by_age.first().cloned();
            view! {
                <h3>{tr("objectives.g_children")}</h3>
                {figure("child_miners")}
                {first.map(|target| {
                    let text = tn("objectives.g_not_by_age", count, &[("total", &num(s.indicators))]);
                    view! { <p>{jump(target, text)}</p> }
                })}
            }
        });
        view! { {women} {children} }
    };

    view! {
        <Guidance>
            <h3>{tr("objectives.g_measurable")}</h3>
            {criterion("measurable_results")}
            {gaps}
            {unmeasured}
            <h3>{tr("objectives.g_realistic")}</h3>
            {criterion("realistic_objectives")}
            {realism}
            <h3>{tr("objectives.g_traced")}</h3>
            {criterion("mdg_mapping")}
            {tracing}
            {breakdown}
            <h3>{tr("objectives.g_milestones")}</h3>
            <p>{tr("objectives.g_milestones_text")}</p>
            {crate::knowledge::kb().citations.get("conclusions").cloned().map(|citation| view! { <Cite citation /> })}
        </Guidance>
    }
}

//! Step 2, Priorities: a short ranked list. Each priority is an issue from the report's
//! catalogue or one written in, with why it matters here and how the community named it.
//! Order is rank; deleting a priority also unlinks it from objectives, and undo relinks them.

use super::context::guide::FactItem;
use super::context::words::{words_memo, SectionWords};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::ids::{self, Id};
use crate::model::{Issue, Priority, PriorityIssue, Proposal};
use crate::review::scan::has_text;
use crate::ui::lang::lang;
use crate::ui::lang::tn;
use crate::ui::lang::{t, tr};
use crate::ui::list::{
    add_then_focus, keyed_rows, name_and_bracketed_quote, place_among, shift, Deletion,
    ItemControls, Restore,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{bind, Cite, Guidance, TextArea, TextField};
use leptos::prelude::*;
use std::sync::Arc;

/// Above this many priorities the report's warning against an abundance of issues applies.
const FOCUSED: usize = 5;

/// Value of the issue select for a written-in issue.
const CUSTOM: &str = "custom";

/// The priorities form with its guidance.
#[component]
pub fn PrioritiesStep() -> impl IntoView {
    let draft = DraftState::expect();
    let ids = memo(move || {
        draft
            .proposal
            .with(|p| p.priorities.iter().map(|x| x.id).collect::<Vec<Id>>())
    });
    let count = memo(move || ids.with(Vec::len));
    let add = add_then_focus(
        |p| Some(p.add_priority()),
        |id| format!("f-priorities-{id}-issue"),
    );
    let warning = move || {
        (count.get() > FOCUSED).then(|| {
            view! {
                <p class="note" role="status">
                    {move || fill(t("priorities.too_many"), &[("n", &count.get().to_string()), ("max", &FOCUSED.to_string())])}
                </p>
            }
        })
    };
    view! {
        <div class="step-grid area-a">
            <form class="form" on:submit=|ev| ev.prevent_default()>
                <SectionWords section="priorities" per_step=words_memo() />
                <p class="hint" id="f-priorities" tabindex="-1">{tr("priorities.intro")}</p>
                {move || {
                    (count.get() == 0)
                        .then(|| view! { <p class="empty">{tr("priorities.empty")}</p> })
                }}
                <ol class="list">
                    {keyed_rows(ids, move |id| view! { <PriorityItem id=id ids=ids /> }.into_any())}
                </ol>
                {warning}
                <div>
                    <button type="button" on:click=move |_| add.run(())>{tr("priorities.add")}</button>
                </div>
            </form>
            <PrioritiesGuidance />
        </div>
    }
}

/// The issue's name in the current language: the catalogue's or the written-in title.
fn issue_name(issue: &PriorityIssue) -> String {
    match issue {
        PriorityIssue::Catalogue(i) => kb()
            .priority(i.as_str())
            .map(|k| k.title.get(lang()).to_string())
            .unwrap_or_else(|| i.as_str().to_string()),
        PriorityIssue::Custom(s) => s.trim().to_string(),
    }
}

fn find(p: &Proposal, id: Id) -> Option<&Priority> {
    ids::find(&p.priorities, id)
}

/// One ranked priority.
#[component]
fn PriorityItem(
    /// The priority's stable id.
    id: Id,
    /// Ids of every priority in rank order.
    ids: Memo<Vec<Id>>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let place = place_among(ids, id);
    let name = Signal::derive(move || {
        fill(
            t("priorities.name"),
            &[("n", &(place.get().0 + 1).to_string())],
        )
    });
    let issue = memo(move || {
        draft
            .proposal
            .with(|p| find(p, id).map(|x| x.issue.clone()))
            .unwrap_or_default()
    });
    let heading = move || {
        let title = issue.with(issue_name);
        if title.is_empty() {
            name.get()
        } else {
            format!("{} — {title}", name.get())
        }
    };
    let is_custom = memo(move || issue.with(|i| matches!(i, PriorityIssue::Custom(_))));
    // The written-in title survives a trip to the catalogue and back while the step is open.
    let last_custom = StoredValue::new(String::new());
    let choice = move || match issue.get() {
        PriorityIssue::Catalogue(i) => i.as_str().to_string(),
        PriorityIssue::Custom(_) => CUSTOM.to_string(),
    };
    let on_choice = move |ev| {
        let v = event_target_value(&ev);
        let new = match Issue::from_id(&v) {
            Some(i) => PriorityIssue::Catalogue(i),
            None => PriorityIssue::Custom(last_custom.get_value()),
        };
        draft.edit(|p| {
            if let Some(x) = ids::find_mut(&mut p.priorities, id) {
                if let PriorityIssue::Custom(s) = &x.issue {
                    last_custom.set_value(s.clone());
                }
                x.issue = new;
            }
        });
    };
    let (custom, set_custom) = bind(
        move |p| match find(p, id).map(|x| &x.issue) {
            Some(PriorityIssue::Custom(s)) => s.clone(),
            _ => String::new(),
        },
        move |p, v| {
            if let Some(x) = ids::find_mut(&mut p.priorities, id) {
                x.issue = PriorityIssue::Custom(v);
            }
        },
    );
    let (why, set_why) = bind(
        move |p| find(p, id).map(|x| x.why.clone()).unwrap_or_default(),
        move |p, v| {
            if let Some(x) = ids::find_mut(&mut p.priorities, id) {
                x.why = v;
            }
        },
    );
    let (words, set_words) = bind(
        move |p| {
            find(p, id)
                .map(|x| x.community_words.clone())
                .unwrap_or_default()
        },
        move |p, v| {
            if let Some(x) = ids::find_mut(&mut p.priorities, id) {
                x.community_words = v;
            }
        },
    );
    let row_id = format!("priority-{id}");
    let heading_id = format!("priority-{id}-heading");
    let controls = ItemControls::new(
        name,
        place,
        row_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            shift(&mut p.priorities, id, up);
            true
        }),
        Deletion {
            what: Box::new(move || {
                name_and_bracketed_quote(&name.get_untracked(), &issue.with_untracked(issue_name))
            }),
            remove: Arc::new(move |p: &mut Proposal| {
                let c = p.remove_priority(id)?;
                Some(Box::new(move |p: &mut Proposal| p.restore_priority(c)) as Restore)
            }),
            refocus: Some(format!("f-priorities-{id}-issue")),
        },
    );
    let linked = move || {
        draft.proposal.with(|p| {
            p.logframe
                .objectives
                .iter()
                .filter(|o| o.priority_ids.contains(&id))
                .count()
        })
    };
    view! {
        <li class="card" id=row_id>
            {controls.card_head(2, Some(heading_id.clone()), heading)}
            <div role="group" aria-labelledby=heading_id class="form">
                <div class="field">
                    <label for=format!("f-priorities-{id}-issue")>{tr("priorities.issue")}</label>
                    <select id=format!("f-priorities-{id}-issue") prop:value=choice on:change=on_choice>
                        {Issue::ALL
                            .iter()
                            .map(|i| {
                                let label = move || {
                                    kb().priority(i.as_str())
                                        .map(|k| k.title.get(lang()).to_string())
                                        .unwrap_or_else(|| i.as_str().to_string())
                                };
                                view! { <option value=i.as_str()>{label}</option> }
                            })
                            .collect_view()}
                        <option value=CUSTOM>{tr("priorities.custom_option")}</option>
                    </select>
                </div>
                {move || {
                    is_custom
                        .get()
                        .then(|| {
                            view! {
                                <TextField
                                    id=format!("f-priorities-{id}-issue-custom")
                                    label="priorities.custom_title"
                                    hint="priorities.custom_title_hint"
                                    value=custom
                                    on_input=set_custom
                                />
                            }
                        })
                }}
                <TextArea
                    id=format!("f-priorities-{id}-why")
                    label="priorities.why"
                    hint="priorities.why_hint"
                    value=why
                    on_input=set_why
                    rows=3
                />
                <TextArea
                    id=format!("f-priorities-{id}-community_words")
                    label="priorities.community_words"
                    hint="priorities.community_words_hint"
                    value=words
                    on_input=set_words
                    rows=2
                />
                {move || {
                    let n = linked();
                    (n > 0)
                        .then(|| {
                            view! {
                                <p class="hint">
                                    {move || fill(t("priorities.linked"), &[("n", &n.to_string())])}
                                </p>
                            }
                        })
                }}
            </div>
        </li>
    }
}

/// Guidance: why few ranked priorities, then each chosen issue as the report explains it,
/// with its figures, the Millennium Development Goals it bears on and the matching SDGs.
#[component]
fn PrioritiesGuidance() -> impl IntoView {
    let draft = DraftState::expect();
    let chosen = memo(move || {
        draft.proposal.with(|p| {
            let mut out: Vec<Issue> = Vec::new();
            for x in &p.priorities {
                if let PriorityIssue::Catalogue(i) = x.issue {
                    if !out.contains(&i) {
                        out.push(i);
                    }
                }
            }
            out
        })
    });
    let unexplained = memo(move || {
        draft
            .proposal
            .with(|p| p.priorities.iter().filter(|x| !has_text(&x.why)).count())
    });
    let focus = kb().strength_criterion("few_ranked_priorities");
    view! {
        <Guidance>
            {focus
                .map(|c| {
                    view! {
                        <h2>{move || c.title.get(lang()).to_string()}</h2>
                        <p>{move || c.text.get(lang()).to_string()}</p>
                        <Cite citation=c.citation.clone() />
                    }
                })}
            {move || {
                let n = unexplained.get();
                (n > 0)
                    .then(|| view! { <p class="note">{move || tn("priorities.guide_unexplained", n, &[])}</p> })
            }}
            {move || {
                let chosen = chosen.get();
                if chosen.is_empty() {
                    return view! { <p>{tr("priorities.guide_empty")}</p> }.into_any();
                }
                chosen
                    .into_iter()
                    .filter_map(|i| kb().priority(i.as_str()))
                    .enumerate()
                    .map(|(i, k)| view! { <IssueGuide issue=k open=i == 0 /> })
                    .collect_view()
                    .into_any()
            }}
        </Guidance>
    }
}

/// What the report says about one chosen issue, folded except for the top-ranked one so the
/// panel stays short: the explanation and advice, figures to cite, the Millennium Development
/// Goals it bears on (each goal's lever issue folded inside) and the matching SDG targets.
#[component]
fn IssueGuide(
    /// The issue as the knowledge base describes it.
    issue: &'static crate::knowledge::Priority,
    /// Whether it starts unfolded.
    open: bool,
) -> impl IntoView {
    let k = issue;
    let facts: Vec<_> = kb().facts_for_priority(&k.id).collect();
    let mdgs: Vec<_> = k.mdgs.iter().filter_map(|n| kb().mdg(*n)).collect();
    let sdgs = k
        .sdgs
        .iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <details class="issue-guide" open=open>
            <summary>{move || k.title.get(lang()).to_string()}</summary>
            <p>{move || k.summary.get(lang()).to_string()}</p>
            <p class="tip">{move || k.proposal_tip.get(lang()).to_string()}</p>
            <Cite citation=k.citation.clone() />
            {(!facts.is_empty())
                .then(|| {
                    view! {
                        <h3>{tr("priorities.guide_figures")}</h3>
                        <ul class="guide-list">
                            {facts.into_iter().map(|f| view! { <FactItem fact=f /> }).collect_view()}
                        </ul>
                    }
                })}
            {(!mdgs.is_empty())
                .then(|| {
                    view! {
                        <h3>{tr("priorities.guide_mdgs")}</h3>
                        <ul class="guide-list">
                            {mdgs
                                .into_iter()
                                .map(|g| {
                                    let title = move || {
                                        fill(
                                            t("priorities.guide_mdg"),
                                            &[("n", &g.number.to_string()), ("title", g.title.get(lang()))],
                                        )
                                    };
                                    view! {
                                        <li>
                                            <details>
                                                <summary>{title}</summary>
                                                <p>{move || g.lever_issue.get(lang()).to_string()}</p>
                                                <Cite citation=g.citation.clone() />
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {(!sdgs.is_empty())
                .then(|| {
                    view! {
                        <p>
                            <strong>{tr("priorities.guide_sdgs")}</strong>
                            " "
                            {sdgs.clone()}
                        </p>
                    }
                })}
        </details>
    }
}

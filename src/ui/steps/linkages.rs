//! Step 4, MDG and SDG linkages: an objectives × goals matrix that shows the multiplier
//! effect at a glance, and per objective its links to MDG targets, each with a reason, a
//! strength, the SDGs that carry the target on today and any further SDGs.

use super::objectives::fields::objective_name;
use crate::i18n::fill;
use crate::knowledge::{kb, Mdg};
use crate::model::linkage::SDG_MAX;
use crate::model::{ids, Id, MdgLinkage, PriorityIssue, Proposal, Strength};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{
    bind_in, deleted_what, field_id, focus_later, keyed_rows, move_callbacks, offer_undo, short,
    ItemTools,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::{Cite, Guidance, TextArea};
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
    let draft = DraftState::expect();
    let objective_ids = memo(move || {
        draft.proposal.with(|p| {
            p.logframe
                .objectives
                .iter()
                .map(|o| o.id)
                .collect::<Vec<_>>()
        })
    });
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

/// Objectives × the eight goals: how many targets of each goal each objective links to.
#[component]
fn Matrix() -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let rows = memo(move || {
        draft.proposal.with(|p| {
            p.logframe
                .objectives
                .iter()
                .map(|o| {
                    let mut targets: [BTreeSet<u32>; 8] = Default::default();
                    for l in p.linkages.iter().filter(|l| l.objective_id == o.id) {
                        if let Some(g) = goal_of(l.mdg_target) {
                            targets[usize::from(g.saturating_sub(1)).min(7)].insert(l.mdg_target);
                        }
                    }
                    let counts: Vec<usize> = targets.iter().map(BTreeSet::len).collect();
                    (o.id, objective_heading(p, o.id, 40), counts)
                })
                .collect::<Vec<_>>()
        })
    });
    let header = move || {
        kb().mdgs
            .iter()
            .map(|g| {
                let title = g.title.get(lang.get()).to_string();
                view! {
                    <th scope="col" class="goal-col">
                        <span aria-hidden="true">{tr("linkages.mdg_abbr")}<br />{g.number}</span>
                        <span class="sr-only">{mdg_title(g.number, &title)}</span>
                    </th>
                }
            })
            .collect_view()
    };
    let body = move || {
        rows.get()
            .into_iter()
            .map(|(_, heading, counts)| {
                let goals = counts.iter().filter(|c| **c > 0).count();
                let cells = counts
                    .into_iter()
                    .map(|c| {
                        if c == 0 {
                            view! {
                                <td class="zero">
                                    <span aria-hidden="true">"·"</span>
                                    <span class="sr-only">"0"</span>
                                </td>
                            }
                            .into_any()
                        } else {
                            view! { <td class="hit">{c}</td> }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{heading}</th>
                        {cells}
                        <td class="num-cell total">{goals}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="linkages-matrix-caption">
            <table class="matrix">
                <caption id="linkages-matrix-caption">{tr("linkages.matrix_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("linkages.objective")}</th>
                        {header}
                        <th scope="col">{tr("linkages.goals_reached")}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
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
            focus_later(field_id(&format!("linkages.{l}.mdg_target")));
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

/// One link: target, reason, strength, SDGs.
#[component]
fn LinkageItem(
    /// The objective linked.
    objective: Id,
    /// The linkage.
    id: Id,
    /// The ids of the objective's links, in order.
    order: Memo<Vec<Id>>,
    /// The objective's position (1-based).
    number: Signal<usize>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let siblings =
        memo(move || order.with(|l| (l.iter().position(|x| *x == id).unwrap_or(0), l.len())));
    let name = Signal::derive(move || {
        fill(
            t("linkages.link_of"),
            &[
                ("n", &(siblings.get().0 + 1).to_string()),
                ("owner", &objective_name(number.get())),
            ],
        )
    });
    // The fields below read this memo, so typing in another link re-runs nothing here.
    let link = memo(move || draft.proposal.with(|p| ids::find(&p.linkages, id).cloned()));
    let target = memo(move || link.with(|l| l.as_ref().map_or(0, |l| l.mdg_target)));
    let strength = memo(move || link.with(|l| l.as_ref().map(|l| l.strength)));
    let extra =
        memo(move || link.with(|l| l.as_ref().map(|l| l.extra_sdgs.clone()).unwrap_or_default()));
    let (reason, set_reason) = bind_in(
        link,
        |l| &l.reason,
        move |p, v| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                l.reason = v;
            }
        },
    );
    let set_target = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
            draft.edit(|p| {
                if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                    l.mdg_target = n;
                }
            });
        }
    };
    let set_strength = move |s: Strength| {
        draft.edit(|p| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                l.strength = s;
            }
        });
    };
    let toggle_sdg = move |n: u32, on: bool| {
        draft.edit(|p| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                l.extra_sdgs.retain(|x| *x != n);
                if on {
                    l.extra_sdgs.push(n);
                    l.extra_sdgs.sort_unstable();
                }
            }
        });
    };

    let item_id = format!("item-{id}");
    // Refocuses after every press, as these rows always did.
    let (on_up, on_down) = move_callbacks(
        item_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            move_within(&mut p.linkages, objective, id, up);
            true
        }),
    );
    let on_delete = Callback::new(move |_| {
        let what = deleted_what(&name.get_untracked(), "");
        let mut removed = None;
        draft.edit(|p| removed = ids::remove(&mut p.linkages, id));
        if let Some(r) = removed {
            offer_undo(&what, move || {
                let r = r.clone();
                draft.edit(|p| ids::restore(&mut p.linkages, r));
            });
        }
    });

    // Captures only the id, so it is `Copy` and usable in several closures.
    let fid = move |f: &str| field_id(&format!("linkages.{id}.{f}"));
    let select_id = fid("mdg_target");
    let select_for = select_id.clone();
    let strength_name = fid("strength");
    // The group itself carries the field's id, so a review link to `linkages.<id>.strength` lands here.
    let strength_id = strength_name.clone();
    let extra_id = fid("extra_sdgs");
    let extra_prefix = extra_id.clone();

    let options = move || {
        let lang = lang.get();
        kb().mdgs
            .iter()
            .map(|g| {
                let group = mdg_title(g.number, g.title.get(lang));
                let opts = g
                    .targets
                    .iter()
                    .map(|tg| {
                        let n = u32::from(tg.number);
                        let text = fill(
                            t("linkages.target_option"),
                            &[("n", &n.to_string()), ("text", tg.text.get(lang))],
                        );
                        view! {
                            <option value=n.to_string() prop:selected=move || target.get() == n>{text}</option>
                        }
                    })
                    .collect_view();
                view! { <optgroup label=group>{opts}</optgroup> }
            })
            .collect_view()
    };

    let sdgs = move || {
        let lang = lang.get();
        let n = target.get();
        let tgt = u8::try_from(n).ok().and_then(|n| kb().mdg_target(n));
        match tgt {
            None => view! { <p class="hint">{tr("linkages.sdg_choose_first")}</p> }.into_any(),
            Some(tg) => {
                let items = tg
                    .sdgs
                    .iter()
                    .map(|r| {
                        let title = kb()
                            .sdg(r.sdg)
                            .map(|s| s.title.get(lang).to_string())
                            .unwrap_or_default();
                        view! { <li><strong>{sdg_label(r)}</strong>" — "{title}</li> }
                    })
                    .collect_view();
                view! {
                    <p class="label">{tr("linkages.sdg_matching")}</p>
                    <ul class="sdgs">{items}</ul>
                }
                .into_any()
            }
        }
    };

    let extra_checks = move || {
        let lang = lang.get();
        let derived: Vec<u32> = u8::try_from(target.get())
            .ok()
            .and_then(|n| kb().mdg_target(n))
            .map(|tg| tg.sdgs.iter().map(|r| u32::from(r.sdg)).collect())
            .unwrap_or_default();
        let prefix = extra_prefix.clone();
        (1..=SDG_MAX)
            .filter(|n| !derived.contains(n))
            .map(|n| {
                let title = u8::try_from(n)
                    .ok()
                    .and_then(|k| kb().sdg(k))
                    .map(|s| s.title.get(lang).to_string())
                    .unwrap_or_default();
                let cid = format!("{prefix}-{n}");
                let for_id = cid.clone();
                view! {
                    <label for=for_id>
                        <input
                            type="checkbox"
                            id=cid
                            prop:checked=move || extra.with(|e| e.contains(&n))
                            on:change=move |ev| toggle_sdg(n, event_target_checked(&ev))
                        />
                        {fill(t("linkages.sdg_title"), &[("n", &n.to_string()), ("title", &title)])}
                    </label>
                }
            })
            .collect_view()
    };

    let radio = move |s: Strength, key: &'static str| {
        let rid = fid(&format!("strength.{}", s.as_str()));
        let for_id = rid.clone();
        let group = strength_name.clone();
        view! {
            <label for=for_id>
                <input
                    type="radio"
                    id=rid
                    name=group
                    value=s.as_str()
                    prop:checked=move || strength.get() == Some(s)
                    on:change=move |_| set_strength(s)
                />
                {tr(key)}
            </label>
        }
    };
    let reason_id = fid("reason");
    let heading_id = format!("h-linkages-{id}");
    let labelled_by = heading_id.clone();
    let chosen = move || extra.with(Vec::len);

    view! {
        <li id=item_id class="item linkage" aria-labelledby=labelled_by>
            <div class="card-head">
                <h3 id=heading_id>{move || {
                    let n = name.get();
                    let mut c = n.chars();
                    c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
                }}</h3>
                <ItemTools
                    name
                    pos=Signal::derive(move || siblings.get().0)
                    len=Signal::derive(move || siblings.get().1)
                    on_up
                    on_down
                    on_delete
                />
            </div>
            <div class="field">
                <label for=select_for>{tr("linkages.target")}</label>
                <select id=select_id on:change=set_target>
                    <option value="0" disabled prop:selected=move || target.get() == 0>{tr("linkages.choose_target")}</option>
                    {options}
                </select>
            </div>
            <TextArea id=reason_id label="linkages.reason" hint="linkages.reason_hint" value=reason on_input=set_reason rows=3 />
            <fieldset class="checks" id=strength_id tabindex="-1">
                <legend>{tr("linkages.strength")}</legend>
                {radio(Strength::Direct, "linkages.direct")}
                {radio(Strength::Indirect, "linkages.indirect")}
            </fieldset>
            <div class="sdg-box">{sdgs}</div>
            <details class="extra-sdgs" prop:open=move || { chosen() > 0 }>
                <summary>{move || fill(t("linkages.extra_summary"), &[("n", &chosen().to_string())])}</summary>
                <fieldset id=extra_id tabindex="-1" class="checks">
                    <legend>{tr("linkages.extra_legend")}</legend>
                    {extra_checks}
                </fieldset>
            </details>
        </li>
    }
}

/// One goal's lever issue, advice and figures, with citations.
fn goal_guidance(g: &'static Mdg, lang: UiLang) -> impl IntoView {
    let figures = g
        .figures
        .iter()
        .map(|f| {
            let citation = f.citation.clone();
            view! {
                <li>
                    <span class="figure">{move || f.figure.get(lang.get()).to_string()}</span>
                    " — "
                    {move || f.statement.get(lang.get()).to_string()}
                    <Cite citation />
                </li>
            }
        })
        .collect_view();
    let citation = g.citation.clone();
    view! {
        <section class="goal-guidance" aria-labelledby=format!("g-mdg-{}", g.number)>
            <h3 id=format!("g-mdg-{}", g.number)>
                {move || mdg_title(g.number, g.title.get(lang.get()))}
            </h3>
            <p><strong>{tr("linkages.g_lever")}</strong>" "{move || g.lever_issue.get(lang.get()).to_string()}</p>
            <p><strong>{tr("linkages.g_tip")}</strong>" "{move || g.proposal_tip.get(lang.get()).to_string()}</p>
            <Cite citation />
            {(!g.figures.is_empty()).then(|| view! {
                <p class="label">{tr("linkages.g_figures")}</p>
                <ul class="figures">{figures}</ul>
            })}
        </section>
    }
}

/// Guidance: how to map, then for each goal linked its lever issue and figures.
#[component]
fn LinkagesGuidance() -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let linked = memo(move || {
        draft.proposal.with(|p| {
            p.linkages
                .iter()
                .filter_map(|l| goal_of(l.mdg_target))
                .collect::<BTreeSet<u8>>()
        })
    });
    // Goals the proposal's catalogue priorities point to but no link reaches yet.
    let suggested = memo(move || {
        let linked = linked.get();
        draft.proposal.with(|p| {
            let mut goals = BTreeSet::new();
            for pr in &p.priorities {
                if let PriorityIssue::Catalogue(issue) = pr.issue {
                    if let Some(k) = kb().priority(issue.as_str()) {
                        goals.extend(k.mdgs.iter().copied());
                    }
                }
            }
            goals.retain(|g| !linked.contains(g));
            goals.into_iter().collect::<Vec<u8>>()
        })
    });
    let mapping = kb().strength_criterion("mdg_mapping").map(|c| {
        let citation = c.citation.clone();
        view! {
            <p>
                <strong>{move || c.title.get(lang.get()).to_string()}</strong>
                {crate::ui::lang::tr("app.term_separator")}
                {move || c.text.get(lang.get()).to_string()}
            </p>
            <Cite citation />
        }
    });
    let suggestions = move || {
        let goals = suggested.get();
        (!goals.is_empty()).then(|| {
            let items = goals
                .into_iter()
                .filter_map(|n| kb().mdg(n))
                .map(|g| view! { <li>{mdg_title(g.number, g.title.get(lang.get()))}</li> })
                .collect_view();
            view! {
                <p>{tr("linkages.g_suggested")}</p>
                <ul>{items}</ul>
            }
        })
    };
    let goals = move || {
        let linked = linked.get();
        if linked.is_empty() {
            return view! { <p class="hint">{tr("linkages.g_none")}</p> }.into_any();
        }
        linked
            .into_iter()
            .filter_map(|n| kb().mdg(n))
            .map(|g| goal_guidance(g, lang))
            .collect_view()
            .into_any()
    };
    view! {
        <Guidance>
            {mapping}
            <p>{tr("linkages.g_sdgs")}</p>
            {suggestions}
            {goals}
        </Guidance>
    }
}

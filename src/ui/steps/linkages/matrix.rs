//! The objectives × goals matrix: how many targets of each goal each objective links to.

use super::*;

/// Objectives × the eight goals: how many targets of each goal each objective links to.
#[component]
pub(super) fn Matrix() -> impl IntoView {
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

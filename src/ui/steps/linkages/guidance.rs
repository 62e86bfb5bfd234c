//! The step's guidance: how to map objectives to the goals, then for each goal linked its
//! lever issue, advice and figures, with citations.

use super::*;

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
                    " "
                    <span class="fact-when">{move || format!("({})", f.when_where(lang.get()))}</span>
                    <Cite citation />
                </li>
            }
        })
        .collect_view();
    let citation = g.citation.clone();
    let goal_sdgs = move || {
        g.sdgs
            .iter()
            .map(|n| format!("{} {n}", t("linkages.sdg_abbr")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // SDGs only the app links to this goal, each marked as its suggestion.
    let app_sdgs = g
        .suggested_sdgs
        .iter()
        .filter_map(|n| kb().sdg(*n))
        .map(|s| {
            view! {
                <li>
                    <strong>{move || format!("{} {}", t("linkages.sdg_abbr"), s.number)}</strong>
                    " — "{move || s.title.get(lang.get()).to_string()}
                    {crate::ui::lang::tr("app.term_separator")}
                    {move || s.asm_link.get(lang.get()).to_string()}
                    " "<em class="sdg-kind">"("{tr("linkages.sdg_app_suggestion")}")"</em>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="goal-guidance" aria-labelledby=format!("g-mdg-{}", g.number)>
            <h3 id=format!("g-mdg-{}", g.number)>
                {move || mdg_title(g.number, g.title.get(lang.get()))}
            </h3>
            <p><strong>{tr("linkages.g_lever")}</strong>" "{move || g.lever_issue.get(lang.get()).to_string()}</p>
            <p><strong>{tr("linkages.g_tip")}</strong>" "{move || g.proposal_tip.get(lang.get()).to_string()}</p>
            <Cite citation />
            <p><strong>{tr("linkages.g_goal_sdgs")}</strong>" "{goal_sdgs}</p>
            {(!app_sdgs.is_empty()).then(|| view! {
                <p class="label">{tr("linkages.g_app_sdgs")}</p>
                <ul class="figures">{app_sdgs}</ul>
            })}
            {(!g.figures.is_empty()).then(|| view! {
                <p class="label">{tr("linkages.g_figures")}</p>
                <ul class="figures">{figures}</ul>
            })}
        </section>
    }
}

/// Guidance: how to map, then for each goal linked its lever issue and figures.
#[component]
pub(super) fn LinkagesGuidance() -> impl IntoView {
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

//! Step 10, Risks: the risk register. Each risk has a kind, a likelihood and an impact (their
//! product is its score), a mitigation, an owner and the objectives or assumptions it
//! threatens; above the register, the risks counted on a likelihood × impact grid; beside it,
//! the kinds of risk the report names around mining sites, and the assumptions no risk covers.

use super::communication::kit::{objective_label, CheckGroup, Choice};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::{FieldPath, Id, Level, Proposal, Risk, RiskCategory, Step};
use crate::review::scan::has_text;
use crate::ui::lang::{num, t, tr, UiLang};
use crate::ui::list::{
    id_list, item_name, item_text, item_value, one_line, plain_remove, ListSpec,
};
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, read};
use crate::ui::widgets::{Cite, Guidance, TextArea, TextField};
use leptos::prelude::*;

fn list(p: &Proposal) -> &Vec<Risk> {
    &p.risks
}

fn list_mut(p: &mut Proposal) -> &mut Vec<Risk> {
    &mut p.risks
}

fn field(id: Id, name: &str) -> String {
    FieldPath::step(Step::Risks)
        .item(id)
        .field(name)
        .element_id()
}

/// Likelihood and impact from high to low: the grid's rows read like a heat map.
const LEVELS_DOWN: [Level; 3] = [Level::High, Level::Medium, Level::Low];

fn level_key(l: Level) -> &'static str {
    match l {
        Level::Low => "risks.level_low",
        Level::Medium => "risks.level_medium",
        Level::High => "risks.level_high",
    }
}

/// The band a score falls in: 1–2 low, 3–4 medium, 6–9 high (the guidance's reading).
fn band_key(score: u8) -> &'static str {
    match score {
        0..=2 => "risks.band_low",
        3..=4 => "risks.band_medium",
        _ => "risks.band_high",
    }
}

fn category_name(c: RiskCategory, lang: crate::i18n::Lang) -> String {
    kb().risk_category(c.as_str())
        .map(|k| k.name.get(lang).to_string())
        .unwrap_or_else(|| c.as_str().to_string())
}

/// The objectives and the assumptions (of the goal and of each objective) a risk may threaten,
/// as `(id, label)`, shared by every row through context.
#[derive(Clone, Copy)]
struct ThreatChoices(Memo<Vec<(Id, String)>>);

impl ThreatChoices {
    fn provide() {
        let lang = UiLang::expect();
        let draft = DraftState::expect();
        let choices = memo(move || {
            let _ = lang.get();
            draft.proposal.with(|p| {
                let lf = &p.logframe;
                let mut out: Vec<(Id, String)> = lf
                    .objectives
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.id, objective_label(i + 1, &o.text)))
                    .collect();
                for (i, a) in lf.goal.assumptions.iter().enumerate() {
                    let label = fill(
                        t("risks.goal_assumption"),
                        &[
                            ("n", &(i + 1).to_string()),
                            ("text", &one_line(&a.text, 70)),
                        ],
                    );
                    out.push((a.id, label));
                }
                for (m, o) in lf.objectives.iter().enumerate() {
                    for (i, a) in o.assumptions.iter().enumerate() {
                        let label = fill(
                            t("risks.objective_assumption"),
                            &[
                                ("n", &(i + 1).to_string()),
                                ("m", &(m + 1).to_string()),
                                ("text", &one_line(&a.text, 70)),
                            ],
                        );
                        out.push((a.id, label));
                    }
                }
                out
            })
        });
        provide_context(ThreatChoices(choices));
    }
}

/// The register with its grid and guidance.
#[component]
pub fn RisksStep() -> impl IntoView {
    ThreatChoices::provide();
    let spec = ListSpec {
        list,
        list_mut,
        add: |p| p.add_risk(),
        // Nothing links to a risk: putting it back is putting it in its place.
        remove: |p, id| plain_remove(p, id, list_mut),
        first_field: |id| field(id, "category"),
        name: |n, x| item_name("risks.item", n, &x.text),
        list_label: "risks.list",
        add_label: "risks.add",
        empty: "risks.empty",
        body: risk_body,
    };
    view! {
        <div class="step-grid">
            <div class="form">
                <p class="hint">{tr("risks.intro")}</p>
                <h2>{tr("risks.matrix")}</h2>
                <RiskMatrix />
                <h2>{tr("risks.list")}</h2>
                {id_list(spec)}
            </div>
            <RisksGuidance />
        </div>
    }
}

fn risk_body(id: Id) -> AnyView {
    let lang = UiLang::expect();
    let draft = DraftState::expect();
    let threats = expect_context::<ThreatChoices>();
    let (text, set_text) = item_text(list, list_mut, id, |x| &x.text, |x, v| x.text = v);
    let (mitigation, set_mitigation) = item_text(
        list,
        list_mut,
        id,
        |x| &x.mitigation,
        |x, v| x.mitigation = v,
    );
    let (owner, set_owner) = item_text(list, list_mut, id, |x| &x.owner, |x, v| x.owner = v);
    let edit = move |f: Box<dyn FnOnce(&mut Risk)>| {
        draft.edit(|p| {
            if let Some(x) = crate::model::ids::find_mut(&mut p.risks, id) {
                f(x);
            }
        })
    };
    let current = item_value(list, id);
    let category_options = memo(move || {
        let lang = lang.get();
        RiskCategory::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), category_name(*c, lang)))
            .collect::<Vec<_>>()
    });
    let level_options = memo(move || {
        let _ = lang.get();
        [Level::Low, Level::Medium, Level::High]
            .iter()
            .map(|l| (l.as_str().to_string(), t(level_key(*l)).to_string()))
            .collect::<Vec<_>>()
    });
    let category = memo(move || current.with(|x| x.category.as_str().to_string()));
    let likelihood = memo(move || {
        current.with(|x| {
            x.likelihood
                .map(|l| l.as_str().to_string())
                .unwrap_or_default()
        })
    });
    let impact = memo(move || {
        current.with(|x| x.impact.map(|l| l.as_str().to_string()).unwrap_or_default())
    });
    let score = memo(move || current.with(Risk::score));
    let threatened = memo(move || current.with(|x| x.threatens.clone()));
    view! {
        <Choice id=field(id, "category") label="risks.category" options=category_options
            value=category
            on_change=Callback::new(move |v: String| {
                if let Some(c) = RiskCategory::from_id(&v) {
                    edit(Box::new(move |x| x.category = c));
                }
            }) />
        <TextArea id=field(id, "text") label="risks.text" hint="risks.text_hint" value=text
            on_input=set_text rows=2 />
        <div class="row">
            <Choice id=field(id, "likelihood") label="risks.likelihood" none="risks.level_none"
                options=level_options value=likelihood
                on_change=Callback::new(move |v: String| {
                    edit(Box::new(move |x| x.likelihood = Level::from_id(&v)))
                }) />
            <Choice id=field(id, "impact") label="risks.impact" none="risks.level_none"
                options=level_options value=impact
                on_change=Callback::new(move |v: String| {
                    edit(Box::new(move |x| x.impact = Level::from_id(&v)))
                }) />
        </div>
        <p class="hint" aria-live="polite">
            {move || {
                let _ = lang.get();
                match score.get() {
                    Some(s) => fill(
                        t("risks.score"),
                        &[("score", &num(s as usize)), ("band", t(band_key(s)))],
                    ),
                    None => t("risks.score_none").to_string(),
                }
            }}
        </p>
        <TextArea id=field(id, "mitigation") label="risks.mitigation" hint="risks.mitigation_hint"
            value=mitigation on_input=set_mitigation rows=3 />
        <TextField id=field(id, "owner") label="risks.owner" hint="risks.owner_hint" value=owner
            on_input=set_owner autocomplete="organization" />
        <CheckGroup id=field(id, "threatens") legend="risks.threatens" empty="risks.no_targets"
            options=threats.0 checked=threatened
            on_toggle=Callback::new(move |(target, on): (Id, bool)| {
                edit(Box::new(move |x| {
                    x.threatens.retain(|o| *o != target);
                    if on {
                        x.threatens.push(target);
                    }
                }))
            }) />
    }
    .into_any()
}

/// Risks counted by likelihood (rows, high first) and impact (columns), and those not yet
/// assessed: a donor's first look at the register.
#[component]
fn RiskMatrix() -> impl IntoView {
    let lang = UiLang::expect();
    let counts = read(|p| {
        let grid: Vec<Vec<usize>> = LEVELS_DOWN
            .iter()
            .map(|l| {
                [Level::Low, Level::Medium, Level::High]
                    .iter()
                    .map(|i| {
                        p.risks
                            .iter()
                            .filter(|r| r.likelihood == Some(*l) && r.impact == Some(*i))
                            .count()
                    })
                    .collect()
            })
            .collect();
        let unassessed = p.risks.iter().filter(|r| r.score().is_none()).count();
        (grid, unassessed)
    });
    view! {
        <div class="summary" aria-live="polite">
            {move || {
                let _ = lang.get();
                let (grid, unassessed) = counts.get();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t("risks.matrix")>
                        <table class="risk-matrix">
                            <caption class="sr-only">{t("risks.matrix")}</caption>
                            <thead>
                                <tr>
                                    <td>{t("risks.matrix_corner")}</td>
                                    {[Level::Low, Level::Medium, Level::High]
                                        .iter()
                                        .map(|i| view! { <th scope="col" class="num-cell">{t(level_key(*i))}</th> })
                                        .collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {LEVELS_DOWN
                                    .iter()
                                    .zip(grid)
                                    .enumerate()
                                    .map(|(row, (l, cells))| view! {
                                        <tr>
                                            <th scope="row">{t(level_key(*l))}</th>
                                            {cells
                                                .into_iter()
                                                .enumerate()
                                                .map(|(col, n)| {
                                                    let score = (3 - row as u8) * (col as u8 + 1);
                                                    let class = format!("num-cell heat-{}", band_key(score).trim_start_matches("risks.band_"));
                                                    view! { <td class=class>{num(n)}</td> }
                                                })
                                                .collect_view()}
                                        </tr>
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(unassessed > 0).then(|| view! {
                        <p>{fill(t("risks.unassessed"), &[("n", &num(unassessed))])}</p>
                    })}
                }
            }}
        </div>
    }
}

/// The kinds of risk from the report (those in the register marked), how the score works, and
/// the assumptions no risk names yet.
#[component]
fn RisksGuidance() -> impl IntoView {
    let lang = UiLang::expect();
    let used = read(|p| {
        RiskCategory::ALL
            .iter()
            .copied()
            .filter(|c| p.risks.iter().any(|r| r.category == *c))
            .collect::<Vec<_>>()
    });
    let unmatched = read(|p| {
        let lf = &p.logframe;
        lf.goal
            .assumptions
            .iter()
            .chain(lf.objectives.iter().flat_map(|o| o.assumptions.iter()))
            .filter(|a| has_text(&a.text))
            .filter(|a| !p.risks.iter().any(|r| r.threatens.contains(&a.id)))
            .map(|a| one_line(&a.text, 90))
            .collect::<Vec<_>>()
    });
    view! {
        <Guidance>
            <h2>{tr("risks.guide_heading")}</h2>
            <p>{tr("risks.guide_intro")}</p>
            <ul class="guide-list">
                {kb().risk_categories
                    .iter()
                    .map(|k| {
                        let here = RiskCategory::from_id(&k.id);
                        view! {
                            <li>
                                <strong>{move || k.name.get(lang.get()).to_string()}</strong>
                                {move || used.with(|u| here.is_some_and(|c| u.contains(&c))).then(|| view! {
                                    " " <span class="tag suits">{t("risks.in_use")}</span>
                                })}
                                <p>{move || k.description.get(lang.get()).to_string()}</p>
                                <p>
                                    <strong>{tr("risks.guide_helps")}</strong>
                                    " "
                                    {move || k.mitigation.get(lang.get()).to_string()}
                                </p>
                                <Cite citation=k.citation.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>{tr("risks.guide_scoring")}</h2>
            <p>{tr("risks.guide_scoring_text")}</p>
            {move || {
                let list = unmatched.get();
                (!list.is_empty()).then(|| view! {
                    <p class="note">{tr("risks.guide_unmatched")}</p>
                    <ul>
                        {list.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                    </ul>
                })
            }}
        </Guidance>
    }
}

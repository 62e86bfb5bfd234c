//! Step 8, Budget: lines by category, each linked to an objective, with co-funding and the
//! partner who gives it, spread over the project's years; totals by category, by objective,
//! by year and by funder, and overall in the proposal's currency, checked against the amount
//! requested on the Context step.

mod breakdown;
mod line;
mod num;
mod years;

use super::communication::kit::report_citation;
use crate::i18n::{fill, Lang};
use crate::knowledge::kb;
use crate::model::budget::BudgetTotals;
use crate::model::{BudgetCategory, BudgetLine, Id, Money, Proposal};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{id_list, item_name, plain_remove, ListSpec};
use crate::ui::steps::communication::kit::ObjectiveChoices;
use crate::ui::widgets::{read, Cite, Guidance};
use leptos::prelude::*;
use line::{category_key, field, line_body, lines, lines_mut};
use num::money_text;

/// The proposal currency's code and minor digits (`None` while the code is unknown), shared
/// by every line.
#[derive(Clone, Copy)]
pub struct Currency(pub Memo<(String, Option<u32>)>);

/// The budget form with its totals and guidance.
#[component]
pub fn BudgetStep() -> impl IntoView {
    ObjectiveChoices::provide();
    let currency = read(|p| (p.context.currency.clone(), p.currency_exponent()));
    provide_context(Currency(currency));
    years::YearsContext::provide();
    let spec = ListSpec {
        list: lines,
        list_mut: lines_mut,
        add: |p| p.add_budget_line(),
        remove: |p, id| plain_remove(p, id, lines_mut),
        first_field: |id| field(id, "category"),
        name: |n, x| item_name("budget.line_n", n, &x.description),
        list_label: "budget.lines",
        add_label: "budget.add",
        empty: "budget.empty",
        body: line_body,
    };
    view! {
        <div class="step-grid">
            <div class="form">
                <Show when=move || currency.with(|c| c.1.is_none())>
                    <p class="note">
                        {tr("budget.no_currency")} " "
                        <a href="#/context">{tr("budget.go_context")}</a>
                    </p>
                </Show>
                <h2>{tr("budget.lines")}</h2>
                {id_list(spec)}
                <h2>{tr("budget.totals")}</h2>
                <Totals />
                <breakdown::ByYear />
                <breakdown::ByFunder />
            </div>
            <BudgetGuidance />
        </div>
    }
}

/// Sums lines with the model's definitions (cost = quantity × unit cost, requested = cost −
/// co-funding), `None` on overflow; like `model::budget::totals` without copying lines.
fn sum<'a>(lines: impl Iterator<Item = &'a BudgetLine>) -> Option<BudgetTotals> {
    let mut t = BudgetTotals::default();
    for l in lines {
        t.cost = t.cost.checked_add(l.cost()?)?;
        t.cofunding = t.cofunding.checked_add(l.cofunding)?;
        t.requested = t.requested.checked_add(l.requested()?)?;
    }
    Some(t)
}

/// Everything the totals table shows, computed in one pass over the draft.
#[derive(Clone, Debug, PartialEq)]
struct Summary {
    by_category: Vec<(BudgetCategory, Option<BudgetTotals>)>,
    by_objective: Vec<(Option<Id>, Option<BudgetTotals>)>,
    overall: Option<BudgetTotals>,
    asked: Money,
    lines: usize,
}

fn summarise(p: &Proposal) -> Summary {
    let by_category = BudgetCategory::ALL
        .iter()
        .filter(|c| p.budget.iter().any(|l| l.category == **c))
        .map(|c| (*c, sum(p.budget.iter().filter(|l| l.category == *c))))
        .collect();
    let mut by_objective: Vec<_> = p
        .logframe
        .objectives
        .iter()
        .map(|o| {
            (
                Some(o.id),
                sum(p.budget.iter().filter(|l| l.objective_id == Some(o.id))),
            )
        })
        .collect();
    if p.budget.iter().any(|l| l.objective_id.is_none()) {
        by_objective.push((
            None,
            sum(p.budget.iter().filter(|l| l.objective_id.is_none())),
        ));
    }
    Summary {
        by_category,
        by_objective,
        overall: p.budget_totals(),
        asked: p.context.amount_requested,
        lines: p.budget.len(),
    }
}

/// The totals tables and the comparison with the amount requested.
#[component]
fn Totals() -> impl IntoView {
    let lang = UiLang::expect();
    let currency = expect_context::<Currency>().0;
    let summary = read(summarise);
    let objectives = ObjectiveChoices::expect().0;
    view! {
        <div class="totals">
            {move || {
                let lang = lang.get();
                let (code, exp) = currency.with(|c| (c.0.clone(), c.1.unwrap_or(2)));
                let s = summary.get();
                let money = move |m: Money| money_text(m, exp, lang, &code);
                let money2 = money.clone();
                let cells = move |tot: Option<BudgetTotals>| match tot {
                    Some(x) => view! {
                        <td class="num-cell">{money(x.cost)}</td>
                        <td class="num-cell">{money(x.cofunding)}</td>
                        <td class="num-cell">{money(x.requested)}</td>
                    }
                    .into_any(),
                    None => view! { <td colspan="3">{t("budget.overflow")}</td> }.into_any(),
                };
                let head = move |first: &'static str| view! {
                    <thead>
                        <tr>
                            <th scope="col">{t(first)}</th>
                            <th scope="col" class="num-cell">{t("budget.cost")}</th>
                            <th scope="col" class="num-cell">{t("budget.cofunding")}</th>
                            <th scope="col" class="num-cell">{t("budget.requested")}</th>
                        </tr>
                    </thead>
                };
                let objective_label = move |o: Option<Id>| match o {
                    Some(id) => objectives
                        .with(|v| v.iter().find(|(i, _)| *i == id).map(|(_, l)| l.clone()))
                        .unwrap_or_else(|| id.to_string()),
                    None => t("budget.no_objective").to_string(),
                };
                if s.lines == 0 {
                    return view! { <p class="hint">{t("budget.totals_empty")}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t("budget.by_category")>
                        <table>
                            <caption>{t("budget.by_category")}</caption>
                            {head("budget.category")}
                            <tbody>
                                {s.by_category.into_iter().map(|(c, tot)| view! {
                                    <tr><th scope="row">{t(category_key(c))}</th>{cells.clone()(tot)}</tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot>
                                <tr><th scope="row">{t("budget.total")}</th>{cells.clone()(s.overall)}</tr>
                            </tfoot>
                        </table>
                    </div>
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t("budget.by_objective")>
                        <table>
                            <caption>{t("budget.by_objective")}</caption>
                            {head("budget.objective")}
                            <tbody>
                                {s.by_objective.into_iter().map(|(o, tot)| view! {
                                    <tr><th scope="row">{objective_label(o)}</th>{cells.clone()(tot)}</tr>
                                }).collect_view()}
                            </tbody>
                            <tfoot>
                                <tr><th scope="row">{t("budget.total")}</th>{cells.clone()(s.overall)}</tr>
                            </tfoot>
                        </table>
                    </div>
                    <p class="compare" aria-live="polite">{compare(s.overall, s.asked, &money2)}</p>
                }
                .into_any()
            }}
        </div>
    }
}

/// How the lines' requested total compares with the amount requested on the Context step.
fn compare(overall: Option<BudgetTotals>, asked: Money, money: &dyn Fn(Money) -> String) -> String {
    let Some(total) = overall else {
        return t("budget.overflow").to_string();
    };
    if asked.0 == 0 {
        return fill(
            t("budget.asked_unset"),
            &[("total", &money(total.requested))],
        );
    }
    let asked_s = money(asked);
    match total.requested.0.checked_sub(asked.0).map(Money) {
        Some(d) if d.0 == 0 => fill(t("budget.asked_match"), &[("asked", &asked_s)]),
        Some(d) if d.0 > 0 => fill(
            t("budget.asked_more"),
            &[
                ("diff", &money(d)),
                ("asked", &asked_s),
                ("total", &money(total.requested)),
            ],
        ),
        Some(d) => fill(
            t("budget.asked_less"),
            &[
                ("diff", &money(Money(-d.0))),
                ("asked", &asked_s),
                ("total", &money(total.requested)),
            ],
        ),
        None => t("budget.overflow").to_string(),
    }
}

/// The report's points on a credible request, pointed at unlinked lines and the gap with
/// the amount requested.
#[component]
fn BudgetGuidance() -> impl IntoView {
    let lang = UiLang::expect();
    let unlinked = read(|p| p.budget.iter().filter(|l| l.objective_id.is_none()).count());
    let unfunded_objectives = read(|p| {
        p.logframe
            .objectives
            .iter()
            .filter(|o| !p.budget.iter().any(|l| l.objective_id == Some(o.id)))
            .count()
    });
    let lesson = move |id: &'static str| {
        move || {
            let lang: Lang = lang.get();
            kb().donor_lessons.iter().find(|l| l.id == id).map(|l| {
                view! {
                    <h3>{l.title.get(lang).to_string()}</h3>
                    <p>{l.text.get(lang).to_string()}</p>
                    <Cite citation=l.citation.clone() />
                }
            })
        }
    };
    let criterion = kb().strength_criterion("specific_coordinated_request");
    view! {
        <Guidance>
            <p>{tr("budget.guide_intro")}</p>
            {move || (unlinked.get() > 0).then(|| view! {
                <p class="note">{fill(t("budget.note_unlinked"), &[("n", &unlinked.get().to_string())])}</p>
            })}
            {move || (unfunded_objectives.get() > 0).then(|| view! {
                <p class="note">{fill(t("budget.note_unfunded"), &[("n", &unfunded_objectives.get().to_string())])}</p>
            })}
            {criterion.map(|c| view! {
                <h3>{move || c.title.get(lang.get()).to_string()}</h3>
                <p>{move || c.text.get(lang.get()).to_string()}</p>
                <Cite citation=c.citation.clone() />
            })}
            {lesson("one_coordinated_request")}
            {lesson("show_accountability")}
            {lesson("measure_results")}
            <h3>{tr("budget_years.guide_years")}</h3>
            <p>{tr("budget_years.guide_years_text")}</p>
            {report_citation("opening_hobbs").map(|c| view! { <Cite citation=c /> })}
            <h3>{tr("budget_years.guide_funders")}</h3>
            <p>{tr("budget_years.guide_funders_text")}</p>
            {report_citation("theme_5").map(|c| view! { <Cite citation=c /> })}
        </Guidance>
    }
}

//! The budget's totals by category and year, and by funder: the donor's share (the amount
//! requested) and each co-funder's, with how firm each partner's commitment is.

use super::line::category_key;
use super::num::money_text;
use super::years::{partner_label, year_label, YearsContext};
use super::Currency;
use crate::i18n::{fill, format};
use crate::model::budget::{self, Funder};
use crate::model::{BudgetCategory, Commitment, Money, Proposal};
use crate::ui::lang::{t, UiLang};
use crate::ui::widgets::read;
use leptos::prelude::*;

/// One row of the table by year: the years' sums, the part of the cost in no year, the cost.
#[derive(Clone, Debug, PartialEq)]
struct YearRow {
    years: Vec<Option<Money>>,
    unplaced: Option<Money>,
    cost: Option<Money>,
}

fn year_row<'a>(
    lines: impl Iterator<Item = &'a crate::model::BudgetLine> + Clone,
    n: usize,
) -> YearRow {
    let years = (0..n)
        .map(|y| {
            Money::checked_sum(
                lines
                    .clone()
                    .map(|l| l.by_year.get(y).copied().unwrap_or_default()),
            )
        })
        .collect();
    let cost = lines
        .clone()
        .try_fold(Money(0), |t, l| t.checked_add(l.cost()?));
    let placed = lines
        .clone()
        .try_fold(Money(0), |t, l| t.checked_add(l.years_total()?));
    let unplaced = match (cost, placed) {
        (Some(c), Some(p)) => c.0.checked_sub(p.0).map(Money),
        _ => None,
    };
    YearRow {
        years,
        unplaced,
        cost,
    }
}

#[derive(Clone, Debug, PartialEq)]
struct ByYearData {
    n: usize,
    rows: Vec<(BudgetCategory, YearRow)>,
    total: YearRow,
}

fn by_year(p: &Proposal) -> ByYearData {
    let n = budget::year_count(&p.context.duration, &p.budget);
    let rows = BudgetCategory::ALL
        .iter()
        .filter(|c| p.budget.iter().any(|l| l.category == **c))
        .map(|c| {
            (
                *c,
                year_row(p.budget.iter().filter(|l| l.category == *c), n),
            )
        })
        .collect();
    ByYearData {
        n,
        rows,
        total: year_row(p.budget.iter(), n),
    }
}

/// Totals by category (rows) and project year (columns), with the part of each category's
/// cost not yet placed in a year.
#[component]
pub(super) fn ByYear() -> impl IntoView {
    let lang = UiLang::expect();
    let currency = expect_context::<Currency>().0;
    let ctx = expect_context::<YearsContext>();
    let data = read(by_year);
    move || {
        let lang = lang.get();
        let (code, exp) = currency.with(|c| (c.0.clone(), c.1.unwrap_or(2)));
        let d = data.get();
        if d.n == 0 || d.rows.is_empty() {
            return None;
        }
        let project = ctx.years.get();
        let show_unplaced = d.total.unplaced.is_none_or(|m| m.0 != 0);
        let cell = move |m: Option<Money>| {
            let text = match m {
                Some(m) => money_text(m, exp, lang, &code),
                None => t("budget.overflow").to_string(),
            };
            view! { <td class="num-cell">{text}</td> }
        };
        let cells = move |r: YearRow| {
            view! {
                {r.years.into_iter().map(cell.clone()).collect_view()}
                {show_unplaced.then(|| cell.clone()(r.unplaced))}
                {cell.clone()(r.cost)}
            }
        };
        let caption = t("budget_years.by_year");
        Some(view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=caption>
                <table class="by-year">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("budget.category")}</th>
                            {(1..=d.n).map(|y| view! {
                                <th scope="col" class="num-cell">{year_label(y, project)}</th>
                            }).collect_view()}
                            {show_unplaced.then(|| view! {
                                <th scope="col" class="num-cell">{t("budget_years.no_year")}</th>
                            })}
                            <th scope="col" class="num-cell">{t("budget.total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d.rows.into_iter().map(|(c, r)| view! {
                            <tr><th scope="row">{t(category_key(c))}</th>{cells.clone()(r)}</tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr><th scope="row">{t("budget.total")}</th>{cells.clone()(d.total)}</tr>
                    </tfoot>
                </table>
            </div>
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
enum FunderName {
    Donor(String),
    Partner(usize, String, Commitment),
    Named(String),
    Unnamed,
}

#[derive(Clone, Debug, PartialEq)]
struct ByFunderData {
    rows: Vec<(FunderName, Money)>,
    cost: Money,
}

fn by_funder(p: &Proposal) -> Option<ByFunderData> {
    if p.budget.is_empty() {
        return None;
    }
    let rows = budget::totals_by_funder(&p.budget, &p.partners)?;
    let rows = rows
        .into_iter()
        .map(|(f, m)| {
            let name = match f {
                Funder::Donor => FunderName::Donor(p.context.donor.name.trim().to_string()),
                Funder::Partner(id) => {
                    let i = p.partners.iter().position(|x| x.id == id).unwrap_or(0);
                    let x = &p.partners[i];
                    FunderName::Partner(i + 1, x.name.trim().to_string(), x.commitment)
                }
                Funder::Named(s) => FunderName::Named(s),
                Funder::Unnamed => FunderName::Unnamed,
            };
            (name, m)
        })
        .collect();
    Some(ByFunderData {
        rows,
        cost: p.budget_totals()?.cost,
    })
}

/// What the donor and each co-funder pay, and their share of the cost.
#[component]
pub(super) fn ByFunder() -> impl IntoView {
    let lang = UiLang::expect();
    let currency = expect_context::<Currency>().0;
    let data = read(by_funder);
    move || {
        let lang = lang.get();
        let (code, exp) = currency.with(|c| (c.0.clone(), c.1.unwrap_or(2)));
        let d = data.get()?;
        let money = move |m: Money| money_text(m, exp, lang, &code);
        let share = move |m: Money| {
            if d.cost.0 <= 0 {
                return String::new();
            }
            let pct = (i128::from(m.0) * 100 + i128::from(d.cost.0) / 2) / i128::from(d.cost.0);
            format::percent(lang, i64::try_from(pct).unwrap_or(0))
        };
        let label = |f: &FunderName| match f {
            FunderName::Donor(name) if name.is_empty() => {
                t("budget_years.donor_unnamed").to_string()
            }
            FunderName::Donor(name) => fill(t("budget_years.donor"), &[("donor", name)]),
            FunderName::Partner(n, name, c) => partner_label(*n, name, *c),
            FunderName::Named(s) => s.clone(),
            FunderName::Unnamed => t("budget_years.unnamed").to_string(),
        };
        let caption = t("budget_years.by_funder");
        Some(view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=caption>
                <table class="by-funder">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("budget_years.funder")}</th>
                            <th scope="col" class="num-cell">{t("budget_years.amount")}</th>
                            <th scope="col" class="num-cell">{t("budget_years.share")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d.rows.iter().map(|(f, m)| view! {
                            <tr>
                                <th scope="row">{label(f)}</th>
                                <td class="num-cell">{money.clone()(*m)}</td>
                                <td class="num-cell">{share(*m)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{t("budget.total")}</th>
                            <td class="num-cell">{money.clone()(d.cost)}</td>
                            <td class="num-cell">{format::percent(lang, 100)}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        })
    }
}

//! One line's cost by project year (an input per year, a button that spreads the cost evenly)
//! and the partner who co-funds it. Amounts typed for years after the project's end stay, each
//! in its own field marked as after the end, until the person moves or clears them.

use super::line::{field, lines};
use super::num::{money_input, money_text, parse_money, NumberField, NumberProblem};
use super::Currency;
use crate::i18n::fill;
use crate::model::budget::{project_years, MAX_YEARS};
use crate::model::{ids, rules, BudgetLine, Commitment, Id, Money};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::item_value;
use crate::ui::state::DraftState;
use crate::ui::steps::communication::kit::Choice;
use crate::ui::widgets::{memo, read};
use leptos::prelude::*;

/// What every line's years and co-funder fields share, computed once for the step: the
/// project's length in years and the partners a line can name.
#[derive(Clone, Copy)]
pub struct YearsContext {
    /// Project years from the Context step's dates (`None` without a valid start and end).
    pub years: Memo<Option<usize>>,
    /// Partners in their order on the Partners step: id, name, commitment.
    pub partners: Memo<Vec<(Id, String, Commitment)>>,
}

impl YearsContext {
    /// Provides the context for the step's lines.
    pub fn provide() -> Self {
        let c = YearsContext {
            years: read(|p| project_years(&p.context.duration)),
            partners: read(|p| {
                p.partners
                    .iter()
                    .map(|x| (x.id, x.name.trim().to_string(), x.commitment))
                    .collect()
            }),
        };
        provide_context(c);
        c
    }
}

/// Translation key of a commitment's short name, as it follows a partner's name.
pub fn commitment_key(c: Commitment) -> &'static str {
    match c {
        Commitment::Confirmed => "budget_years.status_confirmed",
        Commitment::InDiscussion => "budget_years.status_in_discussion",
        Commitment::ToApproach => "budget_years.status_to_approach",
    }
}

/// A partner as lists name it: its name and how firm its commitment is.
pub fn partner_label(n: usize, name: &str, c: Commitment) -> String {
    let name = if name.is_empty() {
        fill(t("budget_years.partner_n"), &[("n", &n.to_string())])
    } else {
        name.to_string()
    };
    fill(
        t("budget_years.partner_option"),
        &[("name", &name), ("status", t(commitment_key(c)))],
    )
}

/// "Year 2", or "Year 4 (after the project's end)".
pub fn year_label(n: usize, project: Option<usize>) -> String {
    let key = match project {
        Some(y) if n > y => "budget_years.year_after",
        _ => "budget_years.year",
    };
    fill(t(key), &[("n", &n.to_string())])
}

/// The co-funding partner select, with a note when that partner has not confirmed.
pub(super) fn cofunder_field(id: Id) -> impl IntoView {
    let draft = DraftState::expect();
    let ctx = expect_context::<YearsContext>();
    let line = item_value(lines, id);
    let options = memo(move || {
        let _ = UiLang::expect().get();
        ctx.partners.with(|v| {
            v.iter()
                .enumerate()
                .map(|(i, (pid, name, c))| (pid.to_string(), partner_label(i + 1, name, *c)))
                .collect::<Vec<_>>()
        })
    });
    let value = memo(move || {
        line.with(|l| {
            l.cofunding_partner
                .map(|p| p.to_string())
                .unwrap_or_default()
        })
    });
    let unconfirmed = move || {
        let (partner, cofunding) = line.with(|l| (l.cofunding_partner, l.cofunding));
        let (name, c) = ctx.partners.with(|v| {
            v.iter()
                .find(|(pid, _, _)| Some(*pid) == partner)
                .map(|(_, n, c)| (n.clone(), *c))
        })?;
        (c != Commitment::Confirmed && cofunding.0 > 0).then(|| {
            view! {
                <p class="note">{fill(t("budget_years.partner_unconfirmed"), &[("name", &name)])}</p>
            }
        })
    };
    view! {
        <Choice id=field(id, "cofunding_partner") label="budget_years.cofunding_partner"
            none="budget_years.no_partner" options=options value=value
            on_change=Callback::new(move |v: String| {
                let partner = v.parse::<u32>().ok().map(Id);
                draft.edit(|p| {
                    if let Some(x) = ids::find_mut(&mut p.budget, id) {
                        x.cofunding_partner = partner;
                    }
                });
            }) />
        {unconfirmed}
    }
}

/// The line's amount for each project year, the spread button and how the years compare with
/// the line's cost.
pub(super) fn years_field(id: Id) -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let currency = expect_context::<Currency>().0;
    let ctx = expect_context::<YearsContext>();
    let line = item_value(lines, id);
    let edit = move |f: Box<dyn FnOnce(&mut BudgetLine)>| {
        draft.edit(|p| {
            if let Some(x) = ids::find_mut(&mut p.budget, id) {
                f(x);
            }
        })
    };
    // Fields for the project's years, and for later years that hold an amount.
    let count = memo(move || {
        let own = line.with(|l| l.by_year.len());
        ctx.years.get().unwrap_or(0).max(own).min(MAX_YEARS)
    });
    let code = Signal::derive(move || currency.with(|c| c.0.clone()));
    let year_input = move |n: usize| {
        let shown = Signal::derive(move || {
            let exp = currency.with(|c| c.1.unwrap_or(2));
            let m = line.with(|l| l.by_year.get(n - 1).copied().unwrap_or_default());
            money_input(m, exp, lang.get())
        });
        let stored = Signal::derive(move || {
            line.with(|l| {
                l.by_year
                    .get(n - 1)
                    .and_then(|m| rules::amount(*m).err())
                    .map(NumberProblem::Rule)
            })
        });
        let store = Callback::new(move |v: String| -> Option<NumberProblem> {
            let exp = currency.with_untracked(|c| c.1.unwrap_or(2));
            let m = match parse_money(&v, exp, lang.0.get_untracked()) {
                Ok(m) => m,
                Err(e) => return Some(e),
            };
            let years = ctx.years.get_untracked().unwrap_or(0);
            let changed = draft.proposal.with_untracked(|p| {
                let mut changed = ids::find(&p.budget, id)?.clone();
                changed.set_year(n, m, years);
                Some((rules::years_fit(&p.budget, &changed), changed.by_year))
            });
            match changed {
                Some((Err(kind), _)) => Some(NumberProblem::Rule(kind)),
                Some((Ok(()), by_year)) => {
                    edit(Box::new(move |x| x.by_year = by_year));
                    None
                }
                None => None,
            }
        });
        let label = Signal::derive(move || {
            let _ = lang.get();
            year_label(n, ctx.years.get())
        });
        view! {
            <NumberField id=format!("{}-{n}", field(id, "by_year")) label="budget_years.year"
                label_text=label unit=code shown=shown store=store stored=stored />
        }
    };
    let summary = move || {
        let lang = lang.get();
        let (code, exp) = currency.with(|c| (c.0.clone(), c.1.unwrap_or(2)));
        let money = |m: Money| money_text(m, exp, lang, &code);
        line.with(|l| {
            if !l.is_spread() {
                return t("budget_years.not_spread").to_string();
            }
            let (Some(cost), Some(sum)) = (l.cost(), l.years_total()) else {
                return t("budget.line_overflow").to_string();
            };
            let diff = Money(sum.0.saturating_sub(cost.0).saturating_abs());
            let key = match sum.cmp(&cost) {
                std::cmp::Ordering::Equal => "budget_years.sum_match",
                std::cmp::Ordering::Less => "budget_years.sum_less",
                std::cmp::Ordering::Greater => "budget_years.sum_more",
            };
            fill(
                t(key),
                &[
                    ("sum", &money(sum)),
                    ("cost", &money(cost)),
                    ("diff", &money(diff)),
                ],
            )
        })
    };
    let after_end = move || {
        let years = ctx.years.get()?;
        let later = line.with(|l| l.years_after_end(years));
        Some(
            later
                .into_iter()
                .map(|(n, _)| {
                    view! {
                        <p class="note">{fill(t("budget_years.after_end_note"), &[("n", &n.to_string())])}</p>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <fieldset class="years" id=field(id, "by_year") tabindex="-1">
            <legend>{tr("budget_years.legend")}</legend>
            {move || ctx.years.get().is_none().then(|| view! {
                <p class="hint">{tr("budget_years.no_dates")}</p>
            })}
            <div class="year-grid">
                <For each={move || (1..=count.get()).collect::<Vec<_>>()} key={|n| *n} let:n>
                    {year_input(n)}
                </For>
            </div>
            {after_end}
            <div class="years-foot">
                <p class="line-years">{summary}</p>
                <button type="button" class="secondary small"
                    disabled=move || ctx.years.get().is_none()
                    on:click=move |_| {
                        let years = ctx.years.get_untracked().unwrap_or(0);
                        edit(Box::new(move |x| {
                            x.spread(years);
                        }));
                    }>
                    {tr("budget_years.spread")}
                </button>
            </div>
        </fieldset>
    }
}

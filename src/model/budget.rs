//! Step 8, `budget`: lines by category, linked to objectives, with co-funding.
//!
//! Definitions every module shares (so review, exports and UI agree to the cent):
//! a line's **cost** is `quantity × unit_cost` rounded half away from zero to the minor unit;
//! its **requested** amount is `cost − cofunding`; the proposal's requested total is the sum
//! of requested amounts and should equal `context.amount_requested`.
//!
//! A line's cost can be spread over the project's years (`by_year[0]` is year 1, the twelve
//! months from `context.duration.start`); when any year is filled, the years should add up to
//! the cost. Co-funding can name a partner (`cofunding_partner`), whose commitment the review
//! checks; `cofunding_source` stays as free text for funders who are not partners.

use super::date::{days_in_month, parse_date, Date};
use super::ids::{id_enum, impl_has_id, Id};
use super::money::{Money, Quantity};
use super::partners::Partner;

id_enum! {
    /// Budget category.
    #[derive(Default)]
    BudgetCategory {
        /// Salaries and fees of project staff.
        Personnel = "personnel",
        /// Transport, per diems.
        Travel = "travel",
        /// Durable equipment (retorts, kits).
        Equipment = "equipment",
        /// Consumables.
        Supplies = "supplies",
        /// Training and capacity building.
        Training = "training",
        /// Workshops and meetings.
        Meetings = "meetings",
        /// Grants, revolving or credit funds passed on to beneficiaries.
        GrantsCredit = "grants_credit",
        /// Communication and advocacy.
        Communication = "communication",
        /// Monitoring, evaluation, audit.
        MonitoringEvaluation = "monitoring_evaluation",
        /// Contracted services.
        Services = "services",
        /// Administrative overheads.
        Overheads = "overheads",
        /// Anything else (the default).
        #[default]
        Other = "other",
    }
}

/// One budget line. Paths `budget.<id>.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BudgetLine {
    /// Stable id.
    pub id: Id,
    /// Category.
    pub category: BudgetCategory,
    /// What is bought.
    pub description: String,
    /// Unit (`month`, `workshop`, `kit`).
    pub unit: String,
    /// How many units, in thousandths.
    pub quantity: Quantity,
    /// Cost of one unit, in minor units of the proposal currency.
    pub unit_cost: Money,
    /// Objective it serves (set to `None` when that objective is removed).
    pub objective_id: Option<Id>,
    /// Part of the cost covered by others, in minor units.
    pub cofunding: Money,
    /// Who covers the co-funding, in words.
    pub cofunding_source: String,
    /// The partner who covers the co-funding, if it is one (cleared when it is removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cofunding_partner: Option<Id>,
    /// The cost spread over project years, in minor units; empty when not spread.
    /// Path `budget.<id>.by_year`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_year: Vec<Money>,
}

impl BudgetLine {
    /// A blank line with this id.
    pub fn new(id: Id) -> Self {
        BudgetLine {
            id,
            ..Default::default()
        }
    }

    /// `quantity × unit_cost`, or `None` on overflow.
    pub fn cost(&self) -> Option<Money> {
        self.quantity.times(self.unit_cost)
    }

    /// `cost − cofunding`, or `None` on overflow.
    pub fn requested(&self) -> Option<Money> {
        self.cost()?.0.checked_sub(self.cofunding.0).map(Money)
    }

    /// Whether any year holds an amount: only then should the years add up to the cost.
    pub fn is_spread(&self) -> bool {
        self.by_year.iter().any(|m| m.0 != 0)
    }

    /// Sum of the yearly amounts, `None` on overflow.
    pub fn years_total(&self) -> Option<Money> {
        Money::checked_sum(self.by_year.iter().copied())
    }

    /// Spreads the cost evenly over `years` ([`spread_evenly`]), replacing the yearly amounts
    /// (those after the last year too: the cost they were part of is spread again). Returns
    /// `false`, changing nothing, for zero years or a cost too large to compute.
    pub fn spread(&mut self, years: usize) -> bool {
        match self.cost() {
            Some(cost) if years > 0 => {
                self.by_year = spread_evenly(cost, years.min(MAX_YEARS));
                if !self.is_spread() {
                    self.by_year.clear();
                }
                true
            }
            _ => false,
        }
    }

    /// Sets the amount of year `year` (1 is the first) of a project of `years` years. The list
    /// grows with zero years to reach it (and to cover the project's years when it starts);
    /// zero years at the end after the project's last year are dropped, and a line whose years
    /// are all zero is no longer spread. Amounts in other years, after the end too, are kept.
    /// Years past [`MAX_YEARS`] are ignored.
    pub fn set_year(&mut self, year: usize, amount: Money, years: usize) {
        if year == 0 || year > MAX_YEARS {
            return;
        }
        let want = year.max(years.min(MAX_YEARS));
        if self.by_year.len() < want {
            self.by_year.resize(want, Money(0));
        }
        self.by_year[year - 1] = amount;
        while self.by_year.len() > years && self.by_year.last() == Some(&Money(0)) {
            self.by_year.pop();
        }
        if !self.is_spread() {
            self.by_year.clear();
        }
    }

    /// The years after a project of `years` years that hold an amount, `(year, amount)` with
    /// 1 for the first year.
    pub fn years_after_end(&self, years: usize) -> Vec<(usize, Money)> {
        self.by_year
            .iter()
            .enumerate()
            .skip(years)
            .filter(|(_, m)| m.0 != 0)
            .map(|(i, m)| (i + 1, *m))
            .collect()
    }

    /// Who covers the co-funding, as a reader names them: the partner's name when the line
    /// names a partner of `partners` (that has a name), otherwise the words typed.
    pub fn cofunder<'a>(&'a self, partners: &'a [Partner]) -> &'a str {
        self.cofunding_partner
            .and_then(|id| partners.iter().find(|p| p.id == id))
            .map(|p| p.name.trim())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| self.cofunding_source.trim())
    }
}

impl_has_id!(BudgetLine);

/// The project's length in years, rounded up (a 30-month project has 3), from the context's
/// start and end dates; `None` when either is missing or the end is not after the start.
pub fn project_years(duration: &super::Duration) -> Option<usize> {
    let start = super::date::parse_date(&duration.start)?;
    let end = super::date::parse_date(&duration.end)?;
    // A month counts once its last day is reached: 2027-01-01 to 2027-12-31 is 12 months.
    let months = end.month_index() - start.month_index() + i32::from(end.day >= start.day);
    (months > 0).then(|| (months as usize).div_ceil(12))
}

/// Most project years a line is spread over: enough for any project a call funds, and few
/// enough that every screen and export can give each year its own column.
pub const MAX_YEARS: usize = 10;

/// `total` split over `years` as evenly as the minor unit allows: every year gets the same
/// whole number of minor units and the last one what remains, so the years add up exactly
/// (100 over 3 years: 33, 33, 34). Empty for zero years.
pub fn spread_evenly(total: Money, years: usize) -> Vec<Money> {
    if years == 0 {
        return Vec::new();
    }
    let n = years as i64;
    let share = total.0 / n;
    let mut v = vec![Money(share); years];
    v[years - 1] = Money(total.0 - share * (n - 1));
    v
}

/// How many year columns the budget needs: the project's years (at most [`MAX_YEARS`]), or
/// more when a line holds amounts for later years, which are shown rather than dropped.
pub fn year_count(duration: &super::Duration, lines: &[BudgetLine]) -> usize {
    let project = project_years(duration).unwrap_or(0).min(MAX_YEARS);
    let longest = lines.iter().map(|l| l.by_year.len()).max().unwrap_or(0);
    project.max(longest.min(MAX_YEARS))
}

/// The first and last day of each project year: year 1 runs twelve months from the start, the
/// last year stops at the project's end. Empty when the dates do not give a project length.
pub fn year_periods(duration: &super::Duration) -> Vec<(Date, Date)> {
    let (Some(start), Some(end), Some(years)) = (
        parse_date(&duration.start),
        parse_date(&duration.end),
        project_years(duration),
    ) else {
        return Vec::new();
    };
    (0..years.min(MAX_YEARS))
        .filter_map(|n| {
            let from = add_years(start, n)?;
            let to = add_years(start, n + 1).map_or(end, day_before).min(end);
            (from <= to).then_some((from, to))
        })
        .collect()
}

/// The same day `n` years later (28 February for 29 February in a common year).
fn add_years(d: Date, n: usize) -> Option<Date> {
    let year = u16::try_from(usize::from(d.year) + n)
        .ok()
        .filter(|y| *y <= 9999)?;
    let day = d.day.min(days_in_month(year, d.month));
    Some(Date { year, day, ..d })
}

fn day_before(d: Date) -> Date {
    if d.day > 1 {
        Date {
            day: d.day - 1,
            ..d
        }
    } else if d.month > 1 {
        let month = d.month - 1;
        Date {
            month,
            day: days_in_month(d.year, month),
            ..d
        }
    } else {
        Date {
            year: d.year - 1,
            month: 12,
            day: 31,
        }
    }
}

/// The cost of each of `years` project years, as a donor's system wants one figure per year:
/// a spread line counts its yearly amounts (those after the last year in the last year, so
/// the whole cost is there), a line not spread its cost spread evenly. `None` on overflow.
pub fn cost_by_year(lines: &[BudgetLine], years: usize) -> Option<Vec<Money>> {
    let mut v = vec![Money(0); years];
    if years == 0 {
        return Some(v);
    }
    for l in lines {
        let own = if l.is_spread() {
            l.by_year.clone()
        } else {
            spread_evenly(l.cost()?, years)
        };
        for (i, m) in own.into_iter().enumerate() {
            let t = &mut v[i.min(years - 1)];
            *t = t.checked_add(m)?;
        }
    }
    Some(v)
}

/// Who pays for part of the budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Funder {
    /// The donor the proposal is sent to: the amount requested.
    Donor,
    /// A partner from the Partners step, named on the line.
    Partner(Id),
    /// A co-funder named in words (trimmed), not a partner.
    Named(String),
    /// Co-funding whose source is not given.
    Unnamed,
}

/// What each funder covers: the donor first (the requested total), then each co-funder in
/// the order the lines first name them; lines naming the same partner (by the partner field,
/// or in words that are exactly its name), or the same words, add up. `None` on overflow.
pub fn totals_by_funder(
    lines: &[BudgetLine],
    partners: &[Partner],
) -> Option<Vec<(Funder, Money)>> {
    let requested = totals(lines)?.requested;
    let mut v = vec![(Funder::Donor, requested)];
    for l in lines.iter().filter(|l| l.cofunding.0 != 0) {
        let source = l.cofunding_source.trim();
        // Words that are exactly a partner's name name that partner.
        let named = || {
            partners
                .iter()
                .find(|p| !source.is_empty() && p.name.trim() == source)
        };
        let funder = match l.cofunding_partner {
            Some(id)
                if partners
                    .iter()
                    .any(|p| p.id == id && !p.name.trim().is_empty()) =>
            {
                Funder::Partner(id)
            }
            _ if source.is_empty() => Funder::Unnamed,
            _ => named().map_or_else(
                || Funder::Named(source.to_string()),
                |p| Funder::Partner(p.id),
            ),
        };
        match v.iter_mut().find(|(f, _)| *f == funder) {
            Some((_, t)) => *t = t.checked_add(l.cofunding)?,
            None => v.push((funder, l.cofunding)),
        }
    }
    Some(v)
}

/// Sum of each project year over all lines (as long as the longest `by_year`), `None` on
/// overflow.
pub fn totals_by_year(lines: &[BudgetLine]) -> Option<Vec<Money>> {
    let n = lines.iter().map(|l| l.by_year.len()).max().unwrap_or(0);
    let mut v = vec![Money(0); n];
    for l in lines {
        for (t, m) in v.iter_mut().zip(&l.by_year) {
            *t = t.checked_add(*m)?;
        }
    }
    Some(v)
}

/// Totals of a budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BudgetTotals {
    /// Sum of line costs.
    pub cost: Money,
    /// Sum of co-funding.
    pub cofunding: Money,
    /// Sum of requested amounts (cost − co-funding).
    pub requested: Money,
}

/// Totals of all lines, or `None` if any sum overflows.
pub fn totals(lines: &[BudgetLine]) -> Option<BudgetTotals> {
    let mut t = BudgetTotals::default();
    for l in lines {
        t.cost = t.cost.checked_add(l.cost()?)?;
        t.cofunding = t.cofunding.checked_add(l.cofunding)?;
        t.requested = t.requested.checked_add(l.requested()?)?;
    }
    Some(t)
}

/// Totals of the lines linked to one objective (`None` = unlinked lines).
pub fn totals_for(lines: &[BudgetLine], objective: Option<Id>) -> Option<BudgetTotals> {
    let v: Vec<BudgetLine> = lines
        .iter()
        .filter(|l| l.objective_id == objective)
        .cloned()
        .collect();
    totals(&v)
}

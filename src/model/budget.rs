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

use super::ids::{id_enum, impl_has_id, Id};
use super::money::{Money, Quantity};

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

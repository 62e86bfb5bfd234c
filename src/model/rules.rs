//! What a value must be for the form to keep it: one place for the rules the screens apply as
//! a person types, that validation applies to an imported or stored draft (which then opens
//! with the value marked for correction), and that the exports obey (they print nothing these
//! rules refuse: see [`refused`]).
//!
//! Each rule answers `Ok(())` or the [`ProblemKind`] the form would show. An empty text field
//! is always fine here (unfinished, not wrong); whether it is missing is the review's business.

use super::budget::{totals, totals_by_year, BudgetLine};
use super::context::is_known_country;
use super::date::parse_date;
use super::money::{is_known_currency, Money, Quantity};
use super::validate::{validate, Problem, ProblemKind};
use super::Proposal;

/// An amount (unit cost, co-funding, amount requested): zero or more.
pub fn amount(m: Money) -> Result<(), ProblemKind> {
    if m.0 < 0 {
        Err(ProblemKind::NegativeAmount)
    } else {
        Ok(())
    }
}

/// A quantity: zero or more.
pub fn quantity(q: Quantity) -> Result<(), ProblemKind> {
    if q.0 < 0 {
        Err(ProblemKind::NegativeAmount)
    } else {
        Ok(())
    }
}

/// A currency: empty (not chosen yet) or an ISO 4217 code the app lists, exactly (`USD`, not
/// `usd`).
pub fn currency(code: &str) -> Result<(), ProblemKind> {
    if code.is_empty() || is_known_currency(code) {
        Ok(())
    } else {
        Err(ProblemKind::BadCurrency)
    }
}

/// A country code: empty or an ISO 3166-1 alpha-2 code, upper case.
pub fn country(code: &str) -> Result<(), ProblemKind> {
    if code.is_empty() || is_known_country(code) {
        Ok(())
    } else {
        Err(ProblemKind::BadCountry)
    }
}

/// A date: empty or a day that exists, `YYYY-MM-DD` (so `2027-02-30` is refused).
pub fn date(s: &str) -> Result<(), ProblemKind> {
    if s.is_empty() || parse_date(s).is_some() {
        Ok(())
    } else {
        Err(ProblemKind::BadDate)
    }
}

/// Whether the budget still adds up exactly with `line` in place of the line with its id (or
/// added, when none has it): its cost, co-funding and requested amount, and every total.
/// The form refuses a quantity or amount that would break this, so totals never overflow.
/// A budget that already does not add up (an imported draft) stays editable so it can be
/// corrected: then only the line itself must add up.
pub fn line_fits(lines: &[BudgetLine], line: &BudgetLine) -> Result<(), ProblemKind> {
    if line.cost().is_none() || line.requested().is_none() {
        return Err(ProblemKind::Overflow);
    }
    if totals(lines).is_none() {
        return Ok(());
    }
    let mut with: Vec<BudgetLine> = lines.iter().filter(|l| l.id != line.id).cloned().collect();
    with.push(line.clone());
    match totals(&with) {
        Some(_) => Ok(()),
        None => Err(ProblemKind::Overflow),
    }
}

/// Whether the yearly amounts still add up with `line` in place of the line with its id: the
/// line's own years and each year's total over all lines. As with [`line_fits`], a budget
/// whose years already do not add up stays editable.
pub fn years_fit(lines: &[BudgetLine], line: &BudgetLine) -> Result<(), ProblemKind> {
    if line.years_total().is_none() {
        return Err(ProblemKind::Overflow);
    }
    if totals_by_year(lines).is_none() {
        return Ok(());
    }
    let with: Vec<BudgetLine> = lines
        .iter()
        .map(|l| {
            if l.id == line.id {
                line.clone()
            } else {
                l.clone()
            }
        })
        .collect();
    match totals_by_year(&with) {
        Some(_) => Ok(()),
        None => Err(ProblemKind::Overflow),
    }
}

impl ProblemKind {
    /// Whether the form refuses (or marks for correction) a value with this problem. A draft
    /// may hold one (imported, or stored by an older version); the exports meant for a donor
    /// then refuse to run until it is corrected, so they never print such a value.
    pub fn refused_by_form(self) -> bool {
        matches!(
            self,
            ProblemKind::NegativeAmount
                | ProblemKind::BadCurrency
                | ProblemKind::BadCountry
                | ProblemKind::BadDate
                | ProblemKind::Overflow
        )
    }
}

/// Every value of `p` the form would refuse, with its field path, in document order.
pub fn refused(p: &Proposal) -> Vec<Problem> {
    validate(p)
        .into_iter()
        .filter(|x| x.kind.refused_by_form())
        .collect()
}

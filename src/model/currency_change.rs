//! Changing the proposal's currency: amounts are kept in minor units, so a currency with
//! another number of decimals rescales every amount to read the same (a correction of the
//! currency, not an exchange). Moving to fewer decimals can round an amount; [`plan`] lists
//! those amounts so the person is told and asked before anything changes.

use super::money::{currency_exponent, Money};
use super::{FieldPath, Id, Proposal, Step};

/// One amount that the change would round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rounded {
    /// Field path of the amount (`context.amount_requested`, `budget.<id>.unit_cost`).
    pub path: FieldPath,
    /// The budget line it belongs to, if any.
    pub line: Option<Id>,
    /// The project year (from 1) when the amount is a line's share of one year.
    pub year: Option<usize>,
    /// The amount now, in the current currency's minor units.
    pub before: Money,
    /// The amount after the change, in the new currency's minor units.
    pub after: Money,
}

/// What setting the currency to a code would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyChange {
    /// The new code.
    pub code: String,
    /// Decimals of the current and the new currency, when both are known (else amounts are
    /// kept as they are).
    pub exponents: Option<(u32, u32)>,
    /// Amounts that lose digits, in the order the proposal holds them.
    pub rounded: Vec<Rounded>,
}

/// `m` in minor units of a currency with `to` decimals instead of `from`, rounded half away
/// from zero; saturates at the bounds of `i64` rather than wrapping.
pub fn rescale(m: Money, from: u32, to: u32) -> Money {
    if to >= from {
        Money(m.0.saturating_mul(10i64.saturating_pow(to - from)))
    } else {
        let d = 10i64.saturating_pow(from - to);
        let half = if m.0 < 0 { -d / 2 } else { d / 2 };
        Money(m.0.saturating_add(half) / d)
    }
}

/// An amount of the proposal with where it is: path, budget line, project year.
type Amount<'a> = (FieldPath, Option<Id>, Option<usize>, &'a mut Money);

/// Every amount of the proposal in a currency's minor units, with where it is.
fn amounts(p: &mut Proposal) -> Vec<Amount<'_>> {
    let mut v: Vec<Amount<'_>> = vec![(
        FieldPath::step(Step::Context).field("amount_requested"),
        None,
        None,
        &mut p.context.amount_requested,
    )];
    for line in &mut p.budget {
        let at = FieldPath::step(Step::Budget).item(line.id);
        let id = Some(line.id);
        v.push((at.field("unit_cost"), id, None, &mut line.unit_cost));
        v.push((at.field("cofunding"), id, None, &mut line.cofunding));
        for (y, m) in line.by_year.iter_mut().enumerate() {
            v.push((at.field("by_year"), id, Some(y + 1), m));
        }
    }
    v
}

/// What setting the currency to `code` would change, without changing anything.
pub fn plan(p: &Proposal, code: &str) -> CurrencyChange {
    let exponents = p
        .currency_exponent()
        .zip(currency_exponent(code))
        .filter(|(from, to)| from != to);
    let mut rounded = Vec::new();
    if let Some((from, to)) = exponents {
        let mut copy = p.clone();
        for (path, line, year, m) in amounts(&mut copy) {
            let after = rescale(*m, from, to);
            if rescale(after, to, from) != *m {
                rounded.push(Rounded {
                    path,
                    line,
                    year,
                    before: *m,
                    after,
                });
            }
        }
    }
    CurrencyChange {
        code: code.to_string(),
        exponents,
        rounded,
    }
}

/// Sets the currency, rescaling every amount so it reads as typed (see [`plan`] for what
/// rounds).
pub fn apply(p: &mut Proposal, change: &CurrencyChange) {
    if let Some((from, to)) = change.exponents {
        for (_, _, _, m) in amounts(p) {
            *m = rescale(*m, from, to);
        }
    }
    p.context.currency = change.code.clone();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BudgetLine;

    fn draft(currency: &str, requested: i64, unit_costs: &[i64]) -> Proposal {
        let mut p = Proposal::new("2026-01-01T00:00:00Z");
        p.context.currency = currency.into();
        p.context.amount_requested = Money(requested);
        for (i, c) in unit_costs.iter().enumerate() {
            let mut l = BudgetLine::new(Id(10 + i as u32));
            l.unit_cost = Money(*c);
            l.cofunding = Money(*c / 2);
            p.budget.push(l);
        }
        p
    }

    #[test]
    fn rescale_rounds_half_away_from_zero_and_saturates() {
        assert_eq!(rescale(Money(1250), 2, 0), Money(13));
        assert_eq!(rescale(Money(1249), 2, 0), Money(12));
        assert_eq!(rescale(Money(-1250), 2, 0), Money(-13));
        assert_eq!(rescale(Money(12), 0, 3), Money(12_000));
        assert_eq!(rescale(Money(i64::MAX), 0, 3), Money(i64::MAX));
    }

    #[test]
    fn whole_amounts_move_to_fewer_decimals_without_asking() {
        let mut p = draft("USD", 500_000, &[10_000]);
        let c = plan(&p, "JPY");
        assert_eq!(c.exponents, Some((2, 0)));
        assert!(c.rounded.is_empty());
        apply(&mut p, &c);
        assert_eq!(p.context.currency, "JPY");
        assert_eq!(p.context.amount_requested, Money(5_000));
        assert_eq!(p.budget[0].unit_cost, Money(100));
        assert_eq!(p.budget[0].cofunding, Money(50));
    }

    #[test]
    fn cents_that_would_be_rounded_are_listed_with_before_and_after() {
        let p = draft("EUR", 500_050, &[1_999, 2_000]);
        let c = plan(&p, "XOF");
        let paths: Vec<String> = c.rounded.iter().map(|r| r.path.to_string()).collect();
        // 5,000.50 -> 5,001; 19.99 -> 20; its co-funding 9.99 -> 10; 20.00 and 10.00 are whole.
        assert_eq!(
            paths,
            [
                "context.amount_requested",
                "budget.10.unit_cost",
                "budget.10.cofunding"
            ]
        );
        assert_eq!(c.rounded[1].line, Some(Id(10)));
        assert_eq!(c.rounded[0].line, None);
        assert_eq!(c.rounded[0].before, Money(500_050));
        assert_eq!(c.rounded[0].after, Money(5_001));
        // Planning changes nothing.
        assert_eq!(p.context.currency, "EUR");
    }

    #[test]
    fn more_decimals_or_an_unknown_code_never_round() {
        let p = draft("JPY", 5_001, &[7]);
        let up = plan(&p, "KWD");
        assert_eq!(up.exponents, Some((0, 3)));
        assert!(up.rounded.is_empty());
        let mut q = p.clone();
        apply(&mut q, &up);
        assert_eq!(q.context.amount_requested, Money(5_001_000));
        let unknown = plan(&p, "ZZZ");
        assert_eq!(unknown.exponents, None);
        let mut r = p.clone();
        apply(&mut r, &unknown);
        assert_eq!(r.context.amount_requested, Money(5_001));
        assert_eq!(r.context.currency, "ZZZ");
    }

    #[test]
    fn a_lines_yearly_amounts_are_rescaled_and_listed_by_year() {
        let mut p = draft("USD", 0, &[10_000]);
        p.budget[0].by_year = vec![Money(4_950), Money(5_050)];
        let c = plan(&p, "JPY");
        let years: Vec<(String, Option<usize>)> = c
            .rounded
            .iter()
            .map(|r| (r.path.to_string(), r.year))
            .collect();
        assert_eq!(
            years,
            [
                ("budget.10.by_year".to_string(), Some(1)),
                ("budget.10.by_year".to_string(), Some(2))
            ]
        );
        apply(&mut p, &c);
        assert_eq!(p.budget[0].by_year, [Money(50), Money(51)]);
    }

    #[test]
    fn same_decimals_keep_every_amount() {
        let mut p = draft("USD", 123_456, &[99]);
        let c = plan(&p, "EUR");
        assert_eq!(c.exponents, None);
        apply(&mut p, &c);
        assert_eq!(p.context.amount_requested, Money(123_456));
    }
}

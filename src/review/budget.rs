//! Rules on step 8, `budget`: lines that add up to the amount requested, each serving an
//! objective, in the proposal's one currency; years that add up to each line's cost within the
//! project's dates; co-funding promised by partners who have confirmed it.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::budget::project_years;
use crate::model::money::is_known_currency;
use crate::model::{BudgetLine, Commitment, Proposal};

/// No budget line.
pub const NONE: &str = "budget.none";
/// The requested total differs from the amount requested in the context step.
pub const TOTAL_MISMATCH: &str = "budget.total_mismatch";
/// A line not linked to an objective.
pub const UNLINKED_LINE: &str = "budget.unlinked_line";
/// A line without description or cost, or with co-funding that has no source or exceeds it.
pub const LINE_INCOMPLETE: &str = "budget.line_incomplete";
/// A line that mentions an amount in another currency.
pub const OTHER_CURRENCY: &str = "budget.other_currency";
/// A line spread over years that do not add up to its cost.
pub const YEARS_MISMATCH: &str = "budget.years_mismatch";
/// A line with an amount in a year after the project's end.
pub const YEARS_AFTER_END: &str = "budget.years_after_end";
/// Co-funding from a partner whose commitment is not confirmed.
pub const COFUNDING_UNCONFIRMED: &str = "budget.cofunding_unconfirmed";

/// At least one budget line.
pub fn none(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.budget.is_empty() {
        vec![Finding::new(
            NONE,
            Severity::Blocker,
            "budget",
            "review.budget_none",
        )]
    } else {
        Vec::new()
    }
}

/// The lines' requested total (cost − co-funding) equals the amount requested.
pub fn total_mismatch(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.budget.is_empty() {
        return Vec::new();
    }
    let Some(totals) = p.budget_totals() else {
        return vec![Finding::new(
            TOTAL_MISMATCH,
            Severity::Blocker,
            "budget",
            "review.budget_overflow",
        )];
    };
    let asked = p.context.amount_requested;
    if totals.requested == asked {
        return Vec::new();
    }
    let exp = p.currency_exponent().unwrap_or(2);
    vec![Finding::new(
        TOTAL_MISMATCH,
        Severity::Blocker,
        "budget",
        "review.budget_total_mismatch",
    )
    .with("total", totals.requested.format(exp))
    .with("requested", asked.format(exp))
    .with("currency", p.context.currency.trim())]
}

/// Every line linked to an existing objective.
pub fn unlinked_line(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.budget
        .iter()
        .filter(|l| l.objective_id.and_then(|id| p.objective(id)).is_none())
        .map(|l| {
            Finding::new(
                UNLINKED_LINE,
                Severity::Warning,
                FieldPath::step(Step::Budget)
                    .item(l.id)
                    .field("objective_id"),
                "review.budget_unlinked_line",
            )
            .with("line", l.description.trim())
        })
        .collect()
}

/// Every line described and costed; co-funding sourced and not above the line's cost.
pub fn line_incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for l in &p.budget {
        let cost = l.cost().map(|m| m.0).unwrap_or(0);
        let checks: [(bool, &str, &'static str); 4] = [
            (
                !has_text(&l.description),
                "description",
                "review.budget_line_no_description",
            ),
            (
                l.quantity.0 == 0 || l.unit_cost.0 == 0,
                if l.quantity.0 == 0 {
                    "quantity"
                } else {
                    "unit_cost"
                },
                "review.budget_line_zero",
            ),
            (
                l.cofunding.0 != 0 && !has_text(l.cofunder(&p.partners)),
                "cofunding_source",
                "review.budget_cofunding_no_source",
            ),
            (
                l.cofunding.0 > cost.max(0) || l.cofunding.0 < 0,
                "cofunding",
                "review.budget_cofunding_exceeds",
            ),
        ];
        for (bad, field, key) in checks {
            if bad {
                out.push(
                    Finding::new(
                        LINE_INCOMPLETE,
                        Severity::Warning,
                        FieldPath::step(Step::Budget).item(l.id).field(field),
                        key,
                    )
                    .with("line", l.description.trim()),
                );
            }
        }
    }
    out
}

/// Codes recognised in free text: donors' currencies and those of the countries the app is
/// used in. Codes that are also English words or acronyms ("ALL", "TOP", "CUP", "TRY") are left
/// out so they are never mistaken for money.
const COMMON_CURRENCIES: &[&str] = &[
    "AUD", "BOB", "BRL", "CAD", "CDF", "CHF", "CNY", "COP", "DKK", "EUR", "GBP", "GHS", "INR",
    "JPY", "KES", "MGA", "MNT", "MWK", "MZN", "NGN", "NOK", "PEN", "RWF", "SEK", "SLE", "TZS",
    "UGX", "USD", "XAF", "XOF", "ZAR", "ZMW",
];

/// The first amount in `text` written in a currency other than `own`, e.g. `"EUR 5 000"`,
/// `"300 GBP"` or `"€40"`. A code only counts next to a number, so "ALL miners" is not the lek.
pub fn foreign_currency(text: &str, own: &str) -> Option<&'static str> {
    let b = text.as_bytes();
    let digit_after = |mut i: usize| {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        i < b.len() && b[i].is_ascii_digit()
    };
    let digit_before = |mut i: usize| {
        while i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        i > 0 && b[i - 1].is_ascii_digit()
    };
    for (i, c) in text.char_indices() {
        let code = match c {
            '€' => Some("EUR"),
            '£' => Some("GBP"),
            'A'..='Z' => {
                let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
                let code = text.get(i..i + 3).filter(|s| {
                    word_start
                        && s.bytes().all(|x| x.is_ascii_uppercase())
                        && b.get(i + 3).is_none_or(|x| !x.is_ascii_alphanumeric())
                });
                code.and_then(|s| COMMON_CURRENCIES.iter().copied().find(|k| *k == s))
            }
            _ => None,
        };
        if let Some(code) = code {
            let len = if c.is_ascii() { 3 } else { c.len_utf8() };
            if code != own && (digit_after(i + len) || digit_before(i)) {
                return Some(code);
            }
        }
    }
    None
}

/// No amount in another currency hiding in a line's text (the budget has one currency).
pub fn other_currency(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let own = p.context.currency.trim();
    if !is_known_currency(own) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for l in &p.budget {
        let fields: [(&str, &String); 3] = [
            ("description", &l.description),
            ("unit", &l.unit),
            ("cofunding_source", &l.cofunding_source),
        ];
        for (field, text) in fields {
            if let Some(code) = foreign_currency(text, own) {
                out.push(line_currency(l, field, code, own));
            }
        }
    }
    out
}

fn line_currency(l: &BudgetLine, field: &str, code: &str, own: &str) -> Finding {
    Finding::new(
        OTHER_CURRENCY,
        Severity::Warning,
        FieldPath::step(Step::Budget).item(l.id).field(field),
        "review.budget_other_currency",
    )
    .with("found", code)
    .with("currency", own)
}

fn years_path(l: &BudgetLine) -> FieldPath {
    FieldPath::step(Step::Budget).item(l.id).field("by_year")
}

/// A line spread over years adds up to its cost, to the minor unit.
pub fn years_mismatch(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let exp = p.currency_exponent().unwrap_or(2);
    p.budget
        .iter()
        .filter(|l| l.is_spread())
        .filter_map(|l| {
            let cost = l.cost()?;
            let years = l.years_total()?;
            (years != cost).then(|| {
                Finding::new(
                    YEARS_MISMATCH,
                    Severity::Warning,
                    years_path(l),
                    "review.budget_years_mismatch",
                )
                .with("total", years.format(exp))
                .with("cost", cost.format(exp))
                .with("currency", p.context.currency.trim())
            })
        })
        .collect()
}

/// No amount in a year after the project's end: kept, never dropped, but a donor funds the
/// project's years only.
pub fn years_after_end(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let Some(years) = project_years(&p.context.duration) else {
        return Vec::new();
    };
    let exp = p.currency_exponent().unwrap_or(2);
    p.budget
        .iter()
        .filter_map(|l| {
            let later = l.years_after_end(years);
            let (year, amount) = *later.first()?;
            Some(
                Finding::new(
                    YEARS_AFTER_END,
                    Severity::Warning,
                    years_path(l),
                    "review.budget_years_after_end",
                )
                .with("amount", amount.format(exp))
                .with("currency", p.context.currency.trim())
                .with("n", year.to_string())
                .with("end", p.context.duration.end.trim()),
            )
        })
        .collect()
}

/// Co-funding a line counts on comes from a partner who has confirmed it.
pub fn cofunding_unconfirmed(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let exp = p.currency_exponent().unwrap_or(2);
    p.budget
        .iter()
        .filter(|l| l.cofunding.0 > 0)
        .filter_map(|l| {
            let partner = p.partner(l.cofunding_partner?)?;
            let key = match partner.commitment {
                Commitment::Confirmed => return None,
                Commitment::InDiscussion => "review.budget_cofunding_in_discussion",
                Commitment::ToApproach => "review.budget_cofunding_to_approach",
            };
            Some(
                Finding::new(
                    COFUNDING_UNCONFIRMED,
                    Severity::Warning,
                    FieldPath::step(Step::Budget)
                        .item(l.id)
                        .field("cofunding_partner"),
                    key,
                )
                .with("partner", partner.name.trim())
                .with("amount", l.cofunding.format(exp))
                .with("currency", p.context.currency.trim()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::foreign_currency;

    #[test]
    fn finds_foreign_amounts_only() {
        assert_eq!(foreign_currency("Retorts (EUR 5 000)", "USD"), Some("EUR"));
        assert_eq!(foreign_currency("300 GBP per trip", "USD"), Some("GBP"));
        assert_eq!(foreign_currency("€40 each", "USD"), Some("EUR"));
        assert_eq!(foreign_currency("USD 40 each", "USD"), None);
        assert_eq!(foreign_currency("ALL miners trained", "USD"), None);
        assert_eq!(foreign_currency("TOP 10 sites", "USD"), None);
        assert_eq!(foreign_currency("12 000 TZS", "USD"), Some("TZS"));
        assert_eq!(foreign_currency("Euros", "USD"), None);
        assert_eq!(foreign_currency("", "USD"), None);
    }
}

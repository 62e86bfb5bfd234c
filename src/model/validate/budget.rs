//! Step `budget`: each line has a description, valid amounts, co-funding within its cost and
//! an existing objective (and partner, for the co-funder); yearly amounts not negative, for at
//! most `MAX_YEARS` years; the totals, by year too, add up without overflow.

use super::{LinkTargets, ProblemKind, V};
use crate::model::path::FieldPath;
use crate::model::{budget, rules, Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Budget);
    for b in &p.budget {
        let bp = path.item(b.id);
        v.required(bp.field("description"), &b.description);
        v.rule(bp.field("quantity"), rules::quantity(b.quantity));
        v.rule(bp.field("unit_cost"), rules::amount(b.unit_cost));
        v.rule(bp.field("cofunding"), rules::amount(b.cofunding));
        match b.cost() {
            None => v.push(bp.field("quantity"), ProblemKind::Overflow),
            Some(cost) => {
                if b.cofunding.0 >= 0 && cost.0 >= 0 && b.cofunding > cost {
                    v.push(bp.field("cofunding"), ProblemKind::OutOfRange);
                }
            }
        }
        v.link(
            bp.field("objective_id"),
            b.objective_id,
            &targets.objectives,
        );
        v.link(
            bp.field("cofunding_partner"),
            b.cofunding_partner,
            &targets.partners,
        );
        if let Some(m) = b.by_year.iter().find(|m| rules::amount(**m).is_err()) {
            v.rule(bp.field("by_year"), rules::amount(*m));
        } else if b.years_total().is_none() {
            v.push(bp.field("by_year"), ProblemKind::Overflow);
        }
        if b.by_year.len() > budget::MAX_YEARS {
            v.push(bp.field("by_year"), ProblemKind::OutOfRange);
        }
    }
    let overflow = p
        .budget
        .iter()
        .any(|b| b.cost().is_none() || b.years_total().is_none());
    if !overflow && (p.budget_totals().is_none() || budget::totals_by_year(&p.budget).is_none()) {
        v.push(path, ProblemKind::Overflow);
    }
}

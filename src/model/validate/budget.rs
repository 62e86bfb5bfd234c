//! Step `budget`: each line has a description, valid amounts, co-funding within its cost and
//! an existing objective; the totals add up without overflow.

use super::{LinkTargets, ProblemKind, V};
use crate::model::path::FieldPath;
use crate::model::{rules, Proposal, Step};

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
    }
    if p.budget.iter().all(|b| b.cost().is_some()) && p.budget_totals().is_none() {
        v.push(path, ProblemKind::Overflow);
    }
}

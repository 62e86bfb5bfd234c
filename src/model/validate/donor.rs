//! Step `donor`: fit items name existing objectives; funding-cycle events have dates and titles.

use super::{LinkTargets, V};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Donor);
    for f in &p.donor.fit {
        v.link(
            path.field("fit").item(f.id).field("objective_id"),
            Some(f.objective_id),
            &targets.objectives,
        );
    }
    v.events(&path.field("funding_cycle"), &p.donor.funding_cycle);
}

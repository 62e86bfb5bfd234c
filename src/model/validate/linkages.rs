//! Step `linkages`: each MDG linkage names an existing objective and real MDG and SDG targets.

use super::{LinkTargets, ProblemKind, V};
use crate::model::linkage::{MDG_TARGET_MAX, MDG_TARGET_MIN, SDG_MAX};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Linkages);
    for l in &p.linkages {
        let lp = path.item(l.id);
        v.link(
            lp.field("objective_id"),
            Some(l.objective_id),
            &targets.objectives,
        );
        if !(MDG_TARGET_MIN..=MDG_TARGET_MAX).contains(&l.mdg_target) {
            v.push(lp.field("mdg_target"), ProblemKind::OutOfRange);
        }
        if l.extra_sdgs.iter().any(|s| !(1..=SDG_MAX).contains(s)) {
            v.push(lp.field("extra_sdgs"), ProblemKind::OutOfRange);
        }
    }
}

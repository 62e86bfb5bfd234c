//! Step `partners`: each partner has a name and links to existing objectives.

use super::{LinkTargets, V};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Partners);
    for x in &p.partners {
        let pp = path.item(x.id);
        v.required(pp.field("name"), &x.name);
        v.links(
            pp.field("objective_ids"),
            &x.objective_ids,
            &targets.objectives,
        );
    }
}

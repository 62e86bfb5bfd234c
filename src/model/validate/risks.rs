//! Step `risks`: each risk threatens only objectives and assumptions that exist.

use super::{LinkTargets, V};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Risks);
    for r in &p.risks {
        v.links(
            path.item(r.id).field("threatens"),
            &r.threatens,
            &targets.threatened,
        );
    }
}

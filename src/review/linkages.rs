//! Rules on step 4, `linkages`: every objective mapped to the MDGs, with a reason.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::Proposal;

/// An objective without any MDG link.
pub const OBJECTIVE_UNLINKED: &str = "linkages.objective_unlinked";
/// An MDG link without a reason.
pub const NO_REASON: &str = "linkages.no_reason";

/// Every objective linked to at least one MDG target.
pub fn objective_unlinked(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.logframe
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| !p.linkages.iter().any(|l| l.objective_id == o.id))
        .map(|(i, o)| {
            Finding::new(
                OBJECTIVE_UNLINKED,
                Severity::Warning,
                "linkages",
                "review.linkage_objective_unlinked",
            )
            .with("n", i + 1)
            .with("objective", o.id)
        })
        .collect()
}

/// Every MDG link says why the objective moves that target.
pub fn no_reason(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.linkages
        .iter()
        .filter(|l| !has_text(&l.reason))
        .map(|l| {
            Finding::new(
                NO_REASON,
                Severity::Warning,
                FieldPath::step(Step::Linkages).item(l.id).field("reason"),
                "review.linkage_no_reason",
            )
            .with("target", l.mdg_target)
        })
        .collect()
}

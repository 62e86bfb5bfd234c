//! Step `priorities`: a priority with a custom issue needs its title.

use super::V;
use crate::model::path::FieldPath;
use crate::model::{PriorityIssue, Proposal, Step};

pub(super) fn check(p: &Proposal, v: &mut V) {
    let path = FieldPath::step(Step::Priorities);
    for x in &p.priorities {
        if let PriorityIssue::Custom(t) = &x.issue {
            v.required(path.item(x.id).field("issue"), t);
        }
    }
}

//! Step `objectives`: the logframe's goal, objectives, outputs and activities, their
//! indicators and assumptions, and the links to priorities and lead partners.

use super::{LinkTargets, V};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Objectives);
    let lf = &p.logframe;
    let goal = path.field("goal");
    for i in &lf.goal.indicators {
        v.indicator(&goal, i);
    }
    for a in &lf.goal.assumptions {
        v.required(goal.field("assumptions").item(a.id).field("text"), &a.text);
    }
    for o in &lf.objectives {
        let op = path.item(o.id);
        v.required(op.field("text"), &o.text);
        for i in &o.indicators {
            v.indicator(&op, i);
        }
        for a in &o.assumptions {
            v.required(op.field("assumptions").item(a.id).field("text"), &a.text);
        }
        for out in &o.outputs {
            let outp = op.field("outputs").item(out.id);
            v.required(outp.field("text"), &out.text);
            for i in &out.indicators {
                v.indicator(&outp, i);
            }
            for a in &out.activities {
                let ap = outp.field("activities").item(a.id);
                v.required(ap.field("text"), &a.text);
                v.range(&ap, &a.start, &a.end);
                v.link(ap.field("lead_partner"), a.lead_partner, &targets.partners);
            }
        }
        v.links(
            op.field("priority_ids"),
            &o.priority_ids,
            &targets.priorities,
        );
    }
}

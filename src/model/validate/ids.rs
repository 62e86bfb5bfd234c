//! Ids: every item has one, unique and non-zero, and `meta.next_id` is above them all.

use std::collections::BTreeSet;

use super::{ProblemKind, V};
use crate::model::ids::Id;
use crate::model::path::FieldPath;
use crate::model::{Indicator, Proposal, Step};

/// Every id-carrying item of the proposal with its field path, in document order.
pub fn all_ids(p: &Proposal) -> Vec<(FieldPath, Id)> {
    let mut v = Vec::new();
    let evidence = FieldPath::step(Step::Context)
        .field("problem")
        .field("evidence");
    for e in &p.context.problem.evidence {
        v.push((evidence.item(e.id), e.id));
    }
    let priorities = FieldPath::step(Step::Priorities);
    for x in &p.priorities {
        v.push((priorities.item(x.id), x.id));
    }
    let lf = &p.logframe;
    let objectives = FieldPath::step(Step::Objectives);
    let goal = objectives.field("goal");
    indicators(&mut v, &goal, &lf.goal.indicators);
    for a in &lf.goal.assumptions {
        v.push((goal.field("assumptions").item(a.id), a.id));
    }
    for o in &lf.objectives {
        let op = objectives.item(o.id);
        v.push((op.clone(), o.id));
        indicators(&mut v, &op, &o.indicators);
        for a in &o.assumptions {
            v.push((op.field("assumptions").item(a.id), a.id));
        }
        for out in &o.outputs {
            let outp = op.field("outputs").item(out.id);
            v.push((outp.clone(), out.id));
            indicators(&mut v, &outp, &out.indicators);
            for a in &out.activities {
                v.push((outp.field("activities").item(a.id), a.id));
            }
        }
    }
    for m in &lf.milestones {
        v.push((objectives.field("milestones").item(m.id), m.id));
    }
    let linkages = FieldPath::step(Step::Linkages);
    for x in &p.linkages {
        v.push((linkages.item(x.id), x.id));
    }
    let donor = FieldPath::step(Step::Donor);
    for x in &p.donor.fit {
        v.push((donor.field("fit").item(x.id), x.id));
    }
    for x in &p.donor.funding_cycle {
        v.push((donor.field("funding_cycle").item(x.id), x.id));
    }
    let partners = FieldPath::step(Step::Partners);
    for x in &p.partners {
        v.push((partners.item(x.id), x.id));
    }
    let c = &p.communication;
    let lists: [(&str, Vec<Id>); 7] = [
        ("audiences", c.audiences.iter().map(|x| x.id).collect()),
        (
            "specific_messages",
            c.specific_messages.iter().map(|x| x.id).collect(),
        ),
        ("stories", c.stories.iter().map(|x| x.id).collect()),
        ("products", c.products.iter().map(|x| x.id).collect()),
        ("events", c.events.iter().map(|x| x.id).collect()),
        ("champions", c.champions.iter().map(|x| x.id).collect()),
        ("measures", c.measures.iter().map(|x| x.id).collect()),
    ];
    let communication = FieldPath::step(Step::Communication);
    for (name, ids) in lists {
        for id in ids {
            v.push((communication.field(name).item(id), id));
        }
    }
    let budget = FieldPath::step(Step::Budget);
    for x in &p.budget {
        v.push((budget.item(x.id), x.id));
    }
    let risks = FieldPath::step(Step::Risks);
    for x in &p.risks {
        v.push((risks.item(x.id), x.id));
    }
    v
}

/// An indicator list's ids and those of each indicator's milestones.
fn indicators(v: &mut Vec<(FieldPath, Id)>, owner: &FieldPath, list: &[Indicator]) {
    for i in list {
        let ip = owner.field("indicators").item(i.id);
        v.push((ip.clone(), i.id));
        for m in &i.milestones {
            v.push((ip.field("milestones").item(m.id), m.id));
        }
    }
}

/// Ids unique, non-zero, below the counter.
pub(super) fn check(p: &Proposal, v: &mut V) {
    let mut seen = BTreeSet::new();
    let mut max = 0u32;
    for (path, id) in all_ids(p) {
        if id.0 == 0 {
            v.push(path, ProblemKind::MissingId);
            continue;
        }
        max = max.max(id.0);
        if !seen.insert(id) {
            v.push(path, ProblemKind::DuplicateId);
        }
    }
    if max > 0 && p.meta.next_id.0 <= max {
        v.push(
            FieldPath::root("meta").field("next_id"),
            ProblemKind::IdCounter,
        );
    }
}

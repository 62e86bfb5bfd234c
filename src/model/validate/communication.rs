//! Step `communication`: audiences, messages, stories, products, events, champions and
//! measures have their names, and their links point at existing audiences and partners.

use super::{LinkTargets, V};
use crate::model::path::FieldPath;
use crate::model::{Proposal, Step};

pub(super) fn check(p: &Proposal, targets: &LinkTargets, v: &mut V) {
    let path = FieldPath::step(Step::Communication);
    let cm = &p.communication;
    for a in &cm.audiences {
        v.required(path.field("audiences").item(a.id).field("name"), &a.name);
    }
    for m in &cm.specific_messages {
        v.link(
            path.field("specific_messages")
                .item(m.id)
                .field("audience_id"),
            Some(m.audience_id),
            &targets.audiences,
        );
    }
    for s in &cm.stories {
        v.required(path.field("stories").item(s.id).field("title"), &s.title);
    }
    for x in &cm.products {
        let pp = path.field("products").item(x.id);
        v.required(pp.field("name"), &x.name);
        v.links(
            pp.field("audience_ids"),
            &x.audience_ids,
            &targets.audiences,
        );
    }
    v.events(&path.field("events"), &cm.events);
    for ch in &cm.champions {
        let cp = path.field("champions").item(ch.id);
        v.required(cp.field("name"), &ch.name);
        v.link(cp.field("partner_id"), ch.partner_id, &targets.partners);
    }
    for m in &cm.measures {
        v.required(path.field("measures").item(m.id).field("text"), &m.text);
    }
}

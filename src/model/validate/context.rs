//! Step `context`: the title, country, community figures, evidence, dates, amount and word
//! limits.

use super::{ProblemKind, V};
use crate::model::path::FieldPath;
use crate::model::{rules, Proposal, Step};

pub(super) fn check(p: &Proposal, v: &mut V) {
    let path = FieldPath::step(Step::Context);
    let c = &p.context;
    v.required(path.field("title"), &c.title);
    v.rule(path.field("country_code"), rules::country(&c.country_code));
    if let Some(w) = c.community.women_percent {
        if w > 100 {
            v.push(
                path.field("community").field("women_percent"),
                ProblemKind::OutOfRange,
            );
        }
    }
    let evidence = path.field("problem").field("evidence");
    for e in &c.problem.evidence {
        v.required(evidence.item(e.id).field("text"), &e.text);
    }
    v.range(&path.field("duration"), &c.duration.start, &c.duration.end);
    v.rule(
        path.field("amount_requested"),
        rules::amount(c.amount_requested),
    );
    v.rule(path.field("currency"), rules::currency(&c.currency));
    for (section, words) in &c.word_limits {
        if *words == 0 {
            v.push(
                path.field("word_limits").field(section),
                ProblemKind::OutOfRange,
            );
        }
    }
}

//! Values the form would refuse (`model::rules`), found in a draft that was imported or saved
//! by an older version: each is a blocker at its field, so the draft opens with the value
//! marked for correction, and the donor exports wait until it is corrected.

use super::{Finding, Message, ReviewContext, Severity};
use crate::model::validate::{Problem, ProblemKind};
use crate::model::{rules, Proposal};

/// A value the form would refuse.
pub const REFUSED_VALUE: &str = "input.refused_value";

/// Every refused value but those rules of their own report: the budget's total
/// (`budget.total_mismatch`) and the project's dates (`context.duration`).
pub fn refused_value(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    rules::refused(p)
        .iter()
        .filter(|x| x.path != "budget" && !x.path.starts_with("context.duration."))
        .map(|x| {
            let m = message(p, x);
            let mut f = Finding::new(REFUSED_VALUE, Severity::Blocker, x.path.clone(), m.key);
            f.message = m;
            f
        })
        .collect()
}

/// The message of a refused value: the field's label (a catalogue key, see
/// `messages::KEY_ARGS`) and, where it helps, the value as it stands.
pub fn message(p: &Proposal, x: &Problem) -> Message {
    let key = match x.kind {
        ProblemKind::NegativeAmount => "refused.negative",
        ProblemKind::BadCurrency => "refused.currency",
        ProblemKind::BadCountry => "refused.country",
        ProblemKind::BadDate => "refused.date",
        ProblemKind::Overflow => "refused.overflow",
        _ => "refused.not_accepted",
    };
    let mut args = vec![("field", field_key(&x.path).to_string())];
    if let Some(v) = text_value(p, &x.path) {
        args.push(("value", v));
    }
    Message { key, args }
}

/// The catalogue key of the label a field carries on its screen, from its path (the label of
/// the step when the field has none of its own).
pub fn field_key(path: &str) -> &'static str {
    let last = path.rsplit('.').next().unwrap_or("");
    let in_activity = path.contains(".activities.");
    match last {
        "amount_requested" => "context.amount",
        "currency" => "context.currency",
        "country_code" => "context.country_code",
        "start" if in_activity => "objectives.activity_start",
        "end" if in_activity => "objectives.activity_end",
        "start" => "context.duration_start",
        "end" => "context.duration_end",
        "target_date" => "objectives.ind_target_date",
        "date" => "communication.event_date",
        "quantity" => "budget.quantity",
        "unit_cost" => "budget.unit_cost",
        "cofunding" => "budget.cofunding",
        _ => step_key(path),
    }
}

/// The catalogue key of the name of the step a path belongs to (`step.budget`).
pub fn step_key(path: &str) -> &'static str {
    use crate::model::Step;
    Step::of_path(path).unwrap_or(Step::Context).label_key()
}

/// The text a refused text field holds (a currency, a country code, a date), so the message
/// can quote it.
fn text_value(p: &Proposal, path: &str) -> Option<String> {
    let c = &p.context;
    let v = match path {
        "context.currency" => c.currency.clone(),
        "context.country_code" => c.country_code.clone(),
        "context.duration.start" => c.duration.start.clone(),
        "context.duration.end" => c.duration.end.clone(),
        _ => {
            let segs: Vec<&str> = path.split('.').collect();
            let id = |s: &str| s.parse().ok().map(crate::model::Id);
            match segs.as_slice() {
                [.., "activities", a, field] => {
                    let a = id(a)?;
                    let act = p
                        .logframe
                        .objectives
                        .iter()
                        .flat_map(|o| &o.outputs)
                        .flat_map(|o| &o.activities)
                        .find(|x| x.id == a)?;
                    if *field == "start" {
                        act.start.clone()
                    } else {
                        act.end.clone()
                    }
                }
                [.., "indicators", i, "target_date"] => {
                    let i = id(i)?;
                    let lf = &p.logframe;
                    lf.goal
                        .indicators
                        .iter()
                        .chain(lf.objectives.iter().flat_map(|o| {
                            o.indicators
                                .iter()
                                .chain(o.outputs.iter().flat_map(|x| &x.indicators))
                        }))
                        .find(|x| x.id == i)?
                        .target_date
                        .clone()
                }
                [.., list, e, "date"] => {
                    let e = id(e)?;
                    let events = match *list {
                        "funding_cycle" => &p.donor.funding_cycle,
                        _ => &p.communication.events,
                    };
                    events.iter().find(|x| x.id == e)?.date.clone()
                }
                _ => return None,
            }
        }
    };
    Some(v)
}

//! Rules on the `risks` step: a register of what could go wrong, each risk assessed, answered
//! and watched by someone, and tied to the objectives and assumptions it threatens.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::{Level, Proposal, Risk};

/// No risk at all.
pub const NONE: &str = "risks.none";
/// A risk without its description, likelihood, impact or mitigation.
pub const INCOMPLETE: &str = "risks.incomplete";
/// A likely risk that would do great harm, with nothing said about how to prevent it.
pub const SEVERE_UNMITIGATED: &str = "risks.severe_unmitigated";
/// A risk nobody is named to watch.
pub const NO_OWNER: &str = "risks.no_owner";
/// A risk that names no objective or assumption.
pub const UNLINKED: &str = "risks.unlinked";
/// An assumption no risk says anything about.
pub const ASSUMPTION_UNMATCHED: &str = "risks.assumption_unmatched";

fn path(r: &Risk, field: &str) -> FieldPath {
    FieldPath::step(Step::Risks).item(r.id).field(field)
}

/// Likely and harmful: the risks a donor reads first.
pub fn is_severe(r: &Risk) -> bool {
    r.likelihood == Some(Level::High) && r.impact == Some(Level::High)
}

/// At least one risk.
pub fn none(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.risks.is_empty() {
        vec![Finding::new(
            NONE,
            Severity::Warning,
            "risks",
            "review.risks_none",
        )]
    } else {
        Vec::new()
    }
}

/// Every risk described, assessed (likelihood and impact) and answered by a mitigation. A
/// severe risk without mitigation is left to [`severe_unmitigated`], which says more.
pub fn incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in &p.risks {
        let missing: [(bool, &str, &'static str); 4] = [
            (!has_text(&r.text), "text", "review.risk_no_text"),
            (
                r.likelihood.is_none(),
                "likelihood",
                "review.risk_no_likelihood",
            ),
            (r.impact.is_none(), "impact", "review.risk_no_impact"),
            (
                !has_text(&r.mitigation) && !is_severe(r),
                "mitigation",
                "review.risk_no_mitigation",
            ),
        ];
        for (is_missing, field, key) in missing {
            if is_missing {
                out.push(Finding::new(
                    INCOMPLETE,
                    Severity::Warning,
                    path(r, field),
                    key,
                ));
            }
        }
    }
    out
}

/// A high-likelihood, high-impact risk says what the project does about it.
pub fn severe_unmitigated(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.risks
        .iter()
        .filter(|r| is_severe(r) && !has_text(&r.mitigation))
        .map(|r| {
            Finding::new(
                SEVERE_UNMITIGATED,
                Severity::Blocker,
                path(r, "mitigation"),
                "review.risk_severe_unmitigated",
            )
        })
        .collect()
}

/// Every risk has an owner: a person, role or organisation that watches it and acts.
pub fn no_owner(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.risks
        .iter()
        .filter(|r| !has_text(&r.owner))
        .map(|r| {
            Finding::new(
                NO_OWNER,
                Severity::Warning,
                path(r, "owner"),
                "review.risk_no_owner",
            )
        })
        .collect()
}

/// Every risk names what it threatens, so a reader sees which results are at stake.
pub fn unlinked(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.risks
        .iter()
        .filter(|r| r.threatens.is_empty())
        .map(|r| {
            Finding::new(
                UNLINKED,
                Severity::Tip,
                path(r, "threatens"),
                "review.risk_unlinked",
            )
        })
        .collect()
}

/// Every assumption with text has a risk that names it: an assumption is what must hold for
/// the project to work, and the register says what happens if it does not.
pub fn assumption_unmatched(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.risks.is_empty() {
        // `risks.none` already asks for a register.
        return Vec::new();
    }
    let lf = &p.logframe;
    lf.goal
        .assumptions
        .iter()
        .chain(lf.objectives.iter().flat_map(|o| o.assumptions.iter()))
        .filter(|a| has_text(&a.text))
        .filter(|a| !p.risks.iter().any(|r| r.threatens.contains(&a.id)))
        .map(|a| {
            Finding::new(
                ASSUMPTION_UNMATCHED,
                Severity::Tip,
                "risks",
                "review.risk_assumption_unmatched",
            )
            .with("assumption", super::subject::cut(&a.text))
        })
        .collect()
}

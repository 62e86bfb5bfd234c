//! Rules on step 5, `donor`: the link to the donor's priorities and to the country's own
//! development strategy.

use super::scan::has_text;
use super::{Finding, ReviewContext, Severity};
use crate::model::Proposal;

/// Nothing says how the proposal meets the donor's priorities.
pub const NO_ALIGNMENT: &str = "donor.no_alignment";
/// An objective without a word on how it meets the donor's priorities.
pub const OBJECTIVE_NO_FIT: &str = "donor.objective_no_fit";
/// The donor's own priorities not written down.
pub const NO_STATED_PRIORITIES: &str = "donor.no_stated_priorities";
/// No link to the country's development or poverty-reduction strategy.
pub const NO_NATIONAL_STRATEGY: &str = "donor.no_national_strategy";

fn has_any_fit(p: &Proposal) -> bool {
    p.donor.fit.iter().any(|f| has_text(&f.text))
}

/// At least one objective explained against the donor's priorities.
pub fn no_alignment(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if has_any_fit(p) {
        Vec::new()
    } else {
        vec![Finding::new(
            NO_ALIGNMENT,
            Severity::Blocker,
            "donor.fit",
            "review.donor_no_alignment",
        )]
    }
}

/// Once alignment is started, every objective has its own explanation.
pub fn objective_no_fit(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    // With no alignment at all the blocker above already says it; don't repeat it per objective.
    if !has_any_fit(p) {
        return Vec::new();
    }
    p.logframe
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            !p.donor
                .fit
                .iter()
                .any(|f| f.objective_id == o.id && has_text(&f.text))
        })
        .map(|(i, o)| {
            Finding::new(
                OBJECTIVE_NO_FIT,
                Severity::Warning,
                "donor.fit",
                "review.donor_objective_no_fit",
            )
            .with("n", i + 1)
            .with("objective", o.id)
        })
        .collect()
}

/// The donor's stated priorities, in their words.
pub fn no_stated_priorities(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.donor.stated_priorities.iter().any(|s| has_text(s)) {
        Vec::new()
    } else {
        vec![Finding::new(
            NO_STATED_PRIORITIES,
            Severity::Warning,
            "donor.stated_priorities",
            "review.donor_no_stated_priorities",
        )]
    }
}

/// The country's strategy named, and the fit with it explained.
pub fn no_national_strategy(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let ns = &p.donor.national_strategy;
    let mut out = Vec::new();
    if !has_text(&ns.name) {
        out.push(Finding::new(
            NO_NATIONAL_STRATEGY,
            Severity::Warning,
            "donor.national_strategy.name",
            "review.donor_no_national_strategy",
        ));
    }
    if !has_text(&ns.fit) {
        out.push(Finding::new(
            NO_NATIONAL_STRATEGY,
            Severity::Warning,
            "donor.national_strategy.fit",
            "review.donor_no_national_fit",
        ));
    }
    out
}

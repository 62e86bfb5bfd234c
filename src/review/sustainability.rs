//! Rules on the `sustainability` step: how the gains last once the project ends.

use super::scan::has_text;
use super::{has_content, Finding, ReviewContext, Severity, Step};
use crate::model::Proposal;

/// No path to sustainability at all.
pub const MISSING: &str = "sustainability.missing";
/// A sustainability plan that says nothing of formalisation.
pub const NO_FORMALISATION: &str = "sustainability.no_formalisation";

/// Some path to sustainability: a transition, formalisation, reinvestment or other livelihoods.
pub fn missing(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if has_content(p, Step::Sustainability) {
        Vec::new()
    } else {
        vec![Finding::new(
            MISSING,
            Severity::Warning,
            "sustainability",
            "review.sustainability_missing",
        )]
    }
}

/// Once a plan exists, it says how miners move towards legal, formal status.
pub fn no_formalisation(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if has_content(p, Step::Sustainability) && !has_text(&p.sustainability.formalisation) {
        vec![Finding::new(
            NO_FORMALISATION,
            Severity::Tip,
            "sustainability.formalisation",
            "review.sustainability_no_formalisation",
        )]
    } else {
        Vec::new()
    }
}

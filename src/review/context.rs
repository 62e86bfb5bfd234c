//! Rules on step 1, `context`: the basics a donor reads first, the project's dates, and the
//! evidence behind the problem.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::date::parse_date;
use crate::model::Proposal;

/// Title, applicant, country, donor, problem, amount or currency missing.
pub const MISSING_BASICS: &str = "context.missing_basics";
/// Project dates missing, unreadable or in the wrong order.
pub const DURATION: &str = "context.duration";
/// Problem without evidence, or evidence without a source.
pub const EVIDENCE: &str = "context.evidence";
/// How people mine here not described.
pub const MINER_PROFILE: &str = "context.miner_profile";

/// The basics every cover page needs: title, applicant, country, donor, problem statement,
/// amount and currency.
pub fn missing_basics(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let c = &p.context;
    let checks: [(bool, &str, &'static str); 7] = [
        (
            has_text(&c.title),
            "context.title",
            "review.context_no_title",
        ),
        (
            has_text(&c.applicant),
            "context.applicant",
            "review.context_no_applicant",
        ),
        (
            has_text(&c.country_name) || has_text(&c.country_code),
            "context.country_name",
            "review.context_no_country",
        ),
        (
            has_text(&c.donor.name),
            "context.donor.name",
            "review.context_no_donor",
        ),
        (
            has_text(&c.problem.statement),
            "context.problem.statement",
            "review.context_no_problem",
        ),
        (
            c.amount_requested.0 > 0,
            "context.amount_requested",
            "review.context_no_amount",
        ),
        (
            has_text(&c.currency),
            "context.currency",
            "review.context_no_currency",
        ),
    ];
    checks
        .iter()
        .filter(|(ok, _, _)| !ok)
        .map(|(_, path, key)| Finding::new(MISSING_BASICS, Severity::Blocker, *path, key))
        .collect()
}

/// Start and end dates present, real, and in order.
pub fn duration(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let d = &p.context.duration;
    let start = parse_date(d.start.trim());
    let end = parse_date(d.end.trim());
    let mut out = Vec::new();
    if start.is_none() {
        out.push(Finding::new(
            DURATION,
            Severity::Blocker,
            "context.duration.start",
            "review.context_no_start",
        ));
    }
    if end.is_none() {
        out.push(Finding::new(
            DURATION,
            Severity::Blocker,
            "context.duration.end",
            "review.context_no_end",
        ));
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            out.push(
                Finding::new(
                    DURATION,
                    Severity::Blocker,
                    "context.duration.end",
                    "review.context_end_before_start",
                )
                .with("start", s)
                .with("end", e),
            );
        }
    }
    out
}

/// A problem backed by at least one fact, and every fact with its source.
pub fn evidence(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let pr = &p.context.problem;
    if !pr.evidence.iter().any(|e| has_text(&e.text)) {
        return vec![Finding::new(
            EVIDENCE,
            Severity::Warning,
            "context.problem.evidence",
            "review.context_no_evidence",
        )];
    }
    pr.evidence
        .iter()
        .filter(|e| has_text(&e.text) && !has_text(&e.source))
        .map(|e| {
            Finding::new(
                EVIDENCE,
                Severity::Warning,
                FieldPath::step(Step::Context)
                    .field("problem")
                    .field("evidence")
                    .item(e.id)
                    .field("source"),
                "review.context_evidence_no_source",
            )
        })
        .collect()
}

/// How people mine here (permanent, seasonal, poverty-driven, rush, mixed) shapes what works.
pub fn miner_profile(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.context.community.miner_profiles.is_empty() {
        vec![Finding::new(
            MINER_PROFILE,
            Severity::Tip,
            "context.community.miner_profiles",
            "review.context_no_miner_profile",
        )]
    } else {
        Vec::new()
    }
}

//! Rules on step 2, `priorities`: a few ranked issues, each grounded in this community.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::{PriorityIssue, Proposal};

/// No priority at all.
pub const NONE: &str = "priorities.none";
/// More priorities than a donor can keep in mind.
pub const TOO_MANY: &str = "priorities.too_many";
/// A priority without a title or without why it matters here.
pub const INCOMPLETE: &str = "priorities.incomplete";
/// A priority without the community's own words for it.
pub const COMMUNITY_WORDS: &str = "priorities.community_words";

/// The most priorities a focused proposal carries.
pub const MAX_PRIORITIES: usize = 5;

/// At least one priority.
pub fn none(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.priorities.is_empty() {
        vec![Finding::new(
            NONE,
            Severity::Blocker,
            "priorities",
            "review.priorities_none",
        )]
    } else {
        Vec::new()
    }
}

/// At most [`MAX_PRIORITIES`] priorities.
pub fn too_many(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.priorities.len() > MAX_PRIORITIES {
        vec![Finding::new(
            TOO_MANY,
            Severity::Warning,
            "priorities",
            "review.priorities_too_many",
        )
        .with("count", p.priorities.len())
        .with("max", MAX_PRIORITIES)]
    } else {
        Vec::new()
    }
}

/// Each priority named, and explained for this place.
pub fn incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, x) in p.priorities.iter().enumerate() {
        if let PriorityIssue::Custom(title) = &x.issue {
            if !has_text(title) {
                out.push(
                    Finding::new(
                        INCOMPLETE,
                        Severity::Warning,
                        FieldPath::step(Step::Priorities).item(x.id).field("issue"),
                        "review.priority_no_title",
                    )
                    .with("n", i + 1),
                );
            }
        }
        if !has_text(&x.why) {
            out.push(
                Finding::new(
                    INCOMPLETE,
                    Severity::Warning,
                    FieldPath::step(Step::Priorities).item(x.id).field("why"),
                    "review.priority_no_why",
                )
                .with("n", i + 1),
            );
        }
    }
    out
}

/// Each priority with how the community itself named it.
pub fn community_words(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.priorities
        .iter()
        .enumerate()
        .filter(|(_, x)| !has_text(&x.community_words))
        .map(|(i, x)| {
            Finding::new(
                COMMUNITY_WORDS,
                Severity::Tip,
                FieldPath::step(Step::Priorities)
                    .item(x.id)
                    .field("community_words"),
                "review.priority_no_community_words",
            )
            .with("n", i + 1)
        })
        .collect()
}

//! The word-limit rule: sections of the chosen donor template that run over their limit.

use super::templates::{template_of, word_limit};
use super::text::words_per_step;
use super::{Finding, ReviewContext, Severity, Step, STEP_COUNT};
use crate::model::Proposal;

/// A section over its word limit.
pub const OVER_LIMIT: &str = "limits.over_limit";

/// Every section of the chosen template within its word limit (defaults or the person's own).
pub fn over_limit(p: &Proposal, ctx: &ReviewContext) -> Vec<Finding> {
    let t = template_of(p);
    let mut words: Option<[usize; STEP_COUNT]> = None;
    let mut out = Vec::new();
    for section in t.sections {
        let Some(limit) = word_limit(p, section) else {
            continue;
        };
        let per_step = *words.get_or_insert_with(|| words_per_step(p, ctx));
        let count: usize = section
            .steps
            .iter()
            .filter_map(|s| s.field_index())
            .filter_map(|i| per_step.get(i))
            .sum();
        if count > limit as usize {
            let step = section.steps.first().copied().unwrap_or(Step::Context);
            out.push(
                Finding::new(
                    OVER_LIMIT,
                    Severity::Warning,
                    step.as_str(),
                    "review.over_word_limit",
                )
                .with("words", count)
                .with("limit", limit)
                .with("section", section.id),
            );
        }
    }
    out
}

//! The word-limit rule: sections of the chosen donor template that run over their limit.

use super::scan::word_count;
use super::templates::{template, word_limit};
use super::text::for_each_text;
use super::{Finding, ReviewContext, Severity, Step, STEP_COUNT};
use crate::model::Proposal;

/// A section over its word limit.
pub const OVER_LIMIT: &str = "limits.over_limit";

/// Words in each step's text, in the order of `Step::ALL`.
pub fn words_per_step(p: &Proposal) -> [usize; STEP_COUNT] {
    let mut words = [0usize; STEP_COUNT];
    for_each_text(p, &mut |path, _, text| {
        if let Some(i) = Step::ALL.iter().position(|s| *s == path.wizard_step()) {
            if let Some(w) = words.get_mut(i) {
                *w += word_count(text);
            }
        }
    });
    words
}

/// Every section of the chosen template within its word limit (defaults or the person's own).
pub fn over_limit(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let t = template(p.context.template);
    let mut words: Option<[usize; STEP_COUNT]> = None;
    let mut out = Vec::new();
    for section in t.sections {
        let Some(limit) = word_limit(p, section) else {
            continue;
        };
        let per_step = *words.get_or_insert_with(|| words_per_step(p));
        let count: usize = section
            .steps
            .iter()
            .filter_map(|s| Step::ALL.iter().position(|x| x == s))
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

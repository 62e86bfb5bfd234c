//! Rules on the workplan's milestones (`objectives.milestones`): each one named and dated,
//! inside the project, and, for a project of more than a year, at least one review or report
//! so the donor sees when progress will be checked.

use super::scan::{has_text, Phrase, PhraseSet};
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::budget::project_years;
use crate::model::date::parse_date;
use crate::model::{DatedEvent, Proposal};
use std::sync::OnceLock;

/// A milestone without a title or a date.
pub const MILESTONE_INCOMPLETE: &str = "objectives.milestone_incomplete";
/// A milestone dated outside the project, or with a date that cannot be read.
pub const MILESTONE_OUTSIDE: &str = "objectives.milestone_outside";
/// A project of more than a year with no review or report among its milestones.
pub const NO_REVIEW_MILESTONE: &str = "objectives.no_review_milestone";

fn path(m: &DatedEvent, field: &str) -> FieldPath {
    FieldPath::step(Step::Objectives)
        .field("milestones")
        .item(m.id)
        .field(field)
}

/// Every milestone says what happens and when.
pub fn milestone_incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in &p.logframe.milestones {
        if !has_text(&m.title) {
            out.push(Finding::new(
                MILESTONE_INCOMPLETE,
                Severity::Warning,
                path(m, "title"),
                "review.milestone_no_title",
            ));
        }
        if !has_text(&m.date) {
            out.push(Finding::new(
                MILESTONE_INCOMPLETE,
                Severity::Warning,
                path(m, "date"),
                "review.milestone_no_date",
            ));
        }
    }
    out
}

/// Every dated milestone falls within the project's start and end (when both are known).
pub fn milestone_outside(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let d = &p.context.duration;
    let span = match (parse_date(d.start.trim()), parse_date(d.end.trim())) {
        (Some(s), Some(e)) if s <= e => Some((s, e)),
        _ => None,
    };
    let mut out = Vec::new();
    for m in &p.logframe.milestones {
        let value = m.date.trim();
        if value.is_empty() {
            continue;
        }
        match (parse_date(value), span) {
            (None, _) => out.push(
                Finding::new(
                    MILESTONE_OUTSIDE,
                    Severity::Warning,
                    path(m, "date"),
                    "review.date_invalid",
                )
                .with("value", value),
            ),
            (Some(date), Some((s, e))) if date < s || e < date => out.push(
                Finding::new(
                    MILESTONE_OUTSIDE,
                    Severity::Warning,
                    path(m, "date"),
                    "review.milestone_outside",
                )
                .with("date", date)
                .with("start", s)
                .with("end", e),
            ),
            _ => {}
        }
    }
    out
}

/// Words that make a milestone a review or a report, in the app's languages.
const REVIEW_WORDS: &[Phrase] = &[
    Phrase::prefix("review"),
    Phrase::prefix("report"),
    Phrase::prefix("evaluat"),
    Phrase::prefix("assess"),
    Phrase::prefix("audit"),
    Phrase::prefix("mid-term"),
    Phrase::prefix("midterm"),
    Phrase::prefix("monitor"),
    Phrase::prefix("révision"),
    Phrase::prefix("revue"),
    Phrase::prefix("rapport"),
    Phrase::prefix("évaluation"),
    Phrase::prefix("bilan"),
    Phrase::prefix("suivi"),
    Phrase::prefix("revisión"),
    Phrase::prefix("informe"),
    Phrase::prefix("evaluación"),
    Phrase::prefix("auditor"),
    Phrase::prefix("seguimiento"),
    Phrase::prefix("revisão"),
    Phrase::prefix("relatório"),
    Phrase::prefix("avaliação"),
    Phrase::prefix("monitoria"),
];

fn review_words() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&[REVIEW_WORDS]))
}

/// Whether a milestone is a review, an evaluation or a report.
pub fn is_review(m: &DatedEvent) -> bool {
    let words = review_words();
    words.find_first(&m.title).is_some() || words.find_first(&m.note).is_some()
}

/// A project of more than a year plans at least one review or report as a milestone.
pub fn no_review_milestone(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let long = project_years(&p.context.duration).is_some_and(|y| y > 1);
    if long && !p.logframe.milestones.iter().any(is_review) {
        vec![Finding::new(
            NO_REVIEW_MILESTONE,
            Severity::Tip,
            FieldPath::step(Step::Objectives).field("milestones"),
            "review.milestone_no_review",
        )]
    } else {
        Vec::new()
    }
}

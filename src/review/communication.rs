//! Rules on step 7, `communication`: audiences beyond mining, messages, verifiable stories,
//! a calendar that looks ahead and a way to measure success.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::date::parse_date;
use crate::model::Proposal;

/// No audience.
pub const NO_AUDIENCE: &str = "communication.no_audience";
/// No success story.
pub const NO_STORY: &str = "communication.no_story";
/// A success story a reader cannot check.
pub const STORY_NO_SOURCE: &str = "communication.story_no_source";
/// No general message.
pub const NO_GENERAL_MESSAGE: &str = "communication.no_general_message";
/// Audiences but no message tailored to any of them.
pub const NO_SPECIFIC_MESSAGE: &str = "communication.no_specific_message";
/// Every dated event is already past.
pub const PAST_EVENTS: &str = "communication.past_events";
/// No measure of communication success.
pub const NO_MEASURE: &str = "communication.no_measure";

fn one(
    rule: &'static str,
    severity: Severity,
    path: &'static str,
    key: &'static str,
) -> Vec<Finding> {
    vec![Finding::new(rule, severity, path, key)]
}

/// At least one audience.
pub fn no_audience(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.communication.audiences.iter().any(|a| has_text(&a.name)) {
        Vec::new()
    } else {
        one(
            NO_AUDIENCE,
            Severity::Warning,
            "communication.audiences",
            "review.communication_no_audience",
        )
    }
}

/// At least one success story.
pub fn no_story(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let any = p
        .communication
        .stories
        .iter()
        .any(|s| has_text(&s.title) || has_text(&s.text));
    if any {
        Vec::new()
    } else {
        one(
            NO_STORY,
            Severity::Warning,
            "communication.stories",
            "review.communication_no_story",
        )
    }
}

/// Every success story with the source that lets a reader check it.
pub fn story_no_source(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.communication
        .stories
        .iter()
        .filter(|s| (has_text(&s.title) || has_text(&s.text)) && !has_text(&s.source))
        .map(|s| {
            Finding::new(
                STORY_NO_SOURCE,
                Severity::Warning,
                FieldPath::step(Step::Communication)
                    .field("stories")
                    .item(s.id)
                    .field("source"),
                "review.communication_story_no_source",
            )
            .with("title", s.title.trim())
        })
        .collect()
}

/// One general message for everyone.
pub fn no_general_message(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if has_text(&p.communication.general_message) {
        Vec::new()
    } else {
        one(
            NO_GENERAL_MESSAGE,
            Severity::Warning,
            "communication.general_message",
            "review.communication_no_general_message",
        )
    }
}

/// Where there are audiences, at least one message written for one of them.
pub fn no_specific_message(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let c = &p.communication;
    if c.audiences.is_empty() || c.specific_messages.iter().any(|m| has_text(&m.text)) {
        Vec::new()
    } else {
        one(
            NO_SPECIFIC_MESSAGE,
            Severity::Tip,
            "communication.specific_messages",
            "review.communication_no_specific_message",
        )
    }
}

/// A calendar with at least one event still to come (relative to the review's `today`).
pub fn past_events(p: &Proposal, ctx: &ReviewContext) -> Vec<Finding> {
    let Some(today) = ctx.today_date() else {
        return Vec::new();
    };
    let latest = p
        .communication
        .events
        .iter()
        .filter_map(|e| parse_date(e.date.trim()))
        .max();
    match latest {
        Some(last) if last < today => vec![Finding::new(
            PAST_EVENTS,
            Severity::Warning,
            "communication.events",
            "review.communication_past_events",
        )
        .with("last", last)
        .with("today", today)],
        _ => Vec::new(),
    }
}

/// At least one way to tell whether the communication worked.
pub fn no_measure(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.communication.measures.iter().any(|m| has_text(&m.text)) {
        Vec::new()
    } else {
        one(
            NO_MEASURE,
            Severity::Tip,
            "communication.measures",
            "review.communication_no_measure",
        )
    }
}

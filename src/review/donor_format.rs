//! Rules on indicator milestones, the values an indicator should read between its baseline
//! and its target: each one dated and valued, in order between the two, and, in the UK
//! format (`donor.format`), at least one for every indicator, since that logframe reads each
//! indicator through them (see `review::templates::uk`).

use super::objectives::each_indicator;
use super::scan::has_text;
use super::{Finding, ReviewContext, Severity};
use crate::model::date::parse_date;
use crate::model::{DonorFormat, Proposal};

/// An indicator milestone without a date or a value.
pub const IND_MILESTONE_INCOMPLETE: &str = "objectives.ind_milestone_incomplete";
/// An indicator milestone before the indicator's baseline year or after its target date.
pub const IND_MILESTONE_ORDER: &str = "objectives.ind_milestone_order";
/// In the UK format, an indicator without any milestone.
pub const UK_NO_MILESTONES: &str = "objectives.uk_no_milestones";

/// Every milestone says when and what the indicator should read.
pub fn incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    each_indicator(p, &mut |ip, i| {
        for m in &i.milestones {
            let mp = ip.field("milestones").item(m.id);
            if !has_text(&m.date) {
                out.push(Finding::new(
                    IND_MILESTONE_INCOMPLETE,
                    Severity::Warning,
                    mp.field("date"),
                    "review.ind_milestone_no_date",
                ));
            }
            if !has_text(&m.value) {
                out.push(Finding::new(
                    IND_MILESTONE_INCOMPLETE,
                    Severity::Warning,
                    mp.field("value"),
                    "review.ind_milestone_no_value",
                ));
            }
        }
    });
    out
}

/// Every dated milestone falls between the baseline year and the target date.
pub fn order(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    each_indicator(p, &mut |ip, i| {
        let target = parse_date(i.target_date.trim());
        for m in &i.milestones {
            let Some(date) = parse_date(m.date.trim()) else {
                continue;
            };
            let path = ip.field("milestones").item(m.id).field("date");
            if let Some(year) = i.baseline_year.filter(|y| i32::from(date.year) < *y) {
                out.push(
                    Finding::new(
                        IND_MILESTONE_ORDER,
                        Severity::Warning,
                        path,
                        "review.ind_milestone_before_baseline",
                    )
                    .with("date", date)
                    .with("year", year),
                );
            } else if let Some(t) = target.filter(|t| *t < date) {
                out.push(
                    Finding::new(
                        IND_MILESTONE_ORDER,
                        Severity::Warning,
                        path,
                        "review.ind_milestone_after_target",
                    )
                    .with("date", date)
                    .with("end", t),
                );
            }
        }
    });
    out
}

/// In the UK format, every indicator has at least one milestone.
pub fn uk_no_milestones(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    if p.donor.format != DonorFormat::Uk {
        return out;
    }
    each_indicator(p, &mut |ip, i| {
        if i.milestones.is_empty() && has_text(&i.name) {
            out.push(
                Finding::new(
                    UK_NO_MILESTONES,
                    Severity::Warning,
                    ip.field("name"),
                    "review.uk_no_milestones",
                )
                .with("indicator", i.name.trim()),
            );
        }
    });
    out
}

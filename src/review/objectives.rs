//! Rules on step 3, `objectives`: the logframe's objectives, their indicators and what the
//! indicators can prove.

use std::sync::OnceLock;

use super::scan::{has_text, parse_number, Phrase, PhraseSet};
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::date::{parse_date, Date};
use crate::model::{Indicator, Issue, PriorityIssue, Proposal};

/// No specific objective.
pub const NONE: &str = "objectives.none";
/// No overall goal.
pub const NO_GOAL: &str = "objectives.no_goal";
/// An objective without an indicator.
pub const NO_INDICATOR: &str = "objectives.no_indicator";
/// An indicator without name, baseline, target, date or means of verification.
pub const INDICATOR_INCOMPLETE: &str = "objectives.indicator_incomplete";
/// A numeric indicator whose baseline or target is not a number.
pub const TARGET_NOT_NUMBER: &str = "objectives.target_not_number";
/// A target date or activity date outside the project's duration.
pub const DATE_OUTSIDE: &str = "objectives.date_outside";
/// An objective not traced to any priority.
pub const NO_PRIORITY: &str = "objectives.no_priority";
/// A people-counting indicator without a breakdown by sex, where gender or child labour is a
/// priority.
pub const SEX_BREAKDOWN: &str = "objectives.sex_breakdown";

/// Every indicator of the logframe with the path of its owner.
pub(super) fn each_indicator(p: &Proposal, f: &mut dyn FnMut(FieldPath, &Indicator)) {
    let ob = FieldPath::step(Step::Objectives);
    let goal = ob.field("goal");
    for i in &p.logframe.goal.indicators {
        f(goal.field("indicators").item(i.id), i);
    }
    for o in &p.logframe.objectives {
        let op = ob.item(o.id);
        for i in &o.indicators {
            f(op.field("indicators").item(i.id), i);
        }
        for out in &o.outputs {
            let outp = op.field("outputs").item(out.id);
            for i in &out.indicators {
                f(outp.field("indicators").item(i.id), i);
            }
        }
    }
}

/// At least one specific objective.
pub fn none(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.logframe.objectives.is_empty() {
        vec![Finding::new(
            NONE,
            Severity::Blocker,
            "objectives",
            "review.objectives_none",
        )]
    } else {
        Vec::new()
    }
}

/// An overall goal the objectives contribute to.
pub fn no_goal(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if has_text(&p.logframe.goal.text) {
        Vec::new()
    } else {
        vec![Finding::new(
            NO_GOAL,
            Severity::Warning,
            "objectives.goal.text",
            "review.objectives_no_goal",
        )]
    }
}

/// Every objective measured by at least one indicator of its own.
pub fn no_indicator(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.logframe
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| o.indicators.is_empty())
        .map(|(i, o)| {
            Finding::new(
                NO_INDICATOR,
                Severity::Blocker,
                FieldPath::step(Step::Objectives)
                    .item(o.id)
                    .field("indicators"),
                "review.objective_no_indicator",
            )
            .with("n", i + 1)
        })
        .collect()
}

/// Every indicator with what it measures, a baseline (and its year), a target, a date and a
/// means of verification; numeric ones with a unit.
pub fn indicator_incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    each_indicator(p, &mut |path, i| {
        let missing: [(bool, &'static str, &'static str); 7] = [
            (!has_text(&i.name), "name", "review.indicator_no_name"),
            (
                i.numeric && !has_text(&i.unit),
                "unit",
                "review.indicator_no_unit",
            ),
            (
                !has_text(&i.baseline_value),
                "baseline_value",
                "review.indicator_no_baseline",
            ),
            (
                has_text(&i.baseline_value) && i.baseline_year.is_none(),
                "baseline_year",
                "review.indicator_no_baseline_year",
            ),
            (
                !has_text(&i.target_value),
                "target_value",
                "review.indicator_no_target",
            ),
            (
                !has_text(&i.target_date),
                "target_date",
                "review.indicator_no_date",
            ),
            (
                !has_text(&i.verification),
                "verification",
                "review.indicator_no_verification",
            ),
        ];
        for (is_missing, field, key) in missing {
            if is_missing {
                out.push(Finding::new(
                    INDICATOR_INCOMPLETE,
                    Severity::Warning,
                    path.field(field),
                    key,
                ));
            }
        }
    });
    out
}

/// Baselines and targets of numeric indicators that read as numbers.
pub fn target_not_number(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    each_indicator(p, &mut |path, i| {
        if !i.numeric {
            return;
        }
        for (field, value) in [
            ("baseline_value", &i.baseline_value),
            ("target_value", &i.target_value),
        ] {
            if has_text(value) && parse_number(value).is_none() {
                out.push(
                    Finding::new(
                        TARGET_NOT_NUMBER,
                        Severity::Warning,
                        path.field(field),
                        "review.indicator_not_number",
                    )
                    .with("value", value.trim()),
                );
            }
        }
    });
    out
}

/// Target dates and activity dates readable and within the project's duration.
pub fn date_outside(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let d = &p.context.duration;
    let span = match (parse_date(d.start.trim()), parse_date(d.end.trim())) {
        (Some(s), Some(e)) if s <= e => Some((s, e)),
        _ => None,
    };
    let mut out = Vec::new();
    let mut check = |path: FieldPath, value: &str, outside_key: &'static str| {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        match parse_date(value) {
            None => out.push(
                Finding::new(
                    DATE_OUTSIDE,
                    Severity::Warning,
                    path.clone(),
                    "review.date_invalid",
                )
                .with("value", value),
            ),
            Some(date) => {
                if let Some((s, e)) = span {
                    if !within(date, s, e) {
                        out.push(
                            Finding::new(
                                DATE_OUTSIDE,
                                Severity::Warning,
                                path.clone(),
                                outside_key,
                            )
                            .with("date", date)
                            .with("start", s)
                            .with("end", e),
                        );
                    }
                }
            }
        }
    };
    each_indicator(p, &mut |path, i| {
        check(
            path.field("target_date"),
            &i.target_date,
            "review.indicator_date_outside",
        );
    });
    let ob = FieldPath::step(Step::Objectives);
    for o in &p.logframe.objectives {
        for output in &o.outputs {
            for a in &output.activities {
                let ap = ob
                    .item(o.id)
                    .field("outputs")
                    .item(output.id)
                    .field("activities")
                    .item(a.id);
                check(ap.field("start"), &a.start, "review.activity_date_outside");
                check(ap.field("end"), &a.end, "review.activity_date_outside");
            }
        }
    }
    out
}

fn within(d: Date, start: Date, end: Date) -> bool {
    start <= d && d <= end
}

/// Every objective traced to at least one existing priority.
pub fn no_priority(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.logframe
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.priority_ids.iter().any(|id| p.priority(*id).is_some()))
        .map(|(i, o)| {
            Finding::new(
                NO_PRIORITY,
                Severity::Warning,
                FieldPath::step(Step::Objectives)
                    .item(o.id)
                    .field("priority_ids"),
                "review.objective_no_priority",
            )
            .with("n", i + 1)
        })
        .collect()
}

/// Words that show an indicator counts people of either sex.
const PEOPLE: &[Phrase] = &[
    Phrase::prefix("people"),
    Phrase::prefix("person"),
    Phrase::word("miner"),
    Phrase::word("miners"),
    Phrase::prefix("worker"),
    Phrase::prefix("child"),
    Phrase::prefix("pupil"),
    Phrase::prefix("student"),
    Phrase::prefix("participant"),
    Phrase::prefix("member"),
    Phrase::prefix("beneficiar"),
    Phrase::prefix("trainee"),
    Phrase::prefix("youth"),
    Phrase::prefix("digger"),
    Phrase::prefix("labourer"),
    Phrase::prefix("laborer"),
    Phrase::prefix("personne"),
    Phrase::prefix("mineur"),
    Phrase::prefix("travailleu"),
    Phrase::prefix("enfant"),
    Phrase::prefix("élève"),
    Phrase::prefix("étudiant"),
    Phrase::prefix("membre"),
    Phrase::prefix("bénéficiaire"),
    Phrase::prefix("jeune"),
    Phrase::prefix("apprenant"),
    Phrase::prefix("orpailleu"),
];

/// Words that show an indicator already counts one sex only.
const ONE_SEX: &[Phrase] = &[
    Phrase::word("women"),
    Phrase::word("woman"),
    Phrase::word("girls"),
    Phrase::word("girl"),
    Phrase::word("men"),
    Phrase::word("boys"),
    Phrase::word("female"),
    Phrase::word("male"),
    Phrase::word("femmes"),
    Phrase::word("femme"),
    Phrase::word("filles"),
    Phrase::word("hommes"),
    Phrase::word("garçons"),
];

/// Words in a written-in priority that make it about gender or child labour.
const GENDER_OR_CHILD: &[Phrase] = &[
    Phrase::prefix("gender"),
    Phrase::word("women"),
    Phrase::prefix("child"),
    Phrase::prefix("genre"),
    Phrase::word("femmes"),
    Phrase::prefix("enfant"),
];

/// "child" used as a modifier of the issue, not as the people counted
/// ("families keeping the no-child-labour pledge").
const CHILD_LABOUR: &[Phrase] = &[
    Phrase::word("child labour"),
    Phrase::word("child-labour"),
    Phrase::word("child labor"),
    Phrase::word("child-labor"),
    Phrase::word("children's work"),
];

/// Group 0: people words; group 1: one-sex words; group 2: "child labour" as an issue.
fn people_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&[PEOPLE, ONE_SEX, CHILD_LABOUR]))
}

fn gender_or_child_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&[GENDER_OR_CHILD]))
}

fn counts_people(i: &Indicator) -> bool {
    let set = people_set();
    let (unit, name) = (
        set.scan(&i.unit, super::scan::Mask::MAX),
        set.scan(&i.name, super::scan::Mask::MAX),
    );
    // The first people word only counts if it is not the "child" of "child labour".
    let people = |r: &super::scan::ScanResult| match (r.first[0], r.first[2]) {
        (Some((at, _)), Some((issue_at, _))) => at != issue_at,
        (people, _) => people.is_some(),
    };
    let about_people = people(&unit) || people(&name);
    let one_sex = unit.first[1].is_some() || name.first[1].is_some();
    about_people && !one_sex
}

/// Where gender or child labour is a priority, people-counting indicators are split by sex.
pub fn sex_breakdown(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let relevant = p.priorities.iter().any(|x| match &x.issue {
        PriorityIssue::Catalogue(issue) => matches!(issue, Issue::Gender | Issue::ChildLabour),
        PriorityIssue::Custom(title) => gender_or_child_set().find_first(title).is_some(),
    });
    if !relevant {
        return Vec::new();
    }
    let mut out = Vec::new();
    each_indicator(p, &mut |path, i| {
        if !i.by_sex && counts_people(i) {
            out.push(Finding::new(
                SEX_BREAKDOWN,
                Severity::Warning,
                path.field("by_sex"),
                "review.indicator_no_sex_breakdown",
            ));
        }
    });
    out
}

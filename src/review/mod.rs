//! The readiness review: pure rules that read a [`Proposal`] and say what a donor's programme
//! officer would stumble on, each rule grounded in the 2005 CASM / World Bank conference report.
//!
//! # Shape
//!
//! - A rule is a small function `fn(&Proposal, &ReviewContext) -> Vec<Finding>` registered in
//!   [`RULES`] with its id, wizard step, severity and the report section it comes from.
//! - A [`Finding`] names the field to fix with a dotted path (see `crate::model` for the
//!   convention: first segment is the step, list items by stable id) and carries a translatable
//!   [`Message`]: a key plus named arguments, rendered with [`messages::render`].
//! - [`review`] runs every rule and sums the findings into a [`Review`] with a readiness score;
//!   [`step_state`] tells the step navigation whether a step is empty, started or complete.
//!
//! # Adding a rule
//!
//! One function in the file of its group, one row in [`RULES`] (`rules.rs`), its message key in
//! [`messages`] (English and French), and a test that makes it fire and not fire.
//!
//! # Speed
//!
//! The review runs whenever typing pauses for a quarter of a second (`ui::readiness`). Rules
//! walk the proposal once and look at text without copying it; a rule allocates when it reports
//! something, and the text walk (`text::for_each_text`) names each field it visits with a
//! [`FieldPath`], one short string per field (some thousands for the stress fixture).

mod budget;
mod communication;
mod context;
mod donor;
mod donor_format;
pub mod import_report;
mod limits;
mod linkages;
pub mod messages;
mod objectives;
mod partners;
mod priorities;
pub mod refused;
mod risks;
mod rules;
pub mod scan;
pub mod subject;
mod sustainability;
pub mod templates;
mod text;
pub mod workplan;

pub use rules::{rule, RULES};

use crate::model::date::{parse_date, Date};
use crate::model::Proposal;

pub use crate::model::FieldPath;
pub use crate::model::Step;
pub use messages::{message, render, source, source_line};
pub use templates::{template, templates, Section, Template};
pub use text::{for_each_text, TextKind, TextScan};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The proposal should not be sent like this.
    Blocker,
    /// A donor would likely mark the proposal down for it.
    Warning,
    /// A suggestion that makes a good proposal better.
    Tip,
}

impl Severity {
    /// Every severity, most serious first.
    pub const ALL: [Severity; 3] = [Severity::Blocker, Severity::Warning, Severity::Tip];

    /// Stable id for CSS classes and tests (`blocker`, `warning`, `tip`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
            Severity::Warning => "warning",
            Severity::Tip => "tip",
        }
    }

    /// Message key of the severity's label in [`messages`].
    pub fn label_key(self) -> &'static str {
        match self {
            Severity::Blocker => "review.severity.blocker",
            Severity::Warning => "review.severity.warning",
            Severity::Tip => "review.severity.tip",
        }
    }

    /// Points the first finding of a rule of this severity takes off the readiness score.
    fn cost(self) -> f64 {
        match self {
            Severity::Blocker => 20.0,
            Severity::Warning => 4.0,
            Severity::Tip => 1.0,
        }
    }
}

/// A translatable message: a key of the [`messages`] catalogue and its named arguments.
///
/// Arguments hold numbers or the person's own text (never English words), so the rendered
/// message reads the same in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Catalogue key, e.g. `review.objective_no_indicator`.
    pub key: &'static str,
    /// Values for the `{name}` placeholders of the text.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The value of argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One thing the review found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Id of the rule that found it (a row of [`RULES`]).
    pub rule: &'static str,
    /// How much it matters (always the rule's severity).
    pub severity: Severity,
    /// The field to fix, e.g. `objectives.7.indicators.12.baseline_value`, or a whole step or
    /// list (`priorities`, `donor.fit`) when the problem is something missing.
    pub path: FieldPath,
    /// What to do and why.
    pub message: Message,
}

impl Finding {
    /// A finding of `rule` at `path` with message `key` and no arguments yet.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        path: impl Into<FieldPath>,
        key: &'static str,
    ) -> Self {
        Finding {
            rule,
            severity,
            path: path.into(),
            message: Message::new(key),
        }
    }

    /// Adds a named argument to the message.
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.message.args.push((name, value.to_string()));
        self
    }

    /// The wizard step the finding belongs to (the path's first segment).
    pub fn step(&self) -> Option<Step> {
        self.path.wizard_step()
    }
}

/// What the rules need besides the proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewContext {
    /// Today's date as `YYYY-MM-DD`, given by the caller so date rules are deterministic.
    /// An unreadable date switches the date-relative rules off rather than guessing.
    pub today: String,
    /// One pass over the proposal's text, shared by the text rules of one [`review`] run. Only
    /// `review` sets it, on its own copy, so a context never carries one proposal's text into
    /// the review of another.
    text: Option<text::TextScan>,
}

impl ReviewContext {
    /// A context for `today` (`YYYY-MM-DD`).
    pub fn new(today: &str) -> Self {
        ReviewContext {
            today: today.to_string(),
            text: None,
        }
    }

    /// The text scan of the current review run, if any.
    pub(crate) fn text_scan(&self) -> Option<&text::TextScan> {
        self.text.as_ref()
    }

    /// Today as a date, if readable.
    pub fn today_date(&self) -> Option<Date> {
        parse_date(self.today.get(..10).unwrap_or(&self.today))
    }
}

/// A rule's check: reads the proposal, returns what it found (an empty `Vec` allocates nothing).
pub type Check = fn(&Proposal, &ReviewContext) -> Vec<Finding>;

/// One registered rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable id, `<group>.<name>`, e.g. `objectives.no_indicator`.
    pub id: &'static str,
    /// The step where it is usually fixed (findings carry their own path, whose first segment
    /// may name another step for text rules).
    pub step: Step,
    /// Severity of every finding of this rule.
    pub severity: Severity,
    /// Where in the report the rule comes from: section and speaker.
    pub source: &'static str,
    /// The check.
    pub check: Check,
}

/// Findings of one step, by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepCounts {
    /// Blockers.
    pub blockers: u32,
    /// Warnings.
    pub warnings: u32,
    /// Tips.
    pub tips: u32,
}

impl StepCounts {
    fn add(&mut self, s: Severity) {
        match s {
            Severity::Blocker => self.blockers += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Tip => self.tips += 1,
        }
    }
}

/// Number of steps that own fields (the length of [`Review::by_step`]).
pub const STEP_COUNT: usize = Step::WITH_FIELDS.len();

/// The result of a review.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// Every finding, ordered by step (wizard order), then severity, then rule order.
    pub findings: Vec<Finding>,
    /// Counts per step, in the order of [`Step::WITH_FIELDS`] (see [`Review::counts`]).
    pub by_step: [StepCounts; STEP_COUNT],
    /// How ready the proposal is to send, 0..=100. Each rule that finds something takes points
    /// off (blocker 20, warning 4, tip 1 for its first finding, at most twice that in all) and
    /// the result is scaled by the share of steps with content, so an empty proposal scores 0
    /// and only a proposal with no finding at all scores 100. Never above
    /// [`MAX_WITH_BLOCKERS`] while a blocker remains.
    pub readiness: u8,
    /// Total blockers.
    pub blockers: u32,
    /// Total warnings.
    pub warnings: u32,
    /// Total tips.
    pub tips: u32,
}

/// The highest readiness a proposal with a blocker can reach.
pub const MAX_WITH_BLOCKERS: u8 = 69;

impl Review {
    /// Counts for one step.
    pub fn counts(&self, step: Step) -> StepCounts {
        self.by_step[step_index(step)]
    }

    /// Findings of one step.
    pub fn for_step(&self, step: Step) -> impl Iterator<Item = &Finding> + '_ {
        self.findings
            .iter()
            .filter(move |f| finding_step(f) == step)
    }

    /// Whether nothing blocks sending the proposal.
    pub fn is_ready(&self) -> bool {
        self.blockers == 0
    }
}

fn step_index(step: Step) -> usize {
    step.field_index().unwrap_or(0)
}

/// The step a finding is shown on: its path's step, or its rule's for paths outside the steps.
fn finding_step(f: &Finding) -> Step {
    f.step()
        .or_else(|| rule(f.rule).map(|r| r.step))
        .unwrap_or(Step::Context)
}

/// Runs every rule of [`RULES`] on the proposal.
pub fn review(p: &Proposal, ctx: &ReviewContext) -> Review {
    // The text rules and the word limits share one pass over every text field.
    let run = ReviewContext {
        today: ctx.today.clone(),
        text: Some(text::scan(p)),
    };
    let ctx = &run;
    let mut findings = Vec::new();
    let mut penalty = 0.0;
    for r in RULES {
        let found = (r.check)(p, ctx);
        if !found.is_empty() {
            // The first finding of a rule costs its severity's points, each further one half
            // as much as the one before (at most twice the first in all): fixing any finding
            // raises the score, and one rule with many findings cannot sink it alone.
            let n = found.len().min(30) as i32;
            penalty += r.severity.cost() * 2.0 * (1.0 - 0.5f64.powi(n));
        }
        findings.extend(found);
    }
    findings.sort_by_cached_key(|f| (step_index(finding_step(f)), f.severity));

    let mut by_step = [StepCounts::default(); STEP_COUNT];
    let mut all = StepCounts::default();
    for f in &findings {
        by_step[step_index(finding_step(f))].add(f.severity);
        all.add(f.severity);
    }

    let quality = (100.0 - penalty).max(0.0);
    let filled = Step::WITH_FIELDS
        .iter()
        .filter(|s| has_content(p, **s))
        .count() as f64;
    let completeness = filled / STEP_COUNT as f64;
    let mut readiness = (quality * completeness).round().clamp(0.0, 100.0) as u8;
    if all.blockers > 0 {
        readiness = readiness.min(MAX_WITH_BLOCKERS);
    }
    if readiness == 100 && !findings.is_empty() {
        readiness = 99;
    }

    Review {
        findings,
        by_step,
        readiness,
        blockers: all.blockers,
        warnings: all.warnings,
        tips: all.tips,
    }
}

/// Where a step stands, for the step navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepState {
    /// Nothing entered yet.
    Empty,
    /// Something entered, but blockers or warnings remain on the step.
    Started,
    /// Content and no blocker or warning (tips may remain).
    Complete,
}

/// The state of one step given a review of the same proposal.
pub fn step_state(p: &Proposal, review: &Review, step: Step) -> StepState {
    if !has_content(p, step) {
        return StepState::Empty;
    }
    let c = review.counts(step);
    if c.blockers + c.warnings > 0 {
        StepState::Started
    } else {
        StepState::Complete
    }
}

/// Whether the person has entered anything in a step (never in Review, which owns no field).
pub fn has_content(p: &Proposal, step: Step) -> bool {
    use scan::has_text as t;
    match step {
        Step::Context => {
            let c = &p.context;
            t(&c.title)
                || t(&c.applicant)
                || t(&c.country_name)
                || t(&c.problem.statement)
                || t(&c.community.description)
                || !c.sites.is_empty()
                || !c.problem.evidence.is_empty()
        }
        Step::Priorities => !p.priorities.is_empty(),
        Step::Objectives => t(&p.logframe.goal.text) || !p.logframe.objectives.is_empty(),
        Step::Linkages => !p.linkages.is_empty(),
        Step::Donor => {
            let d = &p.donor;
            !d.stated_priorities.is_empty()
                || !d.fit.is_empty()
                || t(&d.national_strategy.name)
                || t(&d.national_strategy.fit)
                || !d.funding_cycle.is_empty()
        }
        Step::Partners => !p.partners.is_empty(),
        Step::Communication => {
            let c = &p.communication;
            !c.audiences.is_empty()
                || t(&c.general_message)
                || !c.specific_messages.is_empty()
                || !c.stories.is_empty()
                || !c.products.is_empty()
                || !c.events.is_empty()
                || !c.champions.is_empty()
                || !c.measures.is_empty()
        }
        Step::Budget => !p.budget.is_empty(),
        Step::Risks => !p.risks.is_empty(),
        Step::Sustainability => {
            let s = &p.sustainability;
            !s.transitions.is_empty()
                || t(&s.formalisation)
                || t(&s.reinvestment)
                || t(&s.alternative_livelihoods)
        }
        Step::Review => false,
    }
}

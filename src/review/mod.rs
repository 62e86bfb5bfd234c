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
//! One function in the file of its group, one row in [`RULES`], its message key in
//! [`messages`] (English and French), and a test that makes it fire and not fire.
//!
//! # Speed
//!
//! The review runs on every edit. Rules walk the proposal once, look at text without copying
//! it, and only allocate when they report something, so an empty result costs nothing.

mod budget;
mod communication;
mod context;
mod donor;
mod limits;
mod linkages;
pub mod messages;
mod objectives;
mod partners;
mod priorities;
pub mod scan;
pub mod subject;
mod sustainability;
pub mod templates;
mod text;

use crate::model::date::{parse_date, Date};
use crate::model::Proposal;

pub use crate::model::Step;
pub use messages::{message, render};
pub use templates::{template, templates, Section, Template};
pub use text::{for_each_text, FieldPath, TextKind, TextScan};

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
    pub path: String,
    /// What to do and why.
    pub message: Message,
}

impl Finding {
    /// A finding of `rule` at `path` with message `key` and no arguments yet.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        path: impl Into<String>,
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
        Step::of_path(&self.path)
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

use Severity::{Blocker, Tip, Warning};

/// Every rule, grouped by step in wizard order.
pub static RULES: &[Rule] = &[
    // context
    Rule {
        id: context::MISSING_BASICS,
        step: Step::Context,
        severity: Blocker,
        source: "Theme 5 (strong proposals with specific intents)",
        check: context::missing_basics,
    },
    Rule {
        id: context::DURATION,
        step: Step::Context,
        severity: Blocker,
        source: "Conference opening, Jon Hobbs (work in cycles that set target dates)",
        check: context::duration,
    },
    Rule {
        id: context::EVIDENCE,
        step: Step::Context,
        severity: Warning,
        source: "Conclusions (few solid examples; build a well-informed profile); Theme 5",
        check: context::evidence,
    },
    Rule {
        id: context::MINER_PROFILE,
        step: Step::Context,
        severity: Tip,
        source: "Contribution of ASM to economic development, Antonio Pedro (profiling miners by behaviour)",
        check: context::miner_profile,
    },
    // priorities
    Rule {
        id: priorities::NONE,
        step: Step::Priorities,
        severity: Blocker,
        source: "Theme 5 (establish high priorities)",
        check: priorities::none,
    },
    Rule {
        id: priorities::TOO_MANY,
        step: Step::Priorities,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (key priorities, not an abundance of issues)",
        check: priorities::too_many,
    },
    Rule {
        id: priorities::INCOMPLETE,
        step: Step::Priorities,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (the country's setting at the heart); Theme 3 (no one-size-fits-all)",
        check: priorities::incomplete,
    },
    Rule {
        id: priorities::COMMUNITY_WORDS,
        step: Step::Priorities,
        severity: Tip,
        source: "Stakeholders' priorities, Rani Parker (the problems miners themselves rank first); MDG 8 session, Jacomina de Regt (communities know their needs)",
        check: priorities::community_words,
    },
    // objectives
    Rule {
        id: objectives::NONE,
        step: Step::Objectives,
        severity: Blocker,
        source: "Theme 5 (clear objectives with realistic, achievable goals)",
        check: objectives::none,
    },
    Rule {
        id: objectives::NO_GOAL,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (clear objectives with realistic, achievable goals)",
        check: objectives::no_goal,
    },
    Rule {
        id: objectives::NO_INDICATOR,
        step: Step::Objectives,
        severity: Blocker,
        source: "Avenues for meeting common goals, Anwar Ravat (solid measures for a fair appraisal of progress)",
        check: objectives::no_indicator,
    },
    Rule {
        id: objectives::INDICATOR_INCOMPLETE,
        step: Step::Objectives,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (concrete measures to track success); Theme 5",
        check: objectives::indicator_incomplete,
    },
    Rule {
        id: objectives::TARGET_NOT_NUMBER,
        step: Step::Objectives,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (solid measures)",
        check: objectives::target_not_number,
    },
    Rule {
        id: objectives::DATE_OUTSIDE,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (realistic, achievable goals); Conference opening, Jon Hobbs (cycles that set target dates)",
        check: objectives::date_outside,
    },
    Rule {
        id: objectives::NO_PRIORITY,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (establish high priorities, then clear objectives)",
        check: objectives::no_priority,
    },
    Rule {
        id: objectives::SEX_BREAKDOWN,
        step: Step::Objectives,
        severity: Warning,
        source: "MDG 3 session, Mayra Buvinic and Karyn Keenan; MDG 2 session, Eileen Muirragui (girls' work is less visible)",
        check: objectives::sex_breakdown,
    },
    // linkages
    Rule {
        id: linkages::OBJECTIVE_UNLINKED,
        step: Step::Linkages,
        severity: Warning,
        source: "Theme 5 (map ASM issues into the MDGs first)",
        check: linkages::objective_unlinked,
    },
    Rule {
        id: linkages::NO_REASON,
        step: Step::Linkages,
        severity: Warning,
        source: "Theme 4 (lever issues that align with donor objectives); Theme 5",
        check: linkages::no_reason,
    },
    // donor
    Rule {
        id: donor::NO_ALIGNMENT,
        step: Step::Donor,
        severity: Blocker,
        source: "Theme 5 (clear linkages with donor objectives); Theme 4 (donors fund what matches their own agendas)",
        check: donor::no_alignment,
    },
    Rule {
        id: donor::OBJECTIVE_NO_FIT,
        step: Step::Donor,
        severity: Warning,
        source: "Theme 5 (clear linkages with donor objectives)",
        check: donor::objective_no_fit,
    },
    Rule {
        id: donor::NO_STATED_PRIORITIES,
        step: Step::Donor,
        severity: Warning,
        source: "Donor discussion, Ian Wright (know each donor's priorities and mandates)",
        check: donor::no_stated_priorities,
    },
    Rule {
        id: donor::NO_NATIONAL_STRATEGY,
        step: Step::Donor,
        severity: Warning,
        source: "Donor discussion, Jon Hobbs (Paris Declaration: demand must come from the country's own strategy); Conclusions (PRS)",
        check: donor::no_national_strategy,
    },
    // partners
    Rule {
        id: partners::NO_COMMUNITY,
        step: Step::Partners,
        severity: Warning,
        source: "MDG 8 session, Jacomina de Regt (partnerships within the community and with local government); Theme 4",
        check: partners::no_community,
    },
    Rule {
        id: partners::NO_GOVERNMENT,
        step: Step::Partners,
        severity: Warning,
        source: "Conclusions (work through and with national and regional governments); Plenary (the private sector is no panacea)",
        check: partners::no_government,
    },
    Rule {
        id: partners::INCOMPLETE,
        step: Step::Partners,
        severity: Warning,
        source: "Theme 5 (demonstrate functional partnerships)",
        check: partners::incomplete,
    },
    Rule {
        id: partners::NOT_APPROACHED,
        step: Step::Partners,
        severity: Tip,
        source: "Theme 5 (demonstrate functional partnerships)",
        check: partners::not_approached,
    },
    // communication
    Rule {
        id: communication::NO_AUDIENCE,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (communicate beyond those directly engaged in ASM)",
        check: communication::no_audience,
    },
    Rule {
        id: communication::NO_STORY,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (clear, verifiable success stories); Breakout Two, Group One",
        check: communication::no_story,
    },
    Rule {
        id: communication::STORY_NO_SOURCE,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (clear, verifiable success stories)",
        check: communication::story_no_source,
    },
    Rule {
        id: communication::NO_GENERAL_MESSAGE,
        step: Step::Communication,
        severity: Warning,
        source: "Breakout Two, Group One (a generic message and specific ones)",
        check: communication::no_general_message,
    },
    Rule {
        id: communication::NO_SPECIFIC_MESSAGE,
        step: Step::Communication,
        severity: Tip,
        source: "Breakout Two, Group One (specific versions with compelling accounts of actual situations)",
        check: communication::no_specific_message,
    },
    Rule {
        id: communication::PAST_EVENTS,
        step: Step::Communication,
        severity: Warning,
        source: "Breakout Two, Group One (a shared calendar of events); Recommendations (planning and funding cycles)",
        check: communication::past_events,
    },
    Rule {
        id: communication::NO_MEASURE,
        step: Step::Communication,
        severity: Tip,
        source: "Avenues for meeting common goals, Anwar Ravat (measures that track success)",
        check: communication::no_measure,
    },
    // budget
    Rule {
        id: budget::NONE,
        step: Step::Budget,
        severity: Blocker,
        source: "Theme 5 (strong proposals with specific intents)",
        check: budget::none,
    },
    Rule {
        id: budget::TOTAL_MISMATCH,
        step: Step::Budget,
        severity: Blocker,
        source: "Theme 5 (one coordinated, realistic request; unrealistic ones hurt credibility)",
        check: budget::total_mismatch,
    },
    Rule {
        id: budget::UNLINKED_LINE,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (focus on what can really be changed); Avenues for meeting common goals, Anwar Ravat (results-based measures)",
        check: budget::unlinked_line,
    },
    Rule {
        id: budget::LINE_INCOMPLETE,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (strong proposals with specific intents)",
        check: budget::line_incomplete,
    },
    Rule {
        id: budget::OTHER_CURRENCY,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (one coordinated, realistic request)",
        check: budget::other_currency,
    },
    // sustainability
    Rule {
        id: sustainability::MISSING,
        step: Step::Sustainability,
        severity: Warning,
        source: "Contribution of ASM to economic development, Antonio Pedro (transitions that break the poverty cycle); Concluding remarks, Jon Hobbs (the five Rs)",
        check: sustainability::missing,
    },
    Rule {
        id: sustainability::NO_FORMALISATION,
        step: Step::Sustainability,
        severity: Tip,
        source: "Recommendations (transition from the informal to the formal sector); Avenues, Anwar Ravat (a viable and formal sector)",
        check: sustainability::no_formalisation,
    },
    // text, across every step
    Rule {
        id: text::PLACEHOLDER,
        step: Step::Context,
        severity: Warning,
        source: "Theme 5 (strong proposals with specific intents)",
        check: text::placeholder,
    },
    Rule {
        id: text::VAGUE,
        step: Step::Context,
        severity: Tip,
        source: "Theme 5 (specific intents; nebulous proposals hurt credibility)",
        check: text::vague,
    },
    Rule {
        id: text::EXAGGERATION,
        step: Step::Context,
        severity: Tip,
        source: "Breakout Two, Group One (careful presentation that does not exaggerate claims); Theme 5",
        check: text::exaggeration,
    },
    Rule {
        id: limits::OVER_LIMIT,
        step: Step::Context,
        severity: Warning,
        source: "Donor discussion, Ian Wright (a compelling presentation built on each donor's priorities and mandates)",
        check: limits::over_limit,
    },
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
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

/// Number of wizard steps (the length of [`Review::by_step`]).
pub const STEP_COUNT: usize = 9;

/// The result of a review.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// Every finding, ordered by step (wizard order), then severity, then rule order.
    pub findings: Vec<Finding>,
    /// Counts per step, in the order of `Step::ALL` (see [`Review::counts`]).
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
    Step::ALL
        .iter()
        .position(|s| *s == step)
        .unwrap_or(0)
        .min(STEP_COUNT - 1)
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
    let filled = Step::ALL.iter().filter(|s| has_content(p, **s)).count() as f64;
    let completeness = filled / Step::ALL.len().max(1) as f64;
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

/// Whether the person has entered anything in a step.
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
        Step::Sustainability => {
            let s = &p.sustainability;
            !s.transitions.is_empty()
                || t(&s.formalisation)
                || t(&s.reinvestment)
                || t(&s.alternative_livelihoods)
        }
    }
}

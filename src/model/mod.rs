//! The proposal document: one type, [`Proposal`], with stable ids, money in integer
//! minor units, plain ISO dates, structural validation, JSON import with migrations, and worked
//! examples.
//!
//! Everything here is plain Rust with no browser dependency; the UI keeps a `Proposal` in a
//! store, review rules and exports read `&Proposal`.
//!
//! # Ids
//!
//! Every item of every list has an [`Id`] allocated from `meta.next_id`, unique across the whole
//! proposal and serialised as a number. Links hold ids, so reordering never breaks them, and the
//! `Proposal::remove_*` methods clear every link to what they remove (see [`ops`]).
//!
//! # Field paths
//!
//! A field path, a [`FieldPath`], names one field of the document for the review rules (where a
//! finding points), validation ([`Problem::path`]) and the UI ([`FieldPath::element_id`], the
//! path with `.` replaced by `-`). Paths are built only through [`FieldPath`]'s typed
//! constructors (`FieldPath::step(Step::Objectives).item(id).field("text")`) or read back with
//! [`FieldPath::parse`]; its text form follows this convention:
//!
//! - Segments are joined with `.`.
//! - The **first segment is the wizard step**, one of [`Step`]'s ids: `context`, `priorities`,
//!   `objectives`, `linkages`, `donor`, `partners`, `communication`, `budget`,
//!   `sustainability`, `risks`. (The logframe lives in `Proposal::logframe` but its step is `objectives`.)
//! - A **list item is named by its stable id**, never its index: `priorities.4.why`.
//! - The last segment is the Rust field name.
//! - A whole list or a non-item list (strings, enum values) is named by the field:
//!   `context.sites`, `objectives.7.priority_ids`.
//!
//! Examples:
//!
//! | path | field |
//! |---|---|
//! | `context.title` | `context.title` |
//! | `context.duration.start` | `context.duration.start` |
//! | `context.problem.evidence.3.source` | source of evidence item 3 |
//! | `context.word_limits.summary` | word limit override for section `summary` |
//! | `priorities.4.why` | priority 4 |
//! | `objectives.goal.text` | the goal |
//! | `objectives.7.indicators.12.target_value` | indicator 12 of objective 7 |
//! | `objectives.7.outputs.9.activities.11.start` | activity 11 of output 9 |
//! | `linkages.9.reason` | MDG linkage 9 |
//! | `donor.national_strategy.name`, `donor.fit.5.text` | donor alignment |
//! | `partners.3.role` | partner 3 |
//! | `communication.stories.15.source` | success story 15 |
//! | `budget.21.unit_cost` | budget line 21 |
//! | `sustainability.formalisation` | sustainability |
//! | `risks.30.mitigation` | risk 30 |
//! | `objectives.milestones.31.date` | workplan milestone 31 |
//! | `objectives.7.indicators.12.milestones.32.value` | a milestone of indicator 12 |
//! | `budget.21.by_year` | budget line 21's amounts per project year |
//! | `meta.next_id` | bookkeeping (not a wizard step; shown on the review page) |
//!
//! Because ids are unique across the proposal, a path stays valid while items are reordered
//! and becomes invalid only when its item is deleted.

pub mod budget;
pub mod communication;
pub mod context;
pub mod currency_change;
pub mod date;
pub mod donor;
pub mod examples;
pub mod ids;
pub mod linkage;
pub mod logframe;
pub mod migrate;
pub mod money;
pub mod ops;
pub mod org_id;
pub mod partners;
pub mod path;
pub mod priorities;
pub mod risks;
pub mod rules;
pub mod stress;
pub mod sustainability;
pub mod validate;
pub mod workplan;

pub use budget::{BudgetCategory, BudgetLine, BudgetTotals};
pub use communication::{
    Audience, Champion, CommunicationPlan, Measure, Product, SpecificMessage, SuccessStory,
};
pub use context::{
    CommunityProfile, Context, DonorTemplate, DonorType, Duration, Evidence, MinerProfile,
    OrganisationType, ProblemStatement, TargetDonor,
};
pub use date::Date;
pub use donor::{DatedEvent, DonorAlignment, DonorFit, DonorFormat, NationalStrategy};
pub use examples::{example, examples, ExampleInfo};
#[cfg(not(target_arch = "wasm32"))]
pub use examples::{example_json, load_example};
pub use ids::{HasId, Id, IdCounter, Removed};
pub use linkage::{MdgLinkage, Strength};
pub use logframe::{
    Activity, Assumption, Goal, Indicator, IndicatorMilestone, Logframe, Objective, Output,
};
pub use migrate::{import_json, to_json_compact, to_json_pretty, ImportError, MAX_IMPORT_BYTES};
pub use money::{Money, NumberError, Quantity};
pub use partners::{Commitment, Partner, PartnerLevel, PartnerType};
pub use path::FieldPath;
pub use priorities::{Issue, Priority, PriorityIssue};
pub use risks::{Level, Risk, RiskCategory};
pub use stress::stress_fixture;
pub use sustainability::{Sustainability, Transition};
pub use validate::{validate, Problem, ProblemKind};

/// The schema version this build writes and reads natively.
pub const SCHEMA_VERSION: u32 = 1;

/// A proposal: the one document the app edits, saves, reviews and exports.
///
/// `schema_version`, `context` and `meta` must be present in JSON; every other field (and
/// every field inside the parts) defaults when missing, so older or hand-trimmed files load.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Proposal {
    /// Schema version of this document (see [`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Step `context`.
    pub context: Context,
    /// Step `priorities`: ranked, most important first.
    #[serde(default)]
    pub priorities: Vec<Priority>,
    /// Step `objectives`: the logframe.
    #[serde(default)]
    pub logframe: Logframe,
    /// Step `linkages`: MDG links of objectives.
    #[serde(default)]
    pub linkages: Vec<MdgLinkage>,
    /// Step `donor`.
    #[serde(default)]
    pub donor: DonorAlignment,
    /// Step `partners`.
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Step `communication`.
    #[serde(default)]
    pub communication: CommunicationPlan,
    /// Step `budget`.
    #[serde(default)]
    pub budget: Vec<BudgetLine>,
    /// Step `sustainability`.
    #[serde(default)]
    pub sustainability: Sustainability,
    /// Step `risks`: the risk register.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// Bookkeeping.
    pub meta: Meta,
}

/// Bookkeeping fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Meta {
    /// When the proposal was created, ISO 8601 with offset (`2026-05-01T09:30:00Z`).
    /// Given by the caller (no clock in the core) so exports are deterministic.
    pub created: String,
    /// When it was last changed, same format.
    pub updated: String,
    /// Next id to hand out; greater than every id in the document.
    pub next_id: IdCounter,
}

ids::id_enum! {
    /// The wizard's steps, in order (`Step::ALL`): one per part of the document
    /// ([`Step::WITH_FIELDS`]), then the readiness Review. The id is also the step's URL slug
    /// and the first segment of its fields' paths.
    Step {
        /// Who, where, what problem, how long, how much.
        Context = "context",
        /// A short ranked list of the community's priorities.
        Priorities = "priorities",
        /// The logframe: goal, objectives, indicators, outputs, activities.
        Objectives = "objectives",
        /// Objectives linked to MDG targets and SDGs.
        Linkages = "linkages",
        /// How the work fits the donor and the country's strategy.
        Donor = "donor",
        /// Who works with the community and how firmly.
        Partners = "partners",
        /// Audiences, messages, success stories, events.
        Communication = "communication",
        /// Budget lines and totals.
        Budget = "budget",
        /// Transitions, formalisation, what lasts after the project.
        Sustainability = "sustainability",
        /// The risk register: what could go wrong and what the project does about it.
        Risks = "risks",
        /// Readiness review and export; it reads the document and owns no field of it.
        Review = "review",
    }
}

impl Step {
    /// The steps that own part of the document (every step but [`Step::Review`]), in wizard
    /// order: what field paths start with, and what the review counts and scores per step.
    pub const WITH_FIELDS: [Step; 10] = [
        Step::Context,
        Step::Priorities,
        Step::Objectives,
        Step::Linkages,
        Step::Donor,
        Step::Partners,
        Step::Communication,
        Step::Budget,
        Step::Sustainability,
        Step::Risks,
    ];

    /// The step a field path belongs to (`None` for `meta.*` or an unknown first segment).
    pub fn of_path(path: &str) -> Option<Step> {
        FieldPath::parse(path).wizard_step()
    }

    /// Whether the step owns part of the document (is one of [`Step::WITH_FIELDS`]).
    pub fn has_fields(self) -> bool {
        self.field_index().is_some()
    }

    /// Position in [`Step::WITH_FIELDS`], the index of per-step tallies; `None` for Review.
    pub fn field_index(self) -> Option<usize> {
        Step::WITH_FIELDS.iter().position(|s| *s == self)
    }

    /// Translation key of the step's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Step::Context => "step.context",
            Step::Priorities => "step.priorities",
            Step::Objectives => "step.objectives",
            Step::Linkages => "step.linkages",
            Step::Donor => "step.donor",
            Step::Partners => "step.partners",
            Step::Communication => "step.communication",
            Step::Budget => "step.budget",
            Step::Sustainability => "step.sustainability",
            Step::Risks => "step.risks",
            Step::Review => "step.review",
        }
    }

    /// Position in the wizard, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

impl Proposal {
    /// A blank proposal created at `now` (ISO 8601 timestamp supplied by the caller).
    pub fn new(now: &str) -> Self {
        Proposal {
            schema_version: SCHEMA_VERSION,
            context: Context::default(),
            priorities: Vec::new(),
            logframe: Logframe::default(),
            linkages: Vec::new(),
            donor: DonorAlignment::default(),
            partners: Vec::new(),
            communication: CommunicationPlan::default(),
            budget: Vec::new(),
            sustainability: Sustainability::default(),
            risks: Vec::new(),
            meta: Meta {
                created: now.to_string(),
                updated: now.to_string(),
                next_id: IdCounter::default(),
            },
        }
    }

    /// Allocates a fresh id, unique in this proposal.
    pub fn new_id(&mut self) -> Id {
        self.meta.next_id.alloc()
    }

    /// Records a change at `now`.
    pub fn touch(&mut self, now: &str) {
        self.meta.updated = now.to_string();
    }

    /// Budget totals (see [`budget`] for the definitions), `None` on overflow.
    pub fn budget_totals(&self) -> Option<BudgetTotals> {
        budget::totals(&self.budget)
    }

    /// Minor-unit digits of the proposal currency, `None` if the code is unknown.
    pub fn currency_exponent(&self) -> Option<u32> {
        money::currency_exponent(&self.context.currency)
    }

    /// The objective with this id.
    pub fn objective(&self, id: Id) -> Option<&Objective> {
        ids::find(&self.logframe.objectives, id)
    }

    /// The priority with this id.
    pub fn priority(&self, id: Id) -> Option<&Priority> {
        ids::find(&self.priorities, id)
    }

    /// The partner with this id.
    pub fn partner(&self, id: Id) -> Option<&Partner> {
        ids::find(&self.partners, id)
    }
}

//! Structural validation: is the document well formed? (Whether it is *convincing* is the
//! review module's job.)
//!
//! [`validate`] reports every problem it finds, in document order, each with the field path of
//! the offending field (see the path convention in [`super`]). "Required" is reported only for
//! the one field that names an item (a priority's title, an objective's text, a partner's
//! name, ...): an item without it cannot be shown or linked to sensibly. Everything else that is
//! merely unfinished is left to the review.
//!
//! The checks of each wizard step live in the submodule of that step, as the review rules do;
//! [`validate`] runs them in document order.

mod budget;
mod communication;
mod context;
mod donor;
mod ids;
mod linkages;
mod objectives;
mod partners;
mod priorities;
mod risks;

use std::collections::BTreeSet;

use super::date::{is_valid_timestamp, parse_date};
use super::donor::DatedEvent;
use super::ids::Id;
use super::logframe::Indicator;
use super::money::parse_scaled;
use super::path::FieldPath;
use super::rules;
use super::{Proposal, SCHEMA_VERSION};

pub use ids::all_ids;

/// One structural problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// The offending field, e.g. `objectives.7.indicators.12.target_date`.
    pub path: FieldPath,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is structurally wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// The field naming an item is empty.
    Required,
    /// Not a valid `YYYY-MM-DD` date.
    BadDate,
    /// An end date before its start date.
    DateOrder,
    /// Not a valid ISO 8601 timestamp with offset (`meta.created`, `meta.updated`).
    BadTimestamp,
    /// Not a known ISO 4217 currency code.
    BadCurrency,
    /// Not a known ISO 3166-1 alpha-2 country code.
    BadCountry,
    /// A link to an id that does not exist (or is not of the right kind).
    DanglingLink,
    /// The same id in a list of links twice.
    DuplicateLink,
    /// An id used by two items.
    DuplicateId,
    /// An item with id 0, which is never allocated.
    MissingId,
    /// `meta.next_id` not greater than every id in use, so new items would collide.
    IdCounter,
    /// An amount or quantity below zero.
    NegativeAmount,
    /// A number outside its allowed range (percent over 100, MDG target 19, ...).
    OutOfRange,
    /// A numeric indicator value that does not read as a number.
    NotANumber,
    /// Amounts too large to add up exactly.
    Overflow,
    /// `schema_version` is not the one this build works with.
    SchemaVersion,
}

impl ProblemKind {
    /// Stable id, usable as a translation key (`problem.<id>`).
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Required => "required",
            ProblemKind::BadDate => "bad_date",
            ProblemKind::DateOrder => "date_order",
            ProblemKind::BadTimestamp => "bad_timestamp",
            ProblemKind::BadCurrency => "bad_currency",
            ProblemKind::BadCountry => "bad_country",
            ProblemKind::DanglingLink => "dangling_link",
            ProblemKind::DuplicateLink => "duplicate_link",
            ProblemKind::DuplicateId => "duplicate_id",
            ProblemKind::MissingId => "missing_id",
            ProblemKind::IdCounter => "id_counter",
            ProblemKind::NegativeAmount => "negative_amount",
            ProblemKind::OutOfRange => "out_of_range",
            ProblemKind::NotANumber => "not_a_number",
            ProblemKind::Overflow => "overflow",
            ProblemKind::SchemaVersion => "schema_version",
        }
    }

    /// Whether an imported file with this problem is refused: these break the id/link
    /// structure the editor relies on. Others (an empty name, a half-typed date) are normal in
    /// a draft and are shown after import instead.
    pub fn blocks_import(self) -> bool {
        matches!(
            self,
            ProblemKind::DanglingLink
                | ProblemKind::DuplicateId
                | ProblemKind::MissingId
                | ProblemKind::IdCounter
                | ProblemKind::SchemaVersion
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.kind.as_str())
    }
}

/// Collects the problems of one validation run.
struct V {
    problems: Vec<Problem>,
}

impl V {
    fn push(&mut self, path: FieldPath, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn required(&mut self, path: FieldPath, text: &str) {
        if text.trim().is_empty() {
            self.push(path, ProblemKind::Required);
        }
    }

    /// A date that may be empty (unfinished) but, if given, must be valid.
    fn opt_date(&mut self, path: FieldPath, s: &str) {
        self.rule(path, rules::date(s));
    }

    /// Records what a rule of the form (see [`rules`]) says about a field.
    fn rule(&mut self, path: FieldPath, verdict: Result<(), ProblemKind>) {
        if let Err(kind) = verdict {
            self.push(path, kind);
        }
    }

    /// Start/end pair under `owner`: each valid if given, end not before start.
    fn range(&mut self, owner: &FieldPath, start: &str, end: &str) {
        self.opt_date(owner.field("start"), start);
        self.opt_date(owner.field("end"), end);
        if let (Some(s), Some(e)) = (parse_date(start), parse_date(end)) {
            if e < s {
                self.push(owner.field("end"), ProblemKind::DateOrder);
            }
        }
    }

    /// A list of links: each must be in `valid`, none twice.
    fn links(&mut self, path: FieldPath, links: &[Id], valid: &BTreeSet<Id>) {
        let mut seen = BTreeSet::new();
        let mut dangling = false;
        let mut dup = false;
        for l in links {
            dangling |= !valid.contains(l);
            dup |= !seen.insert(*l);
        }
        if dangling {
            self.push(path.clone(), ProblemKind::DanglingLink);
        }
        if dup {
            self.push(path, ProblemKind::DuplicateLink);
        }
    }

    fn link(&mut self, path: FieldPath, link: Option<Id>, valid: &BTreeSet<Id>) {
        if let Some(l) = link {
            if !valid.contains(&l) {
                self.push(path, ProblemKind::DanglingLink);
            }
        }
    }

    /// An indicator of the goal, an objective or an output (`owner`).
    fn indicator(&mut self, owner: &FieldPath, ind: &Indicator) {
        let p = owner.field("indicators").item(ind.id);
        self.required(p.field("name"), &ind.name);
        if ind.numeric {
            for (field, value) in [
                ("baseline_value", &ind.baseline_value),
                ("target_value", &ind.target_value),
            ] {
                if !value.trim().is_empty() && !is_number(value) {
                    self.push(p.field(field), ProblemKind::NotANumber);
                }
            }
        }
        if let Some(y) = ind.baseline_year {
            if !(1900..=2100).contains(&y) {
                self.push(p.field("baseline_year"), ProblemKind::OutOfRange);
            }
        }
        self.opt_date(p.field("target_date"), &ind.target_date);
    }

    /// The dated events of a list (`list` is the list's path).
    fn events(&mut self, list: &FieldPath, events: &[DatedEvent]) {
        for e in events {
            let p = list.item(e.id);
            self.opt_date(p.field("date"), &e.date);
            self.required(p.field("title"), &e.title);
        }
    }
}

/// Whether an indicator value reads as a decimal number (`.` or `,` as decimal separator,
/// any number of decimals, optional sign and `%`).
pub fn is_number(s: &str) -> bool {
    let t = s.trim().trim_end_matches('%').trim_end();
    // Scale 9 allows fine decimals; then retry with ',' as the decimal separator.
    parse_scaled(t, 9, '.').is_ok() || parse_scaled(t, 9, ',').is_ok()
}

/// The ids that links of each kind may point at: a priority trace must point at a priority,
/// not any id.
struct LinkTargets {
    priorities: BTreeSet<Id>,
    objectives: BTreeSet<Id>,
    partners: BTreeSet<Id>,
    audiences: BTreeSet<Id>,
    /// What a risk may threaten: the objectives and every assumption (the goal's included).
    threatened: BTreeSet<Id>,
}

impl LinkTargets {
    fn of(p: &Proposal) -> Self {
        LinkTargets {
            priorities: p.priorities.iter().map(|x| x.id).collect(),
            objectives: p.logframe.objectives.iter().map(|x| x.id).collect(),
            partners: p.partners.iter().map(|x| x.id).collect(),
            audiences: p.communication.audiences.iter().map(|x| x.id).collect(),
            threatened: p
                .logframe
                .objectives
                .iter()
                .map(|o| o.id)
                .chain(p.logframe.goal.assumptions.iter().map(|a| a.id))
                .chain(
                    p.logframe
                        .objectives
                        .iter()
                        .flat_map(|o| o.assumptions.iter().map(|a| a.id)),
                )
                .collect(),
        }
    }
}

/// Checks the structure of a proposal and returns every problem found (empty = valid).
pub fn validate(p: &Proposal) -> Vec<Problem> {
    let mut v = V {
        problems: Vec::new(),
    };

    if p.schema_version != SCHEMA_VERSION {
        v.push(
            FieldPath::root("schema_version"),
            ProblemKind::SchemaVersion,
        );
    }
    ids::check(p, &mut v);

    let targets = LinkTargets::of(p);
    context::check(p, &mut v);
    priorities::check(p, &mut v);
    objectives::check(p, &targets, &mut v);
    linkages::check(p, &targets, &mut v);
    donor::check(p, &targets, &mut v);
    partners::check(p, &targets, &mut v);
    communication::check(p, &targets, &mut v);
    budget::check(p, &targets, &mut v);
    risks::check(p, &targets, &mut v);

    let meta = FieldPath::root("meta");
    if !is_valid_timestamp(&p.meta.created) {
        v.push(meta.field("created"), ProblemKind::BadTimestamp);
    }
    if !is_valid_timestamp(&p.meta.updated) {
        v.push(meta.field("updated"), ProblemKind::BadTimestamp);
    }

    v.problems
}

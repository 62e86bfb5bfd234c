//! Step 5, `donor`: how the proposal meets the donor's priorities and the country's own
//! strategy. The donor's name and type live in `context.donor` (single source).

use super::ids::{impl_has_id, Id};

/// Donor alignment. Paths `donor.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DonorAlignment {
    /// The donor's stated priorities, as they word them. Path `donor.stated_priorities`.
    pub stated_priorities: Vec<String>,
    /// How each objective meets them. Paths `donor.fit.<id>.<field>`.
    pub fit: Vec<DonorFit>,
    /// The country's development / poverty-reduction strategy. Paths
    /// `donor.national_strategy.name`, `donor.national_strategy.fit`.
    pub national_strategy: NationalStrategy,
    /// Donor planning and funding cycle. Paths `donor.funding_cycle.<id>.<field>`.
    pub funding_cycle: Vec<DatedEvent>,
}

/// How one objective fits the donor.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DonorFit {
    /// Stable id.
    pub id: Id,
    /// The objective (removed with it).
    pub objective_id: Id,
    /// How it meets the donor's priorities.
    pub text: String,
}

/// The national strategy the work fits into.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct NationalStrategy {
    /// Its name (e.g. a Poverty Reduction Strategy).
    pub name: String,
    /// How the proposal fits it.
    pub fit: String,
}

/// A dated event (funding cycle deadline, advocacy event).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DatedEvent {
    /// Stable id.
    pub id: Id,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What happens.
    pub title: String,
    /// Details.
    pub note: String,
}

impl DonorFit {
    /// A blank fit for `objective_id`.
    pub fn new(id: Id, objective_id: Id) -> Self {
        DonorFit {
            id,
            objective_id,
            text: String::new(),
        }
    }
}

impl DatedEvent {
    /// A blank event with this id.
    pub fn new(id: Id) -> Self {
        DatedEvent {
            id,
            ..Default::default()
        }
    }
}

impl_has_id!(DonorFit, DatedEvent);

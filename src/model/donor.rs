//! Step 5, `donor`: how the proposal meets the donor's priorities and the country's own
//! strategy. The donor's name and type live in `context.donor` (single source).

use super::ids::{id_enum, impl_has_id, Id};

id_enum! {
    /// The donor's document format: section order, word limits and the logframe's layout in
    /// every export. Each format's table, and where its structure comes from, is in
    /// `review::templates` (`standard.rs`, `eu.rs`, `uk.rs`); the logframe layouts are drawn
    /// in `export::document` (`objectives.rs`, `logframe_eu.rs`, `logframe_uk.rs`).
    #[derive(Default)]
    DonorFormat {
        /// The app's own layout, for donors without a set format (the default).
        #[default]
        Standard = "standard",
        /// The European Union's: a logical framework matrix.
        Eu = "eu",
        /// A UK-style logframe, with milestones between baseline and target.
        Uk = "uk",
    }
}

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
    /// The donor's document format. Path `donor.format`.
    #[serde(skip_serializing_if = "DonorFormat::is_standard")]
    pub format: DonorFormat,
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

impl DonorFormat {
    /// Whether it is the default layout (left out of saved files, so drafts written before
    /// formats existed are saved again byte for byte).
    pub fn is_standard(&self) -> bool {
        *self == DonorFormat::Standard
    }
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

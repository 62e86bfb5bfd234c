//! Step `risks`: the risk register. Each risk has a category (the kinds of risk the 2005
//! report names around mining areas), a likelihood and an impact, a mitigation, an owner and
//! the objectives or assumptions it threatens.

use super::ids::{blank_new, id_enum, impl_has_id, Id};

id_enum! {
    /// Low / medium / high, for likelihood and impact alike.
    Level {
        /// Unlikely, or little harm.
        Low = "low",
        /// Possible, or real but bounded harm.
        Medium = "medium",
        /// Likely, or harm that would stop the project or hurt people.
        High = "high",
    }
}

impl Level {
    /// 1 (low) to 3 (high), for the likelihood × impact score.
    pub fn weight(self) -> u8 {
        match self {
            Level::Low => 1,
            Level::Medium => 2,
            Level::High => 3,
        }
    }
}

id_enum! {
    /// What kind of risk it is; each kind has guidance from the report.
    #[derive(Default)]
    RiskCategory {
        /// Conflict, violence and insecurity around mining areas.
        Conflict = "conflict",
        /// Mercury and other harm to health and the environment.
        Mercury = "mercury",
        /// Insecure tenure, the legal framework, licences.
        Tenure = "tenure",
        /// Benefits captured by a few (local elites, middlemen, officials).
        Capture = "capture",
        /// Swings in mineral prices and markets.
        Prices = "prices",
        /// Anything else (the default).
        #[default]
        Other = "other",
    }
}

/// One risk. Paths `risks.<id>.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Risk {
    /// Stable id.
    pub id: Id,
    /// Kind of risk.
    pub category: RiskCategory,
    /// What could happen, in the drafter's words.
    pub text: String,
    /// How likely it is, if assessed.
    pub likelihood: Option<Level>,
    /// How much harm it would do, if assessed.
    pub impact: Option<Level>,
    /// What the project does to prevent or soften it.
    pub mitigation: String,
    /// Who watches it and acts (a person, role or organisation).
    pub owner: String,
    /// Ids of the objectives and assumptions it threatens (cleared when they are removed).
    pub threatens: Vec<Id>,
}

impl Risk {
    /// Likelihood × impact, 1 to 9, when both are assessed.
    pub fn score(&self) -> Option<u8> {
        Some(self.likelihood?.weight() * self.impact?.weight())
    }
}

blank_new!(Risk);
impl_has_id!(Risk);

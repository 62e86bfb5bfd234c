//! Step 2, `priorities`: a short ranked list of the issues the proposal tackles.

use super::ids::{id_enum, impl_has_id, Id};

id_enum! {
    /// The issues the 2005 CASM/World Bank report names for ASM communities; the knowledge
    /// module holds their explanations.
    Issue {
        /// Poverty and the poverty trap.
        Poverty = "poverty",
        /// How outsiders misperceive miners.
        Misperception = "misperception",
        /// Marginalisation of remote mining communities.
        Marginalisation = "marginalisation",
        /// Vulnerability to shocks and abuse.
        Vulnerability = "vulnerability",
        /// Mobility of miners between sites.
        Mobility = "mobility",
        /// Conflict over resources or with large mines.
        Conflict = "conflict",
        /// Health (incl. HIV/AIDS, malaria, TB, injuries).
        Health = "health",
        /// Schooling.
        Education = "education",
        /// Gender equality and women's roles.
        Gender = "gender",
        /// Children working in mining.
        ChildLabour = "child_labour",
        /// Mercury use and land degradation.
        MercuryEnvironment = "mercury_environment",
        /// Legal status and formalisation.
        LegalStatus = "legal_status",
        /// Rights to land and minerals.
        LandMineralRights = "land_mineral_rights",
        /// Access to markets and dependence on middlemen.
        MarketAccess = "market_access",
        /// Mining and processing technology.
        Technology = "technology",
        /// Other livelihoods beside or after mining.
        AlternativeLivelihoods = "alternative_livelihoods",
        /// Governance and transparency.
        GovernanceTransparency = "governance_transparency",
    }
}

/// Which issue a priority is: one from the catalogue or one the drafter wrote in.
/// JSON: `{"catalogue": "child_labour"}` or `{"custom": "Water for processing"}`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityIssue {
    /// An issue from the report's catalogue.
    Catalogue(Issue),
    /// A written-in title.
    Custom(String),
}

impl Default for PriorityIssue {
    fn default() -> Self {
        PriorityIssue::Custom(String::new())
    }
}

/// One ranked priority (rank = position in `Proposal::priorities`).
/// Paths `priorities.<id>.issue`, `.why`, `.community_words`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Priority {
    /// Stable id; objectives trace to it.
    pub id: Id,
    /// The issue.
    pub issue: PriorityIssue,
    /// Why it matters in this community.
    pub why: String,
    /// How the community itself named it (their words, meeting, survey).
    pub community_words: String,
}

impl Priority {
    /// A blank priority with this id.
    pub fn new(id: Id) -> Self {
        Priority {
            id,
            ..Default::default()
        }
    }

    /// A priority for a catalogue issue.
    pub fn catalogue(id: Id, issue: Issue) -> Self {
        Priority {
            id,
            issue: PriorityIssue::Catalogue(issue),
            ..Default::default()
        }
    }
}

impl_has_id!(Priority);

//! Knowledge about the community side of a proposal: the priority issues the report names,
//! how people mine (miner profiles), the transitions out of the poverty trap, and who can be a
//! partner at which level.

use super::text::{Citation, SdgRef, Text};

/// A priority issue a proposal can address (e.g. `child_labour`).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Stable snake_case identifier, one of [`super::ids::PRIORITIES`].
    pub id: String,
    /// Short name of the issue.
    pub title: Text,
    /// What the issue is in mining communities, in a few sentences.
    pub summary: Text,
    /// What it means for the proposal: how to present and evidence it.
    pub proposal_tip: Text,
    /// Millennium Development Goals the issue relates to.
    pub mdgs: Vec<u8>,
    /// SDG targets a donor would file the issue under today.
    #[serde(default)]
    pub sdgs: Vec<SdgRef>,
    /// Where the report raises the issue.
    pub citation: Citation,
}

/// A way people take part in mining, used to profile a community (Pedro's presentation).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinerProfile {
    /// Stable snake_case identifier, one of [`super::ids::MINER_PROFILES`].
    pub id: String,
    /// Short name of the profile.
    pub name: Text,
    /// Who these miners are and why they mine.
    pub description: Text,
    /// What this profile implies for the design of a proposal.
    pub proposal_tip: Text,
    /// Where the profile is described.
    pub citation: Citation,
}

/// A transition the report proposes to break the cycle of poverty in mining.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// Stable snake_case identifier, one of [`super::ids::TRANSITIONS`].
    pub id: String,
    /// Starting point of the transition (e.g. "artisanal mining").
    pub from: Text,
    /// Where it leads (e.g. "small-scale mining").
    pub to: Text,
    /// What the transition involves and how a project can support it.
    pub description: Text,
    /// Miner profile ids for whom the transition matters most.
    #[serde(default)]
    pub profiles: Vec<String>,
    /// Where the transition is proposed.
    pub citation: Citation,
}

/// A level at which community-driven development builds partnerships (de Regt).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnershipLevel {
    /// Stable snake_case identifier, one of [`super::ids::PARTNERSHIP_LEVELS`].
    pub id: String,
    /// Position from the most local (1) to the global (5).
    pub order: u8,
    /// Short name of the level.
    pub name: Text,
    /// Who partners with whom at this level, and for what.
    pub description: Text,
    /// Where the level is described.
    pub citation: Citation,
}

/// A kind of organisation a proposal can name as partner.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerType {
    /// Stable snake_case identifier, one of [`super::ids::PARTNER_TYPES`].
    pub id: String,
    /// Short name of the partner type.
    pub name: Text,
    /// The role this kind of partner typically plays, and what to ask of it.
    pub role: Text,
    /// Partnership level ids where this partner usually sits.
    pub levels: Vec<String>,
    /// Where the report points to this kind of partner.
    pub citation: Citation,
}

//! Knowledge about what can go wrong around artisanal mining: the kinds of risk the 2005 report
//! names, each with what it looks like on the ground and how projects soften it.

use super::text::{Citation, Text};

/// Guidance for one kind of risk (a [`crate::model::RiskCategory`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskGuide {
    /// Stable snake_case identifier, one of [`super::ids::RISK_CATEGORIES`].
    pub id: String,
    /// Short name of the kind of risk.
    pub name: Text,
    /// What the risk looks like around mining sites, and why donors ask about it.
    pub description: Text,
    /// What a project can do to prevent or soften it.
    pub mitigation: Text,
    /// Where the report discusses it.
    pub citation: Citation,
}

//! Knowledge about the donor side of a proposal: donor types and what they look for, lessons on
//! approaching donors, communication channels and messages, and the two frameworks the report
//! offers for a sustainable sector (Hobbs's five Rs, the empowerment approach).

use super::text::{Citation, Text};

/// A kind of funder and what it looks for in a proposal.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DonorType {
    /// Stable snake_case identifier, one of [`super::ids::DONOR_TYPES`].
    pub id: String,
    /// Short name of the donor type.
    pub name: Text,
    /// What this kind of donor looks for, per the donor discussion.
    pub looks_for: Text,
    /// How to approach it and frame the proposal.
    pub approach: Text,
    /// Millennium Development Goals such donors most readily fund.
    #[serde(default)]
    pub mdgs: Vec<u8>,
    /// Where the report describes this kind of donor.
    pub citation: Citation,
}

/// A short, practical lesson with a title (used for donor, message and success-story lessons).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable snake_case identifier.
    pub id: String,
    /// The lesson in a few words.
    pub title: Text,
    /// The lesson explained for a drafter.
    pub text: Text,
    /// Where the report teaches it.
    pub citation: Citation,
}

/// A communication product or channel for advocacy.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunicationChannel {
    /// Stable snake_case identifier, one of [`super::ids::COMMUNICATION_CHANNELS`].
    pub id: String,
    /// Short name of the product or channel.
    pub name: Text,
    /// What it is good for and how to use it.
    pub use_for: Text,
    /// Who it reaches.
    pub audience: Text,
    /// Where the report suggests it.
    pub citation: Citation,
}

/// One of Hobbs's five "Rs" of a productive, self-sustaining artisanal sector.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiveR {
    /// Stable snake_case identifier, one of [`super::ids::FIVE_RS`].
    pub id: String,
    /// Position in the list, 1..=5.
    pub order: u8,
    /// The R in a few words.
    pub name: Text,
    /// What it means in practice.
    pub description: Text,
    /// How a proposal can show it.
    pub proposal_tip: Text,
    /// Where the five Rs are presented.
    pub citation: Citation,
}

/// The economic, social and political empowerment approach (Hruschka, for SDC).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Empowerment {
    /// The approach in a few sentences.
    pub summary: Text,
    /// The three pillars: economic, social, political.
    pub pillars: Vec<EmpowermentPillar>,
    /// Where the approach is presented.
    pub citation: Citation,
}

/// One pillar of the empowerment approach.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmpowermentPillar {
    /// Stable snake_case identifier, one of [`super::ids::EMPOWERMENT_PILLARS`].
    pub id: String,
    /// Short name of the pillar.
    pub name: Text,
    /// What the pillar aims at (assets, vulnerability, lasting processes).
    pub aim: Text,
    /// Activities a proposal can plan under this pillar.
    pub examples: Text,
    /// Where the pillar is described.
    pub citation: Citation,
}

/// A quality the report says a strong proposal or strategy shows (used by review rules).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrengthCriterion {
    /// Stable snake_case identifier, one of [`super::ids::STRENGTH_CRITERIA`].
    pub id: String,
    /// The quality in a few words.
    pub title: Text,
    /// How a proposal shows it.
    pub text: Text,
    /// Where the report sets it out.
    pub citation: Citation,
}

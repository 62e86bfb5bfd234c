//! The development frameworks a proposal is measured against: the eight Millennium Development
//! Goals with their 18 targets (2001 list) and the 17 Sustainable Development Goals that carry
//! them on today.

use super::text::{Citation, Fact, SdgRef, Text};

/// A Millennium Development Goal and what artisanal and small-scale mining has to do with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mdg {
    /// Goal number, 1..=8.
    pub number: u8,
    /// The goal's title.
    pub title: Text,
    /// The "lever issue": how mining communities relate to this goal, per the report.
    pub lever_issue: Text,
    /// Practical advice: how a drafter should use this goal in a proposal.
    pub proposal_tip: Text,
    /// Figures from the report that support the lever issue.
    #[serde(default)]
    pub figures: Vec<Fact>,
    /// The goal's targets, numbered 1..=18 across all goals as in the 2001 list.
    pub targets: Vec<MdgTarget>,
    /// The Sustainable Development Goals that carry this goal on.
    pub sdgs: Vec<u8>,
    /// Further SDGs the app itself suggests for this goal: links made by neither the 2005
    /// report nor the UN resolution, shown and exported as the app's suggestion.
    #[serde(default)]
    pub suggested_sdgs: Vec<u8>,
    /// Where in the report the goal is discussed.
    pub citation: Citation,
}

/// One of the 18 MDG targets of the 2001 framework.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MdgTarget {
    /// Target number, 1..=18, as in the original 2001 list.
    pub number: u8,
    /// The goal this target belongs to, 1..=8 (filled in from the enclosing goal on load).
    #[serde(default)]
    pub goal: u8,
    /// The target, paraphrased.
    pub text: Text,
    /// The SDGs (and SDG targets) that carry the target on today.
    pub sdgs: Vec<SdgRef>,
    /// Where the target wording comes from.
    pub citation: Citation,
}

/// A Sustainable Development Goal (2015 Agenda).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sdg {
    /// Goal number, 1..=17.
    pub number: u8,
    /// The short title donors use.
    pub title: Text,
    /// A line on why the goal can matter to a mining community.
    pub asm_link: Text,
    /// True when that link is the app's own suggestion, made by neither the 2005 report nor the
    /// UN resolution (SDG 13 and 14).
    #[serde(default)]
    pub app_suggestion: bool,
    /// Where the goal is defined.
    pub citation: Citation,
}

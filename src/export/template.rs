//! Which sections each donor template has, in which order, with which default word limits.
//!
//! Kept as data so the order is defined once for every format; the person's overrides in
//! `context.word_limits` (keyed by the same section ids) win over these defaults.

use crate::model::{DonorTemplate, Proposal};

/// A section the exports know how to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Community, problem and evidence.
    Context,
    /// Ranked priorities.
    Priorities,
    /// Goal, objectives, outputs, activities (narrative).
    Objectives,
    /// The logframe table.
    Logframe,
    /// MDG/SDG linkage table.
    Linkages,
    /// Donor and national-strategy fit.
    Donor,
    /// Partners table, champions.
    Partners,
    /// Communication plan and calendar.
    Communication,
    /// Budget tables.
    Budget,
    /// Sustainability.
    Sustainability,
    /// Sources cited.
    Sources,
}

impl SectionKind {
    /// Stable id, used for anchors and as the key of word-limit overrides.
    pub fn id(self) -> &'static str {
        match self {
            SectionKind::Context => "context",
            SectionKind::Priorities => "priorities",
            SectionKind::Objectives => "objectives",
            SectionKind::Logframe => "logframe",
            SectionKind::Linkages => "linkages",
            SectionKind::Donor => "donor",
            SectionKind::Partners => "partners",
            SectionKind::Communication => "communication",
            SectionKind::Budget => "budget",
            SectionKind::Sustainability => "sustainability",
            SectionKind::Sources => "sources",
        }
    }
}

/// One section of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionSpec {
    /// Which section.
    pub kind: SectionKind,
    /// Default word limit of its running text, if the template sets one.
    pub limit: Option<u32>,
    /// Whether the short form is wanted (concept note: no outputs, budget by category only).
    pub brief: bool,
}

const fn s(kind: SectionKind, limit: Option<u32>, brief: bool) -> SectionSpec {
    SectionSpec { kind, limit, brief }
}

use SectionKind as K;

/// A two-page concept note: the case, what will change, with whom and for how much.
const CONCEPT_NOTE: &[SectionSpec] = &[
    s(K::Context, Some(300), true),
    s(K::Priorities, Some(120), true),
    s(K::Objectives, Some(200), true),
    s(K::Linkages, None, true),
    s(K::Donor, Some(120), true),
    s(K::Partners, None, true),
    s(K::Budget, None, true),
    s(K::Sources, None, true),
];

/// The complete proposal.
const FULL_PROPOSAL: &[SectionSpec] = &[
    s(K::Context, Some(1000), false),
    s(K::Priorities, Some(500), false),
    s(K::Objectives, Some(1200), false),
    s(K::Logframe, None, false),
    s(K::Linkages, None, false),
    s(K::Donor, Some(500), false),
    s(K::Partners, Some(400), false),
    s(K::Communication, Some(800), false),
    s(K::Budget, None, false),
    s(K::Sustainability, Some(500), false),
    s(K::Sources, None, false),
];

/// The logframe annex: the table, and the linkages that justify it.
const LOGFRAME_ANNEX: &[SectionSpec] = &[s(K::Logframe, None, false), s(K::Linkages, None, true)];

/// The sections of a template, in order.
pub fn sections(t: DonorTemplate) -> &'static [SectionSpec] {
    match t {
        DonorTemplate::ConceptNote => CONCEPT_NOTE,
        DonorTemplate::FullProposal => FULL_PROPOSAL,
        DonorTemplate::LogframeAnnex => LOGFRAME_ANNEX,
    }
}

/// The word limit that applies to a section: the person's override, else the template's.
/// An override of 0 means "no limit".
pub fn limit(p: &Proposal, spec: &SectionSpec) -> Option<u32> {
    match p.context.word_limits.get(spec.kind.id()) {
        Some(0) => None,
        Some(&n) => Some(n),
        None => spec.limit,
    }
}

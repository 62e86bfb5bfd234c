//! The document shapes donors ask for: which sections, in which order, under which heading,
//! and how many words each may hold by default. Exports reuse these definitions so the review's
//! word counts and the exported document agree.
//!
//! A section gathers the text of one or more wizard steps. The person can override a section's
//! limit in `context.word_limits` (keyed by section id); an override of `0` removes the limit.

use super::Step;
use crate::model::{DonorTemplate, Proposal};

/// One section of a donor template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Stable id, also the key of `context.word_limits` overrides.
    pub id: &'static str,
    /// Message key of the heading (see [`super::messages`]).
    pub heading_key: &'static str,
    /// The wizard steps whose text the section holds.
    pub steps: &'static [Step],
    /// Default word limit, `None` for tables such as the budget.
    pub default_word_limit: Option<u32>,
}

/// A donor template: an ordered list of sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Which template this is.
    pub id: DonorTemplate,
    /// Message key of the template's name.
    pub name_key: &'static str,
    /// Sections in document order.
    pub sections: &'static [Section],
}

const fn section(
    id: &'static str,
    heading_key: &'static str,
    steps: &'static [Step],
    default_word_limit: Option<u32>,
) -> Section {
    Section {
        id,
        heading_key,
        steps,
        default_word_limit,
    }
}

const CONTEXT: &[Step] = &[Step::Context];
const PRIORITIES: &[Step] = &[Step::Priorities];
const OBJECTIVES: &[Step] = &[Step::Objectives];
const LINKAGES: &[Step] = &[Step::Linkages];
const DONOR: &[Step] = &[Step::Donor];
const PARTNERS: &[Step] = &[Step::Partners];
const COMMUNICATION: &[Step] = &[Step::Communication];
const BUDGET: &[Step] = &[Step::Budget];
const SUSTAINABILITY: &[Step] = &[Step::Sustainability];
const RISKS: &[Step] = &[Step::Risks];

static TEMPLATES: [Template; 3] = [
    Template {
        id: DonorTemplate::ConceptNote,
        name_key: "template.concept_note",
        sections: &[
            section("context", "section.context", CONTEXT, Some(600)),
            section("priorities", "section.priorities", PRIORITIES, Some(300)),
            section("objectives", "section.objectives", OBJECTIVES, Some(800)),
            section("linkages", "section.linkages", LINKAGES, Some(300)),
            section("donor", "section.donor", DONOR, Some(300)),
            section("partners", "section.partners", PARTNERS, Some(300)),
            section(
                "communication",
                "section.communication",
                COMMUNICATION,
                Some(300),
            ),
            section(
                "sustainability",
                "section.sustainability",
                SUSTAINABILITY,
                Some(250),
            ),
            section("risks", "section.risks", RISKS, Some(300)),
            section("budget", "section.budget", BUDGET, None),
        ],
    },
    Template {
        id: DonorTemplate::FullProposal,
        name_key: "template.full_proposal",
        sections: &[
            section("context", "section.context", CONTEXT, Some(2000)),
            section("priorities", "section.priorities", PRIORITIES, Some(1000)),
            section("objectives", "section.objectives", OBJECTIVES, Some(4000)),
            section("linkages", "section.linkages", LINKAGES, Some(1000)),
            section("donor", "section.donor", DONOR, Some(1000)),
            section("partners", "section.partners", PARTNERS, Some(1000)),
            section(
                "communication",
                "section.communication",
                COMMUNICATION,
                Some(1200),
            ),
            section(
                "sustainability",
                "section.sustainability",
                SUSTAINABILITY,
                Some(800),
            ),
            section("risks", "section.risks", RISKS, Some(1000)),
            section("budget", "section.budget", BUDGET, None),
        ],
    },
    Template {
        id: DonorTemplate::LogframeAnnex,
        name_key: "template.logframe_annex",
        sections: &[
            section("objectives", "section.objectives", OBJECTIVES, Some(3000)),
            section("linkages", "section.linkages", LINKAGES, Some(800)),
            section("budget", "section.budget", BUDGET, None),
        ],
    },
];

/// Every template, in the order the template picker shows them.
pub fn templates() -> &'static [Template] {
    &TEMPLATES
}

/// The definition of one template.
pub fn template(id: DonorTemplate) -> &'static Template {
    TEMPLATES
        .iter()
        .find(|t| t.id == id)
        .unwrap_or(&TEMPLATES[1])
}

/// The word limit that applies to `section` in this proposal: the person's override if any
/// (`0` meaning no limit), else the template's default.
pub fn word_limit(p: &Proposal, section: &Section) -> Option<u32> {
    match p.context.word_limits.get(section.id) {
        Some(0) => None,
        Some(n) => Some(*n),
        None => section.default_word_limit,
    }
}

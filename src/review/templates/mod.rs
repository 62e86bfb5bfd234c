//! The document shapes donors ask for: which sections, in which order, under which heading,
//! with which parts drawn in each, and how many words each may hold by default. Exports reuse
//! these definitions so the review's word counts and the exported document agree.
//!
//! There is one table per donor format (`donor.format`): the app's own ([`standard`]), the
//! European Union's ([`eu`]) and the United Kingdom's ([`uk`]); each file says where its
//! structure comes from. Each holds the three templates a person picks on the Context step
//! (concept note, full proposal, logframe annex).
//!
//! A section gathers the text of one or more wizard steps. The person can override a section's
//! limit in `context.word_limits` (keyed by section id); an override of `0` removes the limit.

mod eu;
mod standard;
mod uk;

use super::Step;
use crate::model::{DonorFormat, DonorTemplate, Proposal};

/// A part of an exported document: what one section draws, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Community, problem and evidence.
    Context,
    /// Ranked priorities.
    Priorities,
    /// Goal, objectives, outputs, activities (narrative).
    Objectives,
    /// The logframe table, in the donor format's layout.
    Logframe,
    /// The workplan as a shaded grid by quarter or month.
    Workplan,
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
    /// The risk register.
    Risks,
    /// Sources cited.
    Sources,
}

impl Part {
    /// Stable id, used for anchors.
    pub fn id(self) -> &'static str {
        match self {
            Part::Context => "context",
            Part::Priorities => "priorities",
            Part::Objectives => "objectives",
            Part::Logframe => "logframe",
            Part::Workplan => "workplan",
            Part::Linkages => "linkages",
            Part::Donor => "donor",
            Part::Partners => "partners",
            Part::Communication => "communication",
            Part::Budget => "budget",
            Part::Sustainability => "sustainability",
            Part::Risks => "risks",
            Part::Sources => "sources",
        }
    }
}

/// One section of a donor template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Stable id, also the key of `context.word_limits` overrides.
    pub id: &'static str,
    /// Message key of the heading (see [`super::messages`]).
    pub heading_key: &'static str,
    /// The wizard steps whose text the section holds (none for a table drawn from text that
    /// another section already counts, such as the workplan or the logframe as an annex).
    pub steps: &'static [Step],
    /// Default word limit, `None` for tables such as the budget.
    pub default_word_limit: Option<u32>,
    /// What the exports draw for it, in order.
    pub parts: &'static [Part],
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

/// A section of the templates below.
const fn section(
    id: &'static str,
    heading_key: &'static str,
    steps: &'static [Step],
    default_word_limit: Option<u32>,
    parts: &'static [Part],
) -> Section {
    Section {
        id,
        heading_key,
        steps,
        default_word_limit,
        parts,
    }
}

// The sections every format builds its templates from: `with` sets the limit and the parts.
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

const fn context(limit: u32) -> Section {
    section(
        "context",
        "section.context",
        CONTEXT,
        Some(limit),
        &[Part::Context],
    )
}
const fn priorities(limit: u32) -> Section {
    section(
        "priorities",
        "section.priorities",
        PRIORITIES,
        Some(limit),
        &[Part::Priorities],
    )
}
const fn objectives(limit: u32, parts: &'static [Part]) -> Section {
    section(
        "objectives",
        "section.objectives",
        OBJECTIVES,
        Some(limit),
        parts,
    )
}
const fn linkages(limit: u32) -> Section {
    section(
        "linkages",
        "section.linkages",
        LINKAGES,
        Some(limit),
        &[Part::Linkages],
    )
}
const fn donor(limit: u32) -> Section {
    section("donor", "section.donor", DONOR, Some(limit), &[Part::Donor])
}
const fn partners(limit: u32) -> Section {
    section(
        "partners",
        "section.partners",
        PARTNERS,
        Some(limit),
        &[Part::Partners],
    )
}
const fn communication(limit: u32) -> Section {
    section(
        "communication",
        "section.communication",
        COMMUNICATION,
        Some(limit),
        &[Part::Communication],
    )
}
const fn sustainability(limit: u32) -> Section {
    section(
        "sustainability",
        "section.sustainability",
        SUSTAINABILITY,
        Some(limit),
        &[Part::Sustainability],
    )
}
const fn risks(limit: u32) -> Section {
    section("risks", "section.risks", RISKS, Some(limit), &[Part::Risks])
}
const BUDGET_SECTION: Section = section("budget", "section.budget", BUDGET, None, &[Part::Budget]);
/// The workplan on its own, where a format reads it apart from the objectives. Its activities
/// are the Objectives step's text, already counted there.
const WORKPLAN_SECTION: Section =
    section("workplan", "section.workplan", &[], None, &[Part::Workplan]);
/// The logframe as an annex at the end. Its text is the Objectives step's, already counted.
const LOGFRAME_SECTION: Section =
    section("logframe", "section.logframe", &[], None, &[Part::Logframe]);

/// Every template of the app's own format, in the order the template picker shows them.
pub fn templates() -> &'static [Template] {
    &standard::TEMPLATES
}

/// The templates of one donor format, in the order the template picker shows them.
pub fn templates_of(format: DonorFormat) -> &'static [Template] {
    match format {
        DonorFormat::Standard => &standard::TEMPLATES,
        DonorFormat::Eu => &eu::TEMPLATES,
        DonorFormat::Uk => &uk::TEMPLATES,
    }
}

/// The definition of one template in one donor format.
pub fn template(id: DonorTemplate, format: DonorFormat) -> &'static Template {
    let all = templates_of(format);
    all.iter().find(|t| t.id == id).unwrap_or(&all[1])
}

/// The template this proposal is written to: the template it picked, in its donor's format.
pub fn template_of(p: &Proposal) -> &'static Template {
    template(p.context.template, p.donor.format)
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

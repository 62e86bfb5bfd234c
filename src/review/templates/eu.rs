//! The European Union's format. Where its structure comes from:
//!
//! - The logframe is the EU's logical framework matrix: intervention logic, indicators,
//!   baselines, targets, sources and means of verification, and assumptions, for the overall
//!   objective (impact), the specific objectives (outcomes), outputs and activities (European
//!   Commission, EuropeAid, *Project Cycle Management Guidelines*, 2004, the logframe matrix;
//!   baseline and target columns as in the matrix annexed to the EU's grant application form
//!   in its *Practical Guide to contract procedures*, PRAG). It is drawn by
//!   `export::document::logframe_eu`.
//! - The grant application form asks first for the action's relevance (to the call's
//!   priorities, then to the needs of the country and of the target groups), then for its
//!   description, methodology, action plan and sustainability; the logframe matrix and the
//!   budget are annexes. So the donor fit comes first in the concept note, the full proposal
//!   reads the workplan with the objectives (the action plan), and the matrix closes it.
//! - Page limits are set by each call's guidelines, not by the form; the word limits below
//!   share the app's own totals (five pages for a concept note) in that order.

use super::*;

pub(super) static TEMPLATES: [Template; 3] = [
    Template {
        id: DonorTemplate::ConceptNote,
        name_key: "template.concept_note",
        sections: &[
            donor(400),
            context(600),
            priorities(400),
            objectives(700, &[Part::Objectives]),
            linkages(200),
            partners(250),
            communication(200),
            sustainability(200),
            risks(250),
            BUDGET_SECTION,
        ],
    },
    Template {
        id: DonorTemplate::FullProposal,
        name_key: "template.full_proposal",
        sections: &[
            context(2000),
            priorities(1000),
            donor(1000),
            linkages(800),
            objectives(4000, &[Part::Objectives, Part::Workplan]),
            partners(1200),
            communication(1000),
            risks(1000),
            sustainability(1000),
            BUDGET_SECTION,
            LOGFRAME_SECTION,
        ],
    },
    Template {
        id: DonorTemplate::LogframeAnnex,
        name_key: "template.logframe_annex",
        sections: &[
            objectives(3000, &[Part::Logframe]),
            linkages(800),
            BUDGET_SECTION,
        ],
    },
];

//! The United Kingdom's format. Where its structure comes from:
//!
//! - The logframe follows DFID's *How to note: Guidance on using the revised Logical
//!   Framework* (January 2011): impact, outcome and outputs, each with numbered indicators
//!   read as baseline, milestones and target with their dates, and a source; assumptions at
//!   impact and outcome level; inputs in money with the donor's share; activities kept apart
//!   from the logframe (here, in the workplan). It is drawn by `export::document::logframe_uk`.
//! - The full proposal follows the five cases of DFID's Business Case (2011, after HM
//!   Treasury's Green Book): the strategic case (context, needs, fit with the donor's and the
//!   country's priorities), the appraisal case (objectives and logframe), the commercial case
//!   (who delivers: partners), the financial case (budget) and the management case (workplan,
//!   risks, communication, sustainability). The concept note keeps that order, shorter.
//! - Word limits are set by each call; the limits below share the app's own totals.

use super::*;

pub(super) static TEMPLATES: [Template; 3] = [
    Template {
        id: DonorTemplate::ConceptNote,
        name_key: "template.concept_note",
        sections: &[
            context(600),
            priorities(300),
            donor(300),
            linkages(200),
            objectives(800, &[Part::Objectives]),
            partners(300),
            BUDGET_SECTION,
            risks(350),
            communication(250),
            sustainability(250),
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
            objectives(4000, &[Part::Objectives, Part::Logframe]),
            partners(1000),
            BUDGET_SECTION,
            WORKPLAN_SECTION,
            risks(1200),
            communication(1000),
            sustainability(1000),
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

//! The app's own layout, for donors without a set format: the report's order of what makes a
//! proposal fundable (focused priorities, objectives with measures, links to the MDGs and to
//! the donor's objectives, partnerships, communication), then sustainability, risks and the
//! budget. The limits share about five pages (concept note) or twenty-five (full proposal).

use super::*;

pub(super) static TEMPLATES: [Template; 3] = [
    Template {
        id: DonorTemplate::ConceptNote,
        name_key: "template.concept_note",
        sections: &[
            context(600),
            priorities(300),
            objectives(800, &[Part::Objectives]),
            linkages(300),
            donor(300),
            partners(300),
            communication(300),
            sustainability(250),
            risks(300),
            BUDGET_SECTION,
        ],
    },
    Template {
        id: DonorTemplate::FullProposal,
        name_key: "template.full_proposal",
        sections: &[
            context(2000),
            priorities(1000),
            objectives(4000, &[Part::Objectives, Part::Logframe, Part::Workplan]),
            linkages(1000),
            donor(1000),
            partners(1000),
            communication(1200),
            sustainability(800),
            risks(1000),
            BUDGET_SECTION,
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

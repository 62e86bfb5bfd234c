//! Which sections each donor template has, in which order, with which word limits.
//!
//! The templates themselves (section ids, order, default limits) belong to the review module
//! (`review::templates`), so the readiness review and the exported document always agree on
//! what is over its limit: the export counts words exactly as the review does, over the same
//! wizard steps, and applies the same override rule (`context.word_limits`, 0 = no limit).
//! This file turns them into the list of parts an export draws.

use crate::model::{DonorFormat, DonorTemplate, Proposal};
use crate::review::templates::{self, Section};

/// A part of the document the exports know how to write (defined with the templates, so one
/// table says what each format's sections draw).
pub use crate::review::templates::Part as SectionKind;

/// One top-level section of an exported document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionSpec {
    /// What it shows.
    pub kind: SectionKind,
    /// The template section whose word limit it carries (the first part drawn for it).
    pub limited_by: Option<&'static Section>,
    /// Whether the short form is wanted (concept note: no outputs, budget by category only).
    pub brief: bool,
}

/// The sections of a template in a donor format, in order: the review's template sections,
/// each drawn as the parts its definition lists, then the sources.
pub fn sections(t: DonorTemplate, format: DonorFormat) -> Vec<SectionSpec> {
    let brief = t == DonorTemplate::ConceptNote;
    let mut v = Vec::new();
    for s in templates::template(t, format).sections {
        for (i, &kind) in s.parts.iter().enumerate() {
            v.push(SectionSpec {
                kind,
                limited_by: (i == 0).then_some(s),
                brief,
            });
        }
    }
    if t != DonorTemplate::LogframeAnnex {
        v.push(SectionSpec {
            kind: SectionKind::Sources,
            limited_by: None,
            brief,
        });
    }
    v
}

/// The word limit that applies to a section (the person's override, else the template's).
pub fn limit(p: &Proposal, spec: &SectionSpec) -> Option<u32> {
    spec.limited_by.and_then(|s| templates::word_limit(p, s))
}

/// Words in the section's wizard steps, counted exactly as the review counts them.
pub fn words(p: &Proposal, spec: &SectionSpec) -> usize {
    let Some(section) = spec.limited_by else {
        return 0;
    };
    let mut n = 0;
    crate::review::for_each_text(p, &mut |path, _, text| {
        if path
            .wizard_step()
            .is_some_and(|step| section.steps.contains(&step))
        {
            n += crate::review::scan::word_count(text);
        }
    });
    n
}

/// The pages a concept note fits on, as the export page promises ("Concept note (up to five
/// pages)", locales/*/review.json); the render test checks it in LibreOffice. Two pages, once
/// promised, cannot hold what the template's word limits allow (about 2,850 words).
pub const CONCEPT_NOTE_PAGES: u32 = 5;

//! Step 11, Review and export: the readiness summary, the findings grouped by step with links
//! to each field, the exports, and a preview of the document that prints as the PDF.

mod exports;
mod findings;
mod iati;
mod preview;

use crate::i18n::fill;
use crate::ui::lang::tn;
use crate::ui::lang::{t, tr};
use crate::ui::readiness::Readiness;
use exports::ExportPanel;
use findings::Findings;
use iati::IatiOrganisation;
use leptos::prelude::*;
use preview::Preview;

/// The review and export step.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let readiness = Readiness::expect();
    let summary = move || {
        readiness.0.with(|r| {
            fill(
                t("review.summary"),
                &[
                    (
                        "blockers",
                        &tn("review.summary_blockers", r.blockers as usize, &[]),
                    ),
                    (
                        "warnings",
                        &tn("review.summary_warnings", r.warnings as usize, &[]),
                    ),
                    ("tips", &tn("review.summary_tips", r.tips as usize, &[])),
                ],
            )
        })
    };
    let score = move || readiness.0.with(|r| r.readiness);
    view! {
        <div class="no-print">
            <p class="meter">
                <span id="readiness-label">{tr("review.readiness")}</span>" "
                <span>{move || format!("{} / 100", score())}</span>
            </p>
            <meter min="0" max="100" low="50" high="85" optimum="100" aria-labelledby="readiness-label"
                value=move || score().to_string()></meter>
            <p>{summary}</p>
            <Findings />
            <ExportPanel />
            <IatiOrganisation />
        </div>
        <Preview />
    }
}

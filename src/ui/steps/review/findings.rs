//! The findings, grouped by step; each links to the field it concerns.

use crate::i18n::Lang;
use crate::model::Step;
use crate::review::subject::describe;
use crate::review::Finding;
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::readiness::Readiness;
use crate::ui::state::DraftState;
use leptos::prelude::*;

fn link(f: &Finding) -> String {
    let slug = f.step().map(|s| s.as_str()).unwrap_or("context");
    format!("#/{slug}/{}", f.path)
}

/// Findings grouped by wizard step.
#[component]
pub fn Findings() -> impl IntoView {
    let readiness = Readiness::expect();
    let lang = UiLang::expect();
    let draft = DraftState::expect();
    move || {
        let lang: Lang = lang.get();
        // The findings change once typing settles; names are read then, not on each keystroke.
        draft.proposal.with_untracked(|p| readiness.0.with(|r| {
            if r.findings.is_empty() {
                return view! { <p class="ok">{tr("review.none")}</p> }.into_any();
            }
            Step::WITH_FIELDS
                .iter()
                .filter_map(|step| {
                    let items: Vec<_> = r
                        .findings
                        .iter()
                        .filter(|f| f.step().unwrap_or(Step::Context) == *step)
                        .map(|f| {
                            let sev = f.severity;
                            let text = describe(lang, p, f);
                            let href = link(f);
                            // The report section and speaker the rule comes from, on request.
                            let source = crate::review::source_line(lang, f.rule).map(|s| view! {
                                <details class="finding-source">
                                    <summary>{crate::review::message(lang, "review.source_summary")}</summary>
                                    <p>{s}</p>
                                </details>
                            });
                            view! {
                                <li class=format!("finding {}", sev.as_str())>
                                    <strong>{crate::i18n::fill(
                                        crate::review::message(lang, "subject.severity"),
                                        &[("severity", crate::review::message(lang, sev.label_key()))],
                                    )}</strong>" "
                                    <a href=href>{text}</a>
                                    {source}
                                </li>
                            }
                        })
                        .collect();
                    if items.is_empty() {
                        return None;
                    }
                    let title = t(step.label_key());
                    Some(view! {
                        <h2>{title}</h2>
                        <ul class="findings">{items}</ul>
                    })
                })
                .collect_view()
                .into_any()
        }))
    }
}

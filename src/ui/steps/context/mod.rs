//! Step 1, Context: who applies, where, for which community and which problem, for how long,
//! how much, for which donor and in which document shape.
//!
//! The area's shared pieces live here too: [`fields`] (number input that explains bad input,
//! focus after a move), [`guide`] (cited facts, lessons, transitions) and [`words`] (section
//! word counts against the template's limits); the priorities and sustainability steps use them.

mod community;
pub(crate) mod fields;
mod guidance;
pub(crate) mod guide;
mod problem;
mod terms;
pub(crate) mod words;

use super::super::lang::tr;
use crate::ui::deferred::Deferred;
use crate::ui::state::DraftState;
use crate::ui::widgets::{bind, lines_to_list, memo, TextArea, TextField};
use fields::{FieldMessage, Refusal};
use leptos::prelude::*;

/// The context form with its guidance.
#[component]
pub fn ContextStep() -> impl IntoView {
    let per_step = words::words_memo();
    view! {
        <div class="step-grid area-a">
            <form class="form" on:submit=|ev| ev.prevent_default()>
                <words::SectionWords section="context" per_step=per_step />
                <About />
                // The app's first screen: the rest of the form follows in tasks of its own.
                <community::CommunitySection />
                <Deferred><problem::ProblemSection /></Deferred>
                <terms::TermsSection per_step=per_step />
            </form>
            <Deferred><guidance::ContextGuidance /></Deferred>
        </div>
    }
}

/// Title, applicant, country, sites and minerals.
#[component]
fn About() -> impl IntoView {
    let draft = DraftState::expect();
    let (title, set_title) = bind(|p| p.context.title.clone(), |p, v| p.context.title = v);
    let (applicant, set_applicant) = bind(
        |p| p.context.applicant.clone(),
        |p, v| p.context.applicant = v,
    );
    let (country, set_country) = bind(
        |p| p.context.country_name.clone(),
        |p, v| p.context.country_name = v,
    );
    let code = memo(move || draft.proposal.with(|p| p.context.country_code.clone()));
    let (sites, set_sites) = bind(
        |p| p.context.sites.join("\n"),
        |p, v| p.context.sites = lines_to_list(&v),
    );
    let (minerals, set_minerals) = bind(
        |p| p.context.minerals.join("\n"),
        |p, v| p.context.minerals = lines_to_list(&v),
    );
    let code_msg = Signal::derive(move || {
        code.with(|c| {
            crate::model::rules::country(c)
                .is_err()
                .then(|| Refusal::new("context.err_country_code").with("code", c))
        })
    });
    let bad_code = move || code_msg.with(Option::is_some);
    view! {
        <h2 id="context-about">{tr("context.about_heading")}</h2>
        <TextField id="f-context-title" label="context.title" hint="context.title_hint" value=title on_input=set_title />
        // The rest of the section in tasks of their own (see `Deferred`): the title comes first.
        <Deferred>
        <TextField id="f-context-applicant" label="context.applicant" value=applicant on_input=set_applicant autocomplete="organization" />
        <div class="row">
            <TextField id="f-context-country_name" label="context.country" value=country on_input=set_country autocomplete="country-name" />
            <div class="field">
                <label for="f-context-country_code">{tr("context.country_code")}</label>
                <p class="hint" id="f-context-country_code-hint">{tr("context.country_code_hint")}</p>
                <input
                    id="f-context-country_code"
                    type="text"
                    maxlength="2"
                    autocomplete="off"
                    aria-describedby=move || {
                        if bad_code() {
                            "f-context-country_code-hint f-context-country_code-error"
                        } else {
                            "f-context-country_code-hint"
                        }
                    }
                    aria-invalid=move || if bad_code() { "true" } else { "false" }
                    prop:value=move || code.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev).trim().to_ascii_uppercase();
                        draft.edit(|p| p.context.country_code = v);
                    }
                />
                <FieldMessage id="f-context-country_code-error" message=code_msg />
            </div>
        </div>
        </Deferred>
        <Deferred>
        <TextArea id="f-context-sites" label="context.sites" hint="context.one_per_line" value=sites on_input=set_sites rows=3 />
        <TextArea id="f-context-minerals" label="context.minerals" hint="context.one_per_line" value=minerals on_input=set_minerals rows=2 />
        </Deferred>
    }
}

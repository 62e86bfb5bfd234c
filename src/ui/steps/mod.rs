//! One file per wizard step; `StepView` picks the one the route names and focuses its heading
//! (or the field a review link points at) so keyboard and screen-reader users land in place.

mod budget;
mod communication;
mod context;
mod donor;
pub mod lazy;
mod linkages;
mod objectives;
mod partners;
mod priorities;
mod review;
mod risks;
mod sustainability;

use super::lang::tr;
use super::route::{Page, Route};
use crate::model::Step;
use leptos::prelude::*;

thread_local! {
    /// Set while the app redraws for a new language: the person is on the language list, and
    /// the step drawn again must not take focus to its heading (however long its parts take).
    static LANGUAGE_REDRAW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the redraw about to happen as a language change (`on`), or ends it (`false`) once the
/// redrawn step exists, so a later step opened by the person focuses its heading as usual.
pub fn set_language_redraw(on: bool) {
    LANGUAGE_REDRAW.with(|r| r.set(on));
}

/// The step's form.
#[component]
pub fn StepView(
    /// Which step to show.
    step: Step,
) -> impl IntoView {
    let route = Route::expect();
    // Where focus was when the step was asked for (the navigation link, or nothing once the
    // link that led here is gone). Focus moves only if it is still there when the step is
    // drawn: someone who already went to a field or a button of the new step (the form takes
    // input from its first drawn part, a frame before this runs) keeps it.
    let before = document().active_element();
    let language_redraw = LANGUAGE_REDRAW.with(|r| r.replace(false));
    let focus = move || {
        if language_redraw {
            return;
        }
        // It runs a task or more later: the app may be gone by then (browser tests unmount it).
        let Some(wanted) = route.focus.try_get_untracked() else {
            return;
        };
        if super::list::focus_moved_on(before.as_ref()) {
            return;
        }
        let doc = document();
        let target = wanted.map(|path| crate::model::FieldPath::parse(&path).element_id());
        let el = target
            .and_then(|id| doc.get_element_by_id(&id))
            .or_else(|| doc.get_element_by_id("step-heading"));
        if let Some(el) =
            el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            super::list::app_focus(&el);
        }
    };
    let body = match step {
        Step::Context => {
            // Once the parts drawn later are there too: the field asked for may be one of them.
            super::deferred::after_drawn(focus);
            context::ContextStep().into_any()
        }
        // The other steps are their own wasm modules in the release build (see `lazy`).
        other => lazy::lazy_screen(Page::Step(other), focus),
    };
    // Context, Priorities and Sustainability place the counter themselves; the other steps
    // get the same line under their heading: their section's words against the template's limit.
    let words = matches!(
        step,
        Step::Objectives
            | Step::Linkages
            | Step::Donor
            | Step::Partners
            | Step::Communication
            | Step::Budget
            | Step::Risks
    )
    .then(|| {
        let per_step = context::words::words_memo();
        view! { <context::words::SectionWords section=step.as_str() per_step=per_step /> }
    });
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{tr(step.label_key())}</h1>
            {words}
            {body}
        </section>
    }
}

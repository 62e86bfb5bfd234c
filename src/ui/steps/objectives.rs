//! The objectives step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The objectives form.
#[component]
pub fn ObjectivesStep() -> impl IntoView {
    view! { <p>{tr("step.objectives")}</p> }
}

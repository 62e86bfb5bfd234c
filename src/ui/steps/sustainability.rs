//! The sustainability step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The sustainability form.
#[component]
pub fn SustainabilityStep() -> impl IntoView {
    view! { <p>{tr("step.sustainability")}</p> }
}

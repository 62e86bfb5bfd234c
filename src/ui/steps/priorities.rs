//! The priorities step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The priorities form.
#[component]
pub fn PrioritiesStep() -> impl IntoView {
    view! { <p>{tr("step.priorities")}</p> }
}

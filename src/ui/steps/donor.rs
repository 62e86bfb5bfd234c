//! The donor step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The donor form.
#[component]
pub fn DonorStep() -> impl IntoView {
    view! { <p>{tr("step.donor")}</p> }
}

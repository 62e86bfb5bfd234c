//! The partners step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The partners form.
#[component]
pub fn PartnersStep() -> impl IntoView {
    view! { <p>{tr("step.partners")}</p> }
}

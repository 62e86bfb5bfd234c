//! The communication step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The communication form.
#[component]
pub fn CommunicationStep() -> impl IntoView {
    view! { <p>{tr("step.communication")}</p> }
}

//! The linkages step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The linkages form.
#[component]
pub fn LinkagesStep() -> impl IntoView {
    view! { <p>{tr("step.linkages")}</p> }
}

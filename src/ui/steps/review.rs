//! The review step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The review form.
#[component]
pub fn ReviewStep() -> impl IntoView {
    view! { <p>{tr("step.review")}</p> }
}

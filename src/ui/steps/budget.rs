//! The budget step (being built: see issue 4).

use crate::ui::lang::tr;
use leptos::prelude::*;

/// The budget form.
#[component]
pub fn BudgetStep() -> impl IntoView {
    view! { <p>{tr("step.budget")}</p> }
}

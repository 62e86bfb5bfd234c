//! Step 1, Context: who applies, where, for which community and which problem.

use crate::ui::widgets::{bind, lines_to_list, TextArea, TextField};
use leptos::prelude::*;

/// The context form.
#[component]
pub fn ContextStep() -> impl IntoView {
    let (title, set_title) = bind(|p| p.context.title.clone(), |p, v| p.context.title = v);
    let (applicant, set_applicant) = bind(
        |p| p.context.applicant.clone(),
        |p, v| p.context.applicant = v,
    );
    let (country, set_country) = bind(
        |p| p.context.country_name.clone(),
        |p, v| p.context.country_name = v,
    );
    let (code, set_code) = bind(
        |p| p.context.country_code.clone(),
        |p, v| p.context.country_code = v.trim().to_ascii_uppercase(),
    );
    let (sites, set_sites) = bind(
        |p| p.context.sites.join("\n"),
        |p, v| p.context.sites = lines_to_list(&v),
    );
    let (minerals, set_minerals) = bind(
        |p| p.context.minerals.join("\n"),
        |p, v| p.context.minerals = lines_to_list(&v),
    );
    view! {
        <form class="form" on:submit=|ev| ev.prevent_default()>
            <TextField id="f-context-title" label="context.title" hint="context.title_hint" value=title on_input=set_title />
            <TextField id="f-context-applicant" label="context.applicant" value=applicant on_input=set_applicant autocomplete="organization" />
            <div class="row">
                <TextField id="f-context-country_name" label="context.country" value=country on_input=set_country autocomplete="country-name" />
                <TextField id="f-context-country_code" label="context.country_code" hint="context.country_code_hint" value=code on_input=set_code />
            </div>
            <TextArea id="f-context-sites" label="context.sites" hint="context.one_per_line" value=sites on_input=set_sites rows=3 />
            <TextArea id="f-context-minerals" label="context.minerals" hint="context.one_per_line" value=minerals on_input=set_minerals rows=2 />
        </form>
    }
}

//! The applicant's IATI organisation identifier and type, beside the exports: only the IATI
//! file uses them, so they wait here rather than on the first screen.

use crate::i18n::fill;
use crate::model::org_id::check_org_identifier;
use crate::model::OrganisationType;
use crate::ui::lang::{t, tr};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// The two fields, with what the IATI file will say (or what is wrong with the identifier).
#[component]
pub fn IatiOrganisation() -> impl IntoView {
    let draft = DraftState::expect();
    let typed = memo(move || draft.proposal.with(|p| p.context.org_identifier.clone()));
    let problem = move || check_org_identifier(typed.get().trim()).err();
    let message = move || match problem() {
        Some(p) => t(p.message_key()).to_string(),
        None if typed.get().trim().is_empty() => String::new(),
        None => fill(t("iati.org_id.ok"), &[("id", typed.get().trim())]),
    };
    let kind = memo(move || {
        draft.proposal.with(|p| {
            p.context
                .org_type
                .map(|k| k.as_str().to_string())
                .unwrap_or_default()
        })
    });
    view! {
        <section class="iati-org" aria-labelledby="iati-heading">
            <h3 id="iati-heading">{tr("iati.heading")}</h3>
            <p class="hint">{tr("iati.intro")}</p>
            <div class="row">
                <div class="field">
                    <label for="f-context-org_identifier">{tr("iati.org_id.label")}</label>
                    <p class="hint" id="f-context-org_identifier-hint">{tr("iati.org_id.hint")}</p>
                    <input
                        id="f-context-org_identifier"
                        type="text"
                        spellcheck="false"
                        autocomplete="off"
                        aria-describedby="f-context-org_identifier-hint f-context-org_identifier-msg"
                        aria-invalid=move || problem().is_some().then_some("true")
                        prop:value=move || typed.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            draft.edit(|p| p.context.org_identifier = v);
                        }
                    />
                    <p id="f-context-org_identifier-msg" aria-live="polite"
                        class=move || if problem().is_some() { "field-error" } else { "hint" }>
                        {message}
                    </p>
                </div>
                <div class="field">
                    <label for="f-context-org_type">{tr("iati.org_type.label")}</label>
                    <select
                        id="f-context-org_type"
                        prop:value=move || kind.get()
                        on:change=move |ev| {
                            let v = OrganisationType::from_id(&event_target_value(&ev));
                            draft.edit(|p| p.context.org_type = v);
                        }
                    >
                        <option value="">{tr("iati.org_type.none")}</option>
                        {OrganisationType::ALL
                            .iter()
                            .map(|k| view! { <option value=k.as_str()>{tr(type_key(*k))}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
        </section>
    }
}

/// The catalogue key of a kind's name.
fn type_key(k: OrganisationType) -> &'static str {
    match k {
        OrganisationType::Government => "orgtype.government",
        OrganisationType::LocalGovernment => "orgtype.local_government",
        OrganisationType::OtherPublicSector => "orgtype.other_public_sector",
        OrganisationType::InternationalNgo => "orgtype.international_ngo",
        OrganisationType::NationalNgo => "orgtype.national_ngo",
        OrganisationType::RegionalNgo => "orgtype.regional_ngo",
        OrganisationType::PartnerCountryNgo => "orgtype.partner_country_ngo",
        OrganisationType::PublicPrivatePartnership => "orgtype.public_private_partnership",
        OrganisationType::Multilateral => "orgtype.multilateral",
        OrganisationType::Foundation => "orgtype.foundation",
        OrganisationType::PrivateSector => "orgtype.private_sector",
        OrganisationType::Academic => "orgtype.academic",
        OrganisationType::Other => "orgtype.other_kind",
    }
}

//! Step 6, Partnerships: who works with the community, at which level, doing what, how firmly
//! committed, and who champions the cause; with a summary of the levels covered.

use super::communication::kit::{report_citation, CheckGroup, Choice, ObjectiveChoices};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::{Commitment, Id, Partner, PartnerLevel, PartnerType, Proposal};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{num, tn};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{id_list, item_name, item_text, item_value, ListSpec, Restore};
use crate::ui::widgets::{memo, read};
use crate::ui::widgets::{Cite, Guidance, TextArea, TextField};
use leptos::prelude::*;

fn list(p: &Proposal) -> &Vec<Partner> {
    &p.partners
}

fn list_mut(p: &mut Proposal) -> &mut Vec<Partner> {
    &mut p.partners
}

fn field(id: Id, name: &str) -> String {
    FieldPath::step(Step::Partners)
        .item(id)
        .field(name)
        .element_id()
}

/// A partner of a community kind, or any non-government partner acting within the community
/// (the same reading as the review's rule).
pub fn is_community(x: &Partner) -> bool {
    matches!(
        x.partner_type,
        Some(
            PartnerType::CommunityOrganisation
                | PartnerType::MinersAssociation
                | PartnerType::Cooperative
        )
    ) || (x.level == Some(PartnerLevel::Community) && !is_government(x))
}

/// A local or national government partner.
pub fn is_government(x: &Partner) -> bool {
    matches!(
        x.partner_type,
        Some(PartnerType::LocalGovernment | PartnerType::NationalGovernment)
    )
}

/// The partners form with its summary and guidance.
#[component]
pub fn PartnersStep() -> impl IntoView {
    ObjectiveChoices::provide();
    let spec = ListSpec {
        list,
        list_mut,
        add: |p| p.add_partner(),
        remove: |p, id| {
            let c = p.remove_partner(id)?;
            Some(Box::new(move |p: &mut Proposal| p.restore_partner(c)) as Restore)
        },
        first_field: |id| field(id, "name"),
        name: |n, x| item_name("partners.item", n, &x.name),
        list_label: "partners.list",
        add_label: "partners.add",
        empty: "partners.empty",
        body: partner_body,
    };
    view! {
        <div class="step-grid">
            <div class="form">
                <h2>{tr("partners.summary")}</h2>
                <PartnerSummary />
                <h2>{tr("partners.list")}</h2>
                {id_list(spec)}
            </div>
            <PartnersGuidance />
        </div>
    }
}

fn level_name(level: PartnerLevel, lang: crate::i18n::Lang) -> String {
    kb().partnership_level(level.as_str())
        .map(|l| format!("{}. {}", l.order, l.name.get(lang)))
        .unwrap_or_else(|| level.as_str().to_string())
}

fn partner_body(id: Id) -> AnyView {
    let lang = UiLang::expect();
    let draft = crate::ui::state::DraftState::expect();
    let objectives = ObjectiveChoices::expect();
    let (name, set_name) = item_text(list, list_mut, id, |x| &x.name, |x, v| x.name = v);
    let (role, set_role) = item_text(list, list_mut, id, |x| &x.role, |x, v| x.role = v);
    let (contribution, set_contribution) = item_text(
        list,
        list_mut,
        id,
        |x| &x.contribution,
        |x, v| x.contribution = v,
    );
    let edit = move |f: Box<dyn FnOnce(&mut Partner)>| {
        draft.edit(|p| {
            if let Some(x) = crate::model::ids::find_mut(&mut p.partners, id) {
                f(x);
            }
        })
    };
    let current = item_value(list, id);
    let type_options = memo(move || {
        let lang = lang.get();
        PartnerType::ALL
            .iter()
            .map(|x| {
                let label = kb()
                    .partner_type(x.as_str())
                    .map(|k| k.name.get(lang).to_string())
                    .unwrap_or_else(|| x.as_str().to_string());
                (x.as_str().to_string(), label)
            })
            .collect::<Vec<_>>()
    });
    let level_options = memo(move || {
        let lang = lang.get();
        PartnerLevel::ALL
            .iter()
            .map(|l| (l.as_str().to_string(), level_name(*l, lang)))
            .collect::<Vec<_>>()
    });
    let commitment_options = memo(move || {
        let _ = lang.get();
        Commitment::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), t(commitment_key(*c)).to_string()))
            .collect::<Vec<_>>()
    });
    let type_value = memo(move || {
        current.with(|x| {
            x.partner_type
                .map(|v| v.as_str().to_string())
                .unwrap_or_default()
        })
    });
    let level_value =
        memo(move || current.with(|x| x.level.map(|v| v.as_str().to_string()).unwrap_or_default()));
    let commitment_value = memo(move || current.with(|x| x.commitment.as_str().to_string()));
    let champion = memo(move || current.with(|x| x.champion));
    let linked = memo(move || current.with(|x| x.objective_ids.clone()));
    let champion_id = field(id, "champion");
    let champion_for = champion_id.clone();
    view! {
        <TextField id=field(id, "name") label="partners.name" value=name on_input=set_name
            autocomplete="organization" />
        <div class="row">
            <Choice id=field(id, "partner_type") label="partners.type" none="partners.type_none"
                options=type_options value=type_value
                on_change=Callback::new(move |v: String| {
                    edit(Box::new(move |x| x.partner_type = PartnerType::from_id(&v)))
                }) />
            <Choice id=field(id, "level") label="partners.level" none="partners.level_none"
                options=level_options value=level_value
                on_change=Callback::new(move |v: String| {
                    edit(Box::new(move |x| x.level = PartnerLevel::from_id(&v)))
                }) />
        </div>
        <TextArea id=field(id, "role") label="partners.role" hint="partners.role_hint"
            value=role on_input=set_role rows=2 />
        <TextArea id=field(id, "contribution") label="partners.contribution"
            hint="partners.contribution_hint" value=contribution on_input=set_contribution rows=2 />
        <div class="row">
            <Choice id=field(id, "commitment") label="partners.commitment"
                options=commitment_options value=commitment_value
                on_change=Callback::new(move |v: String| {
                    if let Some(c) = Commitment::from_id(&v) {
                        edit(Box::new(move |x| x.commitment = c));
                    }
                }) />
            <div class="field check-field">
                <label for=champion_for>
                    <input type="checkbox" id=champion_id prop:checked=move || champion.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            edit(Box::new(move |x| x.champion = on));
                        } />
                    {tr("partners.champion")}
                </label>
            </div>
        </div>
        <CheckGroup id=field(id, "objective_ids") legend="partners.objectives"
            empty="partners.no_objectives" options=objectives.0 checked=linked
            on_toggle=Callback::new(move |(oid, on): (Id, bool)| {
                edit(Box::new(move |x| {
                    x.objective_ids.retain(|o| *o != oid);
                    if on {
                        x.objective_ids.push(oid);
                    }
                }))
            }) />
    }
    .into_any()
}

fn commitment_key(c: Commitment) -> &'static str {
    match c {
        Commitment::Confirmed => "partners.commitment_confirmed",
        Commitment::InDiscussion => "partners.commitment_in_discussion",
        Commitment::ToApproach => "partners.commitment_to_approach",
    }
}

/// Partners per level, whether the community and government are on board, commitments.
#[component]
fn PartnerSummary() -> impl IntoView {
    let lang = UiLang::expect();
    let stats = read(|p| {
        let per_level: Vec<usize> = PartnerLevel::ALL
            .iter()
            .map(|l| p.partners.iter().filter(|x| x.level == Some(*l)).count())
            .collect();
        let no_level = p.partners.iter().filter(|x| x.level.is_none()).count();
        let commitments: Vec<usize> = Commitment::ALL
            .iter()
            .map(|c| p.partners.iter().filter(|x| x.commitment == *c).count())
            .collect();
        (
            per_level,
            no_level,
            p.partners.iter().any(is_community),
            p.partners.iter().any(is_government),
            p.partners.iter().filter(|x| x.champion).count(),
            commitments,
        )
    });
    let yes_no = |ok: bool, yes: &'static str, no: &'static str| {
        view! { <li class=if ok { "ok" } else { "missing" }>{if ok { t(yes) } else { t(no) }}</li> }
    };
    view! {
        <div class="summary" aria-live="polite">
            {move || {
                let lang = lang.get();
                let (per_level, no_level, community, government, champions, commitments) =
                    stats.get();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t("partners.per_level")>
                        <table>
                            <caption class="sr-only">{t("partners.per_level")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("partners.level")}</th>
                                    <th scope="col" class="num-cell">{t("partners.count")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {PartnerLevel::ALL
                                    .iter()
                                    .zip(per_level)
                                    .map(|(l, n)| view! {
                                        <tr>
                                            <th scope="row">{level_name(*l, lang)}</th>
                                            <td class="num-cell">{n}</td>
                                        </tr>
                                    })
                                    .collect_view()}
                                {(no_level > 0).then(|| view! {
                                    <tr>
                                        <th scope="row">{t("partners.level_none")}</th>
                                        <td class="num-cell">{no_level}</td>
                                    </tr>
                                })}
                            </tbody>
                        </table>
                    </div>
                    <ul class="status-list">
                        {yes_no(community, "partners.has_community", "partners.no_community")}
                        {yes_no(government, "partners.has_government", "partners.no_government")}
                    </ul>
                    <p>
                        {fill(t("partners.commitments"), &[
                            ("confirmed", &tn("partners.commitments_confirmed", commitments[0], &[])),
                            ("discussion", &num(commitments[1])),
                            ("approach", &num(commitments[2])),
                            ("champions", &num(champions)),
                        ])}
                    </p>
                }
            }}
        </div>
    }
}

/// The partnership levels, what each chosen kind of partner brings, and the warning that
/// companies cannot stand in for public services.
#[component]
fn PartnersGuidance() -> impl IntoView {
    let lang = UiLang::expect();
    let used = read(|p| {
        let mut types: Vec<PartnerType> = Vec::new();
        for x in &p.partners {
            if let Some(ty) = x.partner_type {
                if !types.contains(&ty) {
                    types.push(ty);
                }
            }
        }
        let levels: Vec<PartnerLevel> = PartnerLevel::ALL
            .iter()
            .copied()
            .filter(|l| p.partners.iter().any(|x| x.level == Some(*l)))
            .collect();
        (types, levels)
    });
    let plenary = report_citation("plenary");
    let criterion = kb().strength_criterion("functional_partnerships");
    view! {
        <Guidance>
            {criterion.map(|c| view! {
                <p>{move || c.text.get(lang.get()).to_string()}</p>
                <Cite citation=c.citation.clone() />
            })}
            <h2>{tr("partners.levels_heading")}</h2>
            <ol class="levels">
                {move || {
                    let lang = lang.get();
                    let levels = used.with(|u| u.1.clone());
                    kb().partnership_levels
                        .iter()
                        .map(|l| {
                            let present = levels.iter().any(|x| x.as_str() == l.id);
                            view! {
                                <li>
                                    <strong>{l.name.get(lang).to_string()}</strong>
                                    {(!present).then(|| view! { " " <span class="tag">{t("partners.level_empty")}</span> })}
                                    <p>{l.description.get(lang).to_string()}</p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            {kb().partnership_levels.first().map(|l| view! { <Cite citation=l.citation.clone() /> })}
            <h2>{tr("partners.types_heading")}</h2>
            {move || {
                let lang = lang.get();
                let types = used.with(|u| u.0.clone());
                if types.is_empty() {
                    return view! { <p>{t("partners.types_none")}</p> }.into_any();
                }
                types
                    .into_iter()
                    .filter_map(|ty| kb().partner_type(ty.as_str()))
                    .map(|k| view! {
                        <h3>{k.name.get(lang).to_string()}</h3>
                        <p>{k.role.get(lang).to_string()}</p>
                        <Cite citation=k.citation.clone() />
                    })
                    .collect_view()
                    .into_any()
            }}
            <h2>{tr("partners.private_heading")}</h2>
            <p>{tr("partners.private_text")}</p>
            {move || used.with(|u| u.0.contains(&PartnerType::PrivateSector)).then(|| view! {
                <p class="note">{tr("partners.private_note")}</p>
            })}
            {plenary.map(|c| view! { <Cite citation=c /> })}
        </Guidance>
    }
}

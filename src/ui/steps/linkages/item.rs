//! One link of an objective to an MDG target: the target, why it holds, how strong it is,
//! the SDGs that carry it on today and any further SDGs.

use super::*;
use crate::knowledge::sdg_suggestions::{
    choose_further_sdg, further_sdgs, linked_target, SdgLinkKind,
};
use crate::ui::lang::tn;

/// One link: target, reason, strength, SDGs.
#[component]
pub(super) fn LinkageItem(
    /// The objective linked.
    objective: Id,
    /// The linkage.
    id: Id,
    /// The ids of the objective's links, in order.
    order: Memo<Vec<Id>>,
    /// The objective's position (1-based).
    number: Signal<usize>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let lang = UiLang::expect();
    let siblings = place_among(order, id);
    let name = Signal::derive(move || {
        fill(
            t("linkages.link_of"),
            &[
                ("n", &(siblings.get().0 + 1).to_string()),
                ("owner", &objective_name(number.get())),
            ],
        )
    });
    // The fields below read this memo, so typing in another link re-runs nothing here.
    let link = memo(move || draft.proposal.with(|p| ids::find(&p.linkages, id).cloned()));
    let target = memo(move || link.with(|l| l.as_ref().map_or(0, |l| l.mdg_target)));
    let strength = memo(move || link.with(|l| l.as_ref().map(|l| l.strength)));
    let extra =
        memo(move || link.with(|l| l.as_ref().map(|l| l.extra_sdgs.clone()).unwrap_or_default()));
    let (reason, set_reason) = bind_in(
        link,
        |l| &l.reason,
        move |p, v| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                l.reason = v;
            }
        },
    );
    let set_target = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
            draft.edit(|p| {
                if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                    l.mdg_target = n;
                }
            });
        }
    };
    let set_strength = move |s: Strength| {
        draft.edit(|p| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                l.strength = s;
            }
        });
    };
    let toggle_sdg = move |n: u32, on: bool| {
        draft.edit(|p| {
            if let Some(l) = ids::find_mut(&mut p.linkages, id) {
                choose_further_sdg(&mut l.extra_sdgs, n, on);
            }
        });
    };

    let item_id = format!("item-{id}");
    let controls = ItemControls::new(
        name,
        siblings,
        item_id.clone(),
        Arc::new(move |p: &mut Proposal, up: bool| {
            move_within(&mut p.linkages, objective, id, up);
            true
        }),
        Deletion {
            what: Box::new(move || name_and_quote(&name.get_untracked(), "")),
            remove: Arc::new(move |p: &mut Proposal| {
                let r = ids::remove(&mut p.linkages, id)?;
                Some(Box::new(move |p: &mut Proposal| ids::restore(&mut p.linkages, r)) as Restore)
            }),
            refocus: None,
        },
    );

    // The element id of one of this link's fields, by the field's name. Captures only the
    // id, so it is `Copy` and usable in several closures.
    let field_path = move |field: &str| FieldPath::step(Step::Linkages).item(id).field(field);
    let field_element_id = move |field: &str| field_path(field).element_id();
    let select_id = field_element_id("mdg_target");
    let select_for = select_id.clone();
    let strength_name = field_element_id("strength");
    // The group itself carries the field's id, so a review link to `linkages.<id>.strength` lands here.
    let strength_id = strength_name.clone();
    let extra_id = field_element_id("extra_sdgs");
    let extra_prefix = extra_id.clone();

    let options = move || {
        let lang = lang.get();
        kb().mdgs
            .iter()
            .map(|g| {
                let group = mdg_title(g.number, g.title.get(lang));
                let opts = g
                    .targets
                    .iter()
                    .map(|tg| {
                        let n = u32::from(tg.number);
                        let text = fill(
                            t("linkages.target_option"),
                            &[("n", &n.to_string()), ("text", tg.text.get(lang))],
                        );
                        view! {
                            <option value=n.to_string() prop:selected=move || target.get() == n>{text}</option>
                        }
                    })
                    .collect_view();
                view! { <optgroup label=group>{opts}</optgroup> }
            })
            .collect_view()
    };

    let sdgs = move || {
        let lang = lang.get();
        match linked_target(target.get()) {
            None => view! { <p class="hint">{tr("linkages.sdg_choose_first")}</p> }.into_any(),
            Some(tg) => {
                let items = tg
                    .sdgs
                    .iter()
                    .map(|r| {
                        let title = kb()
                            .sdg(r.sdg)
                            .map(|s| s.title.get(lang).to_string())
                            .unwrap_or_default();
                        // A thematic add-on or the app's own suggestion says so.
                        let kind = match SdgLinkKind::of(r) {
                            SdgLinkKind::Thematic => Some(t("linkages.sdg_thematic")),
                            SdgLinkKind::AppSuggestion => Some(t("linkages.sdg_app_suggestion")),
                            SdgLinkKind::CarriedOn => None,
                        };
                        view! {
                            <li>
                                <strong>{sdg_label(r)}</strong>" — "{title}
                                {kind.map(|k| view! { " " <em class="sdg-kind">"("{k}")"</em> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="label">{tr("linkages.sdg_matching")}</p>
                    <ul class="sdgs">{items}</ul>
                }
                .into_any()
            }
        }
    };

    let extra_checks = move || {
        let lang = lang.get();
        let prefix = extra_prefix.clone();
        further_sdgs(target.get())
            .into_iter()
            .map(|n| {
                let title = u8::try_from(n)
                    .ok()
                    .and_then(|k| kb().sdg(k))
                    .map(|s| s.title.get(lang).to_string())
                    .unwrap_or_default();
                view! {
                    <CheckBox
                        id=format!("{prefix}-{n}")
                        checked=Signal::derive(move || extra.with(|e| e.contains(&n)))
                        on_change=Callback::new(move |on| toggle_sdg(n, on))
                    >
                        {fill(t("linkages.sdg_title"), &[("n", &n.to_string()), ("title", &title)])}
                    </CheckBox>
                }
            })
            .collect_view()
    };

    let radio = move |s: Strength, key: &'static str| {
        let rid = field_path("strength").field(s.as_str()).element_id();
        let for_id = rid.clone();
        let group = strength_name.clone();
        view! {
            <label for=for_id>
                <input
                    type="radio"
                    id=rid
                    name=group
                    value=s.as_str()
                    prop:checked=move || strength.get() == Some(s)
                    on:change=move |_| set_strength(s)
                />
                {tr(key)}
            </label>
        }
    };
    let reason_id = field_element_id("reason");
    let heading_id = FieldPath::step(Step::Linkages).item(id).heading_id();
    let labelled_by = heading_id.clone();
    let chosen = move || extra.with(Vec::len);

    view! {
        <li id=item_id class="item linkage" aria-labelledby=labelled_by>
            {controls.card_head(3, Some(heading_id), move || capitalize(&name.get()))}
            <div class="field">
                <label for=select_for>{tr("linkages.target")}</label>
                <select id=select_id on:change=set_target>
                    <option value="0" disabled prop:selected=move || target.get() == 0>{tr("linkages.choose_target")}</option>
                    {options}
                </select>
            </div>
            <TextArea id=reason_id label="linkages.reason" hint="linkages.reason_hint" value=reason on_input=set_reason rows=3 />
            <fieldset class="checks" id=strength_id tabindex="-1">
                <legend>{tr("linkages.strength")}</legend>
                {radio(Strength::Direct, "linkages.direct")}
                {radio(Strength::Indirect, "linkages.indirect")}
            </fieldset>
            <div class="sdg-box">{sdgs}</div>
            <details class="extra-sdgs" prop:open=move || { chosen() > 0 }>
                <summary>{move || tn("linkages.extra_summary", chosen(), &[])}</summary>
                <fieldset id=extra_id tabindex="-1" class="checks">
                    <legend>{tr("linkages.extra_legend")}</legend>
                    {extra_checks}
                </fieldset>
            </details>
        </li>
    }
}

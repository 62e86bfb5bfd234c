//! Indicators of the goal, an objective or an output: every field of
//! [`Indicator`](crate::model::Indicator), with parse errors shown beside numbers and years.

use super::fields::{owned_list, CheckField, CheckedField, ListOwner, SubListKind};
use super::indicator_milestones::IndicatorMilestones;
use crate::i18n::fill;
use crate::model::validate::is_number;
use crate::model::{ids, Id, Indicator, Proposal};
use crate::ui::lang::{t, tr};
use crate::ui::list::{bind_in, flag_in, ids_of, item_of, place_in, ItemControls, OwnedList};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::TextField;
use leptos::prelude::*;

fn find_mut(p: &mut Proposal, owner: Option<Id>, id: Id) -> Option<&mut Indicator> {
    p.indicators_mut(owner).and_then(|l| ids::find_mut(l, id))
}

/// The indicator lists.
const INDICATORS: SubListKind = SubListKind {
    list: "indicators",
    title_key: "objectives.indicators_of",
    add_key: "objectives.add_indicator",
    empty_hint: Some("objectives.no_indicators"),
    first_field: "name",
    add: Proposal::add_indicator,
};

/// The goal's, an objective's or an output's indicators.
const INDICATOR_ITEMS: OwnedList<Option<Id>, Indicator> = OwnedList {
    list: Proposal::indicators_mut,
    remove: Proposal::remove_indicator,
};

/// The indicators of one owner, with an Add button.
#[component]
pub fn IndicatorList(
    /// Whose indicators they are.
    owner: ListOwner,
    /// The indicators, memoised by the owner so other owners' edits do not reach here.
    list: Memo<Vec<Indicator>>,
) -> impl IntoView {
    owned_list(&owner.clone(), &INDICATORS, ids_of(list), move |id| {
        view! { <IndicatorItem owner=owner.clone() list id /> }.into_any()
    })
}

/// One indicator's fields.
#[component]
fn IndicatorItem(
    /// Whose indicator it is.
    owner: ListOwner,
    /// The owner's indicators.
    list: Memo<Vec<Indicator>>,
    /// The indicator.
    id: Id,
) -> impl IntoView {
    let draft = DraftState::expect();
    // The element id of one of this indicator's fields, by the field's name.
    let field_element_id = {
        let owner = owner.clone();
        move |field: &str| owner.field_id("indicators", id, field)
    };
    let indicator_path = owner.path.field("indicators").item(id);
    let (owner_name, owner) = (owner.name, owner.id);
    let ind = item_of(list, id);
    let place = place_in(list, id);
    let number = move || (place.get().0 + 1).to_string();
    let name = Signal::derive(move || {
        fill(
            t("objectives.indicator_of"),
            &[("n", &number()), ("owner", &owner_name.get())],
        )
    });

    let text = |get: fn(&Indicator) -> &String, set: fn(&mut Indicator) -> &mut String| {
        bind_in(ind, get, move |p, v| {
            if let Some(i) = find_mut(p, owner, id) {
                *set(i) = v;
            }
        })
    };
    let flag = |get: fn(&Indicator) -> bool, set: fn(&mut Indicator) -> &mut bool| {
        flag_in(ind, get, move |p, v| {
            if let Some(i) = find_mut(p, owner, id) {
                *set(i) = v;
            }
        })
    };
    let (ind_name, set_name) = text(|i| &i.name, |i| &mut i.name);
    let (unit, set_unit) = text(|i| &i.unit, |i| &mut i.unit);
    let (numeric, set_numeric) = flag(|i| i.numeric, |i| &mut i.numeric);
    let (baseline, set_baseline) = text(|i| &i.baseline_value, |i| &mut i.baseline_value);
    let (target, set_target) = text(|i| &i.target_value, |i| &mut i.target_value);
    let (date, set_date) = text(|i| &i.target_date, |i| &mut i.target_date);
    let (verification, set_verification) = text(|i| &i.verification, |i| &mut i.verification);
    let (by_sex, set_by_sex) = flag(|i| i.by_sex, |i| &mut i.by_sex);
    let (by_age, set_by_age) = flag(|i| i.by_age, |i| &mut i.by_age);

    // A numeric indicator's values must read as numbers; the text is kept either way.
    let number_error = move |v: Signal<String>| {
        Signal::derive(move || {
            let bad = numeric.get() && v.with(|s| !s.trim().is_empty() && !is_number(s));
            bad.then_some("objectives.error_number")
        })
    };
    let baseline_error = number_error(baseline);
    let target_error = number_error(target);

    // The year is a number in the model; what does not parse stays on screen with a message.
    let year_text = RwSignal::new(None::<String>);
    let stored_year = memo(move || {
        ind.with(|i| {
            i.as_ref()
                .and_then(|i| i.baseline_year)
                .map(|y| y.to_string())
                .unwrap_or_default()
        })
    });
    let year_value = Signal::derive(move || year_text.get().unwrap_or_else(|| stored_year.get()));
    let year_error =
        Signal::derive(move || year_text.with(|y| y.as_ref().map(|_| "objectives.error_year")));
    let set_year = Callback::new(move |v: String| {
        let trimmed = v.trim();
        let parsed = if trimmed.is_empty() {
            Some(None)
        } else {
            trimmed
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
                .map(Some)
        };
        match parsed {
            Some(year) => {
                year_text.set(None);
                draft.edit(|p| {
                    if let Some(i) = find_mut(p, owner, id) {
                        i.baseline_year = year;
                    }
                });
            }
            None => year_text.set(Some(v)),
        }
    });

    let controls = ItemControls::owned(name, ind_name, place, owner, id, INDICATOR_ITEMS);

    view! {
        <li id=format!("item-{id}")>
            <fieldset class="item indicator">
                <legend>{move || fill(t("objectives.indicator_n"), &[("n", &number())])}</legend>
                {controls.tools()}
                <TextField id=field_element_id("name") label="objectives.ind_name" hint="objectives.ind_name_hint" value=ind_name on_input=set_name />
                <div class="row">
                    <TextField id=field_element_id("unit") label="objectives.ind_unit" value=unit on_input=set_unit />
                    <div class="field checkline">
                        <CheckField id=field_element_id("numeric") label="objectives.ind_numeric" value=numeric on_change=set_numeric />
                    </div>
                </div>
                <div class="row">
                    <CheckedField id=field_element_id("baseline_value") label="objectives.ind_baseline" value=baseline on_input=set_baseline error=baseline_error />
                    <CheckedField id=field_element_id("baseline_year") label="objectives.ind_baseline_year" value=year_value on_input=set_year error=year_error inputmode="numeric" />
                </div>
                <div class="row">
                    <CheckedField id=field_element_id("target_value") label="objectives.ind_target" value=target on_input=set_target error=target_error />
                    <TextField id=field_element_id("target_date") label="objectives.ind_target_date" value=date on_input=set_date kind="date" />
                </div>
                <TextField id=field_element_id("verification") label="objectives.ind_verification" hint="objectives.ind_verification_hint" value=verification on_input=set_verification />
                <fieldset class="checks">
                    <legend>{tr("objectives.ind_breakdown")}</legend>
                    <CheckField id=field_element_id("by_sex") label="objectives.ind_by_sex" value=by_sex on_change=set_by_sex />
                    <CheckField id=field_element_id("by_age") label="objectives.ind_by_age" value=by_age on_change=set_by_age />
                </fieldset>
                <IndicatorMilestones owner indicator=id path=indicator_path ind name />
            </fieldset>
        </li>
    }
}

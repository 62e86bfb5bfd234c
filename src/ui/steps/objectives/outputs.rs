//! Outputs of an objective, each with its indicators and its activities (dates and the
//! partner who leads them).

use super::fields::{owned_list, CheckedField, ListOwner, PartnerNames, SubListKind};
use super::indicators::IndicatorList;
use crate::i18n::fill;
use crate::model::date::parse_date;
use crate::model::{ids, rules, Activity, Id, Output, Proposal};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{t, tr};
use crate::ui::list::{bind_in, ids_of, item_of, place_in, ItemControls, OwnedList};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use crate::ui::widgets::TextArea;
use leptos::prelude::*;

fn activity_mut(p: &mut Proposal, output_id: Id, id: Id) -> Option<&mut Activity> {
    p.output_mut(output_id)
        .and_then(|o| ids::find_mut(&mut o.activities, id))
}

/// The output lists.
const OUTPUTS: SubListKind = SubListKind {
    list: "outputs",
    title_key: "objectives.outputs_of",
    add_key: "objectives.add_output",
    empty_hint: None,
    first_field: "text",
    add: |p, objective| objective.and_then(|o| p.add_output(o)),
};

/// The activity lists.
const ACTIVITIES: SubListKind = SubListKind {
    list: "activities",
    title_key: "objectives.activities_of",
    add_key: "objectives.add_activity",
    empty_hint: None,
    first_field: "text",
    add: |p, output| output.and_then(|o| p.add_activity(o)),
};

/// An objective's outputs.
const OUTPUT_ITEMS: OwnedList<Id, Output> = OwnedList {
    list: |p, o| p.objective_mut(o).map(|o| &mut o.outputs),
    remove: Proposal::remove_output,
};

/// An output's activities.
const ACTIVITY_ITEMS: OwnedList<Id, Activity> = OwnedList {
    list: |p, o| p.output_mut(o).map(|o| &mut o.activities),
    remove: Proposal::remove_activity,
};

/// The outputs of one objective, with an Add button.
#[component]
pub fn OutputList(
    /// The objective.
    objective: Id,
    /// Its outputs, memoised by the objective.
    list: Memo<Vec<Output>>,
    /// Its position (1-based), for names like "output 2.1".
    number: Signal<usize>,
) -> impl IntoView {
    let owner = ListOwner {
        id: Some(objective),
        path: FieldPath::step(Step::Objectives).item(objective),
        name: Signal::derive(move || {
            fill(
                t("objectives.objective_n"),
                &[("n", &number.get().to_string())],
            )
        }),
        level: 4,
    };
    owned_list(&owner, &OUTPUTS, ids_of(list), move |id| {
        view! { <OutputItem objective list id number /> }.into_any()
    })
}

#[component]
fn OutputItem(
    /// The objective it belongs to.
    objective: Id,
    /// The objective's outputs.
    list: Memo<Vec<Output>>,
    /// The output.
    id: Id,
    /// The objective's position.
    number: Signal<usize>,
) -> impl IntoView {
    let out = item_of(list, id);
    let place = place_in(list, id);
    let indicators =
        memo(move || out.with(|o| o.as_ref().map(|o| o.indicators.clone()).unwrap_or_default()));
    let activities =
        memo(move || out.with(|o| o.as_ref().map(|o| o.activities.clone()).unwrap_or_default()));
    let code = Signal::derive(move || format!("{}.{}", number.get(), place.get().0 + 1));
    let name = Signal::derive(move || fill(t("objectives.output_n"), &[("n", &code.get())]));
    let (text, set_text) = bind_in(
        out,
        |o| &o.text,
        move |p, v| {
            if let Some(o) = p.output_mut(id) {
                o.text = v;
            }
        },
    );
    let controls = ItemControls::owned(name, text, place, objective, id, OUTPUT_ITEMS);
    let prefix = FieldPath::step(Step::Objectives)
        .item(objective)
        .field("outputs")
        .item(id);
    let heading_id = prefix.heading_id();
    let labelled_by = heading_id.clone();
    let owner = ListOwner {
        id: Some(id),
        path: prefix.clone(),
        name,
        level: 6,
    };
    view! {
        <li id=format!("item-{id}") class="card output" aria-labelledby=labelled_by>
            {controls.card_head(5, Some(heading_id), move || fill(t("objectives.output_heading"), &[("n", &code.get())]))}
            <TextArea id=prefix.field("text").element_id() label="objectives.output_text" hint="objectives.output_hint" value=text on_input=set_text rows=2 />
            <IndicatorList owner=owner.clone() list=indicators />
            <ActivityList owner objective output=id list=activities code />
        </li>
    }
}

/// The activities of one output, with an Add button.
#[component]
fn ActivityList(
    /// The output, as its lists' owner.
    owner: ListOwner,
    /// The objective the output belongs to.
    objective: Id,
    /// The output.
    output: Id,
    /// The output's activities, memoised by the output.
    list: Memo<Vec<Activity>>,
    /// The output's code ("2.1").
    code: Signal<String>,
) -> impl IntoView {
    owned_list(&owner, &ACTIVITIES, ids_of(list), move |id| {
        view! { <ActivityItem objective list output id code /> }.into_any()
    })
}

#[component]
fn ActivityItem(
    /// The objective the output belongs to.
    objective: Id,
    /// The output's activities.
    list: Memo<Vec<Activity>>,
    /// The output.
    output: Id,
    /// The activity.
    id: Id,
    /// The output's code ("2.1").
    code: Signal<String>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let act = item_of(list, id);
    let place = place_in(list, id);
    let act_code = Signal::derive(move || format!("{}.{}", code.get(), place.get().0 + 1));
    let name = Signal::derive(move || fill(t("objectives.activity_n"), &[("n", &act_code.get())]));
    let field = move |get: fn(&Activity) -> &String, set: fn(&mut Activity) -> &mut String| {
        bind_in(act, get, move |p, v| {
            if let Some(a) = activity_mut(p, output, id) {
                *set(a) = v;
            }
        })
    };
    let (text, set_text) = field(|a| &a.text, |a| &mut a.text);
    let (start, set_start) = field(|a| &a.start, |a| &mut a.start);
    let (end, set_end) = field(|a| &a.end, |a| &mut a.end);
    // A stored day that does not exist (an imported draft) is marked like the form's own rule.
    let bad_date = |v: &str| rules::date(v).err().map(|_| "objectives.error_bad_date");
    let start_error = Signal::derive(move || start.with(|s| bad_date(s)));
    let end_error = Signal::derive(move || {
        let (s, e) = (start.get(), end.get());
        bad_date(&e).or(match (parse_date(&s), parse_date(&e)) {
            (Some(s), Some(e)) if e < s => Some("objectives.error_end_before_start"),
            _ => None,
        })
    });
    let lead = memo(move || act.with(|a| a.as_ref().and_then(|a| a.lead_partner)));
    let partners = PartnerNames::expect().0;
    let set_lead = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev).parse::<u32>().ok().map(Id);
        draft.edit(|p| {
            if let Some(a) = activity_mut(p, output, id) {
                a.lead_partner = chosen;
            }
        });
    };

    let controls = ItemControls::owned(name, text, place, output, id, ACTIVITY_ITEMS);
    // The element id of one of this activity's fields, by the field's name.
    let field_element_id = move |field: &str| {
        FieldPath::step(Step::Objectives)
            .item(objective)
            .field("outputs")
            .item(output)
            .field("activities")
            .item(id)
            .field(field)
            .element_id()
    };
    let lead_id = field_element_id("lead_partner");
    view! {
        <li id=format!("item-{id}")>
            <fieldset class="item activity">
                <legend>{move || fill(t("objectives.activity_heading"), &[("n", &act_code.get())])}</legend>
                {controls.tools()}
                <TextArea id=field_element_id("text") label="objectives.activity_text" value=text on_input=set_text rows=2 />
                <div class="row">
                    <CheckedField id=field_element_id("start") label="objectives.activity_start" value=start on_input=set_start error=start_error kind="date" />
                    <CheckedField id=field_element_id("end") label="objectives.activity_end" value=end on_input=set_end error=end_error kind="date" />
                </div>
                <div class="field">
                    <label for=lead_id.clone()>{tr("objectives.activity_lead")}</label>
                    <select id=lead_id on:change=set_lead>
                        <option value="" prop:selected=move || lead.get().is_none()>{tr("objectives.activity_no_lead")}</option>
                        {move || partners.get().into_iter().enumerate().map(|(i, (pid, pname))| {
                            let label = if pname.trim().is_empty() {
                                fill(t("objectives.partner_untitled"), &[("n", &(i + 1).to_string())])
                            } else {
                                pname
                            };
                            view! {
                                <option value=pid.0.to_string() prop:selected=move || lead.get() == Some(pid)>{label}</option>
                            }
                        }).collect_view()}
                    </select>
                    <Show when=move || partners.with(Vec::is_empty)>
                        <p class="hint">{tr("objectives.activity_no_partners")}</p>
                    </Show>
                </div>
            </fieldset>
        </li>
    }
}

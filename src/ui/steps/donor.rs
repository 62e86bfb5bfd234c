//! Step 5, Donor alignment: who the donor is, what they say they fund, how each objective
//! meets that, how the work fits the country's own strategy, and the donor's funding cycle.
//! The donor's name and type are `context.donor` (one source for every step and export).

use super::communication::events::funding_cycle_spec;
use super::communication::kit::{Choice, ObjectiveChoices};
use crate::i18n::fill;
use crate::knowledge::kb;
use crate::model::ids;
use crate::model::{DonorFormat, DonorType, Id};
use crate::model::{FieldPath, Step};
use crate::ui::lang::{num, tn};
use crate::ui::lang::{t, tr, UiLang};
use crate::ui::list::{focus_later, id_list, item_text, keyed_rows, UndoSlot};
use crate::ui::state::DraftState;
use crate::ui::widgets::{bind, Cite, Guidance, TextArea, TextField};
use crate::ui::widgets::{memo, read};
use leptos::prelude::*;

/// The donor alignment form with its guidance.
#[component]
pub fn DonorStep() -> impl IntoView {
    ObjectiveChoices::provide();
    let lang = UiLang::expect();
    let (name, set_name) = bind(
        |p| p.context.donor.name.clone(),
        |p, v| p.context.donor.name = v,
    );
    let type_value = read(|p| {
        p.context
            .donor
            .donor_type
            .map(|d| d.as_str().to_string())
            .unwrap_or_default()
    });
    let type_options = memo(move || {
        let lang = lang.get();
        DonorType::ALL
            .iter()
            .map(|d| {
                let label = kb()
                    .donor_type(d.as_str())
                    .map(|x| x.name.get(lang).to_string())
                    .unwrap_or_else(|| d.as_str().to_string());
                (d.as_str().to_string(), label)
            })
            .collect::<Vec<_>>()
    });
    let draft = DraftState::expect();
    let set_type = Callback::new(move |v: String| {
        draft.edit(|p| p.context.donor.donor_type = DonorType::from_id(&v));
    });
    let (priorities, set_priorities) = bind(
        |p| p.donor.stated_priorities.join("\n"),
        |p, v| p.donor.stated_priorities = crate::ui::widgets::lines_to_list(&v),
    );
    let (strategy, set_strategy) = bind(
        |p| p.donor.national_strategy.name.clone(),
        |p, v| p.donor.national_strategy.name = v,
    );
    let (strategy_fit, set_strategy_fit) = bind(
        |p| p.donor.national_strategy.fit.clone(),
        |p, v| p.donor.national_strategy.fit = v,
    );
    view! {
        <div class="step-grid">
            <div class="form">
                <h2>{tr("donor.who")}</h2>
                <TextField id="f-context-donor-name" label="donor.name" hint="donor.name_hint"
                    value=name on_input=set_name autocomplete="organization" />
                <Choice id="f-context-donor-donor_type" label="donor.type" none="donor.type_none"
                    options=type_options value=type_value on_change=set_type />
                <TextArea id="f-donor-stated_priorities" label="donor.stated_priorities"
                    hint="donor.stated_priorities_hint" value=priorities
                    on_input=set_priorities rows=4 />
                <FormatChoice />

                <h2>{tr("donor.fit_heading")}</h2>
                <p class="hint">{tr("donor.fit_intro")}</p>
                <FitPerObjective />

                <h2>{tr("donor.strategy_heading")}</h2>
                <TextField id="f-donor-national_strategy-name" label="donor.strategy_name"
                    hint="donor.strategy_name_hint" value=strategy on_input=set_strategy />
                <TextArea id="f-donor-national_strategy-fit" label="donor.strategy_fit"
                    hint="donor.strategy_fit_hint" value=strategy_fit on_input=set_strategy_fit />

                <h2>{tr("donor.funding_cycle")}</h2>
                <p class="hint">{tr("donor.funding_cycle_hint")}</p>
                {id_list(funding_cycle_spec())}
            </div>
            <DonorGuidance />
        </div>
    }
}

/// The donor's document format (`donor.format`): the app's own, the EU's or the UK's. Each
/// option says what it changes; `review::templates` holds what each one means.
#[component]
fn FormatChoice() -> impl IntoView {
    let draft = DraftState::expect();
    let current = read(|p| p.donor.format);
    let option = move |f: DonorFormat, label: &'static str, hint: &'static str| {
        let path = FieldPath::step(Step::Donor)
            .field("format")
            .field(f.as_str());
        let id = path.element_id();
        let hint_id = format!("{id}-hint");
        view! {
            <li>
                <input type="radio" id=id.clone() name="donor-format" value=f.as_str()
                    aria-describedby=hint_id.clone()
                    prop:checked=move || current.get() == f
                    on:change=move |_| draft.edit(|p| p.donor.format = f) />
                <div>
                    <label for=id>{tr(label)}</label>
                    <p class="hint" id=hint_id>{tr(hint)}</p>
                </div>
            </li>
        }
    };
    view! {
        <fieldset class="checks" id=FieldPath::step(Step::Donor).field("format").element_id() tabindex="-1"
            aria-describedby="donor-format-hint">
            <legend>{tr("donor.format")}</legend>
            <p class="hint" id="donor-format-hint">{tr("donor.format_hint")}</p>
            <ul class="choices">
                {option(DonorFormat::Standard, "donor.format_standard", "donor.format_standard_hint")}
                {option(DonorFormat::Eu, "donor.format_eu", "donor.format_eu_hint")}
                {option(DonorFormat::Uk, "donor.format_uk", "donor.format_uk_hint")}
            </ul>
        </fieldset>
    }
}

/// One group per objective: how it meets the donor's priorities.
#[component]
fn FitPerObjective() -> impl IntoView {
    let objectives = ObjectiveChoices::expect();
    let ids = memo(move || {
        objectives
            .0
            .with(|v| v.iter().map(|(id, _)| *id).collect::<Vec<Id>>())
    });
    view! {
        <Show when=move || objectives.0.with(Vec::is_empty)>
            <p class="hint">
                {tr("donor.no_objectives")} " "
                <a href="#/objectives">{tr("donor.go_objectives")}</a>
            </p>
        </Show>
        {keyed_rows(ids, move |oid| {
            // The row is made again when its label changes; the label's own memo keeps other
            // objectives' edits from doing so.
            let label = memo(move || {
                objectives.0.with(|v| {
                    v.iter().find(|(id, _)| *id == oid).map(|(_, l)| l.clone()).unwrap_or_default()
                })
            });
            (move || view! { <ObjectiveFit oid=oid label=label.get() /> }).into_any()
        })}
    }
}

/// The fit entries of one objective, or a button to write one.
#[component]
fn ObjectiveFit(
    /// The objective.
    oid: Id,
    /// Its label ("Objective 2: …").
    label: String,
) -> impl IntoView {
    let draft = DraftState::expect();
    let slot = UndoSlot::expect();
    let fits = read(move |p| {
        p.donor
            .fit
            .iter()
            .filter(|f| f.objective_id == oid)
            .map(|f| f.id)
            .collect::<Vec<Id>>()
    });
    let short_label = label.clone();
    let add = move |_| {
        let mut new = None;
        draft.edit(|p| new = p.add_donor_fit(oid));
        if let Some(id) = new {
            focus_later(fit_text_id(id));
        }
    };
    let add_label = {
        let l = short_label.clone();
        move || fill(t("donor.add_fit"), &[("what", &l)])
    };
    view! {
        <fieldset class="card">
            <legend>{label.clone()}</legend>
            {keyed_rows(fits, move |id: Id| {
                    let (text, set_text) = item_text(
                        |p| &p.donor.fit,
                        |p| &mut p.donor.fit,
                        id,
                        |f| &f.text,
                        |f, v| f.text = v,
                    );
                    let l = short_label.clone();
                    let l2 = short_label.clone();
                    let delete = move |_| {
                        let mut removed = None;
                        draft.edit(|p| removed = ids::remove(&mut p.donor.fit, id));
                        if let Some(r) = removed {
                            let what = fill(t("donor.fit_of"), &[("what", &l)]);
                            slot.offer(&what, move || {
                                let r = r.clone();
                                draft.edit(move |p| ids::restore(&mut p.donor.fit, r));
                                focus_later(fit_text_id(id));
                            });
                        }
                    };
                    view! {
                        <TextArea id=fit_text_id(id) label="donor.fit_text"
                            value=text on_input=set_text rows=3 />
                        <p>
                            <button type="button" class="danger small" on:click=delete
                                aria-label=move || fill(t("donor.delete_fit"), &[("what", &l2)])>
                                {tr("list.delete_short")}
                            </button>
                        </p>
                    }
                    .into_any()
            })}
            <Show when=move || fits.with(Vec::is_empty)>
                <p>
                    <button type="button" class="secondary" on:click=add>{add_label.clone()}</button>
                </p>
            </Show>
        </fieldset>
    }
}

/// What the chosen kind of donor looks for, and the report's lessons on approaching donors,
/// pointed at what this proposal still lacks.
#[component]
fn DonorGuidance() -> impl IntoView {
    let lang = UiLang::expect();
    let donor_type = read(|p| p.context.donor.donor_type);
    let no_strategy = read(|p| p.donor.national_strategy.name.trim().is_empty());
    let no_cycle = read(|p| p.donor.funding_cycle.is_empty());
    let standard_format = read(|p| p.donor.format == DonorFormat::Standard);
    let fit_counts = read(|p| {
        let total = p.logframe.objectives.len();
        let done = p
            .logframe
            .objectives
            .iter()
            .filter(|o| {
                p.donor
                    .fit
                    .iter()
                    .any(|f| f.objective_id == o.id && !f.text.trim().is_empty())
            })
            .count();
        (done, total)
    });
    let lesson = move |id: &'static str, flag: Option<Memo<bool>>, note: &'static str| {
        move || {
            let lang = lang.get();
            kb().donor_lessons.iter().find(|l| l.id == id).map(|l| {
                let show_note = flag.is_some_and(|f| f.get());
                view! {
                    <h3>{l.title.get(lang).to_string()}</h3>
                    <p>{l.text.get(lang).to_string()}</p>
                    {show_note.then(|| view! { <p class="hint note">{tr(note)}</p> })}
                    <Cite citation=l.citation.clone() />
                }
            })
        }
    };
    view! {
        <Guidance>
            {move || {
                let lang = lang.get();
                match donor_type.get().and_then(|d| kb().donor_type(d.as_str())) {
                    Some(d) => {
                        let mdgs = d
                            .mdgs
                            .iter()
                            .filter_map(|n| kb().mdg(*n))
                            .map(|g| format!("{} {}: {}", t("donor.mdg"), g.number, g.title.get(lang)))
                            .collect::<Vec<_>>();
                        view! {
                            <h2>{d.name.get(lang).to_string()}</h2>
                            <p><strong>{tr("donor.looks_for")}</strong> " " {d.looks_for.get(lang).to_string()}</p>
                            <p><strong>{tr("donor.approach")}</strong> " " {d.approach.get(lang).to_string()}</p>
                            {(!mdgs.is_empty()).then(|| view! {
                                <p>{tr("donor.funds_mdgs")}</p>
                                <ul>{mdgs.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                            })}
                            <Cite citation=d.citation.clone() />
                        }
                        .into_any()
                    }
                    None => view! { <p>{tr("donor.choose_type")}</p> }.into_any(),
                }
            }}
            <p class="progress">
                {move || {
                    let (done, total) = fit_counts.get();
                    tn("donor.fit_progress", done, &[("total", &num(total))])
                }}
            </p>
            <h2>{tr("donor.lessons")}</h2>
            {lesson("national_ownership", Some(no_strategy), "donor.note_no_strategy")}
            {lesson("one_coordinated_request", None, "donor.note_no_strategy")}
            {lesson("know_planning_cycles", Some(no_cycle), "donor.note_no_cycle")}
            {lesson("know_the_donor", None, "donor.note_no_strategy")}
            {lesson("dialogue_before_dollars", Some(standard_format), "donor.note_format")}
        </Guidance>
    }
}

/// The element id of the text of donor fit item `id`.
fn fit_text_id(id: Id) -> String {
    FieldPath::step(Step::Donor)
        .field("fit")
        .item(id)
        .field("text")
        .element_id()
}

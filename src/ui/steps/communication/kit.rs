//! Form pieces the donor, partners, communication and budget steps share: a labelled select,
//! a checkbox group and the objectives to choose from. Their card lists are
//! [`crate::ui::list::id_list`].

use crate::i18n::fill;
use crate::model::Id;
use crate::ui::lang::{t, tr};
use crate::ui::list::one_line;
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, CheckBox};
use leptos::prelude::*;

/// A labelled select. Options are `(value, label)`; with `none`, an empty-valued first option
/// stands for "not chosen".
#[component]
pub fn Choice(
    /// Element id, from the field path.
    #[prop(into)]
    id: String,
    /// Translation key of the label.
    label: &'static str,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Translation key of the "not chosen" option, if the field may be empty.
    #[prop(optional)]
    none: Option<&'static str>,
    /// The choices, `(value, visible label)`.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The chosen value (`""` for none).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the newly chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <select
                id=id
                aria-describedby=described
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {none
                    .map(|key| {
                        view! {
                            <option value="" prop:selected=move || value.with(String::is_empty)>
                                {tr(key)}
                            </option>
                        }
                    })}
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let v2 = v.clone();
                            view! {
                                <option value=v prop:selected=move || value.with(|x| *x == v2)>
                                    {l}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A group of checkboxes in a fieldset: which of `options` are ticked.
#[component]
pub fn CheckGroup(
    /// Prefix of the checkboxes' element ids (the field path's id); each adds `-<value>`.
    #[prop(into)]
    id: String,
    /// Translation key of the legend.
    legend: &'static str,
    /// Translation key of the text shown when there is nothing to choose from.
    empty: &'static str,
    /// The choices, `(id, visible label)`.
    #[prop(into)]
    options: Signal<Vec<(Id, String)>>,
    /// The ticked ids.
    #[prop(into)]
    checked: Signal<Vec<Id>>,
    /// Called with an id and whether it is now ticked.
    on_toggle: Callback<(Id, bool)>,
) -> impl IntoView {
    let base = id.clone();
    view! {
        <fieldset id=id>
            <legend>{tr(legend)}</legend>
            <div class="checks">
                {move || {
                    let opts = options.get();
                    if opts.is_empty() {
                        return view! { <p class="hint">{tr(empty)}</p> }.into_any();
                    }
                    opts.into_iter()
                        .map(|(oid, label)| {
                            view! {
                                <CheckBox
                                    id=format!("{base}-{oid}")
                                    checked=Signal::derive(move || checked.with(|c| c.contains(&oid)))
                                    on_change=Callback::new(move |on| on_toggle.run((oid, on)))
                                >
                                    {label}
                                </CheckBox>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </div>
        </fieldset>
    }
}

/// The proposal's objectives as `(id, "Objective n: text")`, shared by a step's rows through
/// context so a hundred rows do not each re-read the logframe.
#[derive(Clone, Copy)]
pub struct ObjectiveChoices(pub Memo<Vec<(Id, String)>>);

impl ObjectiveChoices {
    /// Provides the objectives for the rows of the current step.
    pub fn provide() -> ObjectiveChoices {
        let lang = crate::ui::lang::UiLang::expect();
        let draft = DraftState::expect();
        let memo = memo(move || {
            let _ = lang.get();
            draft.proposal.with(|p| {
                p.logframe
                    .objectives
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.id, objective_label(i + 1, &o.text)))
                    .collect::<Vec<_>>()
            })
        });
        let c = ObjectiveChoices(memo);
        provide_context(c);
        c
    }

    /// The choices provided by the step.
    pub fn expect() -> ObjectiveChoices {
        expect_context::<ObjectiveChoices>()
    }
}

/// "Objective 2: Safer water" (the statement shortened).
pub fn objective_label(n: usize, text: &str) -> String {
    let base = fill(t("communication.kit_objective"), &[("n", &n.to_string())]);
    let text = one_line(text, 70);
    if text.is_empty() {
        base
    } else {
        format!("{base}: {text}")
    }
}

/// A citation of the report by its key in the citation table (`plenary`, `theme_5`), for
/// guidance points written in this app's words that no knowledge item carries.
pub fn report_citation(key: &str) -> Option<crate::knowledge::Citation> {
    crate::knowledge::kb().citations.get(key).cloned()
}

//! An indicator's milestones: the values it should read by dates between its baseline and its
//! target. A UK-style logframe reads each indicator through them (`review::templates::uk`);
//! the other formats keep them in the draft and the review checks their order either way.

use crate::i18n::fill;
use crate::model::{ids, FieldPath, Id, Indicator, IndicatorMilestone};
use crate::ui::lang::{t, tr};
use crate::ui::list::{bind_in, focus_later, keyed_rows, UndoSlot};
use crate::ui::state::DraftState;
use crate::ui::widgets::{memo, TextField};
use leptos::prelude::*;

/// The milestones of one indicator, with Add and Delete (and Undo).
#[component]
pub fn IndicatorMilestones(
    /// The indicator's owner (`None` for the goal).
    owner: Option<Id>,
    /// The indicator.
    indicator: Id,
    /// The indicator's field path (`objectives.7.indicators.12`).
    path: FieldPath,
    /// The indicator, memoised by its list.
    ind: Memo<Option<Indicator>>,
    /// The indicator in words ("indicator 2 of objective 1"), for button names.
    name: Signal<String>,
) -> impl IntoView {
    let draft = DraftState::expect();
    let list_path = path.field("milestones");
    let heading_id = list_path.heading_id();
    let ids_now = memo(move || {
        ind.with(|i| {
            i.as_ref()
                .map(|i| i.milestones.iter().map(|m| m.id).collect::<Vec<Id>>())
                .unwrap_or_default()
        })
    });
    let field = {
        let list_path = list_path.clone();
        move |mid: Id, f: &str| list_path.item(mid).field(f).element_id()
    };
    let add = {
        let field = field.clone();
        move |_| {
            let mut new = None;
            draft.edit(|p| new = p.add_indicator_milestone(owner, indicator));
            if let Some(mid) = new {
                focus_later(field(mid, "date"));
            }
        }
    };
    let add_label = move || fill(t("donor.ind_milestone_add"), &[("what", &name.get())]);
    let row = move |mid: Id| {
        let m = memo(move || {
            ind.with(|i| {
                i.as_ref()
                    .and_then(|i| ids::find(&i.milestones, mid).cloned())
            })
        });
        let set = move |f: fn(&mut IndicatorMilestone) -> &mut String| {
            move |p: &mut crate::model::Proposal, v: String| {
                if let Some(x) = p
                    .indicator_milestones_mut(owner, indicator)
                    .and_then(|l| ids::find_mut(l, mid))
                {
                    *f(x) = v;
                }
            }
        };
        let (date, set_date) = bind_in(m, |x| &x.date, set(|x| &mut x.date));
        let (value, set_value) = bind_in(m, |x| &x.value, set(|x| &mut x.value));
        // "Milestone 2 of indicator 1 of the goal", for the Delete button and the Undo message.
        let number =
            memo(move || ids_now.with(|v| v.iter().position(|x| *x == mid).map_or(0, |i| i + 1)));
        let what = Signal::derive(move || {
            fill(
                t("donor.ind_milestone_of"),
                &[("n", &number.get().to_string()), ("what", &name.get())],
            )
        });
        let delete = {
            let field = field.clone();
            move |_| {
                let mut removed = None;
                draft.edit(|p| removed = p.remove_indicator_milestone(owner, indicator, mid));
                if let Some(r) = removed {
                    let field = field.clone();
                    UndoSlot::expect().offer(&what.get_untracked(), move || {
                        let r = r.clone();
                        draft.edit(move |p| p.restore_indicator_milestone(owner, indicator, r));
                        focus_later(field(mid, "date"));
                    });
                }
            }
        };
        view! {
            <li class="milestone-row">
                <TextField id=field(mid, "date") label="donor.ind_milestone_date" kind="date"
                    value=date on_input=set_date />
                <TextField id=field(mid, "value") label="donor.ind_milestone_value"
                    value=value on_input=set_value />
                <button type="button" class="danger small" on:click=delete
                    aria-label=move || fill(t("list.delete"), &[("what", &what.get())])>
                    {tr("list.delete_short")}
                </button>
            </li>
        }
        .into_any()
    };
    view! {
        <fieldset class="checks ind-milestones" id=list_path.element_id() tabindex="-1">
            <legend id=heading_id>{tr("donor.ind_milestones")}</legend>
            <p class="hint">{tr("donor.ind_milestones_hint")}</p>
            <ul class="milestone-rows">{keyed_rows(ids_now, row)}</ul>
            <p>
                <button type="button" class="secondary small" on:click=add>{add_label}</button>
            </p>
        </fieldset>
    }
}

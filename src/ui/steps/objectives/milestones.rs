//! The workplan's milestones under its chart: reviews, reports and key meetings, each with a
//! title, a date and a note, in a keyed list that moves, deletes and undoes like the others.

use crate::model::{DatedEvent, FieldPath, Id, Proposal, Step};
use crate::ui::list::{id_list, item_name, item_text, ListSpec, Restore};
use crate::ui::widgets::{TextArea, TextField};
use leptos::prelude::*;

fn list(p: &Proposal) -> &Vec<DatedEvent> {
    &p.logframe.milestones
}

fn list_mut(p: &mut Proposal) -> &mut Vec<DatedEvent> {
    &mut p.logframe.milestones
}

/// The element id of one field of one milestone (`f-objectives-milestones-<id>-<field>`).
pub fn milestone_field(id: Id, field: &str) -> String {
    FieldPath::step(Step::Objectives)
        .field("milestones")
        .item(id)
        .field(field)
        .element_id()
}

fn body(id: Id) -> AnyView {
    let (title, set_title) = item_text(list, list_mut, id, |e| &e.title, |e, v| e.title = v);
    let (date, set_date) = item_text(list, list_mut, id, |e| &e.date, |e, v| e.date = v);
    let (note, set_note) = item_text(list, list_mut, id, |e| &e.note, |e, v| e.note = v);
    view! {
        <div class="row">
            <TextField id=milestone_field(id, "title") label="objectives.milestone_title"
                hint="objectives.milestone_title_hint" value=title on_input=set_title />
            <TextField id=milestone_field(id, "date") label="objectives.milestone_date" kind="date"
                value=date on_input=set_date />
        </div>
        <TextArea id=milestone_field(id, "note") label="objectives.milestone_note" value=note
            on_input=set_note rows=2 />
    }
    .into_any()
}

fn name(n: usize, m: &DatedEvent) -> String {
    item_name("objectives.milestone_n", n, m.title.trim())
}

fn remove(p: &mut Proposal, id: Id) -> Option<Restore> {
    let removed = p.remove_milestone(id)?;
    Some(Box::new(move |p: &mut Proposal| {
        p.restore_milestone(removed)
    }))
}

/// The milestones editor.
#[component]
pub fn MilestoneList() -> impl IntoView {
    let spec = ListSpec {
        list,
        list_mut,
        add: |p| p.add_milestone(),
        remove,
        first_field: |id| milestone_field(id, "title"),
        name,
        list_label: "objectives.milestones",
        add_label: "objectives.add_milestone",
        empty: "objectives.no_milestones",
        body,
    };
    // The review's findings about the list as a whole (`objectives.milestones`) lead here.
    let list_id = FieldPath::step(Step::Objectives)
        .field("milestones")
        .element_id();
    view! {
        <h3 id=list_id tabindex="-1">{crate::ui::lang::tr("objectives.milestones")}</h3>
        <p class="hint">{crate::ui::lang::tr("objectives.milestones_hint")}</p>
        {id_list(spec)}
    }
}

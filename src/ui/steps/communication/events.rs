//! Dated events (date, title, note): the donor's funding cycle and the communication
//! calendar share the same shape and the same editor.

use crate::model::FieldPath;
use crate::model::{DatedEvent, Id, Proposal};
use crate::ui::list::{item_name, item_text, plain_remove, ListSpec};
use crate::ui::widgets::{TextArea, TextField};
use leptos::prelude::*;

/// Which list of dated events an editor works on.
#[derive(Clone, Copy)]
pub struct EventsOf {
    /// The list, read.
    pub list: fn(&Proposal) -> &Vec<DatedEvent>,
    /// The list, written.
    pub list_mut: fn(&mut Proposal) -> &mut Vec<DatedEvent>,
    /// Field path of the list (`donor.funding_cycle`).
    pub path: &'static str,
}

/// The funding-cycle events of the donor step.
pub const FUNDING_CYCLE: EventsOf = EventsOf {
    list: |p| &p.donor.funding_cycle,
    list_mut: |p| &mut p.donor.funding_cycle,
    path: "donor.funding_cycle",
};

/// The communication calendar.
pub const CALENDAR: EventsOf = EventsOf {
    list: |p| &p.communication.events,
    list_mut: |p| &mut p.communication.events,
    path: "communication.events",
};

/// The element id of one field of one event.
pub fn event_field(of: EventsOf, id: Id, field: &str) -> String {
    FieldPath::parse(of.path).item(id).field(field).element_id()
}

/// The fields of one event.
pub fn event_body(of: EventsOf, id: Id) -> AnyView {
    let (date, set_date) = item_text(of.list, of.list_mut, id, |e| &e.date, |e, v| e.date = v);
    let (title, set_title) = item_text(of.list, of.list_mut, id, |e| &e.title, |e, v| e.title = v);
    let (note, set_note) = item_text(of.list, of.list_mut, id, |e| &e.note, |e, v| e.note = v);
    view! {
        <div class="row">
            <TextField id=event_field(of, id, "date") label="communication.event_date" kind="date"
                value=date on_input=set_date />
            <TextField id=event_field(of, id, "title") label="communication.event_title"
                value=title on_input=set_title />
        </div>
        <TextArea id=event_field(of, id, "note") label="communication.event_note" value=note
            on_input=set_note rows=2 />
    }
    .into_any()
}

fn event_name(n: usize, e: &DatedEvent) -> String {
    let label = match (e.date.trim(), e.title.trim()) {
        ("", t) => t.to_string(),
        (d, "") => d.to_string(),
        (d, t) => format!("{d}, {t}"),
    };
    item_name("communication.event_n", n, &label)
}

/// The funding-cycle list spec.
pub fn funding_cycle_spec() -> ListSpec<DatedEvent> {
    ListSpec {
        list: FUNDING_CYCLE.list,
        list_mut: FUNDING_CYCLE.list_mut,
        add: |p| p.add_funding_event(),
        remove: |p, id| plain_remove(p, id, FUNDING_CYCLE.list_mut),
        first_field: |id| event_field(FUNDING_CYCLE, id, "date"),
        name: event_name,
        list_label: "donor.funding_cycle",
        add_label: "donor.add_event",
        empty: "donor.no_events",
        body: |id| event_body(FUNDING_CYCLE, id),
    }
}

/// The communication calendar list spec.
pub fn calendar_spec() -> ListSpec<DatedEvent> {
    ListSpec {
        list: CALENDAR.list,
        list_mut: CALENDAR.list_mut,
        add: |p| p.add_event(),
        remove: |p, id| plain_remove(p, id, CALENDAR.list_mut),
        first_field: |id| event_field(CALENDAR, id, "date"),
        name: event_name,
        list_label: "communication.events",
        add_label: "communication.add_event",
        empty: "communication.no_events",
        body: |id| event_body(CALENDAR, id),
    }
}

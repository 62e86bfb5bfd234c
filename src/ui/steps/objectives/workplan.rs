//! The workplan as a chart under the logframe: each output and activity with its dates in
//! words, and a bar over the months (or quarters) it runs. The table is what screen readers
//! and the keyboard use (its rows read "1.2.1 Train the cooperative's members: 1 March 2027 to
//! 30 June 2027"); the bars repeat the dates for the eye and are hidden from assistive
//! technology. A milestone is a row of its own ("Milestone: Mid-term review", "15 June 2028")
//! with a diamond in its period. On a phone the chart scrolls sideways in its own focusable
//! region. The milestones' editor follows the chart.

use crate::i18n::{fill, format, Lang};
use crate::model::workplan::{workplan, Period, PeriodStart, Row, RowKind};
use crate::ui::lang::{lang, t, tr};
use crate::ui::state::DraftState;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// A column's label: a short month (with its year in January and in the first column), or a
/// quarter.
fn column_label(l: Lang, period: Period, c: PeriodStart, first: bool) -> String {
    match period {
        Period::Month => {
            let m = format::month_short(l, c.month);
            if first || c.month == 1 {
                format!("{m} {}", c.year)
            } else {
                m
            }
        }
        Period::Quarter => fill(
            t("objectives.workplan_quarter"),
            &[
                ("q", &(c.month.div_ceil(3)).to_string()),
                ("year", &c.year.to_string()),
            ],
        ),
    }
}

/// The row's dates in words.
fn when(l: Lang, r: &Row) -> String {
    let d = |x: Option<crate::model::Date>| x.map(|d| format::date(l, d));
    match (d(r.start), d(r.end)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => fill(
            t("objectives.workplan_from_to"),
            &[("start", &a), ("end", &b)],
        ),
        (Some(a), None) => fill(t("objectives.workplan_from"), &[("start", &a)]),
        (None, Some(b)) => fill(t("objectives.workplan_until"), &[("end", &b)]),
        (None, None) => t("objectives.workplan_no_dates").to_string(),
    }
}

/// One row of the chart: its name and dates in words, and its bar or diamond.
fn chart_row(l: Lang, r: &Row, grid: &str) -> impl IntoView {
    let (class, name) = match r.kind {
        RowKind::Output => (
            "output",
            format!(
                "{}: {}",
                fill(t("objectives.output_heading"), &[("n", &r.number)]),
                r.text
            ),
        ),
        RowKind::Activity => (
            "activity",
            format!(
                "{}: {}",
                fill(t("objectives.activity_heading"), &[("n", &r.number)]),
                r.text
            ),
        ),
        RowKind::Milestone if r.text.is_empty() => (
            "milestone",
            fill(
                t("objectives.workplan_milestone_untitled"),
                &[("n", r.number.trim_start_matches('M'))],
            ),
        ),
        RowKind::Milestone => (
            "milestone",
            fill(t("objectives.workplan_milestone"), &[("title", &r.text)]),
        ),
    };
    let bar = r.bar().map(|(first, last)| {
        let span = format!("{} / {}", first + 1, last + 2);
        if r.kind == RowKind::Milestone {
            view! { <span class="mark" style:grid-column=span>"◆"</span> }.into_any()
        } else {
            view! { <span class="bar" style:grid-column=span></span> }.into_any()
        }
    });
    view! {
        <tr class=class>
            <th scope="row">{name}</th>
            <td>{when(l, r)}</td>
            <td class="bars" aria-hidden="true">
                <span class="lane" style:grid-template-columns=grid.to_string()>{bar}</span>
            </td>
        </tr>
    }
}

/// The chart of the logframe's outputs and activities.
#[component]
pub fn WorkplanChart() -> impl IntoView {
    let draft = DraftState::expect();
    let plan = memo(move || draft.proposal.with(|p| workplan(p, None)));
    // The table's frame changes only with the period and the columns; rows are keyed by what
    // they show, so typing a milestone's title or an activity redraws that one row, not the
    // hundred others of a long proposal.
    let shape = memo(move || plan.with(|w| (w.has_dates(), w.period, w.columns.clone())));
    let chart = move || {
        let l = lang();
        shape.with(|(has_dates, period, columns)| {
            if !has_dates {
                return view! { <p class="hint">{tr("objectives.workplan_empty")}</p> }.into_any();
            }
            // Set through the CSSOM (`style:`), which the page's content security policy allows;
            // it refuses `style` attributes.
            let grid = format!("repeat({}, minmax(3rem, 1fr))", columns.len());
            let heads = columns
                .iter()
                .enumerate()
                .map(|(i, c)| view! { <span>{column_label(l, *period, *c, i == 0)}</span> })
                .collect_view();
            let caption = match period {
                Period::Month => tr("objectives.workplan_by_month"),
                Period::Quarter => tr("objectives.workplan_by_quarter"),
            };
            let row_grid = grid.clone();
            view! {
                <div class="gantt-scroll" role="region" aria-labelledby="workplan-caption" tabindex="0">
                    <table class="gantt">
                        <caption id="workplan-caption"><span class="pinned">{caption}</span></caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr("objectives.workplan_item")}</th>
                                <th scope="col">{tr("objectives.workplan_when")}</th>
                                <td class="bars" aria-hidden="true">
                                    <span class="lane scale" style:grid-template-columns=grid>{heads}</span>
                                </td>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || plan.with(|w| w.rows.clone())
                                key=|r: &Row| r.clone()
                                children=move |r: Row| chart_row(l, &r, &row_grid)
                            />
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <section class="card workplan" aria-labelledby="h-workplan">
            <h2 id="h-workplan">{tr("objectives.workplan")}</h2>
            <p class="hint">{tr("objectives.workplan_hint")}</p>
            {chart}
            <super::milestones::MilestoneList />
        </section>
    }
}

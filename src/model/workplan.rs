//! The workplan: outputs and activities laid out by month or quarter over the project period,
//! computed from the activities' dates. One layout serves the screen's chart, the documents and
//! the spreadsheet, so they always agree on which period an activity runs in.

use super::date::{parse_date, Date};
use super::{Id, Proposal};

/// A period of the workplan's grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Calendar months.
    Month,
    /// Calendar quarters (January–March, …).
    Quarter,
}

/// The grid shows at most ten years; a longer span is a slip in a date, and the rest is cut.
pub const MAX_MONTHS: usize = 120;

/// Spans up to this many months are shown by month, longer ones by quarter.
pub const MONTHS_SHOWN_BY_MONTH: usize = 24;

/// One column: a period's first month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PeriodStart {
    /// Year.
    pub year: u16,
    /// First month of the period, 1–12.
    pub month: u8,
}

/// What a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// An output: its bar spans its activities.
    Output,
    /// An activity.
    Activity,
    /// A milestone: one day, marked in the period it falls in.
    Milestone,
}

/// One row of the workplan.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    /// Output or activity.
    pub kind: RowKind,
    /// The item's id.
    pub id: Id,
    /// Its number in the logframe: `1.2` for an output, `1.2.3` for an activity; `M1`, `M2`…
    /// for milestones, in the order they are listed.
    pub number: String,
    /// Its statement (a milestone's title), trimmed.
    pub text: String,
    /// First day (for an output, its earliest activity's).
    pub start: Option<Date>,
    /// Last day (for an output, its latest activity's).
    pub end: Option<Date>,
    /// Whether it runs in each column.
    pub active: Vec<bool>,
}

impl Row {
    /// The first and last columns it runs in, if any (a row's columns are contiguous).
    pub fn bar(&self) -> Option<(usize, usize)> {
        let first = self.active.iter().position(|a| *a)?;
        let last = self.active.iter().rposition(|a| *a)?;
        Some((first, last))
    }
}

/// The laid-out workplan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workplan {
    /// Month or quarter.
    pub period: Period,
    /// The columns, in order.
    pub columns: Vec<PeriodStart>,
    /// Outputs, each followed by its activities, in logframe order; then the milestones.
    pub rows: Vec<Row>,
}

impl Workplan {
    /// Whether any activity or milestone has a date (otherwise there is nothing to draw).
    pub fn has_dates(&self) -> bool {
        self.rows
            .iter()
            .any(|r| r.kind != RowKind::Output && (r.start.is_some() || r.end.is_some()))
    }

    /// The milestone rows.
    pub fn milestones(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.kind == RowKind::Milestone)
    }
}

fn from_index(i: i32) -> PeriodStart {
    PeriodStart {
        year: u16::try_from(i.div_euclid(12)).unwrap_or(0),
        month: u8::try_from(i.rem_euclid(12) + 1).unwrap_or(1),
    }
}

/// Every date the workplan spans: the project's, each activity's and each milestone's.
fn all_dates(p: &Proposal) -> Vec<Date> {
    let mut v: Vec<Date> = [&p.context.duration.start, &p.context.duration.end]
        .into_iter()
        .filter_map(|d| parse_date(d))
        .collect();
    for o in &p.logframe.objectives {
        for out in &o.outputs {
            for a in &out.activities {
                v.extend(parse_date(&a.start));
                v.extend(parse_date(&a.end));
            }
        }
    }
    v.extend(
        p.logframe
            .milestones
            .iter()
            .filter_map(|m| parse_date(&m.date)),
    );
    v
}

/// The workplan by `period`, or by the period that suits its span when `None`
/// (month up to [`MONTHS_SHOWN_BY_MONTH`] months, quarter beyond).
pub fn workplan(p: &Proposal, period: Option<Period>) -> Workplan {
    let dates = all_dates(p);
    let span = dates
        .iter()
        .min()
        .zip(dates.iter().max())
        .map(|(a, b)| (a.month_index(), b.month_index()));
    let months = span.map_or(0, |(a, b)| (b - a + 1).max(0) as usize);
    let period = period.unwrap_or(if months > MONTHS_SHOWN_BY_MONTH {
        Period::Quarter
    } else {
        Period::Month
    });
    let step = match period {
        Period::Month => 1,
        Period::Quarter => 3,
    };
    // Column `k` covers months first + k·step .. first + (k+1)·step − 1.
    let (first, last) = match span {
        Some((a, b)) => {
            let first = a - a.rem_euclid(step);
            let last = b.min(first + MAX_MONTHS as i32 - 1);
            (first, last)
        }
        None => (0, -1),
    };
    let columns: Vec<PeriodStart> = (0..)
        .map(|k| first + k * step)
        .take_while(|m| *m <= last)
        .map(from_index)
        .collect();
    let active = |start: Option<Date>, end: Option<Date>| -> Vec<bool> {
        if start.is_none() && end.is_none() {
            return vec![false; columns.len()];
        }
        let s = start.map_or(i32::MIN, Date::month_index);
        let e = end.map_or(i32::MAX, Date::month_index);
        (0..columns.len() as i32)
            .map(|k| {
                let (from, to) = (first + k * step, first + k * step + step - 1);
                s <= to && from <= e
            })
            .collect()
    };
    let mut rows = Vec::new();
    for (i, o) in p.logframe.objectives.iter().enumerate() {
        for (j, out) in o.outputs.iter().enumerate() {
            // The output runs from its activities' first date to their last.
            let dates: Vec<Date> = out
                .activities
                .iter()
                .flat_map(|a| [parse_date(&a.start), parse_date(&a.end)])
                .flatten()
                .collect();
            let (start, end) = (dates.iter().min().copied(), dates.iter().max().copied());
            rows.push(Row {
                kind: RowKind::Output,
                id: out.id,
                number: format!("{}.{}", i + 1, j + 1),
                text: out.text.trim().to_string(),
                start,
                end,
                active: active(start, end),
            });
            for (k, a) in out.activities.iter().enumerate() {
                let (start, end) = (parse_date(&a.start), parse_date(&a.end));
                rows.push(Row {
                    kind: RowKind::Activity,
                    id: a.id,
                    number: format!("{}.{}.{}", i + 1, j + 1, k + 1),
                    text: a.text.trim().to_string(),
                    start,
                    end,
                    active: active(start, end),
                });
            }
        }
    }
    for (i, m) in p.logframe.milestones.iter().enumerate() {
        let date = parse_date(&m.date);
        rows.push(Row {
            kind: RowKind::Milestone,
            id: m.id,
            number: format!("M{}", i + 1),
            text: m.title.trim().to_string(),
            start: date,
            end: date,
            // An undated milestone has no period; it is not marked everywhere.
            active: match date {
                Some(_) => active(date, date),
                None => vec![false; columns.len()],
            },
        });
    }
    Workplan {
        period,
        columns,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Objective, Output};

    fn plan(project: (&str, &str), acts: &[(&str, &str)]) -> Proposal {
        let mut p = Proposal::new("2026-01-01T00:00:00Z");
        p.context.duration.start = project.0.into();
        p.context.duration.end = project.1.into();
        let mut out = Output::new(Id(2));
        out.text = " Retorts in use ".into();
        for (i, (s, e)) in acts.iter().enumerate() {
            let mut a = Activity::new(Id(10 + i as u32));
            a.text = format!("Activity {i}");
            a.start = (*s).into();
            a.end = (*e).into();
            out.activities.push(a);
        }
        let mut o = Objective::new(Id(1));
        o.outputs.push(out);
        p.logframe.objectives.push(o);
        p
    }

    #[test]
    fn months_of_a_short_project_with_bars_where_activities_run() {
        let p = plan(
            ("2027-01-01", "2027-06-30"),
            &[("2027-02-15", "2027-03-01"), ("2027-05-01", ""), ("", "")],
        );
        let w = workplan(&p, None);
        assert_eq!(w.period, Period::Month);
        assert_eq!(w.columns.len(), 6);
        assert_eq!(
            w.columns[0],
            PeriodStart {
                year: 2027,
                month: 1
            }
        );
        let bars: Vec<String> = w
            .rows
            .iter()
            .map(|r| {
                r.active
                    .iter()
                    .map(|a| if *a { '#' } else { '.' })
                    .collect()
            })
            .collect();
        // The output spans its activities' dates; an open end runs to the last month.
        assert_eq!(bars, [".####.", ".##...", "....##", "......"]);
        assert_eq!(w.rows[0].bar(), Some((1, 4)));
        assert_eq!(w.rows[3].bar(), None);
        assert_eq!(w.rows[0].number, "1.1");
        assert_eq!(w.rows[0].text, "Retorts in use");
        assert_eq!(w.rows[2].number, "1.1.2");
        assert!(w.has_dates());
    }

    #[test]
    fn long_projects_go_by_quarter_from_the_quarters_first_month() {
        let p = plan(
            ("2026-11-01", "2029-10-31"),
            &[("2027-03-31", "2027-04-01")],
        );
        let w = workplan(&p, None);
        assert_eq!(w.period, Period::Quarter);
        assert_eq!(
            w.columns[0],
            PeriodStart {
                year: 2026,
                month: 10
            }
        );
        assert_eq!(w.columns.len(), 13);
        // Column 0 is Q4 2026; March is in Q1 2027 (column 1), April in Q2 (column 2).
        let on: Vec<usize> = (0..13).filter(|k| w.rows[1].active[*k]).collect();
        assert_eq!(on, [1, 2]);
        assert_eq!(workplan(&p, Some(Period::Month)).columns.len(), 36);
    }

    #[test]
    fn milestones_follow_the_activities_marked_in_one_period_and_widen_the_span() {
        let mut p = plan(
            ("2027-01-01", "2027-06-30"),
            &[("2027-02-01", "2027-03-31")],
        );
        for (id, date, title) in [
            (30, "2027-04-15", " Mid-term review "),
            (31, "", "Report"),
            (32, "2027-08-02", "Late"),
        ] {
            p.logframe.milestones.push(crate::model::DatedEvent {
                id: Id(id),
                date: date.into(),
                title: title.into(),
                note: String::new(),
            });
        }
        let w = workplan(&p, None);
        // The late milestone stretches the grid to August.
        assert_eq!(w.columns.len(), 8);
        let ms: Vec<&Row> = w.milestones().collect();
        assert_eq!(ms.len(), 3);
        assert_eq!(ms[0].number, "M1");
        assert_eq!(ms[0].text, "Mid-term review");
        assert_eq!(ms[0].bar(), Some((3, 3)));
        assert_eq!(ms[1].bar(), None);
        assert_eq!(ms[2].bar(), Some((7, 7)));
        assert_eq!(w.rows.last().map(|r| r.id), Some(Id(32)));
        // Milestones alone are something to draw.
        p.logframe.objectives.clear();
        assert!(workplan(&p, None).has_dates());
    }

    #[test]
    fn no_dates_no_columns_and_spans_stop_at_ten_years() {
        let w = workplan(&plan(("", ""), &[("", "")]), None);
        assert!(w.columns.is_empty());
        assert!(!w.has_dates());
        assert_eq!(w.rows.len(), 2);
        let long = plan(("2020-01-01", "2099-01-01"), &[]);
        assert_eq!(
            workplan(&long, Some(Period::Month)).columns.len(),
            MAX_MONTHS
        );
        assert_eq!(workplan(&long, None).columns.len(), MAX_MONTHS / 3);
    }
}

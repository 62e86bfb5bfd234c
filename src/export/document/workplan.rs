//! The Workplan section: a shaded grid with one row per output, activity and milestone and one
//! column per quarter (per month for a project of a year or less). A row says its dates in
//! words too, so the grid only repeats for the eye what the text already tells; a milestone is
//! a diamond in the period it falls in.

use super::*;
use crate::export::ir::RowKind;
use crate::model::workplan::{workplan, Period, PeriodStart, Row as PlanRow, RowKind as PlanKind};
use crate::model::Date;

/// The marker of a milestone in its period's cell.
pub const MILESTONE_MARK: &str = "\u{25c6}";

/// A project this many months long or shorter is shown by month.
const BY_MONTH_UP_TO: usize = 12;

impl Builder<'_> {
    pub(super) fn workplan(&self) -> Vec<Block> {
        let by_month = workplan(self.p, Some(Period::Month));
        if !by_month.has_dates() {
            return Vec::new();
        }
        let plan = if by_month.columns.len() <= BY_MONTH_UP_TO {
            by_month
        } else {
            workplan(self.p, Some(Period::Quarter))
        };
        let mut columns = vec![
            Column::text(self.l(Label::Activity), 6),
            Column::text(self.l(Label::When), 3),
        ];
        // Narrow columns sized to their head (a period's name over its year), like numbers.
        columns.extend(
            plan.columns
                .iter()
                .map(|c| Column::number(self.period_head(plan.period, *c), 1)),
        );
        let rows = plan.rows.iter().map(|r| self.plan_row(r)).collect();
        let caption = match plan.period {
            Period::Month => Label::WorkplanByMonth,
            Period::Quarter => Label::WorkplanByQuarter,
        };
        vec![Block::Table(Table {
            caption: self.l(caption).to_string(),
            columns,
            rows,
        })]
    }

    fn period_head(&self, period: Period, c: PeriodStart) -> String {
        match period {
            Period::Month => format!("{} {}", format::month_short(self.lang, c.month), c.year),
            Period::Quarter => fill(
                self.lang,
                Label::QuarterN,
                &[
                    ("q", &c.month.div_ceil(3).to_string()),
                    ("year", &c.year.to_string()),
                ],
            ),
        }
    }

    fn when(&self, start: Option<Date>, end: Option<Date>) -> String {
        let d = |x: Option<Date>| x.map(|d| format::date(self.lang, d));
        match (d(start), d(end)) {
            (Some(a), Some(b)) if a == b => a,
            (Some(a), Some(b)) => fill(self.lang, Label::FromTo, &[("start", &a), ("end", &b)]),
            (Some(a), None) => fill(self.lang, Label::FromDate, &[("start", &a)]),
            (None, Some(b)) => fill(self.lang, Label::UntilDate, &[("end", &b)]),
            (None, None) => self.l(Label::NotDated).to_string(),
        }
    }

    fn plan_row(&self, r: &PlanRow) -> Row {
        let name = match r.kind {
            PlanKind::Output => format!(
                "{} {}{}{}",
                self.l(Label::Output),
                r.number,
                self.colon(),
                r.text
            ),
            PlanKind::Activity => format!("{} {}", r.number, r.text),
            PlanKind::Milestone => format!(
                "{MILESTONE_MARK} {}{}{}",
                self.l(Label::Milestone),
                self.colon(),
                r.text
            ),
        };
        let mut cells = vec![
            name.trim_end_matches([':', ' ', '\u{a0}']).to_string(),
            self.when(r.start, r.end),
        ];
        let mut shaded = vec![false, false];
        for on in &r.active {
            match r.kind {
                PlanKind::Milestone => {
                    cells.push(if *on {
                        MILESTONE_MARK.to_string()
                    } else {
                        String::new()
                    });
                    shaded.push(false);
                }
                _ => {
                    cells.push(String::new());
                    shaded.push(*on);
                }
            }
        }
        let mut row = Row::shaded(cells, shaded);
        if r.kind == PlanKind::Output {
            // Drawn bold with a rule above, like a subtotal: the output sums up its activities
            // and sets each group apart.
            row.kind = RowKind::Total;
        }
        row
    }
}

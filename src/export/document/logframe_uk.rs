//! A UK-style logframe: impact, outcomes and outputs, each indicator numbered and read from
//! its baseline through its dated milestones to its target, with its source; assumptions at
//! impact and outcome level; the inputs in money with the donor's share. Activities stay out
//! of it (they are in the workplan). Where the layout comes from: `review::templates::uk`.

use super::*;
use crate::model::IndicatorMilestone;

impl Builder<'_> {
    pub(super) fn logframe_uk(&self) -> Table {
        let lf = &self.p.logframe;
        let every = std::iter::once(&lf.goal.indicators)
            .chain(lf.objectives.iter().map(|o| &o.indicators))
            .chain(
                lf.objectives
                    .iter()
                    .flat_map(|o| o.outputs.iter().map(|x| &x.indicators)),
            );
        // As many milestone columns as the indicator with the most; one at least, so the
        // layout shows where they go.
        let slots = every
            .flat_map(|v| v.iter().map(|i| i.milestones.len()))
            .max()
            .unwrap_or(0)
            .max(1);
        let mut rows = Vec::new();
        let level = |label: String, text: &str| {
            let text = text.trim();
            if text.is_empty() {
                label
            } else {
                format!("{label}{}{text}", self.colon())
            }
        };
        rows.push(Row::group(level(
            self.l(Label::Impact).to_string(),
            &lf.goal.text,
        )));
        self.uk_indicator_rows(&mut rows, "", &lf.goal.indicators, slots);
        self.uk_assumptions(&mut rows, &lf.goal.assumptions);
        for (i, o) in lf.objectives.iter().enumerate() {
            let n = (i + 1).to_string();
            rows.push(Row::group(level(
                fill(self.lang, Label::OutcomeN, &[("n", &n)]),
                &o.text,
            )));
            self.uk_indicator_rows(&mut rows, &format!("{n}."), &o.indicators, slots);
            self.uk_assumptions(&mut rows, &o.assumptions);
        }
        for (i, o) in lf.objectives.iter().enumerate() {
            for (j, out) in o.outputs.iter().enumerate() {
                let n = format!("{}.{}", i + 1, j + 1);
                rows.push(Row::group(level(
                    format!("{} {n}", self.l(Label::Output)),
                    &out.text,
                )));
                self.uk_indicator_rows(&mut rows, &format!("{n}."), &out.indicators, slots);
            }
        }
        self.uk_inputs(&mut rows);
        let mut columns = vec![
            Column::text(self.l(Label::Indicator), 24),
            Column::text(self.l(Label::Baseline), 12),
        ];
        for m in 1..=slots {
            columns.push(Column::text(
                fill(self.lang, Label::MilestoneN, &[("n", &m.to_string())]),
                12,
            ));
        }
        columns.push(Column::text(self.l(Label::Target), 12));
        columns.push(Column::text(self.l(Label::Source), 16));
        Table {
            caption: self.l(Label::Logframe).to_string(),
            columns,
            rows,
        }
    }

    /// One row per indicator, numbered after `prefix` (`2.` gives 2.1, 2.2 …).
    fn uk_indicator_rows(
        &self,
        rows: &mut Vec<Row>,
        prefix: &str,
        indicators: &[Indicator],
        slots: usize,
    ) {
        for (k, ind) in indicators.iter().enumerate() {
            let [name, baseline, target, source] = self.indicator_cells(ind);
            let number = format!("{prefix}{}", k + 1);
            let mut cells = vec![
                format!(
                    "{}{}{name}",
                    fill(self.lang, Label::IndicatorN, &[("n", &number)]),
                    self.colon()
                ),
                baseline,
            ];
            let mut milestones: Vec<&IndicatorMilestone> = ind.milestones.iter().collect();
            // Undated milestones last, the rest in date order (ISO dates sort as text).
            milestones.sort_by_key(|m| (m.date.trim().is_empty(), m.date.trim().to_string()));
            for slot in 0..slots {
                cells.push(
                    milestones
                        .get(slot)
                        .map(|m| self.milestone_cell(m))
                        .unwrap_or_default(),
                );
            }
            cells.push(target);
            cells.push(source);
            rows.push(Row::body(cells));
        }
    }

    /// A milestone's expected value over its date, the date held on one line (a narrow
    /// column would otherwise break "31 December 2027" in three).
    fn milestone_cell(&self, m: &IndicatorMilestone) -> String {
        let date = format::date_text(self.lang, m.date.trim()).replace(' ', "\u{a0}");
        join_nonempty(&[m.value.trim(), &date], "\n")
    }

    fn uk_assumptions(&self, rows: &mut Vec<Row>, a: &[crate::model::Assumption]) {
        let lines = self.assumption_lines(a);
        if !lines.is_empty() {
            rows.push(Row::wide(format!(
                "{}{}\n{lines}",
                self.l(Label::Assumptions),
                self.colon().trim_end()
            )));
        }
    }

    /// The inputs: what each funder brings, the total, and the donor's share of it.
    fn uk_inputs(&self, rows: &mut Vec<Row>) {
        let Some(totals) = self.p.budget_totals().filter(|t| t.cost.0 != 0) else {
            return;
        };
        rows.push(Row::group(self.amount_header(Label::Inputs)));
        let mut lines: Vec<String> = self
            .funders()
            .unwrap_or_default()
            .into_iter()
            .map(|(name, m)| format!("{name}{}{}", self.colon(), self.amount(m)))
            .collect();
        lines.push(format!(
            "{}{}{}",
            self.l(Label::Total),
            self.colon(),
            self.amount(totals.cost)
        ));
        let share = self.share_of(totals.requested, totals.cost);
        let donor = self.p.context.donor.name.trim();
        lines.push(if donor.is_empty() {
            fill(self.lang, Label::DonorShareUnnamed, &[("share", &share)])
        } else {
            fill(
                self.lang,
                Label::DonorShare,
                &[("donor", donor), ("share", &share)],
            )
        });
        rows.push(Row::wide(lines.join("\n")));
    }
}

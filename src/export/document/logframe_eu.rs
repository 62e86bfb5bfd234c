//! The European Union's logical framework matrix: one band per level (impact, outcomes,
//! outputs, activities), each read across intervention logic, indicators, baselines, targets,
//! sources and means of verification, and assumptions. The activities band names the means
//! (who leads each activity) in the indicators column and closes with the costs, as the
//! matrix asks. Where the layout comes from: `review::templates::eu`.

use super::*;

impl Builder<'_> {
    pub(super) fn logframe_eu(&self) -> Table {
        let lf = &self.p.logframe;
        let mut rows = Vec::new();
        rows.push(Row::group(self.l(Label::EuImpact)));
        self.level_rows(
            &mut rows,
            lf.goal.text.trim().to_string(),
            &lf.goal.indicators,
            self.assumption_lines(&lf.goal.assumptions),
        );
        if !lf.objectives.is_empty() {
            rows.push(Row::group(self.l(Label::EuOutcomes)));
        }
        for (i, o) in lf.objectives.iter().enumerate() {
            let chain = format!(
                "{} {}{}{}",
                self.l(Label::Objective),
                i + 1,
                self.colon(),
                o.text.trim()
            );
            self.level_rows(
                &mut rows,
                chain,
                &o.indicators,
                self.assumption_lines(&o.assumptions),
            );
        }
        let outputs: Vec<_> = lf
            .objectives
            .iter()
            .enumerate()
            .flat_map(|(i, o)| {
                o.outputs
                    .iter()
                    .enumerate()
                    .map(move |(j, out)| (i, j, out))
            })
            .collect();
        if !outputs.is_empty() {
            rows.push(Row::group(self.l(Label::EuOutputs)));
        }
        for &(i, j, out) in &outputs {
            let chain = self.output_name(i, j, &out.text);
            self.level_rows(&mut rows, chain, &out.indicators, String::new());
        }
        let activities: Vec<_> = outputs
            .iter()
            .flat_map(|&(i, j, out)| {
                out.activities
                    .iter()
                    .filter(|a| !a.text.trim().is_empty())
                    .enumerate()
                    .map(move |(k, a)| (i, j, k, a))
            })
            .collect();
        if !activities.is_empty() {
            rows.push(Row::group(self.l(Label::Activities)));
            for (i, j, k, a) in activities {
                let means = a
                    .lead_partner
                    .and_then(|id| self.p.partner(id))
                    .map(|x| x.name.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .map(|n| format!("{}{}{n}", self.l(Label::Means), self.colon()))
                    .unwrap_or_default();
                rows.push(Row::body(vec![
                    format!("{}.{}.{} {}", i + 1, j + 1, k + 1, self.activity_line(a)),
                    means,
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]));
            }
            if let Some(t) = self.p.budget_totals().filter(|t| t.cost.0 != 0) {
                rows.push(Row::wide(format!(
                    "{}{}{}",
                    self.l(Label::Costs),
                    self.colon(),
                    self.money(t.cost)
                )));
            }
        }
        Table {
            caption: self.l(Label::Logframe).to_string(),
            columns: vec![
                Column::text(self.l(Label::InterventionLogic), 21),
                Column::text(self.l(Label::Indicators), 19),
                Column::text(self.l(Label::EuBaselines), 13),
                Column::text(self.l(Label::EuTargets), 14),
                Column::text(self.l(Label::SourcesOfVerification), 15),
                Column::text(self.l(Label::Assumptions), 18),
            ],
            rows,
        }
    }
}

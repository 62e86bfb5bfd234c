//! The budget by year (categories by project year, as the lines plan them) and by funder (the
//! amount requested from the donor and each co-funder's part), under the Budget section.

use super::*;
use crate::model::budget::{project_years, year_count, Funder};
use crate::model::BudgetLine;

impl Builder<'_> {
    /// Categories by project year, when at least one line is planned by year. A column for
    /// the part of the cost no year holds yet appears only when there is such a part.
    pub(super) fn budget_by_year(&self) -> Option<Block> {
        let lines = &self.p.budget;
        if !lines.iter().any(BudgetLine::is_spread) {
            return None;
        }
        let n = year_count(&self.p.context.duration, lines);
        let project = project_years(&self.p.context.duration);
        let dash = || "\u{2014}".to_string();
        // Years, the part in no year, the cost: each `None` on overflow.
        let sums = |ls: &[&BudgetLine]| -> (Vec<Option<Money>>, Option<Money>, Option<Money>) {
            let years = (0..n)
                .map(|y| {
                    Money::checked_sum(
                        ls.iter()
                            .map(|l| l.by_year.get(y).copied().unwrap_or_default()),
                    )
                })
                .collect();
            let cost = ls
                .iter()
                .try_fold(Money(0), |t, l| t.checked_add(l.cost()?));
            let placed = ls
                .iter()
                .try_fold(Money(0), |t, l| t.checked_add(l.years_total()?));
            let unplaced = cost
                .zip(placed)
                .and_then(|(c, p)| c.0.checked_sub(p.0).map(Money));
            (years, unplaced, cost)
        };
        let all: Vec<&BudgetLine> = lines.iter().collect();
        let show_unplaced = sums(&all).1.is_none_or(|m| m.0 != 0);
        let cells = |first: String, ls: &[&BudgetLine]| -> Vec<String> {
            let (years, unplaced, cost) = sums(ls);
            let amount = |m: Option<Money>| m.map(|m| self.amount(m)).unwrap_or_else(dash);
            let mut v = vec![first];
            v.extend(years.into_iter().map(amount));
            if show_unplaced {
                v.push(amount(unplaced));
            }
            v.push(amount(cost));
            v
        };
        let mut rows = Vec::new();
        for &cat in BudgetCategory::ALL {
            let in_cat: Vec<&BudgetLine> = lines.iter().filter(|l| l.category == cat).collect();
            if !in_cat.is_empty() {
                let name = value_names::budget_category(cat, self.lang).to_string();
                rows.push(Row::body(cells(name, &in_cat)));
            }
        }
        rows.push(Row::total(cells(self.l(Label::Total).to_string(), &all)));
        let mut columns = vec![Column::text(self.l(Label::Category), 30)];
        for y in 1..=n {
            let label = match project {
                Some(p) if y > p => Label::YearAfterEnd,
                _ => Label::YearN,
            };
            let head = fill(self.lang, label, &[("n", &y.to_string())]);
            columns.push(Column::number(head, 14));
        }
        if show_unplaced {
            columns.push(Column::number(self.l(Label::NoYear), 14));
        }
        columns.push(Column::number(self.amount_header(Label::Amount), 16));
        Some(Block::Table(Table {
            caption: self.l(Label::ByYear).to_string(),
            columns,
            rows,
        }))
    }

    /// The donor's part and each co-funder's, with their shares of the cost, when anyone
    /// co-funds the budget.
    pub(super) fn budget_by_funder(&self) -> Option<Block> {
        let p = self.p;
        if p.budget.iter().all(|l| l.cofunding.0 == 0) {
            return None;
        }
        let cost = p.budget_totals()?.cost;
        let mut rows: Vec<Row> = self
            .funders()?
            .into_iter()
            .map(|(name, m)| Row::body(vec![name, self.amount(m), self.share_of(m, cost)]))
            .collect();
        rows.push(Row::total(vec![
            self.l(Label::Total).to_string(),
            self.amount(cost),
            format::percent(self.lang, 100),
        ]));
        Some(Block::Table(Table {
            caption: self.l(Label::ByFunder).to_string(),
            columns: vec![
                Column::text(self.l(Label::Funder), 50),
                Column::number(self.amount_header(Label::Amount), 25),
                Column::number(self.l(Label::Share), 12),
            ],
            rows,
        }))
    }

    /// Each funder's name as the document writes it, with what it covers: the donor first,
    /// then each co-funder (see [`budget::totals_by_funder`]).
    pub(super) fn funders(&self) -> Option<Vec<(String, Money)>> {
        let p = self.p;
        let mut v = Vec::new();
        for (f, m) in budget::totals_by_funder(&p.budget, &p.partners)? {
            let name = match f {
                Funder::Donor if p.context.donor.name.trim().is_empty() => {
                    self.l(Label::RequestedFromDonor).to_string()
                }
                Funder::Donor => fill(
                    self.lang,
                    Label::RequestedFrom,
                    &[("donor", p.context.donor.name.trim())],
                ),
                Funder::Partner(id) => match p.partner(id) {
                    Some(x) => format!(
                        "{} ({})",
                        x.name.trim(),
                        value_names::commitment(x.commitment, self.lang)
                    ),
                    None => continue,
                },
                Funder::Named(s) => s,
                Funder::Unnamed => self.l(Label::UnnamedCoFunding).to_string(),
            };
            v.push((name, m));
        }
        Some(v)
    }

    /// `part` as a whole percentage of `whole` (empty when there is no whole).
    pub(super) fn share_of(&self, part: Money, whole: Money) -> String {
        if whole.0 <= 0 {
            return String::new();
        }
        let pct = (i128::from(part.0) * 100 + i128::from(whole.0) / 2) / i128::from(whole.0);
        format::percent(self.lang, i64::try_from(pct).unwrap_or(0))
    }
}

//! The Budget and Sustainability sections, and the list of sources cited (the budget's tables
//! by year and by funder are in `budget_years.rs`).

use super::*;

impl Builder<'_> {
    pub(super) fn budget(&self, brief: bool) -> Vec<Block> {
        let lines = &self.p.budget;
        if lines.is_empty() {
            return Vec::new();
        }
        let mut v = Vec::new();
        let cats: Vec<BudgetCategory> = BudgetCategory::ALL
            .iter()
            .copied()
            .filter(|c| lines.iter().any(|l| l.category == *c))
            .collect();
        let overflow = || "\u{2014}".to_string();
        let fmt3 = |t: Option<budget::BudgetTotals>| -> [String; 3] {
            match t {
                Some(t) => [
                    self.amount(t.cost),
                    self.amount(t.cofunding),
                    self.amount(t.requested),
                ],
                None => [overflow(), overflow(), overflow()],
            }
        };
        if !brief {
            let mut rows = Vec::new();
            for &cat in &cats {
                rows.push(Row::group(value_names::budget_category(cat, self.lang)));
                let in_cat: Vec<_> = lines
                    .iter()
                    .filter(|l| l.category == cat)
                    .cloned()
                    .collect();
                for l in &in_cat {
                    let mut item = l.description.trim().to_string();
                    if let Some(n) = l.objective_id.and_then(|id| self.objective_number(id)) {
                        item.push_str(&format!(" [{} {n}]", self.l(Label::Objective)));
                    }
                    let cofunder = l.cofunder(&self.p.partners);
                    if !cofunder.is_empty() && l.cofunding.0 != 0 {
                        item.push_str(&format!(
                            "\n{}{}{}",
                            self.l(Label::CoFunding),
                            self.colon(),
                            cofunder
                        ));
                    }
                    rows.push(Row::body(vec![
                        item,
                        l.unit.trim().to_string(),
                        format::scaled_short(self.lang, l.quantity.0, 3),
                        self.amount(l.unit_cost),
                        l.cost().map(|m| self.amount(m)).unwrap_or_else(overflow),
                        self.amount(l.cofunding),
                        l.requested()
                            .map(|m| self.amount(m))
                            .unwrap_or_else(overflow),
                    ]));
                }
                let [c, f, r] = fmt3(budget::totals(&in_cat));
                rows.push(Row::total(vec![
                    format!(
                        "{} \u{2014} {}",
                        self.l(Label::Subtotal),
                        value_names::budget_category(cat, self.lang)
                    ),
                    String::new(),
                    String::new(),
                    String::new(),
                    c,
                    f,
                    r,
                ]));
            }
            let [c, f, r] = fmt3(self.p.budget_totals());
            rows.push(Row::total(vec![
                self.l(Label::Total).to_string(),
                String::new(),
                String::new(),
                String::new(),
                c,
                f,
                r,
            ]));
            v.push(Block::Table(Table {
                caption: self.l(Label::Budget).to_string(),
                columns: vec![
                    Column::text(self.l(Label::Item), 27),
                    Column::text(self.l(Label::Unit), 11),
                    Column::number(self.l(Label::Quantity), 10),
                    Column::number(self.amount_header(Label::UnitCost), 13),
                    Column::number(self.amount_header(Label::Amount), 13),
                    Column::number(self.amount_header(Label::CoFunding), 13),
                    Column::number(self.amount_header(Label::Requested), 13),
                ],
                rows,
            }));
        }
        let total = self.p.budget_totals();
        let mut rows = Vec::new();
        for &cat in &cats {
            let in_cat: Vec<_> = lines
                .iter()
                .filter(|l| l.category == cat)
                .cloned()
                .collect();
            let t = budget::totals(&in_cat);
            let share = match (t, total) {
                (Some(t), Some(all)) if all.cost.0 > 0 => {
                    let pct =
                        (t.cost.0 as i128 * 100 + all.cost.0 as i128 / 2) / all.cost.0 as i128;
                    format::percent(self.lang, i64::try_from(pct).unwrap_or(0))
                }
                _ => String::new(),
            };
            let [c, f, r] = fmt3(t);
            rows.push(Row::body(vec![
                value_names::budget_category(cat, self.lang).to_string(),
                c,
                f,
                r,
                share,
            ]));
        }
        let [c, f, r] = fmt3(total);
        rows.push(Row::total(vec![
            self.l(Label::Total).to_string(),
            c,
            f,
            r,
            format::percent(self.lang, 100),
        ]));
        v.push(Block::Table(Table {
            caption: self.l(Label::ByCategory).to_string(),
            columns: vec![
                Column::text(self.l(Label::Category), 34),
                Column::number(self.amount_header(Label::Amount), 18),
                Column::number(self.amount_header(Label::CoFunding), 18),
                Column::number(self.amount_header(Label::Requested), 18),
                Column::number(self.l(Label::Share), 12),
            ],
            rows,
        }));
        // The concept note keeps to its pages: the totals and funders, not the years.
        if !brief {
            v.extend(self.budget_by_year());
        }
        v.extend(self.budget_by_funder());
        v
    }

    pub(super) fn sustainability(&self) -> Vec<Block> {
        let s = &self.p.sustainability;
        let mut v = Vec::new();
        if !s.transitions.is_empty() {
            v.push(h3(self.l(Label::Transitions)));
            v.push(Block::List {
                ordered: false,
                items: s
                    .transitions
                    .iter()
                    .map(|t| vec![Span::plain(value_names::transition(*t, self.lang))])
                    .collect(),
            });
        }
        for (label, text) in [
            (Label::Formalisation, &s.formalisation),
            (Label::Reinvestment, &s.reinvestment),
            (Label::AltLivelihoods, &s.alternative_livelihoods),
        ] {
            if !text.trim().is_empty() {
                v.push(h3(self.l(label)));
                v.extend(para(text));
            }
        }
        v
    }

    pub(super) fn sources(&self) -> Vec<Block> {
        let mut seen: Vec<String> = Vec::new();
        let mut add = |s: &str| {
            let s = s.trim();
            if !s.is_empty() && !seen.iter().any(|x| x == s) {
                seen.push(s.to_string());
            }
        };
        for e in &self.p.context.problem.evidence {
            add(&e.source);
        }
        for s in &self.p.communication.stories {
            add(&s.source);
        }
        if seen.is_empty() {
            return Vec::new();
        }
        vec![Block::List {
            ordered: true,
            items: seen.into_iter().map(|s| vec![Span::plain(s)]).collect(),
        }]
    }
}

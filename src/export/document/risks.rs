//! The Risks section: the register as one table, in the order the drafter gave the risks.
//! The full proposal shows each risk with its kind, what it threatens, likelihood, impact,
//! score, mitigation and owner; the concept note keeps three columns so it stays within its
//! pages.

use super::*;
use crate::model::Level;

impl Builder<'_> {
    pub(super) fn risks(&self, brief: bool) -> Vec<Block> {
        if self.p.risks.is_empty() {
            return Vec::new();
        }
        let table = if brief {
            self.risk_table_brief()
        } else {
            self.risk_table()
        };
        vec![Block::Table(table)]
    }

    fn risk_table(&self) -> Table {
        let rows = self
            .p
            .risks
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut what = value_names::risk_category(r.category, self.lang);
                if !r.text.trim().is_empty() {
                    what.push_str(self.colon());
                    what.push_str(r.text.trim());
                }
                let threatened =
                    value_names::threatened(self.p, &r.threatens, self.lang).join("; ");
                if !threatened.is_empty() {
                    what.push_str(&format!(
                        "\n{}{}{threatened}",
                        self.l(Label::Threatens),
                        self.colon()
                    ));
                }
                Row::body(vec![
                    (i + 1).to_string(),
                    what,
                    self.level(r.likelihood),
                    self.level(r.impact),
                    r.score().map(|s| s.to_string()).unwrap_or_default(),
                    r.mitigation.trim().to_string(),
                    r.owner.trim().to_string(),
                ])
            })
            .collect();
        Table {
            caption: self.l(Label::Risks).to_string(),
            columns: vec![
                Column::number("#", 4),
                Column::text(self.l(Label::Risk), 32),
                Column::text(self.l(Label::Likelihood), 10),
                Column::text(self.l(Label::Impact), 10),
                Column::number(self.l(Label::RiskScore), 7),
                Column::text(self.l(Label::Mitigation), 25),
                Column::text(self.l(Label::RiskOwner), 12),
            ],
            rows,
        }
    }

    /// Risk, "likelihood / impact (score)", and mitigation with the owner after it.
    fn risk_table_brief(&self) -> Table {
        let rows = self
            .p
            .risks
            .iter()
            .map(|r| {
                let rating = match (r.likelihood, r.impact) {
                    (None, None) => String::new(),
                    (l, i) => {
                        let mut s = format!("{} / {}", self.level(l), self.level(i));
                        if let Some(score) = r.score() {
                            s.push_str(&format!(" ({score})"));
                        }
                        s
                    }
                };
                let mut answer = r.mitigation.trim().to_string();
                if !r.owner.trim().is_empty() {
                    if !answer.is_empty() {
                        answer.push('\n');
                    }
                    answer.push_str(&format!(
                        "{}{}{}",
                        self.l(Label::RiskOwner),
                        self.colon(),
                        r.owner.trim()
                    ));
                }
                Row::body(vec![r.text.trim().to_string(), rating, answer])
            })
            .collect();
        Table {
            caption: self.l(Label::Risks).to_string(),
            columns: vec![
                Column::text(self.l(Label::Risk), 42),
                Column::text(
                    format!("{} / {}", self.l(Label::Likelihood), self.l(Label::Impact)),
                    16,
                ),
                Column::text(self.l(Label::Mitigation), 42),
            ],
            rows,
        }
    }

    fn level(&self, l: Option<Level>) -> String {
        l.map(|l| value_names::level(l, self.lang).to_string())
            .unwrap_or_default()
    }
}

//! The Objectives section with its logical framework, and the MDG and SDG linkages.

use super::*;
use crate::model::DonorFormat;

impl Builder<'_> {
    pub(super) fn objectives(&self, brief: bool) -> Vec<Block> {
        let lf = &self.p.logframe;
        let mut v = Vec::new();
        v.extend(labelled(self.lang, self.l(Label::Goal), &lf.goal.text));
        for (i, o) in lf.objectives.iter().enumerate() {
            v.push(h2(format!("{} {}", self.l(Label::Objective), i + 1)));
            v.extend(para(&o.text));
            v.extend(labelled(
                self.lang,
                self.l(Label::ServesPriorities),
                &self.priority_names(&o.priority_ids),
            ));
            if brief {
                continue;
            }
            for (j, out) in o.outputs.iter().enumerate() {
                v.push(h3(self.output_name(i, j, &out.text)));
                let items: Vec<Vec<Span>> = out
                    .activities
                    .iter()
                    .filter(|a| !a.text.trim().is_empty())
                    .map(|a| vec![Span::plain(self.activity_line(a))])
                    .collect();
                if !items.is_empty() {
                    v.push(Block::List {
                        ordered: false,
                        items,
                    });
                }
            }
        }
        v
    }

    /// "Output 1.2: text", as every layout names an output (`i`, `j` from 0).
    pub(super) fn output_name(&self, i: usize, j: usize, text: &str) -> String {
        format!(
            "{} {}.{}{}{}",
            self.l(Label::Output),
            i + 1,
            j + 1,
            self.colon(),
            text.trim()
        )
    }

    pub(super) fn activity_line(&self, a: &crate::model::Activity) -> String {
        let mut s = a.text.trim().to_string();
        let (start, end) = (
            format::date_text(self.lang, &a.start),
            format::date_text(self.lang, &a.end),
        );
        let dates = match (start.as_str(), end.as_str()) {
            ("", "") => String::new(),
            (x, "") | ("", x) => x.to_string(),
            (x, y) => format!("{x} \u{2013} {y}"),
        };
        let lead = a
            .lead_partner
            .and_then(|id| self.p.partner(id))
            .map(|p| p.name.trim().to_string())
            .filter(|n| !n.is_empty());
        let extra = join_nonempty(
            &[
                &dates,
                &lead
                    .map(|n| format!("{}{}{n}", self.l(Label::LeadPartner), self.colon()))
                    .unwrap_or_default(),
            ],
            "; ",
        );
        if !extra.is_empty() {
            s.push_str(&format!(" ({extra})"));
        }
        s
    }

    pub(super) fn indicator_cells(&self, ind: &Indicator) -> [String; 4] {
        let mut name = ind.name.trim().to_string();
        if !ind.unit.trim().is_empty() {
            name.push_str(&format!(" ({})", ind.unit.trim()));
        }
        let mut by = Vec::new();
        if ind.by_sex {
            by.push(self.l(Label::BySex));
        }
        if ind.by_age {
            by.push(self.l(Label::ByAge));
        }
        if !by.is_empty() {
            name.push_str(&format!(
                "\n{}{}{}",
                self.l(Label::Disaggregation),
                self.colon(),
                by.join(", ")
            ));
        }
        let baseline = match ind.baseline_year {
            Some(y) if !ind.baseline_value.trim().is_empty() => {
                format!("{} ({y})", ind.baseline_value.trim())
            }
            Some(y) => format!("({y})"),
            None => ind.baseline_value.trim().to_string(),
        };
        let target = if ind.target_date.trim().is_empty() {
            ind.target_value.trim().to_string()
        } else {
            format!(
                "{} ({} {})",
                ind.target_value.trim(),
                self.l(Label::By),
                format::date_text(self.lang, &ind.target_date)
            )
        };
        [name, baseline, target, ind.verification.trim().to_string()]
    }

    /// One row per indicator; the results-chain and assumptions cells are filled on the first
    /// row of each level only, so a level with three indicators reads as one block.
    pub(super) fn level_rows(
        &self,
        rows: &mut Vec<Row>,
        chain: String,
        indicators: &[Indicator],
        assumptions: String,
    ) {
        if indicators.is_empty() {
            rows.push(Row::body(vec![
                chain,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                assumptions,
            ]));
            return;
        }
        for (k, ind) in indicators.iter().enumerate() {
            let [name, base, target, mov] = self.indicator_cells(ind);
            let (c, a) = if k == 0 {
                (chain.clone(), assumptions.clone())
            } else {
                (String::new(), String::new())
            };
            rows.push(Row::body(vec![c, name, base, target, mov, a]));
        }
    }

    /// The logframe in the donor's format (`donor.format`).
    pub(super) fn logframe(&self) -> Table {
        match self.p.donor.format {
            DonorFormat::Standard => self.logframe_standard(),
            DonorFormat::Eu => self.logframe_eu(),
            DonorFormat::Uk => self.logframe_uk(),
        }
    }

    /// A level's assumptions, one bulleted line each.
    pub(super) fn assumption_lines(&self, a: &[crate::model::Assumption]) -> String {
        a.iter()
            .map(|x| x.text.trim())
            .filter(|t| !t.is_empty())
            .map(|t| format!("\u{2022} {t}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The app's own layout: each objective followed by its outputs and their activities.
    fn logframe_standard(&self) -> Table {
        let lf = &self.p.logframe;
        let assumptions = |a: &[crate::model::Assumption]| self.assumption_lines(a);
        let mut rows = Vec::new();
        rows.push(Row::group(self.l(Label::Goal)));
        self.level_rows(
            &mut rows,
            lf.goal.text.trim().to_string(),
            &lf.goal.indicators,
            assumptions(&lf.goal.assumptions),
        );
        for (i, o) in lf.objectives.iter().enumerate() {
            rows.push(Row::group(format!(
                "{} {}",
                self.l(Label::Objective),
                i + 1
            )));
            self.level_rows(
                &mut rows,
                o.text.trim().to_string(),
                &o.indicators,
                assumptions(&o.assumptions),
            );
            for (j, out) in o.outputs.iter().enumerate() {
                let chain = self.output_name(i, j, &out.text);
                self.level_rows(&mut rows, chain, &out.indicators, String::new());
                let acts: Vec<String> = out
                    .activities
                    .iter()
                    .filter(|a| !a.text.trim().is_empty())
                    .map(|a| format!("\u{2022} {}", self.activity_line(a)))
                    .collect();
                if !acts.is_empty() {
                    rows.push(Row::wide(format!(
                        "{}:\n{}",
                        self.l(Label::Activities),
                        acts.join("\n")
                    )));
                }
            }
        }
        Table {
            caption: self.l(Label::Logframe).to_string(),
            columns: vec![
                // Wide enough for the longest header word ("Assumptions", "Hypothèses") in
                // bold at table size: a header broken inside a word reads badly in print.
                Column::text(self.l(Label::ResultsChain), 21),
                Column::text(self.l(Label::Indicators), 19),
                Column::text(self.l(Label::Baseline), 13),
                Column::text(self.l(Label::Target), 14),
                Column::text(self.l(Label::MeansOfVerification), 15),
                Column::text(self.l(Label::Assumptions), 18),
            ],
            rows,
        }
    }

    pub(super) fn sdg_list(&self, target: u32, extra: &[u32]) -> String {
        let mut labels: Vec<String> = Vec::new();
        let mut push = |s: String| {
            if !labels.contains(&s) {
                labels.push(s);
            }
        };
        for (g, t) in value_names::sdgs_of_mdg_target(target) {
            let kind = t
                .as_deref()
                .and_then(|code| value_names::sdg_kind(target, code));
            let mut s = format!(
                "{} {}",
                self.l(Label::Sdg),
                t.unwrap_or_else(|| g.to_string())
            );
            if let Some(label) = value_names::sdg_kind_label(kind.as_deref(), self.lang) {
                s.push_str(&format!(" ({label})"));
            }
            push(s);
        }
        for &e in extra {
            push(format!("{} {e}", self.l(Label::Sdg)));
        }
        labels.join(", ")
    }

    pub(super) fn linkages(&self, brief: bool) -> Vec<Block> {
        if self.p.linkages.is_empty() {
            return Vec::new();
        }
        let rows = self
            .p
            .linkages
            .iter()
            .map(|lk| {
                let obj = self
                    .objective_number(lk.objective_id)
                    .map(|n| format!("{} {n}", self.l(Label::Objective)))
                    .unwrap_or_default();
                let mdg = match value_names::mdg_of_target(lk.mdg_target) {
                    Some(g) => {
                        let mut s = format!(
                            "{} {g}, {} {} ({})",
                            self.l(Label::Mdg),
                            self.l(Label::TargetOfGoal),
                            lk.mdg_target,
                            value_names::strength(lk.strength, self.lang)
                        );
                        // The target's wording is for the full proposal; a concept note names it.
                        if let Some(t) = value_names::mdg_target_text(lk.mdg_target, self.lang)
                            .filter(|_| !brief)
                        {
                            s.push_str(&format!("\n{t}"));
                        }
                        s
                    }
                    None => String::new(),
                };
                Row::body(vec![
                    obj,
                    mdg,
                    self.sdg_list(lk.mdg_target, &lk.extra_sdgs),
                    lk.reason.trim().to_string(),
                ])
            })
            .collect();
        vec![Block::Table(Table {
            caption: self.l(Label::MdgLinks).to_string(),
            columns: vec![
                Column::text(self.l(Label::Objective), 15),
                Column::text(self.l(Label::MdgTarget), 33),
                Column::text(self.l(Label::Sdg), 14),
                Column::text(self.l(Label::Reason), 38),
            ],
            rows,
        })]
    }
}

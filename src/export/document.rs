//! Builds the document (see `ir.rs`) from a proposal: what goes in which section, in the order
//! the chosen donor template sets. Every human-readable format renders from this one result.

use super::ir::{Block, Column, Document, Row, Section, Span, Table};
use super::labels::{fill, L};
use super::names;
use super::template::{self, SectionKind, SectionSpec};
use crate::i18n::Lang;
use crate::model::{budget, BudgetCategory, Id, Indicator, Money, Proposal};

/// Builds the document for `template` in `lang`.
pub fn build(p: &Proposal, template: crate::model::DonorTemplate, lang: Lang) -> Document {
    let b = Builder { p, lang };
    let mut sections = Vec::new();
    for spec in &template::sections(template) {
        let mut blocks = b.section(spec);
        if blocks.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::plain(
                L::NotProvided.text(lang),
            )]));
        }
        if let Some(limit) = template::limit(p, spec) {
            let words = template::words(p, spec);
            if words > limit as usize {
                // The note goes first so neither the drafter nor the reader can miss it.
                blocks.insert(
                    0,
                    Block::Note(fill(
                        lang,
                        L::OverLimit,
                        &[("words", &words.to_string()), ("limit", &limit.to_string())],
                    )),
                );
            }
        }
        let heading = b.heading(spec.kind).to_string();
        drop_repeated_captions(&heading, &mut blocks);
        sections.push(Section {
            id: spec.kind.id().to_string(),
            heading,
            blocks,
        });
    }
    let c = &p.context;
    let donor = match (&c.donor.name, c.donor.donor_type) {
        (n, Some(t)) if !n.trim().is_empty() => format!("{n} ({})", names::donor_type(t, lang)),
        (n, None) => n.clone(),
        (_, Some(t)) => names::donor_type(t, lang),
    };
    let subtitle = if donor.trim().is_empty() {
        names::template(template, lang).to_string()
    } else {
        format!("{} \u{2014} {}", names::template(template, lang), donor)
    };
    let mut meta = Vec::new();
    push_meta(&mut meta, L::Applicant.text(lang), &c.applicant);
    let place = join_nonempty(
        &[c.country_name.as_str(), &c.sites.join(", ")],
        " \u{2014} ",
    );
    push_meta(&mut meta, L::Country.text(lang), &place);
    push_meta(&mut meta, L::Donor.text(lang), &donor);
    if c.amount_requested.0 != 0 {
        push_meta(
            &mut meta,
            L::AmountRequested.text(lang),
            &b.money(c.amount_requested),
        );
    }
    push_meta(&mut meta, L::Duration.text(lang), &b.duration());
    push_meta(
        &mut meta,
        L::PreparedOn.text(lang),
        p.meta.updated.get(..10).unwrap_or(""),
    );
    Document {
        lang,
        title: title_of(p),
        subtitle,
        title_meta: meta,
        author: c.applicant.clone(),
        timestamp: p.meta.updated.clone(),
        paged: template == crate::model::DonorTemplate::FullProposal,
        sections,
    }
}

/// A caption that repeats the heading right above it only adds noise: it is cleared (the
/// writers then fall back to the heading for the table's accessible name where they need one).
fn drop_repeated_captions(section_heading: &str, blocks: &mut [Block]) {
    let mut last_heading = section_heading.to_string();
    for b in blocks.iter_mut() {
        match b {
            Block::Heading { text, .. } => last_heading = text.clone(),
            Block::Table(t) if t.caption == last_heading => t.caption.clear(),
            _ => {}
        }
    }
}

/// The proposal's title, or a placeholder so no document is untitled.
pub fn title_of(p: &Proposal) -> String {
    let t = p.context.title.trim();
    if t.is_empty() {
        "Proposal".to_string()
    } else {
        t.to_string()
    }
}

fn push_meta(meta: &mut Vec<(String, String)>, label: &str, value: &str) {
    if !value.trim().is_empty() {
        meta.push((label.to_string(), value.trim().to_string()));
    }
}

fn join_nonempty(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

fn para(text: &str) -> Option<Block> {
    let t = text.trim();
    (!t.is_empty()).then(|| Block::Paragraph(vec![Span::plain(t)]))
}

fn labelled(label: &str, text: &str) -> Option<Block> {
    let t = text.trim();
    (!t.is_empty())
        .then(|| Block::Paragraph(vec![Span::bold(format!("{label}: ")), Span::plain(t)]))
}

fn h2(text: impl Into<String>) -> Block {
    Block::Heading {
        level: 2,
        text: text.into(),
    }
}

fn h3(text: impl Into<String>) -> Block {
    Block::Heading {
        level: 3,
        text: text.into(),
    }
}

struct Builder<'a> {
    p: &'a Proposal,
    lang: Lang,
}

impl Builder<'_> {
    fn colon(&self) -> &'static str {
        super::labels::colon(self.lang)
    }

    fn l(&self, l: L) -> &'static str {
        l.text(self.lang)
    }

    fn heading(&self, k: SectionKind) -> &'static str {
        self.l(match k {
            SectionKind::Context => L::Context,
            SectionKind::Priorities => L::Priorities,
            SectionKind::Objectives => L::Objectives,
            SectionKind::Logframe => L::Logframe,
            SectionKind::Linkages => L::MdgLinks,
            SectionKind::Donor => L::DonorAlignment,
            SectionKind::Partners => L::Partnerships,
            SectionKind::Communication => L::Communication,
            SectionKind::Budget => L::Budget,
            SectionKind::Sustainability => L::Sustainability,
            SectionKind::Sources => L::Sources,
        })
    }

    fn section(&self, spec: &SectionSpec) -> Vec<Block> {
        match spec.kind {
            SectionKind::Context => self.context(spec.brief),
            SectionKind::Priorities => self.priorities(spec.brief),
            SectionKind::Objectives => self.objectives(spec.brief),
            SectionKind::Logframe => vec![Block::Table(self.logframe())],
            SectionKind::Linkages => self.linkages(),
            SectionKind::Donor => self.donor(spec.brief),
            SectionKind::Partners => self.partners(spec.brief),
            SectionKind::Communication => self.communication(),
            SectionKind::Budget => self.budget(spec.brief),
            SectionKind::Sustainability => self.sustainability(),
            SectionKind::Sources => self.sources(),
        }
    }

    /// Amounts in the proposal currency, grouped the way the reader's language writes them.
    fn money(&self, m: Money) -> String {
        let cur = self.p.context.currency.trim();
        let exp = self.p.currency_exponent().unwrap_or(2);
        match self.lang {
            Lang::En => {
                let n = m.format_grouped(exp, '.', ',');
                if cur.is_empty() {
                    n
                } else {
                    format!("{cur} {n}")
                }
            }
            Lang::Fr => {
                let n = m.format_grouped(exp, ',', '\u{202F}');
                if cur.is_empty() {
                    n
                } else {
                    format!("{n} {cur}")
                }
            }
        }
    }

    /// Amount column values without the currency (it is in the column header).
    fn amount(&self, m: Money) -> String {
        let exp = self.p.currency_exponent().unwrap_or(2);
        match self.lang {
            Lang::En => m.format_grouped(exp, '.', ','),
            Lang::Fr => m.format_grouped(exp, ',', '\u{202F}'),
        }
    }

    fn amount_header(&self, l: L) -> String {
        let cur = self.p.context.currency.trim();
        if cur.is_empty() {
            self.l(l).to_string()
        } else {
            format!("{} ({cur})", self.l(l))
        }
    }

    fn duration(&self) -> String {
        let d = &self.p.context.duration;
        match (d.start.trim(), d.end.trim()) {
            ("", "") => String::new(),
            (s, "") => format!("{}{}{s}", self.l(L::StartDate), self.colon()),
            ("", e) => format!("{}{}{e}", self.l(L::EndDate), self.colon()),
            (s, e) => format!("{s} \u{2013} {e}"),
        }
    }

    fn objective_label(&self, id: Id) -> String {
        match self.p.logframe.objectives.iter().position(|o| o.id == id) {
            Some(i) => {
                let text = self.p.logframe.objectives[i].text.trim();
                format!("{} {}{}{}", self.l(L::Objective), i + 1, self.colon(), text)
            }
            None => String::new(),
        }
    }

    fn objective_number(&self, id: Id) -> Option<usize> {
        self.p
            .logframe
            .objectives
            .iter()
            .position(|o| o.id == id)
            .map(|i| i + 1)
    }

    fn context(&self, brief: bool) -> Vec<Block> {
        let c = &self.p.context;
        let lang = self.lang;
        let mut v = Vec::new();
        let mut facts: Vec<Vec<Span>> = Vec::new();
        let mut fact = |label: L, value: String| {
            if !value.trim().is_empty() {
                facts.push(vec![
                    Span::bold(format!(
                        "{}{}",
                        label.text(lang),
                        super::labels::colon(lang)
                    )),
                    Span::plain(value),
                ]);
            }
        };
        fact(L::Applicant, c.applicant.clone());
        fact(L::Country, c.country_name.clone());
        fact(L::Sites, c.sites.join(", "));
        fact(L::Minerals, c.minerals.join(", "));
        let com = &c.community;
        fact(
            L::CommunitySize,
            com.population.map(|n| n.to_string()).unwrap_or_default(),
        );
        fact(
            L::ShareWomen,
            com.women_percent
                .map(|n| format!("{n} %"))
                .unwrap_or_default(),
        );
        fact(
            L::ChildrenAtWork,
            com.children_working
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
        fact(
            L::MiningPattern,
            com.miner_profiles
                .iter()
                .map(|m| names::miner_profile(*m, lang))
                .collect::<Vec<_>>()
                .join(", "),
        );
        fact(L::Duration, self.duration());
        if !facts.is_empty() {
            v.push(Block::List {
                ordered: false,
                items: facts,
            });
        }
        if !com.description.trim().is_empty() {
            v.push(h2(self.l(L::Community)));
            v.extend(para(&com.description));
        }
        let prob = &c.problem;
        if !prob.statement.trim().is_empty() || !prob.evidence.is_empty() {
            v.push(h2(self.l(L::Problem)));
            v.extend(para(&prob.statement));
            let items: Vec<Vec<Span>> = prob
                .evidence
                .iter()
                .filter(|e| !e.text.trim().is_empty())
                .map(|e| {
                    let mut s = vec![Span::plain(e.text.trim())];
                    if !e.source.trim().is_empty() && !brief {
                        s.push(Span::plain(format!(
                            " ({}{}{})",
                            self.l(L::Source),
                            self.colon(),
                            e.source.trim()
                        )));
                    }
                    s
                })
                .collect();
            if !items.is_empty() {
                v.push(h3(self.l(L::Evidence)));
                v.push(Block::List {
                    ordered: false,
                    items,
                });
            }
        }
        v
    }

    fn priorities(&self, brief: bool) -> Vec<Block> {
        let items: Vec<Vec<Span>> = self
            .p
            .priorities
            .iter()
            .map(|pr| {
                let mut s = vec![Span::bold(names::priority_issue(&pr.issue, self.lang))];
                if !pr.why.trim().is_empty() {
                    s.push(Span::plain(format!("{}{}", self.colon(), pr.why.trim())));
                }
                if !brief && !pr.community_words.trim().is_empty() {
                    s.push(Span::plain(format!(
                        "\n{}{}{}",
                        self.l(L::CommunityWords),
                        self.colon(),
                        super::labels::quoted(self.lang, pr.community_words.trim())
                    )));
                }
                s
            })
            .collect();
        if items.is_empty() {
            Vec::new()
        } else {
            vec![Block::List {
                ordered: true,
                items,
            }]
        }
    }

    fn priority_names(&self, ids: &[Id]) -> String {
        ids.iter()
            .filter_map(|id| {
                let rank = self.p.priorities.iter().position(|p| p.id == *id)?;
                let pr = &self.p.priorities[rank];
                Some(format!(
                    "{}. {}",
                    rank + 1,
                    names::priority_issue(&pr.issue, self.lang)
                ))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn objectives(&self, brief: bool) -> Vec<Block> {
        let lf = &self.p.logframe;
        let mut v = Vec::new();
        v.extend(labelled(self.l(L::Goal), &lf.goal.text));
        for (i, o) in lf.objectives.iter().enumerate() {
            v.push(h2(format!("{} {}", self.l(L::Objective), i + 1)));
            v.extend(para(&o.text));
            v.extend(labelled(
                self.l(L::ServesPriorities),
                &self.priority_names(&o.priority_ids),
            ));
            if brief {
                continue;
            }
            for (j, out) in o.outputs.iter().enumerate() {
                v.push(h3(format!(
                    "{} {}.{}{}{}",
                    self.l(L::Output),
                    i + 1,
                    j + 1,
                    self.colon(),
                    out.text.trim()
                )));
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

    fn activity_line(&self, a: &crate::model::Activity) -> String {
        let mut s = a.text.trim().to_string();
        let dates = match (a.start.trim(), a.end.trim()) {
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
                    .map(|n| format!("{}{}{n}", self.l(L::LeadPartner), self.colon()))
                    .unwrap_or_default(),
            ],
            "; ",
        );
        if !extra.is_empty() {
            s.push_str(&format!(" ({extra})"));
        }
        s
    }

    fn indicator_cells(&self, ind: &Indicator) -> [String; 4] {
        let mut name = ind.name.trim().to_string();
        if !ind.unit.trim().is_empty() {
            name.push_str(&format!(" ({})", ind.unit.trim()));
        }
        let mut by = Vec::new();
        if ind.by_sex {
            by.push(self.l(L::BySex));
        }
        if ind.by_age {
            by.push(self.l(L::ByAge));
        }
        if !by.is_empty() {
            name.push_str(&format!(
                "\n{}{}{}",
                self.l(L::Disaggregation),
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
                self.l(L::By),
                ind.target_date.trim()
            )
        };
        [name, baseline, target, ind.verification.trim().to_string()]
    }

    /// One row per indicator; the results-chain and assumptions cells are filled on the first
    /// row of each level only, so a level with three indicators reads as one block.
    fn level_rows(
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

    fn logframe(&self) -> Table {
        let lf = &self.p.logframe;
        let assumptions = |a: &[crate::model::Assumption]| {
            a.iter()
                .map(|x| x.text.trim())
                .filter(|t| !t.is_empty())
                .map(|t| format!("\u{2022} {t}"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut rows = Vec::new();
        rows.push(Row::group(self.l(L::Goal)));
        self.level_rows(
            &mut rows,
            lf.goal.text.trim().to_string(),
            &lf.goal.indicators,
            assumptions(&lf.goal.assumptions),
        );
        for (i, o) in lf.objectives.iter().enumerate() {
            rows.push(Row::group(format!("{} {}", self.l(L::Objective), i + 1)));
            self.level_rows(
                &mut rows,
                o.text.trim().to_string(),
                &o.indicators,
                assumptions(&o.assumptions),
            );
            for (j, out) in o.outputs.iter().enumerate() {
                let chain = format!(
                    "{} {}.{}{}{}",
                    self.l(L::Output),
                    i + 1,
                    j + 1,
                    self.colon(),
                    out.text.trim()
                );
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
                        self.l(L::Activities),
                        acts.join("\n")
                    )));
                }
            }
        }
        Table {
            caption: self.l(L::Logframe).to_string(),
            columns: vec![
                // Wide enough for the longest header word ("Assumptions", "Hypothèses") in
                // bold at table size: a header broken inside a word reads badly in print.
                Column::text(self.l(L::ResultsChain), 21),
                Column::text(self.l(L::Indicators), 19),
                Column::text(self.l(L::Baseline), 13),
                Column::text(self.l(L::Target), 14),
                Column::text(self.l(L::MeansOfVerification), 15),
                Column::text(self.l(L::Assumptions), 18),
            ],
            rows,
        }
    }

    fn sdg_list(&self, target: u32, extra: &[u32]) -> String {
        let mut labels: Vec<String> = Vec::new();
        let mut push = |s: String| {
            if !labels.contains(&s) {
                labels.push(s);
            }
        };
        for (g, t) in names::sdgs_of_mdg_target(target) {
            push(format!(
                "{} {}",
                self.l(L::Sdg),
                t.unwrap_or_else(|| g.to_string())
            ));
        }
        for &e in extra {
            push(format!("{} {e}", self.l(L::Sdg)));
        }
        labels.join(", ")
    }

    fn linkages(&self) -> Vec<Block> {
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
                    .map(|n| format!("{} {n}", self.l(L::Objective)))
                    .unwrap_or_default();
                let mdg = match names::mdg_of_target(lk.mdg_target) {
                    Some(g) => {
                        let mut s = format!(
                            "{} {g}, {} {} ({})",
                            self.l(L::Mdg),
                            self.l(L::MdgTarget).to_lowercase(),
                            lk.mdg_target,
                            names::strength(lk.strength, self.lang)
                        );
                        if let Some(t) = names::mdg_target_text(lk.mdg_target, self.lang) {
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
            caption: self.l(L::MdgLinks).to_string(),
            columns: vec![
                Column::text(self.l(L::Objective), 15),
                Column::text(self.l(L::MdgTarget), 33),
                Column::text(self.l(L::Sdg), 14),
                Column::text(self.l(L::Reason), 38),
            ],
            rows,
        })]
    }

    fn donor(&self, brief: bool) -> Vec<Block> {
        let d = &self.p.donor;
        let c = &self.p.context;
        let mut v = Vec::new();
        v.extend(labelled(self.l(L::Donor), &c.donor.name));
        if let Some(t) = c.donor.donor_type {
            v.extend(labelled(
                self.l(L::DonorType),
                &names::donor_type(t, self.lang),
            ));
        }
        let stated: Vec<Vec<Span>> = d
            .stated_priorities
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| vec![Span::plain(s.trim())])
            .collect();
        if !stated.is_empty() {
            v.push(h3(self.l(L::DonorFunds)));
            v.push(Block::List {
                ordered: false,
                items: stated,
            });
        }
        let fits: Vec<Row> = d
            .fit
            .iter()
            .filter(|f| !f.text.trim().is_empty())
            .map(|f| {
                Row::body(vec![
                    self.objective_label(f.objective_id),
                    f.text.trim().to_string(),
                ])
            })
            .collect();
        if !fits.is_empty() {
            if brief {
                v.push(Block::List {
                    ordered: false,
                    items: fits
                        .iter()
                        .map(|r| vec![Span::plain(r.cells.get(1).cloned().unwrap_or_default())])
                        .collect(),
                });
            } else {
                v.push(Block::Table(Table {
                    caption: self.l(L::HowObjectiveFits).to_string(),
                    columns: vec![
                        Column::text(self.l(L::Objective), 35),
                        Column::text(self.l(L::Reason), 65),
                    ],
                    rows: fits,
                }));
            }
        }
        let ns = &d.national_strategy;
        if !ns.name.trim().is_empty() || !ns.fit.trim().is_empty() {
            v.push(h3(self.l(L::CountryStrategy)));
            v.extend(para(&ns.name).map(|_| Block::Paragraph(vec![Span::bold(ns.name.trim())])));
            v.extend(para(&ns.fit));
        }
        v
    }

    fn partners(&self, brief: bool) -> Vec<Block> {
        let mut v = Vec::new();
        if !self.p.partners.is_empty() {
            let rows = self
                .p
                .partners
                .iter()
                .map(|pt| {
                    let mut cells = vec![
                        pt.name.trim().to_string(),
                        pt.partner_type
                            .map(|t| names::partner_type(t, self.lang))
                            .unwrap_or_default(),
                        pt.level
                            .map(|l| names::partner_level(l, self.lang))
                            .unwrap_or_default(),
                        pt.role.trim().to_string(),
                    ];
                    if !brief {
                        cells.push(pt.contribution.trim().to_string());
                    }
                    cells.push(names::commitment(pt.commitment, self.lang).to_string());
                    Row::body(cells)
                })
                .collect();
            let mut columns = vec![
                // The type column holds "Non-governmental organisation": room for its
                // longest word; levels are single words.
                Column::text(self.l(L::Partner), 17),
                Column::text(self.l(L::PartnerType), 17),
                Column::text(self.l(L::Level), 11),
                Column::text(self.l(L::Role), 21),
            ];
            if !brief {
                columns.push(Column::text(self.l(L::Contribution), 18));
            }
            columns.push(Column::text(self.l(L::Commitment), 16));
            v.push(Block::Table(Table {
                caption: self.l(L::Partnerships).to_string(),
                columns,
                rows,
            }));
        }
        let champions: Vec<Vec<Span>> = self
            .p
            .partners
            .iter()
            .filter(|p| p.champion && !p.name.trim().is_empty())
            .map(|p| vec![Span::plain(p.name.trim())])
            .chain(
                self.p
                    .communication
                    .champions
                    .iter()
                    .filter(|c| !c.name.trim().is_empty())
                    .map(|c| {
                        let mut s = vec![Span::bold(c.name.trim())];
                        if !c.role.trim().is_empty() {
                            s.push(Span::plain(format!("{}{}", self.colon(), c.role.trim())));
                        }
                        s
                    }),
            )
            .collect();
        if !champions.is_empty() && !brief {
            v.push(h3(self.l(L::Champions)));
            v.push(Block::List {
                ordered: false,
                items: champions,
            });
        }
        v
    }

    fn calendar_rows(&self) -> Vec<Row> {
        let mut events: Vec<(&str, String, &str)> = Vec::new();
        for e in &self.p.communication.events {
            events.push((e.date.trim(), e.title.trim().to_string(), e.note.trim()));
        }
        for e in &self.p.donor.funding_cycle {
            events.push((
                e.date.trim(),
                format!("{} \u{2014} {}", self.l(L::FundingCycle), e.title.trim()),
                e.note.trim(),
            ));
        }
        // ISO dates sort as text; undated events go last, otherwise input order is kept.
        events.sort_by(|a, b| (a.0.is_empty(), a.0).cmp(&(b.0.is_empty(), b.0)));
        events
            .into_iter()
            .filter(|e| !e.0.is_empty() || !e.1.is_empty())
            .map(|(d, t, n)| Row::body(vec![d.to_string(), t, n.to_string()]))
            .collect()
    }

    fn communication(&self) -> Vec<Block> {
        let c = &self.p.communication;
        let mut v = Vec::new();
        if !c.audiences.is_empty() {
            let rows = c
                .audiences
                .iter()
                .map(|a| {
                    let msgs = c
                        .specific_messages
                        .iter()
                        .filter(|m| m.audience_id == a.id && !m.text.trim().is_empty())
                        .map(|m| m.text.trim())
                        .collect::<Vec<_>>()
                        .join("\n");
                    Row::body(vec![
                        a.name.trim().to_string(),
                        a.interest.trim().to_string(),
                        msgs,
                    ])
                })
                .collect();
            v.push(Block::Table(Table {
                caption: self.l(L::Audiences).to_string(),
                columns: vec![
                    Column::text(self.l(L::Audience), 25),
                    Column::text(self.l(L::WhyItMatters), 35),
                    Column::text(self.l(L::SpecificMessages), 40),
                ],
                rows,
            }));
        }
        if !c.general_message.trim().is_empty() {
            v.push(h2(self.l(L::GeneralMessage)));
            v.extend(para(&c.general_message));
        }
        let stories: Vec<_> = c
            .stories
            .iter()
            .filter(|s| !s.text.trim().is_empty() || !s.title.trim().is_empty())
            .collect();
        if !stories.is_empty() {
            v.push(h2(self.l(L::SuccessStories)));
            for s in stories {
                if !s.title.trim().is_empty() {
                    v.push(h3(s.title.trim()));
                }
                v.extend(para(&s.text));
                v.extend(labelled(self.l(L::Source), &s.source));
            }
        }
        let products: Vec<Vec<Span>> = c
            .products
            .iter()
            .filter(|p| !p.name.trim().is_empty())
            .map(|p| {
                let auds = p
                    .audience_ids
                    .iter()
                    .filter_map(|id| c.audiences.iter().find(|a| a.id == *id))
                    .map(|a| a.name.trim())
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut s = vec![Span::bold(p.name.trim())];
                if !p.channel.trim().is_empty() {
                    s.push(Span::plain(format!(" \u{2014} {}", p.channel.trim())));
                }
                if !auds.is_empty() {
                    s.push(Span::plain(format!(" ({auds})")));
                }
                s
            })
            .collect();
        if !products.is_empty() {
            v.push(h2(self.l(L::Products)));
            v.push(Block::List {
                ordered: false,
                items: products,
            });
        }
        let cal = self.calendar_rows();
        if !cal.is_empty() {
            v.push(h2(self.l(L::Calendar)));
            v.push(Block::Table(Table {
                caption: self.l(L::Calendar).to_string(),
                columns: vec![
                    Column::text(self.l(L::Date), 16),
                    Column::text(self.l(L::Event), 42),
                    Column::text(self.l(L::Details), 42),
                ],
                rows: cal,
            }));
        }
        let measures: Vec<Vec<Span>> = c
            .measures
            .iter()
            .filter(|m| !m.text.trim().is_empty())
            .map(|m| vec![Span::plain(m.text.trim())])
            .collect();
        if !measures.is_empty() {
            v.push(h2(self.l(L::MeasuringSuccess)));
            v.push(Block::List {
                ordered: false,
                items: measures,
            });
        }
        v
    }

    fn budget(&self, brief: bool) -> Vec<Block> {
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
                rows.push(Row::group(names::budget_category(cat, self.lang)));
                let in_cat: Vec<_> = lines
                    .iter()
                    .filter(|l| l.category == cat)
                    .cloned()
                    .collect();
                for l in &in_cat {
                    let mut item = l.description.trim().to_string();
                    if let Some(n) = l.objective_id.and_then(|id| self.objective_number(id)) {
                        item.push_str(&format!(" [{} {n}]", self.l(L::Objective)));
                    }
                    if !l.cofunding_source.trim().is_empty() && l.cofunding.0 != 0 {
                        item.push_str(&format!(
                            "\n{}{}{}",
                            self.l(L::CoFunding),
                            self.colon(),
                            l.cofunding_source.trim()
                        ));
                    }
                    rows.push(Row::body(vec![
                        item,
                        l.unit.trim().to_string(),
                        l.quantity.format(),
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
                        self.l(L::Subtotal),
                        names::budget_category(cat, self.lang)
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
                self.l(L::Total).to_string(),
                String::new(),
                String::new(),
                String::new(),
                c,
                f,
                r,
            ]));
            v.push(Block::Table(Table {
                caption: self.l(L::Budget).to_string(),
                columns: vec![
                    Column::text(self.l(L::Item), 27),
                    Column::text(self.l(L::Unit), 11),
                    Column::number(self.l(L::Quantity), 10),
                    Column::number(self.amount_header(L::UnitCost), 13),
                    Column::number(self.amount_header(L::Amount), 13),
                    Column::number(self.amount_header(L::CoFunding), 13),
                    Column::number(self.amount_header(L::Requested), 13),
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
                    format!(
                        "{} %",
                        (t.cost.0 as i128 * 100 + all.cost.0 as i128 / 2) / all.cost.0 as i128
                    )
                }
                _ => String::new(),
            };
            let [c, f, r] = fmt3(t);
            rows.push(Row::body(vec![
                names::budget_category(cat, self.lang).to_string(),
                c,
                f,
                r,
                share,
            ]));
        }
        let [c, f, r] = fmt3(total);
        rows.push(Row::total(vec![
            self.l(L::Total).to_string(),
            c,
            f,
            r,
            "100 %".to_string(),
        ]));
        v.push(Block::Table(Table {
            caption: self.l(L::ByCategory).to_string(),
            columns: vec![
                Column::text(self.l(L::Category), 34),
                Column::number(self.amount_header(L::Amount), 18),
                Column::number(self.amount_header(L::CoFunding), 18),
                Column::number(self.amount_header(L::Requested), 18),
                Column::number(self.l(L::Share), 12),
            ],
            rows,
        }));
        v
    }

    fn sustainability(&self) -> Vec<Block> {
        let s = &self.p.sustainability;
        let mut v = Vec::new();
        if !s.transitions.is_empty() {
            v.push(h3(self.l(L::Transitions)));
            v.push(Block::List {
                ordered: false,
                items: s
                    .transitions
                    .iter()
                    .map(|t| vec![Span::plain(names::transition(*t, self.lang))])
                    .collect(),
            });
        }
        for (label, text) in [
            (L::Formalisation, &s.formalisation),
            (L::Reinvestment, &s.reinvestment),
            (L::AltLivelihoods, &s.alternative_livelihoods),
        ] {
            if !text.trim().is_empty() {
                v.push(h3(self.l(label)));
                v.extend(para(text));
            }
        }
        v
    }

    fn sources(&self) -> Vec<Block> {
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

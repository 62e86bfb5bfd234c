//! The Donor alignment, Partnerships and Communication sections.

use super::*;

impl Builder<'_> {
    pub(super) fn donor(&self, brief: bool) -> Vec<Block> {
        let d = &self.p.donor;
        let c = &self.p.context;
        let mut v = Vec::new();
        v.extend(labelled(self.lang, self.l(Label::Donor), &c.donor.name));
        if let Some(t) = c.donor.donor_type {
            v.extend(labelled(
                self.lang,
                self.l(Label::DonorType),
                &value_names::donor_type(t, self.lang),
            ));
        }
        let stated: Vec<Vec<Span>> = d
            .stated_priorities
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| vec![Span::plain(s.trim())])
            .collect();
        if !stated.is_empty() {
            v.push(h3(self.l(Label::DonorFunds)));
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
                    caption: self.l(Label::HowObjectiveFits).to_string(),
                    columns: vec![
                        Column::text(self.l(Label::Objective), 35),
                        Column::text(self.l(Label::Reason), 65),
                    ],
                    rows: fits,
                }));
            }
        }
        let ns = &d.national_strategy;
        if !ns.name.trim().is_empty() || !ns.fit.trim().is_empty() {
            v.push(h3(self.l(Label::CountryStrategy)));
            v.extend(para(&ns.name).map(|_| Block::Paragraph(vec![Span::bold(ns.name.trim())])));
            v.extend(para(&ns.fit));
        }
        v
    }

    pub(super) fn partners(&self, brief: bool) -> Vec<Block> {
        let mut v = Vec::new();
        if !self.p.partners.is_empty() {
            let rows = self
                .p
                .partners
                .iter()
                .map(|pt| {
                    let mut cells = vec![pt.name.trim().to_string()];
                    if !brief {
                        cells.push(
                            pt.partner_type
                                .map(|t| value_names::partner_type(t, self.lang))
                                .unwrap_or_default(),
                        );
                        cells.push(
                            pt.level
                                .map(|l| value_names::partner_level(l, self.lang))
                                .unwrap_or_default(),
                        );
                    }
                    cells.push(pt.role.trim().to_string());
                    if !brief {
                        cells.push(pt.contribution.trim().to_string());
                    }
                    cells.push(value_names::commitment(pt.commitment, self.lang).to_string());
                    Row::body(cells)
                })
                .collect();
            // A concept note keeps who does what and how firmly (type, level and
            // contribution are in the full proposal).
            let mut columns = vec![Column::text(
                self.l(Label::Partner),
                if brief { 30 } else { 17 },
            )];
            if !brief {
                columns.push(Column::text(self.l(Label::PartnerType), 17));
                columns.push(Column::text(self.l(Label::Level), 11));
            }
            columns.push(Column::text(
                self.l(Label::Role),
                if brief { 54 } else { 21 },
            ));
            if !brief {
                columns.push(Column::text(self.l(Label::Contribution), 18));
            }
            columns.push(Column::text(self.l(Label::Commitment), 16));
            v.push(Block::Table(Table {
                caption: self.l(Label::Partnerships).to_string(),
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
            v.push(h3(self.l(Label::Champions)));
            v.push(Block::List {
                ordered: false,
                items: champions,
            });
        }
        v
    }

    pub(super) fn calendar_rows(&self) -> Vec<Row> {
        let mut events: Vec<(&str, String, &str)> = Vec::new();
        for e in &self.p.communication.events {
            events.push((e.date.trim(), e.title.trim().to_string(), e.note.trim()));
        }
        for e in &self.p.donor.funding_cycle {
            events.push((
                e.date.trim(),
                format!(
                    "{} \u{2014} {}",
                    self.l(Label::FundingCycle),
                    e.title.trim()
                ),
                e.note.trim(),
            ));
        }
        // ISO dates sort as text; undated events go last, otherwise input order is kept.
        events.sort_by(|a, b| (a.0.is_empty(), a.0).cmp(&(b.0.is_empty(), b.0)));
        events
            .into_iter()
            .filter(|e| !e.0.is_empty() || !e.1.is_empty())
            .map(|(d, t, n)| Row::body(vec![format::date_text(self.lang, d), t, n.to_string()]))
            .collect()
    }

    pub(super) fn communication(&self, brief: bool) -> Vec<Block> {
        let c = &self.p.communication;
        if brief {
            return self.communication_short();
        }
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
                caption: self.l(Label::Audiences).to_string(),
                columns: vec![
                    Column::text(self.l(Label::Audience), 25),
                    Column::text(self.l(Label::WhyItMatters), 35),
                    Column::text(self.l(Label::SpecificMessages), 40),
                ],
                rows,
            }));
        }
        if !c.general_message.trim().is_empty() {
            v.push(h2(self.l(Label::GeneralMessage)));
            v.extend(para(&c.general_message));
        }
        let stories: Vec<_> = c
            .stories
            .iter()
            .filter(|s| !s.text.trim().is_empty() || !s.title.trim().is_empty())
            .collect();
        if !stories.is_empty() {
            v.push(h2(self.l(Label::SuccessStories)));
            for s in stories {
                if !s.title.trim().is_empty() {
                    v.push(h3(s.title.trim()));
                }
                v.extend(para(&s.text));
                v.extend(labelled(self.lang, self.l(Label::Source), &s.source));
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
            v.push(h2(self.l(Label::Products)));
            v.push(Block::List {
                ordered: false,
                items: products,
            });
        }
        let cal = self.calendar_rows();
        if !cal.is_empty() {
            v.push(h2(self.l(Label::Calendar)));
            v.push(Block::Table(Table {
                caption: self.l(Label::Calendar).to_string(),
                columns: vec![
                    Column::text(self.l(Label::Date), 16),
                    Column::text(self.l(Label::Event), 42),
                    Column::text(self.l(Label::Details), 42),
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
            v.push(h2(self.l(Label::MeasuringSuccess)));
            v.push(Block::List {
                ordered: false,
                items: measures,
            });
        }
        v
    }

    /// A concept note's communication: whom the project will talk to and what it will say
    /// (the audiences table, stories, products and calendar are in the full proposal).
    fn communication_short(&self) -> Vec<Block> {
        let c = &self.p.communication;
        let mut v = Vec::new();
        let audiences = c
            .audiences
            .iter()
            .map(|a| a.name.trim())
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        v.extend(labelled(self.lang, self.l(Label::Audiences), &audiences));
        v.extend(labelled(
            self.lang,
            self.l(Label::GeneralMessage),
            &c.general_message,
        ));
        v
    }
}

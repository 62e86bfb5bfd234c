//! Builds the document (see `ir.rs`) from a proposal: what goes in which section, in the order
//! the chosen donor template sets. Every human-readable format renders from this one result.

mod budget_sustainability;
mod budget_years;
mod context;
mod logframe_eu;
mod logframe_uk;
mod objectives;
mod partners;
mod risks;
mod workplan;

pub use workplan::MILESTONE_MARK;

use super::ir::{Block, Column, Document, Row, Section, Span, Table};
use super::labels::{fill, Label};
use super::template::{self, SectionKind, SectionSpec};
use super::value_names;
use crate::i18n::{format, Lang};
use crate::model::{budget, BudgetCategory, Id, Indicator, Money, Proposal};

/// Builds the document for `template` in `lang`.
pub fn build(p: &Proposal, template: crate::model::DonorTemplate, lang: Lang) -> Document {
    let b = Builder { p, lang };
    let mut sections = Vec::new();
    for spec in &template::sections(template, p.donor.format) {
        let mut blocks = b.section(spec);
        let empty = blocks.is_empty();
        if empty {
            blocks.push(Block::Paragraph(vec![Span::plain(
                Label::NotProvided.text(lang),
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
                        Label::OverLimit,
                        &[
                            ("words", &format::count(lang, words)),
                            ("limit", &format::integer(lang, i64::from(limit))),
                        ],
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
            empty,
        });
    }
    let c = &p.context;
    let donor = match (&c.donor.name, c.donor.donor_type) {
        (n, Some(t)) if !n.trim().is_empty() => {
            format!("{n} ({})", value_names::donor_type(t, lang))
        }
        (n, None) => n.clone(),
        (_, Some(t)) => value_names::donor_type(t, lang),
    };
    let subtitle = if donor.trim().is_empty() {
        value_names::template(template, lang).to_string()
    } else {
        format!(
            "{} \u{2014} {}",
            value_names::template(template, lang),
            donor
        )
    };
    let mut meta = Vec::new();
    push_meta(&mut meta, Label::Applicant.text(lang), &c.applicant);
    push_meta(&mut meta, Label::Country.text(lang), &c.country_name);
    push_meta(&mut meta, Label::Sites.text(lang), &sites_text(&c.sites));
    push_meta(&mut meta, Label::Donor.text(lang), &donor);
    if c.amount_requested.0 != 0 {
        push_meta(
            &mut meta,
            Label::AmountRequested.text(lang),
            &b.money(c.amount_requested),
        );
    }
    push_meta(&mut meta, Label::Duration.text(lang), &b.duration());
    push_meta(
        &mut meta,
        Label::PreparedOn.text(lang),
        &format::date_text(lang, p.meta.updated.get(..10).unwrap_or("")),
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

/// The logframe in the proposal's donor format, as every document draws it (the spreadsheet
/// writes the same table for the EU and UK formats).
pub fn logframe_table(p: &Proposal, lang: Lang) -> Table {
    Builder { p, lang }.logframe()
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

/// The sites, one after another: a site's own name often holds a comma ("Santa Filomena,
/// Ayacucho"), so sites are set apart by semicolons.
fn sites_text(sites: &[String]) -> String {
    let parts: Vec<&str> = sites.iter().map(String::as_str).collect();
    join_nonempty(&parts, "; ")
}

fn para(text: &str) -> Option<Block> {
    let t = text.trim();
    (!t.is_empty()).then(|| Block::Paragraph(vec![Span::plain(t)]))
}

fn labelled(lang: Lang, label: &str, text: &str) -> Option<Block> {
    let t = text.trim();
    (!t.is_empty()).then(|| {
        Block::Paragraph(vec![
            Span::bold(format!("{label}{}", super::labels::colon(lang))),
            Span::plain(t),
        ])
    })
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

    fn l(&self, l: Label) -> &'static str {
        l.text(self.lang)
    }

    fn heading(&self, k: SectionKind) -> &'static str {
        self.l(match k {
            SectionKind::Context => Label::Context,
            SectionKind::Priorities => Label::Priorities,
            SectionKind::Objectives => Label::Objectives,
            SectionKind::Logframe => Label::Logframe,
            SectionKind::Linkages => Label::MdgLinks,
            SectionKind::Donor => Label::DonorAlignment,
            SectionKind::Partners => Label::Partnerships,
            SectionKind::Communication => Label::Communication,
            SectionKind::Budget => Label::Budget,
            SectionKind::Sustainability => Label::Sustainability,
            SectionKind::Risks => Label::Risks,
            SectionKind::Workplan => Label::Workplan,
            SectionKind::Sources => Label::Sources,
        })
    }

    fn section(&self, spec: &SectionSpec) -> Vec<Block> {
        match spec.kind {
            SectionKind::Context => self.context(spec.brief),
            SectionKind::Priorities => self.priorities(spec.brief),
            SectionKind::Objectives => self.objectives(spec.brief),
            SectionKind::Logframe => vec![Block::Table(self.logframe())],
            SectionKind::Linkages => self.linkages(spec.brief),
            SectionKind::Donor => self.donor(spec.brief),
            SectionKind::Partners => self.partners(spec.brief),
            SectionKind::Communication => self.communication(spec.brief),
            SectionKind::Budget => self.budget(spec.brief),
            SectionKind::Sustainability => self.sustainability(),
            SectionKind::Risks => self.risks(spec.brief),
            SectionKind::Workplan => self.workplan(),
            SectionKind::Sources => self.sources(),
        }
    }

    /// Amounts in the proposal currency, as the reader's language writes them
    /// ([`crate::i18n::format::money`]).
    fn money(&self, m: Money) -> String {
        let exp = self.p.currency_exponent().unwrap_or(2);
        format::money(self.lang, m, exp, &self.p.context.currency)
    }

    /// Amount column values without the currency (it is in the column header).
    fn amount(&self, m: Money) -> String {
        let exp = self.p.currency_exponent().unwrap_or(2);
        format::amount(self.lang, m, exp)
    }

    fn amount_header(&self, l: Label) -> String {
        let cur = self.p.context.currency.trim();
        if cur.is_empty() {
            self.l(l).to_string()
        } else {
            format!("{} ({cur})", self.l(l))
        }
    }

    fn duration(&self) -> String {
        let d = &self.p.context.duration;
        let s = format::date_text(self.lang, &d.start);
        let e = format::date_text(self.lang, &d.end);
        match (s.as_str(), e.as_str()) {
            ("", "") => String::new(),
            (s, "") => format!("{}{}{s}", self.l(Label::StartDate), self.colon()),
            ("", e) => format!("{}{}{e}", self.l(Label::EndDate), self.colon()),
            (s, e) => format!("{s} \u{2013} {e}"),
        }
    }

    fn objective_label(&self, id: Id) -> String {
        match self.p.logframe.objectives.iter().position(|o| o.id == id) {
            Some(i) => {
                let text = self.p.logframe.objectives[i].text.trim();
                format!(
                    "{} {}{}{}",
                    self.l(Label::Objective),
                    i + 1,
                    self.colon(),
                    text
                )
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
}

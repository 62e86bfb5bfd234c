//! Structural validation: is the document well formed? (Whether it is *convincing* is the
//! review module's job.)
//!
//! [`validate`] reports every problem it finds, in document order, each with the field path of
//! the offending field (see the path convention in [`super`]). "Required" is reported only for
//! the one field that names an item (a priority's title, an objective's text, a partner's
//! name, ...): an item without it cannot be shown or linked to sensibly. Everything else that is
//! merely unfinished is left to the review.

use std::collections::{BTreeMap, BTreeSet};

use super::date::{is_valid_timestamp, parse_date};
use super::donor::DatedEvent;
use super::ids::Id;
use super::linkage::{MDG_TARGET_MAX, MDG_TARGET_MIN, SDG_MAX};
use super::logframe::Indicator;
use super::money::parse_scaled;
use super::priorities::PriorityIssue;
use super::rules;
use super::{Proposal, SCHEMA_VERSION};

/// One structural problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// Field path (see [`super`]), e.g. `objectives.7.indicators.12.target_date`.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is structurally wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// The field naming an item is empty.
    Required,
    /// Not a valid `YYYY-MM-DD` date.
    BadDate,
    /// An end date before its start date.
    DateOrder,
    /// Not a valid ISO 8601 timestamp with offset (`meta.created`, `meta.updated`).
    BadTimestamp,
    /// Not a known ISO 4217 currency code.
    BadCurrency,
    /// Not a known ISO 3166-1 alpha-2 country code.
    BadCountry,
    /// A link to an id that does not exist (or is not of the right kind).
    DanglingLink,
    /// The same id in a list of links twice.
    DuplicateLink,
    /// An id used by two items.
    DuplicateId,
    /// An item with id 0, which is never allocated.
    MissingId,
    /// `meta.next_id` not greater than every id in use, so new items would collide.
    IdCounter,
    /// An amount or quantity below zero.
    NegativeAmount,
    /// A number outside its allowed range (percent over 100, MDG target 19, ...).
    OutOfRange,
    /// A numeric indicator value that does not read as a number.
    NotANumber,
    /// Amounts too large to add up exactly.
    Overflow,
    /// `schema_version` is not the one this build works with.
    SchemaVersion,
}

impl ProblemKind {
    /// Stable id, usable as a translation key (`problem.<id>`).
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Required => "required",
            ProblemKind::BadDate => "bad_date",
            ProblemKind::DateOrder => "date_order",
            ProblemKind::BadTimestamp => "bad_timestamp",
            ProblemKind::BadCurrency => "bad_currency",
            ProblemKind::BadCountry => "bad_country",
            ProblemKind::DanglingLink => "dangling_link",
            ProblemKind::DuplicateLink => "duplicate_link",
            ProblemKind::DuplicateId => "duplicate_id",
            ProblemKind::MissingId => "missing_id",
            ProblemKind::IdCounter => "id_counter",
            ProblemKind::NegativeAmount => "negative_amount",
            ProblemKind::OutOfRange => "out_of_range",
            ProblemKind::NotANumber => "not_a_number",
            ProblemKind::Overflow => "overflow",
            ProblemKind::SchemaVersion => "schema_version",
        }
    }

    /// Whether an imported file with this problem is refused: these break the id/link
    /// structure the editor relies on. Others (an empty name, a half-typed date) are normal in
    /// a draft and are shown after import instead.
    pub fn blocks_import(self) -> bool {
        matches!(
            self,
            ProblemKind::DanglingLink
                | ProblemKind::DuplicateId
                | ProblemKind::MissingId
                | ProblemKind::IdCounter
                | ProblemKind::SchemaVersion
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.kind.as_str())
    }
}

struct V {
    problems: Vec<Problem>,
}

impl V {
    fn push(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn required(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            self.push(path, ProblemKind::Required);
        }
    }

    /// A date that may be empty (unfinished) but, if given, must be valid.
    fn opt_date(&mut self, path: String, s: &str) {
        self.rule(path, rules::date(s));
    }

    /// Records what a rule of the form (see [`rules`]) says about a field.
    fn rule(&mut self, path: String, verdict: Result<(), ProblemKind>) {
        if let Err(kind) = verdict {
            self.push(path, kind);
        }
    }

    /// Start/end pair: each valid if given, end not before start.
    fn range(&mut self, prefix: &str, start: &str, end: &str) {
        self.opt_date(format!("{prefix}.start"), start);
        self.opt_date(format!("{prefix}.end"), end);
        if let (Some(s), Some(e)) = (parse_date(start), parse_date(end)) {
            if e < s {
                self.push(format!("{prefix}.end"), ProblemKind::DateOrder);
            }
        }
    }

    /// A list of links: each must be in `valid`, none twice.
    fn links(&mut self, path: String, links: &[Id], valid: &BTreeSet<Id>) {
        let mut seen = BTreeSet::new();
        let mut dangling = false;
        let mut dup = false;
        for l in links {
            dangling |= !valid.contains(l);
            dup |= !seen.insert(*l);
        }
        if dangling {
            self.push(path.clone(), ProblemKind::DanglingLink);
        }
        if dup {
            self.push(path, ProblemKind::DuplicateLink);
        }
    }

    fn link(&mut self, path: String, link: Option<Id>, valid: &BTreeSet<Id>) {
        if let Some(l) = link {
            if !valid.contains(&l) {
                self.push(path, ProblemKind::DanglingLink);
            }
        }
    }

    fn indicator(&mut self, prefix: &str, ind: &Indicator) {
        let p = format!("{prefix}.indicators.{}", ind.id);
        self.required(format!("{p}.name"), &ind.name);
        if ind.numeric {
            for (field, value) in [
                ("baseline_value", &ind.baseline_value),
                ("target_value", &ind.target_value),
            ] {
                if !value.trim().is_empty() && !is_number(value) {
                    self.push(format!("{p}.{field}"), ProblemKind::NotANumber);
                }
            }
        }
        if let Some(y) = ind.baseline_year {
            if !(1900..=2100).contains(&y) {
                self.push(format!("{p}.baseline_year"), ProblemKind::OutOfRange);
            }
        }
        self.opt_date(format!("{p}.target_date"), &ind.target_date);
    }

    fn events(&mut self, prefix: &str, events: &[DatedEvent]) {
        for e in events {
            let p = format!("{prefix}.{}", e.id);
            self.opt_date(format!("{p}.date"), &e.date);
            self.required(format!("{p}.title"), &e.title);
        }
    }
}

/// Whether an indicator value reads as a decimal number (`.` or `,` as decimal separator,
/// any number of decimals, optional sign and `%`).
pub fn is_number(s: &str) -> bool {
    let t = s.trim().trim_end_matches('%').trim_end();
    // Scale 9 allows fine decimals; then retry with ',' as the decimal separator.
    parse_scaled(t, 9, '.').is_ok() || parse_scaled(t, 9, ',').is_ok()
}

/// Every id-carrying item of the proposal with its field path, in document order.
pub fn all_ids(p: &Proposal) -> Vec<(String, Id)> {
    let mut v = Vec::new();
    for e in &p.context.problem.evidence {
        v.push((format!("context.problem.evidence.{}", e.id), e.id));
    }
    for x in &p.priorities {
        v.push((format!("priorities.{}", x.id), x.id));
    }
    let lf = &p.logframe;
    for i in &lf.goal.indicators {
        v.push((format!("objectives.goal.indicators.{}", i.id), i.id));
    }
    for a in &lf.goal.assumptions {
        v.push((format!("objectives.goal.assumptions.{}", a.id), a.id));
    }
    for o in &lf.objectives {
        let op = format!("objectives.{}", o.id);
        v.push((op.clone(), o.id));
        for i in &o.indicators {
            v.push((format!("{op}.indicators.{}", i.id), i.id));
        }
        for a in &o.assumptions {
            v.push((format!("{op}.assumptions.{}", a.id), a.id));
        }
        for out in &o.outputs {
            let outp = format!("{op}.outputs.{}", out.id);
            v.push((outp.clone(), out.id));
            for i in &out.indicators {
                v.push((format!("{outp}.indicators.{}", i.id), i.id));
            }
            for a in &out.activities {
                v.push((format!("{outp}.activities.{}", a.id), a.id));
            }
        }
    }
    for x in &p.linkages {
        v.push((format!("linkages.{}", x.id), x.id));
    }
    for x in &p.donor.fit {
        v.push((format!("donor.fit.{}", x.id), x.id));
    }
    for x in &p.donor.funding_cycle {
        v.push((format!("donor.funding_cycle.{}", x.id), x.id));
    }
    for x in &p.partners {
        v.push((format!("partners.{}", x.id), x.id));
    }
    let c = &p.communication;
    let lists: [(&str, Vec<Id>); 7] = [
        ("audiences", c.audiences.iter().map(|x| x.id).collect()),
        (
            "specific_messages",
            c.specific_messages.iter().map(|x| x.id).collect(),
        ),
        ("stories", c.stories.iter().map(|x| x.id).collect()),
        ("products", c.products.iter().map(|x| x.id).collect()),
        ("events", c.events.iter().map(|x| x.id).collect()),
        ("champions", c.champions.iter().map(|x| x.id).collect()),
        ("measures", c.measures.iter().map(|x| x.id).collect()),
    ];
    for (name, ids) in lists {
        for id in ids {
            v.push((format!("communication.{name}.{id}"), id));
        }
    }
    for x in &p.budget {
        v.push((format!("budget.{}", x.id), x.id));
    }
    v
}

/// Checks the structure of a proposal and returns every problem found (empty = valid).
pub fn validate(p: &Proposal) -> Vec<Problem> {
    let mut v = V {
        problems: Vec::new(),
    };

    if p.schema_version != SCHEMA_VERSION {
        v.push("schema_version".into(), ProblemKind::SchemaVersion);
    }

    // Ids: unique, non-zero, below the counter.
    let mut seen: BTreeMap<Id, ()> = BTreeMap::new();
    let mut max = 0u32;
    for (path, id) in all_ids(p) {
        if id.0 == 0 {
            v.push(path, ProblemKind::MissingId);
            continue;
        }
        max = max.max(id.0);
        if seen.insert(id, ()).is_some() {
            v.push(path, ProblemKind::DuplicateId);
        }
    }
    if max > 0 && p.meta.next_id.0 <= max {
        v.push("meta.next_id".into(), ProblemKind::IdCounter);
    }

    // Link targets by kind: a priority trace must point at a priority, not any id.
    let priority_ids: BTreeSet<Id> = p.priorities.iter().map(|x| x.id).collect();
    let objective_ids: BTreeSet<Id> = p.logframe.objectives.iter().map(|x| x.id).collect();
    let partner_ids: BTreeSet<Id> = p.partners.iter().map(|x| x.id).collect();
    let audience_ids: BTreeSet<Id> = p.communication.audiences.iter().map(|x| x.id).collect();

    // context
    let c = &p.context;
    v.required("context.title".into(), &c.title);
    v.rule(
        "context.country_code".into(),
        rules::country(&c.country_code),
    );
    if let Some(w) = c.community.women_percent {
        if w > 100 {
            v.push(
                "context.community.women_percent".into(),
                ProblemKind::OutOfRange,
            );
        }
    }
    for e in &c.problem.evidence {
        v.required(format!("context.problem.evidence.{}.text", e.id), &e.text);
    }
    v.range("context.duration", &c.duration.start, &c.duration.end);
    v.rule(
        "context.amount_requested".into(),
        rules::amount(c.amount_requested),
    );
    v.rule("context.currency".into(), rules::currency(&c.currency));
    for (section, words) in &c.word_limits {
        if *words == 0 {
            v.push(
                format!("context.word_limits.{section}"),
                ProblemKind::OutOfRange,
            );
        }
    }

    // priorities
    for x in &p.priorities {
        if let PriorityIssue::Custom(t) = &x.issue {
            v.required(format!("priorities.{}.issue", x.id), t);
        }
    }

    // objectives (logframe)
    let lf = &p.logframe;
    for i in &lf.goal.indicators {
        v.indicator("objectives.goal", i);
    }
    for a in &lf.goal.assumptions {
        v.required(
            format!("objectives.goal.assumptions.{}.text", a.id),
            &a.text,
        );
    }
    for o in &lf.objectives {
        let op = format!("objectives.{}", o.id);
        v.required(format!("{op}.text"), &o.text);
        for i in &o.indicators {
            v.indicator(&op, i);
        }
        for a in &o.assumptions {
            v.required(format!("{op}.assumptions.{}.text", a.id), &a.text);
        }
        for out in &o.outputs {
            let outp = format!("{op}.outputs.{}", out.id);
            v.required(format!("{outp}.text"), &out.text);
            for i in &out.indicators {
                v.indicator(&outp, i);
            }
            for a in &out.activities {
                let ap = format!("{outp}.activities.{}", a.id);
                v.required(format!("{ap}.text"), &a.text);
                v.range(&ap, &a.start, &a.end);
                v.link(format!("{ap}.lead_partner"), a.lead_partner, &partner_ids);
            }
        }
        v.links(format!("{op}.priority_ids"), &o.priority_ids, &priority_ids);
    }

    // linkages
    for l in &p.linkages {
        let lp = format!("linkages.{}", l.id);
        v.link(
            format!("{lp}.objective_id"),
            Some(l.objective_id),
            &objective_ids,
        );
        if !(MDG_TARGET_MIN..=MDG_TARGET_MAX).contains(&l.mdg_target) {
            v.push(format!("{lp}.mdg_target"), ProblemKind::OutOfRange);
        }
        if l.extra_sdgs.iter().any(|s| !(1..=SDG_MAX).contains(s)) {
            v.push(format!("{lp}.extra_sdgs"), ProblemKind::OutOfRange);
        }
    }

    // donor
    for f in &p.donor.fit {
        v.link(
            format!("donor.fit.{}.objective_id", f.id),
            Some(f.objective_id),
            &objective_ids,
        );
    }
    v.events("donor.funding_cycle", &p.donor.funding_cycle);

    // partners
    for x in &p.partners {
        let pp = format!("partners.{}", x.id);
        v.required(format!("{pp}.name"), &x.name);
        v.links(
            format!("{pp}.objective_ids"),
            &x.objective_ids,
            &objective_ids,
        );
    }

    // communication
    let cm = &p.communication;
    for a in &cm.audiences {
        v.required(format!("communication.audiences.{}.name", a.id), &a.name);
    }
    for m in &cm.specific_messages {
        v.link(
            format!("communication.specific_messages.{}.audience_id", m.id),
            Some(m.audience_id),
            &audience_ids,
        );
    }
    for s in &cm.stories {
        v.required(format!("communication.stories.{}.title", s.id), &s.title);
    }
    for x in &cm.products {
        let pp = format!("communication.products.{}", x.id);
        v.required(format!("{pp}.name"), &x.name);
        v.links(format!("{pp}.audience_ids"), &x.audience_ids, &audience_ids);
    }
    v.events("communication.events", &cm.events);
    for ch in &cm.champions {
        let cp = format!("communication.champions.{}", ch.id);
        v.required(format!("{cp}.name"), &ch.name);
        v.link(format!("{cp}.partner_id"), ch.partner_id, &partner_ids);
    }
    for m in &cm.measures {
        v.required(format!("communication.measures.{}.text", m.id), &m.text);
    }

    // budget
    for b in &p.budget {
        let bp = format!("budget.{}", b.id);
        v.required(format!("{bp}.description"), &b.description);
        v.rule(format!("{bp}.quantity"), rules::quantity(b.quantity));
        v.rule(format!("{bp}.unit_cost"), rules::amount(b.unit_cost));
        v.rule(format!("{bp}.cofunding"), rules::amount(b.cofunding));
        match b.cost() {
            None => v.push(format!("{bp}.quantity"), ProblemKind::Overflow),
            Some(cost) => {
                if b.cofunding.0 >= 0 && cost.0 >= 0 && b.cofunding > cost {
                    v.push(format!("{bp}.cofunding"), ProblemKind::OutOfRange);
                }
            }
        }
        v.link(format!("{bp}.objective_id"), b.objective_id, &objective_ids);
    }
    if p.budget.iter().all(|b| b.cost().is_some()) && p.budget_totals().is_none() {
        v.push("budget".into(), ProblemKind::Overflow);
    }

    // meta
    if !is_valid_timestamp(&p.meta.created) {
        v.push("meta.created".into(), ProblemKind::BadTimestamp);
    }
    if !is_valid_timestamp(&p.meta.updated) {
        v.push("meta.updated".into(), ProblemKind::BadTimestamp);
    }

    v.problems
}

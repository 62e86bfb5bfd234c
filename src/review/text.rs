//! Rules on the words themselves, across every step: placeholders left in, vague endings, and
//! absolute claims a donor will not believe. Also the walk over every text field that these
//! rules and the word limits share.

use std::sync::OnceLock;

use super::scan::{excerpt, matched, Phrase, PhraseSet};
use super::{Finding, ReviewContext, Severity, Step, STEP_COUNT};
use crate::model::{FieldPath, Indicator, PriorityIssue, Proposal};

/// Placeholders and unfinished text.
pub const PLACEHOLDER: &str = "text.placeholder";
/// "etc.", "..." and the like.
pub const VAGUE: &str = "text.vague";
/// Absolute claims ("all miners", "always", "100%").
pub const EXAGGERATION: &str = "text.exaggeration";

/// What a text field holds, which decides the checks that make sense on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// The drafter's own sentences: every check applies.
    Prose,
    /// Someone else's words (the community's, the donor's): only placeholders are checked,
    /// a quotation may well say "always".
    Quote,
    /// Names, units, sources and values: only placeholders are checked.
    Label,
}

/// Calls `f` with every text field of the proposal, its path and its kind, in wizard order.
/// List items of strings (sites, minerals, donor priorities) are reported with the list's path.
pub fn for_each_text(p: &Proposal, f: &mut dyn FnMut(FieldPath, TextKind, &str)) {
    use TextKind::{Label, Prose, Quote};

    let c = FieldPath::step(Step::Context);
    let ctx = &p.context;
    f(c.field("title"), Prose, &ctx.title);
    f(c.field("applicant"), Label, &ctx.applicant);
    f(c.field("country_name"), Label, &ctx.country_name);
    for s in &ctx.sites {
        f(c.field("sites"), Label, s);
    }
    for m in &ctx.minerals {
        f(c.field("minerals"), Label, m);
    }
    let community = c.field("community");
    f(
        community.field("description"),
        Prose,
        &ctx.community.description,
    );
    let problem = c.field("problem");
    f(problem.field("statement"), Prose, &ctx.problem.statement);
    for e in &ctx.problem.evidence {
        let ep = problem.field("evidence").item(e.id);
        f(ep.field("text"), Prose, &e.text);
        f(ep.field("source"), Label, &e.source);
    }
    f(c.field("donor").field("name"), Label, &ctx.donor.name);

    let pr = FieldPath::step(Step::Priorities);
    for x in &p.priorities {
        let ip = pr.item(x.id);
        if let PriorityIssue::Custom(title) = &x.issue {
            f(ip.field("issue"), Prose, title);
        }
        f(ip.field("why"), Prose, &x.why);
        f(ip.field("community_words"), Quote, &x.community_words);
    }

    let ob = FieldPath::step(Step::Objectives);
    let goal = ob.field("goal");
    f(goal.field("text"), Prose, &p.logframe.goal.text);
    indicators(&goal, &p.logframe.goal.indicators, f);
    for a in &p.logframe.goal.assumptions {
        f(
            goal.field("assumptions").item(a.id).field("text"),
            Prose,
            &a.text,
        );
    }
    for o in &p.logframe.objectives {
        let op = ob.item(o.id);
        f(op.field("text"), Prose, &o.text);
        indicators(&op, &o.indicators, f);
        for a in &o.assumptions {
            f(
                op.field("assumptions").item(a.id).field("text"),
                Prose,
                &a.text,
            );
        }
        for out in &o.outputs {
            let outp = op.field("outputs").item(out.id);
            f(outp.field("text"), Prose, &out.text);
            indicators(&outp, &out.indicators, f);
            for act in &out.activities {
                f(
                    outp.field("activities").item(act.id).field("text"),
                    Prose,
                    &act.text,
                );
            }
        }
    }
    for m in &p.logframe.milestones {
        let mp = ob.field("milestones").item(m.id);
        f(mp.field("title"), Label, &m.title);
        f(mp.field("note"), Prose, &m.note);
    }

    let li = FieldPath::step(Step::Linkages);
    for l in &p.linkages {
        f(li.item(l.id).field("reason"), Prose, &l.reason);
    }

    let d = FieldPath::step(Step::Donor);
    for s in &p.donor.stated_priorities {
        f(d.field("stated_priorities"), Quote, s);
    }
    for fit in &p.donor.fit {
        f(d.field("fit").item(fit.id).field("text"), Prose, &fit.text);
    }
    let ns = d.field("national_strategy");
    f(ns.field("name"), Label, &p.donor.national_strategy.name);
    f(ns.field("fit"), Prose, &p.donor.national_strategy.fit);
    for e in &p.donor.funding_cycle {
        let ep = d.field("funding_cycle").item(e.id);
        f(ep.field("title"), Label, &e.title);
        f(ep.field("note"), Prose, &e.note);
    }

    let pa = FieldPath::step(Step::Partners);
    for x in &p.partners {
        let xp = pa.item(x.id);
        f(xp.field("name"), Label, &x.name);
        f(xp.field("role"), Prose, &x.role);
        f(xp.field("contribution"), Prose, &x.contribution);
    }

    let cm = FieldPath::step(Step::Communication);
    let plan = &p.communication;
    for a in &plan.audiences {
        let ap = cm.field("audiences").item(a.id);
        f(ap.field("name"), Label, &a.name);
        f(ap.field("interest"), Prose, &a.interest);
    }
    f(cm.field("general_message"), Prose, &plan.general_message);
    for m in &plan.specific_messages {
        f(
            cm.field("specific_messages").item(m.id).field("text"),
            Prose,
            &m.text,
        );
    }
    for s in &plan.stories {
        let sp = cm.field("stories").item(s.id);
        f(sp.field("title"), Prose, &s.title);
        f(sp.field("text"), Prose, &s.text);
        f(sp.field("source"), Label, &s.source);
    }
    for x in &plan.products {
        let xp = cm.field("products").item(x.id);
        f(xp.field("name"), Label, &x.name);
        f(xp.field("channel"), Label, &x.channel);
    }
    for e in &plan.events {
        let ep = cm.field("events").item(e.id);
        f(ep.field("title"), Label, &e.title);
        f(ep.field("note"), Prose, &e.note);
    }
    for x in &plan.champions {
        let xp = cm.field("champions").item(x.id);
        f(xp.field("name"), Label, &x.name);
        f(xp.field("role"), Prose, &x.role);
    }
    for m in &plan.measures {
        f(
            cm.field("measures").item(m.id).field("text"),
            Prose,
            &m.text,
        );
    }

    let bu = FieldPath::step(Step::Budget);
    for l in &p.budget {
        let lp = bu.item(l.id);
        f(lp.field("description"), Prose, &l.description);
        f(lp.field("unit"), Label, &l.unit);
        f(lp.field("cofunding_source"), Label, &l.cofunding_source);
    }

    let su = FieldPath::step(Step::Sustainability);
    let s = &p.sustainability;
    f(su.field("formalisation"), Prose, &s.formalisation);
    f(su.field("reinvestment"), Prose, &s.reinvestment);
    f(
        su.field("alternative_livelihoods"),
        Prose,
        &s.alternative_livelihoods,
    );

    let ri = FieldPath::step(Step::Risks);
    for r in &p.risks {
        let rp = ri.item(r.id);
        f(rp.field("text"), Prose, &r.text);
        f(rp.field("mitigation"), Prose, &r.mitigation);
        f(rp.field("owner"), Label, &r.owner);
    }
}

fn indicators(owner: &FieldPath, list: &[Indicator], f: &mut dyn FnMut(FieldPath, TextKind, &str)) {
    for i in list {
        let ip = owner.field("indicators").item(i.id);
        f(ip.field("name"), TextKind::Prose, &i.name);
        f(ip.field("unit"), TextKind::Label, &i.unit);
        f(
            ip.field("baseline_value"),
            TextKind::Label,
            &i.baseline_value,
        );
        f(ip.field("target_value"), TextKind::Label, &i.target_value);
        f(ip.field("verification"), TextKind::Label, &i.verification);
        for m in &i.milestones {
            let mp = ip.field("milestones").item(m.id);
            f(mp.field("value"), TextKind::Label, &m.value);
        }
    }
}

/// Placeholders (checked in every field).
const PLACEHOLDERS: &[Phrase] = &[
    Phrase::word("tbd"),
    Phrase::word("tbc"),
    Phrase::word("to be determined"),
    Phrase::word("to be confirmed"),
    Phrase::word("to be defined"),
    Phrase::word("todo"),
    Phrase::prefix("xxx"),
    Phrase::prefix("lorem"),
    Phrase::prefix("[insert"),
    Phrase::prefix("[add"),
    Phrase::prefix("[name"),
    Phrase::prefix("[à compléter"),
    Phrase::prefix("[à insérer"),
    Phrase::prefix("[nom"),
    Phrase::word("à déterminer"),
    Phrase::word("a determiner"),
    Phrase::word("à définir"),
    Phrase::word("à compléter"),
    Phrase::word("a completer"),
    Phrase::word("à préciser"),
    Phrase::word("à confirmer"),
    // Spanish.
    Phrase::word("por definir"),
    Phrase::word("por determinar"),
    Phrase::word("por confirmar"),
    Phrase::word("por completar"),
    // Not "pendiente" alone: it is also a slope, which mining texts describe.
    Phrase::word("pendiente de definir"),
    Phrase::word("pendiente de confirmar"),
    Phrase::prefix("[pendiente"),
    Phrase::prefix("[insertar"),
    Phrase::prefix("[completar"),
    Phrase::prefix("[nombre"),
    // Portuguese.
    Phrase::word("a definir"),
    Phrase::word("a determinar"),
    Phrase::word("a confirmar"),
    Phrase::word("a preencher"),
    Phrase::word("a completar"),
    Phrase::prefix("[inserir"),
    Phrase::prefix("[preencher"),
    Phrase::prefix("[nome"),
    Phrase::prefix("???"),
];

/// Vague endings (checked in prose).
const VAGUE_PHRASES: &[Phrase] = &[
    Phrase::word("etc"),
    Phrase::word("et cetera"),
    Phrase::word("and so on"),
    Phrase::word("and so forth"),
    Phrase::word("et ainsi de suite"),
    Phrase::word("y así sucesivamente"),
    Phrase::word("entre otros"),
    Phrase::word("e assim por diante"),
    Phrase::word("entre outros"),
    Phrase::prefix("..."),
    Phrase::prefix("…"),
];

/// Absolute claims (checked in prose).
const ABSOLUTES: &[Phrase] = &[
    Phrase::word("all miners"),
    Phrase::word("every miner"),
    Phrase::word("all children"),
    Phrase::word("all women"),
    Phrase::word("always"),
    Phrase::word("never"),
    Phrase::word("eliminate completely"),
    Phrase::word("completely eliminate"),
    Phrase::word("eradicate completely"),
    Phrase::word("completely eradicate"),
    Phrase::word("totally eliminate"),
    Phrase::prefix("100%"),
    Phrase::prefix("100 %"),
    Phrase::prefix("100 per cent"),
    Phrase::prefix("100 percent"),
    Phrase::prefix("100 pour cent"),
    Phrase::word("tous les mineurs"),
    Phrase::word("toutes les mineures"),
    Phrase::word("tous les enfants"),
    Phrase::word("toutes les femmes"),
    Phrase::word("toujours"),
    Phrase::word("jamais"),
    Phrase::word("éliminer complètement"),
    Phrase::word("complètement éliminer"),
    Phrase::word("éliminer totalement"),
    Phrase::word("éradiquer complètement"),
    Phrase::word("éradiquer totalement"),
    Phrase::prefix("100 por ciento"),
    Phrase::prefix("100 por cento"),
    Phrase::word("todos los mineros"),
    Phrase::word("todas las mujeres"),
    Phrase::word("todos los niños"),
    Phrase::word("siempre"),
    Phrase::word("nunca"),
    Phrase::word("erradicar completamente"),
    Phrase::word("eliminar completamente"),
    Phrase::word("eliminar totalmente"),
    Phrase::word("todos os mineiros"),
    Phrase::word("todas as mulheres"),
    Phrase::word("todas as crianças"),
    Phrase::word("sempre"),
    Phrase::word("erradicar totalmente"),
];

/// What one pass over every text field found: the findings of the three text rules and the
/// words of each step (for the word limits).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextScan {
    /// Findings of the placeholder rule (`text.placeholder`).
    pub placeholder: Vec<Finding>,
    /// Findings of the vague-wording rule (`text.vague`).
    pub vague: Vec<Finding>,
    /// Findings of the exaggeration rule (`text.exaggeration`).
    pub exaggeration: Vec<Finding>,
    /// Words per step, in the order of `Step::WITH_FIELDS`.
    pub words: [usize; STEP_COUNT],
}

const G_PLACEHOLDER: u8 = 0;
const G_VAGUE: u8 = 1;
const G_ABSOLUTE: u8 = 2;

fn phrase_set() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&[PLACEHOLDERS, VAGUE_PHRASES, ABSOLUTES]))
}

/// Reads every text field once and collects what the text rules and word limits need.
pub fn scan(p: &Proposal) -> TextScan {
    let set = phrase_set();
    let all = set.mask(1 << G_PLACEHOLDER | 1 << G_VAGUE | 1 << G_ABSOLUTE);
    let placeholders_only = set.mask(1 << G_PLACEHOLDER);
    let mut out = TextScan::default();
    for_each_text(p, &mut |path, kind, text| {
        if text.is_empty() {
            return;
        }
        let wanted = if kind == TextKind::Prose {
            all
        } else {
            placeholders_only
        };
        let r = set.scan(text, wanted);
        if let Some(i) = path.wizard_step().and_then(Step::field_index) {
            if let Some(w) = out.words.get_mut(i) {
                *w += r.words;
            }
        }
        for (g, hit) in r.first.iter().enumerate().take(3) {
            let (Some((at, k)), Some(list)) = (hit, GROUPS.get(g)) else {
                continue;
            };
            let Some((phrase, _)) = set.phrase(*k) else {
                continue;
            };
            let (rule, severity, key, target) = match list {
                Group::Placeholder => (
                    PLACEHOLDER,
                    Severity::Warning,
                    "review.text_placeholder",
                    &mut out.placeholder,
                ),
                Group::Vague => (VAGUE, Severity::Tip, "review.text_vague", &mut out.vague),
                Group::Absolute => (
                    EXAGGERATION,
                    Severity::Tip,
                    "review.text_exaggeration",
                    &mut out.exaggeration,
                ),
            };
            let found = matched(text, *at, phrase);
            target.push(
                Finding::new(rule, severity, path.clone(), key)
                    .with("found", found)
                    .with("excerpt", excerpt(text, *at, found.len())),
            );
        }
    });
    out
}

enum Group {
    Placeholder,
    Vague,
    Absolute,
}

const GROUPS: [Group; 3] = [Group::Placeholder, Group::Vague, Group::Absolute];

/// The scan of this review run if [`super::review`] made one, else a fresh one.
fn with_scan<T>(p: &Proposal, ctx: &ReviewContext, f: impl FnOnce(&TextScan) -> T) -> T {
    match ctx.text_scan() {
        Some(s) => f(s),
        None => f(&scan(p)),
    }
}

/// A placeholder such as "TBD", "XXX", "lorem ipsum", "[insert …]" or "à déterminer" left in
/// any field.
pub fn placeholder(p: &Proposal, ctx: &ReviewContext) -> Vec<Finding> {
    with_scan(p, ctx, |s| s.placeholder.clone())
}

/// A vague ending such as "etc." or "..." in the drafter's own prose.
pub fn vague(p: &Proposal, ctx: &ReviewContext) -> Vec<Finding> {
    with_scan(p, ctx, |s| s.vague.clone())
}

/// An absolute claim ("all miners", "always", "never", "100%", "éliminer complètement") in
/// the drafter's own prose; quotations are left alone.
pub fn exaggeration(p: &Proposal, ctx: &ReviewContext) -> Vec<Finding> {
    with_scan(p, ctx, |s| s.exaggeration.clone())
}

/// Words of each step, from this review run's scan if there is one.
pub fn words_per_step(p: &Proposal, ctx: &ReviewContext) -> [usize; STEP_COUNT] {
    with_scan(p, ctx, |s| s.words)
}

//! Human names of the model's coded values (issues, partner types, budget categories…) in the
//! document's language.
//!
//! Names that the knowledge base holds (issues, miner profiles, partner types and levels, donor
//! types, transitions, MDGs and SDGs) come from it, so the app and its exports say the same thing;
//! the few that are only an export concern live in `labels.rs`.

use super::labels::Label;
use crate::i18n::Lang;
use crate::model::{
    BudgetCategory, Commitment, DonorTemplate, DonorType, Issue, Level, MinerProfile, PartnerLevel,
    PartnerType, PriorityIssue, RiskCategory, Strength, Transition,
};

/// Turns a snake_case id into readable words ("child_labour" → "Child labour"); the last-resort
/// name when the knowledge base has no entry.
pub fn humanise(id: &str) -> String {
    let words = id.replace('_', " ");
    let mut c = words.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Name of a catalogue issue.
pub fn issue(i: Issue, lang: Lang) -> String {
    kb_name(KbKind::Priority, i.as_str(), lang)
}

/// Name of a priority's issue, catalogue or written in.
pub fn priority_issue(p: &PriorityIssue, lang: Lang) -> String {
    match p {
        PriorityIssue::Catalogue(i) => issue(*i, lang),
        PriorityIssue::Custom(s) => s.clone(),
    }
}

/// Name of a miner profile.
pub fn miner_profile(m: MinerProfile, lang: Lang) -> String {
    kb_name(KbKind::MinerProfile, m.as_str(), lang)
}

/// Name of a donor type.
pub fn donor_type(d: DonorType, lang: Lang) -> String {
    kb_name(KbKind::DonorType, d.as_str(), lang)
}

/// Name of a partner type.
pub fn partner_type(t: PartnerType, lang: Lang) -> String {
    kb_name(KbKind::PartnerType, t.as_str(), lang)
}

/// Name of a partnership level.
pub fn partner_level(l: PartnerLevel, lang: Lang) -> String {
    kb_name(KbKind::PartnerLevel, l.as_str(), lang)
}

/// Name of a transition.
pub fn transition(t: Transition, lang: Lang) -> String {
    kb_name(KbKind::Transition, t.as_str(), lang)
}

/// Name of a kind of risk.
pub fn risk_category(c: RiskCategory, lang: Lang) -> String {
    kb_name(KbKind::RiskCategory, c.as_str(), lang)
}

/// Name of a risk's likelihood or impact.
pub fn level(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::Low => Label::LevelLow.text(lang),
        Level::Medium => Label::LevelMedium.text(lang),
        Level::High => Label::LevelHigh.text(lang),
    }
}

/// The objectives and assumptions a risk threatens, named as the logframe numbers them:
/// "Specific objective 1", "Goal, assumption 1", "Specific objective 2, assumption 1".
pub fn threatened(p: &crate::model::Proposal, ids: &[crate::model::Id], lang: Lang) -> Vec<String> {
    let lf = &p.logframe;
    let objective = |i: usize| format!("{} {}", Label::Objective.text(lang), i + 1);
    let assumption = |owner: String, k: usize| {
        super::labels::fill(
            lang,
            Label::AssumptionOf,
            &[("owner", &owner), ("n", &(k + 1).to_string())],
        )
    };
    ids.iter()
        .filter_map(|id| {
            if let Some(i) = lf.objectives.iter().position(|o| o.id == *id) {
                return Some(objective(i));
            }
            if let Some(k) = lf.goal.assumptions.iter().position(|a| a.id == *id) {
                return Some(assumption(Label::Goal.text(lang).to_string(), k));
            }
            lf.objectives.iter().enumerate().find_map(|(i, o)| {
                let k = o.assumptions.iter().position(|a| a.id == *id)?;
                Some(assumption(objective(i), k))
            })
        })
        .collect()
}

/// Name of a commitment level.
pub fn commitment(c: Commitment, lang: Lang) -> &'static str {
    match c {
        Commitment::Confirmed => Label::Confirmed.text(lang),
        Commitment::InDiscussion => Label::InDiscussion.text(lang),
        Commitment::ToApproach => Label::ToApproach.text(lang),
    }
}

/// Name of a link strength.
pub fn strength(s: Strength, lang: Lang) -> &'static str {
    match s {
        Strength::Direct => Label::Direct.text(lang),
        Strength::Indirect => Label::Indirect.text(lang),
    }
}

/// Name of a template.
pub fn template(t: DonorTemplate, lang: Lang) -> &'static str {
    match t {
        DonorTemplate::ConceptNote => Label::ConceptNote.text(lang),
        DonorTemplate::FullProposal => Label::FullProposal.text(lang),
        DonorTemplate::LogframeAnnex => Label::LogframeAnnex.text(lang),
    }
}

/// Name of a budget category.
pub fn budget_category(c: BudgetCategory, lang: Lang) -> &'static str {
    let l = match c {
        BudgetCategory::Personnel => Label::CatPersonnel,
        BudgetCategory::Travel => Label::CatTravel,
        BudgetCategory::Equipment => Label::CatEquipment,
        BudgetCategory::Supplies => Label::CatSupplies,
        BudgetCategory::Training => Label::CatTraining,
        BudgetCategory::Meetings => Label::CatMeetings,
        BudgetCategory::GrantsCredit => Label::CatGrantsCredit,
        BudgetCategory::Communication => Label::CatCommunication,
        BudgetCategory::MonitoringEvaluation => Label::CatMonitoring,
        BudgetCategory::Services => Label::CatServices,
        BudgetCategory::Overheads => Label::CatOverheads,
        BudgetCategory::Other => Label::CatOther,
    };
    l.text(lang)
}

/// The MDG (1–8) a target (1–18 of the 2001 list) belongs to.
pub fn mdg_of_target(target: u32) -> Option<u8> {
    Some(match target {
        1 | 2 => 1,
        3 => 2,
        4 => 3,
        5 => 4,
        6 => 5,
        7 | 8 => 6,
        9..=11 => 7,
        12..=18 => 8,
        _ => return None,
    })
}

/// The SDGs that carry an MDG on (the standard MDG → SDG correspondence); used when the
/// knowledge base gives none for a target.
pub fn sdgs_of_mdg(goal: u8) -> &'static [u8] {
    match goal {
        1 => &[1, 2],
        2 => &[4],
        3 => &[5],
        4..=6 => &[3],
        7 => &[6, 11, 12, 15],
        8 => &[17],
        _ => &[],
    }
}

#[derive(Clone, Copy)]
enum KbKind {
    Priority,
    MinerProfile,
    DonorType,
    PartnerType,
    PartnerLevel,
    Transition,
    RiskCategory,
}

fn kb_name(kind: KbKind, id: &str, lang: Lang) -> String {
    kb_lookup(kind, id, lang).unwrap_or_else(|| humanise(id))
}

fn kb_lookup(kind: KbKind, id: &str, lang: Lang) -> Option<String> {
    let kb = crate::knowledge::kb();
    let found = match kind {
        KbKind::Priority => kb.priority(id).map(|x| x.title.get(lang).to_string()),
        KbKind::MinerProfile => kb.miner_profile(id).map(|x| x.name.get(lang).to_string()),
        KbKind::DonorType => kb.donor_type(id).map(|x| x.name.get(lang).to_string()),
        KbKind::PartnerType => kb.partner_type(id).map(|x| x.name.get(lang).to_string()),
        KbKind::PartnerLevel => kb
            .partnership_level(id)
            .map(|x| x.name.get(lang).to_string()),
        KbKind::Transition => kb
            .transition(id)
            .map(|t| format!("{} \u{2192} {}", t.from.get(lang), t.to.get(lang))),
        KbKind::RiskCategory => kb.risk_category(id).map(|x| x.name.get(lang).to_string()),
    };
    found.filter(|s| !s.trim().is_empty())
}

/// "MDG n: title" for a goal, in `lang`.
pub fn mdg_title(goal: u8, lang: Lang) -> String {
    let l = Label::Mdg.text(lang);
    match crate::knowledge::kb().mdg(goal) {
        Some(g) => format!(
            "{l} {goal}{}{}",
            super::labels::colon(lang),
            g.title.get(lang)
        ),
        None => format!("{l} {goal}"),
    }
}

/// The lever issue of an MDG (what mining communities have to do with it), when known.
pub fn mdg_lever(goal: u8, lang: Lang) -> Option<String> {
    crate::knowledge::kb()
        .mdg(goal)
        .map(|g| g.lever_issue.get(lang).trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The text of an MDG target, when known.
pub fn mdg_target_text(target: u32, lang: Lang) -> Option<String> {
    let n = u8::try_from(target).ok()?;
    crate::knowledge::kb()
        .mdg_target(n)
        .map(|t| t.text.get(lang).trim().to_string())
        .filter(|s| !s.is_empty())
}

/// SDG goals (and target codes, when known) that carry an MDG target on: the knowledge base's
/// mapping, or the goal-level correspondence when it has none.
pub fn sdgs_of_mdg_target(target: u32) -> Vec<(u8, Option<String>)> {
    let from_kb: Vec<(u8, Option<String>)> = u8::try_from(target)
        .ok()
        .and_then(|n| crate::knowledge::kb().mdg_target(n))
        .map(|t| t.sdgs.iter().map(|r| (r.sdg, r.target.clone())).collect())
        .unwrap_or_default();
    if !from_kb.is_empty() {
        return from_kb;
    }
    mdg_of_target(target)
        .map(|g| sdgs_of_mdg(g).iter().map(|&n| (n, None)).collect())
        .unwrap_or_default()
}

/// How loosely an MDG target's SDG target `code` is linked: `Some("thematic")` or
/// `Some("app_suggestion")` (see [`crate::knowledge::SdgRef::kind`]), `None` for a carry-over.
pub fn sdg_kind(target: u32, code: &str) -> Option<String> {
    let n = u8::try_from(target).ok()?;
    crate::knowledge::kb()
        .mdg_target(n)?
        .sdgs
        .iter()
        .find(|r| r.target.as_deref() == Some(code))
        .and_then(|r| r.kind.clone())
}

/// The label exports print after a loosely linked SDG target ("thematic add-on", "the app's
/// suggestion…"), in `lang`; `None` for a carry-over.
pub fn sdg_kind_label(kind: Option<&str>, lang: Lang) -> Option<&'static str> {
    match kind? {
        "thematic" => Some(Label::SdgThematic.text(lang)),
        "app_suggestion" => Some(Label::SdgAppSuggestion.text(lang)),
        _ => None,
    }
}

/// "SDG n: title" for a goal, in `lang`.
pub fn sdg_title(n: u8, lang: Lang) -> String {
    let l = Label::Sdg.text(lang);
    match crate::knowledge::kb().sdg(n) {
        Some(g) => format!("{l} {n}{}{}", super::labels::colon(lang), g.title.get(lang)),
        None => format!("{l} {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_coded_value_has_a_knowledge_name_in_every_language() {
        for lang in Lang::ALL {
            let has = |k: KbKind, id: &str| kb_lookup(k, id, lang).is_some();
            for &i in Issue::ALL {
                assert!(has(KbKind::Priority, i.as_str()), "{i:?} {lang:?}");
            }
            for &m in MinerProfile::ALL {
                assert!(has(KbKind::MinerProfile, m.as_str()), "{m:?}");
            }
            for &d in DonorType::ALL {
                assert!(has(KbKind::DonorType, d.as_str()), "{d:?}");
            }
            for &t in PartnerType::ALL {
                assert!(has(KbKind::PartnerType, t.as_str()), "{t:?}");
            }
            for &l in PartnerLevel::ALL {
                assert!(has(KbKind::PartnerLevel, l.as_str()), "{l:?}");
            }
            for &t in Transition::ALL {
                assert!(transition(t, lang).contains('\u{2192}'), "{t:?}");
            }
            for &c in RiskCategory::ALL {
                assert!(has(KbKind::RiskCategory, c.as_str()), "{c:?} {lang:?}");
            }
            for g in 1..=8 {
                assert!(mdg_lever(g, lang).is_some(), "MDG {g}");
                assert!(mdg_title(g, lang).len() > 6);
            }
        }
        for t in 1..=18 {
            assert!(!sdgs_of_mdg_target(t).is_empty(), "target {t}");
            assert_eq!(
                crate::knowledge::kb().mdg_target(t as u8).map(|x| x.goal),
                mdg_of_target(t),
                "target {t}"
            );
        }
    }
}

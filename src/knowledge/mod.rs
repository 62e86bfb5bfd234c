//! The knowledge base: what the 2005 World Bank / CASM conference report "The Millennium
//! Development Goals and Small-Scale Mining" teaches a proposal drafter, typed and bilingual.
//!
//! Content lives in `data/knowledge/*.json`, embedded at compile time and parsed once. Every item
//! carries a [`Citation`]; all prose is in our own words (a test guards against copied runs of
//! the report). Start from [`kb()`]:
//!
//! ```
//! use asm_proposal::{i18n::Lang, knowledge::kb};
//! let goal = kb().mdg(6).expect("MDG 6");
//! assert!(!goal.lever_issue.get(Lang::Fr).is_empty());
//! assert_eq!(kb().mdg_target(7).map(|t| t.goal), Some(6));
//! ```

mod advocacy;
mod community;
mod goals;
pub mod ids;
mod load;
mod risks;
pub mod sdg_suggestions;
pub mod sources;
mod text;
mod translate;

pub use advocacy::{
    CommunicationChannel, DonorType, Empowerment, EmpowermentPillar, FiveR, Lesson,
    StrengthCriterion,
};
pub use community::{MinerProfile, PartnerType, PartnershipLevel, Priority, Transition};
pub use goals::{Mdg, MdgTarget, Sdg};
pub use load::{
    parse, parse_each, parse_files, parse_first, parse_values, DATA_FILES, FIRST_FILES,
};
pub use risks::RiskGuide;
pub use sources::check_cited_lines;
pub use text::{Citation, Fact, SdgRef, Text};
pub use translate::{merge_translation, translated_base};

use crate::i18n::Lang;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, OnceLock};

/// Everything the app knows from the report, parsed from the embedded data files.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// The report's sections (and UN documents) that items cite, by key; each item carries
    /// its own copy as `citation`.
    #[serde(default)]
    pub citations: std::collections::BTreeMap<String, Citation>,
    /// The eight Millennium Development Goals, in order, each with its targets.
    #[serde(default)]
    pub mdgs: Vec<Mdg>,
    /// The seventeen Sustainable Development Goals, in order.
    #[serde(default)]
    pub sdgs: Vec<Sdg>,
    /// The priority issues a proposal can pick from, in [`ids::PRIORITIES`] order.
    #[serde(default)]
    pub priorities: Vec<Priority>,
    /// How people mine: the behavioural miner profiles.
    pub miner_profiles: Vec<MinerProfile>,
    /// Transitions out of the poverty trap.
    pub transitions: Vec<Transition>,
    /// The levels of community-driven development partnerships, local to global.
    #[serde(default)]
    pub partnership_levels: Vec<PartnershipLevel>,
    /// Kinds of partner organisations.
    #[serde(default)]
    pub partner_types: Vec<PartnerType>,
    /// Kinds of donors and what they look for.
    pub donor_types: Vec<DonorType>,
    /// Lessons on approaching donors.
    pub donor_lessons: Vec<Lesson>,
    /// Communication products and channels.
    pub communication_channels: Vec<CommunicationChannel>,
    /// Lessons on messages: general and specific, sober, in the donor's language.
    pub message_lessons: Vec<Lesson>,
    /// Lessons on success stories: verifiable, sourced, not exaggerated.
    pub success_story_lessons: Vec<Lesson>,
    /// Hobbs's five Rs of a productive, self-sustaining artisanal sector.
    #[serde(default)]
    pub five_rs: Vec<FiveR>,
    /// The economic, social and political empowerment approach.
    #[serde(default)]
    pub empowerment: Empowerment,
    /// What makes a proposal strong, per the report (the review rules' reasons).
    #[serde(default)]
    pub strength_criteria: Vec<StrengthCriterion>,
    /// Key facts and figures about the sector, each cited.
    pub facts: Vec<Fact>,
    /// The kinds of risk a risk register sorts by, in [`ids::RISK_CATEGORIES`] order.
    #[serde(default)]
    pub risk_categories: Vec<RiskGuide>,
}

/// The knowledge base, parsed on first use. Empty (never a panic) if the embedded data were
/// broken, which the tests rule out.
///
/// The browser's release build (`asm_split`, see `src/ui/steps/lazy.rs`) starts with the part
/// the first screen reads ([`parse_first`]); the module of every other screen calls
/// [`complete`] before drawing, and from then on this answers with the whole base. Only that
/// module refers to the other files, so their text is not in the first download.
pub fn kb() -> &'static KnowledgeBase {
    if let Some(full) = translated().or_else(|| FULL.get()) {
        return full;
    }
    #[cfg(not(asm_split))]
    return FULL.get_or_init(|| parse().unwrap_or_default());
    #[cfg(asm_split)]
    {
        static FIRST: OnceLock<KnowledgeBase> = OnceLock::new();
        FIRST.get_or_init(|| load::parse_first().unwrap_or_default())
    }
}

/// The whole base, once parsed (see [`kb`]).
static FULL: OnceLock<KnowledgeBase> = OnceLock::new();

/// Parses the whole base if that is not done yet.
pub fn complete() {
    FULL.get_or_init(|| parse().unwrap_or_default());
}

/// Whether [`kb`] answers with the whole base.
pub fn is_complete() -> bool {
    translated().is_some() || FULL.get().is_some()
}

/// The base with the installed language packs' texts merged in, once one is installed (see
/// [`install_translation`]); [`kb`] answers from it from then on. Each install replaces it
/// by a base with one more language (the previous one is leaked: references handed out stay
/// valid, and at most three packs are ever installed).
static TRANSLATED: AtomicPtr<KnowledgeBase> = AtomicPtr::new(std::ptr::null_mut());

/// Parsed data files, by name.
type Files = Vec<(String, crate::json::Value)>;

/// The embedded files with every installed pack's texts merged in, and those packs' languages.
static MERGED: Mutex<Option<(Files, Vec<Lang>)>> = Mutex::new(None);

fn translated() -> Option<&'static KnowledgeBase> {
    let p = TRANSLATED.load(Ordering::Acquire);
    // SAFETY: only `install_translation` stores here, a pointer from `Box::leak`, never freed.
    (!p.is_null()).then(|| unsafe { &*p })
}

/// Merges a language pack's knowledge files (`lang`'s texts at the places of the embedded
/// base's) into the base that [`kb`] returns, keeping the languages installed before. Nothing
/// changes on error; installing a language twice changes nothing.
pub fn install_translation(
    lang: Lang,
    files: &[(String, crate::json::Value)],
) -> Result<(), String> {
    let mut merged = MERGED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if merged
        .as_ref()
        .is_some_and(|(_, langs)| langs.contains(&lang))
    {
        return Ok(());
    }
    let (mut values, mut langs) = match merged.as_ref() {
        Some((v, l)) => (v.clone(), l.clone()),
        None => (parse_each(DATA_FILES)?, Vec::new()),
    };
    merge_translation(&mut values, files, lang)?;
    let base = parse_values(values.clone())?;
    langs.push(lang);
    *merged = Some((values, langs));
    TRANSLATED.store(Box::into_raw(Box::new(base)), Ordering::Release);
    Ok(())
}

impl KnowledgeBase {
    /// The Millennium Development Goal numbered `n` (1..=8).
    pub fn mdg(&self, n: u8) -> Option<&Mdg> {
        self.mdgs.iter().find(|g| g.number == n)
    }

    /// All 18 MDG targets, in goal then target order.
    pub fn mdg_targets(&self) -> impl Iterator<Item = &MdgTarget> {
        self.mdgs.iter().flat_map(|g| g.targets.iter())
    }

    /// The MDG target numbered `n` (1..=18, as in the 2001 list).
    pub fn mdg_target(&self, n: u8) -> Option<&MdgTarget> {
        self.mdg_targets().find(|t| t.number == n)
    }

    /// The Sustainable Development Goal numbered `n` (1..=17).
    pub fn sdg(&self, n: u8) -> Option<&Sdg> {
        self.sdgs.iter().find(|g| g.number == n)
    }

    /// The MDG targets an SDG carries on (reverse of [`MdgTarget::sdgs`]).
    pub fn mdg_targets_for_sdg(&self, n: u8) -> Vec<&MdgTarget> {
        self.mdg_targets()
            .filter(|t| t.sdgs.iter().any(|r| r.sdg == n))
            .collect()
    }

    /// The priority issue with this id.
    pub fn priority(&self, id: &str) -> Option<&Priority> {
        self.priorities.iter().find(|p| p.id == id)
    }

    /// The priority issues that relate to MDG `n`.
    pub fn priorities_for_mdg(&self, n: u8) -> Vec<&Priority> {
        self.priorities
            .iter()
            .filter(|p| p.mdgs.contains(&n))
            .collect()
    }

    /// The miner profile with this id.
    pub fn miner_profile(&self, id: &str) -> Option<&MinerProfile> {
        self.miner_profiles.iter().find(|p| p.id == id)
    }

    /// The transition with this id.
    pub fn transition(&self, id: &str) -> Option<&Transition> {
        self.transitions.iter().find(|t| t.id == id)
    }

    /// The partnership level with this id.
    pub fn partnership_level(&self, id: &str) -> Option<&PartnershipLevel> {
        self.partnership_levels.iter().find(|l| l.id == id)
    }

    /// The partner type with this id.
    pub fn partner_type(&self, id: &str) -> Option<&PartnerType> {
        self.partner_types.iter().find(|p| p.id == id)
    }

    /// The donor type with this id.
    pub fn donor_type(&self, id: &str) -> Option<&DonorType> {
        self.donor_types.iter().find(|d| d.id == id)
    }

    /// The communication product or channel with this id.
    pub fn communication_channel(&self, id: &str) -> Option<&CommunicationChannel> {
        self.communication_channels.iter().find(|c| c.id == id)
    }

    /// The guidance for the kind of risk with this id.
    pub fn risk_category(&self, id: &str) -> Option<&RiskGuide> {
        self.risk_categories.iter().find(|c| c.id == id)
    }

    /// The strength criterion with this id.
    pub fn strength_criterion(&self, id: &str) -> Option<&StrengthCriterion> {
        self.strength_criteria.iter().find(|c| c.id == id)
    }

    /// The fact with this id, among the general facts and every goal's figures.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.all_facts().find(|f| f.id == id)
    }

    /// Every fact: the general ones, then each goal's figures.
    pub fn all_facts(&self) -> impl Iterator<Item = &Fact> {
        self.facts
            .iter()
            .chain(self.mdgs.iter().flat_map(|g| g.figures.iter()))
    }

    /// Facts that support the priority issue `id`.
    pub fn facts_for_priority<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Fact> + 'a {
        self.all_facts()
            .filter(move |f| f.priorities.iter().any(|p| p == id))
    }
}

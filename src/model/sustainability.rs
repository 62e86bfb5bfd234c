//! Step 9 of the document (shown with the budget/review in the UI), `sustainability`.

use super::ids::id_enum;

id_enum! {
    /// Transitions within ASM that help break the poverty cycle (as the report lists them).
    Transition {
        /// From artisanal to small-scale, mechanised, organised mining.
        ArtisanalToSmallScale = "artisanal_to_small_scale",
        /// From gold and gemstones to industrial minerals.
        ToIndustrialMinerals = "to_industrial_minerals",
        /// From mining to farming and other businesses.
        MiningToOtherLivelihoods = "mining_to_other_livelihoods",
        /// Investing in children's schooling, health and skills instead of mining.
        NextGenerationEducation = "next_generation_education",
        /// From informal, unlicensed work to legal, recognised operations.
        InformalToFormal = "informal_to_formal",
    }
}

/// How the gains last after the project. Paths `sustainability.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Sustainability {
    /// Transitions the project supports. Path `sustainability.transitions`.
    pub transitions: Vec<Transition>,
    /// Path to formalisation (titles, permits, associations). Path `sustainability.formalisation`.
    pub formalisation: String,
    /// How income is reinvested. Path `sustainability.reinvestment`.
    pub reinvestment: String,
    /// Alternative livelihoods. Path `sustainability.alternative_livelihoods`.
    pub alternative_livelihoods: String,
}

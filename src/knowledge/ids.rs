//! The fixed identifiers of the catalogues. Other modules store these strings in proposals, so
//! they never change once shipped; the tests check the data holds exactly these, in this order.

/// Priority issue ids, in the order the report's discussion presents them.
pub const PRIORITIES: [&str; 17] = [
    "poverty",
    "misperception",
    "marginalisation",
    "vulnerability",
    "mobility",
    "conflict",
    "health",
    "education",
    "gender",
    "child_labour",
    "mercury_environment",
    "legal_status",
    "land_mineral_rights",
    "market_access",
    "technology",
    "alternative_livelihoods",
    "governance_transparency",
];

/// Miner profile ids (Pedro's behavioural profiles).
pub const MINER_PROFILES: [&str; 5] = [
    "permanent",
    "seasonal",
    "poverty_driven",
    "rush",
    "complex_group",
];

/// Transition ids, the paths out of the poverty trap.
pub const TRANSITIONS: [&str; 5] = [
    "artisanal_to_small_scale",
    "to_industrial_minerals",
    "mining_to_other_livelihoods",
    "next_generation_education",
    "informal_to_formal",
];

/// Partnership level ids, from the most local to the global (de Regt).
pub const PARTNERSHIP_LEVELS: [&str; 5] = [
    "community",
    "community_local_government",
    "sectors_local_government",
    "national_policy",
    "global",
];

/// Partner type ids.
pub const PARTNER_TYPES: [&str; 12] = [
    "community_organisation",
    "miners_association",
    "cooperative",
    "ngo",
    "local_government",
    "national_government",
    "donor_agency",
    "private_sector",
    "academic",
    "international_organisation",
    "media",
    "health_service",
];

/// Donor type ids.
pub const DONOR_TYPES: [&str; 6] = [
    "bilateral",
    "multilateral_trust_fund",
    "conflict_agency",
    "line_ministry",
    "private_sector",
    "foundation",
];

/// Communication product and channel ids.
pub const COMMUNICATION_CHANNELS: [&str; 12] = [
    "issue_brief",
    "fact_sheet",
    "success_story",
    "film_video",
    "press_release",
    "press_kit",
    "events_calendar",
    "donor_workshop",
    "site_visit",
    "community_networks",
    "best_practice_guide",
    "internet_access",
];

/// The five Rs, in Hobbs's order.
pub const FIVE_RS: [&str; 5] = [
    "reinvestment",
    "rights",
    "responsibilities",
    "revenue",
    "regulation",
];

/// Empowerment pillar ids.
pub const EMPOWERMENT_PILLARS: [&str; 3] = ["economic", "social", "political"];

/// Proposal strength criterion ids (what the report says makes a proposal strong).
pub const STRENGTH_CRITERIA: [&str; 10] = [
    "few_ranked_priorities",
    "realistic_objectives",
    "measurable_results",
    "mdg_mapping",
    "donor_linkage",
    "country_ownership",
    "functional_partnerships",
    "communication_strategy",
    "specific_coordinated_request",
    "sustainability_path",
];

/// Kinds of risk in a risk register (the model's `RiskCategory`), "other" last.
pub const RISK_CATEGORIES: [&str; 6] = [
    "conflict", "mercury", "tenure", "capture", "prices", "other",
];

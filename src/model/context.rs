//! Step 1, `context`: who asks, where, for whom, about what problem, for how long and how much.

use std::collections::BTreeMap;

use super::ids::{id_enum, impl_has_id, Id};
use super::money::Money;

id_enum! {
    /// How people in the community mine (the report's miner profiles); a community may show
    /// several at once.
    MinerProfile {
        /// Full-time, year-round miners.
        Permanent = "permanent",
        /// Mining alongside farming, in the off season.
        Seasonal = "seasonal",
        /// People pushed into mining by lack of any other income.
        PovertyDriven = "poverty_driven",
        /// Newcomers drawn by a recent discovery.
        Rush = "rush",
        /// A mixed group of owners, labourers, financiers and traders.
        ComplexGroup = "complex_group",
    }
}

id_enum! {
    /// The kind of donor the proposal is written for; the review and exports adapt to it.
    DonorType {
        /// A government's development agency.
        Bilateral = "bilateral",
        /// A development bank or a trust fund it manages.
        MultilateralTrustFund = "multilateral_trust_fund",
        /// An agency working in conflict or post-conflict settings.
        ConflictAgency = "conflict_agency",
        /// A ministry of the country itself.
        LineMinistry = "line_ministry",
        /// A company (mining or otherwise).
        PrivateSector = "private_sector",
        /// A private or philanthropic foundation.
        Foundation = "foundation",
    }
}

id_enum! {
    /// The shape of document the donor asked for; sets sections and default word limits.
    #[derive(Default)]
    DonorTemplate {
        /// Short concept note.
        ConceptNote = "concept_note",
        /// Complete proposal (the default).
        #[default]
        FullProposal = "full_proposal",
        /// Logical framework annex only.
        LogframeAnnex = "logframe_annex",
    }
}

id_enum! {
    /// The applicant's kind, in the terms of IATI's OrganisationType codelist (the codes are
    /// the IATI export's business: `export::iati`).
    OrganisationType {
        /// A national government or its ministry.
        Government = "government",
        /// A local or regional government.
        LocalGovernment = "local_government",
        /// Another public body (a mining cadastre, a university hospital).
        OtherPublicSector = "other_public_sector",
        /// An NGO working in several countries.
        InternationalNgo = "international_ngo",
        /// An NGO registered and working in one donor or third country.
        NationalNgo = "national_ngo",
        /// An NGO working across a region.
        RegionalNgo = "regional_ngo",
        /// An NGO or community organisation (a miners' cooperative or association) based in
        /// the country where the project happens.
        PartnerCountryNgo = "partner_country_ngo",
        /// A public–private partnership.
        PublicPrivatePartnership = "public_private_partnership",
        /// A multilateral organisation.
        Multilateral = "multilateral",
        /// A foundation.
        Foundation = "foundation",
        /// A company.
        PrivateSector = "private_sector",
        /// A university, training or research body.
        Academic = "academic",
        /// None of these.
        Other = "other",
    }
}

/// Step 1 of the wizard. Paths: `context.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Context {
    /// Proposal title.
    pub title: String,
    /// Organisation applying.
    pub applicant: String,
    /// The applicant's IATI organisation identifier (`GB-CHC-1234567`), empty when it has
    /// none; see [`super::org_id`]. Left out of the file when empty, so drafts without it are
    /// written as before.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub org_identifier: String,
    /// The applicant's kind, once chosen (IATI's reporting organisation type).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_type: Option<OrganisationType>,
    /// Country name as the drafter writes it.
    pub country_name: String,
    /// ISO 3166-1 alpha-2 code, upper case (`PE`, `TZ`).
    pub country_code: String,
    /// Mine sites or localities. Path `context.sites`.
    pub sites: Vec<String>,
    /// Minerals mined (gold, tanzanite, ...). Path `context.minerals`.
    pub minerals: Vec<String>,
    /// The community. Paths `context.community.<field>`.
    pub community: CommunityProfile,
    /// The problem with its evidence. Paths `context.problem.<field>`.
    pub problem: ProblemStatement,
    /// Project duration. Paths `context.duration.start`, `context.duration.end`.
    pub duration: Duration,
    /// Amount requested from the donor, in minor units of `currency`.
    pub amount_requested: Money,
    /// ISO 4217 code, upper case (`USD`, `PEN`).
    pub currency: String,
    /// The donor written to. Paths `context.donor.name`, `context.donor.donor_type`.
    pub donor: TargetDonor,
    /// Document shape the donor asked for.
    pub template: DonorTemplate,
    /// Per-section word limits that override the template's defaults, keyed by section id.
    /// Path `context.word_limits.<section>`.
    pub word_limits: BTreeMap<String, u32>,
}

/// The community the proposal serves.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CommunityProfile {
    /// Free description of the community.
    pub description: String,
    /// How people mine here.
    pub miner_profiles: Vec<MinerProfile>,
    /// People in the community, if known.
    pub population: Option<u64>,
    /// Share of women, in percent (0–100), if known.
    pub women_percent: Option<u32>,
    /// Children working in or around the mines, if known.
    pub children_working: Option<u64>,
}

/// The problem the proposal addresses.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ProblemStatement {
    /// The problem in the drafter's words. Path `context.problem.statement`.
    pub statement: String,
    /// Facts backing it. Paths `context.problem.evidence.<id>.<field>`.
    pub evidence: Vec<Evidence>,
}

/// One fact backing the problem statement, with where it comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Evidence {
    /// Stable id.
    pub id: Id,
    /// The fact.
    pub text: String,
    /// Where it comes from (survey, report and page, register).
    pub source: String,
}

/// Project duration as ISO `YYYY-MM-DD` strings (kept as typed; see `model::date`).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Duration {
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
}

/// The donor the proposal is addressed to.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct TargetDonor {
    /// Donor's name.
    pub name: String,
    /// Kind of donor, once chosen. The donor step edits this same field (single source).
    pub donor_type: Option<DonorType>,
}

impl Evidence {
    /// A blank item with this id.
    pub fn new(id: Id) -> Self {
        Evidence {
            id,
            ..Default::default()
        }
    }
}

impl_has_id!(Evidence);

/// ISO 3166-1 alpha-2 codes (current, upper case, sorted).
pub const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Whether `code` is an ISO 3166-1 alpha-2 code (exact, upper case).
pub fn is_known_country(code: &str) -> bool {
    COUNTRY_CODES.binary_search(&code).is_ok()
}

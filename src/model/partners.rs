//! Step 6, `partners`: who works with the project, at which level, how firmly.

use super::ids::{id_enum, impl_has_id, Id};

id_enum! {
    /// What kind of organisation a partner is.
    PartnerType {
        /// Community-based organisation.
        CommunityOrganisation = "community_organisation",
        /// Miners' association.
        MinersAssociation = "miners_association",
        /// Cooperative.
        Cooperative = "cooperative",
        /// Non-governmental organisation.
        Ngo = "ngo",
        /// Municipality or district.
        LocalGovernment = "local_government",
        /// National ministry or agency.
        NationalGovernment = "national_government",
        /// Donor agency.
        DonorAgency = "donor_agency",
        /// Company.
        PrivateSector = "private_sector",
        /// University or research body.
        Academic = "academic",
        /// International organisation.
        InternationalOrganisation = "international_organisation",
        /// Press, radio, TV.
        Media = "media",
        /// Clinic, hospital, health programme.
        HealthService = "health_service",
    }
}

id_enum! {
    /// The level a partner acts at (community-driven development partnership levels).
    PartnerLevel {
        /// Within the community.
        Community = "community",
        /// Community with local government.
        CommunityLocalGovernment = "community_local_government",
        /// Sector agencies with local government.
        SectorsLocalGovernment = "sectors_local_government",
        /// National policy.
        NationalPolicy = "national_policy",
        /// Global.
        Global = "global",
    }
}

id_enum! {
    /// How firm a partner's commitment is.
    #[derive(Default)]
    Commitment {
        /// Agreed (letter, MoU).
        Confirmed = "confirmed",
        /// Talks under way.
        InDiscussion = "in_discussion",
        /// Not yet approached (the default).
        #[default]
        ToApproach = "to_approach",
    }
}

/// A partner. Paths `partners.<id>.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Partner {
    /// Stable id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Kind of organisation, once chosen.
    pub partner_type: Option<PartnerType>,
    /// Level it acts at, once chosen.
    pub level: Option<PartnerLevel>,
    /// What it does in the project.
    pub role: String,
    /// What it brings (staff, cash, premises, knowledge).
    pub contribution: String,
    /// How firm the commitment is.
    pub commitment: Commitment,
    /// Whether it champions the cause publicly.
    pub champion: bool,
    /// Objectives it contributes to. Path `partners.<id>.objective_ids`.
    pub objective_ids: Vec<Id>,
}

impl Partner {
    /// A blank partner with this id.
    pub fn new(id: Id) -> Self {
        Partner {
            id,
            ..Default::default()
        }
    }
}

impl_has_id!(Partner);

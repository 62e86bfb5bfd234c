//! Rules on step 6, `partners`: functional partnerships, from the community to government.

use super::scan::has_text;
use super::{FieldPath, Finding, ReviewContext, Severity, Step};
use crate::model::{Commitment, Partner, PartnerLevel, PartnerType, Proposal};

/// No partner working within the community.
pub const NO_COMMUNITY: &str = "partners.no_community";
/// No local or national government partner.
pub const NO_GOVERNMENT: &str = "partners.no_government";
/// A partner without name, type, level, role or contribution.
pub const INCOMPLETE: &str = "partners.incomplete";
/// A partner not yet approached.
pub const NOT_APPROACHED: &str = "partners.not_approached";

fn is_community(x: &Partner) -> bool {
    // A partner of a community kind, or any non-government partner acting within the
    // community. A district office working "with the community" is still government.
    matches!(
        x.partner_type,
        Some(
            PartnerType::CommunityOrganisation
                | PartnerType::MinersAssociation
                | PartnerType::Cooperative
        )
    ) || (x.level == Some(PartnerLevel::Community) && !is_government(x))
}

fn is_government(x: &Partner) -> bool {
    matches!(
        x.partner_type,
        Some(PartnerType::LocalGovernment | PartnerType::NationalGovernment)
    )
}

/// At least one partner at community level (a miners' association, cooperative or community
/// organisation, or any non-government partner acting within the community).
pub fn no_community(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.partners.iter().any(is_community) {
        Vec::new()
    } else {
        vec![Finding::new(
            NO_COMMUNITY,
            Severity::Warning,
            "partners",
            "review.partners_no_community",
        )]
    }
}

/// At least one local or national government partner.
pub fn no_government(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    if p.partners.iter().any(is_government) {
        Vec::new()
    } else {
        vec![Finding::new(
            NO_GOVERNMENT,
            Severity::Warning,
            "partners",
            "review.partners_no_government",
        )]
    }
}

/// Every partner named, typed, placed at a level, with a role and a contribution.
pub fn incomplete(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for x in &p.partners {
        let missing: [(bool, &str, &'static str); 5] = [
            (!has_text(&x.name), "name", "review.partner_no_name"),
            (
                x.partner_type.is_none(),
                "partner_type",
                "review.partner_no_type",
            ),
            (x.level.is_none(), "level", "review.partner_no_level"),
            (!has_text(&x.role), "role", "review.partner_no_role"),
            (
                !has_text(&x.contribution),
                "contribution",
                "review.partner_no_contribution",
            ),
        ];
        for (is_missing, field, key) in missing {
            if is_missing {
                out.push(
                    Finding::new(
                        INCOMPLETE,
                        Severity::Warning,
                        FieldPath::step(Step::Partners).item(x.id).field(field),
                        key,
                    )
                    .with("name", x.name.trim()),
                );
            }
        }
    }
    out
}

/// Partners the project has not yet approached.
pub fn not_approached(p: &Proposal, _: &ReviewContext) -> Vec<Finding> {
    p.partners
        .iter()
        .filter(|x| x.commitment == Commitment::ToApproach)
        .map(|x| {
            Finding::new(
                NOT_APPROACHED,
                Severity::Tip,
                FieldPath::step(Step::Partners)
                    .item(x.id)
                    .field("commitment"),
                "review.partner_not_approached",
            )
            .with("name", x.name.trim())
        })
        .collect()
}

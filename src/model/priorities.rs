//! Step 2, `priorities`: a short ranked list of the issues the proposal tackles.

use super::ids::{id_enum, impl_has_id, Id};

id_enum! {
    /// The issues the 2005 CASM/World Bank report names for ASM communities; the knowledge
    /// module holds their explanations.
    Issue {
        /// Poverty and the poverty trap.
        Poverty = "poverty",
        /// How outsiders misperceive miners.
        Misperception = "misperception",
        /// Marginalisation of remote mining communities.
        Marginalisation = "marginalisation",
        /// Vulnerability to shocks and abuse.
        Vulnerability = "vulnerability",
        /// Mobility of miners between sites.
        Mobility = "mobility",
        /// Conflict over resources or with large mines.
        Conflict = "conflict",
        /// Health (incl. HIV/AIDS, malaria, TB, injuries).
        Health = "health",
        /// Schooling.
        Education = "education",
        /// Gender equality and women's roles.
        Gender = "gender",
        /// Children working in mining.
        ChildLabour = "child_labour",
        /// Mercury use and land degradation.
        MercuryEnvironment = "mercury_environment",
        /// Legal status and formalisation.
        LegalStatus = "legal_status",
        /// Rights to land and minerals.
        LandMineralRights = "land_mineral_rights",
        /// Access to markets and dependence on middlemen.
        MarketAccess = "market_access",
        /// Mining and processing technology.
        Technology = "technology",
        /// Other livelihoods beside or after mining.
        AlternativeLivelihoods = "alternative_livelihoods",
        /// Governance and transparency.
        GovernanceTransparency = "governance_transparency",
    }
}

/// Which issue a priority is: one from the catalogue or one the drafter wrote in.
/// JSON: `{"catalogue": "child_labour"}` or `{"custom": "Water for processing"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriorityIssue {
    /// An issue from the report's catalogue.
    Catalogue(Issue),
    /// A written-in title.
    Custom(String),
}

// Externally tagged, as the files have always been: one key naming the variant.
impl crate::json::ToJson for PriorityIssue {
    fn write_json(&self, out: &mut String) {
        let mut first = true;
        out.push('{');
        match self {
            PriorityIssue::Catalogue(issue) => {
                crate::json::write_key(out, "catalogue", &mut first);
                issue.write_json(out);
            }
            PriorityIssue::Custom(title) => {
                crate::json::write_key(out, "custom", &mut first);
                crate::json::write_str(out, title);
            }
        }
        out.push('}');
    }
}

impl crate::json::FromJson for PriorityIssue {
    fn from_json(v: crate::json::Value) -> Result<Self, crate::json::DecodeError> {
        use crate::json::DecodeError;
        let mut fields = crate::json::object_fields(v)?;
        let Some((key, value)) = fields.pop().filter(|_| fields.is_empty()) else {
            return Err(DecodeError::new(
                "expected one field, `catalogue` or `custom`",
            ));
        };
        match key.as_str() {
            "catalogue" => Issue::from_json(value).map(PriorityIssue::Catalogue),
            "custom" => String::from_json(value).map(PriorityIssue::Custom),
            _ => return Err(DecodeError::unknown(&key, &["catalogue", "custom"])),
        }
        .map_err(|e| e.at_key(&key))
    }
}

impl Default for PriorityIssue {
    fn default() -> Self {
        PriorityIssue::Custom(String::new())
    }
}

/// One ranked priority (rank = position in `Proposal::priorities`).
/// Paths `priorities.<id>.issue`, `.why`, `.community_words`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Priority {
    /// Stable id; objectives trace to it.
    pub id: Id,
    /// The issue.
    pub issue: PriorityIssue,
    /// Why it matters in this community.
    pub why: String,
    /// How the community itself named it (their words, meeting, survey).
    pub community_words: String,
}
crate::json::json_struct!(
    Priority,
    defaults,
    allow {
        id,
        issue,
        why,
        community_words
    }
);

impl Priority {
    /// A blank priority with this id.
    pub fn new(id: Id) -> Self {
        Priority {
            id,
            ..Default::default()
        }
    }

    /// A priority for a catalogue issue.
    pub fn catalogue(id: Id, issue: Issue) -> Self {
        Priority {
            id,
            issue: PriorityIssue::Catalogue(issue),
            ..Default::default()
        }
    }
}

impl_has_id!(Priority);

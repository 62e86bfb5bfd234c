//! Step 4, `linkages`: each objective linked to targets of the 2001 MDG framework.
//!
//! The matching SDG comes from the knowledge module (derived from the MDG target), so only
//! extra SDGs the drafter adds by hand are stored here.

use super::ids::{id_enum, impl_has_id, Id};

/// Lowest MDG target number in the 2001 framework.
pub const MDG_TARGET_MIN: u32 = 1;
/// Highest MDG target number in the 2001 framework.
pub const MDG_TARGET_MAX: u32 = 18;
/// Number of Sustainable Development Goals.
pub const SDG_MAX: u32 = 17;

id_enum! {
    /// How directly an objective moves an MDG target.
    #[derive(Default)]
    Strength {
        /// The objective itself changes the target's measure (the default).
        #[default]
        Direct = "direct",
        /// It contributes through another change.
        Indirect = "indirect",
    }
}

/// One objective → MDG target link. Paths `linkages.<id>.<field>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MdgLinkage {
    /// Stable id.
    pub id: Id,
    /// The objective linked (removed with it).
    pub objective_id: Id,
    /// MDG target number, 1..=18 of the 2001 framework.
    pub mdg_target: u32,
    /// Why the objective serves this target.
    pub reason: String,
    /// Direct or indirect.
    pub strength: Strength,
    /// SDG numbers (1..=17) beyond the one derived from the target.
    pub extra_sdgs: Vec<u32>,
}

impl MdgLinkage {
    /// A new link of `objective_id` to `mdg_target`, with empty reason.
    pub fn new(id: Id, objective_id: Id, mdg_target: u32) -> Self {
        MdgLinkage {
            id,
            objective_id,
            mdg_target,
            ..Default::default()
        }
    }
}

impl_has_id!(MdgLinkage);

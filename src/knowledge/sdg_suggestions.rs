//! What a link from an objective to an MDG target suggests about the SDGs: the SDGs that carry
//! the target on today (each marked as a carry-over, a thematic add-on or the app's own
//! suggestion), and the further SDGs a drafter may add, which are every SDG the target does not
//! already bring. The linkages step shows these; the rules live here so they are tested
//! without a browser.

use super::{kb, MdgTarget, SdgRef};
use crate::model::linkage::SDG_MAX;

/// How firmly an SDG carries an MDG target on (see [`SdgRef::kind`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdgLinkKind {
    /// The SDG (target) carries the MDG target on.
    CarriedOn,
    /// A thematic add-on covering a neighbouring idea, not the target itself.
    Thematic,
    /// A link neither the 2005 report nor the UN resolution makes, only this app.
    AppSuggestion,
}

impl SdgLinkKind {
    /// The kind of one mapped SDG.
    pub fn of(r: &SdgRef) -> Self {
        match r.kind.as_deref() {
            Some("thematic") => SdgLinkKind::Thematic,
            Some("app_suggestion") => SdgLinkKind::AppSuggestion,
            _ => SdgLinkKind::CarriedOn,
        }
    }
}

/// The MDG target a link stores as `target` (0 while none is chosen), if the knowledge base
/// has it.
pub fn linked_target(target: u32) -> Option<&'static MdgTarget> {
    u8::try_from(target).ok().and_then(|n| kb().mdg_target(n))
}

/// The SDGs, by number, a link to MDG target `target` already brings.
fn carried_sdgs(target: u32) -> Vec<u32> {
    linked_target(target)
        .map(|tg| tg.sdgs.iter().map(|r| u32::from(r.sdg)).collect())
        .unwrap_or_default()
}

/// The SDGs a link to MDG target `target` may add of its own, in order: every SDG (1 to
/// [`SDG_MAX`]) its target does not already bring; all of them while no target is chosen.
pub fn further_sdgs(target: u32) -> Vec<u32> {
    let carried = carried_sdgs(target);
    (1..=SDG_MAX).filter(|n| !carried.contains(n)).collect()
}

/// Adds further SDG `n` to a link's `extra` SDGs (`on`) or takes it away, keeping them in
/// order and without repeats.
pub fn choose_further_sdg(extra: &mut Vec<u32>, n: u32, on: bool) {
    extra.retain(|x| *x != n);
    if on {
        extra.push(n);
        extra.sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_found_by_its_number_and_none_before_one_is_chosen() {
        assert_eq!(linked_target(7).map(|t| (t.number, t.goal)), Some((7, 6)));
        assert!(linked_target(0).is_none());
        assert!(linked_target(19).is_none());
        assert!(linked_target(u32::from(u8::MAX) + 7).is_none());
    }

    #[test]
    fn further_sdgs_leave_out_those_the_target_brings() {
        // Target 9 (environmental sustainability) is carried on by SDGs 6, 12, 15 and 17.
        let further = further_sdgs(9);
        for carried in [6, 12, 15, 17] {
            assert!(!further.contains(&carried), "SDG {carried} offered again");
        }
        assert_eq!(further, vec![1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 16]);
        // Target 1 (poverty) is carried on by SDG 1 alone, however many of its targets.
        assert_eq!(further_sdgs(1), (2..=SDG_MAX).collect::<Vec<_>>());
    }

    #[test]
    fn every_sdg_is_further_while_no_known_target_is_chosen() {
        let all: Vec<u32> = (1..=SDG_MAX).collect();
        assert_eq!(further_sdgs(0), all);
        assert_eq!(further_sdgs(99), all);
        assert_eq!(all.len(), 17);
    }

    #[test]
    fn each_mapped_sdg_says_how_firmly_it_carries_the_target_on() {
        // Target 3 (primary schooling): SDG 4.1 carries it on, SDG 8.7 is a thematic add-on.
        let kinds: Vec<(String, SdgLinkKind)> = linked_target(3)
            .map(|t| {
                t.sdgs
                    .iter()
                    .map(|r| (r.label(), SdgLinkKind::of(r)))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            kinds,
            vec![
                ("SDG 4.1".to_string(), SdgLinkKind::CarriedOn),
                ("SDG 8.7".to_string(), SdgLinkKind::Thematic),
            ]
        );
        let suggested = SdgRef {
            sdg: 8,
            target: Some("8.7".into()),
            kind: Some("app_suggestion".into()),
        };
        assert_eq!(SdgLinkKind::of(&suggested), SdgLinkKind::AppSuggestion);
        let unknown = SdgRef {
            kind: Some("other".into()),
            ..suggested
        };
        assert_eq!(SdgLinkKind::of(&unknown), SdgLinkKind::CarriedOn);
    }

    #[test]
    fn choosing_a_further_sdg_keeps_the_list_ordered_and_without_repeats() {
        let mut extra = vec![3, 9];
        choose_further_sdg(&mut extra, 5, true);
        assert_eq!(extra, vec![3, 5, 9]);
        choose_further_sdg(&mut extra, 5, true);
        assert_eq!(extra, vec![3, 5, 9]);
        choose_further_sdg(&mut extra, 3, false);
        assert_eq!(extra, vec![5, 9]);
        choose_further_sdg(&mut extra, 11, false);
        assert_eq!(extra, vec![5, 9]);
    }
}

//! Editing operations on a whole proposal: adding items with fresh ids, and removing items
//! together with every link to them, so nothing ever dangles.
//!
//! Plain list operations (move up/down, find, remove of items nothing links to) are the generic
//! functions in [`super::ids`], applied to the list field directly, e.g.
//! `ids::move_up(&mut p.partners, id)`.
//!
//! Cascading removals return a [`Cascaded`] that records which links were cleared, so
//! the matching `restore_*` method (e.g. [`Proposal::restore_objective`]) puts the item *and*
//! its links back exactly.

use super::communication::{Audience, Champion, Measure, Product, SpecificMessage, SuccessStory};
use super::donor::{DatedEvent, DonorFit};
use super::ids::{self, Id, Removed};
use super::linkage::MdgLinkage;
use super::logframe::{Activity, Assumption, Indicator, IndicatorMilestone, Objective, Output};
use super::risks::Risk;
use super::{BudgetLine, Evidence, Partner, Priority, Proposal};

/// What a cascading removal took out, enough to undo it exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Cascaded<T> {
    /// The item and its former index.
    pub removed: Removed<T>,
    /// Links cleared because of it.
    pub unlinked: Unlinked,
}

/// Links a cascading removal cleared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unlinked {
    /// MDG linkages of a removed objective.
    pub linkages: Vec<Removed<MdgLinkage>>,
    /// Donor-fit entries of a removed objective.
    pub donor_fit: Vec<Removed<DonorFit>>,
    /// Specific messages for a removed audience.
    pub messages: Vec<Removed<SpecificMessage>>,
    /// Ids of items whose link field pointed at the removed item, with the position the id
    /// had in that item's id list (0 for single-valued links).
    pub holders: Vec<(Id, usize)>,
    /// Risks that threatened the removed item or one of its assumptions: the risk's id, the
    /// id it no longer names, and that id's position in the risk's `threatens`.
    pub threats: Vec<(Id, Id, usize)>,
}

/// Removes `target` from an id list, returning where it was.
fn strip(list: &mut Vec<Id>, target: Id) -> Option<usize> {
    let pos = list.iter().position(|x| *x == target)?;
    list.retain(|x| *x != target);
    Some(pos)
}

impl Proposal {
    // ----- context -----

    /// Adds a blank evidence item to the problem statement.
    pub fn add_evidence(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.context.problem.evidence,
            Evidence::new,
        )
    }

    // ----- priorities -----

    /// Adds a blank priority at the end (lowest rank).
    pub fn add_priority(&mut self) -> Id {
        ids::add(&mut self.meta.next_id, &mut self.priorities, Priority::new)
    }

    /// Removes a priority and every objective's trace to it.
    pub fn remove_priority(&mut self, id: Id) -> Option<Cascaded<Priority>> {
        let removed = ids::remove(&mut self.priorities, id)?;
        let mut unlinked = Unlinked::default();
        for o in &mut self.logframe.objectives {
            if let Some(pos) = strip(&mut o.priority_ids, id) {
                unlinked.holders.push((o.id, pos));
            }
        }
        Some(Cascaded { removed, unlinked })
    }

    // ----- logframe -----

    /// Adds a blank objective.
    pub fn add_objective(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.logframe.objectives,
            Objective::new,
        )
    }

    /// The objective with this id, mutably.
    pub fn objective_mut(&mut self, id: Id) -> Option<&mut Objective> {
        ids::find_mut(&mut self.logframe.objectives, id)
    }

    /// The output with this id (in whichever objective), mutably.
    pub fn output_mut(&mut self, id: Id) -> Option<&mut Output> {
        self.logframe
            .objectives
            .iter_mut()
            .flat_map(|o| o.outputs.iter_mut())
            .find(|o| o.id == id)
    }

    /// Removes an objective with all its outputs, and clears every link to it: its MDG
    /// linkages and donor-fit entries are removed, partners drop it from their objectives,
    /// budget lines become unlinked.
    pub fn remove_objective(&mut self, id: Id) -> Option<Cascaded<Objective>> {
        let removed = ids::remove(&mut self.logframe.objectives, id)?;
        let mut unlinked = Unlinked::default();
        // Remove back to front so recorded indexes restore correctly front to back.
        let mut i = self.linkages.len();
        while i > 0 {
            i -= 1;
            if self.linkages[i].objective_id == id {
                let item = self.linkages.remove(i);
                unlinked.linkages.insert(0, Removed { item, index: i });
            }
        }
        let mut i = self.donor.fit.len();
        while i > 0 {
            i -= 1;
            if self.donor.fit[i].objective_id == id {
                let item = self.donor.fit.remove(i);
                unlinked.donor_fit.insert(0, Removed { item, index: i });
            }
        }
        for p in &mut self.partners {
            if let Some(pos) = strip(&mut p.objective_ids, id) {
                unlinked.holders.push((p.id, pos));
            }
        }
        for b in &mut self.budget {
            if b.objective_id == Some(id) {
                b.objective_id = None;
                unlinked.holders.push((b.id, 0));
            }
        }
        // The objective's assumptions go with it, so risks stop naming them too (the
        // objective's own id first, so undo puts each back where it was).
        let gone: Vec<Id> = std::iter::once(id)
            .chain(removed.item.assumptions.iter().map(|a| a.id))
            .collect();
        for target in gone {
            unthreaten(&mut self.risks, target, &mut unlinked);
        }
        Some(Cascaded { removed, unlinked })
    }

    /// Adds a blank output to an objective; `None` if the objective does not exist.
    pub fn add_output(&mut self, objective: Id) -> Option<Id> {
        let o = ids::find_mut(&mut self.logframe.objectives, objective)?;
        Some(ids::add(
            &mut self.meta.next_id,
            &mut o.outputs,
            Output::new,
        ))
    }

    /// Removes an output (nothing links to outputs, so no cascade). Returns the objective id
    /// it belonged to with the removal.
    pub fn remove_output(&mut self, id: Id) -> Option<(Id, Removed<Output>)> {
        self.logframe
            .objectives
            .iter_mut()
            .find_map(|o| ids::remove(&mut o.outputs, id).map(|r| (o.id, r)))
    }

    /// Adds a blank activity to an output; `None` if the output does not exist.
    pub fn add_activity(&mut self, output: Id) -> Option<Id> {
        let counter = &mut self.meta.next_id;
        let out = self
            .logframe
            .objectives
            .iter_mut()
            .flat_map(|o| o.outputs.iter_mut())
            .find(|o| o.id == output)?;
        Some(ids::add(counter, &mut out.activities, Activity::new))
    }

    /// Removes an activity; returns the output id it belonged to with the removal.
    pub fn remove_activity(&mut self, id: Id) -> Option<(Id, Removed<Activity>)> {
        self.logframe
            .objectives
            .iter_mut()
            .flat_map(|o| o.outputs.iter_mut())
            .find_map(|out| ids::remove(&mut out.activities, id).map(|r| (out.id, r)))
    }

    /// Adds a blank indicator to the goal (`owner = None`), an objective or an output.
    /// `None` if the owner does not exist.
    pub fn add_indicator(&mut self, owner: Option<Id>) -> Option<Id> {
        let counter = &mut self.meta.next_id;
        let list = indicator_list_mut(&mut self.logframe, owner)?;
        Some(ids::add(counter, list, Indicator::new))
    }

    /// The indicator list of the goal (`None`), an objective or an output.
    pub fn indicators_mut(&mut self, owner: Option<Id>) -> Option<&mut Vec<Indicator>> {
        indicator_list_mut(&mut self.logframe, owner)
    }

    /// The milestones of an indicator of the goal (`owner = None`), an objective or an output.
    pub fn indicator_milestones_mut(
        &mut self,
        owner: Option<Id>,
        indicator: Id,
    ) -> Option<&mut Vec<IndicatorMilestone>> {
        let list = indicator_list_mut(&mut self.logframe, owner)?;
        Some(&mut ids::find_mut(list, indicator)?.milestones)
    }

    /// Adds a blank milestone to an indicator; `None` if the owner or the indicator is not
    /// there.
    pub fn add_indicator_milestone(&mut self, owner: Option<Id>, indicator: Id) -> Option<Id> {
        let counter = &mut self.meta.next_id;
        let list = indicator_list_mut(&mut self.logframe, owner)?;
        let milestones = &mut ids::find_mut(list, indicator)?.milestones;
        Some(ids::add(counter, milestones, IndicatorMilestone::new))
    }

    /// Removes a milestone from an indicator; [`Proposal::restore_indicator_milestone`] puts
    /// it back.
    pub fn remove_indicator_milestone(
        &mut self,
        owner: Option<Id>,
        indicator: Id,
        id: Id,
    ) -> Option<Removed<IndicatorMilestone>> {
        ids::remove(self.indicator_milestones_mut(owner, indicator)?, id)
    }

    /// Undoes [`Proposal::remove_indicator_milestone`], if the indicator is still there.
    pub fn restore_indicator_milestone(
        &mut self,
        owner: Option<Id>,
        indicator: Id,
        r: Removed<IndicatorMilestone>,
    ) {
        if let Some(list) = self.indicator_milestones_mut(owner, indicator) {
            ids::restore(list, r);
        }
    }

    /// Removes an indicator wherever it is; returns its owner (`None` = goal) and the removal.
    pub fn remove_indicator(&mut self, id: Id) -> Option<(Option<Id>, Removed<Indicator>)> {
        let lf = &mut self.logframe;
        if let Some(r) = ids::remove(&mut lf.goal.indicators, id) {
            return Some((None, r));
        }
        for o in &mut lf.objectives {
            if let Some(r) = ids::remove(&mut o.indicators, id) {
                return Some((Some(o.id), r));
            }
            for out in &mut o.outputs {
                if let Some(r) = ids::remove(&mut out.indicators, id) {
                    return Some((Some(out.id), r));
                }
            }
        }
        None
    }

    /// Adds a blank assumption to the goal (`owner = None`) or an objective.
    pub fn add_assumption(&mut self, owner: Option<Id>) -> Option<Id> {
        let counter = &mut self.meta.next_id;
        let list = match owner {
            None => &mut self.logframe.goal.assumptions,
            Some(o) => &mut ids::find_mut(&mut self.logframe.objectives, o)?.assumptions,
        };
        Some(ids::add(counter, list, Assumption::new))
    }

    /// Removes an assumption wherever it is, and risks stop naming it; returns its owner
    /// (`None` = goal) with what [`Proposal::restore_assumption`] needs to undo it.
    pub fn remove_assumption(&mut self, id: Id) -> Option<(Option<Id>, Cascaded<Assumption>)> {
        let (owner, removed) = match ids::remove(&mut self.logframe.goal.assumptions, id) {
            Some(r) => (None, r),
            None => self
                .logframe
                .objectives
                .iter_mut()
                .find_map(|o| ids::remove(&mut o.assumptions, id).map(|r| (Some(o.id), r)))?,
        };
        let mut unlinked = Unlinked::default();
        unthreaten(&mut self.risks, id, &mut unlinked);
        Some((owner, Cascaded { removed, unlinked }))
    }

    // ----- linkages, donor -----

    /// Links an objective to an MDG target; `None` if the objective does not exist.
    pub fn add_linkage(&mut self, objective: Id, mdg_target: u32) -> Option<Id> {
        self.objective(objective)?;
        Some(ids::add(&mut self.meta.next_id, &mut self.linkages, |id| {
            MdgLinkage::new(id, objective, mdg_target)
        }))
    }

    /// Adds a blank workplan milestone (a review, a report, a key meeting) at the end.
    pub fn add_milestone(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.logframe.milestones,
            DatedEvent::new,
        )
    }

    /// Removes a workplan milestone (nothing links to one); [`Proposal::restore_milestone`]
    /// puts it back.
    pub fn remove_milestone(&mut self, id: Id) -> Option<Removed<DatedEvent>> {
        ids::remove(&mut self.logframe.milestones, id)
    }

    /// Undoes [`Proposal::remove_milestone`]: the milestone returns to its place.
    pub fn restore_milestone(&mut self, r: Removed<DatedEvent>) {
        ids::restore(&mut self.logframe.milestones, r);
    }

    /// Adds a donor-fit entry for an objective; `None` if the objective does not exist.
    pub fn add_donor_fit(&mut self, objective: Id) -> Option<Id> {
        self.objective(objective)?;
        Some(ids::add(
            &mut self.meta.next_id,
            &mut self.donor.fit,
            |id| DonorFit::new(id, objective),
        ))
    }

    /// Adds a blank funding-cycle event.
    pub fn add_funding_event(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.donor.funding_cycle,
            DatedEvent::new,
        )
    }

    // ----- partners -----

    /// Adds a blank partner.
    pub fn add_partner(&mut self) -> Id {
        ids::add(&mut self.meta.next_id, &mut self.partners, Partner::new)
    }

    /// Removes a partner; activities it led and champions attached to it keep their text but
    /// lose the link.
    pub fn remove_partner(&mut self, id: Id) -> Option<Cascaded<Partner>> {
        let removed = ids::remove(&mut self.partners, id)?;
        let mut unlinked = Unlinked::default();
        for o in &mut self.logframe.objectives {
            for out in &mut o.outputs {
                for a in &mut out.activities {
                    if a.lead_partner == Some(id) {
                        a.lead_partner = None;
                        unlinked.holders.push((a.id, 0));
                    }
                }
            }
        }
        for c in &mut self.communication.champions {
            if c.partner_id == Some(id) {
                c.partner_id = None;
                unlinked.holders.push((c.id, 0));
            }
        }
        for b in &mut self.budget {
            if b.cofunding_partner == Some(id) {
                b.cofunding_partner = None;
                unlinked.holders.push((b.id, 0));
            }
        }
        Some(Cascaded { removed, unlinked })
    }

    // ----- communication -----

    /// Adds a blank audience.
    pub fn add_audience(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.audiences,
            Audience::new,
        )
    }

    /// Removes an audience with its specific messages; products drop it from their audiences.
    pub fn remove_audience(&mut self, id: Id) -> Option<Cascaded<Audience>> {
        let removed = ids::remove(&mut self.communication.audiences, id)?;
        let mut unlinked = Unlinked::default();
        let msgs = &mut self.communication.specific_messages;
        let mut i = msgs.len();
        while i > 0 {
            i -= 1;
            if msgs[i].audience_id == id {
                let item = msgs.remove(i);
                unlinked.messages.insert(0, Removed { item, index: i });
            }
        }
        for p in &mut self.communication.products {
            if let Some(pos) = strip(&mut p.audience_ids, id) {
                unlinked.holders.push((p.id, pos));
            }
        }
        Some(Cascaded { removed, unlinked })
    }

    /// Adds a message for an audience; `None` if the audience does not exist.
    pub fn add_specific_message(&mut self, audience: Id) -> Option<Id> {
        ids::find(&self.communication.audiences, audience)?;
        Some(ids::add(
            &mut self.meta.next_id,
            &mut self.communication.specific_messages,
            |id| SpecificMessage::new(id, audience),
        ))
    }

    /// Adds a blank success story.
    pub fn add_story(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.stories,
            SuccessStory::new,
        )
    }

    /// Adds a blank product.
    pub fn add_product(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.products,
            Product::new,
        )
    }

    /// Adds a blank calendar event.
    pub fn add_event(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.events,
            DatedEvent::new,
        )
    }

    /// Adds a blank champion.
    pub fn add_champion(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.champions,
            Champion::new,
        )
    }

    /// Adds a blank measure of success.
    pub fn add_measure(&mut self) -> Id {
        ids::add(
            &mut self.meta.next_id,
            &mut self.communication.measures,
            Measure::new,
        )
    }

    // ----- budget -----

    /// Adds a blank budget line.
    pub fn add_budget_line(&mut self) -> Id {
        ids::add(&mut self.meta.next_id, &mut self.budget, BudgetLine::new)
    }

    // ----- risks -----

    /// Adds a blank risk at the end of the register.
    pub fn add_risk(&mut self) -> Id {
        ids::add(&mut self.meta.next_id, &mut self.risks, Risk::new)
    }

    /// Removes a risk (nothing links to a risk); [`ids::restore`] puts it back.
    pub fn remove_risk(&mut self, id: Id) -> Option<Removed<Risk>> {
        ids::remove(&mut self.risks, id)
    }
}

/// Takes `target` out of every risk's `threatens`, recording where it was.
fn unthreaten(risks: &mut [Risk], target: Id, unlinked: &mut Unlinked) {
    for r in risks {
        if let Some(pos) = strip(&mut r.threatens, target) {
            unlinked.threats.push((r.id, target, pos));
        }
    }
}

/// Puts back what [`unthreaten`] took out, last removal first, so each id returns to the
/// position it had when it was taken out.
fn rethreaten(risks: &mut [Risk], threats: Vec<(Id, Id, usize)>) {
    for (risk, target, pos) in threats.into_iter().rev() {
        if let Some(r) = ids::find_mut(risks, risk) {
            unstrip(&mut r.threatens, target, pos);
        }
    }
}

/// Puts `target` back into an id list at `pos` (clamped), unless already there.
fn unstrip(list: &mut Vec<Id>, target: Id, pos: usize) {
    if !list.contains(&target) {
        list.insert(pos.min(list.len()), target);
    }
}

impl Proposal {
    /// Undoes [`Proposal::remove_priority`].
    pub fn restore_priority(&mut self, c: Cascaded<Priority>) {
        let id = c.removed.item.id;
        ids::restore(&mut self.priorities, c.removed);
        for (holder, pos) in c.unlinked.holders {
            if let Some(o) = self.objective_mut(holder) {
                unstrip(&mut o.priority_ids, id, pos);
            }
        }
    }

    /// Undoes [`Proposal::remove_objective`].
    pub fn restore_objective(&mut self, c: Cascaded<Objective>) {
        let id = c.removed.item.id;
        ids::restore(&mut self.logframe.objectives, c.removed);
        for r in c.unlinked.linkages {
            ids::restore(&mut self.linkages, r);
        }
        for r in c.unlinked.donor_fit {
            ids::restore(&mut self.donor.fit, r);
        }
        for (holder, pos) in c.unlinked.holders {
            if let Some(p) = ids::find_mut(&mut self.partners, holder) {
                unstrip(&mut p.objective_ids, id, pos);
            } else if let Some(b) = ids::find_mut(&mut self.budget, holder) {
                b.objective_id = Some(id);
            }
        }
        rethreaten(&mut self.risks, c.unlinked.threats);
    }

    /// Undoes [`Proposal::remove_assumption`]: the assumption goes back to its owner's list
    /// (if the owner is still there) and into the risks that named it.
    pub fn restore_assumption(&mut self, owner: Option<Id>, c: Cascaded<Assumption>) {
        let list = match owner {
            None => Some(&mut self.logframe.goal.assumptions),
            Some(o) => self.objective_mut(o).map(|o| &mut o.assumptions),
        };
        if let Some(list) = list {
            ids::restore(list, c.removed);
            rethreaten(&mut self.risks, c.unlinked.threats);
        }
    }

    /// Undoes [`Proposal::remove_partner`].
    pub fn restore_partner(&mut self, c: Cascaded<Partner>) {
        let id = c.removed.item.id;
        ids::restore(&mut self.partners, c.removed);
        for (holder, _) in c.unlinked.holders {
            if let Some(ch) = ids::find_mut(&mut self.communication.champions, holder) {
                ch.partner_id = Some(id);
                continue;
            }
            if let Some(b) = ids::find_mut(&mut self.budget, holder) {
                b.cofunding_partner = Some(id);
                continue;
            }
            let act = self
                .logframe
                .objectives
                .iter_mut()
                .flat_map(|o| o.outputs.iter_mut())
                .flat_map(|out| out.activities.iter_mut())
                .find(|a| a.id == holder);
            if let Some(a) = act {
                a.lead_partner = Some(id);
            }
        }
    }

    /// Undoes [`Proposal::remove_audience`].
    pub fn restore_audience(&mut self, c: Cascaded<Audience>) {
        let id = c.removed.item.id;
        ids::restore(&mut self.communication.audiences, c.removed);
        for r in c.unlinked.messages {
            ids::restore(&mut self.communication.specific_messages, r);
        }
        for (holder, pos) in c.unlinked.holders {
            if let Some(p) = ids::find_mut(&mut self.communication.products, holder) {
                unstrip(&mut p.audience_ids, id, pos);
            }
        }
    }
}

fn indicator_list_mut(lf: &mut super::Logframe, owner: Option<Id>) -> Option<&mut Vec<Indicator>> {
    let Some(owner) = owner else {
        return Some(&mut lf.goal.indicators);
    };
    for o in &mut lf.objectives {
        if o.id == owner {
            return Some(&mut o.indicators);
        }
        for out in &mut o.outputs {
            if out.id == owner {
                return Some(&mut out.indicators);
            }
        }
    }
    None
}

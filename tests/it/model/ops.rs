//! List operations, cascading removal with undo, and id allocation.

use asm_proposal::model::ids::{self, HasId};
use asm_proposal::model::*;

fn peru() -> Proposal {
    load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""))
}

#[test]
fn ids_are_fresh_and_unique() {
    let mut p = Proposal::new("2026-11-01T10:00:00Z");
    let a = p.add_priority();
    let b = p.add_objective();
    let c = p.add_indicator(Some(b));
    let d = p.add_indicator(None);
    assert_eq!(a, Id(1));
    assert_eq!(b, Id(2));
    assert_eq!(c, Some(Id(3)));
    assert_eq!(d, Some(Id(4)));
    assert_eq!(p.meta.next_id, IdCounter(5));
    assert_eq!(p.add_indicator(Some(Id(99))), None);
    assert_eq!(p.add_linkage(Id(99), 1), None);
}

#[test]
fn generic_list_ops() {
    let mut p = peru();
    let order: Vec<Id> = p.partners.iter().map(HasId::id).collect();
    let second = order[1];
    assert!(ids::move_up(&mut p.partners, second));
    assert_eq!(p.partners[0].id, second);
    assert!(!ids::move_up(&mut p.partners, second), "already first");
    assert!(ids::move_down(&mut p.partners, second));
    assert_eq!(p.partners.iter().map(HasId::id).collect::<Vec<_>>(), order);
    let last = *order.last().unwrap_or(&Id(0));
    assert!(!ids::move_down(&mut p.partners, last));
    assert!(!ids::move_up(&mut p.partners, Id(12_345)));

    let removed = ids::remove(&mut p.partners, second);
    assert!(matches!(&removed, Some(r) if r.index == 1 && r.item.id == second));
    assert!(ids::find(&p.partners, second).is_none());
    if let Some(r) = removed {
        ids::restore(&mut p.partners, r);
    }
    assert_eq!(p.partners.iter().map(HasId::id).collect::<Vec<_>>(), order);
    if let Some(x) = ids::find_mut(&mut p.partners, second) {
        x.name = "renamed".into();
    }
    assert_eq!(p.partner(second).map(|x| x.name.as_str()), Some("renamed"));
}

#[test]
fn reordering_keeps_links() {
    let mut p = peru();
    let before = validate(&p);
    let o_ids: Vec<Id> = p.logframe.objectives.iter().map(|o| o.id).collect();
    let links_before: Vec<(Id, Id)> = p.linkages.iter().map(|l| (l.id, l.objective_id)).collect();
    ids::move_down(&mut p.logframe.objectives, o_ids[0]);
    ids::move_down(&mut p.logframe.objectives, o_ids[0]);
    let fourth = p.priorities[3].id;
    ids::move_up(&mut p.priorities, fourth);
    assert_eq!(p.logframe.objectives[2].id, o_ids[0]);
    let links_after: Vec<(Id, Id)> = p.linkages.iter().map(|l| (l.id, l.objective_id)).collect();
    assert_eq!(links_before, links_after);
    assert_eq!(validate(&p), before);
    // A budget line still points at the same objective text.
    let b = &p.budget[0];
    assert_eq!(b.objective_id, Some(o_ids[0]));
    assert!(p.objective(o_ids[0]).is_some());
}

fn mentions(p: &Proposal, id: Id) -> bool {
    let json: serde_json::Value =
        serde_json::from_str(&asm_proposal::json::to_string(p)).unwrap_or_default();
    // Every link field, wherever it is, is one of these names.
    fn walk(v: &serde_json::Value, id: u64, found: &mut bool) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let is_link = matches!(
                        k.as_str(),
                        "objective_id"
                            | "priority_ids"
                            | "objective_ids"
                            | "audience_id"
                            | "audience_ids"
                            | "partner_id"
                            | "lead_partner"
                            | "threatens"
                    );
                    if is_link {
                        let hit = x.as_u64() == Some(id)
                            || x.as_array()
                                .is_some_and(|a| a.iter().any(|e| e.as_u64() == Some(id)));
                        *found |= hit;
                    }
                    walk(x, id, found);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, id, found)),
            _ => {}
        }
    }
    let mut found = false;
    walk(&json, u64::from(id.0), &mut found);
    found
}

#[test]
fn removing_an_objective_leaves_nothing_dangling_and_undo_restores_all() {
    let original = peru();
    for o in original.logframe.objectives.iter().map(|o| o.id) {
        let mut p = original.clone();
        assert!(mentions(&p, o));
        let c = p.remove_objective(o);
        assert!(c.is_some());
        assert!(!mentions(&p, o), "objective {o} still linked");
        assert!(p.objective(o).is_none());
        assert!(
            p.budget.iter().any(|b| b.objective_id.is_none()),
            "lines kept, unlinked"
        );
        assert_eq!(p.budget.len(), original.budget.len());
        assert_eq!(validate(&p), vec![]);
        if let Some(c) = c {
            p.restore_objective(c);
        }
        assert_eq!(p, original, "undo restores objective {o} and its links");
    }
}

#[test]
fn removing_priorities_partners_audiences_cascades_and_undoes() {
    let original = peru();
    let mut p = original.clone();
    let pr = p.priorities[1].id;
    let c = p.remove_priority(pr);
    assert!(!mentions(&p, pr));
    assert_eq!(validate(&p), vec![]);
    if let Some(c) = c {
        p.restore_priority(c);
    }
    assert_eq!(p, original);

    let part = p.partners[0].id;
    let c = p.remove_partner(part);
    assert!(!mentions(&p, part));
    assert_eq!(validate(&p), vec![]);
    if let Some(c) = c {
        p.restore_partner(c);
    }
    assert_eq!(p, original);

    let a = p.communication.audiences[0].id;
    let c = p.remove_audience(a);
    assert!(!mentions(&p, a));
    assert!(p
        .communication
        .specific_messages
        .iter()
        .all(|m| m.audience_id != a));
    assert_eq!(validate(&p), vec![]);
    if let Some(c) = c {
        p.restore_audience(c);
    }
    assert_eq!(p, original);

    assert!(p.remove_objective(Id(4_000)).is_none());
    assert!(p.remove_partner(Id(4_000)).is_none());
}

#[test]
fn stress_cascade_never_dangles() {
    let mut p = stress_fixture();
    let objectives: Vec<Id> = p
        .logframe
        .objectives
        .iter()
        .map(|o| o.id)
        .step_by(3)
        .collect();
    let partners: Vec<Id> = p.partners.iter().map(|o| o.id).step_by(4).collect();
    for o in objectives {
        p.remove_objective(o);
    }
    for x in partners {
        p.remove_partner(x);
    }
    let a = p.communication.audiences[2].id;
    p.remove_audience(a);
    let pr = p.priorities[0].id;
    p.remove_priority(pr);
    assert_eq!(validate(&p), vec![]);
}

#[test]
fn nested_items_add_and_remove() {
    let mut p = Proposal::new("2026-11-01T10:00:00Z");
    let o = p.add_objective();
    let out = p.add_output(o).unwrap_or_default();
    let act = p.add_activity(out).unwrap_or_default();
    let ind = p.add_indicator(Some(out)).unwrap_or_default();
    let asm = p.add_assumption(Some(o)).unwrap_or_default();
    let gas = p.add_assumption(None).unwrap_or_default();
    assert_eq!(
        p.remove_activity(act).map(|(o, r)| (o, r.index)),
        Some((out, 0))
    );
    assert_eq!(p.remove_indicator(ind).map(|(o, _)| o), Some(Some(out)));
    assert_eq!(p.remove_assumption(asm).map(|(o, _)| o), Some(Some(o)));
    assert_eq!(p.remove_assumption(gas).map(|(o, _)| o), Some(None));
    assert_eq!(p.remove_output(out).map(|(o, _)| o), Some(o));
    assert!(p.output_mut(out).is_none());
    // Ids are never reused, even after removal.
    assert!(p.add_priority().0 > gas.0);
}

#[test]
fn every_adder_makes_an_item_validation_knows() {
    let mut p = peru();
    let o = p.logframe.objectives[0].id;
    let a = p.communication.audiences[0].id;
    let new = [
        p.add_evidence(),
        p.add_funding_event(),
        p.add_milestone(),
        p.add_product(),
        p.add_event(),
        p.add_champion(),
        p.add_measure(),
        p.add_linkage(o, 3).unwrap_or_default(),
        p.add_donor_fit(o).unwrap_or_default(),
        p.add_specific_message(a).unwrap_or_default(),
    ];
    let known: Vec<Id> = asm_proposal::model::validate::all_ids(&p)
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    for id in new {
        assert!(known.contains(&id), "{id}");
    }
    assert!(validate(&p).iter().all(|x| x.kind == ProblemKind::Required));
}

#[test]
fn risks_add_and_remove_with_undo() {
    let original = peru();
    let mut p = original.clone();
    let id = p.add_risk();
    assert_eq!(p.risks.last().map(|r| r.id), Some(id));
    assert!(id.0 >= original.meta.next_id.0, "a fresh id");
    let r = p.remove_risk(id).expect("removed");
    assert_eq!(p, {
        let mut q = original.clone();
        q.meta.next_id = p.meta.next_id;
        q
    });
    let second = p.risks[1].id;
    let removed = p.remove_risk(second).expect("removed");
    assert_eq!(removed.index, 1);
    ids::restore(&mut p.risks, removed);
    assert_eq!(p.risks, original.risks);
    assert!(p.remove_risk(r.item.id).is_none(), "already gone");
}

#[test]
fn removing_an_assumption_clears_it_from_risks_and_undo_puts_it_back() {
    let original = peru();
    let assumptions: Vec<Id> = std::iter::once(&original.logframe.goal)
        .flat_map(|g| g.assumptions.iter().map(|a| a.id))
        .chain(
            original
                .logframe
                .objectives
                .iter()
                .flat_map(|o| o.assumptions.iter().map(|a| a.id)),
        )
        .collect();
    assert!(assumptions.len() >= 4);
    for a in assumptions {
        let mut p = original.clone();
        assert!(mentions(&p, a), "a risk names assumption {a}");
        let (owner, c) = p.remove_assumption(a).expect("removed");
        assert!(!mentions(&p, a), "assumption {a} still named by a risk");
        assert_eq!(validate(&p), vec![]);
        p.restore_assumption(owner, c);
        assert_eq!(
            p, original,
            "undo restores assumption {a} and the risks naming it"
        );
    }
}

#[test]
fn a_risk_naming_a_missing_objective_or_assumption_is_refused() {
    let mut p = peru();
    let partner = p.partners[0].id;
    p.risks[0].threatens.push(partner);
    assert!(validate(&p)
        .iter()
        .any(|x| x.kind == ProblemKind::DanglingLink
            && x.path == format!("risks.{}.threatens", p.risks[0].id)));
    p.risks[0].threatens.pop();
    let again = p.risks[0].threatens[0];
    p.risks[0].threatens.push(again);
    assert!(validate(&p)
        .iter()
        .any(|x| x.kind == ProblemKind::DuplicateLink));
}

#[test]
fn milestones_are_added_removed_and_put_back_in_place() {
    let mut p = peru();
    let before = p.logframe.milestones.clone();
    assert!(before.len() >= 2, "the example has milestones");
    let new = p.add_milestone();
    assert!(new.0 >= 1000, "fresh ids come after the examples' ranges");
    assert_eq!(p.logframe.milestones.last().map(|m| m.id), Some(new));
    assert_eq!(
        p.logframe.milestones.last().map(|m| m.title.as_str()),
        Some("")
    );
    // Removing the second and undoing puts it back where it was, with its text.
    let second = before[1].id;
    let removed = p.remove_milestone(second).expect("removed");
    assert_eq!(removed.index, 1);
    assert!(p.logframe.milestones.iter().all(|m| m.id != second));
    p.restore_milestone(removed);
    assert_eq!(p.logframe.milestones[1], before[1]);
    assert_eq!(p.logframe.milestones.len(), before.len() + 1);
    assert!(p.remove_milestone(Id(999_999)).is_none());
    // Moves use the generic list operation.
    assert!(ids::move_up(&mut p.logframe.milestones, second));
    assert_eq!(p.logframe.milestones[0].id, second);
}

#[test]
fn indicator_milestones_are_added_removed_and_restored_in_place() {
    let mut p = Proposal::new("2026-11-01T10:00:00Z");
    let o = p.add_objective();
    let out = p.add_output(o).unwrap_or_default();
    let on_goal = p.add_indicator(None).unwrap_or_default();
    let on_output = p.add_indicator(Some(out)).unwrap_or_default();
    let first = p.add_indicator_milestone(None, on_goal);
    let second = p.add_indicator_milestone(None, on_goal);
    let third = p.add_indicator_milestone(Some(out), on_output);
    assert_eq!(
        first,
        Some(Id(on_output.0 + 1)),
        "fresh ids from the counter"
    );
    assert_eq!(second, Some(Id(on_output.0 + 2)));
    assert_eq!(third, Some(Id(on_output.0 + 3)));
    assert_eq!(p.logframe.goal.indicators[0].milestones.len(), 2);
    // An unknown owner, or an indicator of another owner, gives nothing.
    assert_eq!(p.add_indicator_milestone(Some(Id(999)), on_goal), None);
    assert_eq!(p.add_indicator_milestone(Some(out), on_goal), None);
    assert_eq!(p.add_indicator_milestone(None, Id(999)), None);

    let ms = |p: &Proposal| -> Vec<Id> {
        p.logframe.goal.indicators[0]
            .milestones
            .iter()
            .map(|m| m.id)
            .collect()
    };
    let before = ms(&p);
    p.indicator_milestones_mut(None, on_goal).unwrap()[0].value = "40".into();
    let removed = p
        .remove_indicator_milestone(None, on_goal, first.unwrap())
        .expect("removed");
    assert_eq!(removed.index, 0);
    assert_eq!(ms(&p), [second.unwrap()]);
    assert!(p
        .remove_indicator_milestone(None, on_goal, Id(999))
        .is_none());
    p.restore_indicator_milestone(None, on_goal, removed);
    assert_eq!(ms(&p), before, "back in its place");
    assert_eq!(p.logframe.goal.indicators[0].milestones[0].value, "40");
}

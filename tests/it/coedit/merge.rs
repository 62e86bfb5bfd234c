//! Merging a returned copy: what combines, what is a conflict (every kind), what the person's
//! choice does, and the summary of changes.

use super::{amina, bruno, read, send, shared};
use crate::support::fixture::good;
use asm_proposal::coedit::changes::{self, ChangeKind};
use asm_proposal::coedit::{self, Choice, ConflictKind, Merged};
use asm_proposal::model::{Proposal, Risk};

/// Amina's draft `a` merged with Bruno's `b`, both edited from one shared start.
fn merge_back(doc_a: &[u8], a: &Proposal, b: &Proposal, doc_b: &[u8]) -> Merged {
    let (_, file) = send(Some(doc_b), b, &bruno());
    coedit::merge(doc_a, a, read(&file, &amina()), &amina(), 1_796_000_100).expect("merged")
}

#[test]
fn a_copy_opens_as_the_same_proposal_with_its_own_id_counter() {
    let p = good();
    let (_, b, _) = shared(&p);
    let mut b2 = b.clone();
    b2.meta = p.meta.clone();
    assert_eq!(b2, p);
    assert!(
        b.meta.next_id.0 > p.meta.next_id.0 + 60_000,
        "ids jump past Amina's"
    );
}

#[test]
fn edits_to_different_fields_and_items_combine() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.context.title = "Safer gold in Santa Filomena".into();
    let ra = a.add_risk();
    b.context.applicant = "AMASF cooperative".into();
    let rb = b.add_risk();
    b.risks.iter_mut().find(|r| r.id == rb).unwrap().mitigation = "Train two teams".into();
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.proposal.context.title, "Safer gold in Santa Filomena");
    assert_eq!(m.proposal.context.applicant, "AMASF cooperative");
    let ids: Vec<_> = m.proposal.risks.iter().map(|r: &Risk| r.id).collect();
    assert!(ids.contains(&ra) && ids.contains(&rb), "{ids:?}");
    assert_ne!(ra, rb);
    assert_eq!(m.from, vec!["Bruno".to_string()]);
}

#[test]
fn edits_to_different_parts_of_one_text_merge_as_text() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    let s = p.context.problem.statement.clone();
    a.context.problem.statement = format!("Today: {s}");
    b.context.problem.statement = format!("{s} Girls most of all.");
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        m.proposal.context.problem.statement,
        format!("Today: {s} Girls most of all.")
    );
}

#[test]
fn overlapping_text_edits_are_a_text_conflict_with_both_versions() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.context.problem.statement = "Children sort ore by hand.".into();
    b.context.problem.statement = "Children sort ore with mercury at home.".into();
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let c = &m.conflicts[0];
    assert_eq!(c.kind, ConflictKind::Text);
    assert_eq!(c.key, "context.problem.statement");
    assert_eq!(
        coedit::changes::text(&c.ours[&c.key]),
        "Children sort ore by hand."
    );
    assert_eq!(
        coedit::changes::text(&c.theirs[&c.key]),
        "Children sort ore with mercury at home."
    );
    // Choosing theirs, or writing a third text, is what the draft then says.
    let chosen = coedit::resolve(&m.proposal, &[(c.clone(), Choice::Theirs)]).unwrap();
    assert_eq!(
        chosen.context.problem.statement,
        "Children sort ore with mercury at home."
    );
    let written =
        coedit::resolve(&m.proposal, &[(c.clone(), Choice::Written("Both.".into()))]).unwrap();
    assert_eq!(written.context.problem.statement, "Both.");
}

#[test]
fn one_value_set_twice_is_a_value_conflict_and_either_side_can_win() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.context.duration.end = "2029-06-30".into();
    b.context.duration.end = "2029-12-31".into();
    a.context.community.population = Some(2500);
    b.context.community.population = Some(3000);
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    let kinds: Vec<_> = m
        .conflicts
        .iter()
        .map(|c| (c.key.as_str(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("context.community.population", ConflictKind::Value),
            ("context.duration.end", ConflictKind::Value)
        ]
    );
    let choices: Vec<_> = m
        .conflicts
        .iter()
        .map(|c| (c.clone(), Choice::Ours))
        .collect();
    let ours = coedit::resolve(&m.proposal, &choices).unwrap();
    assert_eq!(ours.context.duration.end, "2029-06-30");
    assert_eq!(ours.context.community.population, Some(2500));
    let choices: Vec<_> = m
        .conflicts
        .iter()
        .map(|c| (c.clone(), Choice::Theirs))
        .collect();
    let theirs = coedit::resolve(&m.proposal, &choices).unwrap();
    assert_eq!(theirs.context.duration.end, "2029-12-31");
    assert_eq!(theirs.context.community.population, Some(3000));
}

#[test]
fn an_item_deleted_here_and_edited_there_is_a_removed_conflict() {
    let mut p = good();
    let r = p.add_risk();
    p.risks.iter_mut().find(|x| x.id == r).unwrap().text = "Floods".into();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.remove_risk(r);
    b.risks.iter_mut().find(|x| x.id == r).unwrap().mitigation = "Move the camp uphill".into();
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.kind, c.key.clone()),
        (ConflictKind::Removed, format!("risks.{r}"))
    );
    assert!(c.ours.is_empty(), "deleted here");
    let kept = m
        .proposal
        .risks
        .iter()
        .find(|x| x.id == r)
        .expect("kept until the person chooses");
    assert_eq!(kept.mitigation, "Move the camp uphill");
    let kept = coedit::resolve(&m.proposal, &[(c.clone(), Choice::Theirs)]).unwrap();
    let risk = kept
        .risks
        .iter()
        .find(|x| x.id == r)
        .expect("kept with Bruno's edit");
    assert_eq!(risk.mitigation, "Move the camp uphill");
    let gone = coedit::resolve(&m.proposal, &[(c.clone(), Choice::Ours)]).unwrap();
    assert!(gone.risks.iter().all(|x| x.id != r));
}

#[test]
fn an_item_deleted_on_one_side_and_untouched_on_the_other_is_simply_gone() {
    let mut p = good();
    let r = p.add_risk();
    let (doc_a, b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.remove_risk(r);
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert!(m.conflicts.is_empty());
    assert!(m.proposal.risks.iter().all(|x| x.id != r));
}

#[test]
fn moves_on_one_side_and_edits_on_the_other_both_land() {
    let mut p = good();
    let (r1, r2, r3) = (p.add_risk(), p.add_risk(), p.add_risk());
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    let n = a.risks.len();
    a.risks[n - 3..].rotate_left(1); // r2, r3, r1
    b.risks.iter_mut().find(|x| x.id == r1).unwrap().text = "Landslide".into();
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert!(m.conflicts.is_empty());
    let ids: Vec<_> = m.proposal.risks.iter().map(|r| r.id).collect();
    let n = ids.len();
    assert_eq!(&ids[n - 3..], &[r2, r3, r1]);
    assert_eq!(m.proposal.risks[n - 1].text, "Landslide");
}

#[test]
fn members_added_to_a_set_on_both_sides_are_all_kept() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.context.minerals.push("tin".into());
    b.context.minerals.push("coltan".into());
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    assert!(m.conflicts.is_empty());
    let mut got = m.proposal.context.minerals.clone();
    got.sort();
    assert_eq!(got, vec!["coltan", "gold", "tin"]);
}

#[test]
fn a_link_to_an_item_deleted_on_the_other_side_is_removed_and_said() {
    let p = good();
    let obj = p.logframe.objectives[0].id;
    let mut p = p;
    let extra = p.add_objective();
    let (doc_a, mut b, doc_b) = shared(&p);
    let mut a = p.clone();
    a.remove_objective(extra);
    let partner = b.partners[0].id;
    b.partners
        .iter_mut()
        .find(|x| x.id == partner)
        .unwrap()
        .objective_ids = vec![obj, extra];
    let m = merge_back(&doc_a, &a, &b, &doc_b);
    let kept = m
        .proposal
        .partners
        .iter()
        .find(|x| x.id == partner)
        .unwrap();
    assert_eq!(kept.objective_ids, vec![obj]);
    assert_eq!(m.unlinked.len(), 1, "{:?}", m.unlinked);
}

#[test]
fn merging_twice_changes_nothing_more() {
    let p = good();
    let (doc_a, mut b, doc_b) = shared(&p);
    b.context.applicant = "AMASF".into();
    let (_, file) = send(Some(&doc_b), &b, &bruno());
    let once = coedit::merge(&doc_a, &p, read(&file, &amina()), &amina(), 1).unwrap();
    let twice = coedit::merge(
        &once.doc,
        &once.proposal,
        read(&file, &amina()),
        &amina(),
        2,
    )
    .unwrap();
    assert!(twice.conflicts.is_empty());
    let mut x = twice.proposal.clone();
    x.meta = once.proposal.meta.clone();
    assert_eq!(x, once.proposal);
    assert!(changes::diff(&once.proposal, &twice.proposal).is_empty());
}

#[test]
fn the_change_summary_lists_fields_items_and_sets_once_each() {
    let p = good();
    let mut q = p.clone();
    q.context.title = "New title".into();
    let r = q.add_risk();
    q.risks.iter_mut().find(|x| x.id == r).unwrap().text = "Floods".into();
    q.context.minerals.push("tin".into());
    let removed = q.partners.remove(0);
    for o in &mut q.logframe.objectives {
        o.outputs
            .iter_mut()
            .flat_map(|x| &mut x.activities)
            .for_each(|a| {
                if a.lead_partner == Some(removed.id) {
                    a.lead_partner = None;
                }
            });
    }
    let got = changes::diff(&p, &q);
    let find = |key: &str| {
        got.iter()
            .find(|c| c.key == key)
            .unwrap_or_else(|| panic!("{key} in {got:#?}"))
    };
    let title = find("context.title");
    assert_eq!(
        (title.kind, title.before.as_str(), title.after.as_str()),
        (ChangeKind::Changed, p.context.title.as_str(), "New title")
    );
    let added = find(&format!("risks.{r}"));
    assert_eq!(
        (added.kind, added.after.as_str()),
        (ChangeKind::Added, "Floods")
    );
    assert!(
        !got.iter().any(|c| c.key == format!("risks.{r}.text")),
        "an added item is one change"
    );
    let minerals = find("context.minerals");
    assert_eq!(minerals.after, "gold, tin");
    let gone = find(&format!("partners.{}", removed.id));
    assert_eq!(
        (gone.kind, gone.before.as_str()),
        (ChangeKind::Removed, removed.name.as_str())
    );
}

#[test]
fn a_change_is_named_by_its_step_item_and_label_and_links_to_its_field() {
    use asm_proposal::coedit::place::place;
    use asm_proposal::i18n::Lang;
    use asm_proposal::model::Step;
    let p = good();
    let at = place(Lang::En, &p, &p, "context.title");
    assert_eq!(
        (at.step, at.label.as_str(), at.href.as_str()),
        (Step::Context, "Proposal title", "#/context/context.title")
    );
    let at = place(Lang::Fr, &p, &p, "context.problem.statement");
    assert_eq!(at.href, "#/context/context.problem.statement");
    assert!(
        !at.label.contains("statement"),
        "the screen's label, in French: {}",
        at.label
    );
    let obj = p.logframe.objectives[0].id;
    let at = place(Lang::En, &p, &p, &format!("logframe.objectives.{obj}.text"));
    assert_eq!(
        (at.step, at.href.clone()),
        (
            Step::Objectives,
            format!("#/objectives/objectives.{obj}.text")
        )
    );
    assert!(at.label.starts_with("Objective 1"), "{}", at.label);
    // An item that is gone is named from the version before and links to its step.
    let mut q = p.clone();
    let partner = q.partners[0].id;
    q.remove_partner(partner);
    let at = place(Lang::En, &p, &q, &format!("partners.{partner}"));
    assert_eq!(at.href, "#/partners");
    assert!(at.label.contains(&p.partners[0].name), "{}", at.label);
}

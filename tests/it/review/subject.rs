//! A finding about one list item names it ("Partner 2, “…”: …"), so findings that share a
//! message can be told apart on the review screen; in both languages.

use crate::support::review as review_support;

use asm_proposal::i18n::Lang;
use asm_proposal::model::stress::stress_fixture;
use asm_proposal::model::*;
use asm_proposal::review::subject::{describe, subject};
use asm_proposal::review::{for_each_text, review, Finding, Message, Severity};
use review_support::{ctx, fires_when, good};

fn label(p: &Proposal, path: &str) -> Option<String> {
    subject(p, path).map(|s| s.render(Lang::En))
}

#[test]
fn a_partner_finding_names_the_partner_in_both_languages() {
    let f = fires_when("partners.not_approached", |p| {
        p.partners[1].commitment = Commitment::ToApproach;
        p.partners[1].name = "  Ministry of Mines ".into();
    });
    let p = {
        let mut p = good();
        p.partners[1].commitment = Commitment::ToApproach;
        p.partners[1].name = "  Ministry of Mines ".into();
        p
    };
    assert_eq!(
        describe(Lang::En, &p, &f[0]),
        "Partner 2, “Ministry of Mines”: This partner has not been approached yet. A confirmed \
         commitment, or at least talks under way, makes the partnership credible."
    );
    let fr = describe(Lang::Fr, &p, &f[0]);
    assert!(
        fr.starts_with("Partenaire 2, « Ministry of Mines »\u{a0}: "),
        "{fr}"
    );
}

#[test]
fn every_level_of_the_logframe_is_named() {
    let p = stress_fixture();
    let o = &p.logframe.objectives[1];
    let out = &o.outputs[0];
    assert_eq!(
        label(&p, &format!("objectives.{}.text", o.id)).as_deref(),
        Some("Objective 2")
    );
    assert_eq!(
        label(
            &p,
            &format!("objectives.{}.indicators.{}.unit", o.id, o.indicators[0].id)
        )
        .as_deref(),
        Some("Objective 2, indicator 1")
    );
    assert_eq!(
        label(
            &p,
            &format!(
                "objectives.{}.outputs.{}.activities.{}.text",
                o.id, out.id, out.activities[0].id
            )
        )
        .as_deref(),
        Some("Objective 2, output 1, activity 1")
    );
    let template = o.indicators[0].clone();
    let mut p = p;
    let id = p
        .logframe
        .goal
        .indicators
        .first()
        .map(|i| i.id)
        .unwrap_or(Id(424242));
    if p.logframe.goal.indicators.is_empty() {
        p.logframe
            .goal
            .indicators
            .push(Indicator { id, ..template });
    }
    assert_eq!(
        label(&p, &format!("objectives.goal.indicators.{id}.name")).as_deref(),
        Some("Goal, indicator 1")
    );
    // The goal is one item too: its own text is named.
    assert_eq!(label(&p, "objectives.goal.text").as_deref(), Some("Goal"));
}

#[test]
fn a_linkage_and_a_donor_fit_are_named_by_their_objective() {
    let p = stress_fixture();
    let l = p.linkages.last().expect("the stress fixture has linkages");
    let n = p
        .logframe
        .objectives
        .iter()
        .position(|o| o.id == l.objective_id)
        .map(|i| i + 1);
    assert_eq!(
        label(&p, &format!("linkages.{}.reason", l.id)),
        n.map(|n| format!("Objective {n}"))
    );
    let fit = &p.donor.fit[0];
    assert!(label(&p, &format!("donor.fit.{}.text", fit.id))
        .is_some_and(|s| s.starts_with("Objective ")));
}

#[test]
fn a_long_name_is_cut_and_a_blank_one_left_out() {
    let mut p = good();
    p.budget[0].description = format!("Mercury-free {}\nprocessing", "gold ".repeat(20));
    let s = label(&p, &format!("budget.{}.quantity", p.budget[0].id)).unwrap_or_default();
    assert!(
        s.starts_with("Budget line 1, “Mercury-free gold gold"),
        "{s}"
    );
    assert!(s.ends_with(" gold…”"), "cut after a whole word: {s}");
    assert!(s.chars().count() < 80, "{s}");
    p.budget[0].description = "   ".into();
    assert_eq!(
        label(&p, &format!("budget.{}.quantity", p.budget[0].id)).as_deref(),
        Some("Budget line 1")
    );
}

#[test]
fn no_subject_for_a_single_field_a_whole_step_or_a_gone_item() {
    let p = good();
    for path in [
        "context.title",
        "budget",
        "partners",
        "partners.999999.name",
        "communication.stories",
        "nonsense.1.2",
        "",
    ] {
        assert_eq!(label(&p, path), None, "{path}");
    }
}

#[test]
fn a_message_that_already_names_its_item_is_left_as_it_is() {
    let p = good();
    let f = Finding {
        rule: "priorities.incomplete",
        severity: Severity::Warning,
        path: FieldPath::step(Step::Priorities)
            .item(p.priorities[0].id)
            .field("issue"),
        message: Message {
            key: "review.priority_no_title",
            args: vec![("n", "1".into())],
        },
    };
    assert_eq!(
        describe(Lang::En, &p, &f),
        "Priority 1 has no name. Write the issue in a few words."
    );
}

/// Every list item of a large proposal that holds text resolves to a subject, whatever its
/// list: a list added to the model without a subject fails here.
#[test]
fn every_item_of_every_list_has_a_subject() {
    let p = stress_fixture();
    let mut items = 0;
    for_each_text(&p, &mut |path, _, _| {
        let path = path.to_string();
        let has_item = path.split('.').any(|s| s.parse::<u32>().is_ok())
            || path.starts_with("objectives.goal.");
        let s = label(&p, &path);
        assert_eq!(s.is_some(), has_item, "{path}: {s:?}");
        items += usize::from(has_item);
    });
    assert!(items > 100, "{items} item fields walked");
}

/// The review of a real example: no finding's text is left with an empty subject or a raw key.
#[test]
fn described_findings_of_the_stress_fixture_read_cleanly() {
    let mut p = stress_fixture();
    for x in &mut p.partners {
        x.commitment = Commitment::ToApproach;
    }
    let r = review(&p, &ctx());
    assert!(!r.findings.is_empty());
    for f in &r.findings {
        for lang in [Lang::En, Lang::Fr] {
            let text = describe(lang, &p, f);
            assert!(!text.contains('{') && !text.contains("subject."), "{text}");
            assert!(!text.starts_with(':') && !text.starts_with(" :"), "{text}");
        }
    }
}

/// A risk finding names the risk by its number and its words.
#[test]
fn a_risk_finding_names_the_risk() {
    let f = fires_when("risks.no_owner", |p| p.risks[1].owner.clear());
    let mut p = good();
    p.risks[1].owner.clear();
    assert_eq!(
        describe(Lang::En, &p, &f[0]),
        "Risk 2, “Ore buyers take over the loan fund committee.”: Name who watches this risk \
         and acts on it: a person, role or organisation."
    );
    let s = stress_fixture();
    let r = &s.risks[3];
    let l = label(&s, &format!("risks.{}.mitigation", r.id)).unwrap();
    assert!(l.starts_with("Risk 4, “Risk 3: "), "{l}");
    assert_eq!(label(&s, "risks.999999999.text"), None);
}

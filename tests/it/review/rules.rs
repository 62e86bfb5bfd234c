//! Every rule fires on a proposal broken in the way it guards against, and stays silent on the
//! good fixture and on near misses.

use crate::support::review as review_support;

use asm_proposal::i18n::Lang;
use asm_proposal::model::*;
use asm_proposal::review::{render, Severity, RULES};
use review_support::{fires_when, good, paths, run, silent_when};

/// A phrase expected in a finding and the edit that introduces it.
type Case = (&'static str, fn(&mut Proposal));

fn first_objective(p: &mut Proposal) -> &mut Objective {
    &mut p.logframe.objectives[0]
}

fn first_indicator(p: &mut Proposal) -> &mut Indicator {
    &mut p.logframe.objectives[0].indicators[0]
}

// ----- context -----

#[test]
fn missing_basics() {
    let f = fires_when("context.missing_basics", |p| {
        p.context.title = "  ".into();
        p.context.amount_requested = Money(0);
    });
    let paths: Vec<&str> = f.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["context.title", "context.amount_requested"]);
    assert_eq!(f[0].severity, Severity::Blocker);
    fires_when("context.missing_basics", |p| p.context.donor.name.clear());
    fires_when("context.missing_basics", |p| {
        p.context.problem.statement.clear()
    });
    // A country code alone is enough.
    silent_when("context.missing_basics", |p| p.context.country_name.clear());
}

#[test]
fn duration() {
    let f = fires_when("context.duration", |p| {
        p.context.duration.end = "2026-12-31".into()
    });
    assert_eq!(f[0].path, "context.duration.end");
    assert_eq!(f[0].message.key, "review.context_end_before_start");
    let f = fires_when("context.duration", |p| {
        p.context.duration.start = "2027-02-30".into()
    });
    assert_eq!(f[0].path, "context.duration.start");
    fires_when("context.duration", |p| p.context.duration.end.clear());
    silent_when("context.duration", |p| {
        p.context.duration.end = " 2027-01-02 ".into()
    });
}

#[test]
fn evidence() {
    let f = fires_when("context.evidence", |p| p.context.problem.evidence.clear());
    assert_eq!(f[0].path, "context.problem.evidence");
    let f = fires_when("context.evidence", |p| {
        p.context.problem.evidence[0].source.clear()
    });
    let id = good().context.problem.evidence[0].id;
    assert_eq!(f[0].path, format!("context.problem.evidence.{id}.source"));
    // An evidence item still blank next to a sourced one is not reported.
    silent_when("context.evidence", |p| {
        let id = p.add_evidence();
        assert!(id.0 > 0);
    });
}

#[test]
fn miner_profile() {
    fires_when("context.miner_profile", |p| {
        p.context.community.miner_profiles.clear()
    });
    silent_when("context.miner_profile", |p| {
        p.context.community.miner_profiles = vec![MinerProfile::Rush, MinerProfile::Seasonal]
    });
}

// ----- priorities -----

#[test]
fn priorities_none() {
    let f = fires_when("priorities.none", |p| p.priorities.clear());
    assert_eq!(f[0].path, "priorities");
}

#[test]
fn priorities_too_many() {
    let add = |p: &mut Proposal, n: usize| {
        for _ in 0..n {
            let id = p.new_id();
            p.priorities.push(Priority::catalogue(id, Issue::Health));
        }
    };
    let f = fires_when("priorities.too_many", |p| add(p, 4));
    assert_eq!(f[0].message.arg("count"), Some("6"));
    silent_when("priorities.too_many", |p| add(p, 3));
}

#[test]
fn priorities_incomplete() {
    let f = fires_when("priorities.incomplete", |p| {
        p.priorities[1].why = "\n".into()
    });
    let id = good().priorities[1].id;
    assert_eq!(f[0].path, format!("priorities.{id}.why"));
    assert_eq!(f[0].message.arg("n"), Some("2"));
    let f = fires_when("priorities.incomplete", |p| {
        p.priorities[0].issue = PriorityIssue::Custom(String::new())
    });
    assert!(f[0].path.ends_with(".issue"));
    silent_when("priorities.incomplete", |p| {
        p.priorities[0].issue = PriorityIssue::Custom("Water for processing".into())
    });
}

#[test]
fn priorities_community_words() {
    let f = fires_when("priorities.community_words", |p| {
        p.priorities[0].community_words.clear()
    });
    assert_eq!(f[0].severity, Severity::Tip);
}

// ----- objectives -----

#[test]
fn objectives_none() {
    fires_when("objectives.none", |p| p.logframe.objectives.clear());
}

#[test]
fn objectives_no_goal() {
    let f = fires_when("objectives.no_goal", |p| p.logframe.goal.text.clear());
    assert_eq!(f[0].path, "objectives.goal.text");
}

#[test]
fn objective_without_indicator() {
    let f = fires_when("objectives.no_indicator", |p| {
        first_objective(p).indicators.clear()
    });
    let id = good().logframe.objectives[0].id;
    assert_eq!(f[0].path, format!("objectives.{id}.indicators"));
    assert_eq!(f[0].message.key, "review.objective_no_indicator");
    assert_eq!(f[0].severity, Severity::Blocker);
    // Indicators on outputs do not replace the objective's own.
    fires_when("objectives.no_indicator", |p| {
        let ind = first_objective(p).indicators.remove(0);
        first_objective(p).indicators.clear();
        first_objective(p).outputs[0].indicators.push(ind);
    });
}

#[test]
fn indicator_incomplete() {
    let g = good();
    let o = &g.logframe.objectives[0];
    let base = format!("objectives.{}.indicators.{}", o.id, o.indicators[0].id);
    let f = fires_when("objectives.indicator_incomplete", |p| {
        let i = first_indicator(p);
        i.baseline_value.clear();
        i.target_value.clear();
        i.target_date.clear();
        i.verification.clear();
    });
    let got: Vec<String> = f.into_iter().map(|f| String::from(f.path)).collect();
    let want: Vec<String> = [
        "baseline_value",
        "target_value",
        "target_date",
        "verification",
    ]
    .iter()
    .map(|s| format!("{base}.{s}"))
    .collect();
    assert_eq!(got, want);
    let f = fires_when("objectives.indicator_incomplete", |p| {
        first_indicator(p).baseline_year = None
    });
    assert_eq!(f[0].path, format!("{base}.baseline_year"));
    // Goal and output indicators are checked too.
    let f = fires_when("objectives.indicator_incomplete", |p| {
        let id = p.new_id();
        p.logframe.goal.indicators.push(Indicator {
            id,
            name: "Households above the poverty line".into(),
            ..Default::default()
        });
    });
    assert!(f[0].path.starts_with("objectives.goal.indicators."));
    // A qualitative indicator needs no unit.
    silent_when("objectives.indicator_incomplete", |p| {
        let i = first_indicator(p);
        i.numeric = false;
        i.unit.clear();
    });
    fires_when("objectives.indicator_incomplete", |p| {
        first_indicator(p).unit.clear()
    });
}

#[test]
fn target_not_a_number() {
    let f = fires_when("objectives.target_not_number", |p| {
        first_indicator(p).target_value = "much lower".into()
    });
    assert!(f[0].path.ends_with(".target_value"));
    assert_eq!(f[0].message.arg("value"), Some("much lower"));
    fires_when("objectives.target_not_number", |p| {
        first_indicator(p).baseline_value = "n/a".into()
    });
    for ok in ["1,200", "12,5", "45 %", "1 500", "0.75"] {
        silent_when("objectives.target_not_number", |p| {
            first_indicator(p).target_value = ok.into()
        });
    }
    // Qualitative indicators may say anything.
    silent_when("objectives.target_not_number", |p| {
        let i = first_indicator(p);
        i.numeric = false;
        i.target_value = "Law adopted".into();
    });
}

#[test]
fn target_date_outside_duration() {
    let f = fires_when("objectives.date_outside", |p| {
        first_indicator(p).target_date = "2029-06-30".into()
    });
    assert_eq!(f[0].message.key, "review.indicator_date_outside");
    assert_eq!(f[0].message.arg("end"), Some("2028-12-31"));
    let f = fires_when("objectives.date_outside", |p| {
        first_indicator(p).target_date = "June 2028".into()
    });
    assert_eq!(f[0].message.key, "review.date_invalid");
    let f = fires_when("objectives.date_outside", |p| {
        first_objective(p).outputs[0].activities[0].start = "2026-10-01".into()
    });
    assert!(f[0].path.ends_with(".start"));
    assert_eq!(f[0].message.key, "review.activity_date_outside");
    // The first and last days of the project are inside.
    silent_when("objectives.date_outside", |p| {
        first_indicator(p).target_date = "2028-12-31".into();
        first_objective(p).outputs[0].activities[0].start = "2027-01-01".into();
    });
    // Without readable project dates there is nothing to compare with (the duration rule says so).
    silent_when("objectives.date_outside", |p| {
        p.context.duration.end.clear();
        first_indicator(p).target_date = "2035-01-01".into();
    });
}

#[test]
fn objective_not_traced_to_a_priority() {
    let f = fires_when("objectives.no_priority", |p| {
        first_objective(p).priority_ids.clear()
    });
    assert!(f[0].path.ends_with(".priority_ids"));
    // A link to a priority that no longer exists does not count.
    fires_when("objectives.no_priority", |p| {
        first_objective(p).priority_ids = vec![Id(9999)]
    });
    silent_when("objectives.no_priority", |p| {
        let keep = p.priorities[1].id;
        first_objective(p).priority_ids = vec![keep];
    });
}

#[test]
fn sex_breakdown_where_gender_or_child_labour_is_a_priority() {
    let f = fires_when("objectives.sex_breakdown", |p| {
        first_indicator(p).by_sex = false
    });
    assert!(f[0].path.ends_with(".by_sex"));
    // Not a priority: no finding.
    silent_when("objectives.sex_breakdown", |p| {
        first_indicator(p).by_sex = false;
        p.priorities[0].issue = PriorityIssue::Catalogue(Issue::Technology);
    });
    // Gender as priority, French indicator about people.
    fires_when("objectives.sex_breakdown", |p| {
        p.priorities[0].issue = PriorityIssue::Catalogue(Issue::Gender);
        let i = first_indicator(p);
        i.by_sex = false;
        i.name = "Nombre de mineurs formés".into();
        i.unit = "personnes".into();
    });
    // A written-in priority about women counts too.
    fires_when("objectives.sex_breakdown", |p| {
        p.priorities[0].issue = PriorityIssue::Custom("Women's access to credit".into());
        p.priorities[1].issue = PriorityIssue::Catalogue(Issue::Technology);
        first_indicator(p).by_sex = false;
    });
    // Indicators about one sex, or about things, need no split.
    silent_when("objectives.sex_breakdown", |p| {
        let i = first_indicator(p);
        i.by_sex = false;
        i.name = "Women with a loan".into();
        i.unit = "members".into();
    });
    silent_when("objectives.sex_breakdown", |p| {
        let i = first_indicator(p);
        i.by_sex = false;
        i.name = "Mercury-free minerals sold".into();
        i.unit = "kg".into();
    });
    // "Child labour" names the issue, not the people counted (from the Peru example).
    silent_when("objectives.sex_breakdown", |p| {
        let i = first_indicator(p);
        i.by_sex = false;
        i.name = "Borrowing families keeping the no-child-labour pledge".into();
        i.unit = "%".into();
    });
    fires_when("objectives.sex_breakdown", |p| {
        let i = first_indicator(p);
        i.by_sex = false;
        i.name = "Children withdrawn from child labour".into();
        i.unit = "%".into();
    });
}

// ----- linkages -----

#[test]
fn objective_without_mdg_link() {
    let f = fires_when("linkages.objective_unlinked", |p| p.linkages.clear());
    assert_eq!(f[0].path, "linkages");
    assert_eq!(f[0].message.arg("n"), Some("1"));
    // A link of another objective does not count.
    fires_when("linkages.objective_unlinked", |p| {
        let id = p.add_objective();
        p.linkages[0].objective_id = id;
    });
}

#[test]
fn mdg_link_without_reason() {
    let f = fires_when("linkages.no_reason", |p| p.linkages[0].reason = " ".into());
    let id = good().linkages[0].id;
    assert_eq!(f[0].path, format!("linkages.{id}.reason"));
    assert_eq!(f[0].message.arg("target"), Some("3"));
}

// ----- donor -----

#[test]
fn no_donor_alignment() {
    let f = fires_when("donor.no_alignment", |p| p.donor.fit.clear());
    assert_eq!(f[0].severity, Severity::Blocker);
    fires_when("donor.no_alignment", |p| p.donor.fit[0].text.clear());
}

#[test]
fn objective_without_donor_fit() {
    let f = fires_when("donor.objective_no_fit", |p| {
        p.add_objective();
    });
    assert_eq!(f[0].message.arg("n"), Some("2"));
    // With no alignment at all only the blocker speaks.
    silent_when("donor.objective_no_fit", |p| {
        p.add_objective();
        p.donor.fit.clear();
    });
}

#[test]
fn donor_priorities_not_written_down() {
    fires_when("donor.no_stated_priorities", |p| {
        p.donor.stated_priorities = vec![String::new()]
    });
}

#[test]
fn no_link_to_national_strategy() {
    let f = fires_when("donor.no_national_strategy", |p| {
        p.donor.national_strategy = NationalStrategy::default()
    });
    assert_eq!(f.len(), 2);
    let f = fires_when("donor.no_national_strategy", |p| {
        p.donor.national_strategy.fit.clear()
    });
    assert_eq!(f[0].path, "donor.national_strategy.fit");
}

// ----- partners -----

#[test]
fn no_community_partner() {
    fires_when("partners.no_community", |p| {
        p.partners.remove(0);
    });
    fires_when("partners.no_community", |p| p.partners.clear());
    // A cooperative counts even without a level.
    silent_when("partners.no_community", |p| {
        p.partners[0].level = None;
        p.partners[0].partner_type = Some(PartnerType::Cooperative);
    });
}

#[test]
fn no_government_partner() {
    fires_when("partners.no_government", |p| {
        p.partners.remove(1);
    });
    // A company at national level is not the government.
    fires_when("partners.no_government", |p| {
        p.partners[1].partner_type = Some(PartnerType::PrivateSector);
        p.partners[1].level = Some(PartnerLevel::NationalPolicy);
    });
    silent_when("partners.no_government", |p| {
        p.partners[1].partner_type = Some(PartnerType::NationalGovernment)
    });
}

#[test]
fn partner_without_role_or_details() {
    let id = good().partners[0].id;
    let f = fires_when("partners.incomplete", |p| p.partners[0].role.clear());
    assert_eq!(f[0].path, format!("partners.{id}.role"));
    let f = fires_when("partners.incomplete", |p| {
        let id = p.add_partner();
        assert!(id.0 > 0);
    });
    assert_eq!(f.len(), 5);
}

#[test]
fn partner_not_approached() {
    let f = fires_when("partners.not_approached", |p| {
        p.partners[1].commitment = Commitment::ToApproach
    });
    assert!(f[0].path.ends_with(".commitment"));
}

// ----- communication -----

#[test]
fn communication_without_audience() {
    fires_when("communication.no_audience", |p| {
        p.communication.audiences.clear()
    });
    fires_when("communication.no_audience", |p| {
        p.communication.audiences[0].name.clear()
    });
}

#[test]
fn communication_without_success_story() {
    fires_when("communication.no_story", |p| {
        p.communication.stories.clear()
    });
}

#[test]
fn success_story_without_source() {
    let id = good().communication.stories[0].id;
    let f = fires_when("communication.story_no_source", |p| {
        p.communication.stories[0].source.clear()
    });
    assert_eq!(f[0].path, format!("communication.stories.{id}.source"));
    // A story still blank is not judged yet.
    silent_when("communication.story_no_source", |p| {
        p.add_story();
    });
}

#[test]
fn communication_without_general_message() {
    fires_when("communication.no_general_message", |p| {
        p.communication.general_message.clear()
    });
}

#[test]
fn communication_without_specific_message() {
    fires_when("communication.no_specific_message", |p| {
        p.communication.specific_messages.clear()
    });
    silent_when("communication.no_specific_message", |p| {
        p.communication.specific_messages.clear();
        p.communication.audiences.clear();
    });
}

#[test]
fn only_past_events() {
    let f = fires_when("communication.past_events", |p| {
        p.communication.events[0].date = "2026-06-12".into()
    });
    assert_eq!(f[0].message.arg("last"), Some("2026-06-12"));
    // One coming event is enough; today itself is not past.
    silent_when("communication.past_events", |p| {
        p.communication.events[0].date = "2026-06-12".into();
        let id = p.add_event();
        let e = p
            .communication
            .events
            .iter_mut()
            .find(|e| e.id == id)
            .unwrap();
        e.date = review_support::TODAY.into();
    });
    // No dated event at all is not "only past events".
    silent_when("communication.past_events", |p| {
        p.communication.events.clear()
    });
    // Relative to the context's today, not the clock.
    let mut p = good();
    p.communication.events[0].date = "2027-06-12".into();
    let later = asm_proposal::review::ReviewContext::new("2027-07-01");
    let rule = asm_proposal::review::rule("communication.past_events").unwrap();
    assert_eq!((rule.check)(&p, &later).len(), 1);
    let unknown = asm_proposal::review::ReviewContext::new("someday");
    assert!((rule.check)(&p, &unknown).is_empty());
}

#[test]
fn communication_without_measure() {
    fires_when("communication.no_measure", |p| {
        p.communication.measures.clear()
    });
}

// ----- budget -----

#[test]
fn budget_none() {
    fires_when("budget.none", |p| p.budget.clear());
}

#[test]
fn budget_total_mismatch() {
    let f = fires_when("budget.total_mismatch", |p| {
        p.context.amount_requested = Money(3_000_000)
    });
    // Plain forms; the message writes them in the reader's language.
    assert_eq!(f[0].message.arg("total"), Some("29000.00"));
    assert_eq!(f[0].message.arg("requested"), Some("30000.00"));
    let fr = asm_proposal::review::messages::render(asm_proposal::i18n::Lang::Fr, &f[0].message);
    assert!(fr.contains("29\u{202F}000,00"), "{fr}");
    let es = asm_proposal::review::messages::render(asm_proposal::i18n::Lang::Es, &f[0].message);
    assert!(es.contains("29.000,00") && es.contains("30.000,00"), "{es}");
    assert_eq!(f[0].message.arg("currency"), Some("USD"));
    // Co-funding is not part of the request.
    fires_when("budget.total_mismatch", |p| {
        p.budget[0].cofunding = Money(0)
    });
    fires_when("budget.total_mismatch", |p| {
        p.budget[0].unit_cost = Money(i64::MAX)
    });
    silent_when("budget.total_mismatch", |p| p.budget.clear());
}

#[test]
fn budget_line_not_linked_to_an_objective() {
    let id = good().budget[1].id;
    let f = fires_when("budget.unlinked_line", |p| p.budget[1].objective_id = None);
    assert_eq!(f[0].path, format!("budget.{id}.objective_id"));
    fires_when("budget.unlinked_line", |p| {
        p.budget[1].objective_id = Some(Id(4242))
    });
}

#[test]
fn budget_line_incomplete() {
    let f = fires_when("budget.line_incomplete", |p| {
        p.budget[0].cofunding_source.clear()
    });
    assert!(f[0].path.ends_with(".cofunding_source"));
    let f = fires_when("budget.line_incomplete", |p| {
        p.budget[1].quantity = Quantity(0)
    });
    assert!(f[0].path.ends_with(".quantity"));
    let f = fires_when("budget.line_incomplete", |p| {
        p.budget[0].cofunding = Money(2_000_000)
    });
    assert!(f[0].path.ends_with(".cofunding"));
    fires_when("budget.line_incomplete", |p| {
        p.budget[0].description.clear()
    });
}

#[test]
fn budget_mixed_currencies() {
    let f = fires_when("budget.other_currency", |p| {
        p.budget[0].description = "Training (EUR 2 300 per workshop)".into()
    });
    assert_eq!(f[0].message.arg("found"), Some("EUR"));
    assert_eq!(f[0].message.arg("currency"), Some("USD"));
    fires_when("budget.other_currency", |p| {
        p.budget[0].cofunding_source = "Municipality, 4 000 PEN".into()
    });
    silent_when("budget.other_currency", |p| {
        p.budget[0].description = "Training, USD 2,500 per workshop, for ALL members".into()
    });
}

// ----- budget by year and by funder -----

#[test]
fn years_that_do_not_add_up_to_the_cost() {
    let id = good().budget[0].id;
    let f = fires_when("budget.years_mismatch", |p| {
        p.budget[0].by_year = vec![Money(600_000), Money(300_000)]
    });
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].path, format!("budget.{id}.by_year"));
    assert_eq!(f[0].severity, Severity::Warning);
    let text = render(Lang::En, &f[0].message);
    assert!(text.contains("9,000.00 USD"), "{text}");
    assert!(text.contains("10,000.00 USD"), "{text}");
    // A change of cost breaks the years too.
    fires_when("budget.years_mismatch", |p| {
        p.budget[1].unit_cost = Money(2_100_000);
        p.context.amount_requested = Money(3_000_000);
    });
    // Lines not planned by year are not wrong.
    silent_when("budget.years_mismatch", |p| p.budget[0].by_year.clear());
    silent_when("budget.years_mismatch", |p| {
        p.budget[0].by_year = vec![Money(0), Money(0)]
    });
    // A line spread again adds up.
    silent_when("budget.years_mismatch", |p| {
        p.budget[0].unit_cost = Money(300_000);
        assert!(p.budget[0].spread(2));
    });
}

#[test]
fn amounts_in_years_after_the_project_end() {
    let id = good().budget[0].id;
    // The project shortened to one year: line 1's second year is after its end.
    let f = fires_when("budget.years_after_end", |p| {
        p.context.duration.end = "2027-12-31".into()
    });
    assert_eq!(f.len(), 1, "line 2's empty second year is not flagged");
    assert_eq!(f[0].path, format!("budget.{id}.by_year"));
    assert_eq!(f[0].message.arg("n"), Some("2"));
    assert_eq!(f[0].message.arg("amount"), Some("4000.00"));
    let text = render(Lang::Fr, &f[0].message);
    assert!(text.contains("31 décembre 2027"), "{text}");
    fires_when("budget.years_after_end", |p| {
        p.budget[1].by_year = vec![Money(1_000_000), Money(500_000), Money(500_000)]
    });
    // No dates, no project years to compare with.
    silent_when("budget.years_after_end", |p| p.context.duration.end.clear());
    silent_when("budget.years_after_end", |p| {
        p.context.duration.end = "2029-06-30".into()
    });
}

#[test]
fn cofunding_from_a_partner_who_has_not_confirmed() {
    let g = good();
    let (confirmed, discussing) = (g.partners[0].id, g.partners[1].id);
    let line = g.budget[0].id;
    let f = fires_when("budget.cofunding_unconfirmed", |p| {
        p.budget[0].cofunding_partner = Some(discussing)
    });
    assert_eq!(f[0].path, format!("budget.{line}.cofunding_partner"));
    assert_eq!(f[0].message.key, "review.budget_cofunding_in_discussion");
    assert_eq!(
        f[0].message.arg("partner"),
        Some("Regional education office")
    );
    let f = fires_when("budget.cofunding_unconfirmed", |p| {
        p.budget[0].cofunding_partner = Some(discussing);
        p.partners[1].commitment = Commitment::ToApproach;
    });
    assert_eq!(f[0].message.key, "review.budget_cofunding_to_approach");
    silent_when("budget.cofunding_unconfirmed", |p| {
        p.budget[0].cofunding_partner = Some(confirmed)
    });
    // A partner named on a line without co-funding promises nothing.
    silent_when("budget.cofunding_unconfirmed", |p| {
        p.budget[1].cofunding_partner = Some(discussing)
    });
    // The partner confirms: the warning goes.
    silent_when("budget.cofunding_unconfirmed", |p| {
        p.budget[0].cofunding_partner = Some(discussing);
        p.partners[1].commitment = Commitment::Confirmed;
    });
}

#[test]
fn a_partner_named_as_cofunder_is_a_source() {
    let confirmed = good().partners[0].id;
    silent_when("budget.line_incomplete", |p| {
        p.budget[0].cofunding_source.clear();
        p.budget[0].cofunding_partner = Some(confirmed);
    });
    let f = review_support::run("budget.line_incomplete", &{
        let mut p = good();
        p.budget[0].cofunding_source.clear();
        p.budget[0].cofunding_partner = Some(Id(4242));
        p
    });
    assert_eq!(
        f.len(),
        1,
        "a partner no longer in the proposal names no one"
    );
}

#[test]
fn worked_examples_are_planned_by_year_without_budget_warnings() {
    for info in examples() {
        let p = load_example(info.id).unwrap();
        for l in &p.budget {
            assert!(
                l.is_spread(),
                "{}: line {} not planned by year",
                info.id,
                l.id
            );
        }
        for rule in [
            "budget.years_mismatch",
            "budget.years_after_end",
            "budget.cofunding_unconfirmed",
        ] {
            assert!(run(rule, &p).is_empty(), "{}: {rule}", info.id);
        }
        // Not every line is spread evenly: the years follow the work.
        assert!(
            p.budget.iter().any(|l| {
                let first = l.by_year[0];
                l.by_year.iter().any(|m| (m.0 - first.0).abs() > 1)
            }),
            "{}",
            info.id
        );
    }
}

// ----- sustainability -----

#[test]
fn no_path_to_sustainability() {
    let f = fires_when("sustainability.missing", |p| {
        p.sustainability = Sustainability::default()
    });
    assert_eq!(f[0].path, "sustainability");
    silent_when("sustainability.missing", |p| {
        p.sustainability = Sustainability::default();
        p.sustainability.transitions = vec![Transition::MiningToOtherLivelihoods];
    });
}

#[test]
fn sustainability_without_formalisation() {
    fires_when("sustainability.no_formalisation", |p| {
        p.sustainability.formalisation.clear()
    });
    silent_when("sustainability.no_formalisation", |p| {
        p.sustainability = Sustainability::default()
    });
}

// ----- risks -----

#[test]
fn no_risk_register() {
    let f = fires_when("risks.none", |p| p.risks.clear());
    assert_eq!(f[0].path, "risks");
    assert_eq!(f[0].severity, Severity::Warning);
    silent_when("risks.none", |p| p.risks.truncate(1));
}

#[test]
fn incomplete_risk() {
    let f = fires_when("risks.incomplete", |p| {
        p.risks[1].text = " ".into();
        p.risks[1].likelihood = None;
        p.risks[1].impact = None;
        p.risks[1].mitigation.clear();
    });
    let id = p_risk(1);
    let want: Vec<String> = ["text", "likelihood", "impact", "mitigation"]
        .iter()
        .map(|f| format!("risks.{id}.{f}"))
        .collect();
    let got: Vec<String> = f.iter().map(|f| f.path.to_string()).collect();
    assert_eq!(got, want);
    // A severe risk without mitigation is the blocker's to report, not this rule's.
    silent_when("risks.incomplete", |p| p.risks[0].mitigation.clear());
}

/// The id of the good proposal's risk `i`.
fn p_risk(i: usize) -> Id {
    good().risks[i].id
}

#[test]
fn likely_severe_risk_without_mitigation() {
    let f = fires_when("risks.severe_unmitigated", |p| {
        p.risks[0].mitigation = "  ".into()
    });
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Blocker);
    assert_eq!(f[0].path, format!("risks.{}.mitigation", p_risk(0)));
    // Medium likelihood is not severe, however harmful: the incomplete rule asks instead.
    silent_when("risks.severe_unmitigated", |p| {
        p.risks[1].mitigation.clear()
    });
    silent_when("risks.severe_unmitigated", |p| {
        p.risks[0].mitigation.clear();
        p.risks[0].impact = Some(Level::Medium);
    });
}

#[test]
fn risk_without_owner() {
    let f = fires_when("risks.no_owner", |p| p.risks[1].owner = "\n".into());
    assert_eq!(f[0].path, format!("risks.{}.owner", p_risk(1)));
}

#[test]
fn risk_that_threatens_nothing() {
    let f = fires_when("risks.unlinked", |p| p.risks[0].threatens.clear());
    assert_eq!(f[0].severity, Severity::Tip);
    assert_eq!(f[0].path, format!("risks.{}.threatens", p_risk(0)));
}

#[test]
fn assumption_no_risk_names() {
    let f = fires_when("risks.assumption_unmatched", |p| {
        let a = p.add_assumption(None).unwrap();
        p.logframe.goal.assumptions[0].text = "Gold prices stay above the 2026 level".into();
        assert!(p.risks.iter().all(|r| !r.threatens.contains(&a)));
    });
    assert_eq!(f[0].path, "risks");
    assert_eq!(
        f[0].message.arg("assumption"),
        Some("Gold prices stay above the 2026 level")
    );
    // Named by a risk, or still blank: nothing to say.
    silent_when("risks.assumption_unmatched", |p| {
        let a = p.add_assumption(Some(p.logframe.objectives[0].id)).unwrap();
        p.logframe.objectives[0].assumptions[0].text = "The school keeps its teachers".into();
        p.risks[1].threatens.push(a);
    });
    silent_when("risks.assumption_unmatched", |p| {
        p.add_assumption(None);
    });
    // Without a register, `risks.none` speaks.
    silent_when("risks.assumption_unmatched", |p| {
        let _ = p.add_assumption(None);
        p.logframe.goal.assumptions[0].text = "Prices hold".into();
        p.risks.clear();
    });
}

// ----- text -----

#[test]
fn placeholders_in_any_field() {
    let cases: [Case; 8] = [
        ("TBD", |p| p.context.title = "Gold project TBD".into()),
        ("XXX", |p| p.budget[0].cofunding_source = "XXX".into()),
        ("lorem", |p| {
            p.logframe.goal.text = "lorem ipsum dolor".into()
        }),
        ("[insert", |p| {
            p.partners[0].role = "[insert role here]".into()
        }),
        ("à déterminer", |p| {
            p.donor.national_strategy.fit = "Lien à déterminer.".into()
        }),
        ("À DÉTERMINER", |p| {
            p.sustainability.reinvestment = "À DÉTERMINER".into()
        }),
        ("???", |p| p.communication.stories[0].source = "???".into()),
        ("to be confirmed", |p| {
            p.priorities[0].community_words = "Quote to be confirmed".into()
        }),
    ];
    for (found, broken) in cases {
        let f = fires_when("text.placeholder", broken);
        assert_eq!(f[0].message.arg("found"), Some(found));
    }
    let f = fires_when("text.placeholder", |p| {
        first_indicator(p).target_value = "TBD".into()
    });
    assert!(f[0].path.ends_with(".target_value"));
    assert_eq!(f[0].severity, Severity::Warning);
    // Words that merely contain the letters are fine.
    silent_when("text.placeholder", |p| {
        p.context.title = "Outbidding middlemen; Maxxxim Mine; insertion into markets".into()
    });
}

#[test]
fn placeholder_paths_follow_the_model_convention() {
    let g = good();
    let o = &g.logframe.objectives[0];
    let act = &o.outputs[0].activities[0];
    let f = fires_when("text.placeholder", |p| {
        first_objective(p).outputs[0].activities[0].text = "TBC".into()
    });
    assert_eq!(
        f[0].path,
        format!(
            "objectives.{}.outputs.{}.activities.{}.text",
            o.id, o.outputs[0].id, act.id
        )
    );
    let f = fires_when("text.placeholder", |p| p.context.sites.push("xxx".into()));
    assert_eq!(f[0].path, "context.sites");
}

#[test]
fn vague_text() {
    let f = fires_when("text.vague", |p| {
        p.partners[0].contribution = "Time, premises, tools, etc.".into()
    });
    assert_eq!(f[0].message.arg("found"), Some("etc"));
    assert_eq!(f[0].severity, Severity::Tip);
    fires_when("text.vague", |p| {
        p.context.problem.statement = "Mercury, dust, noise...".into()
    });
    fires_when("text.vague", |p| {
        p.sustainability.reinvestment = "Épargne, bétail, et ainsi de suite".into()
    });
    // Labels such as sources are not prose.
    silent_when("text.vague", |p| {
        p.communication.stories[0].source = "Report… p. 4".into()
    });
    silent_when("text.vague", |p| {
        p.context.title = "Ketchup and etching".into()
    });
}

#[test]
fn exaggerated_claims_in_english_and_french() {
    let cases: [Case; 8] = [
        ("all miners", |p| {
            p.logframe.goal.text = "All miners will be safe.".into()
        }),
        ("always", |p| {
            p.context.problem.statement = "Children always work.".into()
        }),
        ("never", |p| {
            p.donor.fit[0].text = "This has never been tried.".into()
        }),
        ("eliminate completely", |p| {
            first_objective(p).text = "Eliminate completely child labour".into()
        }),
        ("100%", |p| {
            p.communication.general_message = "100% mercury-free gold".into()
        }),
        ("tous les mineurs", |p| {
            p.linkages[0].reason = "Tous les mineurs iront à l'école.".into()
        }),
        ("toujours", |p| {
            p.partners[0].role = "Il sera toujours présent.".into()
        }),
        ("éliminer complètement", |p| {
            p.sustainability.formalisation = "Éliminer complètement le mercure.".into()
        }),
    ];
    for (found, broken) in cases {
        let f = fires_when("text.exaggeration", broken);
        assert_eq!(
            f[0].message.arg("found").map(str::to_lowercase),
            Some(found.to_lowercase())
        );
        assert_eq!(f[0].severity, Severity::Tip);
    }
    // Quotes of the community and the donor are their words, not claims of the drafter.
    silent_when("text.exaggeration", |p| {
        p.priorities[0].community_words = "'We always lose at the scale.'".into();
        p.donor.stated_priorities = vec!["Never leave anyone behind".into()];
    });
    // Near misses.
    silent_when("text.exaggeration", |p| {
        p.context.problem.statement =
            "Nevertheless, small-scale miners of all ages; 1000 tonnes".into()
    });
    // A numeric target of 100 is not a claim.
    silent_when("text.exaggeration", |p| {
        first_indicator(p).target_value = "100%".into()
    });
}

// ----- limits -----

#[test]
fn word_limits_of_the_chosen_template() {
    let long = "word ".repeat(700);
    let f = fires_when("limits.over_limit", |p| {
        p.context.template = DonorTemplate::ConceptNote;
        p.context.problem.statement = long.clone();
    });
    assert_eq!(f[0].path, "context");
    assert_eq!(f[0].message.arg("limit"), Some("600"));
    assert!(f[0].message.arg("words").unwrap().parse::<usize>().unwrap() > 700);
    // The same text fits a full proposal.
    silent_when("limits.over_limit", |p| {
        p.context.problem.statement = long.clone()
    });
    // The person's override wins; 0 removes the limit.
    silent_when("limits.over_limit", |p| {
        p.context.template = DonorTemplate::ConceptNote;
        p.context.problem.statement = long.clone();
        p.context.word_limits.insert("context".into(), 0);
    });
    fires_when("limits.over_limit", |p| {
        p.context.word_limits.insert("priorities".into(), 10);
    });
    // A logframe annex has no context section.
    silent_when("limits.over_limit", |p| {
        p.context.template = DonorTemplate::LogframeAnnex;
        p.context.problem.statement = long.clone();
    });
}

// ----- values the form refuses -----

#[test]
fn refused_value() {
    let f = fires_when("input.refused_value", |p| {
        p.context.currency = "btc".into();
        p.budget[0].unit_cost = Money(-1);
        p.logframe.objectives[0].indicators[0].target_date = "2027-02-30".into();
    });
    let paths: Vec<&str> = f.iter().map(|f| f.path.as_str()).collect();
    let ind = good().logframe.objectives[0].indicators[0].id;
    let (o, b) = (good().logframe.objectives[0].id, good().budget[0].id);
    assert_eq!(
        paths,
        [
            "context.currency".to_string(),
            format!("objectives.{o}.indicators.{ind}.target_date"),
            format!("budget.{b}.unit_cost"),
        ]
    );
    assert!(f.iter().all(|x| x.severity == Severity::Blocker));
    assert_eq!(f[0].message.arg("value"), Some("btc"));
    assert_eq!(f[1].message.arg("value"), Some("2027-02-30"));
    // The duration's dates and the budget's total have rules of their own.
    silent_when("input.refused_value", |p| {
        p.context.duration.start = "2027-02-30".into()
    });
    silent_when("input.refused_value", |p| {
        p.budget[0].quantity = Quantity(i64::MAX);
        p.budget[1].quantity = Quantity(i64::MAX);
        p.budget[0].unit_cost = Money(1000);
        p.budget[1].unit_cost = Money(1000);
    });
    // Empty is unfinished, not wrong.
    silent_when("input.refused_value", |p| p.context.currency.clear());
}

// ----- the table itself -----

#[test]
fn every_rule_has_a_test_in_this_file() {
    let src = include_str!("rules.rs");
    for r in RULES {
        assert!(
            src.contains(&format!("\"{}\"", r.id)),
            "rule {} has no fire/not-fire test here",
            r.id
        );
    }
    assert!(run("priorities.none", &good()).is_empty());
    assert!(paths("priorities.none", &good()).is_empty());
}

#[test]
fn a_government_office_at_community_level_is_not_the_community() {
    let mut p = good();
    p.partners.remove(0);
    p.partners[0].level = Some(PartnerLevel::Community);
    assert_eq!(run("partners.no_community", &p).len(), 1);
    p.partners[0].partner_type = Some(PartnerType::Ngo);
    assert!(run("partners.no_community", &p).is_empty());
}

/// Every finding can say where its rule comes from, in every language (issue 23): the
/// catalogue's `source.<rule id>` exists in each language, its English is the rule's own
/// `source`, and the line the review and the exports show names the report.
#[test]
fn every_rule_source_is_in_the_catalogue_in_every_language() {
    use asm_proposal::i18n::{t, Lang};
    for rule in asm_proposal::review::RULES {
        let key = format!("source.{}", rule.id);
        assert!(
            asm_proposal::review::messages::has_key(&key),
            "{key} missing"
        );
        assert_eq!(
            t(Lang::En, &key),
            rule.source,
            "{key}: English differs from rules.rs"
        );
        for lang in Lang::ALL {
            let s = asm_proposal::review::source(lang, rule.id).expect("known rule");
            assert!(!s.trim().is_empty(), "{key} {lang:?}");
            if lang != Lang::En {
                assert_ne!(s, rule.source, "{key}: {lang:?} is the English");
            }
            let line = asm_proposal::review::source_line(lang, rule.id).expect("known rule");
            assert!(line.contains("2005") && line.contains(&s), "{line}");
        }
    }
    assert!(asm_proposal::review::source(Lang::Fr, "no.such_rule").is_none());
}

// ----- workplan milestones -----

fn first_milestone(p: &mut Proposal) -> &mut DatedEvent {
    &mut p.logframe.milestones[0]
}

#[test]
fn milestone_incomplete() {
    let f = fires_when("objectives.milestone_incomplete", |p| {
        first_milestone(p).title = " ".into();
        first_milestone(p).date.clear();
    });
    let id = first_milestone(&mut good()).id;
    let paths: Vec<String> = f.iter().map(|f| String::from(f.path.clone())).collect();
    assert_eq!(
        paths,
        [
            format!("objectives.milestones.{id}.title"),
            format!("objectives.milestones.{id}.date")
        ]
    );
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(render(Lang::En, &f[1].message).contains("date"));
    // A note alone is not needed.
    silent_when("objectives.milestone_incomplete", |p| {
        first_milestone(p).note.clear()
    });
    // No milestones, nothing incomplete.
    silent_when("objectives.milestone_incomplete", |p| {
        p.logframe.milestones.clear()
    });
}

#[test]
fn milestone_outside() {
    let f = fires_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2029-03-01".into()
    });
    assert_eq!(f[0].message.key, "review.milestone_outside");
    let text = render(Lang::En, &f[0].message);
    assert!(text.contains("1 March 2029"), "{text}");
    assert!(text.contains("31 December 2028"), "{text}");
    let f = fires_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2026-12-31".into()
    });
    assert!(f[0].path.as_str().ends_with(".date"));
    let f = fires_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2027-02-30".into()
    });
    assert_eq!(f[0].message.key, "review.date_invalid");
    // The first and last days are inside; an empty date is the other rule's.
    silent_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2028-12-31".into()
    });
    silent_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2027-01-01".into()
    });
    silent_when("objectives.milestone_outside", |p| {
        first_milestone(p).date.clear()
    });
    // Without the project's end there is no period to be outside of.
    silent_when("objectives.milestone_outside", |p| {
        first_milestone(p).date = "2035-01-01".into();
        p.context.duration.end.clear();
    });
}

#[test]
fn no_review_milestone() {
    let f = fires_when("objectives.no_review_milestone", |p| {
        first_milestone(p).title = "Community fair".into();
        first_milestone(p).note.clear();
    });
    assert_eq!(f[0].path, "objectives.milestones");
    assert_eq!(f[0].severity, Severity::Tip);
    fires_when("objectives.no_review_milestone", |p| {
        p.logframe.milestones.clear()
    });
    // A report, an evaluation or a review in another language counts too.
    for title in [
        "First progress report",
        "Final evaluation",
        "Revisión de medio término",
        "Relatório anual",
        "Bilan à mi-parcours",
    ] {
        silent_when("objectives.no_review_milestone", |p| {
            first_milestone(p).title = title.into();
            first_milestone(p).note.clear();
        });
    }
    // A project of a year or less need not plan one.
    silent_when("objectives.no_review_milestone", |p| {
        p.logframe.milestones.clear();
        p.context.duration.end = "2027-12-31".into();
    });
}

// ----- indicator milestones and the UK format -----

fn goal_milestone(p: &mut Proposal, date: &str, value: &str) -> Id {
    let id = Id(990);
    p.logframe.goal.indicators[0]
        .milestones
        .push(IndicatorMilestone {
            id,
            date: date.into(),
            value: value.into(),
        });
    id
}

#[test]
fn ind_milestone_incomplete() {
    let f = fires_when("objectives.ind_milestone_incomplete", |p| {
        goal_milestone(p, "", " ");
    });
    let ind = good().logframe.goal.indicators[0].id;
    let paths: Vec<&str> = f.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            format!("objectives.goal.indicators.{ind}.milestones.990.date"),
            format!("objectives.goal.indicators.{ind}.milestones.990.value")
        ]
    );
    assert!(render(Lang::En, &f[1].message).contains("should read"));
    silent_when("objectives.ind_milestone_incomplete", |p| {
        goal_milestone(p, "2027-12-31", "40");
    });
}

#[test]
fn ind_milestone_order() {
    // The goal's first indicator: baseline 2025, target 31 December 2028.
    let f = fires_when("objectives.ind_milestone_order", |p| {
        goal_milestone(p, "2029-03-31", "40");
    });
    assert_eq!(f[0].message.key, "review.ind_milestone_after_target");
    let text = render(Lang::En, &f[0].message);
    assert!(
        text.contains("31 March 2029") && text.contains("31 December 2028"),
        "{text}"
    );
    let f = fires_when("objectives.ind_milestone_order", |p| {
        goal_milestone(p, "2024-12-31", "40");
    });
    assert_eq!(f[0].message.key, "review.ind_milestone_before_baseline");
    assert!(render(Lang::Fr, &f[0].message).contains("2025"));
    // On the target date, in the baseline year, undated or unreadable: not this rule's.
    for date in ["2028-12-31", "2025-01-01", "", "someday"] {
        silent_when("objectives.ind_milestone_order", |p| {
            goal_milestone(p, date, "40");
        });
    }
}

#[test]
fn uk_no_milestones() {
    let f = fires_when("objectives.uk_no_milestones", |p| {
        p.donor.format = DonorFormat::Uk;
    });
    // Every named indicator of the logframe, at its name.
    let p = good();
    let mut named = 0;
    named += p.logframe.goal.indicators.len();
    for o in &p.logframe.objectives {
        named += o.indicators.len();
        named += o.outputs.iter().map(|x| x.indicators.len()).sum::<usize>();
    }
    assert_eq!(f.len(), named);
    assert!(f.iter().all(|f| f.path.as_str().ends_with(".name")));
    assert!(render(Lang::En, &f[0].message).contains("UK logframe"));
    // The other formats do not ask for them; one milestone per indicator is enough.
    silent_when("objectives.uk_no_milestones", |p| {
        p.donor.format = DonorFormat::Eu;
    });
    silent_when("objectives.uk_no_milestones", |p| {
        p.donor.format = DonorFormat::Uk;
        let mut n = 900;
        let mut add = |list: &mut Vec<Indicator>| {
            for i in list {
                n += 1;
                i.milestones.push(IndicatorMilestone {
                    id: Id(n),
                    date: "2027-12-31".into(),
                    value: "1".into(),
                });
            }
        };
        add(&mut p.logframe.goal.indicators);
        for o in &mut p.logframe.objectives {
            add(&mut o.indicators);
            for out in &mut o.outputs {
                add(&mut out.indicators);
            }
        }
    });
}

#[test]
fn the_uk_example_reads_every_indicator_through_ordered_milestones() {
    let p = load_example("tanzania_health").unwrap();
    assert_eq!(p.donor.format, DonorFormat::Uk);
    for id in [
        "objectives.ind_milestone_incomplete",
        "objectives.ind_milestone_order",
        "objectives.uk_no_milestones",
    ] {
        assert!(run(id, &p).is_empty(), "{id}: {:?}", run(id, &p));
    }
}

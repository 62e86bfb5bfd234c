//! The review as a whole: the rule table, the message catalogue, the readiness score, step
//! states, templates, speed and robustness.

use crate::support::review as review_support;

use std::collections::BTreeSet;

use asm_proposal::i18n::Lang;
use asm_proposal::model::*;
use asm_proposal::review::messages::has_key;
use asm_proposal::review::*;
use proptest::prelude::*;
use review_support::{ctx, good};

/// A proposal that trips as many rules as possible at once.
fn messy() -> Proposal {
    let mut p = good();
    p.context.title = "TBD".into();
    p.context.duration.end = "2026-01-01".into();
    p.context.problem.evidence[0].source.clear();
    p.context.community.miner_profiles.clear();
    for _ in 0..5 {
        let id = p.new_id();
        p.priorities.push(Priority::new(id));
    }
    p.logframe.goal.text.clear();
    let o = p.add_objective();
    p.add_linkage(o, 1);
    p.logframe.objectives[0].indicators[0].target_value = "lots".into();
    p.logframe.objectives[0].indicators[0].target_date = "2031-01-01".into();
    p.logframe.objectives[0].indicators[0].by_sex = false;
    p.logframe.objectives[0].indicators[1].verification.clear();
    p.linkages[0].reason = "Always, for all miners, etc.".into();
    p.donor.stated_priorities.clear();
    p.donor.national_strategy.fit.clear();
    p.add_partner();
    p.partners[1].partner_type = Some(PartnerType::PrivateSector);
    p.communication.stories[0].source.clear();
    p.communication.events[0].date = "2025-01-01".into();
    p.communication.measures.clear();
    p.communication.specific_messages.clear();
    p.communication.general_message.clear();
    p.budget[0].objective_id = Some(o);
    p.budget[1].objective_id = None;
    p.budget[1].description = "Capital (EUR 18 000)".into();
    p.budget[0].cofunding_source.clear();
    p.budget[0].by_year.push(Money(1));
    p.budget[1].cofunding = Money(1_000);
    p.budget[1].cofunding_partner = Some(p.partners[1].id);
    p.context.amount_requested = Money(1);
    p.sustainability.formalisation.clear();
    p.context.template = DonorTemplate::ConceptNote;
    p.context.word_limits.insert("partners".into(), 3);
    p.risks[0].mitigation.clear();
    p.risks[0].owner.clear();
    p.risks[1].likelihood = None;
    p.risks[1].threatens.clear();
    p.logframe.milestones[0].title.clear();
    let a = p.add_assumption(None).unwrap();
    p.logframe.goal.assumptions[0].text = "Prices stay where they are".into();
    assert!(a.0 > 0);
    p
}

#[test]
fn rule_ids_are_unique_and_grouped_by_step() {
    let mut seen = BTreeSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
        assert!(!r.source.trim().is_empty(), "{} has no source", r.id);
        let group = r.id.split('.').next().unwrap();
        if let Some(step) = Step::from_id(group) {
            assert_eq!(step, r.step, "{} registered under another step", r.id);
        } else {
            assert!(
                ["text", "limits", "input"].contains(&group),
                "unknown group in {}",
                r.id
            );
        }
    }
    assert!(RULES.len() >= 40);
    assert_eq!(Step::WITH_FIELDS.len(), STEP_COUNT);
    assert!(rule("budget.none").is_some());
    assert!(rule("nope").is_none());
}

#[test]
fn every_finding_matches_its_rule_row() {
    for p in [messy(), Proposal::new("2026-01-01T00:00:00Z"), good()] {
        for f in review(&p, &ctx()).findings {
            let r = rule(f.rule).expect("finding of an unregistered rule");
            assert_eq!(f.severity, r.severity, "{}", f.rule);
            assert!(
                f.step().is_some(),
                "path {} does not start with a step",
                f.path
            );
            assert!(!f.path.contains(".."), "bad path {}", f.path);
        }
    }
}

#[test]
fn the_messy_proposal_trips_most_rules() {
    let r = review(&messy(), &ctx());
    let fired: BTreeSet<&str> = r.findings.iter().map(|f| f.rule).collect();
    let missing: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !fired.contains(id))
        .collect();
    // These need an empty or contradictory part the messy proposal doesn't have.
    let expected_silent = [
        "context.missing_basics",
        "priorities.none",
        "objectives.none",
        "objectives.no_indicator",
        "linkages.objective_unlinked",
        "donor.no_alignment",
        "partners.no_community",
        "communication.no_audience",
        "communication.no_story",
        "budget.none",
        // Needs project dates, and the messy proposal ends before it starts.
        "budget.years_after_end",
        "sustainability.missing",
        "risks.none",
        "objectives.no_priority",
        // Needs a value the form refuses; the messy proposal was typed in the form.
        "input.refused_value",
    ];
    for id in &missing {
        assert!(
            expected_silent.contains(id) || id.starts_with("objectives."),
            "{id} silent"
        );
    }
}

// ----- messages -----

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else { break };
        out.insert(after[..j].to_string());
        rest = &after[j + 1..];
    }
    out
}

#[test]
fn the_catalogue_is_complete_in_every_language() {
    // The catalogue's own file, read as written (both languages have the same keys: the i18n
    // tests check every locale file against English).
    let file = |lang: &str| -> serde_json::Map<String, serde_json::Value> {
        let path = format!(
            "{}/locales/{lang}/findings.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("findings.json");
        serde_json::from_str(&text).expect("findings.json is a JSON object")
    };
    let (en_file, fr_file) = (file("en"), file("fr"));
    assert!(
        en_file.len() > 80,
        "the review's messages are in findings.json"
    );
    let mut keys = BTreeSet::new();
    for (k, en) in &en_file {
        let (k, en) = (k.as_str(), en.as_str().expect("text"));
        let fr = fr_file
            .get(k)
            .and_then(|v| v.as_str())
            .expect("French text");
        assert!(keys.insert(k), "duplicate key {k}");
        assert!(has_key(k), "{k} is in the catalogue");
        assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{k} empty");
        assert_eq!(
            placeholders(en),
            placeholders(fr),
            "{k}: placeholders differ"
        );
        assert_eq!(message(Lang::En, k), en);
        assert_eq!(message(Lang::Fr, k), fr);
        // Only words spelt the same in both languages may be identical.
        if !["section.budget", "subject.message"].contains(&k) {
            assert_ne!(en, fr, "{k} is not translated");
        }
    }
}

#[test]
fn every_key_used_in_the_source_is_in_the_catalogue() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/review");
    let mut used = 0;
    // The review's files, and those of its folders (the templates).
    let mut files = Vec::new();
    let mut dirs = vec![dir];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.iter().any(|f| f.ends_with("templates/eu.rs")));
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        for part in src.split('"').skip(1).step_by(2) {
            let is_key = ["review.", "section.", "template.", "subject."]
                .iter()
                .any(|p| part.starts_with(p))
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
            if is_key {
                used += 1;
                assert!(
                    has_key(part),
                    "{part} (in {}) missing from the catalogue",
                    path.display()
                );
            }
        }
    }
    assert!(used > 60);
    for s in Severity::ALL {
        assert!(has_key(s.label_key()));
    }
}

#[test]
fn rendered_messages_have_every_placeholder_filled() {
    let mut seen = BTreeSet::new();
    for p in [messy(), Proposal::new("2026-01-01T00:00:00Z")] {
        for f in review(&p, &ctx()).findings {
            seen.insert(f.message.key);
            for lang in Lang::ALL {
                let text = render(lang, &f.message);
                assert!(!text.contains('{'), "{}: {text}", f.message.key);
                assert!(text.len() > 10);
            }
        }
    }
    assert!(seen.len() > 40, "only {} keys exercised", seen.len());
    let m = Message {
        key: "review.priorities_too_many",
        args: vec![("count", "7".into()), ("max", "5".into())],
    };
    assert!(render(Lang::En, &m).starts_with("You have 7 priorities"));
    assert!(render(Lang::Fr, &m).starts_with("Vous avez 7 priorités"));
}

// ----- readiness and step states -----

#[test]
fn an_empty_proposal_scores_zero_with_blockers() {
    let p = Proposal::new("2026-01-01T00:00:00Z");
    let r = review(&p, &ctx());
    assert_eq!(r.readiness, 0);
    assert!(r.blockers >= 5);
    assert!(!r.is_ready());
    for s in Step::WITH_FIELDS {
        assert_eq!(step_state(&p, &r, s), StepState::Empty, "{s}");
    }
}

#[test]
fn the_good_proposal_scores_100_and_every_step_is_complete() {
    let p = good();
    let r = review(&p, &ctx());
    assert_eq!(r.readiness, 100);
    assert_eq!((r.blockers, r.warnings, r.tips), (0, 0, 0));
    for s in Step::WITH_FIELDS {
        assert_eq!(step_state(&p, &r, s), StepState::Complete, "{s}");
    }
}

#[test]
fn counts_add_up_and_findings_are_in_step_order() {
    let r = review(&messy(), &ctx());
    let sum = r.by_step.iter().fold((0, 0, 0), |a, c| {
        (a.0 + c.blockers, a.1 + c.warnings, a.2 + c.tips)
    });
    assert_eq!(sum, (r.blockers, r.warnings, r.tips));
    assert_eq!(r.findings.len() as u32, r.blockers + r.warnings + r.tips);
    let order: Vec<usize> = r
        .findings
        .iter()
        .map(|f| {
            Step::WITH_FIELDS
                .iter()
                .position(|s| Some(*s) == f.step())
                .unwrap()
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(r.for_step(Step::Budget).count() as u32, {
        let c = r.counts(Step::Budget);
        c.blockers + c.warnings + c.tips
    });
    assert!(r.readiness <= MAX_WITH_BLOCKERS);
}

#[test]
fn tips_keep_a_step_complete_and_warnings_do_not() {
    let mut p = good();
    p.partners[1].commitment = Commitment::ToApproach; // tip
    let r = review(&p, &ctx());
    assert_eq!(step_state(&p, &r, Step::Partners), StepState::Complete);
    assert_eq!(r.readiness, 99);

    p.partners[1].role.clear(); // warning
    let r2 = review(&p, &ctx());
    assert_eq!(step_state(&p, &r2, Step::Partners), StepState::Started);
    assert!(r2.readiness < r.readiness);
    assert!(r2.readiness > MAX_WITH_BLOCKERS);

    p.budget.clear(); // blocker
    let r3 = review(&p, &ctx());
    assert_eq!(step_state(&p, &r3, Step::Budget), StepState::Empty);
    assert!(r3.readiness <= MAX_WITH_BLOCKERS);
}

#[test]
fn text_findings_count_on_the_step_of_their_field() {
    let mut p = good();
    p.partners[0].role = "TBD".into();
    let r = review(&p, &ctx());
    assert_eq!(r.counts(Step::Partners).warnings, 1);
    assert_eq!(r.counts(Step::Context).warnings, 0);
}

#[test]
fn readiness_rises_as_findings_are_fixed() {
    let mut p = messy();
    let mut last = review(&p, &ctx()).readiness;
    // Fix things one by one; the score never goes down.
    let fixes: Vec<fn(&mut Proposal)> = vec![
        |p| p.context.title = "A real title".into(),
        |p| p.context.duration.end = "2028-12-31".into(),
        |p| p.context.amount_requested = p.budget_totals().unwrap().requested,
        |p| p.priorities.truncate(2),
        |p| p.logframe.goal.text = "A goal".into(),
        |p| p.communication.general_message = "A message".into(),
    ];
    for fix in fixes {
        fix(&mut p);
        let now = review(&p, &ctx()).readiness;
        assert!(now >= last, "{now} < {last}");
        last = now;
    }
}

// ----- templates -----

#[test]
fn templates_have_unique_sections_with_translated_headings() {
    assert_eq!(templates().len(), 3);
    for format in DonorFormat::ALL {
        let all = templates::templates_of(*format);
        let ids: Vec<&str> = all.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            ["concept_note", "full_proposal", "logframe_annex"],
            "{format:?}"
        );
        for t in all {
            assert!(has_key(t.name_key));
            let mut ids = BTreeSet::new();
            let mut steps = BTreeSet::new();
            let mut parts = BTreeSet::new();
            for s in t.sections {
                assert!(ids.insert(s.id), "{} twice in {:?} {format:?}", s.id, t.id);
                assert!(has_key(s.heading_key), "{}", s.heading_key);
                // A step's words count in one section only, and a section without steps of
                // its own carries no limit of its own.
                for step in s.steps {
                    assert!(
                        steps.insert(*step),
                        "{step:?} twice in {:?} {format:?}",
                        t.id
                    );
                }
                assert!(
                    !s.steps.is_empty() || s.default_word_limit.is_none(),
                    "{}",
                    s.id
                );
                assert!(!s.parts.is_empty(), "{} draws nothing", s.id);
                for part in s.parts {
                    assert!(
                        parts.insert(part.id()),
                        "{part:?} twice in {:?} {format:?}",
                        t.id
                    );
                }
            }
            assert_eq!(template(t.id, *format).id, t.id);
        }
        // A full proposal holds every step the person writes in, and the logframe and workplan.
        let full = template(DonorTemplate::FullProposal, *format);
        for step in &Step::WITH_FIELDS {
            assert!(
                full.sections.iter().any(|s| s.steps.contains(step)),
                "{step:?} missing from {format:?}"
            );
        }
        for part in [templates::Part::Logframe, templates::Part::Workplan] {
            assert!(
                full.sections.iter().any(|s| s.parts.contains(&part)),
                "{part:?}"
            );
        }
    }
    // The formats differ in order, not only in name.
    let order = |f: DonorFormat| -> Vec<&str> {
        template(DonorTemplate::ConceptNote, f)
            .sections
            .iter()
            .map(|s| s.id)
            .collect()
    };
    assert_eq!(
        order(DonorFormat::Eu)[0],
        "donor",
        "the EU reads relevance first"
    );
    assert_ne!(order(DonorFormat::Uk), order(DonorFormat::Standard));
    let mut p = good();
    let cn = template(DonorTemplate::ConceptNote, DonorFormat::Standard);
    let ctx_section = &cn.sections[0];
    assert_eq!(templates::word_limit(&p, ctx_section), Some(600));
    p.context.word_limits.insert("context".into(), 900);
    assert_eq!(templates::word_limit(&p, ctx_section), Some(900));
    p.context.word_limits.insert("context".into(), 0);
    assert_eq!(templates::word_limit(&p, ctx_section), None);
}

// ----- speed and robustness -----

fn long_text() -> String {
    "Mining families in the district sort ore by hand and burn amalgam at home; "
        .repeat(70)
        .chars()
        .take(5000)
        .collect()
}

/// The stress proposal of the brief: 20 objectives, 60 indicators, 30 partners, 100 budget
/// lines, and 5,000-character text in every long-text field (problem, community, goal, each
/// objective, donor and national fit, messages, stories, sustainability).
/// With `extreme`, every indicator name and partner role and contribution is that long too.
fn stress(extreme: bool) -> Proposal {
    let long = long_text();
    let mut p = good();
    p.context.problem.statement = long.clone();
    p.context.community.description = long.clone();
    p.logframe.goal.text = long.clone();
    for _ in 0..19 {
        p.add_objective();
    }
    let ids: Vec<Id> = p.logframe.objectives.iter().map(|o| o.id).collect();
    for (k, oid) in ids.iter().enumerate() {
        let indicators = p.indicators_mut(Some(*oid)).unwrap();
        while indicators.len() < 3 {
            indicators.push(Indicator::default());
        }
        for i in indicators.iter_mut() {
            i.name = if extreme {
                long.clone()
            } else {
                format!("Children in school, site {k}")
            };
            i.target_value = format!("{k}");
        }
        let o = p.objective_mut(*oid).unwrap();
        o.text = long.clone();
    }
    for _ in 0..28 {
        let id = p.add_partner();
        let x = p.partners.iter_mut().find(|x| x.id == id).unwrap();
        let text = if extreme {
            long.clone()
        } else {
            long[..300].to_string()
        };
        x.role = text.clone();
        x.contribution = text;
    }
    for k in 0..98 {
        let id = p.add_budget_line();
        let l = p.budget.iter_mut().find(|l| l.id == id).unwrap();
        l.description = format!("Line {k}: {}", &long[..200]);
        l.objective_id = Some(ids[k % ids.len()]);
    }
    p.donor.fit[0].text = long.clone();
    p.donor.national_strategy.fit = long.clone();
    p.communication.general_message = long.clone();
    p.communication.stories[0].text = long.clone();
    p.sustainability.formalisation = long.clone();
    p.sustainability.reinvestment = long.clone();
    p.sustainability.alternative_livelihoods = long;
    p
}

fn time_review(p: &Proposal) -> (std::time::Duration, usize, usize) {
    let c = ctx();
    let r = review(p, &c);
    let runs = 20;
    let t = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(review(std::hint::black_box(p), &c));
    }
    let mut bytes = 0;
    for_each_text(p, &mut |_, _, t| bytes += t.len());
    (t.elapsed() / runs, r.findings.len(), bytes)
}

#[test]
fn stress_proposal_timing() {
    for extreme in [false, true] {
        let p = stress(extreme);
        assert_eq!(p.logframe.objectives.len(), 20);
        let indicators: usize = p
            .logframe
            .indicator_lists()
            .iter()
            .map(|(_, l)| l.len())
            .sum();
        assert!(indicators >= 60);
        assert_eq!(p.partners.len(), 30);
        assert_eq!(p.budget.len(), 100);
        let (each, findings, bytes) = time_review(&p);
        // Only printed: timings depend on the machine and the build profile.
        println!(
            "review of the {} stress proposal ({} KB of text): {each:?} per run, {findings} findings",
            if extreme { "extreme" } else { "brief's" },
            bytes / 1000
        );
    }
    // The model's own stress fixture (multilingual text, characters exports must escape).
    let p = asm_proposal::model::stress::stress_fixture();
    let (each, findings, bytes) = time_review(&p);
    println!(
        "review of model::stress::stress_fixture ({} KB of text): {each:?} per run, {findings} findings",
        bytes / 1000
    );
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        "(TBD|etc\\.|\\.\\.\\.|[Aa]ll miners|100 ?%|à déterminer|éliminer complètement|[a-z ]{0,5}){0,6}",
        "[0-9 ,.%-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn review_never_panics_and_stays_in_range(
        title in text_strategy(),
        statement in text_strategy(),
        target in text_strategy(),
        date in text_strategy(),
        role in text_strategy(),
        today in text_strategy(),
        amount in any::<i64>(),
        qty in any::<i64>(),
        cost in any::<i64>(),
        limit in 0u32..50,
    ) {
        let mut p = good();
        p.context.title = title;
        p.context.problem.statement = statement;
        p.logframe.objectives[0].indicators[0].target_value = target;
        p.logframe.objectives[0].indicators[0].target_date = date.clone();
        p.communication.events[0].date = date;
        p.partners[0].role = role;
        p.context.amount_requested = Money(amount);
        p.budget[0].quantity = Quantity(qty);
        p.budget[0].unit_cost = Money(cost);
        p.context.word_limits.insert("context".into(), limit);
        let r = review(&p, &ReviewContext::new(&today));
        prop_assert!(r.readiness <= 100);
        if r.blockers > 0 {
            prop_assert!(r.readiness <= MAX_WITH_BLOCKERS);
        }
        for f in &r.findings {
            prop_assert!(f.step().is_some());
            for lang in Lang::ALL {
                for name in placeholders(message(lang, f.message.key)) {
                    prop_assert!(f.message.arg(&name).is_some(), "{} lacks {}", f.message.key, name);
                }
            }
        }
    }
}

//! Validation reports every structural problem with the right path and kind.

use asm_proposal::model::*;

fn base() -> Proposal {
    load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""))
}

fn has(problems: &[Problem], path: &str, kind: ProblemKind) -> bool {
    problems.iter().any(|p| p.path == path && p.kind == kind)
}

#[track_caller]
fn expect(p: &Proposal, path: &str, kind: ProblemKind) {
    let problems = validate(p);
    assert!(
        has(&problems, path, kind),
        "expected {path} {kind:?}, got {problems:?}"
    );
}

#[test]
fn blank_proposal_only_lacks_a_title() {
    let p = Proposal::new("2026-11-01T10:00:00Z");
    assert_eq!(
        validate(&p),
        vec![Problem {
            path: "context.title".into(),
            kind: ProblemKind::Required
        }]
    );
}

#[test]
fn required_names_of_items() {
    let mut p = base();
    let pr = p.add_priority();
    let o = p.add_objective();
    let ind = p.add_indicator(Some(o));
    let out = p.add_output(o);
    let act = out.and_then(|out| p.add_activity(out));
    let part = p.add_partner();
    let b = p.add_budget_line();
    let a = p.add_audience();
    let s = p.add_story();
    let probs = validate(&p);
    for (path, kind) in [
        (format!("priorities.{pr}.issue"), ProblemKind::Required),
        (format!("objectives.{o}.text"), ProblemKind::Required),
        (
            format!("objectives.{o}.indicators.{}.name", ind.unwrap_or_default()),
            ProblemKind::Required,
        ),
        (
            format!(
                "objectives.{o}.outputs.{}.activities.{}.text",
                out.unwrap_or_default(),
                act.unwrap_or_default()
            ),
            ProblemKind::Required,
        ),
        (format!("partners.{part}.name"), ProblemKind::Required),
        (format!("budget.{b}.description"), ProblemKind::Required),
        (
            format!("communication.audiences.{a}.name"),
            ProblemKind::Required,
        ),
        (
            format!("communication.stories.{s}.title"),
            ProblemKind::Required,
        ),
    ] {
        assert!(has(&probs, &path, kind), "{path}: {probs:?}");
    }
}

#[test]
fn dates() {
    let mut p = base();
    p.context.duration.start = "2027-02-30".into();
    expect(&p, "context.duration.start", ProblemKind::BadDate);
    p.context.duration.start = "2030-01-01".into();
    expect(&p, "context.duration.end", ProblemKind::DateOrder);

    let mut p = base();
    let o = p.logframe.objectives[0].id;
    let i = p.logframe.objectives[0].indicators[0].id;
    p.logframe.objectives[0].indicators[0].target_date = "31/12/2029".into();
    expect(
        &p,
        &format!("objectives.{o}.indicators.{i}.target_date"),
        ProblemKind::BadDate,
    );

    let mut p = base();
    let e = p.communication.events[0].id;
    p.communication.events[0].date = "2028-13-01".into();
    expect(
        &p,
        &format!("communication.events.{e}.date"),
        ProblemKind::BadDate,
    );

    let mut p = base();
    p.meta.updated = "yesterday".into();
    expect(&p, "meta.updated", ProblemKind::BadTimestamp);
}

#[test]
fn codes() {
    let mut p = base();
    p.context.currency = "usd".into();
    p.context.country_code = "XX".into();
    expect(&p, "context.currency", ProblemKind::BadCurrency);
    expect(&p, "context.country_code", ProblemKind::BadCountry);
}

#[test]
fn dangling_links_everywhere() {
    let ghost = Id(9_999);
    let mut p = base();
    p.meta.next_id = IdCounter(10_000);
    let o = p.logframe.objectives[0].id;
    p.logframe.objectives[0].priority_ids.push(ghost);
    let l = p.linkages[0].id;
    p.linkages[0].objective_id = ghost;
    let f = p.donor.fit[0].id;
    p.donor.fit[0].objective_id = ghost;
    let part = p.partners[0].id;
    p.partners[0].objective_ids.push(ghost);
    let b = p.budget[0].id;
    p.budget[0].objective_id = Some(ghost);
    let m = p.communication.specific_messages[0].id;
    p.communication.specific_messages[0].audience_id = ghost;
    let ch = p.communication.champions[0].id;
    p.communication.champions[0].partner_id = Some(ghost);
    // A link to an id of the wrong kind dangles too: a priority trace pointing at a partner.
    let o2 = p.logframe.objectives[1].id;
    p.logframe.objectives[1].priority_ids.push(part);
    let probs = validate(&p);
    for path in [
        format!("objectives.{o}.priority_ids"),
        format!("objectives.{o2}.priority_ids"),
        format!("linkages.{l}.objective_id"),
        format!("donor.fit.{f}.objective_id"),
        format!("partners.{part}.objective_ids"),
        format!("budget.{b}.objective_id"),
        format!("communication.specific_messages.{m}.audience_id"),
        format!("communication.champions.{ch}.partner_id"),
    ] {
        assert!(
            has(&probs, &path, ProblemKind::DanglingLink),
            "{path}: {probs:?}"
        );
    }
}

#[test]
fn duplicate_link_and_ids() {
    let mut p = base();
    let part = p.partners[0].id;
    let first = p.partners[0].objective_ids[0];
    p.partners[0].objective_ids.push(first);
    expect(
        &p,
        &format!("partners.{part}.objective_ids"),
        ProblemKind::DuplicateLink,
    );

    let mut p = base();
    let dup = p.priorities[0].id;
    p.budget[0].id = dup;
    expect(&p, &format!("budget.{dup}"), ProblemKind::DuplicateId);

    let mut p = base();
    p.partners[0].id = Id(0);
    expect(&p, "partners.0", ProblemKind::MissingId);

    let mut p = base();
    p.meta.next_id = IdCounter(3);
    expect(&p, "meta.next_id", ProblemKind::IdCounter);
}

#[test]
fn amounts_and_ranges() {
    let mut p = base();
    let b = p.budget[0].id;
    p.budget[0].unit_cost = Money(-1);
    p.budget[0].quantity = Quantity(-1);
    p.context.amount_requested = Money(-5);
    p.context.community.women_percent = Some(101);
    let probs = validate(&p);
    for (path, kind) in [
        (format!("budget.{b}.unit_cost"), ProblemKind::NegativeAmount),
        (format!("budget.{b}.quantity"), ProblemKind::NegativeAmount),
        (
            "context.amount_requested".into(),
            ProblemKind::NegativeAmount,
        ),
        (
            "context.community.women_percent".into(),
            ProblemKind::OutOfRange,
        ),
    ] {
        assert!(has(&probs, &path, kind), "{path}: {probs:?}");
    }

    let mut p = base();
    let b = p.budget[1].id;
    p.budget[1].cofunding = Money(i64::MAX / 2);
    expect(
        &p,
        &format!("budget.{b}.cofunding"),
        ProblemKind::OutOfRange,
    );

    let mut p = base();
    let l = p.linkages[0].id;
    p.linkages[0].mdg_target = 19;
    p.linkages[0].extra_sdgs = vec![18];
    expect(
        &p,
        &format!("linkages.{l}.mdg_target"),
        ProblemKind::OutOfRange,
    );
    expect(
        &p,
        &format!("linkages.{l}.extra_sdgs"),
        ProblemKind::OutOfRange,
    );

    let mut p = base();
    let o = p.logframe.objectives[0].id;
    let i = p.logframe.objectives[0].indicators[0].id;
    p.logframe.objectives[0].indicators[0].baseline_year = Some(205);
    p.logframe.objectives[0].indicators[0].target_value = "about ten".into();
    expect(
        &p,
        &format!("objectives.{o}.indicators.{i}.baseline_year"),
        ProblemKind::OutOfRange,
    );
    expect(
        &p,
        &format!("objectives.{o}.indicators.{i}.target_value"),
        ProblemKind::NotANumber,
    );

    let mut p = base();
    p.context.word_limits.insert("summary".into(), 0);
    expect(&p, "context.word_limits.summary", ProblemKind::OutOfRange);
}

#[test]
fn overflow_and_schema() {
    let mut p = base();
    let b = p.budget[0].id;
    p.budget[0].quantity = Quantity(i64::MAX);
    p.budget[0].unit_cost = Money(i64::MAX);
    expect(&p, &format!("budget.{b}.quantity"), ProblemKind::Overflow);

    let mut p = base();
    p.budget[0].quantity = Quantity::ONE;
    p.budget[0].unit_cost = Money(i64::MAX);
    p.budget[1].quantity = Quantity::ONE;
    p.budget[1].unit_cost = Money(i64::MAX);
    expect(&p, "budget", ProblemKind::Overflow);

    let mut p = base();
    p.schema_version = 7;
    expect(&p, "schema_version", ProblemKind::SchemaVersion);
}

#[test]
fn reports_every_problem_not_just_the_first() {
    let mut p = base();
    p.context.title.clear();
    p.context.currency = "EURO".into();
    p.context.duration.end = "soon".into();
    assert!(validate(&p).len() >= 3);
}

#[test]
fn every_path_starts_with_a_step_or_meta() {
    let mut p = stress_fixture();
    // Break every item so paths from all lists show up.
    for (path, _) in asm_proposal::model::validate::all_ids(&p) {
        assert!(
            Step::of_path(&path).is_some(),
            "{path} does not start with a wizard step"
        );
    }
    p.meta.created.clear();
    for prob in validate(&p) {
        assert!(Step::of_path(&prob.path).is_some() || prob.path.starts_with("meta."));
    }
}

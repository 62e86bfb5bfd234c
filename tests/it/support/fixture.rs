//! The complete proposal the tests start from: well-formed, every field a donor reads filled,
//! and accepted by every review rule (`review::fixture` checks that), so a test breaks one
//! thing and sees what that changes.

use asm_proposal::model::*;

fn indicator(p: &mut Proposal, name: &str, unit: &str, by_sex: bool) -> Indicator {
    Indicator {
        id: p.new_id(),
        name: name.into(),
        unit: unit.into(),
        numeric: true,
        baseline_value: "120".into(),
        baseline_year: Some(2026),
        target_value: "40".into(),
        target_date: "2028-06-30".into(),
        verification: "School registers checked each term".into(),
        by_sex,
        by_age: false,
        ..Default::default()
    }
}

/// A proposal every rule accepts.
pub fn good() -> Proposal {
    let mut p = Proposal::new("2026-11-01T09:00:00Z");
    p.touch("2026-11-20T16:45:10Z");
    let c = &mut p.context;
    c.title = "Safer gold and schooling in Santa Filomena".into();
    c.applicant = "Asociación de Mineros Artesanales".into();
    c.country_name = "Peru".into();
    c.country_code = "PE".into();
    c.sites = vec!["Santa Filomena".into()];
    c.minerals = vec!["gold".into()];
    c.community.description =
        "About 2,000 people live from small gold workings on the coast.".into();
    c.community.miner_profiles = vec![MinerProfile::Permanent];
    c.problem.statement = "Children sort ore with mercury and miss school.".into();
    c.duration.start = "2027-01-01".into();
    c.duration.end = "2028-12-31".into();
    c.currency = "USD".into();
    c.donor.name = "Example Foundation".into();
    c.donor.donor_type = Some(DonorType::Foundation);
    c.template = DonorTemplate::FullProposal;

    let ev = p.new_id();
    p.context.problem.evidence.push(Evidence {
        id: ev,
        text: "About 150 children work in ore sorting.".into(),
        source: "Community census, 2026, page 4".into(),
    });

    let pr1 = p.new_id();
    let pr2 = p.new_id();
    p.priorities.push(Priority {
        id: pr1,
        issue: PriorityIssue::Catalogue(Issue::ChildLabour),
        why: "Children handle mercury-bearing ore after school hours.".into(),
        community_words: "Women's assembly, March 2026: 'our children must study'.".into(),
    });
    p.priorities.push(Priority {
        id: pr2,
        issue: PriorityIssue::Catalogue(Issue::MercuryEnvironment),
        why: "Open burning of amalgam in homes.".into(),
        community_words: "Miners' meeting, April 2026.".into(),
    });

    p.logframe.goal.text = "Mining families earn a safe living and their children study.".into();
    let gi = p.new_id();
    p.logframe.goal.indicators.push(Indicator {
        id: gi,
        name: "Children of mining families in school".into(),
        unit: "%".into(),
        numeric: true,
        baseline_value: "35".into(),
        baseline_year: Some(2025),
        target_value: "50".into(),
        target_date: "2028-12-31".into(),
        verification: "District school census".into(),
        by_sex: true,
        by_age: false,
        ..Default::default()
    });
    let o1 = p.new_id();
    let ind1 = indicator(&mut p, "Children working in ore sorting", "children", true);
    let ind2 = indicator(&mut p, "Mercury used per kg of gold", "g", false);
    let out1 = p.new_id();
    let act1 = p.new_id();
    p.logframe.objectives.push(Objective {
        id: o1,
        text: "Reduce child work in ore sorting".into(),
        indicators: vec![ind1, ind2],
        assumptions: vec![],
        outputs: vec![Output {
            id: out1,
            text: "Women's loan fund running".into(),
            indicators: vec![],
            activities: vec![Activity {
                id: act1,
                text: "Train the fund committee".into(),
                start: "2027-02-01".into(),
                end: "2027-03-31".into(),
                lead_partner: None,
            }],
        }],
        priority_ids: vec![pr1, pr2],
    });

    let l1 = p.new_id();
    p.linkages.push(MdgLinkage {
        id: l1,
        objective_id: o1,
        mdg_target: 3,
        reason: "Children out of ore sorting can complete primary school.".into(),
        strength: Strength::Direct,
        extra_sdgs: vec![],
    });

    p.donor.stated_priorities = vec!["Education for working children".into()];
    let f1 = p.new_id();
    p.donor.fit.push(DonorFit {
        id: f1,
        objective_id: o1,
        text: "The foundation funds schooling for working children.".into(),
    });
    p.donor.national_strategy.name = "National Plan against Child Labour".into();
    p.donor.national_strategy.fit = "Its mining chapter names artisanal gold.".into();
    let fc = p.new_id();
    p.donor.funding_cycle.push(DatedEvent {
        id: fc,
        date: "2026-12-15".into(),
        title: "Call closes".into(),
        note: String::new(),
    });

    let pa1 = p.new_id();
    let pa2 = p.new_id();
    p.partners.push(Partner {
        id: pa1,
        name: "Santa Filomena miners' association".into(),
        partner_type: Some(PartnerType::MinersAssociation),
        level: Some(PartnerLevel::Community),
        role: "Runs the loan fund and the school follow-up".into(),
        contribution: "Volunteer time and premises".into(),
        commitment: Commitment::Confirmed,
        champion: true,
        objective_ids: vec![o1],
    });
    p.partners.push(Partner {
        id: pa2,
        name: "Regional education office".into(),
        partner_type: Some(PartnerType::LocalGovernment),
        level: Some(PartnerLevel::CommunityLocalGovernment),
        role: "Enrols the children and tracks attendance".into(),
        contribution: "Teachers and registers".into(),
        commitment: Commitment::InDiscussion,
        champion: false,
        objective_ids: vec![o1],
    });

    let au = p.new_id();
    let sm = p.new_id();
    let st = p.new_id();
    let ev1 = p.new_id();
    let me = p.new_id();
    let cm = &mut p.communication;
    cm.audiences.push(Audience {
        id: au,
        name: "Regional health officers".into(),
        interest: "Mercury exposure of children".into(),
    });
    cm.general_message = "Gold can pay for school instead of taking children from it.".into();
    cm.specific_messages.push(SpecificMessage {
        id: sm,
        audience_id: au,
        text: "Sorting ore with mercury harms children's health.".into(),
    });
    cm.stories.push(SuccessStory {
        id: st,
        title: "Women's lending fund".into(),
        text: "Thirty women set up a lending fund and children returned to school.".into(),
        source: "CooperAcción evaluation, 2004".into(),
    });
    cm.events.push(DatedEvent {
        id: ev1,
        date: "2027-06-12".into(),
        title: "World Day Against Child Labour".into(),
        note: "Community radio programme".into(),
    });
    cm.measures.push(Measure {
        id: me,
        text: "Meetings held with the regional education office".into(),
    });

    let b1 = p.new_id();
    let b2 = p.new_id();
    p.budget.push(BudgetLine {
        id: b1,
        category: BudgetCategory::Training,
        description: "Fund committee training".into(),
        unit: "workshop".into(),
        quantity: Quantity::whole(4),
        unit_cost: Money(250_000),
        objective_id: Some(o1),
        cofunding: Money(100_000),
        cofunding_source: "Municipality".into(),
        // Training mostly in the first year, refreshers in the second.
        by_year: vec![Money(600_000), Money(400_000)],
        ..Default::default()
    });
    p.budget.push(BudgetLine {
        id: b2,
        category: BudgetCategory::GrantsCredit,
        description: "Loan fund capital".into(),
        unit: "fund".into(),
        quantity: Quantity::whole(1),
        unit_cost: Money(2_000_000),
        objective_id: Some(o1),
        cofunding: Money(0),
        cofunding_source: String::new(),
        // The fund's capital is all paid in the first year.
        by_year: vec![Money(2_000_000), Money(0)],
        ..Default::default()
    });
    // 4 × 2,500.00 − 1,000.00 + 20,000.00 = 29,000.00
    p.context.amount_requested = Money(2_900_000);

    p.sustainability.transitions = vec![Transition::NextGenerationEducation];
    p.sustainability.formalisation = "The association registers as a cooperative.".into();
    p.sustainability.reinvestment = "Loan repayments refill the fund.".into();

    let r1 = p.new_id();
    let r2 = p.new_id();
    p.risks.push(Risk {
        id: r1,
        category: RiskCategory::Mercury,
        text: "Families keep burning amalgam at home while output grows.".into(),
        likelihood: Some(Level::High),
        impact: Some(Level::High),
        mitigation: "A shared retort at the association's plant; exposure measured each year."
            .into(),
        owner: "Association health committee".into(),
        threatens: vec![o1],
    });
    p.risks.push(Risk {
        id: r2,
        category: RiskCategory::Capture,
        text: "Ore buyers take over the loan fund committee.".into(),
        likelihood: Some(Level::Medium),
        impact: Some(Level::High),
        mitigation: "Committee members elected by the women's assembly, accounts read aloud."
            .into(),
        owner: "Loan fund committee".into(),
        threatens: vec![o1],
    });

    let ms = p.new_id();
    p.logframe.milestones.push(DatedEvent {
        id: ms,
        date: "2027-12-15".into(),
        title: "Mid-term review".into(),
        note: "With the women's association and the school.".into(),
    });

    p
}

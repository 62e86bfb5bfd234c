//! A deterministic, oversized proposal for benchmarks and robustness tests of review, exports
//! and UI: 20 objectives, 60 indicators, 80 activities over 5 years, 10 milestones, 30
//! partners, 100 budget lines spread over 5 years with 4 funders (the donor and 3 partners),
//! 30 risks, several 5,000-character fields, and text full of characters exports must escape (`<`, `&`, quotes, non-Latin
//! scripts).

use super::{
    Activity, Assumption, Audience, BudgetCategory, BudgetLine, Champion, Commitment, DatedEvent,
    DonorFit, DonorType, Evidence, Indicator, IndicatorMilestone, Issue, Level, MdgLinkage,
    Measure, MinerProfile, Money, Objective, Output, Partner, PartnerLevel, PartnerType, Priority,
    PriorityIssue, Product, Proposal, Quantity, Risk, RiskCategory, SpecificMessage, Strength,
    SuccessStory, Transition,
};

/// Length of the long text fields.
pub const LONG_TEXT_CHARS: usize = 5_000;
/// Number of objectives.
pub const OBJECTIVES: usize = 20;
/// Indicators per objective (all indicators sit on objectives: 60 in total).
pub const INDICATORS_PER_OBJECTIVE: usize = 3;
/// Number of partners.
pub const PARTNERS: usize = 30;
/// Number of budget lines.
pub const BUDGET_LINES: usize = 100;
/// Number of risks.
pub const RISKS: usize = 30;
/// Project years (2027 to 2031).
pub const YEARS: usize = 5;

const SENTENCES: &[&str] = &[
    "Miners in the valley work long shifts & sell to \"middlemen\" <below> the fair price. ",
    "Las mujeres seleccionan el mineral con mercurio sin protección. ",
    "Wachimbaji wadogo wanahitaji huduma za afya karibu na machimbo. ",
    "Les enfants quittent l'école pour porter le minerai. ",
    "Уровень ртути в реке превышает норму; 水银污染需要减少. ",
    "Prices swing 10% < x < 40% each season; plans must cope. ",
];

/// Deterministic text of exactly `chars` characters, cycling through multilingual sentences.
pub fn long_text(seed: usize, chars: usize) -> String {
    let mut s = String::new();
    let mut i = seed;
    while s.chars().count() < chars {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        i += 1;
    }
    s.chars().take(chars).collect()
}

/// The stress proposal. Same output on every call; validates with zero problems.
pub fn stress_fixture() -> Proposal {
    let mut p = Proposal::new("2026-01-01T00:00:00Z");
    p.meta.updated = "2026-06-30T12:00:00Z".into();
    let c = &mut p.context;
    c.title = "Stress fixture: regional ASM programme <with> \"every\" field & more".into();
    c.applicant = "Federation of Artisanal Miners' Cooperatives".into();
    c.country_name = "Ghana".into();
    c.country_code = "GH".into();
    c.sites = (1..=25).map(|i| format!("Site {i} (Ashanti)")).collect();
    c.minerals = vec!["gold".into(), "diamonds".into(), "manganese".into()];
    c.community.description = long_text(0, LONG_TEXT_CHARS);
    c.community.miner_profiles = MinerProfile::ALL.to_vec();
    c.community.population = Some(250_000);
    c.community.women_percent = Some(40);
    c.community.children_working = Some(12_000);
    c.problem.statement = long_text(1, LONG_TEXT_CHARS);
    c.duration.start = "2027-01-01".into();
    c.duration.end = "2031-12-31".into();
    c.currency = "USD".into();
    c.donor.name = "Multi-donor trust fund".into();
    c.donor.donor_type = Some(DonorType::MultilateralTrustFund);
    c.word_limits.insert("summary".into(), 500);
    c.word_limits.insert("problem".into(), 2_000);

    for i in 0..10 {
        let id = p.new_id();
        p.context.problem.evidence.push(Evidence {
            id,
            text: long_text(i, 400),
            source: format!("Survey round {i}, table {}", i + 1),
        });
    }

    let mut priority_ids = Vec::new();
    for (i, issue) in Issue::ALL.iter().take(5).enumerate() {
        let id = p.new_id();
        priority_ids.push(id);
        p.priorities.push(Priority {
            id,
            issue: PriorityIssue::Catalogue(*issue),
            why: long_text(i, 600),
            community_words: long_text(i + 2, 200),
        });
    }
    let id = p.new_id();
    p.priorities.push(Priority {
        id,
        issue: PriorityIssue::Custom("Water for processing & drinking".into()),
        why: long_text(9, 300),
        community_words: "«Sin agua no hay vida»".into(),
    });
    priority_ids.push(id);

    p.logframe.goal.text = long_text(3, 500);
    for i in 0..2 {
        let id = p.new_id();
        p.logframe.goal.assumptions.push(Assumption {
            id,
            text: format!("Goal assumption {i}"),
        });
    }

    let mut partner_ids = Vec::new();
    for i in 0..PARTNERS {
        let id = p.new_id();
        partner_ids.push(id);
        p.partners.push(Partner {
            id,
            name: format!("Partner {i:02} <org> & co"),
            partner_type: Some(PartnerType::ALL[i % PartnerType::ALL.len()]),
            level: Some(PartnerLevel::ALL[i % PartnerLevel::ALL.len()]),
            role: long_text(i, 250),
            contribution: long_text(i + 1, 150),
            commitment: Commitment::ALL[i % Commitment::ALL.len()],
            champion: i % 7 == 0,
            objective_ids: Vec::new(),
        });
    }

    let mut objective_ids = Vec::new();
    for i in 0..OBJECTIVES {
        let oid = p.new_id();
        objective_ids.push(oid);
        let mut o = Objective::new(oid);
        o.text = if i == 0 {
            long_text(i, LONG_TEXT_CHARS)
        } else {
            long_text(i, 300)
        };
        o.priority_ids = vec![priority_ids[i % priority_ids.len()]];
        for k in 0..INDICATORS_PER_OBJECTIVE {
            let id = p.new_id();
            o.indicators.push(Indicator {
                id,
                name: format!("Indicator {i}.{k}: share of households reached"),
                unit: "%".into(),
                numeric: k != 2,
                baseline_value: if k != 2 {
                    format!("{}.5", 10 + k)
                } else {
                    "none".into()
                },
                baseline_year: Some(2026),
                target_value: if k != 2 {
                    format!("{}", 50 + k)
                } else {
                    "adopted".into()
                },
                target_date: format!("20{}-06-30", 28 + (i % 4)),
                verification: "Household survey & registers".into(),
                by_sex: k == 0,
                by_age: k == 1,
                milestones: if k != 2 {
                    (0..2)
                        .map(|m| IndicatorMilestone {
                            id: p.new_id(),
                            date: format!("20{}-06-30", 28 + m),
                            value: format!("{}", 20 + k + 10 * m),
                        })
                        .collect()
                } else {
                    Vec::new()
                },
            });
        }
        let id = p.new_id();
        o.assumptions.push(Assumption {
            id,
            text: format!("Assumption for objective {i}"),
        });
        for j in 0..2 {
            let outid = p.new_id();
            let mut out = Output::new(outid);
            out.text = format!("Output {i}.{j}: {}", long_text(i + j, 120));
            for a in 0..2 {
                let id = p.new_id();
                // Starts spread over the five years; each runs 6 to 17 months.
                let start = 2027 * 12 + ((i * 4 + j * 2 + a) % YEARS) * 12 + i % 12;
                let end = (start + 5 + (i + j + a) % 12).min(2031 * 12 + 11);
                out.activities.push(Activity {
                    id,
                    text: format!("Activity {i}.{j}.{a}"),
                    start: format!("{}-{:02}-01", start / 12, start % 12 + 1),
                    end: format!("{}-{:02}-28", end / 12, end % 12 + 1),
                    lead_partner: Some(partner_ids[(i + j + a) % PARTNERS]),
                });
            }
            o.outputs.push(out);
        }
        p.logframe.objectives.push(o);
        for t in [1 + (i as u32 % 18), 1 + ((i as u32 + 8) % 18)] {
            let id = p.new_id();
            let mut l = MdgLinkage::new(id, oid, t);
            l.reason = long_text(i, 200);
            l.strength = if t % 2 == 0 {
                Strength::Direct
            } else {
                Strength::Indirect
            };
            l.extra_sdgs = vec![1 + (i as u32 % 17)];
            p.linkages.push(l);
        }
        let id = p.new_id();
        p.donor.fit.push(DonorFit {
            id,
            objective_id: oid,
            text: long_text(i + 4, 300),
        });
    }
    for (i, partner) in p.partners.iter_mut().enumerate() {
        partner.objective_ids = vec![objective_ids[i % OBJECTIVES]];
    }

    p.donor.stated_priorities = (0..8).map(|i| format!("Donor priority {i}")).collect();
    p.donor.national_strategy.name = "Ghana Shared Growth and Development Agenda".into();
    p.donor.national_strategy.fit = long_text(5, LONG_TEXT_CHARS);
    for i in 0..6 {
        let id = p.new_id();
        p.donor.funding_cycle.push(DatedEvent {
            id,
            date: format!("20{}-0{}-15", 27 + i / 2, 3 + i % 2 * 6),
            title: format!("Funding milestone {i}"),
            note: String::new(),
        });
    }

    let mut audience_ids = Vec::new();
    for i in 0..8 {
        let id = p.new_id();
        audience_ids.push(id);
        p.communication.audiences.push(Audience {
            id,
            name: format!("Audience {i}"),
            interest: long_text(i, 150),
        });
    }
    p.communication.general_message = long_text(2, 400);
    for (i, a) in audience_ids.iter().enumerate() {
        let id = p.new_id();
        p.communication.specific_messages.push(SpecificMessage {
            id,
            audience_id: *a,
            text: long_text(i, 200),
        });
    }
    for i in 0..5 {
        let id = p.new_id();
        p.communication.stories.push(SuccessStory {
            id,
            title: format!("Story {i}"),
            text: long_text(i, 1_500),
            source: format!("Evaluation report {i}, p. {}", 10 + i),
        });
    }
    for i in 0..6 {
        let id = p.new_id();
        p.communication.products.push(Product {
            id,
            name: format!("Product {i}"),
            channel: "Radio & SMS".into(),
            audience_ids: vec![audience_ids[i % 8], audience_ids[(i + 3) % 8]],
        });
    }
    for i in 0..12 {
        let id = p.new_id();
        p.communication.events.push(DatedEvent {
            id,
            date: format!("20{}-{:02}-10", 27 + i / 4, 1 + (i % 4) * 3),
            title: format!("Event {i}"),
            note: long_text(i, 100),
        });
    }
    for i in 0..4 {
        let id = p.new_id();
        p.communication.champions.push(Champion {
            id,
            name: format!("Champion {i}"),
            role: "Speaks for miners".into(),
            partner_id: Some(partner_ids[i * 7]),
        });
    }
    for i in 0..5 {
        let id = p.new_id();
        p.communication.measures.push(Measure {
            id,
            text: format!("Measure {i}"),
        });
    }

    for i in 0..BUDGET_LINES {
        let id = p.new_id();
        p.budget.push(BudgetLine {
            id,
            category: BudgetCategory::ALL[i % BudgetCategory::ALL.len()],
            description: format!("Budget line {i}: {}", long_text(i, 80)),
            unit: "unit".into(),
            quantity: Quantity(1_000 + (i as i64 % 7) * 250),
            unit_cost: Money(12_345 + i as i64 * 1_001),
            objective_id: Some(objective_ids[i % OBJECTIVES]),
            cofunding: Money(if i % 4 == 0 { 0 } else { 1_000 }),
            cofunding_source: if i % 4 == 0 {
                String::new()
            } else {
                format!("Partner {:02} <org> & co", i % 4 - 1)
            },
            cofunding_partner: (i % 4 != 0).then(|| partner_ids[i % 4 - 1]),
            by_year: Vec::new(),
        });
    }
    // Each line's cost spread over the five years, adding up exactly.
    for l in &mut p.budget {
        let cost = l.cost().unwrap_or_default().0;
        let share = cost / YEARS as i64;
        l.by_year = (0..YEARS)
            .map(|y| {
                Money(if y + 1 == YEARS {
                    cost - share * 4
                } else {
                    share
                })
            })
            .collect();
    }
    for i in 0..10 {
        let id = p.new_id();
        p.logframe.milestones.push(DatedEvent {
            id,
            date: format!(
                "{}-{}-30",
                2027 + i / 2,
                if i % 2 == 0 { "06" } else { "11" }
            ),
            title: format!("Progress report {} & review", i + 1),
            note: long_text(i, 120),
        });
    }
    let assumption_ids: Vec<_> = p
        .logframe
        .objectives
        .iter()
        .flat_map(|o| o.assumptions.iter().map(|a| a.id))
        .collect();
    for i in 0..RISKS {
        let id = p.new_id();
        p.risks.push(Risk {
            id,
            category: RiskCategory::ALL[i % RiskCategory::ALL.len()],
            text: format!("Risk {i}: {}", long_text(i, 200)),
            likelihood: Some(Level::ALL[i % 3]),
            impact: Some(Level::ALL[(i / 3) % 3]),
            mitigation: long_text(i + 1, 200),
            owner: format!("Partner {:02} <org> & co", i % PARTNERS),
            threatens: vec![
                objective_ids[i % OBJECTIVES],
                assumption_ids[i % assumption_ids.len()],
            ],
        });
    }
    // The requested amount matches the budget, as in a finished proposal.
    p.context.amount_requested = p.budget_totals().map(|t| t.requested).unwrap_or_default();

    p.sustainability.transitions = Transition::ALL.to_vec();
    p.sustainability.formalisation = long_text(4, LONG_TEXT_CHARS);
    p.sustainability.reinvestment = long_text(5, 1_000);
    p.sustainability.alternative_livelihoods = long_text(0, 1_000);
    p
}

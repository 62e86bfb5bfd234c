//! Property tests: lossless JSON round trip of arbitrary proposals; money, quantity and date
//! parsing.

use asm_proposal::model::date::{is_valid_date, is_valid_timestamp, parse_date};
use asm_proposal::model::money::{currency_exponent, is_known_currency, CURRENCIES};
use asm_proposal::model::*;
use proptest::prelude::*;

/// Raw material a proposal is built from; the builder cycles through the pools.
#[derive(Debug, Clone)]
struct Pools {
    texts: Vec<String>,
    ints: Vec<i64>,
    smalls: Vec<u32>,
    counts: Vec<usize>,
}

fn arb_pools() -> impl Strategy<Value = Pools> {
    (
        proptest::collection::vec(
            prop_oneof![".*", "[a-z <>&\"\\\\\n\t]{0,12}", Just(String::new())],
            1..30,
        ),
        proptest::collection::vec(any::<i64>(), 1..30),
        proptest::collection::vec(any::<u32>(), 1..30),
        proptest::collection::vec(0usize..4, 16),
    )
        .prop_map(|(texts, ints, smalls, counts)| Pools {
            texts,
            ints,
            smalls,
            counts,
        })
}

struct Cursor<'a> {
    p: &'a Pools,
    t: usize,
    i: usize,
    s: usize,
}

impl Cursor<'_> {
    fn text(&mut self) -> String {
        self.t += 1;
        self.p.texts[self.t % self.p.texts.len()].clone()
    }
    fn int(&mut self) -> i64 {
        self.i += 1;
        self.p.ints[self.i % self.p.ints.len()]
    }
    fn small(&mut self) -> u32 {
        self.s += 1;
        self.p.smalls[self.s % self.p.smalls.len()]
    }
    fn pick<T: Copy>(&mut self, all: &[T]) -> T {
        all[self.small() as usize % all.len()]
    }
    fn opt_with<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.small().is_multiple_of(3) {
            None
        } else {
            Some(f(self))
        }
    }
}

fn build(pools: &Pools) -> Proposal {
    let mut c = Cursor {
        p: pools,
        t: 0,
        i: 0,
        s: 0,
    };
    let n = |k: usize| pools.counts[k % pools.counts.len()];
    let mut p = Proposal::new(&c.text());
    p.meta.updated = c.text();
    p.context.title = c.text();
    p.context.applicant = c.text();
    p.context.country_code = c.text();
    p.context.sites = (0..n(0)).map(|_| c.text()).collect();
    p.context.community.miner_profiles = (0..n(1)).map(|_| c.pick(MinerProfile::ALL)).collect();
    p.context.community.population = c.opt_with(|c| c.int().unsigned_abs());
    p.context.community.women_percent = c.opt_with(|c| c.small());
    p.context.duration.start = c.text();
    p.context.amount_requested = Money(c.int());
    p.context.currency = c.text();
    p.context.donor.donor_type = c.opt_with(|c| c.pick(DonorType::ALL));
    p.context.template = c.pick(DonorTemplate::ALL);
    for _ in 0..n(2) {
        let (k, v) = (c.text(), c.small());
        p.context.word_limits.insert(k, v);
    }
    for _ in 0..n(3) {
        let id = p.add_priority();
        let issue = if c.small().is_multiple_of(2) {
            PriorityIssue::Catalogue(c.pick(Issue::ALL))
        } else {
            PriorityIssue::Custom(c.text())
        };
        let (why, words) = (c.text(), c.text());
        if let Some(x) = asm_proposal::model::ids::find_mut(&mut p.priorities, id) {
            x.issue = issue;
            x.why = why;
            x.community_words = words;
        }
    }
    for _ in 0..n(4) {
        let o = p.add_objective();
        let text = c.text();
        let pr: Vec<Id> = p.priorities.iter().map(|x| x.id).collect();
        if let Some(x) = p.objective_mut(o) {
            x.text = text;
            x.priority_ids = pr;
        }
        for _ in 0..n(5) {
            let i = p.add_indicator(Some(o)).unwrap_or_default();
            let (name, base, year, tgt, num) = (
                c.text(),
                c.text(),
                c.opt_with(|c| c.int() as i32),
                c.text(),
                c.small().is_multiple_of(2),
            );
            if let Some(list) = p.indicators_mut(Some(o)) {
                if let Some(x) = asm_proposal::model::ids::find_mut(list, i) {
                    x.name = name;
                    x.baseline_value = base;
                    x.baseline_year = year;
                    x.target_value = tgt;
                    x.numeric = num;
                    x.by_sex = !num;
                }
            }
        }
        if let Some(out) = p.add_output(o) {
            p.add_activity(out);
        }
        let t = c.small();
        if let Some(l) = p.add_linkage(o, t) {
            let extra = vec![c.small(), c.small()];
            if let Some(x) = asm_proposal::model::ids::find_mut(&mut p.linkages, l) {
                x.extra_sdgs = extra;
                x.strength = Strength::Indirect;
            }
        }
        p.add_donor_fit(o);
    }
    for _ in 0..n(6) {
        let id = p.add_partner();
        let (name, ty, lvl, com) = (
            c.text(),
            c.opt_with(|c| c.pick(PartnerType::ALL)),
            c.opt_with(|c| c.pick(PartnerLevel::ALL)),
            c.pick(Commitment::ALL),
        );
        if let Some(x) = asm_proposal::model::ids::find_mut(&mut p.partners, id) {
            x.name = name;
            x.partner_type = ty;
            x.level = lvl;
            x.commitment = com;
            x.champion = true;
        }
    }
    for _ in 0..n(7) {
        let a = p.add_audience();
        p.add_specific_message(a);
        p.add_story();
        p.add_event();
    }
    for _ in 0..n(8) {
        let id = p.add_budget_line();
        let (cat, q, u, cf, desc) = (
            c.pick(BudgetCategory::ALL),
            c.int(),
            c.int(),
            c.int(),
            c.text(),
        );
        let obj = p.logframe.objectives.first().map(|o| o.id);
        if let Some(x) = asm_proposal::model::ids::find_mut(&mut p.budget, id) {
            x.category = cat;
            x.quantity = Quantity(q);
            x.unit_cost = Money(u);
            x.cofunding = Money(cf);
            x.description = desc;
            x.objective_id = obj;
        }
    }
    p.sustainability.transitions = (0..n(9)).map(|_| c.pick(Transition::ALL)).collect();
    p.sustainability.formalisation = c.text();
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trip_is_lossless(pools in arb_pools()) {
        let p = build(&pools);
        let json = to_json_pretty(&p);
        let back: Proposal = asm_proposal::json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &p);
        prop_assert_eq!(to_json_pretty(&back), json.clone());
        // Through the import path too: only link/id problems could refuse it, and the builder
        // makes none.
        prop_assert_eq!(import_json(json.as_bytes()), Ok(p.clone()));
        // Validation never panics on whatever was generated.
        let _ = validate(&p);
    }

    #[test]
    fn quantity_parse_format_round_trip(v in -1_000_000_000_000i64..1_000_000_000_000) {
        let q = Quantity(v);
        prop_assert_eq!(Quantity::parse(&q.format()), Ok(q));
    }

    #[test]
    fn money_parse_format_round_trip(v in any::<i64>(), exp in 0u32..=3) {
        let m = Money(v);
        prop_assert_eq!(Money::parse(&m.format(exp), exp), Ok(m));
        prop_assert_eq!(Money::parse_with(&m.format_grouped(exp, ',', '.'), exp, ','), Ok(m));
    }

    #[test]
    fn number_parsers_never_panic(s in ".{0,40}", exp in 0u32..=9) {
        let _ = Money::parse(&s, exp);
        let _ = Quantity::parse_with(&s, ',');
        let _ = parse_date(&s);
        let _ = is_valid_timestamp(&s);
        let _ = asm_proposal::model::validate::is_number(&s);
    }

    #[test]
    fn valid_dates_round_trip(y in 1u16..=9999, m in 1u8..=12, d in 1u8..=31) {
        let s = format!("{y:04}-{m:02}-{d:02}");
        if let Some(date) = parse_date(&s) {
            prop_assert_eq!(date.to_string(), s);
        } else {
            prop_assert!(d > 28);
        }
    }

    #[test]
    fn line_cost_is_exact(q in 0i64..10_000_000, u in 0i64..100_000_000) {
        // quantity in thousandths × unit cost, rounded half up, equals integer arithmetic.
        let expected = (i128::from(q) * i128::from(u) + 500) / 1000;
        prop_assert_eq!(Quantity(q).times(Money(u)).map(|m| i128::from(m.0)), Some(expected));
    }
}

#[test]
fn money_parsing_examples() {
    assert_eq!(Money::parse("1234.56", 2), Ok(Money(123_456)));
    assert_eq!(Money::parse(" 1,234.5 ", 2), Ok(Money(123_450)));
    assert_eq!(Money::parse_with("1.234,56", 2, ','), Ok(Money(123_456)));
    assert_eq!(Money::parse("1 000", 0), Ok(Money(1_000)));
    assert_eq!(Money::parse("-3", 2), Ok(Money(-300)));
    assert_eq!(
        Money::parse("1.234", 2),
        Err(NumberError::TooManyDecimals { max: 2 })
    );
    assert_eq!(Money::parse("1.230", 2), Ok(Money(123)));
    assert_eq!(Money::parse("", 2), Err(NumberError::Empty));
    assert_eq!(Money::parse("12a", 2), Err(NumberError::Invalid));
    assert_eq!(Money::parse("1.2.3", 2), Err(NumberError::Invalid));
    assert_eq!(Money::parse(".", 2), Err(NumberError::Invalid));
    assert_eq!(
        Money::parse("99999999999999999999", 2),
        Err(NumberError::TooLarge)
    );
    assert_eq!(Money(123_456_789).format(2), "1234567.89");
    assert_eq!(Money(-5).format(2), "-0.05");
    assert_eq!(
        Money(123_456_789).format_grouped(2, '.', ','),
        "1,234,567.89"
    );
    assert_eq!(Money(1_000).format_grouped(0, '.', ' '), "1 000");
    assert_eq!(Money(i64::MIN).format(0), i64::MIN.to_string());
    assert_eq!(Money::checked_sum([Money(i64::MAX), Money(1)]), None);
    // Absurd exponents are refused or clamped, never a panic.
    assert_eq!(Money::parse("1", 40), Err(NumberError::TooLarge));
    assert_eq!(Money(5).format(u32::MAX), "0.000000000000000005");
    assert_eq!(Money::parse("10", 18), Err(NumberError::TooLarge));
    assert_eq!(Money::parse("0.5", 18), Ok(Money(500_000_000_000_000_000)));
}

#[test]
fn quantity_examples() {
    assert_eq!(Quantity::parse("2.5"), Ok(Quantity(2_500)));
    assert_eq!(Quantity::parse_with("0,125", ','), Ok(Quantity(125)));
    assert_eq!(Quantity(2_500).format(), "2.5");
    assert_eq!(Quantity(3_000).format(), "3");
    assert_eq!(Quantity::whole(7), Quantity(7_000));
    // 2.5 × 0.03 = 0.075 → rounds half away from zero to 0.08.
    assert_eq!(Quantity(2_500).times(Money(3)), Some(Money(8)));
    assert_eq!(Quantity(-2_500).times(Money(3)), Some(Money(-8)));
    assert_eq!(Quantity(i64::MAX).times(Money(i64::MAX)), None);
}

#[test]
fn currencies_and_countries() {
    assert!(
        CURRENCIES.windows(2).all(|w| w[0] < w[1]),
        "sorted for binary search"
    );
    assert!(asm_proposal::model::context::COUNTRY_CODES
        .windows(2)
        .all(|w| w[0] < w[1]));
    assert!(is_known_currency("PEN") && is_known_currency("TZS") && !is_known_currency("XAU"));
    assert_eq!(currency_exponent("USD"), Some(2));
    assert_eq!(currency_exponent("UGX"), Some(0));
    assert_eq!(currency_exponent("JOD"), Some(3));
    assert_eq!(currency_exponent("ABC"), None);
    assert!(asm_proposal::model::context::is_known_country("BO"));
    assert!(!asm_proposal::model::context::is_known_country("pe"));
}

#[test]
fn dates_and_timestamps() {
    assert!(is_valid_date("2028-02-29"));
    assert!(!is_valid_date("2027-02-29"));
    assert!(!is_valid_date("2100-02-29"));
    assert!(is_valid_date("2000-02-29"));
    assert!(!is_valid_date("2027-1-01"));
    assert!(!is_valid_date("0000-01-01"));
    assert!(!is_valid_date("2027-00-10"));
    assert!(!is_valid_date("２０２７-01-01"));
    assert!(parse_date("2027-01-02") < parse_date("2027-10-01"));
    assert!(is_valid_timestamp("2026-11-02T14:00:00Z"));
    assert!(is_valid_timestamp("2026-11-02T14:00:00.123+03:00"));
    assert!(is_valid_timestamp("2026-11-02T14:00:00-05:00"));
    assert!(!is_valid_timestamp("2026-11-02T14:00:00"));
    assert!(!is_valid_timestamp("2026-11-02 14:00:00Z"));
    assert!(!is_valid_timestamp("2026-11-02T24:00:00Z"));
    assert!(!is_valid_timestamp("2026-11-02T14:00:00.Z"));
    assert!(!is_valid_timestamp("2026-11-02T14:00:00+3:00"));
}

#[test]
fn enum_ids_round_trip() {
    for x in Issue::ALL {
        assert_eq!(Issue::from_id(x.as_str()), Some(*x));
        assert_eq!(
            asm_proposal::json::to_string(x),
            format!("\"{}\"", x.as_str())
        );
    }
    assert_eq!(Issue::ALL.len(), 17);
    assert_eq!(MinerProfile::ALL.len(), 5);
    assert_eq!(DonorType::ALL.len(), 6);
    assert_eq!(PartnerType::ALL.len(), 12);
    assert_eq!(PartnerLevel::ALL.len(), 5);
    assert_eq!(Step::WITH_FIELDS.len(), 10);
    assert_eq!(Step::ALL.len(), 11, "and the Review step");
    assert_eq!(Step::of_path("review"), None, "Review owns no field");
    assert_eq!(
        Step::of_path("objectives.7.indicators.12.target_value"),
        Some(Step::Objectives)
    );
    assert_eq!(Step::of_path("meta.next_id"), None);
    assert_eq!(PartnerType::from_id("ngo"), Some(PartnerType::Ngo));
    assert_eq!(Commitment::default(), Commitment::ToApproach);
    assert_eq!(DonorTemplate::default(), DonorTemplate::FullProposal);
    assert_eq!(
        asm_proposal::json::to_string(&PriorityIssue::Catalogue(Issue::ChildLabour)),
        r#"{"catalogue":"child_labour"}"#
    );
}

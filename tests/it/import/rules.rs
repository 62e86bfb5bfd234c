//! Imports obey the form's rules (`model::rules`): a value the form refuses is refused by the
//! import or opens marked, the donor exports never print it, totals never overflow silently.

use asm_proposal::export::{self, ExportError, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::budget::BudgetLine;
use asm_proposal::model::validate::{Problem, ProblemKind};
use asm_proposal::model::*;
use proptest::prelude::*;

fn peru() -> Proposal {
    load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""))
}

/// Whether `s` names a day that exists, worked out here without the model's parser.
fn day_exists(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    y >= 1 && d >= 1 && d <= days
}

fn arb_code() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("USD".to_string()),
        Just("PEN".to_string()),
        Just("BTC".to_string()),
        Just("XXX".to_string()),
        Just("usd".to_string()),
        Just(String::new()),
        "[A-Za-z]{1,4}",
    ]
}

fn arb_country() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("PE".to_string()),
        Just("XX".to_string()),
        Just("pe".to_string()),
        Just(String::new()),
        "[A-Za-z]{1,3}",
    ]
}

fn arb_date() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..10_000, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        Just("2027-02-30".to_string()),
        Just("2028-02-29".to_string()),
        Just(String::new()),
        "[0-9/ -]{0,12}",
    ]
}

fn arb_money() -> impl Strategy<Value = i64> {
    prop_oneof![
        -1_000_000i64..100_000_000,
        any::<i64>(),
        Just(i64::MAX),
        Just(i64::MIN),
    ]
}

/// What the form says about each mutated field, from oracles independent of `model::rules`.
fn expected(p: &Proposal) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |bad: bool, path: String, kind| {
        if bad {
            out.push(Problem {
                path: FieldPath::parse(&path),
                kind,
            });
        }
    };
    let c = &p.context;
    push(
        c.amount_requested.0 < 0,
        "context.amount_requested".into(),
        ProblemKind::NegativeAmount,
    );
    push(
        !c.currency.is_empty() && !money::CURRENCIES.contains(&c.currency.as_str()),
        "context.currency".into(),
        ProblemKind::BadCurrency,
    );
    push(
        !c.country_code.is_empty() && !context::COUNTRY_CODES.contains(&c.country_code.as_str()),
        "context.country_code".into(),
        ProblemKind::BadCountry,
    );
    for (field, v) in [("start", &c.duration.start), ("end", &c.duration.end)] {
        push(
            !v.is_empty() && !day_exists(v),
            format!("context.duration.{field}"),
            ProblemKind::BadDate,
        );
    }
    for l in &p.budget {
        let bp = format!("budget.{}", l.id);
        push(
            l.quantity.0 < 0,
            format!("{bp}.quantity"),
            ProblemKind::NegativeAmount,
        );
        push(
            l.unit_cost.0 < 0,
            format!("{bp}.unit_cost"),
            ProblemKind::NegativeAmount,
        );
        push(
            l.cofunding.0 < 0,
            format!("{bp}.cofunding"),
            ProblemKind::NegativeAmount,
        );
    }
    out
}

/// Line costs and totals in i128, rounded as the budget defines; `None` when any does not
/// fit the i64 amounts are stored in.
fn exact_totals(lines: &[BudgetLine]) -> Option<(i64, i64, i64)> {
    let (mut cost, mut cof, mut req) = (0i128, 0i128, 0i128);
    let fits = |v: i128| i64::try_from(v).is_ok();
    for l in lines {
        let p = i128::from(l.quantity.0) * i128::from(l.unit_cost.0);
        let c = (p + if p < 0 { -500 } else { 500 }) / 1000;
        let r = c - i128::from(l.cofunding.0);
        if !fits(c) || !fits(r) {
            return None;
        }
        cost += c;
        cof += i128::from(l.cofunding.0);
        req += r;
        if !fits(cost) || !fits(cof) || !fits(req) {
            return None;
        }
    }
    Some((cost as i64, cof as i64, req as i64))
}

fn donor_formats_refuse(p: &Proposal, refused: &[Problem]) {
    let o = ExportOptions::for_proposal(p, Lang::En);
    for f in [
        Format::Docx,
        Format::Html,
        Format::IatiXml,
        Format::BriefHtml,
    ] {
        match export::render(p, f, &o) {
            Err(ExportError::Refused(v)) => assert_eq!(v, refused),
            Ok(_) => panic!("{f:?} printed a draft holding {refused:?}"),
            Err(e) => panic!("{f:?}: {e}"),
        }
    }
    assert!(export::render(p, Format::Json, &o).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Anything the form refuses, the import refuses or opens marked; the donor exports then
    /// refuse to print it, and print a draft without any.
    #[test]
    fn the_import_marks_what_the_form_refuses(
        currency in arb_code(),
        country in arb_country(),
        start in arb_date(),
        end in arb_date(),
        amount in arb_money(),
        q in arb_money(),
        unit in arb_money(),
        cofunding in arb_money(),
    ) {
        let mut p = peru();
        p.context.currency = currency;
        p.context.country_code = country;
        p.context.duration.start = start;
        p.context.duration.end = end;
        p.context.amount_requested = Money(amount);
        p.budget[0].quantity = Quantity(q);
        p.budget[0].unit_cost = Money(unit);
        p.budget[1].cofunding = Money(cofunding);
        let imported = import_json(to_json_pretty(&p).as_bytes());
        let q = match imported {
            Ok(q) => q,
            Err(e) => return Err(TestCaseError::fail(format!("refused without a mark: {e}"))),
        };
        prop_assert_eq!(&q, &p);
        let refused = rules::refused(&q);
        for want in expected(&p) {
            prop_assert!(refused.contains(&want), "{:?} not marked in {:?}", want, refused);
        }
        let overflow = exact_totals(&q.budget).is_none();
        prop_assert_eq!(overflow, refused.iter().any(|x| x.kind == ProblemKind::Overflow));
        // Nothing else is refused.
        let expected_count = expected(&p).len();
        let overflow_marks = refused.iter().filter(|x| x.kind == ProblemKind::Overflow).count();
        prop_assert_eq!(refused.len(), expected_count + overflow_marks);
        if refused.is_empty() {
            let o = ExportOptions::for_proposal(&q, Lang::En);
            prop_assert!(export::render(&q, Format::Docx, &o).is_ok());
        } else {
            donor_formats_refuse(&q, &refused);
        }
    }

    /// Totals are exact or their overflow is reported (never a wrapped or substituted
    /// figure): validation marks it and the donor exports refuse.
    #[test]
    fn totals_never_overflow_silently(
        lines in proptest::collection::vec((arb_money(), arb_money(), arb_money()), 1..6)
    ) {
        let mut p = peru();
        p.budget.truncate(1);
        let template = p.budget[0].clone();
        p.budget.clear();
        for (q, u, c) in lines {
            let id = p.new_id();
            p.budget.push(BudgetLine {
                id,
                quantity: Quantity(q),
                unit_cost: Money(u),
                cofunding: Money(c),
                ..template.clone()
            });
        }
        match (p.budget_totals(), exact_totals(&p.budget)) {
            (Some(t), Some((cost, cof, req))) => {
                prop_assert_eq!((t.cost.0, t.cofunding.0, t.requested.0), (cost, cof, req));
            }
            (None, None) => {
                let refused = rules::refused(&p);
                prop_assert!(refused.iter().any(|x| x.kind == ProblemKind::Overflow));
                donor_formats_refuse(&p, &refused);
            }
            (got, exact) => {
                return Err(TestCaseError::fail(format!("totals {got:?}, exact {exact:?}")));
            }
        }
    }

    /// A budget built only from values the form accepts (each checked with `line_fits`, as the
    /// budget fields do) always adds up.
    #[test]
    fn the_form_never_lets_totals_overflow(
        edits in proptest::collection::vec((0usize..4, 0u8..3, arb_money()), 1..40)
    ) {
        let mut p = peru();
        for (line, field, v) in edits {
            let i = line % p.budget.len();
            let mut changed = p.budget[i].clone();
            match field {
                0 => changed.quantity = Quantity(v),
                1 => changed.unit_cost = Money(v),
                _ => changed.cofunding = Money(v),
            }
            let accepted = rules::quantity(changed.quantity).is_ok()
                && rules::amount(changed.unit_cost).is_ok()
                && rules::amount(changed.cofunding).is_ok()
                && rules::line_fits(&p.budget, &changed).is_ok();
            if accepted {
                p.budget[i] = changed;
            }
            prop_assert!(p.budget_totals().is_some());
            prop_assert!(exact_totals(&p.budget).is_some());
        }
    }
}

#[test]
fn a_budget_that_does_not_add_up_can_still_be_corrected() {
    let mut p = peru();
    p.budget[0].quantity = Quantity(i64::MAX);
    p.budget[0].unit_cost = Money(1000);
    p.budget[1].quantity = Quantity(i64::MAX);
    p.budget[1].unit_cost = Money(1000);
    assert!(p.budget_totals().is_none());
    // Correcting one line is accepted although the other still overflows the total.
    let mut fixed = p.budget[0].clone();
    fixed.quantity = Quantity(1000);
    assert_eq!(rules::line_fits(&p.budget, &fixed), Ok(()));
    // A line that cannot add up on its own never is.
    let mut worse = p.budget[0].clone();
    worse.unit_cost = Money(i64::MAX);
    assert_eq!(
        rules::line_fits(&p.budget, &worse),
        Err(ProblemKind::Overflow)
    );
    p.budget[0] = fixed;
    let mut other = p.budget[1].clone();
    other.quantity = Quantity(1000);
    assert_eq!(rules::line_fits(&p.budget, &other), Ok(()));
    p.budget[1] = other;
    assert!(p.budget_totals().is_some());
}

#[test]
fn the_cases_the_issue_names_open_marked() {
    let mut p = peru();
    p.context.currency = "BTC".into();
    p.context.country_code = "XX".into();
    p.context.duration.end = "2027-02-30".into();
    p.budget[0].unit_cost = Money(-100);
    let q = import_json(to_json_pretty(&p).as_bytes()).expect("opens");
    let kinds: Vec<ProblemKind> = rules::refused(&q).iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds,
        [
            ProblemKind::BadCountry,
            ProblemKind::BadDate,
            ProblemKind::BadCurrency,
            ProblemKind::NegativeAmount
        ]
    );
    for code in ["XXX", "usd", "btc"] {
        p.context.currency = code.into();
        assert_eq!(rules::currency(code), Err(ProblemKind::BadCurrency));
    }
}

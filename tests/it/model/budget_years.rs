//! The budget by year and by funder: spreading to the minor unit, typing one year, amounts
//! after the project's end kept, periods of each year, totals by funder, validation.

use asm_proposal::model::budget::{
    cost_by_year, spread_evenly, totals_by_funder, totals_by_year, year_count, year_periods,
    Funder, MAX_YEARS,
};
use asm_proposal::model::date::parse_date;
use asm_proposal::model::*;

fn line(id: u32, quantity: i64, unit_cost: i64) -> BudgetLine {
    BudgetLine {
        id: Id(id),
        quantity: Quantity::whole(quantity),
        unit_cost: Money(unit_cost),
        ..Default::default()
    }
}

fn duration(start: &str, end: &str) -> Duration {
    Duration {
        start: start.into(),
        end: end.into(),
    }
}

fn money(v: &[i64]) -> Vec<Money> {
    v.iter().copied().map(Money).collect()
}

#[test]
fn spreading_is_exact_to_the_minor_unit_with_the_remainder_last() {
    assert_eq!(spread_evenly(Money(100), 3), money(&[33, 33, 34]));
    assert_eq!(spread_evenly(Money(10_001), 2), money(&[5_000, 5_001]));
    assert_eq!(spread_evenly(Money(2), 3), money(&[0, 0, 2]));
    assert_eq!(spread_evenly(Money(900), 3), money(&[300, 300, 300]));
    assert_eq!(spread_evenly(Money(7), 1), money(&[7]));
    assert!(spread_evenly(Money(7), 0).is_empty());
    for (total, years) in [(i64::MAX, 7), (123_456_789, 5), (1, 10)] {
        let v = spread_evenly(Money(total), years);
        assert_eq!(v.len(), years);
        assert_eq!(
            Money::checked_sum(v),
            Some(Money(total)),
            "{total} / {years}"
        );
    }
}

#[test]
fn a_line_spreads_its_cost_and_refuses_what_it_cannot() {
    let mut l = line(1, 4, 250_000); // 10,000.00
    assert!(!l.is_spread());
    assert!(l.spread(3));
    assert_eq!(l.by_year, money(&[333_333, 333_333, 333_334]));
    assert_eq!(l.years_total(), l.cost());
    assert!(!l.spread(0), "no project years");
    assert_eq!(l.by_year.len(), 3, "left as it was");
    let mut huge = line(2, 1_000_000, i64::MAX);
    assert!(!huge.spread(3), "a cost that overflows is not spread");
    assert!(huge.by_year.is_empty());
    let mut free = line(3, 0, 100);
    assert!(free.spread(3));
    assert!(free.by_year.is_empty(), "nothing to spread is not spread");
    let mut long = line(4, 1, 1_200);
    assert!(long.spread(40));
    assert_eq!(long.by_year.len(), MAX_YEARS);
    assert_eq!(long.years_total(), long.cost());
}

#[test]
fn setting_one_year_fills_the_project_years_and_keeps_the_others() {
    let mut l = line(1, 1, 900);
    l.set_year(2, Money(500), 3);
    assert_eq!(l.by_year, money(&[0, 500, 0]));
    assert!(l.is_spread());
    l.set_year(1, Money(400), 3);
    assert_eq!(l.by_year, money(&[400, 500, 0]));
    // Back to zero everywhere: no longer spread.
    l.set_year(1, Money(0), 3);
    l.set_year(2, Money(0), 3);
    assert!(l.by_year.is_empty());
    // Outside the range the screens offer: ignored.
    l.set_year(0, Money(5), 3);
    l.set_year(MAX_YEARS + 1, Money(5), 3);
    assert!(l.by_year.is_empty());
}

#[test]
fn amounts_after_the_project_end_are_kept_and_named() {
    let mut l = line(1, 1, 900);
    l.by_year = money(&[300, 300, 200, 100]);
    // The project was shortened to three years: year 4 stays, flagged.
    assert_eq!(l.years_after_end(3), vec![(4, Money(100))]);
    l.set_year(1, Money(400), 3);
    assert_eq!(
        l.by_year,
        money(&[400, 300, 200, 100]),
        "typing year 1 keeps year 4"
    );
    assert_eq!(l.years_after_end(4), vec![]);
    // Emptying the later year drops it, and only it.
    l.set_year(4, Money(0), 3);
    assert_eq!(l.by_year, money(&[400, 300, 200]));
    l.by_year = money(&[300, 0, 0, 0, 50]);
    assert_eq!(l.years_after_end(3), vec![(5, Money(50))]);
    l.set_year(5, Money(0), 3);
    assert_eq!(
        l.by_year,
        money(&[300, 0, 0]),
        "zero years at the end go, project years stay"
    );
}

#[test]
fn year_count_covers_the_project_and_any_later_amounts() {
    let d = duration("2027-01-01", "2029-12-31");
    let mut lines = vec![line(1, 1, 100)];
    assert_eq!(year_count(&d, &lines), 3);
    lines[0].by_year = money(&[10, 20, 30, 40]);
    assert_eq!(year_count(&d, &lines), 4);
    assert_eq!(year_count(&duration("", ""), &[]), 0);
    assert_eq!(
        year_count(&duration("2027-01-01", "2067-01-01"), &[]),
        MAX_YEARS
    );
}

#[test]
fn each_year_runs_twelve_months_from_the_start_and_the_last_stops_at_the_end() {
    let show = |d: &Duration| -> Vec<String> {
        year_periods(d)
            .iter()
            .map(|(a, b)| format!("{a}/{b}"))
            .collect()
    };
    assert_eq!(
        show(&duration("2027-01-01", "2029-12-31")),
        [
            "2027-01-01/2027-12-31",
            "2028-01-01/2028-12-31",
            "2029-01-01/2029-12-31"
        ]
    );
    assert_eq!(
        show(&duration("2027-07-01", "2029-12-31")),
        [
            "2027-07-01/2028-06-30",
            "2028-07-01/2029-06-30",
            "2029-07-01/2029-12-31"
        ]
    );
    assert_eq!(
        show(&duration("2028-02-29", "2029-03-31")),
        ["2028-02-29/2029-02-27", "2029-02-28/2029-03-31"]
    );
    assert!(show(&duration("2029-01-01", "2027-01-01")).is_empty());
    assert!(show(&duration("2027-01-01", "")).is_empty());
    // Every period lies inside the project.
    let d = duration("2027-03-15", "2031-03-14");
    let (s, e) = (parse_date(&d.start).unwrap(), parse_date(&d.end).unwrap());
    let periods = year_periods(&d);
    assert_eq!(periods.len(), 4);
    assert!(periods.iter().all(|(a, b)| s <= *a && a <= b && *b <= e));
}

#[test]
fn cost_by_year_counts_every_line_once() {
    let mut a = line(1, 1, 900);
    a.by_year = money(&[100, 200, 300, 300]); // year 4 is after a 3-year project
    let b = line(2, 1, 100); // not spread: evenly
    let v = cost_by_year(&[a.clone(), b.clone()], 3).unwrap();
    assert_eq!(v, money(&[133, 233, 634]));
    let total: Money = Money::checked_sum(v).unwrap();
    assert_eq!(total, Money(900 + 100));
    assert_eq!(
        totals_by_year(&[a, b]).unwrap(),
        money(&[100, 200, 300, 300])
    );
}

#[test]
fn totals_by_funder_put_the_donor_first_and_add_up_each_cofunder() {
    let partner = |id: u32, name: &str| Partner {
        id: Id(id),
        name: name.into(),
        ..Default::default()
    };
    let partners = vec![partner(50, "Municipality"), partner(51, "Cooperative")];
    let mut a = line(1, 1, 1_000);
    a.cofunding = Money(200);
    a.cofunding_partner = Some(Id(51));
    let mut b = line(2, 1, 1_000);
    b.cofunding = Money(100);
    b.cofunding_source = "  Community labour ".into();
    let mut c = line(3, 1, 1_000);
    c.cofunding = Money(50);
    c.cofunding_partner = Some(Id(51));
    c.cofunding_source = "ignored when a partner is named".into();
    let mut d = line(4, 1, 1_000);
    d.cofunding = Money(25);
    let mut e = line(5, 1, 1_000);
    e.cofunding = Money(5);
    e.cofunding_partner = Some(Id(99)); // removed partner: falls back to the words (none)
    let mut f = line(6, 1, 1_000);
    f.cofunding = Money(40);
    f.cofunding_source = "Municipality".into(); // exactly a partner's name
    let lines = vec![a, b, c, d, e, f];
    let t = totals_by_funder(&lines, &partners).unwrap();
    assert_eq!(
        t,
        vec![
            (Funder::Donor, Money(6_000 - 420)),
            (Funder::Partner(Id(51)), Money(250)),
            (Funder::Named("Community labour".into()), Money(100)),
            (Funder::Unnamed, Money(30)),
            (Funder::Partner(Id(50)), Money(40)),
        ]
    );
    let all: i64 = t.iter().map(|(_, m)| m.0).sum();
    assert_eq!(all, 6_000, "the funders cover the whole cost");
    assert_eq!(lines[0].cofunder(&partners), "Cooperative");
    assert_eq!(lines[1].cofunder(&partners), "Community labour");
    assert_eq!(lines[4].cofunder(&partners), "");
    assert_eq!(
        totals_by_funder(&[], &partners).unwrap(),
        vec![(Funder::Donor, Money(0))]
    );
}

#[test]
fn validation_refuses_negative_years_and_checks_the_cofunding_partner() {
    let mut p = load_example("peru_women_fund").unwrap();
    let id = p.budget[0].id;
    p.budget[0].by_year = money(&[100, -5, 0]);
    let problems = validate(&p);
    assert!(
        problems
            .iter()
            .any(|x| x.path.as_str() == format!("budget.{id}.by_year")
                && x.kind == ProblemKind::NegativeAmount),
        "{problems:?}"
    );
    assert!(
        !rules::refused(&p).is_empty(),
        "the exports refuse a negative year"
    );
    p.budget[0].by_year = vec![Money(1); MAX_YEARS + 1];
    assert!(validate(&p)
        .iter()
        .any(|x| x.kind == ProblemKind::OutOfRange));
    p.budget[0].by_year = money(&[i64::MAX, 1]);
    assert!(validate(&p).iter().any(|x| x.kind == ProblemKind::Overflow));
    p.budget[0].by_year.clear();
    p.budget[0].cofunding_partner = Some(Id(9_999));
    assert!(validate(&p).iter().any(|x| {
        x.path.as_str() == format!("budget.{id}.cofunding_partner")
            && x.kind == ProblemKind::DanglingLink
    }));
}

#[test]
fn the_form_refuses_a_year_that_would_break_the_year_totals() {
    let mut a = line(1, 1, 100);
    a.by_year = money(&[i64::MAX - 10, 0]);
    let b = line(2, 1, 100);
    let lines = vec![a, b.clone()];
    let mut typed = b.clone();
    typed.by_year = money(&[20, 0]);
    assert_eq!(rules::years_fit(&lines, &typed), Err(ProblemKind::Overflow));
    typed.by_year = money(&[5, 1_000]);
    assert_eq!(rules::years_fit(&lines, &typed), Ok(()));
    typed.by_year = money(&[i64::MAX, 1]);
    assert_eq!(rules::years_fit(&lines, &typed), Err(ProblemKind::Overflow));
}

#[test]
fn removing_a_cofunding_partner_unlinks_the_line_and_undo_restores_it() {
    let mut p = load_example("peru_women_fund").unwrap();
    let partner = p.partners[2].id;
    let line = p.budget[2].id;
    p.budget[2].cofunding_partner = Some(partner);
    let removed = p.remove_partner(partner).unwrap();
    assert_eq!(p.budget[2].cofunding_partner, None);
    p.restore_partner(removed);
    assert_eq!(
        ids::find(&p.budget, line).unwrap().cofunding_partner,
        Some(partner)
    );
}

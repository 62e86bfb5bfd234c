//! The budget by year and by funder in every export: the document's tables, the spreadsheet's
//! year columns and live totals (read back by openpyxl), and one IATI budget per project year
//! inside the activity's dates (validated against the 2.03 schema).

use super::xlsx::{cell, close, dump, major};
use crate::support::exports::{good, xmllint_iati};
use asm_proposal::export::ir::{Block, Table};
use asm_proposal::export::{self, document, ExportOptions};
use asm_proposal::i18n::Lang;
use asm_proposal::model::budget::{cost_by_year, year_periods};
use asm_proposal::model::date::parse_date;
use asm_proposal::model::*;

fn opts(lang: Lang, template: DonorTemplate) -> ExportOptions {
    ExportOptions { lang, template }
}

fn budget_tables(p: &Proposal, lang: Lang) -> Vec<Table> {
    let doc = document::build(p, DonorTemplate::FullProposal, lang);
    let section = doc.sections.iter().find(|s| s.id == "budget").unwrap();
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

fn table<'a>(tables: &'a [Table], caption: &str) -> &'a Table {
    tables
        .iter()
        .find(|t| t.caption == caption)
        .unwrap_or_else(|| panic!("no table {caption}"))
}

#[test]
fn the_document_has_the_budget_by_year_and_by_funder() {
    let p = good();
    let tables = budget_tables(&p, Lang::En);
    let by_year = table(&tables, "Budget by year");
    let heads: Vec<&str> = by_year.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(heads, ["Category", "Year 1", "Year 2", "Amount (USD)"]);
    let cells: Vec<Vec<&str>> = by_year
        .rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        cells,
        [
            vec!["Training", "6,000.00", "4,000.00", "10,000.00"],
            vec!["Grants and credit", "20,000.00", "0.00", "20,000.00"],
            vec!["Total", "26,000.00", "4,000.00", "30,000.00"],
        ]
    );
    let by_funder = table(&tables, "Budget by funder");
    let rows: Vec<Vec<&str>> = by_funder
        .rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec!["Requested from Example Foundation", "29,000.00", "97%"],
            vec!["Municipality", "1,000.00", "3%"],
            vec!["Total", "30,000.00", "100%"],
        ]
    );

    // A partner named as co-funder shows its commitment; part of a line in no year, and a
    // year after the project's end, get their own columns.
    let mut p = good();
    p.budget[0].cofunding_partner = Some(p.partners[1].id);
    p.budget[0].by_year = vec![Money(500_000), Money(400_000), Money(50_000)];
    let tables = budget_tables(&p, Lang::Fr);
    let by_year = table(&tables, "Budget par année");
    let heads: Vec<&str> = by_year.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(
        heads,
        [
            "Catégorie",
            "Année 1",
            "Année 2",
            "Année 3 (après la fin)",
            "Dans aucune année",
            "Montant (USD)"
        ]
    );
    let training = &by_year.rows[0].cells;
    assert_eq!(training[4].replace('\u{202f}', " "), "500,00");
    let by_funder = table(&tables, "Budget par financeur");
    assert_eq!(
        by_funder.rows[1].cells[0],
        "Regional education office (En discussion)"
    );

    // Without a line planned by year or any co-funding, neither table is printed.
    let mut p = good();
    for l in &mut p.budget {
        l.by_year.clear();
        l.cofunding = Money(0);
    }
    p.context.amount_requested = Money(3_000_000);
    let captions: Vec<String> = budget_tables(&p, Lang::En)
        .into_iter()
        .map(|t| t.caption)
        .collect();
    assert!(
        !captions
            .iter()
            .any(|c| c.contains("by year") || c.contains("by funder")),
        "{captions:?}"
    );
}

#[test]
fn the_budget_sheet_has_a_column_per_year_and_live_totals_by_year_and_funder() {
    let p = load_example("peru_women_fund").unwrap();
    let d = dump(&p, Lang::En, "peru-years");
    let sheet = "Budget";
    let exp = p.currency_exponent().unwrap();
    let n = p.budget.len();
    let last = n + 1;
    let total_row = n + 2;
    // Years in K, L, M; their sum in N.
    for (col, head) in [
        ("K", "Year 1"),
        ("L", "Year 2"),
        ("M", "Year 3"),
        ("N", "Sum of the years"),
    ] {
        assert_eq!(cell(&d, sheet, &format!("{col}1"))[0], head);
    }
    for (i, l) in p.budget.iter().enumerate() {
        let r = i + 2;
        for (y, col) in ["K", "L", "M"].iter().enumerate() {
            let c = cell(&d, sheet, &format!("{col}{r}"));
            assert!(close(&c[0], major(l.by_year[y].0, exp)), "{col}{r}: {c:?}");
        }
        let sum = cell(&d, sheet, &format!("N{r}"));
        assert_eq!(sum[0], format!("=SUM(K{r}:M{r})"));
        assert!(close(&sum[1], major(l.cost().unwrap().0, exp)), "{sum:?}");
        let cofunder = cell(&d, sheet, &format!("I{r}"));
        assert_eq!(cofunder[0].as_str().unwrap_or(""), l.cofunder(&p.partners));
    }
    // Column totals for each year and for their sum.
    let years = budget::totals_by_year(&p.budget).unwrap();
    for (y, col) in ["K", "L", "M"].iter().enumerate() {
        let c = cell(&d, sheet, &format!("{col}{total_row}"));
        assert_eq!(c[0], format!("=SUM({col}2:{col}{last})"));
        assert!(close(&c[1], major(years[y].0, exp)), "{col}: {c:?}");
    }
    let t = p.budget_totals().unwrap();
    let all = cell(&d, sheet, &format!("N{total_row}"));
    assert_eq!(all[0], format!("=SUM(N2:N{last})"));
    assert!(close(&all[1], major(t.cost.0, exp)));

    // By category, each year a SUMIF over its column.
    let cat_head = total_row + 2;
    assert_eq!(cell(&d, sheet, &format!("E{cat_head}"))[0], "Year 1");
    let first_cat = cat_head + 1;
    let f = cell(&d, sheet, &format!("E{first_cat}"));
    assert_eq!(
        f[0],
        format!("=SUMIF($A$2:$A${last},$A{first_cat},K$2:K${last})")
    );

    // By funder: find its header, then the donor's row and each co-funder's.
    let cells = d["cells"][sheet].as_object().unwrap();
    let funder_head = (1..200)
        .find(|r| {
            cells.get(&format!("A{r}")).and_then(|c| c[0].as_str()) == Some("Budget by funder")
        })
        .expect("a by-funder block");
    let donor = funder_head + 1;
    let name = cell(&d, sheet, &format!("A{donor}"))[0].as_str().unwrap();
    assert!(name.starts_with("Requested from "), "{name}");
    let amount = cell(&d, sheet, &format!("B{donor}"));
    assert_eq!(amount[0], format!("=H{total_row}"));
    assert!(close(&amount[1], major(t.requested.0, exp)));
    let share = cell(&d, sheet, &format!("C{donor}"));
    assert_eq!(
        share[0],
        format!("=IF($F${total_row}=0,0,B{donor}/$F${total_row})")
    );
    let funders = budget::totals_by_funder(&p.budget, &p.partners).unwrap();
    assert!(funders.len() >= 3, "the example has co-funders");
    let mut sum = 0.0;
    for (k, (_, m)) in funders.iter().enumerate() {
        let r = donor + k;
        let c = cell(&d, sheet, &format!("B{r}"));
        if k > 0 {
            assert_eq!(
                c[0],
                format!("=SUMPRODUCT(--EXACT($I$2:$I${last},$A{r}),$G$2:$G${last})")
            );
        }
        assert!(close(&c[1], major(m.0, exp)), "row {r}: {c:?}");
        sum += c[1].as_f64().unwrap();
    }
    assert!(
        (sum - major(t.cost.0, exp)).abs() < 1e-6,
        "the funders cover the cost"
    );
    let total = cell(&d, sheet, &format!("B{}", donor + funders.len()));
    assert_eq!(
        total[0],
        format!("=SUM(B{donor}:B{})", donor + funders.len() - 1)
    );
    // The CooperAcción line names the partner; the row for it adds up that line.
    assert!(funders
        .iter()
        .any(|(f, _)| matches!(f, budget::Funder::Partner(_))));
}

#[test]
fn a_sheet_without_dates_has_no_year_columns_and_names_a_funder_exactly() {
    let mut p = good();
    p.context.duration.end.clear();
    for l in &mut p.budget {
        l.by_year.clear();
    }
    // A name a SUMIF would read as a pattern.
    p.budget[0].cofunding_source = "Miners* > 5".into();
    let d = dump(&p, Lang::En, "no-years");
    assert!(
        cell(&d, "Budget", "J1")[0].is_string(),
        "the objective column"
    );
    assert!(cell(&d, "Budget", "K1").is_null(), "no year columns");
    let cells = d["cells"]["Budget"].as_object().unwrap();
    let row = (1..50)
        .find(|r| cells.get(&format!("A{r}")).and_then(|c| c[0].as_str()) == Some("Miners* > 5"))
        .expect("the co-funder's row");
    let f = cell(&d, "Budget", &format!("B{row}"));
    assert!(f[0].as_str().unwrap().contains("EXACT("), "{f:?}");
    assert!(close(&f[1], 1_000.0));
}

#[test]
fn iati_has_one_budget_per_year_inside_the_activity_dates() {
    let budgets = |xml: &str| -> Vec<(String, String, String)> {
        xml.split("<budget ")
            .skip(1)
            .map(|b| {
                let attr = |name: &str| {
                    let i = b.find(name).unwrap() + name.len();
                    b[i..].split('"').next().unwrap().to_string()
                };
                let value = b
                    .split("</value>")
                    .next()
                    .unwrap()
                    .rsplit('>')
                    .next()
                    .unwrap();
                (
                    attr("<period-start iso-date=\""),
                    attr("<period-end iso-date=\""),
                    value.to_string(),
                )
            })
            .collect()
    };
    // Two and a half years, one line planned by year with an amount after the end, one not.
    let mut p = good();
    p.context.duration.start = "2027-07-01".into();
    p.context.duration.end = "2029-12-31".into();
    p.budget[0].by_year = vec![
        Money(400_000),
        Money(300_000),
        Money(200_000),
        Money(100_000),
    ];
    p.budget[1].by_year.clear();
    let xml = export::iati_xml(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    let b = budgets(&xml);
    assert_eq!(
        b,
        [
            ("2027-07-01".into(), "2028-06-30".into(), "10666.66".into()),
            ("2028-07-01".into(), "2029-06-30".into(), "9666.66".into()),
            ("2029-07-01".into(), "2029-12-31".into(), "9666.68".into()),
        ]
    );
    assert!(xml.contains("<value currency=\"USD\" value-date=\"2028-07-01\">9666.66</value>"));
    let sum: f64 = b.iter().map(|x| x.2.parse::<f64>().unwrap()).sum();
    assert!(
        (sum - 30_000.0).abs() < 1e-6,
        "the whole cost is budgeted: {sum}"
    );
    let r = xmllint_iati(&xml, "budget-years").expect("xmllint ran");
    r.unwrap_or_else(|e| panic!("IATI budgets invalid:\n{e}"));

    // Every example: one budget per project year, each inside the activity's dates and at
    // most a year long, adding up to the cost.
    for info in examples() {
        let p = load_example(info.id).unwrap();
        let xml = export::iati_xml(&p, &opts(Lang::En, DonorTemplate::FullProposal));
        let b = budgets(&xml);
        let periods = year_periods(&p.context.duration);
        assert_eq!(b.len(), periods.len(), "{}", info.id);
        let start = parse_date(&p.context.duration.start).unwrap();
        let end = parse_date(&p.context.duration.end).unwrap();
        let exp = p.currency_exponent().unwrap();
        let want = cost_by_year(&p.budget, periods.len()).unwrap();
        for ((from, to, value), m) in b.iter().zip(want) {
            let (from, to) = (parse_date(from).unwrap(), parse_date(to).unwrap());
            assert!(start <= from && from <= to && to <= end, "{}", info.id);
            assert!(to.month_index() - from.month_index() < 12, "{}", info.id);
            assert_eq!(*value, m.format(exp), "{}", info.id);
        }
        let r = xmllint_iati(&xml, &format!("budget-years-{}", info.id)).expect("xmllint ran");
        r.unwrap_or_else(|e| panic!("{}: IATI invalid:\n{e}", info.id));
    }

    // No budget lines: the amount requested over the whole period, as before.
    let mut p = good();
    p.budget.clear();
    let xml = export::iati_xml(&p, &opts(Lang::En, DonorTemplate::FullProposal));
    assert_eq!(
        budgets(&xml),
        [("2027-01-01".into(), "2028-12-31".into(), "29000.00".into())]
    );
}

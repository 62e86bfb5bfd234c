//! The Budget sheet: lines with live totals and a column per project year, then totals by
//! category (and year), then what each funder covers.
//!
//! Columns: A category, B item, C unit, D quantity, E unit cost, F cost (`ROUND(D*E)`),
//! G co-funding, H requested (`F−G`), I co-funder, J objective, then one column per project
//! year and the sum of the years (`SUM` across the row). The row under the lines sums each
//! amount column; the blocks below total by category (`SUMIF` on column A) and by funder
//! (`SUMPRODUCT` of an exact match on column I, so a funder's name is never read as a
//! pattern), each share a live fraction of the cost.

use super::{column_letter, header_row, sheet_name, text, Styles};
use crate::export::labels::{colon, fill, Label};
use crate::export::value_names;
use crate::i18n::Lang;
use crate::model::budget::{self, project_years, year_count, Funder};
use crate::model::{BudgetCategory, BudgetLine, Money, Proposal};
use rust_xlsxwriter::{Format, FormatBorder, Formula, Worksheet, XlsxError};

/// The first year column (K).
const FIRST_YEAR: u16 = 10;

/// Budget lines with live totals, then totals by category and by funder.
pub(super) fn sheet(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(Label::Budget.text(lang)))?;
    let cur = p.context.currency.trim();
    let money_head = |l: Label| {
        if cur.is_empty() {
            l.text(lang).to_string()
        } else {
            format!("{} ({cur})", l.text(lang))
        }
    };
    let lines = &p.budget;
    let n = year_count(&p.context.duration, lines);
    let project = project_years(&p.context.duration);
    let year_head = |y: usize| {
        let label = match project {
            Some(p) if y > p => Label::YearAfterEnd,
            _ => Label::YearN,
        };
        fill(lang, label, &[("n", &y.to_string())])
    };
    // The column after the years: their sum, on each line.
    let years_total_col = FIRST_YEAR + n as u16;
    let mut heads = vec![
        Label::Category.text(lang).to_string(),
        Label::Item.text(lang).to_string(),
        Label::Unit.text(lang).to_string(),
        Label::Quantity.text(lang).to_string(),
        money_head(Label::UnitCost),
        money_head(Label::Amount),
        money_head(Label::CoFunding),
        money_head(Label::Requested),
        format!("{}{}", Label::CoFunding.text(lang), colon(lang).trim_end()),
        Label::Objective.text(lang).to_string(),
    ];
    let mut widths = vec![18.0, 36.0, 12.0, 10.0, 14.0, 14.0, 14.0, 14.0, 24.0, 14.0];
    if n > 0 {
        heads.extend((1..=n).map(year_head));
        heads.push(Label::YearsTotal.text(lang).to_string());
        widths.extend(std::iter::repeat_n(14.0, n + 1));
    }
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    s.fit.borrow_mut().start(ws, &widths)?;
    header_row(ws, 0, &heads, s)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let exp = s.exponent;
    for (i, l) in lines.iter().enumerate() {
        let row = 1 + i as u32;
        let r = row + 1; // the row's number as a formula names it
        text(
            ws,
            row,
            0,
            value_names::budget_category(l.category, lang),
            s,
        )?;
        text(ws, row, 1, &l.description, s)?;
        text(ws, row, 2, &l.unit, s)?;
        ws.write_number_with_format(row, 3, l.quantity.0 as f64 / 1000.0, &s.quantity)?;
        ws.write_number_with_format(row, 4, s.major(l.unit_cost), &s.money)?;
        let cost = Formula::new(format!("=ROUND(D{r}*E{r},{exp})")).set_result(s.result(l.cost()));
        ws.write_formula_with_format(row, 5, cost, &s.money)?;
        ws.write_number_with_format(row, 6, s.major(l.cofunding), &s.money)?;
        let requested = Formula::new(format!("=F{r}-G{r}")).set_result(s.result(l.requested()));
        ws.write_formula_with_format(row, 7, requested, &s.money)?;
        text(ws, row, 8, l.cofunder(&p.partners), s)?;
        let objective = l
            .objective_id
            .and_then(|id| p.logframe.objectives.iter().position(|o| o.id == id))
            .map(|n| format!("{} {}", Label::Objective.text(lang), n + 1))
            .unwrap_or_default();
        text(ws, row, 9, &objective, s)?;
        if n > 0 {
            year_cells(ws, row, l, n, s)?;
        }
    }
    // Totals: the row after the last line (row 2 when there is none, summing an empty range).
    let last = lines.len() as u32 + 1;
    let total_row = last;
    let totals = budget::totals(lines);
    let by_year = budget::totals_by_year(lines);
    ws.write_string_with_format(total_row, 0, Label::Total.text(lang), &s.total)?;
    let mut sums: Vec<(u16, Option<Money>)> = vec![
        (5, totals.map(|t| t.cost)),
        (6, totals.map(|t| t.cofunding)),
        (7, totals.map(|t| t.requested)),
    ];
    if n > 0 {
        for y in 0..n {
            let v = by_year
                .as_ref()
                .map(|v| v.get(y).copied().unwrap_or_default());
            sums.push((FIRST_YEAR + y as u16, v));
        }
        let all = by_year
            .as_ref()
            .and_then(|v| Money::checked_sum(v.iter().copied()));
        sums.push((years_total_col, all));
    }
    for (col, value) in sums {
        let c = column_letter(col);
        let f = if lines.is_empty() {
            Formula::new("=0").set_result("0")
        } else {
            Formula::new(format!("=SUM({c}2:{c}{last})")).set_result(s.result(value))
        };
        ws.write_formula_with_format(total_row, col, f, &s.money_total)?;
    }
    let mut row = total_row + 2;
    if !lines.is_empty() {
        row = by_category(ws, p, lang, s, row, last, n)? + 1;
        by_funder(ws, p, lang, s, row, last, total_row)?;
    }
    s.fit.borrow_mut().finish(ws)
}

/// A line's yearly amounts (blank when the line is not planned by year) and their sum.
fn year_cells(
    ws: &mut Worksheet,
    row: u32,
    l: &BudgetLine,
    n: usize,
    s: &Styles,
) -> Result<(), XlsxError> {
    let spread = l.is_spread();
    for y in 0..n {
        let col = FIRST_YEAR + y as u16;
        match l.by_year.get(y).copied().filter(|_| spread) {
            Some(m) => ws.write_number_with_format(row, col, s.major(m), &s.money)?,
            None => ws.write_blank(row, col, &s.money)?,
        };
    }
    let r = row + 1;
    let (a, b) = (
        column_letter(FIRST_YEAR),
        column_letter(FIRST_YEAR + n as u16 - 1),
    );
    let value = if spread {
        l.years_total()
    } else {
        Some(Money(0))
    };
    let f = Formula::new(format!("=SUM({a}{r}:{b}{r})")).set_result(s.result(value));
    ws.write_formula_with_format(row, FIRST_YEAR + n as u16, f, &s.money)?;
    Ok(())
}

/// Totals by category (`SUMIF` over the lines), for the amounts and each year; returns the
/// row after the block.
fn by_category(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
    mut row: u32,
    last: u32,
    n: usize,
) -> Result<u32, XlsxError> {
    let cur = p.context.currency.trim();
    let money_head = |l: Label| {
        if cur.is_empty() {
            l.text(lang).to_string()
        } else {
            format!("{} ({cur})", l.text(lang))
        }
    };
    let mut heads = vec![
        Label::ByCategory.text(lang).to_string(),
        money_head(Label::Amount),
        money_head(Label::CoFunding),
        money_head(Label::Requested),
    ];
    let project = project_years(&p.context.duration);
    heads.extend((1..=n).map(|y| {
        let label = match project {
            Some(p) if y > p => Label::YearAfterEnd,
            _ => Label::YearN,
        };
        fill(lang, label, &[("n", &y.to_string())])
    }));
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    header_row(ws, row, &heads, s)?;
    row += 1;
    for &cat in BudgetCategory::ALL {
        let in_cat: Vec<_> = p
            .budget
            .iter()
            .filter(|l| l.category == cat)
            .cloned()
            .collect();
        if in_cat.is_empty() {
            continue;
        }
        let t = budget::totals(&in_cat);
        let years = budget::totals_by_year(&in_cat);
        let r = row + 1;
        text(ws, row, 0, value_names::budget_category(cat, lang), s)?;
        let mut cells: Vec<(u16, String, Option<Money>)> = vec![
            (1, "F".into(), t.map(|t| t.cost)),
            (2, "G".into(), t.map(|t| t.cofunding)),
            (3, "H".into(), t.map(|t| t.requested)),
        ];
        for y in 0..n {
            let v = years
                .as_ref()
                .map(|v| v.get(y).copied().unwrap_or_default());
            cells.push((4 + y as u16, column_letter(FIRST_YEAR + y as u16), v));
        }
        for (col, src, value) in cells {
            let f = Formula::new(format!("=SUMIF($A$2:$A${last},$A{r},{src}$2:{src}${last})"))
                .set_result(s.result(value));
            ws.write_formula_with_format(row, col, f, &s.money)?;
        }
        row += 1;
    }
    Ok(row)
}

/// What the donor (the requested total) and each co-funder cover, with live shares of the
/// cost; the block's total is the cost.
fn by_funder(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
    mut row: u32,
    last: u32,
    total_row: u32,
) -> Result<(), XlsxError> {
    let Some(funders) = budget::totals_by_funder(&p.budget, &p.partners) else {
        return Ok(());
    };
    let cur = p.context.currency.trim();
    let amount_head = if cur.is_empty() {
        Label::Amount.text(lang).to_string()
    } else {
        format!("{} ({cur})", Label::Amount.text(lang))
    };
    header_row(
        ws,
        row,
        &[
            Label::ByFunder.text(lang),
            &amount_head,
            Label::Share.text(lang),
        ],
        s,
    )?;
    row += 1;
    let first = row + 1;
    let cost_cell = format!("$F${}", total_row + 1);
    let percent = Format::new()
        .set_num_format("0.0%")
        .set_border(FormatBorder::Thin);
    let cost = budget::totals(&p.budget).map(|t| t.cost);
    for (funder, amount) in &funders {
        let r = row + 1;
        let (name, formula) = match funder {
            Funder::Donor => {
                let donor = p.context.donor.name.trim();
                let name = if donor.is_empty() {
                    Label::RequestedFromDonor.text(lang).to_string()
                } else {
                    fill(lang, Label::RequestedFrom, &[("donor", donor)])
                };
                (name, format!("=H{}", total_row + 1))
            }
            Funder::Partner(id) => {
                let name = p.partner(*id).map(|x| x.name.trim()).unwrap_or_default();
                (name.to_string(), exact(r, last))
            }
            Funder::Named(words) => (words.clone(), exact(r, last)),
            Funder::Unnamed => (
                Label::UnnamedCoFunding.text(lang).to_string(),
                format!("=SUMPRODUCT(--($I$2:$I${last}=\"\"),$G$2:$G${last})"),
            ),
        };
        text(ws, row, 0, &name, s)?;
        let f = Formula::new(formula).set_result(s.result(Some(*amount)));
        ws.write_formula_with_format(row, 1, f, &s.money)?;
        let share = match cost {
            Some(c) if c.0 != 0 => format!("{}", amount.0 as f64 / c.0 as f64),
            _ => "0".to_string(),
        };
        let f = Formula::new(format!("=IF({cost_cell}=0,0,B{r}/{cost_cell})")).set_result(share);
        ws.write_formula_with_format(row, 2, f, &percent)?;
        row += 1;
    }
    let r_last = row;
    ws.write_string_with_format(row, 0, Label::Total.text(lang), &s.total)?;
    let f = Formula::new(format!("=SUM(B{first}:B{r_last})")).set_result(s.result(cost));
    ws.write_formula_with_format(row, 1, f, &s.money_total)?;
    Ok(())
}

/// The co-funding of the lines whose co-funder (column I) is exactly the name in column A of
/// row `r`: `EXACT` compares case and all, and reads no wildcard.
fn exact(r: u32, last: u32) -> String {
    format!("=SUMPRODUCT(--EXACT($I$2:$I${last},$A{r}),$G$2:$G${last})")
}

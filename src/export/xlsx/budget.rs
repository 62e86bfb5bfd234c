//! The Budget sheet: lines with live totals, then totals by category.

use super::{column_letter, header_row, sheet_name, text, Styles};
use crate::export::labels::{colon, Label};
use crate::export::value_names;
use crate::i18n::Lang;
use crate::model::{budget, BudgetCategory, Money, Proposal};
use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

/// Budget lines with live totals, then totals by category (`SUMIF` on the category column).
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
    let heads = [
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
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    s.fit.borrow_mut().start(
        ws,
        &[18.0, 36.0, 12.0, 10.0, 14.0, 14.0, 14.0, 14.0, 24.0, 14.0],
    )?;
    header_row(ws, 0, &heads, s)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let exp = s.exponent;
    let lines = &p.budget;
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
        text(ws, row, 8, &l.cofunding_source, s)?;
        let objective = l
            .objective_id
            .and_then(|id| p.logframe.objectives.iter().position(|o| o.id == id))
            .map(|n| format!("{} {}", Label::Objective.text(lang), n + 1))
            .unwrap_or_default();
        text(ws, row, 9, &objective, s)?;
    }
    // Totals: the row after the last line (row 2 when there is none, summing an empty range).
    let last = lines.len() as u32 + 1;
    let total_row = last;
    let totals = budget::totals(lines);
    ws.write_string_with_format(total_row, 0, Label::Total.text(lang), &s.total)?;
    let sums: [(u16, Option<Money>); 3] = [
        (5, totals.map(|t| t.cost)),
        (6, totals.map(|t| t.cofunding)),
        (7, totals.map(|t| t.requested)),
    ];
    for (col, value) in sums {
        let c = column_letter(col);
        let f = if lines.is_empty() {
            Formula::new("=0").set_result("0")
        } else {
            Formula::new(format!("=SUM({c}2:{c}{last})")).set_result(s.result(value))
        };
        ws.write_formula_with_format(total_row, col, f, &s.money_total)?;
    }
    // By category, below, each a SUMIF over the lines above.
    let mut row = total_row + 2;
    let heads = [
        Label::ByCategory.text(lang).to_string(),
        money_head(Label::Amount),
        money_head(Label::CoFunding),
        money_head(Label::Requested),
    ];
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    header_row(ws, row, &heads, s)?;
    row += 1;
    for &cat in BudgetCategory::ALL {
        let in_cat: Vec<_> = lines
            .iter()
            .filter(|l| l.category == cat)
            .cloned()
            .collect();
        if in_cat.is_empty() {
            continue;
        }
        let t = budget::totals(&in_cat);
        let r = row + 1;
        text(ws, row, 0, value_names::budget_category(cat, lang), s)?;
        for (col, src, value) in [
            (1u16, 'F', t.map(|t| t.cost)),
            (2, 'G', t.map(|t| t.cofunding)),
            (3, 'H', t.map(|t| t.requested)),
        ] {
            let f = Formula::new(format!("=SUMIF($A$2:$A${last},$A{r},{src}$2:{src}${last})"))
                .set_result(s.result(value));
            ws.write_formula_with_format(row, col, f, &s.money)?;
        }
        row += 1;
    }
    s.fit.borrow_mut().finish(ws)
}

//! The Logframe sheet: in the app's own layout, one row per indicator with its level named
//! on each row so the sheet sorts and filters; in the EU and UK formats, the donor's own table
//! as the documents draw it (`export::document::logframe_table`).

use super::{header_row, sheet_name, text, Styles};
use crate::export::ir::{RowKind, Table};
use crate::export::labels::Label;
use crate::i18n::{format, Lang};
use crate::model::{DonorFormat, Indicator, Proposal};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// The logframe, one row per indicator (an item without indicators still has its row).
pub(super) fn sheet(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(Label::Logframe.text(lang)))?;
    if p.donor.format != DonorFormat::Standard {
        return table_sheet(ws, &crate::export::document::logframe_table(p, lang), s);
    }
    let heads = [
        Label::Level,
        Label::Logframe,
        Label::Indicator,
        Label::Baseline,
        Label::Target,
        Label::MeansOfVerification,
        Label::Assumptions,
    ]
    .map(|l| l.text(lang));
    s.fit
        .borrow_mut()
        .start(ws, &[16.0, 44.0, 32.0, 16.0, 16.0, 28.0, 32.0])?;
    header_row(ws, 0, &heads, s)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let mut row = 1;
    let lf = &p.logframe;
    let assumptions = |v: &[crate::model::Assumption]| {
        v.iter()
            .map(|a| a.text.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut item = |ws: &mut Worksheet,
                    level: String,
                    statement: &str,
                    indicators: &[Indicator],
                    assumed: String|
     -> Result<(), XlsxError> {
        let first = row;
        text(ws, row, 0, &level, s)?;
        text(ws, row, 1, statement, s)?;
        text(ws, row, 6, &assumed, s)?;
        if indicators.is_empty() {
            row += 1;
        }
        for ind in indicators {
            if row != first {
                text(ws, row, 0, &level, s)?;
            }
            let mut name = ind.name.trim().to_string();
            if !ind.unit.trim().is_empty() {
                name.push_str(&format!(" ({})", ind.unit.trim()));
            }
            text(ws, row, 2, &name, s)?;
            let mut baseline = ind.baseline_value.trim().to_string();
            if let Some(y) = ind.baseline_year {
                baseline.push_str(&format!(" ({y})"));
            }
            text(ws, row, 3, &baseline, s)?;
            let mut target = ind.target_value.trim().to_string();
            let by = format::date_text(lang, &ind.target_date);
            if !by.is_empty() {
                target.push_str(&format!(" ({by})"));
            }
            text(ws, row, 4, &target, s)?;
            text(ws, row, 5, &ind.verification, s)?;
            row += 1;
        }
        Ok(())
    };
    item(
        ws,
        Label::Goal.text(lang).to_string(),
        &lf.goal.text,
        &lf.goal.indicators,
        assumptions(&lf.goal.assumptions),
    )?;
    for (i, o) in lf.objectives.iter().enumerate() {
        let n = i + 1;
        let level = format!("{} {n}", Label::Objective.text(lang));
        item(
            ws,
            level,
            &o.text,
            &o.indicators,
            assumptions(&o.assumptions),
        )?;
        for (j, out) in o.outputs.iter().enumerate() {
            let level = format!("{} {n}.{}", Label::Output.text(lang), j + 1);
            item(ws, level, &out.text, &out.indicators, String::new())?;
            for (k, a) in out.activities.iter().enumerate() {
                let level = format!("{} {n}.{}.{}", Label::Activity.text(lang), j + 1, k + 1);
                item(ws, level, &a.text, &[], String::new())?;
            }
        }
    }
    s.fit.borrow_mut().finish(ws)
}

/// Characters of column width per unit of a document column's weight (the weights of a table
/// add up to about 100; the app's own sheet is about 180 characters wide).
const CHARS_PER_WEIGHT: f64 = 1.8;

/// A document table as a sheet: its header, then its rows; a level's heading and a row that
/// spans the table (assumptions, inputs, costs) are merged across it.
fn table_sheet(ws: &mut Worksheet, t: &Table, s: &Styles) -> Result<(), XlsxError> {
    let widths: Vec<f64> = t
        .columns
        .iter()
        .map(|c| (f64::from(c.weight) * CHARS_PER_WEIGHT).round())
        .collect();
    s.fit.borrow_mut().start(ws, &widths)?;
    let heads: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
    header_row(ws, 0, &heads, s)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let last = (t.columns.len().max(1) - 1) as u16;
    for (i, r) in t.rows.iter().enumerate() {
        let row = i as u32 + 1;
        match r.kind {
            RowKind::Group | RowKind::Wide => {
                let format = if r.kind == RowKind::Group {
                    &s.total
                } else {
                    &s.wrap
                };
                let text = super::cell_text(r.cells.first().map(String::as_str).unwrap_or(""));
                s.fit.borrow_mut().note_across(row, &text);
                if last == 0 {
                    ws.write_string_with_format(row, 0, text, format)?;
                } else {
                    ws.merge_range(row, 0, row, last, &text, format)?;
                }
            }
            RowKind::Body | RowKind::Total => {
                for (c, cell) in r.cells.iter().enumerate() {
                    text(ws, row, c as u16, cell, s)?;
                }
            }
        }
    }
    s.fit.borrow_mut().finish(ws)
}

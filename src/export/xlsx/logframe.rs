//! The Logframe sheet.

use super::{header_row, sheet_name, text, Styles};
use crate::export::labels::Label;
use crate::i18n::{format, Lang};
use crate::model::{Indicator, Proposal};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// The logframe, one row per indicator (an item without indicators still has its row).
pub(super) fn sheet(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(Label::Logframe.text(lang)))?;
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

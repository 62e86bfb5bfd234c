//! The Risks sheet: the register, one risk a row, with a live score.

use super::{header_row, sheet_name, text, Styles};
use crate::export::labels::Label;
use crate::export::value_names;
use crate::i18n::Lang;
use crate::model::{Level, Proposal};
use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

/// One row per risk. The score is a formula on the likelihood and impact cells (low 1, medium
/// 2, high 3, multiplied), so a programme officer who changes either sees the score move; an
/// unassessed risk scores 0.
pub(super) fn sheet(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(Label::Risks.text(lang)))?;
    let heads = [
        "#",
        Label::Category.text(lang),
        Label::Risk.text(lang),
        Label::Likelihood.text(lang),
        Label::Impact.text(lang),
        Label::RiskScore.text(lang),
        Label::Mitigation.text(lang),
        Label::RiskOwner.text(lang),
        Label::Threatens.text(lang),
    ];
    s.fit
        .borrow_mut()
        .start(ws, &[5.0, 22.0, 40.0, 12.0, 12.0, 8.0, 40.0, 22.0, 28.0])?;
    header_row(ws, 0, &heads, s)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    let level = |l: Option<Level>| {
        l.map(|l| value_names::level(l, lang).to_string())
            .unwrap_or_default()
    };
    for (i, r) in p.risks.iter().enumerate() {
        let row = 1 + i as u32;
        let n = row + 1; // the row's number as a formula names it
        ws.write_number_with_format(row, 0, (i + 1) as f64, &s.wrap)?;
        text(ws, row, 1, &value_names::risk_category(r.category, lang), s)?;
        text(ws, row, 2, &r.text, s)?;
        text(ws, row, 3, &level(r.likelihood), s)?;
        text(ws, row, 4, &level(r.impact), s)?;
        let score = format!(
            "={}*{}",
            weight(&format!("D{n}"), lang),
            weight(&format!("E{n}"), lang)
        );
        let result = r.score().unwrap_or(0).to_string();
        ws.write_formula_with_format(row, 5, Formula::new(score).set_result(result), &s.wrap)?;
        text(ws, row, 6, &r.mitigation, s)?;
        text(ws, row, 7, &r.owner, s)?;
        text(
            ws,
            row,
            8,
            &value_names::threatened(p, &r.threatens, lang).join("\n"),
            s,
        )?;
    }
    s.fit.borrow_mut().finish(ws)
}

/// A formula giving 1, 2 or 3 for the level named in `cell` (in the sheet's language), else 0.
fn weight(cell: &str, lang: Lang) -> String {
    let [low, medium, high] = [Level::Low, Level::Medium, Level::High]
        .map(|l| value_names::level(l, lang).replace('"', "\"\""));
    format!("IF({cell}=\"{high}\",3,IF({cell}=\"{medium}\",2,IF({cell}=\"{low}\",1,0)))")
}

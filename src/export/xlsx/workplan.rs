//! The Workplan sheet: a shaded grid by month, with a row for each milestone marked with a
//! diamond in its month.

use super::{header_row, sheet_name, text, Styles};
use crate::export::document::MILESTONE_MARK;
use crate::export::labels::Label;
use crate::i18n::{format, Lang};
use crate::model::workplan::{workplan, Period, RowKind};
use crate::model::{Date, Proposal};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Outputs and activities by month, a shaded cell for each month one runs; then the
/// milestones, each marked in its month.
pub(super) fn sheet(
    ws: &mut Worksheet,
    p: &Proposal,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(Label::Workplan.text(lang)))?;
    let plan = workplan(p, Some(Period::Month));
    let heads = [Label::Activity, Label::StartDate, Label::EndDate].map(|l| l.text(lang));
    s.fit.borrow_mut().start(ws, &[44.0, 14.0, 14.0])?;
    header_row(ws, 0, &heads, s)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    // Month names stand upright in the header.
    ws.set_row_height(0, 80)?;
    for (i, c) in plan.columns.iter().enumerate() {
        let col = 3 + i as u16;
        let head = format!("{} {}", format::month_name(lang, c.month), c.year);
        ws.write_string_with_format(0, col, head, &s.month)?;
        ws.set_column_width(col, 3.5)?;
    }
    ws.set_freeze_panes(1, 3)?;
    for (i, r) in plan.rows.iter().enumerate() {
        let row = 1 + i as u32;
        let kind = match r.kind {
            RowKind::Output => Label::Output,
            RowKind::Activity => Label::Activity,
            RowKind::Milestone => Label::Milestone,
        };
        let name = format!("{} {} {}", kind.text(lang), r.number, r.text);
        let date = |d: Option<Date>| d.map(|d| format::date(lang, d)).unwrap_or_default();
        text(ws, row, 0, &name, s)?;
        text(ws, row, 1, &date(r.start), s)?;
        text(ws, row, 2, &date(r.end), s)?;
        for (c, on) in r.active.iter().enumerate() {
            let col = 3 + c as u16;
            let style = match (on, r.kind) {
                (false, _) => &s.wrap,
                (true, RowKind::Output) => &s.shaded_output,
                (true, RowKind::Activity) => &s.shaded,
                (true, RowKind::Milestone) => {
                    ws.write_string_with_format(row, col, MILESTONE_MARK, &s.milestone)?;
                    continue;
                }
            };
            ws.write_blank(row, col, style)?;
        }
    }
    s.fit.borrow_mut().finish(ws)
}

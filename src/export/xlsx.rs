//! The spreadsheet (.xlsx): logframe, workplan and budget on their own sheets, for a programme
//! officer to edit. Totals are live formulas (`ROUND`, `SUM`, `SUMIF`), so changing a quantity
//! or a unit cost moves every total, as it would in a sheet made by hand; each formula also
//! carries its computed value, so viewers that do not recalculate show the right figures.
//!
//! Written with `rust_xlsxwriter`, the maintained xlsx writer that builds for wasm32; the
//! browser loads it with the Review step's module, never in the first load.

use super::labels::{colon, Label};
use super::value_names;
use crate::i18n::{format, Lang};
use crate::model::date::parse_date;
use crate::model::money::format_scaled;
use crate::model::workplan::{workplan, Period, RowKind};
use crate::model::{budget, BudgetCategory, Date, Indicator, Money, Proposal};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

/// Excel keeps at most this many characters in a cell; longer text is cut there (a cell that
/// long is no longer read in a spreadsheet; the Word and JSON files keep the whole text).
const MAX_CELL_CHARS: usize = 32_767;

/// The workbook's bytes, or the writer's error (which a proposal the model holds never causes).
pub fn xlsx(p: &Proposal, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // The file's creation date comes from the draft, so the same draft gives the same bytes.
    let mut props = DocProperties::new().set_title(cell_text(&p.context.title));
    if let Some(d) = draft_date(&p.meta.updated) {
        props = props.set_creation_datetime(&d);
    }
    wb.set_properties(&props);
    let s = Styles::new(p);
    logframe_sheet(wb.add_worksheet(), p, lang, &s)?;
    workplan_sheet(wb.add_worksheet(), p, lang, &s)?;
    budget_sheet(wb.add_worksheet(), p, lang, &s)?;
    wb.save_to_buffer()
}

/// The day of an ISO timestamp as an Excel date (midnight UTC).
fn draft_date(stamp: &str) -> Option<ExcelDateTime> {
    let d = parse_date(stamp.get(..10)?)?;
    ExcelDateTime::from_ymd(d.year, d.month, d.day).ok()
}

/// Text as a cell holds it: trimmed and cut at Excel's limit.
fn cell_text(s: &str) -> String {
    let t = s.trim();
    if t.chars().count() > MAX_CELL_CHARS {
        t.chars().take(MAX_CELL_CHARS).collect()
    } else {
        t.to_string()
    }
}

/// A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters.
fn sheet_name(label: &str) -> String {
    label
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

struct Styles {
    header: Format,
    wrap: Format,
    money: Format,
    money_total: Format,
    quantity: Format,
    total: Format,
    shaded: Format,
    shaded_output: Format,
    month: Format,
    /// Digits after the decimal mark of the proposal's currency.
    exponent: u32,
    /// Row heights of the sheet being written.
    fit: std::cell::RefCell<RowFit>,
}

impl Styles {
    fn new(p: &Proposal) -> Self {
        let exponent = p.currency_exponent().unwrap_or(2);
        let money_pattern = if exponent == 0 {
            "#,##0".to_string()
        } else {
            format!("#,##0.{}", "0".repeat(exponent as usize))
        };
        let border = FormatBorder::Thin;
        Styles {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(0xD9E2F3)
                .set_border(border),
            wrap: Format::new().set_text_wrap().set_border(border),
            money: Format::new()
                .set_num_format(&money_pattern)
                .set_border(border),
            money_total: Format::new()
                .set_bold()
                .set_num_format(&money_pattern)
                .set_border(border),
            quantity: Format::new().set_num_format("#,##0.###").set_border(border),
            total: Format::new().set_bold().set_border(border),
            shaded: Format::new()
                .set_background_color(0x2F5597)
                .set_border(border),
            shaded_output: Format::new()
                .set_background_color(0x8EA9DB)
                .set_border(border),
            month: Format::new()
                .set_bold()
                .set_rotation(90)
                .set_background_color(0xD9E2F3)
                .set_border(border),
            exponent,
            fit: std::cell::RefCell::default(),
        }
    }

    /// Minor units as the number a spreadsheet shows.
    fn major(&self, m: Money) -> f64 {
        m.0 as f64 / 10f64.powi(self.exponent as i32)
    }

    /// The same amount as a formula's stored result.
    fn result(&self, m: Option<Money>) -> String {
        m.map(|m| format_scaled(m.0, self.exponent, '.', true))
            .unwrap_or_default()
    }
}

fn header_row(ws: &mut Worksheet, row: u32, heads: &[&str], s: &Styles) -> Result<(), XlsxError> {
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, *h, &s.header)?;
    }
    Ok(())
}

fn text(ws: &mut Worksheet, row: u32, col: u16, t: &str, s: &Styles) -> Result<(), XlsxError> {
    let t = cell_text(t);
    s.fit.borrow_mut().note(row, col, &t);
    ws.write_string_with_format(row, col, t, &s.wrap)?;
    Ok(())
}

/// Row heights for wrapped text. Spreadsheet programs keep the height a file gives a row and
/// LibreOffice does not grow it for wrapped text on opening, so lines would overlap: each row
/// gets the height of its tallest cell, estimated from the column's width.
#[derive(Default)]
struct RowFit {
    widths: Vec<f64>,
    lines: std::collections::BTreeMap<u32, usize>,
}

impl RowFit {
    /// Starts a sheet with these column widths (in characters), and sets them.
    fn start(&mut self, ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
        self.widths = widths.to_vec();
        self.lines.clear();
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        Ok(())
    }

    fn note(&mut self, row: u32, col: u16, t: &str) {
        let width = self
            .widths
            .get(usize::from(col))
            .copied()
            .unwrap_or(10.0)
            .max(4.0);
        // About one character less than the width fits, words wrap whole.
        let per_line = (width - 1.0).max(3.0) as usize;
        let lines: usize = t
            .split('\n')
            .map(|l| l.chars().count().div_ceil(per_line).max(1))
            .sum();
        let e = self.lines.entry(row).or_insert(1);
        *e = (*e).max(lines);
    }

    /// Sets the heights of the rows that need more than one line (15 points a line).
    fn finish(&mut self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        for (row, lines) in std::mem::take(&mut self.lines) {
            if lines > 1 {
                ws.set_row_height(row, 15.0 * lines.min(60) as f64)?;
            }
        }
        Ok(())
    }
}

/// The logframe, one row per indicator (an item without indicators still has its row).
fn logframe_sheet(
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

/// Outputs and activities by month: a shaded cell for each month one runs.
fn workplan_sheet(
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
        };
        let name = format!("{} {} {}", kind.text(lang), r.number, r.text);
        let date = |d: Option<Date>| d.map(|d| format::date(lang, d)).unwrap_or_default();
        text(ws, row, 0, &name, s)?;
        text(ws, row, 1, &date(r.start), s)?;
        text(ws, row, 2, &date(r.end), s)?;
        for (c, on) in r.active.iter().enumerate() {
            let style = match (on, r.kind) {
                (false, _) => &s.wrap,
                (true, RowKind::Output) => &s.shaded_output,
                (true, RowKind::Activity) => &s.shaded,
            };
            ws.write_blank(row, 3 + c as u16, style)?;
        }
    }
    s.fit.borrow_mut().finish(ws)
}

/// Spreadsheet column letters of a zero-based column (0 → `A`).
fn column_letter(c: u16) -> String {
    let mut n = u32::from(c) + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        s.push(b'A' + r);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Budget lines with live totals, then totals by category (`SUMIF` on the category column).
fn budget_sheet(ws: &mut Worksheet, p: &Proposal, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_the_spreadsheet_alphabet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn sheet_names_drop_what_excel_refuses() {
        assert_eq!(sheet_name("Budget [draft]: v1/2"), "Budget draft v12");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }

    #[test]
    fn long_text_is_cut_at_excels_limit() {
        let long = "é".repeat(MAX_CELL_CHARS + 5);
        assert_eq!(cell_text(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(cell_text("  a  "), "a");
    }
}

//! The spreadsheet (.xlsx): logframe, workplan, budget and risks on their own sheets, for a
//! programme officer to edit. Totals are live formulas (`ROUND`, `SUM`, `SUMIF`), so changing a quantity
//! or a unit cost moves every total, as it would in a sheet made by hand; each formula also
//! carries its computed value, so viewers that do not recalculate show the right figures.
//!
//! Written with `rust_xlsxwriter`, the maintained xlsx writer that builds for wasm32; the
//! browser loads it with the Review step's module, never in the first load.

mod budget;
mod logframe;
mod risks;
mod workplan;

use crate::i18n::Lang;
use crate::model::date::parse_date;
use crate::model::money::format_scaled;
use crate::model::{Money, Proposal};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
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
    logframe::sheet(wb.add_worksheet(), p, lang, &s)?;
    workplan::sheet(wb.add_worksheet(), p, lang, &s)?;
    budget::sheet(wb.add_worksheet(), p, lang, &s)?;
    risks::sheet(wb.add_worksheet(), p, lang, &s)?;
    wb.save_to_buffer()
}

/// The day of an ISO timestamp as an Excel date (midnight UTC).
fn draft_date(stamp: &str) -> Option<ExcelDateTime> {
    let d = parse_date(stamp.get(..10)?)?;
    ExcelDateTime::from_ymd(d.year, d.month, d.day).ok()
}

/// Text as a cell holds it: trimmed and cut at Excel's limit.
pub(super) fn cell_text(s: &str) -> String {
    let t = s.trim();
    if t.chars().count() > MAX_CELL_CHARS {
        t.chars().take(MAX_CELL_CHARS).collect()
    } else {
        t.to_string()
    }
}

/// A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters.
pub(super) fn sheet_name(label: &str) -> String {
    label
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

pub(super) struct Styles {
    pub(super) header: Format,
    pub(super) wrap: Format,
    pub(super) money: Format,
    pub(super) money_total: Format,
    pub(super) quantity: Format,
    pub(super) total: Format,
    pub(super) shaded: Format,
    pub(super) shaded_output: Format,
    pub(super) milestone: Format,
    pub(super) month: Format,
    /// Digits after the decimal mark of the proposal's currency.
    pub(super) exponent: u32,
    /// Row heights of the sheet being written.
    pub(super) fit: std::cell::RefCell<RowFit>,
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
            milestone: Format::new()
                .set_bold()
                .set_align(rust_xlsxwriter::FormatAlign::Center)
                .set_background_color(0xFCE4B6)
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
    pub(super) fn major(&self, m: Money) -> f64 {
        m.0 as f64 / 10f64.powi(self.exponent as i32)
    }

    /// The same amount as a formula's stored result.
    pub(super) fn result(&self, m: Option<Money>) -> String {
        m.map(|m| format_scaled(m.0, self.exponent, '.', true))
            .unwrap_or_default()
    }
}

pub(super) fn header_row(
    ws: &mut Worksheet,
    row: u32,
    heads: &[&str],
    s: &Styles,
) -> Result<(), XlsxError> {
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, *h, &s.header)?;
    }
    Ok(())
}

pub(super) fn text(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    t: &str,
    s: &Styles,
) -> Result<(), XlsxError> {
    let t = cell_text(t);
    s.fit.borrow_mut().note(row, col, &t);
    ws.write_string_with_format(row, col, t, &s.wrap)?;
    Ok(())
}

/// Row heights for wrapped text. Spreadsheet programs keep the height a file gives a row and
/// LibreOffice does not grow it for wrapped text on opening, so lines would overlap: each row
/// gets the height of its tallest cell, estimated from the column's width.
#[derive(Default)]
pub(super) struct RowFit {
    widths: Vec<f64>,
    lines: std::collections::BTreeMap<u32, usize>,
}

impl RowFit {
    /// Starts a sheet with these column widths (in characters), and sets them.
    pub(super) fn start(&mut self, ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
        self.widths = widths.to_vec();
        self.lines.clear();
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w)?;
        }
        Ok(())
    }

    pub(super) fn note(&mut self, row: u32, col: u16, t: &str) {
        let width = self.widths.get(usize::from(col)).copied().unwrap_or(10.0);
        self.note_width(row, width, t);
    }

    /// Notes text merged across every column of the sheet.
    pub(super) fn note_across(&mut self, row: u32, t: &str) {
        let width: f64 = self.widths.iter().sum();
        self.note_width(row, width, t);
    }

    /// Notes `t` in a cell `width` characters wide.
    fn note_width(&mut self, row: u32, width: f64, t: &str) {
        // About one character less than the width fits, words wrap whole.
        let per_line = (width.max(4.0) - 1.0).max(3.0) as usize;
        let lines: usize = t
            .split('\n')
            .map(|l| l.chars().count().div_ceil(per_line).max(1))
            .sum();
        let e = self.lines.entry(row).or_insert(1);
        *e = (*e).max(lines);
    }

    /// Sets the heights of the rows that need more than one line (15 points a line).
    pub(super) fn finish(&mut self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        for (row, lines) in std::mem::take(&mut self.lines) {
            if lines > 1 {
                ws.set_row_height(row, 15.0 * lines.min(60) as f64)?;
            }
        }
        Ok(())
    }
}

/// Spreadsheet column letters of a zero-based column (0 → `A`).
pub(super) fn column_letter(c: u16) -> String {
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

//! Table column widths from their content, shared by the Word and HTML writers.
//!
//! Numbers must never wrap and headers must never break inside a word, whatever the language
//! and the font the reader's program picks. So each numeric column is exactly as wide as its
//! longest value (or its header's longest word), text columns share what is left by their
//! weights (never narrower than their header's longest word), and a table whose columns cannot
//! fit a portrait page asks for a landscape one.
//!
//! Widths are estimated from DejaVu Sans Bold's advance widths: it is the font LibreOffice
//! falls back to when Calibri (Word's default) is missing, and the widest of the usual
//! candidates, so what fits it fits Calibri, Carlito, Arial and Liberation Sans too. No font
//! file is read: a few classes of characters are enough, and the core stays dependency-free.

use super::ir::{RowKind, Table};

/// Twentieths of a point per em at the table text size (9 pt).
pub const TABLE_EM: u32 = 180;
/// Left plus right cell padding of the Proposal Table style, in twentieths of a point, plus a
/// little room for rounding in the reader's program.
pub const CELL_PAD: u32 = 2 * 80 + 60;
/// A text column is never squeezed below this (about 1.6 cm), so words stay readable.
const MIN_TEXT: u32 = 900;
/// A text column widens for its longest word up to this (about 3.5 cm); a longer word (a web
/// address) wraps inside it instead of taking the table.
const MAX_WORD: u32 = 2000;

/// Advance width of `c` in thousandths of an em (DejaVu Sans Bold, rounded up).
pub fn advance(c: char) -> u32 {
    match c {
        '0'..='9' => 696,
        '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 380,
        ' ' | '\u{a0}' | '\u{202f}' => 348,
        '-' | '\u{2010}' | '\u{2011}' => 415,
        '(' | ')' | '[' | ']' => 457,
        '%' => 1002,
        '\u{2014}' | '\u{2026}' => 1000,
        'i' | 'j' | 'l' | 'ı' | 'í' | 'ì' | 'î' | 'ï' => 343,
        'f' | 't' | 'r' => 493,
        'm' => 1042,
        'w' => 924,
        'M' | 'W' => 1000,
        c if c.is_lowercase() => 690,
        c if c.is_uppercase() => 790,
        _ => 838,
    }
}

/// Width of `s` on one line at the table text size, in twentieths of a point.
pub fn text_width(s: &str) -> u32 {
    let milli_em: u32 = s.chars().map(advance).sum();
    milli_em * TABLE_EM / 1000
}

/// The widest word of `s`: lines may break at spaces and after hyphens (no-break spaces
/// hold a word together).
pub fn longest_word(s: &str) -> u32 {
    s.split([' ', '\n', '\t'])
        .flat_map(|w| w.split_inclusive('-'))
        .map(text_width)
        .max()
        .unwrap_or(0)
}

/// The widest line of `s`, which must not wrap (a number).
pub fn longest_line(s: &str) -> u32 {
    s.split('\n').map(text_width).max().unwrap_or(0)
}

/// Where a table's columns go: their widths (twentieths of a point) and the page they need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// One width per column; they add up to the text width of the page chosen.
    pub widths: Vec<u32>,
    /// The table needs a landscape page.
    pub landscape: bool,
}

/// The narrowest each column may be: numeric columns their longest value or header word,
/// text columns their longest word (up to a cap).
pub fn minimum_widths(t: &Table) -> Vec<u32> {
    t.columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let header = longest_word(&c.header);
            let cells = t
                .rows
                .iter()
                .filter(|r| matches!(r.kind, RowKind::Body | RowKind::Total))
                .filter_map(|r| r.cells.get(i));
            if c.numeric {
                let values = cells.map(|s| longest_line(s)).max().unwrap_or(0);
                header.max(values) + CELL_PAD
            } else {
                let words = cells.map(|s| longest_word(s)).max().unwrap_or(0);
                (header.max(words.min(MAX_WORD)) + CELL_PAD).max(MIN_TEXT)
            }
        })
        .collect()
}

/// Lays `t` out on a page whose text is `portrait` wide (or `landscape` wide turned).
pub fn layout(t: &Table, portrait: u32, landscape: u32) -> Layout {
    let min = minimum_widths(t);
    let needed: u32 = min.iter().sum();
    let (avail, turned) = if needed <= portrait {
        (portrait, false)
    } else {
        (landscape, true)
    };
    let numeric: Vec<bool> = t.columns.iter().map(|c| c.numeric).collect();
    let mut widths = min.clone();
    if needed > avail {
        // Even a landscape page is too narrow: every column shrinks alike (only huge
        // amounts typed in many columns get here).
        for w in &mut widths {
            *w = (u64::from(*w) * u64::from(avail) / u64::from(needed)) as u32;
        }
    } else if numeric.iter().all(|&n| n) {
        // No text column to take the rest: share it out evenly.
        let extra = (avail - needed) / widths.len().max(1) as u32;
        for w in &mut widths {
            *w += extra;
        }
    } else {
        share_rest(t, &min, avail, &mut widths);
    }
    Layout {
        widths,
        landscape: turned,
    }
}

/// Gives the room numeric columns leave to the text columns by weight, raising any text
/// column below its minimum to it and sharing the rest among the others.
fn share_rest(t: &Table, min: &[u32], avail: u32, widths: &mut [u32]) {
    let numeric_w: u32 = t
        .columns
        .iter()
        .zip(min)
        .filter(|(c, _)| c.numeric)
        .map(|(_, w)| *w)
        .sum();
    let mut free: Vec<usize> = (0..t.columns.len())
        .filter(|&i| !t.columns[i].numeric)
        .collect();
    let mut room = avail - numeric_w;
    loop {
        let weight: u32 = free
            .iter()
            .map(|&i| u32::from(t.columns[i].weight.max(1)))
            .sum();
        let share = |i: usize| u32::from(t.columns[i].weight.max(1)) * room / weight.max(1);
        // Columns whose share is below their minimum take the minimum and leave the pool.
        let pinned: Vec<usize> = free
            .iter()
            .copied()
            .filter(|&i| share(i) < min[i])
            .collect();
        if pinned.is_empty() {
            for &i in &free {
                widths[i] = share(i);
            }
            return;
        }
        for &i in &pinned {
            widths[i] = min[i];
            room -= min[i];
            free.retain(|&j| j != i);
        }
        if free.is_empty() {
            // Every text column is at its minimum: the first takes what is left.
            widths[pinned[0]] += room;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ir::{Column, Row};

    fn table(values: &[&str]) -> Table {
        Table {
            caption: String::new(),
            columns: vec![
                Column::text("Item", 30),
                Column::text("Unit", 10),
                Column::number("Amount (USD)", 10),
            ],
            rows: values
                .iter()
                .map(|v| Row::body(vec!["Seed capital".into(), "fund".into(), v.to_string()]))
                .collect(),
        }
    }

    #[test]
    fn numbers_take_their_width_and_text_the_rest() {
        let l = layout(&table(&["1,305,000.00", "9.00"]), 9638, 14570);
        assert!(!l.landscape);
        assert_eq!(l.widths[2], text_width("1,305,000.00") + CELL_PAD);
        assert!(
            l.widths[0] > 2 * l.widths[1],
            "the item column is the wide one"
        );
        let sum: u32 = l.widths.iter().sum();
        assert!(sum <= 9638 && sum > 9600, "{sum}");
    }

    #[test]
    fn header_words_and_hyphens_set_the_minimum() {
        assert_eq!(longest_word("Co-funding"), text_width("funding"));
        assert_eq!(longest_word("adviser-month"), text_width("adviser-"));
        // No-break spaces hold a number together.
        assert_eq!(
            longest_word("1\u{202f}305\u{202f}000,00"),
            text_width("1\u{202f}305\u{202f}000,00")
        );
    }

    #[test]
    fn a_table_too_wide_for_portrait_turns_and_never_exceeds_the_page() {
        let big = "999,999,999,999,999.99";
        let mut t = table(&[big]);
        for h in ["Unit cost", "Co-funding", "Requested", "Other"] {
            t.columns.push(Column::number(h, 10));
            t.rows[0].cells.push(big.into());
        }
        let l = layout(&t, 9638, 14570);
        assert!(l.landscape);
        assert!(l.widths.iter().sum::<u32>() <= 14570);
    }
}

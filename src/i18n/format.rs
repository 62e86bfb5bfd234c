//! One home for numbers, money and dates as each language writes them (CLDR 46 data, written
//! out here rather than pulled from a crate: four languages need a few dozen characters).
//!
//! Every screen, review finding and export formats through this module, so a number reads the
//! same wherever it appears in one language. Reading what a person types (the reverse) is in
//! [`decimal_mark`] and the model's parsers.
//!
//! | | decimal | group | minimumGroupingDigits | currency pattern | long date |
//! |---|---|---|---|---|---|
//! | en (en-GB) | `.` | `,` | 1 | `¤#,##0.00` | `d MMMM y` |
//! | fr | `,` | U+202F | 1 | `#,##0.00 ¤` | `d MMMM y` |
//! | es | `,` | `.` | **2** | `#,##0.00 ¤` | `d 'de' MMMM 'de' y` |
//! | pt (CLDR `pt`, Brazil) | `,` | `.` | 1 | `¤ #,##0.00` | `d 'de' MMMM 'de' y` |
//!
//! Where a pattern puts the currency next to the number, CLDR's currency spacing (or the
//! pattern's own space) is a no-break space, U+00A0, and the proposal's ISO code stands for `¤`.
//! English follows en-GB for dates (the app's English is British and Word exports are tagged
//! en-GB); `pt` is CLDR's `pt` (Brazil), whose numbers Mozambique's readers also know; pt-PT
//! would group with U+00A0 and put the code after the amount.

use super::Lang;
use crate::model::date::{parse_date, Date};
use crate::model::money::{parse_scaled, NumberError};
use crate::model::Money;

/// Minus sign: hyphen-minus in all four languages' CLDR number symbols.
const MINUS: char = '-';

/// The decimal separator of `lang` (what people type and read).
pub fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Fr | Lang::Es | Lang::Pt => ',',
    }
}

/// The thousands separator of `lang` (U+202F narrow no-break space in French).
pub fn group_mark(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Fr => '\u{202F}',
        Lang::Es | Lang::Pt => '.',
    }
}

/// CLDR `minimumGroupingDigits`: Spanish leaves four-digit numbers ungrouped (1234,56).
fn minimum_grouping_digits(lang: Lang) -> usize {
    match lang {
        Lang::Es => 2,
        _ => 1,
    }
}

/// A number given in plain form (`-1234567.89`: optional minus, ASCII digits, optional `.`
/// and fraction digits) written the way `lang` writes it: `1,234,567.89`, `1 234 567,89`,
/// `1.234.567,89`. Text that is not in plain form is returned unchanged.
pub fn plain_number(lang: Lang, plain: &str) -> String {
    let (negative, rest) = match plain.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, plain),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return plain.to_string();
    }
    let mut out = String::with_capacity(plain.len() + int.len() / 3 * 3);
    if negative {
        out.push(MINUS);
    }
    let group = group_mark(lang);
    let grouped = int.len() >= 3 + minimum_grouping_digits(lang);
    for (i, c) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(decimal_mark(lang));
        out.push_str(f);
    }
    out
}

/// A whole number, grouped: `integer(Lang::En, 12345)` is `12,345`.
pub fn integer(lang: Lang, n: i64) -> String {
    plain_number(lang, &n.to_string())
}

/// A count (of words, items…), grouped like [`integer`].
pub fn count(lang: Lang, n: usize) -> String {
    plain_number(lang, &n.to_string())
}

/// A fixed-point value with `scale` decimals (`Money(123450)` with 2 is `1,234.50`).
pub fn scaled(lang: Lang, value: i64, scale: u32) -> String {
    plain_number(
        lang,
        &crate::model::money::format_scaled(value, scale, '.', false),
    )
}

/// A fixed-point value with its trailing zeros dropped (quantities: `2.5`, `3`).
pub fn scaled_short(lang: Lang, value: i64, scale: u32) -> String {
    plain_number(
        lang,
        &crate::model::money::format_scaled(value, scale, '.', true),
    )
}

/// An amount without currency, with the currency's `exponent` minor digits.
pub fn amount(lang: Lang, m: Money, exponent: u32) -> String {
    scaled(lang, m.0, exponent)
}

/// An amount as a money field shows it: grouped like [`amount`] (`85,000.00`), empty for
/// zero. Every money field (the Context step's amount, the budget's costs) shows amounts with
/// this and reads them with [`read_amount`], so what was typed comes back as typed.
pub fn amount_input(lang: Lang, m: Money, exponent: u32) -> String {
    if m.0 == 0 {
        String::new()
    } else {
        amount(lang, m, exponent)
    }
}

/// A fixed-point value as a field shows it, trailing zeros dropped (quantities), empty for 0.
pub fn scaled_input(lang: Lang, value: i64, scale: u32) -> String {
    if value == 0 {
        String::new()
    } else {
        scaled_short(lang, value, scale)
    }
}

/// Reads an amount typed in a field of `lang` (the reverse of [`amount_input`]).
pub fn read_amount(lang: Lang, text: &str, exponent: u32) -> Result<Money, NumberError> {
    read_scaled(lang, text, exponent).map(Money)
}

/// Reads a number typed in `lang` into an integer scaled by `10^scale`. `lang`'s own form
/// (`1.234,50` in Spanish) reads as written; in a decimal-comma language, text with a point
/// but no comma reads the point as the decimal mark ("12.50" pasted from a spreadsheet)
/// unless the points group thousands (`12.345`, `1.234.567`), as `lang` writes them.
pub fn read_scaled(lang: Lang, text: &str, scale: u32) -> Result<i64, NumberError> {
    let mark = decimal_mark(lang);
    let decimal = if mark == ',' && !text.contains(',') && !groups_thousands(text, '.') {
        '.'
    } else {
        mark
    };
    parse_scaled(text, scale, decimal)
}

/// Whether `sep` appears in `text` and every run of digits after one is exactly three long.
fn groups_thousands(text: &str, sep: char) -> bool {
    let mut parts = text.trim().split(sep);
    parts.next();
    let mut any = false;
    for p in parts {
        any = true;
        if p.len() != 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    any
}

/// An amount with its ISO currency code where `lang`'s CLDR currency pattern puts it:
/// `USD 1,234.50`, `1 234,50 USD`, `1234,50 USD`, `USD 1.234,50` (no-break spaces). An
/// empty code gives the amount alone.
pub fn money(lang: Lang, m: Money, exponent: u32, code: &str) -> String {
    let n = amount(lang, m, exponent);
    let code = code.trim();
    if code.is_empty() {
        return n;
    }
    match lang {
        Lang::En | Lang::Pt => format!("{code}\u{A0}{n}"),
        Lang::Fr | Lang::Es => format!("{n}\u{A0}{code}"),
    }
}

/// A whole-number percentage by CLDR's percent patterns: en `#,##0%`, fr `#,##0 %` (U+202F),
/// es `#,##0 %` (U+00A0), pt `#,##0%`.
pub fn percent(lang: Lang, n: i64) -> String {
    let n = integer(lang, n);
    match lang {
        Lang::En | Lang::Pt => format!("{n}%"),
        Lang::Fr => format!("{n}\u{202F}%"),
        Lang::Es => format!("{n}\u{A0}%"),
    }
}

/// A month's short name for a narrow column head: three letters, except in French, whose
/// usual abbreviations keep juin and juillet apart.
pub fn month_short(lang: Lang, month: u8) -> String {
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    match lang {
        Lang::Fr => FR
            .get(usize::from(month.clamp(1, 12) - 1))
            .copied()
            .unwrap_or("")
            .to_string(),
        _ => month_name(lang, month).chars().take(3).collect(),
    }
}

/// The month's wide "format" name (CLDR `months/format/wide`), `month` 1–12.
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const PT: [&str; 12] = [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    let names = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Es => &ES,
        Lang::Pt => &PT,
    };
    names
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// A date in `lang`'s CLDR long form: `2 December 2026` (en-GB `d MMMM y`), `2 décembre
/// 2026` (fr `d MMMM y`), `2 de diciembre de 2026` (es `d 'de' MMMM 'de' y`), `2 de dezembro
/// de 2026` (pt `d 'de' MMMM 'de' y`).
pub fn date(lang: Lang, d: Date) -> String {
    let month = month_name(lang, d.month);
    match lang {
        Lang::En | Lang::Fr => format!("{} {month} {}", d.day, d.year),
        Lang::Es | Lang::Pt => format!("{} de {month} de {}", d.day, d.year),
    }
}

/// A stored `YYYY-MM-DD` date in `lang`'s long form; anything else (a half-typed date) as it is.
pub fn date_text(lang: Lang, iso: &str) -> String {
    match parse_date(iso.trim()) {
        Some(d) => date(lang, d),
        None => iso.trim().to_string(),
    }
}

/// A timestamp (`2026-12-02T14:05:09`, as the caller wants it shown: the UI passes local
/// time) as a long date and `HH:mm` (the 24-hour clock all four languages' CLDR short time
/// uses, en-GB included), with `:ss` when `seconds` (to tell apart versions saved within a
/// minute); anything else as it is.
pub fn date_time_text(lang: Lang, stamp: &str, seconds: bool) -> String {
    let Some((day, rest)) = stamp.split_once('T') else {
        return date_text(lang, stamp);
    };
    let Some(d) = parse_date(day) else {
        return stamp.to_string();
    };
    let clock: String = rest.chars().take(if seconds { 8 } else { 5 }).collect();
    let b = clock.as_bytes();
    let well_formed = b.len() >= 5
        && b[2] == b':'
        && (b.len() == 5 || (b.len() == 8 && b[5] == b':'))
        && clock.chars().filter(char::is_ascii_digit).count() == b.len() - b.len() / 3;
    if well_formed {
        format!("{} {clock}", date(lang, d))
    } else {
        date(lang, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_follow_cldr() {
        assert_eq!(plain_number(Lang::En, "-1234567.89"), "-1,234,567.89");
        assert_eq!(plain_number(Lang::Es, "1234.5"), "1234,5");
        assert_eq!(plain_number(Lang::Es, "12345"), "12.345");
        assert_eq!(plain_number(Lang::Pt, "1234"), "1.234");
        assert_eq!(plain_number(Lang::Fr, "999"), "999");
        assert_eq!(plain_number(Lang::En, "12 apples"), "12 apples");
        assert_eq!(plain_number(Lang::En, "1."), "1.");
        assert_eq!(plain_number(Lang::En, ""), "");
    }

    #[test]
    fn a_field_reads_back_what_it_shows() {
        for lang in Lang::ALL {
            for (v, exp) in [(8_500_000, 2), (12_345, 0), (1_234_567_890, 3), (5, 2)] {
                let shown = amount_input(lang, Money(v), exp);
                assert_eq!(
                    read_amount(lang, &shown, exp),
                    Ok(Money(v)),
                    "{lang:?} {shown}"
                );
            }
        }
        assert_eq!(amount_input(Lang::En, Money(8_500_000), 2), "85,000.00");
        assert_eq!(read_amount(Lang::Es, "12.50", 2), Ok(Money(1250)));
        assert_eq!(read_amount(Lang::Es, "12.345", 0), Ok(Money(12_345)));
        assert_eq!(read_amount(Lang::Fr, "85 000,5", 2), Ok(Money(8_500_050)));
        assert_eq!(amount_input(Lang::Pt, Money(0), 2), "");
    }
}

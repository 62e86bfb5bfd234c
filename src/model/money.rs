//! Money as integer minor units, quantities as fixed-point thousandths, and ISO 4217 codes.
//!
//! Floats never touch an amount: a donor reading a total that is one cent off from the sum of
//! its lines loses trust in the whole budget. Every amount is an `i64` count of the currency's
//! minor unit (cents, céntimos), every quantity an `i64` count of thousandths, and products are
//! computed in `i128` and rounded once.

/// An amount in the minor unit of the proposal's currency (e.g. US cents). Serialised as an
/// integer. The currency itself lives once in `context.currency`.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

/// A quantity in thousandths (`2.5` units is `Quantity(2500)`). Serialised as an integer.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct Quantity(pub i64);

/// Why a typed number could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces was typed.
    Empty,
    /// Something other than digits, one decimal separator, grouping marks and a leading minus.
    Invalid,
    /// More decimal places than the unit allows (e.g. three decimals on US dollars).
    TooManyDecimals {
        /// The most decimals allowed.
        max: u32,
    },
    /// Outside the range that can be stored exactly.
    TooLarge,
}

impl std::fmt::Display for NumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NumberError::Empty => write!(f, "no number given"),
            NumberError::Invalid => write!(f, "not a number"),
            NumberError::TooManyDecimals { max } => write!(f, "at most {max} decimal places"),
            NumberError::TooLarge => write!(f, "number too large"),
        }
    }
}

impl std::error::Error for NumberError {}

/// Reads a decimal number typed by a person into an integer scaled by `10^scale`.
///
/// `decimal` is the locale's decimal separator (`'.'` or `','`); the other of the two, plus
/// spaces (incl. no-break), `_` and `'`, count as grouping marks and are ignored. A leading `-`
/// is accepted so validation can say "negative" instead of "unreadable".
pub fn parse_scaled(text: &str, scale: u32, decimal: char) -> Result<i64, NumberError> {
    // Beyond 18 decimals even 1 would not fit in an i64; refusing keeps the powers below safe.
    if scale > MAX_SCALE {
        return Err(NumberError::TooLarge);
    }
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut int_part: i128 = 0;
    let mut frac_digits: u32 = 0;
    let mut frac_part: i128 = 0;
    let mut seen_decimal = false;
    let mut any_digit = false;
    for c in body.chars() {
        if let Some(d) = c.to_digit(10) {
            any_digit = true;
            if seen_decimal {
                frac_digits += 1;
                if frac_digits > scale {
                    // Trailing zeros beyond the scale are harmless ("2.500" for thousandths).
                    if d != 0 {
                        return Err(NumberError::TooManyDecimals { max: scale });
                    }
                    continue;
                }
                frac_part = frac_part * 10 + i128::from(d);
            } else {
                int_part = int_part * 10 + i128::from(d);
                if int_part > i128::from(i64::MAX) {
                    return Err(NumberError::TooLarge);
                }
            }
        } else if c == decimal {
            if seen_decimal {
                return Err(NumberError::Invalid);
            }
            seen_decimal = true;
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_' | '\'' | ',' | '.') && !seen_decimal
        {
            // Grouping mark (the separator that is not the decimal one).
        } else {
            return Err(NumberError::Invalid);
        }
    }
    if !any_digit {
        return Err(NumberError::Invalid);
    }
    let used = frac_digits.min(scale);
    let frac_scaled = frac_part * 10i128.pow(scale - used);
    let value = int_part * 10i128.pow(scale) + frac_scaled;
    let value = if negative { -value } else { value };
    i64::try_from(value).map_err(|_| NumberError::TooLarge)
}

/// The largest scale [`parse_scaled`] and [`format_scaled`] handle (10^18 fits in an i64).
pub const MAX_SCALE: u32 = 18;

/// Writes an integer scaled by `10^scale` as a plain decimal (`123456, 2 → "1234.56"`).
/// With `trim` true, trailing fractional zeros (and a bare separator) are dropped.
/// Scales above [`MAX_SCALE`] are treated as `MAX_SCALE`.
pub fn format_scaled(value: i64, scale: u32, decimal: char, trim: bool) -> String {
    let scale = scale.min(MAX_SCALE);
    let neg = value < 0;
    let abs = i128::from(value).unsigned_abs();
    let div = 10u128.pow(scale);
    let int = abs / div;
    let frac = abs % div;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&int.to_string());
    if scale > 0 {
        let mut f = format!("{:0width$}", frac, width = scale as usize);
        if trim {
            while f.ends_with('0') {
                f.pop();
            }
        }
        if !f.is_empty() {
            s.push(decimal);
            s.push_str(&f);
        }
    }
    s
}

impl Money {
    /// Reads an amount typed with `.` as decimal separator, for a currency with `exponent`
    /// minor digits (see [`currency_exponent`]).
    pub fn parse(text: &str, exponent: u32) -> Result<Money, NumberError> {
        parse_scaled(text, exponent, '.').map(Money)
    }

    /// Like [`Money::parse`] with the locale's decimal separator.
    pub fn parse_with(text: &str, exponent: u32, decimal: char) -> Result<Money, NumberError> {
        parse_scaled(text, exponent, decimal).map(Money)
    }

    /// Plain form with all minor digits, e.g. `"1234.50"`; suitable for JSON-free exports.
    pub fn format(self, exponent: u32) -> String {
        format_scaled(self.0, exponent, '.', false)
    }

    /// Form with grouping of thousands, e.g. `format_grouped(2, '.', ',')` gives `"1,234.50"`.
    pub fn format_grouped(self, exponent: u32, decimal: char, group: char) -> String {
        let plain = format_scaled(self.0, exponent, decimal, false);
        group_thousands(&plain, decimal, group)
    }

    /// Sum that reports overflow instead of wrapping.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Sum of many amounts; `None` on overflow.
    pub fn checked_sum(items: impl IntoIterator<Item = Money>) -> Option<Money> {
        items
            .into_iter()
            .try_fold(Money(0), |acc, m| acc.checked_add(m))
    }
}

impl Quantity {
    /// One whole unit.
    pub const ONE: Quantity = Quantity(1000);

    /// A whole number of units.
    pub fn whole(n: i64) -> Quantity {
        Quantity(n.saturating_mul(1000))
    }

    /// Reads a quantity typed with `.` as decimal separator (at most three decimals).
    pub fn parse(text: &str) -> Result<Quantity, NumberError> {
        parse_scaled(text, 3, '.').map(Quantity)
    }

    /// Like [`Quantity::parse`] with the locale's decimal separator.
    pub fn parse_with(text: &str, decimal: char) -> Result<Quantity, NumberError> {
        parse_scaled(text, 3, decimal).map(Quantity)
    }

    /// Shortest exact form: `Quantity(2500)` is `"2.5"`, `Quantity(3000)` is `"3"`.
    pub fn format(self) -> String {
        format_scaled(self.0, 3, '.', true)
    }

    /// `quantity × unit_cost`, rounded half away from zero to the minor unit; `None` if the
    /// result does not fit.
    pub fn times(self, unit_cost: Money) -> Option<Money> {
        let p = i128::from(self.0) * i128::from(unit_cost.0);
        let half = if p < 0 { -500 } else { 500 };
        let r = (p + half) / 1000;
        i64::try_from(r).ok().map(Money)
    }
}

fn group_thousands(plain: &str, decimal: char, group: char) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain),
    };
    let (int, frac) = match rest.find(decimal) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let mut out = String::with_capacity(plain.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out.push_str(frac);
    out
}

/// Active ISO 4217 currency codes a grant can be requested in (funds, precious metals and
/// test codes are left out on purpose).
pub const CURRENCIES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP",
    "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF",
    "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK",
    "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK",
    "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
    "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR",
    "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR",
    "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC",
    "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX",
    "USD", "UYU", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF",
    "YER", "ZAR", "ZMW", "ZWG", "ZWL",
];

/// Whether `code` is one of [`CURRENCIES`] (exact, upper case).
pub fn is_known_currency(code: &str) -> bool {
    CURRENCIES.binary_search(&code).is_ok()
}

/// Number of minor-unit digits of a known currency (2 for USD, 0 for JPY, 3 for JOD), or
/// `None` for an unknown code.
pub fn currency_exponent(code: &str) -> Option<u32> {
    if !is_known_currency(code) {
        return None;
    }
    Some(match code {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    })
}

//! Plain ISO 8601 calendar dates (`YYYY-MM-DD`) and timestamps, parsed without a crate.
//!
//! Dates are stored as the strings a person (or a date input) produced, so a half-typed date
//! survives a reload untouched; this module only judges them.

/// A valid calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year (0001–9999).
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31, valid for the month.
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// Months since year 0 (January of year 0 is 0): what month spans and bar positions
    /// are counted in.
    pub fn month_index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month of a year (0 for an invalid month).
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses exactly `YYYY-MM-DD` and checks the day exists (so `2027-02-29` is rejected).
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = u16::try_from(digits(s.get(0..4)?)?).ok()?;
    let month = u8::try_from(digits(s.get(5..7)?)?).ok()?;
    let day = u8::try_from(digits(s.get(8..10)?)?).ok()?;
    if year == 0 || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date { year, month, day })
}

/// Whether `s` is a valid `YYYY-MM-DD` date.
pub fn is_valid_date(s: &str) -> bool {
    parse_date(s).is_some()
}

/// Checks an ISO 8601 timestamp of the forms the app writes: `YYYY-MM-DDThh:mm:ss` with
/// optional fraction and a `Z` or `±hh:mm` offset (offset required so exports are unambiguous).
pub fn is_valid_timestamp(s: &str) -> bool {
    let Some((date, rest)) = s.split_once('T') else {
        return false;
    };
    if parse_date(date).is_none() || rest.len() < 9 {
        return false;
    }
    let Some(time) = rest.get(0..8) else {
        return false;
    };
    let t = time.as_bytes();
    if t[2] != b':' || t[5] != b':' {
        return false;
    }
    let (Some(h), Some(m), Some(sec)) = (
        time.get(0..2).and_then(digits),
        time.get(3..5).and_then(digits),
        time.get(6..8).and_then(digits),
    ) else {
        return false;
    };
    if h > 23 || m > 59 || sec > 60 {
        return false;
    }
    let mut tail = rest.get(8..).unwrap_or("");
    if let Some(frac) = tail.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        tail = frac.get(n..).unwrap_or("");
    }
    if tail == "Z" {
        return true;
    }
    let tb = tail.as_bytes();
    if tb.len() != 6 || !(tb[0] == b'+' || tb[0] == b'-') || tb[3] != b':' {
        return false;
    }
    matches!(
        (tail.get(1..3).and_then(digits), tail.get(4..6).and_then(digits)),
        (Some(oh), Some(om)) if oh <= 23 && om <= 59
    )
}

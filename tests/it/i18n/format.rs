//! Numbers, money and dates are written as CLDR says each language writes them, wherever the
//! app writes them (`i18n::format` is the one place that does).
//!
//! Expected strings are CLDR 46's: number symbols (`decimal`, `group`), `minimumGroupingDigits`,
//! the currency pattern (`¤#,##0.00`, `#,##0.00 ¤`, `¤ #,##0.00`), the long date pattern of
//! `dateFormats` (en-GB `d MMMM y`, fr `d MMMM y`, es and pt `d 'de' MMMM 'de' y`) and the
//! wide format month names. `pt` is CLDR's `pt` (Brazil).

use asm_proposal::i18n::format::{amount, date_text, date_time_text, integer, money, percent};
use asm_proposal::i18n::Lang;
use asm_proposal::model::Money;

const NNBSP: &str = "\u{202F}";

#[test]
fn amounts_follow_cldr_in_every_language() {
    let big = Money(123_456_789); // 1234567.89
    let four = Money(123_456); // 1234.56
    let small = Money(-99_950); // -999.50
    let cases: [(Lang, [&str; 3]); 4] = [
        (Lang::En, ["1,234,567.89", "1,234.56", "-999.50"]),
        (
            Lang::Fr,
            [
                &format!("1{NNBSP}234{NNBSP}567,89"),
                &format!("1{NNBSP}234,56"),
                "-999,50",
            ],
        ),
        // CLDR es: minimumGroupingDigits 2, so four-digit numbers stay ungrouped.
        (Lang::Es, ["1.234.567,89", "1234,56", "-999,50"]),
        (Lang::Pt, ["1.234.567,89", "1.234,56", "-999,50"]),
    ];
    for (lang, want) in cases {
        let got = [
            amount(lang, big, 2),
            amount(lang, four, 2),
            amount(lang, small, 2),
        ];
        assert_eq!(got, want, "{lang:?}");
    }
    assert_eq!(integer(Lang::Es, 12_345), "12.345");
    assert_eq!(integer(Lang::Es, 1_234), "1234");
    assert_eq!(amount(Lang::En, Money(5), 0), "5");
}

#[test]
fn money_puts_the_code_where_cldr_puts_the_currency() {
    let m = Money(123_450);
    assert_eq!(money(Lang::En, m, 2, "USD"), "USD\u{A0}1,234.50");
    assert_eq!(
        money(Lang::Fr, m, 2, "EUR"),
        format!("1{NNBSP}234,50\u{A0}EUR")
    );
    assert_eq!(money(Lang::Es, m, 2, "PEN"), "1234,50\u{A0}PEN");
    assert_eq!(money(Lang::Pt, m, 2, "MZN"), "MZN\u{A0}1.234,50");
    assert_eq!(money(Lang::Pt, m, 2, " "), "1.234,50");
    assert_eq!(percent(Lang::En, 45), "45%");
    assert_eq!(percent(Lang::Fr, 45), format!("45{NNBSP}%"));
    assert_eq!(percent(Lang::Es, 45), "45\u{A0}%");
    assert_eq!(percent(Lang::Pt, 45), "45%");
}

#[test]
fn dates_follow_the_cldr_long_pattern() {
    let d = "2026-12-02";
    assert_eq!(date_text(Lang::En, d), "2 December 2026");
    assert_eq!(date_text(Lang::Fr, d), "2 décembre 2026");
    assert_eq!(date_text(Lang::Es, d), "2 de diciembre de 2026");
    assert_eq!(date_text(Lang::Pt, d), "2 de dezembro de 2026");
    assert_eq!(date_text(Lang::Pt, "2027-03-15"), "15 de março de 2027");
    assert_eq!(date_text(Lang::Fr, "2027-08-01"), "1 août 2027");
    // A half-typed date is shown as typed.
    assert_eq!(date_text(Lang::Es, "2026-13"), "2026-13");
    // Saved times ("My drafts", versions, backups): the long date and the 24-hour clock.
    let stamp = "2026-12-02T09:05:07";
    assert_eq!(
        date_time_text(Lang::En, stamp, false),
        "2 December 2026 09:05"
    );
    assert_eq!(
        date_time_text(Lang::Es, stamp, false),
        "2 de diciembre de 2026 09:05"
    );
    assert_eq!(
        date_time_text(Lang::Pt, stamp, true),
        "2 de dezembro de 2026 09:05:07"
    );
    assert_eq!(
        date_time_text(Lang::Fr, "2026-12-02T09:05:07.123Z", true),
        "2 décembre 2026 09:05:07"
    );
    // A damaged clock keeps the date; a damaged date shows the text as it is.
    assert_eq!(
        date_time_text(Lang::Fr, "2026-12-02T9h", false),
        "2 décembre 2026"
    );
    assert_eq!(date_time_text(Lang::Es, "yesterday", false), "yesterday");
}

/// The exports, the review's findings and the screens' helpers agree: one amount, one form.
#[test]
fn exports_and_findings_write_amounts_alike() {
    use asm_proposal::review::{messages, Message};
    let m = Message {
        key: "review.budget_total_mismatch",
        args: vec![
            ("total", "1234567.89".into()),
            ("requested", "1000.00".into()),
            ("currency", "USD".into()),
        ],
    };
    for lang in Lang::ALL {
        let text = messages::render(lang, &m);
        assert!(
            text.contains(&amount(lang, Money(123_456_789), 2)),
            "{lang:?}: {text}"
        );
    }
    let fr = messages::render(Lang::Fr, &m);
    assert!(!fr.contains("1,234,567.89"), "{fr}");
}

/// Short month names head narrow workplan columns: three letters, except in French, whose
/// abbreviations keep juin and juillet apart.
#[test]
fn short_month_names_stay_distinct() {
    use asm_proposal::i18n::format::month_short;
    for lang in Lang::ALL {
        let all: Vec<String> = (1..=12).map(|m| month_short(lang, m)).collect();
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 12, "{lang:?}: {all:?}");
    }
    assert_eq!(month_short(Lang::En, 6), "Jun");
    assert_eq!(
        (month_short(Lang::Fr, 6), month_short(Lang::Fr, 7)),
        ("juin".to_string(), "juil.".to_string())
    );
    assert_eq!(month_short(Lang::Es, 1), "ene");
    assert_eq!(month_short(Lang::Pt, 12), "dez");
}

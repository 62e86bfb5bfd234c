//! The review's own messages: what each finding asks the person to do and why, plus the
//! template and section names exports share. The texts are in `locales/<lang>/findings.json`,
//! part of the UI catalogue, so French arrives with its language pack in the browser.
//!
//! Texts are written for someone who may never have written to a donor: plain words, one
//! action, one reason. `{name}` placeholders are filled from a finding's arguments. A test
//! checks that every key used in `src/review/` is here, in every language, with the same
//! placeholders.

use crate::i18n::{fill, format, t, Lang};

/// The text of `key` in `lang`; an unknown key gives "…" (a test forbids unknown keys).
pub fn message(lang: Lang, key: &str) -> &'static str {
    if has_key(key) {
        t(lang, key)
    } else {
        "…"
    }
}

/// Whether `key` is in the catalogue.
pub fn has_key(key: &str) -> bool {
    crate::i18n::has_key(key)
}

/// Arguments that hold a number, given in plain form (`1234.50`, as `Money::format` writes
/// it) and written as the reader's language writes numbers when rendered.
pub const NUMBER_ARGS: &[&str] = &[
    "n",
    "count",
    "words",
    "limit",
    "max",
    "total",
    "requested",
    "diff",
    "asked",
    "done",
    "cost",
    "amount",
];

/// Arguments that hold a date, given as `YYYY-MM-DD` and written in the reader's long form.
pub const DATE_ARGS: &[&str] = &["date", "start", "end", "today", "last"];

/// Arguments that hold a catalogue key (a field's label), written as that key's text.
pub const KEY_ARGS: &[&str] = &["field"];

/// A finding's message rendered in `lang`, placeholders filled from its arguments: numbers and
/// dates in `lang`'s forms ([`crate::i18n::format`]), the person's own text as it is.
pub fn render(lang: Lang, m: &super::Message) -> String {
    let shown: Vec<(&str, String)> = m
        .args
        .iter()
        .map(|(n, v)| {
            let v = if NUMBER_ARGS.contains(n) {
                format::plain_number(lang, v)
            } else if DATE_ARGS.contains(n) {
                format::date_text(lang, v)
            } else if KEY_ARGS.contains(n) {
                message(lang, v).to_string()
            } else {
                v.clone()
            };
            (*n, v)
        })
        .collect();
    let args: Vec<(&str, &str)> = shown.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(message(lang, m.key), &args)
}

/// Where in the 2005 report the rule `rule_id` comes from (section and speaker), in `lang`:
/// the catalogue's `source.<rule id>`, whose English is the rule's own
/// [`super::Rule::source`] (a test keeps the two equal). `None` for an unknown rule.
pub fn source(lang: Lang, rule_id: &str) -> Option<String> {
    let rule = super::rule(rule_id)?;
    let key = format!("source.{rule_id}");
    Some(if has_key(&key) {
        t(lang, &key).to_string()
    } else {
        rule.source.to_string()
    })
}

/// "From the 2005 World Bank / CASM conference report: <section (speaker)>" for a finding of
/// `rule_id`, in `lang`: what the review shows under "Where this comes from" and exports print.
pub fn source_line(lang: Lang, rule_id: &str) -> Option<String> {
    let s = source(lang, rule_id)?;
    Some(fill(message(lang, "review.source_from"), &[("source", &s)]))
}

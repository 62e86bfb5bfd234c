//! What an import says, in words for people, in every language: what is wrong, where (the
//! step and item), what to do; never a field name of the file, a Rust type or a problem id.

use asm_proposal::i18n::{t, Lang};
use asm_proposal::model::*;
use asm_proposal::review::import_report::{marked, refusal};

/// Developer terms no message may show.
const JARGON: &[&str] = &[
    "u32",
    "u64",
    "i64",
    "schema_version",
    "dangling_link",
    "duplicate_id",
    "priority_ids",
    "objective_id",
    "unit_cost",
    "invalid type",
    "missing field",
    "`",
    "[",
    "]",
    "{",
    "}",
];

fn assert_for_people(lines: &[String], what: &str) {
    assert!(!lines.is_empty(), "{what}: no message");
    for line in lines {
        for j in JARGON {
            assert!(!line.contains(j), "{what}: {j:?} in {line:?}");
        }
    }
}

fn refused(bytes: &[u8]) -> ImportError {
    match import_json(bytes) {
        Err(e) => e,
        Ok(_) => panic!("imported: {}", String::from_utf8_lossy(bytes)),
    }
}

fn dangling() -> Vec<u8> {
    let mut p = load_example("tanzania_health").unwrap_or_else(|| Proposal::new(""));
    p.logframe.objectives[1].priority_ids.push(Id(90_000));
    p.meta.next_id = IdCounter(100_000);
    to_json_pretty(&p).into_bytes()
}

fn duplicate() -> Vec<u8> {
    let mut p = load_example("tanzania_health").unwrap_or_else(|| Proposal::new(""));
    p.partners[1].id = p.partners[0].id;
    to_json_pretty(&p).into_bytes()
}

/// Each bad file, with the step its message must name (if any).
fn bad_files() -> Vec<(&'static str, Vec<u8>, Option<&'static str>)> {
    let minimal = |extra: &str| {
        format!(r#"{{"schema_version": 1, "context": {{}}, "meta": {{}}{extra}}}"#).into_bytes()
    };
    vec![
        ("not json", b"{ oops".to_vec(), None),
        ("empty object", b"{}".to_vec(), None),
        ("a list", b"[]".to_vec(), None),
        ("version as text", br#"{"schema_version": "1"}"#.to_vec(), None),
        (
            "version zero",
            br#"{"schema_version": 0, "context": {}, "meta": {}}"#.to_vec(),
            None,
        ),
        (
            "decimal quantity",
            minimal(r#", "budget": [{"id": 1, "quantity": 1.5}]"#),
            Some("step.budget"),
        ),
        (
            "negative percent",
            br#"{"schema_version": 1, "context": {"community": {"women_percent": -3}}, "meta": {}}"#
                .to_vec(),
            Some("step.context"),
        ),
        (
            "title as number",
            br#"{"schema_version": 1, "context": {"title": 5}, "meta": {}}"#.to_vec(),
            Some("step.context"),
        ),
        (
            "unknown category",
            minimal(r#", "budget": [{"id": 1, "category": "gold"}]"#),
            Some("step.budget"),
        ),
        (
            "objectives not a list",
            minimal(r#", "logframe": {"objectives": 3}"#),
            Some("step.objectives"),
        ),
        ("dangling link", dangling(), Some("step.objectives")),
        ("duplicate id", duplicate(), Some("step.partners")),
        (
            "newer",
            br#"{"schema_version": 7, "context": {}, "meta": {}}"#.to_vec(),
            None,
        ),
        ("too large", vec![b' '; MAX_IMPORT_BYTES + 1], None),
    ]
}

#[test]
fn every_refusal_is_in_words_in_every_language() {
    for (what, bytes, step) in bad_files() {
        let err = refused(&bytes);
        let en = refusal(Lang::En, &err);
        for lang in Lang::ALL {
            let lines = refusal(lang, &err);
            assert_for_people(&lines, &format!("{what} {lang:?}"));
            if let Some(step) = step {
                let name = t(lang, step);
                assert!(
                    lines.iter().any(|l| l.contains(name)),
                    "{what} {lang:?}: step {name:?} not named in {lines:?}"
                );
            }
            if lang != Lang::En {
                assert_ne!(lines, en, "{what}: {lang:?} reads as English");
            }
        }
    }
}

#[test]
fn a_refusal_names_the_item_and_field() {
    let err = refused(
        br#"{"schema_version": 1, "context": {}, "meta": {}, "budget": [{"id": 1}, {"id": 2, "quantity": 1.5}]}"#,
    );
    assert_eq!(
        refusal(Lang::En, &err),
        ["This file could not be opened as a draft. Budget, Budget line 2, Quantity: this should \
          be a whole number without decimals (the file stores amounts in cents and quantities in \
          thousandths). Correct that part of the file, or export the draft again from the app \
          that made it."]
    );
    let lines = refusal(Lang::En, &refused(&dangling()));
    assert_eq!(
        lines.get(1).map(String::as_str),
        Some("Step “Objectives and indicators”: Objective 2 links to an item that is not in the file")
    );
    let lines = refusal(Lang::Fr, &refused(&dangling()));
    assert_eq!(
        lines.get(1).map(String::as_str),
        Some("Étape « Objectifs et indicateurs » : Objectif 2 renvoie à un élément absent du fichier")
    );
}

#[test]
fn values_opened_marked_are_listed_in_words() {
    let mut p = load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""));
    p.context.currency = "btc".into();
    p.context.country_code = "XX".into();
    p.context.duration.end = "2027-02-30".into();
    p.budget[0].unit_cost = Money(-100);
    let q = import_json(to_json_pretty(&p).as_bytes()).expect("opens");
    for lang in Lang::ALL {
        let lines = marked(lang, &q);
        assert_for_people(&lines, &format!("{lang:?}"));
        assert_eq!(lines.len(), 5, "{lang:?}: {lines:?}");
        for (line, label) in lines[1..].iter().zip([
            "context.country_code",
            "context.duration_end",
            "context.currency",
            "budget.unit_cost",
        ]) {
            assert!(
                line.contains(t(lang, label)),
                "{lang:?}: {label} in {line:?}"
            );
        }
        assert!(
            lines[3].contains("“btc”")
                || lines[3].contains("« btc »")
                || lines[3].contains("«btc»")
        );
    }
    let budget = &marked(Lang::En, &q)[4];
    assert!(
        budget.starts_with("Step “Budget”: Budget line 1, “"),
        "{budget}"
    );
    assert!(
        budget.ends_with("”: Unit cost is below zero: enter 0 or more."),
        "{budget}"
    );
    assert!(marked(Lang::En, &load_example("peru_women_fund").expect("example")).is_empty());
}

/// Every kind of value the form refuses has its own words, in every language.
#[test]
fn each_refused_kind_is_said_in_words() {
    use asm_proposal::model::validate::ProblemKind;
    use asm_proposal::review::import_report::refused_line;
    let mut p = load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""));
    p.context.currency = "XXX".into();
    p.context.country_code = "ZZ".into();
    p.logframe.objectives[0].outputs[0].activities[0].start = "2026-13-01".into();
    p.budget[0].cofunding = Money(-1);
    p.budget[1].quantity = Quantity(i64::MAX);
    p.budget[1].unit_cost = Money(i64::MAX);
    let refused = rules::refused(&p);
    let kinds: std::collections::BTreeSet<ProblemKind> = refused.iter().map(|x| x.kind).collect();
    assert_eq!(kinds.len(), 5, "{refused:?}");
    for x in &refused {
        let en = refused_line(Lang::En, &p, x);
        for lang in Lang::ALL {
            let line = refused_line(lang, &p, x);
            assert_for_people(std::slice::from_ref(&line), &format!("{x:?} {lang:?}"));
            assert!(
                line.contains(t(lang, "step.context"))
                    || line.contains(t(lang, "step.objectives"))
                    || line.contains(t(lang, "step.budget")),
                "{line}"
            );
            if lang != Lang::En {
                assert_ne!(line, en, "{x:?}: {lang:?} reads as English");
            }
        }
    }
    let overflow = refused
        .iter()
        .find(|x| x.kind == ProblemKind::Overflow)
        .expect("overflow");
    assert!(refused_line(Lang::Es, &p, overflow).contains("Cantidad es tan grande"));
}

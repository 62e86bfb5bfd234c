//! JSON import: size cap, parse errors, versions, migrations, structural refusal, no panics.

use asm_proposal::model::migrate::{migrate_value, Migration};
use asm_proposal::model::*;
use proptest::prelude::*;
use serde_json::{json, Value};

fn peru_json() -> String {
    example_json("peru_women_fund")
        .unwrap_or_default()
        .to_string()
}

#[test]
fn round_trip_of_an_example() {
    let p = load_example("andean_mercury");
    assert!(p.is_some());
    let p = p.unwrap_or_else(|| Proposal::new(""));
    assert_eq!(import_json(to_json_pretty(&p).as_bytes()), Ok(p));
}

#[test]
fn too_large() {
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        import_json(&big),
        Err(ImportError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        })
    );
}

#[test]
fn not_json_reports_line_and_column() {
    assert_eq!(
        import_json(b"{\n  \"schema_version\": 1,\n  oops\n}"),
        Err(ImportError::NotJson { line: 3, column: 3 })
    );
    assert!(matches!(import_json(b""), Err(ImportError::NotJson { .. })));
    assert!(matches!(
        import_json(&[0xff, 0xfe, 0x00]),
        Err(ImportError::NotJson { .. })
    ));
    // Hostile nesting is refused by the parser's depth limit, not by a stack overflow.
    let deep = "[".repeat(100_000);
    assert!(matches!(
        import_json(deep.as_bytes()),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn not_a_proposal() {
    for bad in [
        "[]",
        "42",
        "{}",
        r#"{"schema_version": "1"}"#,
        r#"{"schema_version": -1}"#,
        r#"{"schema_version": 0, "context": {}, "meta": {}}"#,
        r#"{"schema_version": 1}"#,
        r#"{"schema_version": 1, "context": {"title": 5}, "meta": {}}"#,
        r#"{"schema_version": 1, "context": {}, "meta": {}, "budget": [{"quantity": 1.5}]}"#,
        r#"{"schema_version": 1, "context": {}, "meta": {}, "priorities": [{"issue": {"catalogue": "gold"}}]}"#,
    ] {
        assert!(
            matches!(
                import_json(bad.as_bytes()),
                Err(ImportError::NotAProposal { .. })
            ),
            "{bad}: {:?}",
            import_json(bad.as_bytes())
        );
    }
    // The detail names the field at fault and what is wrong with it.
    let r = import_json(br#"{"schema_version": 1, "context": {"title": 5}, "meta": {}}"#);
    assert_eq!(
        r,
        Err(ImportError::NotAProposal {
            path: "context.title".into(),
            expected: asm_proposal::json::Expected::Text,
            detail: "context.title: invalid type: integer `5`, expected a string".into()
        })
    );
}

#[test]
fn newer_schema_is_refused_distinctly() {
    let mut v: Value = serde_json::from_str(&peru_json()).unwrap_or_default();
    v["schema_version"] = json!(2);
    let bytes = serde_json::to_vec(&v).unwrap_or_default();
    assert_eq!(
        import_json(&bytes),
        Err(ImportError::NewerSchema {
            found: 2,
            supported: SCHEMA_VERSION
        })
    );
    let r = import_json(br#"{"schema_version": 18446744073709551615}"#);
    assert!(matches!(
        r,
        Err(ImportError::NewerSchema {
            found: u64::MAX,
            ..
        })
    ));
}

#[test]
fn minimal_file_imports_with_defaults() {
    let r = import_json(br#"{"schema_version": 1, "context": {"title": "T"}, "meta": {}}"#);
    assert!(matches!(&r, Ok(p) if p.context.title == "T" && p.priorities.is_empty()));
    // A UTF-8 byte-order mark is tolerated.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(peru_json().as_bytes());
    assert!(import_json(&with_bom).is_ok());
}

#[test]
fn drafts_with_gaps_import_but_broken_links_do_not() {
    let mut p = load_example("tanzania_health").unwrap_or_else(|| Proposal::new(""));
    p.context.title.clear();
    p.partners[0].name.clear();
    assert!(import_json(to_json_pretty(&p).as_bytes()).is_ok());

    let l = p.linkages[0].id;
    p.linkages[0].objective_id = Id(5_000);
    p.meta.next_id = IdCounter(6_000);
    let r = import_json(to_json_pretty(&p).as_bytes());
    assert!(matches!(
        r,
        Err(ImportError::Invalid { problems, .. }) if problems == vec![Problem {
            path: FieldPath::parse(&format!("linkages.{l}.objective_id")),
            kind: ProblemKind::DanglingLink
        }]
    ));

    let mut p = load_example("tanzania_health").unwrap_or_else(|| Proposal::new(""));
    let dup = p.partners[0].id;
    p.partners[1].id = dup;
    assert!(matches!(
        import_json(to_json_pretty(&p).as_bytes()),
        Err(ImportError::Invalid { problems: v, .. }) if v.iter().any(|x| x.kind == ProblemKind::DuplicateId)
    ));
}

#[test]
fn low_id_counter_is_repaired() {
    let mut p = load_example("peru_women_fund").unwrap_or_else(|| Proposal::new(""));
    // Repaired to one past the highest id in use (the example's own counter may be higher).
    let highest = asm_proposal::model::validate::all_ids(&p)
        .iter()
        .map(|(_, id)| id.0)
        .max()
        .unwrap_or(0);
    let right = IdCounter(highest + 1);
    p.meta.next_id = IdCounter(1);
    let r = import_json(to_json_pretty(&p).as_bytes());
    assert!(matches!(r, Ok(q) if q.meta.next_id == right));
}

use asm_proposal::json::{self as ours, Value as Doc};

fn doc(text: &str) -> Doc {
    ours::parse(text.as_bytes()).unwrap_or_default()
}

fn rename_name_to_title(doc: &mut Doc) -> Result<(), String> {
    let ctx = doc
        .get_mut("context")
        .and_then(Doc::as_object_mut)
        .ok_or("no context")?;
    if let Some(name) = ctx.remove("name") {
        ctx.insert("title".into(), name);
    }
    Ok(())
}

fn add_marker(doc: &mut Doc) -> Result<(), String> {
    let fields = doc.as_object_mut().ok_or("not an object")?;
    fields.insert("marker".into(), Doc::Bool(true));
    Ok(())
}

fn failing(_: &mut Doc) -> Result<(), String> {
    Err("cannot read old budget".into())
}

#[test]
fn migration_chain_runs_each_step_in_order() {
    let chain: [Migration; 2] = [rename_name_to_title, add_marker];
    let mut d = doc(r#"{"schema_version": 1, "context": {"name": "Old"}}"#);
    assert_eq!(migrate_value(&mut d, 1, 3, &chain), Ok(()));
    assert_eq!(
        ours::to_string(&d),
        r#"{"context":{"title":"Old"},"marker":true,"schema_version":3}"#
    );

    // Starting part-way runs only the remaining steps.
    let mut d = doc(r#"{"schema_version": 2, "context": {"name": "Old"}}"#);
    assert_eq!(migrate_value(&mut d, 2, 3, &chain), Ok(()));
    assert_eq!(
        d.get("context").and_then(|c| c.get("name")),
        Some(&Doc::from("Old"))
    );

    // A missing or failing step is an error, never a panic.
    let mut d = doc(r#"{"schema_version": 1}"#);
    assert!(migrate_value(&mut d, 1, 4, &chain).is_err());
    let chain: [Migration; 1] = [failing];
    assert!(migrate_value(&mut d, 1, 2, &chain).is_err());
    // Nothing to do when already current.
    assert_eq!(migrate_value(&mut d, 1, 1, &[]), Ok(()));
}

#[test]
fn errors_display_a_message() {
    let e = ImportError::NewerSchema {
        found: 3,
        supported: 1,
    };
    assert!(e.to_string().contains("newer"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = import_json(&bytes);
    }

    #[test]
    fn mangled_examples_never_panic(cut in 0usize..30_000, flip in 0usize..30_000, byte in any::<u8>()) {
        let mut b = peru_json().into_bytes();
        if !b.is_empty() {
            let i = flip % b.len();
            b[i] = byte;
            b.truncate(cut.max(1).min(b.len()));
        }
        let _ = import_json(&b);
    }

    #[test]
    fn random_json_values_never_panic(v in arb_json()) {
        let mut doc = json!({"schema_version": 1, "context": {}, "meta": {}});
        doc["context"]["community"] = v.clone();
        doc["budget"] = json!([v.clone()]);
        doc["logframe"] = v;
        let _ = import_json(&serde_json::to_vec(&doc).unwrap_or_default());
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("objective_id".to_string()),
                    Just("objectives".to_string()),
                    Just("quantity".to_string()),
                    ".{0,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn writer_keeps_the_format_files_were_saved_in() {
    // The example files were written by the serde_json-based writer of the first version;
    // drafts saved then must hash and compare the same now, so the bytes must not drift.
    for info in asm_proposal::model::examples() {
        let p = load_example(info.id).unwrap_or_else(|| Proposal::new(""));
        let file = asm_proposal::model::example_json(info.id).unwrap_or_default();
        assert_eq!(to_json_pretty(&p), file.trim_end(), "{}", info.id);
    }
}

#[test]
fn a_lone_surrogate_comes_back_as_the_replacement_character() {
    // JSON can escape half of a UTF-16 pair alone; no text can hold it, so the documented
    // behaviour (README, "Importing a draft file") is U+FFFD in its place.
    let r = import_json(
        br#"{"schema_version": 1, "context": {"title": "Gold \ud800 fund", "applicant": "\udc00"}, "meta": {}}"#,
    );
    let p = r.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.context.title, "Gold \u{FFFD} fund");
    assert_eq!(p.context.applicant, "\u{FFFD}");
}

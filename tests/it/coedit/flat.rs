//! The flat form: every example and the stress fixture survive it unchanged, and every list and
//! string of the stress fixture is mapped the way its meaning needs.

use asm_proposal::coedit::flat::{self, Leaf, CODE_FIELDS, SET_LISTS};
use asm_proposal::model::{examples, load_example, stress_fixture, Proposal};
use serde_json::Value;

fn round_trip(p: &Proposal) {
    let f = flat::flatten_proposal(p);
    let back = flat::to_proposal(&f, p).expect("rebuilds");
    assert_eq!(
        serde_json::to_value(&back).unwrap(),
        serde_json::to_value(p).unwrap(),
        "{}",
        p.context.title
    );
}

#[test]
fn every_example_and_the_stress_fixture_survive_the_flat_form() {
    for e in examples() {
        round_trip(&load_example(e.id).expect("example"));
    }
    round_trip(&stress_fixture());
}

#[test]
fn items_fields_and_set_members_have_their_own_keys() {
    let p = stress_fixture();
    let f = flat::flatten_proposal(&p);
    let risk = p.risks[1].id;
    assert_eq!(f.get(&format!("risks.{risk}")), Some(&Leaf::Entry(1.0)));
    assert!(matches!(
        f.get(&format!("risks.{risk}.mitigation")),
        Some(Leaf::Text(_))
    ));
    assert_eq!(
        f.get(&format!(
            "context.minerals={}",
            Value::from(p.context.minerals[0].clone())
        )),
        Some(&Leaf::Entry(0.0))
    );
    assert!(matches!(
        f.get("context.duration.start"),
        Some(Leaf::Scalar(Value::String(_)))
    ));
    assert!(
        !f.keys().any(|k| k.starts_with("meta")),
        "bookkeeping stays local"
    );
}

/// A list or string field added to the model must be placed here: a list of plain values is a
/// set unless positional, a date or a code is whole.
#[test]
fn the_stress_fixtures_lists_and_codes_are_mapped_by_meaning() {
    let json = serde_json::to_value(stress_fixture()).unwrap();
    fn walk(field: &str, v: &Value, bad: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| walk(k, x, bad)),
            Value::Array(items) => {
                let plain = items.iter().all(|x| !x.is_object());
                if plain && !items.is_empty() && !SET_LISTS.contains(&field) && field != "by_year" {
                    bad.push(format!("{field}: a list of plain values that is not a set"));
                }
                items.iter().for_each(|x| walk(field, x, bad));
            }
            Value::String(s) => {
                let code = s.len() == 10 && s.as_bytes()[4] == b'-'
                    || (!s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
                let is_set = SET_LISTS.contains(&field);
                if code && !is_set && !CODE_FIELDS.contains(&field) && field != "text" {
                    bad.push(format!("{field} = {s:?} looks like a code or date"));
                }
            }
            _ => {}
        }
    }
    let mut bad = Vec::new();
    walk("", &json, &mut bad);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn fields_map_to_the_apps_paths() {
    assert_eq!(
        flat::field_path("logframe.objectives.7.text").as_str(),
        "objectives.7.text"
    );
    assert_eq!(
        flat::field_path("logframe.goal.text").as_str(),
        "objectives.goal.text"
    );
    assert_eq!(
        flat::field_path("context.minerals=\"gold\"").as_str(),
        "context.minerals"
    );
    assert_eq!(
        flat::field_path("risks.30.mitigation").as_str(),
        "risks.30.mitigation"
    );
}

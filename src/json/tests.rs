//! The reader and writer against hand-checked cases, and against serde_json (a native
//! dev-dependency only) on generated text.

use super::*;
use proptest::prelude::*;

fn p(text: &str) -> Result<Value, ParseError> {
    parse(text.as_bytes())
}

#[test]
fn reads_every_kind_of_value() {
    let v =
        p(r#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#)
            .unwrap();
    let Value::Object(fields) = &v else {
        panic!("not an object")
    };
    assert_eq!(fields[0].0, "a");
    assert_eq!(
        fields[0].1,
        Value::Array(vec![
            Value::Number(Number::UInt(1)),
            Value::Number(Number::Int(-2)),
            Value::Number(Number::Float(3.5)),
            Value::Number(Number::Float(1000.0)),
            Value::Bool(true),
            Value::Bool(false),
            Value::Null,
        ])
    );
    assert_eq!(v.get("b").and_then(Value::as_str), Some("x\"\\/\né😀"));
    assert_eq!(p("-0").unwrap(), Value::Number(Number::UInt(0)));
    assert_eq!(
        p("18446744073709551616").unwrap(),
        Value::Number(Number::Float(18446744073709551616.0))
    );
}

#[test]
fn errors_say_where() {
    let e = p("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!((e.line, e.column), (2, 8));
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "01",
        "1.",
        "-",
        "\"\\x\"",
        "\"\u{1}\"",
        "[1] 2",
        "\"\\ud800\"",
        "\"\\udc00x\"",
        "{a:1}",
        "1e",
        "nul",
    ] {
        assert!(p(bad).is_err(), "{bad:?} should not parse");
    }
    assert!(parse(b"\"\xff\"").is_err(), "invalid UTF-8 is refused");
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(p(&ok).is_ok());
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(p(&deep).unwrap_err().message, "nested too deeply");
}

#[test]
fn top_level_fields_keep_the_exact_text() {
    let text = r#"{"id":"d1", "proposal" : {"x":[1, 2]} ,"rev":3}"#;
    let fields = top_level_fields(text).unwrap();
    assert_eq!(
        fields,
        vec![
            ("id".to_string(), "\"d1\""),
            ("proposal".to_string(), "{\"x\":[1, 2]}"),
            ("rev".to_string(), "3"),
        ]
    );
    assert!(
        top_level_fields(r#"{"a":[1,}"#).is_err(),
        "skipped values are still checked"
    );
    assert!(top_level_fields("[1]").is_err());
    assert_eq!(top_level_fields(" {} ").unwrap(), vec![]);
}

#[test]
fn value_edits_for_migrations() {
    let mut v = p(r#"{"a":1,"b":2,"a":3}"#).unwrap();
    assert_eq!(
        v.get("a"),
        Some(&Value::Number(Number::UInt(3))),
        "last wins"
    );
    assert!(v.insert("a", Value::from("x")));
    assert_eq!(to_string(&v), r#"{"b":2,"a":"x"}"#);
    assert_eq!(v.remove("b"), Some(Value::Number(Number::UInt(2))));
    assert!(!Value::Null.clone().insert("a", Value::Null));
}

#[test]
fn decode_errors_name_the_path() {
    let v = p(r#"{"x":[["a", 5]]}"#).unwrap();
    let e = std::collections::BTreeMap::<String, Vec<Vec<String>>>::from_json(v).unwrap_err();
    assert_eq!(e.to_string(), "x[0][1]: expected text, found a number");
    assert!(u8::from_json(Value::from(300)).is_err());
    assert_eq!(u32::from_json(p("7").unwrap()), Ok(7));
    assert!(u32::from_json(p("-1").unwrap()).is_err());
    assert_eq!(i64::from_json(p("-9").unwrap()), Ok(-9));
}

#[derive(Debug, Default, PartialEq)]
struct Lenient {
    a: String,
    b: Vec<u32>,
}
json_struct!(Lenient, defaults, allow { a, b });

#[derive(Debug, PartialEq)]
struct Strict {
    a: String,
    b: Option<u32>,
}
json_struct!(Strict, fields, deny { a, b = default });

#[test]
fn structs_follow_their_mode() {
    let l: Lenient = from_str(r#"{"b":[1],"zzz":true}"#).unwrap();
    assert_eq!(
        l,
        Lenient {
            a: String::new(),
            b: vec![1]
        }
    );
    assert_eq!(to_string(&l), r#"{"a":"","b":[1]}"#);
    let s: Strict = from_str(r#"{"a":"x"}"#).unwrap();
    assert_eq!(
        s,
        Strict {
            a: "x".into(),
            b: None
        }
    );
    assert_eq!(to_string(&s), r#"{"a":"x","b":null}"#);
    let e = from_str::<Strict>(r#"{"b":1}"#).unwrap_err();
    assert_eq!(e.to_string(), "missing field `a`");
    let e = from_str::<Strict>(r#"{"a":"x","c":1}"#).unwrap_err();
    assert_eq!(e.to_string(), "unknown field `c`, expected one of: a, b");
    let e = from_str::<Strict>(r#"{"a":"x","b":"y"}"#).unwrap_err();
    assert_eq!(
        e.to_string(),
        "b: expected a whole number that fits u32, found text"
    );
}

proptest! {
    #[test]
    fn strings_are_written_as_serde_json_writes_them(s in "\\PC*|[\\x00-\\x20\"\\\\/\\x7f]*") {
        let mut ours = String::new();
        write_str(&mut ours, &s);
        prop_assert_eq!(&ours, &serde_json::to_string(&s).unwrap());
        prop_assert_eq!(p(&ours).unwrap(), Value::String(s));
    }

    #[test]
    fn numbers_round_trip(i in any::<i64>(), f in any::<f64>()) {
        prop_assert_eq!(to_string(&i), serde_json::to_string(&i).unwrap());
        if f.is_finite() {
            let mut ours = String::new();
            write_number(&mut ours, Number::Float(f));
            prop_assert_eq!(p(&ours).unwrap(), Value::Number(Number::Float(f)));
        }
    }

    #[test]
    fn accepts_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}") {
        let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert_eq!(p(&text).is_ok(), theirs, "{:?}", text);
    }
}

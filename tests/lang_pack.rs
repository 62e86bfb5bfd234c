//! The French language pack as the build writes it (`scripts/lang_pack.py`), merged into an
//! English-only knowledge base as the browser does, gives back exactly the bilingual base.

use asm_proposal::i18n::{pack, Lang};
use asm_proposal::json::{self, Value};
use asm_proposal::knowledge::{
    merge_translation, parse, parse_each, parse_values, CITATIONS, DATA_FILES,
};
use std::path::PathBuf;
use std::process::Command;

fn built_pack(test: &str) -> Vec<u8> {
    let dir: PathBuf = std::env::temp_dir().join(format!("asm-pack-{}-{test}", std::process::id()));
    let status = Command::new("python3")
        .arg("scripts/lang_pack.py")
        .arg(&dir)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "lang_pack.py failed");
    let bytes = std::fs::read(dir.join("lang/fr.json")).expect("pack written");
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

/// What `build.rs` embeds in the browser build: French emptied.
fn english_only(v: &mut Value) {
    match v {
        Value::Object(fields) => {
            let text = fields.len() == 2
                && fields
                    .iter()
                    .all(|(k, v)| (k == "en" || k == "fr") && v.as_str().is_some());
            if text {
                fields.insert("fr".into(), Value::from(""));
            } else {
                fields.iter_mut().for_each(|(_, x)| english_only(x));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(english_only),
        _ => {}
    }
}

fn pack_knowledge(bytes: &[u8]) -> Vec<(String, Value)> {
    let doc = json::parse(bytes).expect("pack is JSON");
    let Some(Value::Object(files)) = doc.get("knowledge").cloned() else {
        panic!("the pack has no knowledge object");
    };
    files.into_iter().collect()
}

#[test]
fn english_base_plus_french_pack_is_the_bilingual_base() {
    let bytes = built_pack("merge");
    let mut base = parse_each(DATA_FILES).expect("data parses");
    base.iter_mut().for_each(|(_, v)| english_only(v));
    let english = parse_values(CITATIONS, base.clone()).expect("English base");
    assert_ne!(
        english,
        parse().expect("full base"),
        "French really was emptied"
    );
    merge_translation(&mut base, &pack_knowledge(&bytes), Lang::Fr).expect("pack fits");
    assert_eq!(
        parse_values(CITATIONS, base).expect("merged"),
        parse().expect("full base")
    );
}

#[test]
fn the_pack_installs_and_a_foreign_or_damaged_one_is_refused() {
    let bytes = built_pack("install");
    assert!(pack::install(Lang::Fr, &bytes).is_ok());
    assert!(asm_proposal::i18n::is_available(Lang::Fr));
    assert_eq!(
        pack::install(Lang::Fr, b"{\"lang\":\"en\"}"),
        Err("not the fr language pack".to_string())
    );
    assert!(pack::install(Lang::Fr, b"not json").is_err());

    // One text missing from the UI catalogue.
    let mut doc = json::parse(&bytes).expect("JSON");
    if let Some(ui) = doc.get_mut("ui").and_then(Value::as_object_mut) {
        ui.remove("app.title");
    }
    let err = pack::install(Lang::Fr, json::to_string(&doc).as_bytes()).unwrap_err();
    assert_eq!(err, "the pack lacks the text `app.title`");

    // A knowledge list of another length (a pack from another build).
    let mut base = parse_each(DATA_FILES).expect("data parses");
    let mut knowledge = pack_knowledge(&bytes);
    for (name, v) in knowledge.iter_mut() {
        if name == "mdgs.json" {
            if let Some(Value::Array(goals)) = v.get_mut("mdgs") {
                goals.pop();
            }
        }
    }
    let err = merge_translation(&mut base, &knowledge, Lang::Fr).unwrap_err();
    assert_eq!(err, "mdgs.json.mdgs: not like the app's");
    knowledge.retain(|(n, _)| n != "facts.json");
    let err = merge_translation(&mut base, &knowledge, Lang::Fr).unwrap_err();
    assert!(
        err.contains("facts.json") || err.contains("mdgs.json"),
        "{err}"
    );
}

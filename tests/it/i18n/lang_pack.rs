//! The language packs as the build writes them (`scripts/lang_pack.py`), merged into an
//! English-only knowledge base as the browser does, give back exactly the full base.

use asm_proposal::i18n::{pack, Lang};
use asm_proposal::json::{self, Value};
use asm_proposal::knowledge::{merge_translation, parse, parse_each, parse_values, DATA_FILES};
use std::path::PathBuf;
use std::process::Command;

fn built_pack(test: &str) -> Vec<u8> {
    built_packs(test).remove(0).1
}

/// Every pack the build writes, French first.
fn built_packs(test: &str) -> Vec<(Lang, Vec<u8>)> {
    let dir: PathBuf = std::env::temp_dir().join(format!("asm-pack-{}-{test}", std::process::id()));
    let status = Command::new("python3")
        .arg("scripts/lang_pack.py")
        .arg(&dir)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "lang_pack.py failed");
    let packs = [Lang::Fr, Lang::Es, Lang::Pt]
        .into_iter()
        .map(|lang| {
            let path = dir.join(format!("lang/{}.json", lang.code()));
            (lang, std::fs::read(path).expect("pack written"))
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    packs
}

/// What `build.rs` embeds in the browser build: every language but English left out.
fn english_only(v: &mut Value) {
    match v {
        Value::Object(fields) => {
            let text = fields.get("en").is_some_and(|v| v.as_str().is_some())
                && fields
                    .iter()
                    .all(|(k, v)| Lang::from_code(k).is_some() && v.as_str().is_some());
            if text {
                fields.retain(|k, _| k == "en");
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
fn english_base_plus_every_pack_is_the_full_base() {
    let mut base = parse_each(DATA_FILES).expect("data parses");
    base.iter_mut().for_each(|(_, v)| english_only(v));
    let english = parse_values(base.clone()).expect("English base");
    let full = parse().expect("full base");
    assert_ne!(english, full, "the translations really were emptied");
    for (lang, bytes) in built_packs("merge") {
        let before = parse_values(base.clone()).expect("base");
        merge_translation(&mut base, &pack_knowledge(&bytes), lang).expect("pack fits");
        let after = parse_values(base.clone()).expect("merged");
        assert_ne!(before, after, "the {lang:?} pack brought texts");
        let section = &after.mdgs[0].citation.section;
        assert_ne!(section.get(lang), section.en, "{lang:?} citation section");
    }
    assert_eq!(parse_values(base).expect("merged"), full);
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

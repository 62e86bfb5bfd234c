//! Every language has every key, and every key the UI uses exists.

use asm_proposal::i18n::{fill, keys, t, Lang};
use std::collections::BTreeSet;

#[test]
fn every_language_has_exactly_the_same_keys() {
    let en: BTreeSet<_> = keys(Lang::En).into_iter().collect();
    assert!(en.len() > 20, "the English catalogue looks empty");
    for lang in Lang::ALL {
        let other: BTreeSet<_> = keys(lang).into_iter().collect();
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
        for k in &other {
            assert!(!t(lang, k).trim().is_empty(), "{lang:?} {k} is empty");
        }
    }
}

#[test]
fn placeholders_match_between_languages() {
    for key in keys(Lang::En) {
        let names = |s: &str| -> BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect()
        };
        assert_eq!(
            names(t(Lang::En, key)),
            names(t(Lang::Fr, key)),
            "placeholders differ in {key}"
        );
    }
}

/// Scans the UI source for string literals passed to the translation helpers and checks each
/// is a key of the catalogue, so a typo or a forgotten translation fails here.
#[test]
fn every_key_used_by_the_ui_exists() {
    let known: BTreeSet<_> = keys(Lang::En).into_iter().collect();
    let mut missing = Vec::new();
    let mut used = 0;
    for path in rs_files(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/ui"
    ))) {
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        for key in quoted_keys(&src) {
            used += 1;
            if !known.contains(key.as_str()) {
                missing.push(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(used > 10, "found too few keys in the UI source ({used})");
    assert!(
        missing.is_empty(),
        "keys used but not translated: {missing:#?}"
    );
}

#[test]
fn languages_parse_from_browser_codes() {
    assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("sw"), None);
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
}

fn rs_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(rs_files(&p));
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out
}

/// String literals that look like translation keys: `"group.name"` with lowercase ASCII,
/// digits and underscores, appearing as a `label=`/`hint=` prop or a `tr(`/`t(` argument.
fn quoted_keys(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in [
        "tr(\"", " t(\"", "(t(\"", "label=\"", "hint=\"", "key: \"", "Some(\"",
    ] {
        let mut rest = src;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                let key = &rest[..end];
                let looks_like_key = key.contains('.')
                    && key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    });
                if looks_like_key {
                    out.push(key.to_string());
                }
            }
        }
    }
    out
}

/// The loading message in index.html is shown before any code runs, so it cannot call `t`:
/// each of its texts names its key and language, and must be the catalogue's text.
#[test]
fn the_pages_loading_texts_are_the_catalogues() {
    let html = include_str!("../index.html");
    let page_lang = Lang::En; // <html lang="en">
    let mut seen = 0;
    for (at, _) in html.match_indices("data-i18n=\"") {
        let tag_start = html[..at]
            .rfind('<')
            .expect("an element holds the attribute");
        let tag_end = at + html[at..].find('>').expect("the element's tag ends");
        let tag = &html[tag_start..tag_end];
        let key = tag
            .split("data-i18n=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a key");
        let lang = tag
            .split(" lang=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|code| Lang::from_code(code).expect("a language the app has"))
            .unwrap_or(page_lang);
        let text = &html[tag_end + 1..];
        let text = &text[..text.find('<').expect("the text ends")];
        assert_eq!(text, t(lang, key), "index.html's {key} in {lang:?}");
        seen += 1;
    }
    assert_eq!(
        seen, 3,
        "index.html should show the title and the message in two languages"
    );
}

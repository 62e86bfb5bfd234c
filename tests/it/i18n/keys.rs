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
        for lang in Lang::ALL {
            assert_eq!(
                names(t(Lang::En, key)),
                names(t(lang, key)),
                "placeholders differ in {key} ({lang:?})"
            );
        }
    }
}

/// A counted message is a group `key.one` / `key.other` (and optionally `key.many`) in every
/// language, and its forms are chosen by the language's CLDR rule.
#[test]
fn plural_groups_are_complete_and_follow_cldr() {
    use asm_proposal::i18n::plural::counted;
    let en = keys(Lang::En);
    let mut groups = 0;
    for key in &en {
        for (form, other) in [(".one", ".other"), (".many", ".other"), (".other", ".one")] {
            if let Some(base) = key.strip_suffix(form) {
                assert!(
                    en.contains(&format!("{base}{other}").as_str()),
                    "{base}{form} without {base}{other}"
                );
                groups += usize::from(form == ".one");
            }
        }
    }
    assert!(groups >= 15, "only {groups} plural groups");
    let c = |lang, n| counted(lang, "review.summary_tips", n, &[]);
    assert_eq!(
        [c(Lang::En, 0), c(Lang::En, 1), c(Lang::En, 2)],
        ["0 tips", "1 tip", "2 tips"]
    );
    assert_eq!(
        [c(Lang::Fr, 0), c(Lang::Fr, 1), c(Lang::Fr, 2)],
        ["0 conseil", "1 conseil", "2 conseils"]
    );
    let w = |lang, n| counted(lang, "counter.n_words", n, &[]);
    assert_eq!(
        [w(Lang::Es, 0), w(Lang::Es, 1), w(Lang::Es, 1234)],
        ["0 palabras", "1 palabra", "1234 palabras"]
    );
    assert_eq!(
        [w(Lang::Pt, 0), w(Lang::Pt, 1), w(Lang::Pt, 1234)],
        ["0 palavra", "1 palavra", "1.234 palavras"]
    );
    assert_eq!(w(Lang::En, 12345), "12,345 words");
    assert_eq!(w(Lang::Fr, 1_000_000), "1\u{202F}000\u{202F}000 mots");
    // No message with a count keeps a "(s)" or "(es)" form.
    for lang in Lang::ALL {
        for key in keys(lang) {
            let text = t(lang, key);
            assert!(
                !text.contains("(s)") && !text.contains("(es)"),
                "{lang:?} {key}: {text}"
            );
        }
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
        for key in counted_keys(&src) {
            used += 1;
            for form in ["one", "other"] {
                if !known.contains(format!("{key}.{form}").as_str()) {
                    missing.push(format!("{}: {key}.{form}", path.display()));
                }
            }
        }
    }
    assert!(used > 10, "found too few keys in the UI source ({used})");
    assert!(
        missing.is_empty(),
        "keys used but not translated: {missing:#?}"
    );
}

/// The English strings the release build leaves to the knowledge module (see `build.rs`) are
/// never shown by the code of the first module: the shell, the shared widgets and lists, and
/// the Context step, which draw before that module is fetched. Any key-like literal there that
/// is a later key would show as its key on a slow first load.
#[test]
fn the_first_module_shows_no_later_string() {
    let ui = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(ui)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        // The drafts page is a module of its own (with the backup card and the change list it
        // draws, which the co-editing page in ui/coedit/ draws too).
        .filter(|p| {
            !["drafts.rs", "changes.rs", "backup.rs"]
                .iter()
                .any(|own| p.ends_with(own))
        })
        .collect();
    files.extend(rs_files(&std::path::Path::new(ui).join("list")));
    files.extend(rs_files(&std::path::Path::new(ui).join("steps/context")));
    files.push(std::path::Path::new(ui).join("steps/mod.rs"));
    files.push(std::path::Path::new(ui).join("steps/lazy.rs"));
    let mut later = Vec::new();
    let mut seen = 0;
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap();
        // Any quoted key-like literal, not only those passed to `t`: keys also travel in tables.
        for lit in src.split('"').skip(1).step_by(2) {
            let looks_like_key = lit.contains('.')
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
            if looks_like_key && keys(Lang::En).contains(&lit) {
                seen += 1;
                if asm_proposal::i18n::is_later_key(lit) {
                    later.push(format!("{}: {lit}", path.display()));
                }
            }
        }
    }
    assert!(
        seen > 100,
        "found too few keys in the first module's source ({seen})"
    );
    assert!(
        later.is_empty(),
        "later keys shown by the first module: {later:#?}"
    );
    // And the split is real: the screens' strings are later ones.
    assert!(asm_proposal::i18n::is_later_key("risks.add"));
    assert!(!asm_proposal::i18n::is_later_key("step.risks"));
    assert!(
        !asm_proposal::i18n::is_later_key("drafts.link"),
        "the header shows it"
    );
}

#[test]
fn languages_parse_from_browser_codes() {
    assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("sw"), None);
    assert_eq!(Lang::from_code("es-PE"), Some(Lang::Es));
    assert_eq!(Lang::from_code("pt-BR"), Some(Lang::Pt));
    assert_eq!(Lang::from_code("pt_MZ"), Some(Lang::Pt));
    let names: Vec<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "Français", "Español", "Português"]);
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
}

/// Keys of counted messages: the first argument of `tn("…"` (a group `key.one` / `key.other`).
fn counted_keys(src: &str) -> Vec<String> {
    src.split("tn(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
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
    let html = include_str!("../../../index.html");
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
        seen, 5,
        "index.html should show the title and the message in the four languages"
    );
}

/// The web manifest names the app in every language (`name_localized`, the W3C manifest
/// localization members; browsers without them show the English `name`), as the catalogues do.
#[test]
fn the_manifest_names_the_app_in_every_language() {
    let manifest: serde_json::Value =
        serde_json::from_str(include_str!("../../../assets/manifest.webmanifest")).expect("JSON");
    assert_eq!(manifest["name"], t(Lang::En, "app.title"));
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        assert_eq!(
            manifest["name_localized"][lang.code()],
            t(lang, "app.title"),
            "{lang:?}"
        );
        assert!(manifest["short_name_localized"][lang.code()].is_string());
    }
}

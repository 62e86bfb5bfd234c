//! Completeness and integrity of the knowledge base (`src/knowledge`, `data/knowledge`).

use asm_proposal::i18n::Lang;
use asm_proposal::knowledge::{ids, kb, parse, parse_files, KnowledgeBase, Text};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

/// The parsed base; a parse error fails here with the file at fault in the message.
fn base() -> KnowledgeBase {
    match parse() {
        Ok(kb) => kb,
        Err(e) => panic!("embedded knowledge data does not parse: {e}"),
    }
}

fn ids_of<'a>(it: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    it.map(String::as_str).collect()
}

/// The goal each of the 18 targets of the 2001 list belongs to.
fn goal_of_target(t: u8) -> u8 {
    match t {
        1 | 2 => 1,
        3 => 2,
        4 => 3,
        5 => 4,
        6 => 5,
        7 | 8 => 6,
        9..=11 => 7,
        _ => 8,
    }
}

#[test]
fn the_first_screens_part_has_what_context_reads_and_the_whole_base_has_everything() {
    let first = asm_proposal::knowledge::parse_first().expect("first part parses");
    let full = base();
    // What the Context step and its guidance read is in the first part, as in the whole.
    assert_eq!(first.miner_profiles, full.miner_profiles);
    assert_eq!(first.transitions, full.transitions);
    assert_eq!(first.donor_types, full.donor_types);
    assert_eq!(first.donor_lessons, full.donor_lessons);
    assert_eq!(first.message_lessons, full.message_lessons);
    assert_eq!(first.facts, full.facts);
    // The rest waits for the other screens' module (and the guidance that needs some of it,
    // such as the figures on women and children, fetches it when shown) ...
    assert!(first.mdgs.is_empty() && first.sdgs.is_empty() && first.partner_types.is_empty());
    assert!(first.priorities.is_empty());
    // ... and the fields that may be missing from the first part are all in the whole base.
    assert_eq!(full.mdgs.len(), 8);
    assert_eq!(
        full.priorities.len(),
        asm_proposal::knowledge::ids::PRIORITIES.len()
    );
    assert_eq!(full.sdgs.len(), 17);
    assert!(!full.partnership_levels.is_empty() && !full.partner_types.is_empty());
    assert!(!full.five_rs.is_empty() && !full.strength_criteria.is_empty());
    assert_ne!(full.empowerment, Default::default());
    // Each file is in exactly one group.
    fn names(files: &[(&'static str, &'static str)]) -> Vec<&'static str> {
        files.iter().map(|(n, _)| *n).collect()
    }
    let all = names(asm_proposal::knowledge::DATA_FILES);
    for name in names(asm_proposal::knowledge::FIRST_FILES) {
        assert_eq!(all.iter().filter(|n| **n == name).count(), 1, "{name}");
    }
}

#[test]
fn data_parses_and_kb_is_that_data() {
    let parsed = base();
    assert_eq!(&parsed, kb());
    // The browser embeds the files with English only (build.rs), minified; other languages
    // come in packs. This guards the embedded English against bloat (the first-load budget
    // guards the whole wasm): 78 KB minified today.
    let total: usize = asm_proposal::knowledge::DATA_FILES
        .iter()
        .map(|(_, raw)| {
            let mut v: Value = serde_json::from_str(raw).expect("JSON");
            keep_english(&mut v);
            v.to_string().len()
        })
        .sum();
    assert!(
        total < 86_000,
        "embedded English knowledge is {total} bytes; keep it compact"
    );
}

#[test]
fn eight_goals_with_eighteen_targets_mapped_right() {
    let kb = base();
    let numbers: Vec<u8> = kb.mdgs.iter().map(|g| g.number).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<u8>>());
    let targets: Vec<u8> = kb.mdg_targets().map(|t| t.number).collect();
    assert_eq!(targets, (1..=18).collect::<Vec<u8>>());
    for n in 1..=18u8 {
        let t = kb.mdg_target(n).expect("target present");
        assert_eq!(
            t.goal,
            goal_of_target(n),
            "target {n} belongs to the wrong goal"
        );
        assert!(!t.sdgs.is_empty(), "target {n} has no SDG mapping");
        for r in &t.sdgs {
            assert!((1..=17).contains(&r.sdg), "target {n}: SDG {}", r.sdg);
            if let Some(code) = &r.target {
                let (goal, rest) = code.split_once('.').expect("code like 3.3");
                assert_eq!(goal, r.sdg.to_string(), "target {n}: code {code}");
                assert!(!rest.is_empty(), "target {n}: code {code}");
            }
        }
    }
    for g in &kb.mdgs {
        assert!(!g.lever_issue.en.is_empty(), "MDG {} lever issue", g.number);
        assert!(!g.sdgs.is_empty(), "MDG {} has no SDGs", g.number);
        assert!(g.sdgs.iter().all(|s| (1..=17).contains(s)));
        assert!(!g.figures.is_empty(), "MDG {} has no figures", g.number);
        assert!(g.figures.iter().all(|f| f.mdgs.contains(&g.number)));
        assert!(!g.targets.is_empty());
        // Each target's SDGs are among its goal's SDGs or at least reported consistently.
        assert!(kb.mdg(g.number).is_some());
    }
    assert_eq!(kb.mdg_target(7).map(|t| t.goal), Some(6));
    assert!(kb.mdg(0).is_none() && kb.mdg(9).is_none());
    assert!(kb.mdg_target(0).is_none() && kb.mdg_target(19).is_none());
}

#[test]
fn seventeen_sdgs() {
    let kb = base();
    let numbers: Vec<u8> = kb.sdgs.iter().map(|g| g.number).collect();
    assert_eq!(numbers, (1..=17).collect::<Vec<u8>>());
    assert_eq!(
        kb.sdg(3).map(|s| s.title.en.as_str()),
        Some("Good health and well-being")
    );
    // Every SDG a goal points to exists, and the reverse lookup finds target 7 under SDG 3.
    assert!(kb.mdg_targets_for_sdg(3).iter().any(|t| t.number == 7));
    // SDG 17 carries on MDG 8's targets, and target 9's policy half (17.14, policy coherence).
    assert!(kb
        .mdg_targets_for_sdg(17)
        .iter()
        .all(|t| t.goal == 8 || t.number == 9));
}

#[test]
fn every_catalogue_holds_exactly_its_ids_in_order() {
    let kb = base();
    assert_eq!(ids_of(kb.priorities.iter().map(|p| &p.id)), ids::PRIORITIES);
    assert_eq!(
        ids_of(kb.miner_profiles.iter().map(|p| &p.id)),
        ids::MINER_PROFILES
    );
    assert_eq!(
        ids_of(kb.transitions.iter().map(|t| &t.id)),
        ids::TRANSITIONS
    );
    assert_eq!(
        ids_of(kb.partnership_levels.iter().map(|l| &l.id)),
        ids::PARTNERSHIP_LEVELS
    );
    assert_eq!(
        ids_of(kb.partner_types.iter().map(|p| &p.id)),
        ids::PARTNER_TYPES
    );
    assert_eq!(
        ids_of(kb.donor_types.iter().map(|d| &d.id)),
        ids::DONOR_TYPES
    );
    assert_eq!(
        ids_of(kb.communication_channels.iter().map(|c| &c.id)),
        ids::COMMUNICATION_CHANNELS
    );
    assert_eq!(ids_of(kb.five_rs.iter().map(|r| &r.id)), ids::FIVE_RS);
    assert_eq!(
        ids_of(kb.empowerment.pillars.iter().map(|p| &p.id)),
        ids::EMPOWERMENT_PILLARS
    );
    assert_eq!(
        ids_of(kb.strength_criteria.iter().map(|c| &c.id)),
        ids::STRENGTH_CRITERIA
    );
    assert_eq!(
        ids_of(kb.risk_categories.iter().map(|c| &c.id)),
        ids::RISK_CATEGORIES
    );
    for id in ids::PRIORITIES {
        assert!(kb.priority(id).is_some(), "priority {id}");
    }
    for id in ids::DONOR_TYPES {
        assert!(kb.donor_type(id).is_some(), "donor type {id}");
    }
    let orders: Vec<u8> = kb.partnership_levels.iter().map(|l| l.order).collect();
    assert_eq!(orders, vec![1, 2, 3, 4, 5]);
    let orders: Vec<u8> = kb.five_rs.iter().map(|r| r.order).collect();
    assert_eq!(orders, vec![1, 2, 3, 4, 5]);
}

#[test]
fn lessons_and_facts_are_there_with_unique_ids() {
    let kb = base();
    assert!(kb.donor_lessons.len() >= 8, "donor lessons");
    assert!(kb.message_lessons.len() >= 4, "message lessons");
    assert!(kb.success_story_lessons.len() >= 4, "success story lessons");
    assert!(kb.facts.len() >= 10, "facts");
    for (what, list) in [
        ("donor", &kb.donor_lessons),
        ("message", &kb.message_lessons),
        ("story", &kb.success_story_lessons),
    ] {
        let unique: HashSet<&str> = list.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(unique.len(), list.len(), "duplicate {what} lesson id");
    }
    let all: Vec<&str> = kb.all_facts().map(|f| f.id.as_str()).collect();
    let unique: HashSet<&str> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "duplicate fact id");
    for id in ["miners_worldwide", "dependants", "countries"] {
        assert!(kb.fact(id).is_some(), "key fact {id}");
    }
    assert!(
        kb.fact("hiv_world_2004").is_some(),
        "goal figures are found too"
    );
}

#[test]
fn cross_references_point_to_existing_items() {
    let kb = base();
    let priorities: BTreeSet<&str> = ids::PRIORITIES.into_iter().collect();
    let profiles: BTreeSet<&str> = ids::MINER_PROFILES.into_iter().collect();
    let levels: BTreeSet<&str> = ids::PARTNERSHIP_LEVELS.into_iter().collect();
    for p in &kb.priorities {
        assert!(!p.mdgs.is_empty(), "priority {} has no MDG", p.id);
        assert!(
            p.mdgs.iter().all(|g| (1..=8).contains(g)),
            "priority {}",
            p.id
        );
        assert!(
            p.sdgs.iter().all(|s| (1..=17).contains(&s.sdg)),
            "priority {}",
            p.id
        );
    }
    for f in kb.all_facts() {
        assert!(f.mdgs.iter().all(|g| (1..=8).contains(g)), "fact {}", f.id);
        for p in &f.priorities {
            assert!(priorities.contains(p.as_str()), "fact {} → {p}", f.id);
        }
    }
    for t in &kb.transitions {
        for p in &t.profiles {
            assert!(profiles.contains(p.as_str()), "transition {} → {p}", t.id);
        }
    }
    for p in &kb.partner_types {
        assert!(!p.levels.is_empty(), "partner type {} has no level", p.id);
        for l in &p.levels {
            assert!(levels.contains(l.as_str()), "partner type {} → {l}", p.id);
        }
    }
    for d in &kb.donor_types {
        assert!(d.mdgs.iter().all(|g| (1..=8).contains(g)), "donor {}", d.id);
    }
    // Every goal has at least one priority issue that relates to it.
    for n in 1..=8 {
        assert!(
            !kb.priorities_for_mdg(n).is_empty(),
            "no priority for MDG {n}"
        );
    }
    assert!(kb.facts_for_priority("child_labour").count() >= 2);
}

/// Visits every JSON object in `v`, depth first, with its path.
fn walk<'a>(
    v: &'a Value,
    path: &str,
    f: &mut impl FnMut(&str, &'a serde_json::Map<String, Value>),
) {
    match v {
        Value::Object(map) => {
            f(path, map);
            for (k, child) in map {
                walk(child, &format!("{path}.{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{path}[{i}]"), f);
            }
        }
        _ => {}
    }
}

/// What build.rs does for the browser: every text keeps its English only.
fn keep_english(v: &mut Value) {
    match v {
        Value::Object(map) if is_text(map) => map.retain(|k, _| k == "en"),
        Value::Object(map) => map.values_mut().for_each(keep_english),
        Value::Array(items) => items.iter_mut().for_each(keep_english),
        _ => {}
    }
}

fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    map.get("en").is_some_and(Value::is_string)
        && map
            .keys()
            .all(|k| ["en", "fr", "es", "pt"].contains(&k.as_str()))
}

/// Every `Text` in the base, with its path.
fn all_texts(kb: &KnowledgeBase) -> Vec<(String, Text)> {
    let value: Value =
        serde_json::from_str(&asm_proposal::json::to_string(kb)).expect("serialisable");
    let mut out = Vec::new();
    walk(&value, "kb", &mut |path, map| {
        if is_text(map) {
            let text: Text = asm_proposal::json::from_str(&Value::Object(map.clone()).to_string())
                .expect("text");
            out.push((path.to_string(), text));
        }
    });
    out
}

#[test]
fn every_text_is_in_four_languages_and_prose_is_translated() {
    let kb = base();
    let texts = all_texts(&kb);
    assert!(texts.len() > 400, "only {} texts found", texts.len());
    for (path, t) in &texts {
        let prose_words =
            t.en.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
        for (lang, s) in t.all() {
            assert!(!s.trim().is_empty(), "{path}: empty {lang:?}");
            assert_eq!(t.get(lang), s, "{path}: {lang:?} falls back");
            assert_eq!(s.trim(), s, "{path} ({lang:?}): stray whitespace");
            assert!(!s.contains("  "), "{path} ({lang:?}): double space");
            // A place may be spelled alike ("Santa Filomena, Peru").
            if lang != Lang::En && prose_words >= 3 && !path.ends_with(".place") {
                assert_ne!(t.en, s, "{path}: {lang:?} is a copy of the English");
            }
        }
    }
    // Each language's prose should look like it: its own letters appear across the base.
    for (lang, letters) in [
        (Lang::Fr, "éèàùâêîôûçœ"),
        (Lang::Es, "áéíóúñ¿¡"),
        (Lang::Pt, "ãõçáéíóúâêô"),
    ] {
        let marked = texts
            .iter()
            .filter(|(_, t)| t.get(lang).chars().any(|c| letters.contains(c)))
            .count();
        assert!(marked * 2 > texts.len(), "{lang:?} texts look unaccented");
    }
}

/// The years (1900–2099) a text names, in order of first mention.
fn years(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for word in s.split(|c: char| !c.is_ascii_digit()) {
        let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
        if year && !out.contains(&word) {
            out.push(word);
        }
    }
    out.sort_unstable();
    out
}

#[test]
fn translations_keep_the_years_percentages_and_placeholders() {
    let kb = base();
    for (path, t) in all_texts(&kb) {
        let en_years = years(&t.en);
        let percent = |s: &str| {
            s.contains('%')
                || s.split(|c: char| !c.is_alphabetic())
                    .any(|w| w == "percent")
        };
        let en_percent = percent(&t.en);
        let en_braces = t.en.matches('{').count();
        for (lang, s) in t.all() {
            // A year of the English is a year of every translation ("2,000 people" is a
            // count, not a year, and may be written "2000" or "2 000").
            for y in &en_years {
                let as_count = t.en.contains(&format!("{},{}", &y[..1], &y[1..]));
                assert!(
                    as_count || years(s).contains(y),
                    "{path}: {lang:?} lacks the year {y}"
                );
            }
            assert_eq!(percent(s), en_percent, "{path}: {lang:?} percent sign");
            assert_eq!(
                s.matches('{').count(),
                en_braces,
                "{path}: {lang:?} placeholders"
            );
        }
    }
}

#[test]
fn every_item_carries_a_citation() {
    let kb = base();
    let value: Value =
        serde_json::from_str(&asm_proposal::json::to_string(&kb)).expect("serialisable");
    let mut items = 0;
    walk(&value, "kb", &mut |path, map| {
        if is_text(map) {
            return;
        }
        let is_item =
            map.contains_key("id") || map.contains_key("number") || path == "kb.empowerment";
        if is_item {
            items += 1;
            let section = map
                .get("citation")
                .and_then(|c| c.get("section"))
                .and_then(|s| s.get("en"))
                .and_then(Value::as_str)
                .unwrap_or("");
            assert!(!section.trim().is_empty(), "{path}: no citation section");
            if let Some(Value::String(s)) = map.get("citation").and_then(|c| c.get("speaker")) {
                assert!(!s.trim().is_empty(), "{path}: empty speaker (use null)");
            }
        }
    });
    assert!(items > 150, "only {items} cited items");
    // Content about ASM cites the report; only UN framework texts cite UN documents.
    for p in &kb.priorities {
        assert!(p.citation.is_report(), "priority {}", p.id);
    }
    for g in &kb.mdgs {
        assert!(g.citation.is_report(), "MDG {}", g.number);
        assert!(g.targets.iter().all(|t| !t.citation.is_report()));
    }
}

// That no text copies the report is checked by `make check-sources REPORT=...`
// (examples/check_sources.rs): the report is not part of the repository.

#[test]
fn broken_data_is_reported_not_panicked() {
    let cites = (
        "citations.json",
        r#"{"citations": {"x": {"section": {"en": "I. Introduction"}, "speaker": null}}}"#,
    );
    let err = parse_files(&[cites, ("a.json", "{ not json")]).unwrap_err();
    assert!(err.contains("a.json"));
    assert!(parse_files(&[cites, ("a.json", "[1]")]).is_err());
    let dup = parse_files(&[
        cites,
        ("a.json", r#"{"facts": []}"#),
        ("b.json", r#"{"facts": []}"#),
    ]);
    assert!(dup.unwrap_err().contains("twice"));
    assert!(parse_files(&[cites, ("a.json", r#"{"factz": []}"#)]).is_err());
    // Without a citation table nothing can cite.
    assert!(parse_files(&[]).is_err());
    // A known key resolves to its section; an unknown key names itself in the error.
    let files = asm_proposal::knowledge::DATA_FILES;
    let ok = parse_files(files).expect("real data parses");
    assert!(ok.mdgs[0].citation.section.en.starts_with("IV. "));
    let broken: Vec<(&str, String)> = files
        .iter()
        .map(|(n, raw)| {
            (
                *n,
                raw.replacen("\"cite\": \"pedro\"", "\"cite\": \"nope\"", 1),
            )
        })
        .collect();
    let broken: Vec<(&str, &str)> = broken.iter().map(|(n, r)| (*n, r.as_str())).collect();
    assert!(parse_files(&broken).unwrap_err().contains("nope"));
}

#[test]
fn every_citation_key_is_used_and_names_a_report_part() {
    let raw_table = asm_proposal::knowledge::DATA_FILES
        .iter()
        .find(|(name, _)| *name == "citations.json")
        .expect("citations.json is a data file")
        .1;
    let table: Value = serde_json::from_str(raw_table).expect("citations.json");
    let table = table["citations"].as_object().expect("object");
    let raw: String = asm_proposal::knowledge::DATA_FILES
        .iter()
        .map(|(_, raw)| *raw)
        .collect();
    for (key, c) in table {
        assert!(
            raw.contains(&format!("\"cite\": \"{key}\"")),
            "unused citation {key}"
        );
        let section = c["section"]["en"].as_str().expect("section");
        assert!(
            section.starts_with("UN ")
                || section.starts_with("Front matter")
                || ["I. ", "II. ", "III. ", "IV. "]
                    .iter()
                    .any(|p| section.starts_with(p)),
            "{key}: section should name the report part"
        );
    }
}

#[test]
fn text_falls_back_to_english() {
    let t = Text {
        en: "Hello".into(),
        fr: String::new(),
        es: " ".into(),
        pt: "Olá".into(),
    };
    assert_eq!(t.get(Lang::Fr), "Hello");
    assert_eq!(t.get(Lang::Es), "Hello");
    assert_eq!(t.get(Lang::Pt), "Olá");
    // Data written before the Spanish and Portuguese translations reads the same.
    let old: Text = asm_proposal::json::from_str(r#"{"en": "Hi", "fr": "Salut"}"#).expect("text");
    assert_eq!((old.get(Lang::Es), old.get(Lang::Pt)), ("Hi", "Hi"));
    let new: Text =
        asm_proposal::json::from_str(r#"{"en": "Hi", "fr": "Salut", "es": "Hola", "pt": "Oi"}"#)
            .expect("text");
    assert_eq!((new.get(Lang::Es), new.get(Lang::Pt)), ("Hola", "Oi"));
}

proptest! {
    #[test]
    fn lookups_never_panic_and_match_the_ranges(n in any::<u8>(), id in "\\PC{0,24}") {
        let kb = kb();
        prop_assert_eq!(kb.mdg(n).is_some(), (1..=8).contains(&n));
        prop_assert_eq!(kb.mdg_target(n).is_some(), (1..=18).contains(&n));
        prop_assert_eq!(kb.sdg(n).is_some(), (1..=17).contains(&n));
        prop_assert_eq!(kb.priority(&id).is_some(), ids::PRIORITIES.contains(&id.as_str()));
        prop_assert_eq!(kb.donor_type(&id).is_some(), ids::DONOR_TYPES.contains(&id.as_str()));
        prop_assert!(kb.fact(&id).is_none() || !id.is_empty());
    }
}

/// The model's catalogue enums and the knowledge base use the same ids, so every choice a
/// person makes has its explanation.
#[test]
fn model_catalogues_match_the_knowledge_base() {
    use asm_proposal::knowledge::kb;
    use asm_proposal::model::{
        DonorType, Issue, MinerProfile, PartnerLevel, PartnerType, RiskCategory, Transition,
    };
    for t in Transition::ALL {
        assert!(
            kb().transition(t.as_str()).is_some(),
            "transition {}",
            t.as_str()
        );
    }
    for x in Issue::ALL {
        assert!(kb().priority(x.as_str()).is_some(), "issue {}", x.as_str());
    }
    for x in MinerProfile::ALL {
        assert!(
            kb().miner_profile(x.as_str()).is_some(),
            "profile {}",
            x.as_str()
        );
    }
    for x in DonorType::ALL {
        assert!(
            kb().donor_type(x.as_str()).is_some(),
            "donor {}",
            x.as_str()
        );
    }
    for x in PartnerType::ALL {
        assert!(
            kb().partner_type(x.as_str()).is_some(),
            "partner type {}",
            x.as_str()
        );
    }
    for x in PartnerLevel::ALL {
        assert!(
            kb().partnership_level(x.as_str()).is_some(),
            "level {}",
            x.as_str()
        );
    }
    // Every kind of risk has its guidance, from the report.
    for x in RiskCategory::ALL {
        let guide = kb().risk_category(x.as_str());
        assert!(guide.is_some(), "risk category {}", x.as_str());
        assert!(guide.is_some_and(|g| g.citation.is_report()));
    }
}

/// Lower-case alphanumeric words.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words by which a text claims a result: such a text must cite report lines a maintainer
/// can check (issue 23).
fn claims_a_result(en: &str) -> bool {
    const CLAIMS: &[&str] = &[
        "shows",
        "showed",
        "shown",
        "proves",
        "proved",
        "proven",
        "success",
        "successes",
        "successful",
        "successfully",
        "demonstrates",
        "demonstrated",
    ];
    let w = words(en);
    w.iter().any(|x| CLAIMS.contains(&x.as_str()))
        || en.to_lowercase().contains("what works")
        || en.to_lowercase().contains("has worked")
}

#[test]
fn the_claim_detector_sees_claims_not_advice() {
    assert!(claims_a_result("AMREF's programme shows what works."));
    assert!(claims_a_result("the report's clearest success story"));
    assert!(claims_a_result("Connecting remote groups has worked."));
    assert!(!claims_a_result("Show how miners will gain a voice."));
    assert!(!claims_a_result("The project aims to raise income."));
}

#[test]
fn every_fact_has_a_section_a_speaker_or_session_a_year_a_place_and_lines() {
    let kb = base();
    let mut n = 0;
    for f in kb.all_facts() {
        n += 1;
        let c = &f.citation;
        assert!(!c.section.en.trim().is_empty(), "{}: no section", f.id);
        // The section names the session (a theme, the conclusions, a named session); the
        // speaker is given whenever one person said it.
        let session = ["Front matter", "I. ", "II. ", "III. ", "IV. "]
            .iter()
            .any(|p| c.section.en.starts_with(p));
        assert!(
            session || c.speaker.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "{}: neither a speaker nor a report session",
            f.id
        );
        let year_ok = f.year.split('–').all(|y| {
            y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && ("1980".."2006").contains(&y)
        });
        assert!(
            year_ok,
            "{}: year {:?} is not YYYY or YYYY–YYYY up to 2005",
            f.id, f.year
        );
        assert!(
            !f.place.en.trim().is_empty() && !f.place.fr.trim().is_empty(),
            "{}: place",
            f.id
        );
        assert_eq!(c.lines.len(), 2, "{}: report lines [first, last]", f.id);
        assert!(!f.when_where(Lang::Fr).is_empty());
    }
    assert!(n >= 40, "only {n} facts");
    // The two health figures dated in the report, and the poverty trend's place.
    assert_eq!(
        kb.fact("hiv_world_2004").map(|f| f.year.as_str()),
        Some("2004")
    );
    assert_eq!(kb.fact("hiv_africa").map(|f| f.year.as_str()), Some("2004"));
    let poverty = kb.fact("extreme_poverty_trend").expect("poverty trend");
    assert!(poverty.place.en.contains("Africa") && poverty.statement.en.contains("Africa"));
    assert_eq!(poverty.year, "1990–2000");
}

#[test]
fn every_text_that_claims_a_result_cites_report_lines() {
    let kb = base();
    let value: Value =
        serde_json::from_str(&asm_proposal::json::to_string(&kb)).expect("serialisable");
    let mut missing = Vec::new();
    let mut claims = 0;
    walk(&value, "kb", &mut |path, map| {
        let Some(citation) = map.get("citation") else {
            return;
        };
        for (k, v) in map {
            let Some(en) = v.get("en").and_then(Value::as_str) else {
                continue;
            };
            if claims_a_result(en) {
                claims += 1;
                let lines = citation.get("lines").and_then(Value::as_array);
                if lines.is_none_or(|l| l.len() != 2) {
                    missing.push(format!("{path}.{k}: {en}"));
                }
            }
        }
    });
    assert!(claims >= 5, "only {claims} claims found");
    assert!(
        missing.is_empty(),
        "claims of a result without report lines:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_two_diamond_shares_are_never_given_without_each_other() {
    // The report gives 10 % (background) and nearly 15 % (child labour session) for ASM's
    // share of diamonds; each fact quoting one says that the other exists.
    let kb = base();
    for (id, other) in [
        ("share_of_world_supply", "15"),
        ("africa_gold_gems_value", "10"),
    ] {
        let f = kb.fact(id).expect(id);
        // A translation not written yet is empty (the English is shown instead).
        for (lang, s) in f.statement.all().into_iter().filter(|(_, s)| !s.is_empty()) {
            // "15 %" or "15%", as each language writes a percentage.
            let named = s.contains(&format!("{other}%"))
                || s.contains(&format!("{other} %"))
                || s.contains(&format!("{other}\u{a0}%"));
            assert!(named, "{id} ({lang:?}): {s}");
        }
    }
}

#[test]
fn the_crosswalk_marks_loose_links() {
    let kb = base();
    let kind = |target: u8, code: &str| {
        kb.mdg_target(target)
            .and_then(|t| t.sdgs.iter().find(|r| r.target.as_deref() == Some(code)))
            .map(|r| r.kind.clone())
    };
    assert_eq!(kind(3, "8.7"), Some(Some("thematic".into())));
    assert_eq!(kind(14, "17.2"), Some(Some("thematic".into())));
    // Target 9's policy half now has an SDG target.
    assert!(kind(9, "15.9").is_some() && kind(9, "17.14").is_some());
    for r in kb.mdg_targets().flat_map(|t| t.sdgs.iter()) {
        if let Some(k) = &r.kind {
            assert!(
                asm_proposal::knowledge::SdgRef::KINDS.contains(&k.as_str()),
                "{k}"
            );
        }
    }
    // SDG 13 and 14 are the app's suggestion for MDG 7, not a carry-over.
    let g7 = kb.mdg(7).expect("MDG 7");
    assert!(!g7.sdgs.contains(&13) && !g7.sdgs.contains(&14));
    assert_eq!(g7.suggested_sdgs, vec![13, 14]);
    for n in [13, 14] {
        assert!(kb.sdg(n).is_some_and(|s| s.app_suggestion), "SDG {n}");
    }
    assert!(kb.sdgs.iter().filter(|s| s.app_suggestion).count() == 2);
}

//! The worked examples and the stress fixture: complete, valid, canonical.

use asm_proposal::i18n::Lang;
use asm_proposal::model::date::parse_date;
use asm_proposal::model::stress::{
    BUDGET_LINES, INDICATORS_PER_OBJECTIVE, LONG_TEXT_CHARS, OBJECTIVES, PARTNERS,
};
use asm_proposal::model::*;

fn all() -> Vec<(ExampleInfo, Proposal)> {
    examples()
        .into_iter()
        .map(|info| {
            let p = load_example(info.id);
            assert!(p.is_some(), "example {} does not import", info.id);
            (info, p.unwrap_or_else(|| Proposal::new("")))
        })
        .collect()
}

#[test]
fn there_are_the_five_named_examples_in_their_languages() {
    let ids: Vec<(&str, Lang)> = examples().iter().map(|e| (e.id, e.lang)).collect();
    assert_eq!(
        ids,
        [
            ("peru_women_fund", Lang::En),
            ("tanzania_health", Lang::En),
            ("andean_mercury", Lang::En),
            ("potosi_palliris", Lang::Es),
            ("manica_mineiras", Lang::Pt),
        ]
    );
    assert!(load_example("nope").is_none());
}

#[test]
fn examples_validate_with_zero_problems() {
    for (info, p) in all() {
        assert_eq!(validate(&p), vec![], "{}", info.id);
        assert_eq!(p.context.title, info.title, "{}", info.id);
        assert_eq!(p.context.country_code, info.country_code, "{}", info.id);
    }
}

#[test]
fn example_files_are_in_canonical_form() {
    // The files are exactly what the exporter writes, so re-exporting an example is a no-op
    // and a diff of an edited example shows only the edit.
    for info in examples() {
        let raw = example_json(info.id).unwrap_or_default();
        let p = load_example(info.id).unwrap_or_else(|| Proposal::new(""));
        assert_eq!(to_json_pretty(&p), raw.trim_end(), "{}", info.id);
    }
}

#[test]
fn examples_are_complete() {
    for (info, p) in all() {
        let id = info.id;
        let start = parse_date(&p.context.duration.start).unwrap_or_else(|| panic!("{id} start"));
        let end = parse_date(&p.context.duration.end).unwrap_or_else(|| panic!("{id} end"));
        assert!((3..=5).contains(&p.priorities.len()), "{id} priorities");
        assert!(!p.logframe.goal.text.is_empty(), "{id} goal");
        assert!(
            !p.logframe.goal.indicators.is_empty(),
            "{id} goal indicators"
        );
        assert!(
            (2..=4).contains(&p.logframe.objectives.len()),
            "{id} objectives"
        );
        for o in &p.logframe.objectives {
            assert!(
                o.indicators.len() >= 2,
                "{id} objective {} indicators",
                o.id
            );
            assert!(!o.outputs.is_empty(), "{id} outputs");
            assert!(!o.assumptions.is_empty(), "{id} assumptions");
            assert!(
                !o.priority_ids.is_empty(),
                "{id} objective traced to priorities"
            );
            assert!(
                p.linkages
                    .iter()
                    .any(|l| l.objective_id == o.id && !l.reason.is_empty()),
                "{id} objective {} has an MDG linkage with a reason",
                o.id
            );
            assert!(
                p.donor.fit.iter().any(|f| f.objective_id == o.id),
                "{id} donor fit"
            );
            for out in &o.outputs {
                assert!(!out.activities.is_empty(), "{id} activities");
            }
        }
        let lf = &p.logframe;
        for (_, list) in lf.indicator_lists() {
            for ind in list {
                assert!(
                    !ind.baseline_value.is_empty() && ind.baseline_year.is_some(),
                    "{id} {}",
                    ind.id
                );
                assert!(
                    !ind.target_value.is_empty() && !ind.verification.is_empty(),
                    "{id} {}",
                    ind.id
                );
                let t = parse_date(&ind.target_date).unwrap_or_else(|| panic!("{id} {}", ind.id));
                assert!(
                    start <= t && t <= end,
                    "{id} indicator {} target within duration",
                    ind.id
                );
            }
        }
        // Indicators about people are broken down by sex (policy objectives may have none).
        let with_sex = lf
            .objectives
            .iter()
            .filter(|o| o.indicators.iter().any(|i| i.by_sex))
            .count();
        assert!(
            with_sex * 3 >= lf.objectives.len() * 2,
            "{id} sex breakdown"
        );
        assert!(
            !p.donor.national_strategy.name.is_empty(),
            "{id} national strategy"
        );
        assert!(
            !p.donor.national_strategy.fit.is_empty(),
            "{id} national strategy fit"
        );
        let levels: Vec<_> = p.partners.iter().filter_map(|x| x.level).collect();
        assert!(
            levels.contains(&PartnerLevel::Community),
            "{id} community partner"
        );
        assert!(
            p.partners.iter().any(|x| matches!(
                x.partner_type,
                Some(PartnerType::LocalGovernment | PartnerType::NationalGovernment)
            )),
            "{id} government partner"
        );
        assert!(
            p.partners.iter().all(|x| !x.role.is_empty()),
            "{id} partner roles"
        );
        let c = &p.communication;
        assert!(
            c.audiences.len() >= 2 && !c.general_message.is_empty(),
            "{id} comms"
        );
        assert!(!c.specific_messages.is_empty(), "{id} specific messages");
        assert!(
            c.stories.iter().all(|s| !s.source.is_empty()) && !c.stories.is_empty(),
            "{id} stories"
        );
        for e in c.events.iter().chain(&p.donor.funding_cycle) {
            let d = parse_date(&e.date).unwrap_or_else(|| panic!("{id} event date"));
            assert!(
                (2027..=2029).contains(&d.year),
                "{id} event {} in 2027–2029",
                e.id
            );
        }
        let totals = p.budget_totals().unwrap_or_default();
        assert_eq!(
            totals.requested, p.context.amount_requested,
            "{id} budget = request"
        );
        assert!(
            p.budget.iter().all(|b| b.objective_id.is_some()),
            "{id} budget linked"
        );
        assert!(
            !p.sustainability.formalisation.is_empty(),
            "{id} sustainability"
        );
        assert!(!p.sustainability.transitions.is_empty(), "{id} transitions");
    }
}

#[test]
fn stress_fixture_has_the_stated_sizes_and_is_valid() {
    let p = stress_fixture();
    assert_eq!(p, stress_fixture(), "deterministic");
    assert_eq!(p.logframe.objectives.len(), OBJECTIVES);
    let indicators: usize = p
        .logframe
        .indicator_lists()
        .iter()
        .map(|(_, l)| l.len())
        .sum();
    assert_eq!(indicators, OBJECTIVES * INDICATORS_PER_OBJECTIVE);
    assert_eq!(indicators, 60);
    assert_eq!(p.partners.len(), PARTNERS);
    assert_eq!(p.budget.len(), BUDGET_LINES);
    assert_eq!(p.context.problem.statement.chars().count(), LONG_TEXT_CHARS);
    assert_eq!(
        p.sustainability.formalisation.chars().count(),
        LONG_TEXT_CHARS
    );
    assert_eq!(validate(&p), vec![]);
    let json = to_json_pretty(&p);
    assert!(json.len() < MAX_IMPORT_BYTES);
    assert_eq!(import_json(json.as_bytes()), Ok(p));
}

#[test]
fn the_web_app_ships_exactly_the_listed_examples_beside_itself() {
    // The wasm carries only the metadata; the web app fetches `examples/<id>.json`, which
    // trunk copies from data/examples (index.html) and the service worker precaches. So every
    // listed example must have its file there, and every file there must be listed.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let index = std::fs::read_to_string(root.join("index.html")).unwrap_or_default();
    assert!(
        index.contains(r#"<link data-trunk rel="copy-dir" href="data/examples" />"#),
        "index.html copies data/examples into the built site"
    );
    let mut files: Vec<String> = std::fs::read_dir(root.join("data/examples"))
        .map(|dir| {
            dir.flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|name| name.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut listed: Vec<String> = examples()
        .iter()
        .map(|e| format!("{}.json", e.id))
        .collect();
    listed.sort();
    assert_eq!(files, listed);
    for info in examples() {
        assert_eq!(info.url(), format!("examples/{}.json", info.id));
        assert_eq!(example(info.id), Some(info));
        let on_disk =
            std::fs::read_to_string(root.join("data/examples").join(format!("{}.json", info.id)));
        assert_eq!(
            on_disk.ok().as_deref(),
            example_json(info.id),
            "{}",
            info.id
        );
    }
    assert_eq!(example("nope"), None);
}

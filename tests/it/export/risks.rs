//! The risk register in the exported documents: where its section sits in each template, the
//! full table, and the concept note's compact one.

use asm_proposal::export::document;
use asm_proposal::export::ir::{Block, Document, Table};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{load_example, DonorTemplate, Level};

fn section_ids(d: &Document) -> Vec<&str> {
    d.sections.iter().map(|s| s.id.as_str()).collect()
}

fn risk_table(d: &Document) -> &Table {
    let s = d
        .sections
        .iter()
        .find(|s| s.id == "risks")
        .expect("risks section");
    match s.blocks.as_slice() {
        [Block::Table(t)] => t,
        other => panic!("one table expected, got {other:?}"),
    }
}

#[test]
fn risks_follow_sustainability_in_the_narrative_templates_only() {
    let p = load_example("peru_women_fund").unwrap();
    for t in [DonorTemplate::FullProposal, DonorTemplate::ConceptNote] {
        let d = document::build(&p, t, Lang::En);
        let ids = section_ids(&d);
        let at = ids.iter().position(|s| *s == "sustainability").unwrap();
        assert_eq!(ids[at + 1], "risks", "{t:?}: {ids:?}");
        assert_eq!(d.sections[at + 1].heading, "Risks");
    }
    let annex = document::build(&p, DonorTemplate::LogframeAnnex, Lang::En);
    assert!(!section_ids(&annex).contains(&"risks"));
}

#[test]
fn the_full_table_gives_each_risk_its_kind_threats_rating_and_answer() {
    let p = load_example("peru_women_fund").unwrap();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let t = risk_table(&d);
    let heads: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(
        heads,
        [
            "#",
            "Risk",
            "Likelihood",
            "Impact",
            "Score",
            "Mitigation",
            "Owner"
        ]
    );
    assert_eq!(t.rows.len(), p.risks.len());
    let r = &p.risks[1];
    let row = &t.rows[1].cells;
    assert_eq!(row[0], "2");
    assert!(
        row[1].starts_with("Benefits captured by a few: Middlemen or husbands"),
        "{}",
        row[1]
    );
    assert!(
        row[1].ends_with(
            "\nThreatens: Specific objective 1; Specific objective 3; \
             Specific objective 1, assumption 1; Specific objective 3, assumption 1"
        ),
        "{}",
        row[1]
    );
    assert_eq!(
        (r.likelihood, r.impact),
        (Some(Level::Medium), Some(Level::High))
    );
    assert_eq!(&row[2..5], ["Medium", "High", "6"]);
    assert_eq!(row[5], r.mitigation);
    assert_eq!(row[6], r.owner);
}

#[test]
fn the_concept_note_keeps_three_columns_in_the_documents_language() {
    let p = load_example("tanzania_health").unwrap();
    let d = document::build(&p, DonorTemplate::ConceptNote, Lang::Fr);
    let t = risk_table(&d);
    let heads: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(heads, ["Risque", "Probabilité / Impact", "Atténuation"]);
    let first = &t.rows[0].cells;
    assert_eq!(first[0], p.risks[0].text);
    assert_eq!(first[1], "Élevée / Moyenne (6)");
    assert_eq!(
        first[2],
        format!(
            "{}\nResponsable du risque\u{a0}: {}",
            p.risks[0].mitigation, p.risks[0].owner
        )
    );
}

#[test]
fn an_empty_register_says_not_provided() {
    let mut p = load_example("peru_women_fund").unwrap();
    p.risks.clear();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let s = d.sections.iter().find(|s| s.id == "risks").unwrap();
    assert!(s.empty);
}

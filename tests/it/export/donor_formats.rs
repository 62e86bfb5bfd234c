//! Donor formats in the exports: each format's section order and word limits, the EU logical
//! framework matrix and the UK logframe, in every document format and in the spreadsheet.

use super::xlsx::{cell, dump};
use crate::support::exports::check_docx;
use asm_proposal::export::document;
use asm_proposal::export::ir::{Block, Document, RowKind, Table};
use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::{load_example, DonorFormat, DonorTemplate, Proposal};
use asm_proposal::review::{review, templates};

fn example(id: &str) -> Proposal {
    load_example(id).expect("example")
}

fn in_format(id: &str, f: DonorFormat) -> Proposal {
    let mut p = example(id);
    p.donor.format = f;
    p
}

fn ids(d: &Document) -> Vec<&str> {
    d.sections.iter().map(|s| s.id.as_str()).collect()
}

fn logframe(d: &Document) -> &Table {
    let s = d
        .sections
        .iter()
        .find(|s| s.id == "logframe")
        .expect("logframe section");
    s.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("logframe table")
}

fn groups(t: &Table) -> Vec<&str> {
    t.rows
        .iter()
        .filter(|r| r.kind == RowKind::Group)
        .map(|r| r.cells[0].as_str())
        .collect()
}

fn headers(t: &Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.header.as_str()).collect()
}

#[test]
fn each_format_orders_the_full_proposal_as_its_source_describes() {
    let full = |f| {
        let p = in_format("andean_mercury", f);
        let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
        ids(&d).join(" ")
    };
    assert_eq!(
        full(DonorFormat::Standard),
        "context priorities objectives logframe workplan linkages donor partners communication \
         sustainability risks budget sources"
    );
    // EU: relevance, then the description with its action plan; the matrix is an annex.
    assert_eq!(
        full(DonorFormat::Eu),
        "context priorities donor linkages objectives workplan partners communication risks \
         sustainability budget logframe sources"
    );
    // UK: the five cases, strategic, appraisal, commercial, financial, management.
    assert_eq!(
        full(DonorFormat::Uk),
        "context priorities donor linkages objectives logframe partners budget workplan risks \
         communication sustainability sources"
    );
    // The EU concept note reads the fit with the call first.
    let p = in_format("andean_mercury", DonorFormat::Eu);
    let d = document::build(&p, DonorTemplate::ConceptNote, Lang::En);
    assert_eq!(ids(&d)[0], "donor");
}

#[test]
fn word_limits_follow_the_format_in_the_review_and_the_document() {
    // 350 words on the Donor step: over the app's concept-note limit (300), within the EU's (400).
    let mut p = example("andean_mercury");
    p.context.template = DonorTemplate::ConceptNote;
    p.donor.stated_priorities.clear();
    p.donor.fit.clear();
    p.donor.national_strategy.fit =
        "word ".repeat(350 - p.donor.national_strategy.name.split_whitespace().count());
    let over = |p: &Proposal| {
        let in_review = review(p, &crate::support::review::ctx())
            .findings
            .iter()
            .any(|f| f.rule == "limits.over_limit" && f.message.arg("section") == Some("donor"));
        let d = document::build(p, DonorTemplate::ConceptNote, Lang::En);
        let donor = d.sections.iter().find(|s| s.id == "donor").unwrap();
        let in_document = matches!(donor.blocks.first(), Some(Block::Note(_)));
        assert_eq!(in_review, in_document, "the review and the document agree");
        in_review
    };
    assert!(over(&p), "standard: 300 words at most");
    p.donor.format = DonorFormat::Eu;
    assert!(!over(&p), "EU: 400 words at most");
    let eu = templates::template(DonorTemplate::ConceptNote, DonorFormat::Eu);
    assert_eq!(eu.sections[0].default_word_limit, Some(400));
}

#[test]
fn the_eu_matrix_reads_impact_outcomes_outputs_and_activities_in_bands() {
    let p = example("potosi_palliris");
    assert_eq!(p.donor.format, DonorFormat::Eu, "the EU example");
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let t = logframe(&d);
    assert_eq!(
        headers(t),
        [
            "Intervention logic",
            "Indicators",
            "Baselines (with reference year)",
            "Targets (with date)",
            "Sources and means of verification",
            "Assumptions"
        ]
    );
    assert_eq!(
        groups(t),
        [
            "Impact (overall objective)",
            "Outcomes (specific objectives)",
            "Outputs",
            "Activities"
        ]
    );
    let band = |name: &str| -> Vec<&Vec<String>> {
        let start = t.rows.iter().position(|r| r.cells[0] == name).unwrap() + 1;
        t.rows[start..]
            .iter()
            .take_while(|r| r.kind != RowKind::Group)
            .map(|r| &r.cells)
            .collect()
    };
    // One row per indicator (or one for a result without any), the statement on the first.
    let lf = &p.logframe;
    let outcomes = band("Outcomes (specific objectives)");
    let expected: usize = lf
        .objectives
        .iter()
        .map(|o| o.indicators.len().max(1))
        .sum();
    assert_eq!(outcomes.len(), expected);
    for (i, o) in lf.objectives.iter().enumerate() {
        let first = format!("Specific objective {}: {}", i + 1, o.text.trim());
        let row = outcomes
            .iter()
            .find(|c| c[0] == first)
            .expect("objective row");
        assert_eq!(
            row[1].split(" (").next().unwrap(),
            o.indicators[0].name.trim()
        );
        assert!(
            row[5].contains(o.assumptions[0].text.trim()),
            "assumptions beside it"
        );
    }
    let outputs = band("Outputs");
    let n_outputs: usize = lf.objectives.iter().map(|o| o.outputs.len()).sum();
    assert_eq!(
        outputs
            .iter()
            .filter(|c| c[0].starts_with("Output "))
            .count(),
        n_outputs
    );
    // Activities: each one, with who leads it as its means, then the costs.
    let activities = band("Activities");
    let all: Vec<_> = lf
        .objectives
        .iter()
        .flat_map(|o| &o.outputs)
        .flat_map(|o| &o.activities)
        .collect();
    assert_eq!(activities.len(), all.len() + 1);
    for a in &all {
        let row = activities
            .iter()
            .find(|c| c[0].contains(a.text.trim()))
            .expect("activity");
        if let Some(lead) = a.lead_partner.and_then(|id| p.partner(id)) {
            assert_eq!(row[1], format!("Means: {}", lead.name.trim()));
        }
    }
    assert!(
        all.iter().any(|a| a.lead_partner.is_some()),
        "the example names leads"
    );
    let costs = t.rows.last().unwrap();
    assert_eq!(costs.kind, RowKind::Wide);
    let total = p.budget_totals().unwrap().cost;
    assert!(
        costs.cells[0].starts_with("Costs: EUR"),
        "{}",
        costs.cells[0]
    );
    assert!(costs.cells[0].contains(&asm_proposal::i18n::format::amount(Lang::En, total, 2)));
}

#[test]
fn the_uk_logframe_reads_each_indicator_from_baseline_through_milestones_to_target() {
    let mut p = example("tanzania_health");
    assert_eq!(p.donor.format, DonorFormat::Uk, "the UK example");
    // Milestones typed out of order still read in date order.
    p.logframe.goal.indicators[0].milestones.reverse();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let t = logframe(&d);
    assert_eq!(
        headers(t),
        [
            "Indicator",
            "Baseline",
            "Milestone 1",
            "Milestone 2",
            "Target",
            "Source"
        ]
    );
    let g = groups(t);
    let lf = &p.logframe;
    assert_eq!(g[0], format!("Impact: {}", lf.goal.text.trim()));
    assert_eq!(g[1], format!("Outcome 1: {}", lf.objectives[0].text.trim()));
    assert_eq!(
        g[lf.objectives.len() + 1],
        format!("Output 1.1: {}", lf.objectives[0].outputs[0].text.trim())
    );
    assert_eq!(*g.last().unwrap(), "Inputs (USD)");
    let row = t
        .rows
        .iter()
        .find(|r| r.cells[0].starts_with("Indicator 1: Deaths"))
        .expect("the goal's first indicator");
    assert_eq!(row.cells[1], "96 (2026)");
    assert_eq!(row.cells[2], "80\n31\u{a0}December\u{a0}2027");
    assert_eq!(row.cells[3], "62\n31\u{a0}December\u{a0}2028");
    assert!(row.cells[4].starts_with("45"), "{}", row.cells[4]);
    assert!(row.cells[5].contains("DHIS2"));
    // Outcome and output indicators are numbered under their level.
    assert!(t
        .rows
        .iter()
        .any(|r| r.cells[0].starts_with("Indicator 2.1: ")));
    assert!(t
        .rows
        .iter()
        .any(|r| r.cells[0].starts_with("Indicator 1.2.1: ")));
    // Assumptions at impact and outcome level only; activities stay out.
    let assumptions = t
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Wide && r.cells[0].starts_with("Assumptions:"))
        .count();
    let levels = 1 + lf.objectives.len();
    assert_eq!(assumptions, levels);
    for a in lf
        .objectives
        .iter()
        .flat_map(|o| &o.outputs)
        .flat_map(|o| &o.activities)
    {
        assert!(!t
            .rows
            .iter()
            .any(|r| r.cells.iter().any(|c| c.contains(a.text.trim()))));
    }
    // Inputs: each funder, the total and the donor's share.
    let inputs = &t.rows.last().unwrap().cells[0];
    let totals = p.budget_totals().unwrap();
    let share = (totals.requested.0 * 100 + totals.cost.0 / 2) / totals.cost.0;
    assert!(inputs.contains("Requested from UK Foreign"), "{inputs}");
    assert!(inputs.contains(&format!(
        "Total: {}",
        asm_proposal::i18n::format::amount(Lang::En, totals.cost, 2)
    )));
    assert!(inputs.ends_with(&format!("share: {share}%")), "{inputs}");
    // No milestones anywhere: the layout still shows where they go.
    let mut none = p.clone();
    for o in &mut none.logframe.objectives {
        o.indicators.iter_mut().for_each(|i| i.milestones.clear());
        for out in &mut o.outputs {
            out.indicators.iter_mut().for_each(|i| i.milestones.clear());
        }
    }
    none.logframe
        .goal
        .indicators
        .iter_mut()
        .for_each(|i| i.milestones.clear());
    let d = document::build(&none, DonorTemplate::FullProposal, Lang::En);
    assert_eq!(headers(logframe(&d))[2..4], ["Milestone 1", "Target"]);
}

#[test]
fn every_document_format_draws_the_donor_layout_in_the_document_language() {
    for (id, lang, words) in [
        (
            "potosi_palliris",
            Lang::Es,
            ["Lógica de intervención", "Efectos (objetivos específicos)"],
        ),
        ("tanzania_health", Lang::Fr, ["Jalon 2", "Intrants (USD)"]),
    ] {
        let mut p = example(id);
        p.context.template = DonorTemplate::FullProposal;
        let o = ExportOptions::for_proposal(&p, lang);
        for f in [Format::Html, Format::Markdown, Format::Docx] {
            let out = export::render(&p, f, &o).unwrap();
            let text = if f == Format::Docx {
                let parts = check_docx(&out.bytes).unwrap();
                parts
                    .into_iter()
                    .find(|(n, _)| n == "word/document.xml")
                    .unwrap()
                    .1
            } else {
                String::from_utf8(out.bytes).unwrap()
            };
            for w in words {
                assert!(text.contains(w), "{id} {f:?}: {w}");
            }
        }
    }
}

#[test]
fn the_spreadsheet_logframe_follows_the_format() {
    let p = example("tanzania_health");
    let d = dump(&p, Lang::En, "uk-logframe");
    let lf = "Logical framework";
    assert_eq!(cell(&d, lf, "A1")[0], "Indicator");
    assert_eq!(cell(&d, lf, "C1")[0], "Milestone 1");
    assert_eq!(cell(&d, lf, "E1")[0], "Target");
    assert_eq!(
        cell(&d, lf, "A2")[0],
        format!("Impact: {}", p.logframe.goal.text.trim())
    );
    assert!(cell(&d, lf, "A3")[0]
        .as_str()
        .unwrap()
        .starts_with("Indicator 1: Deaths"));
    assert_eq!(cell(&d, lf, "C3")[0], "80\n31\u{a0}December\u{a0}2027");

    let p = example("potosi_palliris");
    let d = dump(&p, Lang::En, "eu-logframe");
    assert_eq!(cell(&d, lf, "A1")[0], "Intervention logic");
    assert_eq!(cell(&d, lf, "A2")[0], "Impact (overall objective)");
    assert_eq!(cell(&d, lf, "A3")[0], p.logframe.goal.text.trim());
}

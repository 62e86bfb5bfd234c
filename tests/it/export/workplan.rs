//! The workplan in the exported documents and the spreadsheet: a shaded grid by quarter (by
//! month for a short project) in the full proposal, drawn as filled cells in Word and HTML and
//! as marks in Markdown, with each milestone's diamond in its period.

use super::xlsx::{cell, dump};
use crate::support::exports::check_docx;
use asm_proposal::export::document::{self, MILESTONE_MARK};
use asm_proposal::export::ir::{Block, Document, Table};
use asm_proposal::export::markdown::SHADED_MARK;
use asm_proposal::export::{docx, html, markdown};
use asm_proposal::i18n::Lang;
use asm_proposal::model::workplan::{workplan, Period, RowKind};
use asm_proposal::model::{load_example, DonorFormat, DonorTemplate, Proposal};

fn section_ids(d: &Document) -> Vec<&str> {
    d.sections.iter().map(|s| s.id.as_str()).collect()
}

fn grid(d: &Document) -> &Table {
    let s = d
        .sections
        .iter()
        .find(|s| s.id == "workplan")
        .expect("workplan section");
    match s.blocks.as_slice() {
        [Block::Table(t)] => t,
        other => panic!("one table expected, got {other:?}"),
    }
}

fn tanzania() -> Proposal {
    load_example("tanzania_health").expect("example")
}

/// Shaded cells the grid should have: every period an output or activity runs in.
fn runs(p: &Proposal, period: Period) -> usize {
    workplan(p, Some(period))
        .rows
        .iter()
        .filter(|r| r.kind != RowKind::Milestone)
        .map(|r| r.active.iter().filter(|a| **a).count())
        .sum()
}

#[test]
fn the_full_proposal_has_the_workplan_after_the_logframe_and_the_others_do_not() {
    // In the app's own format; the EU and UK formats place it elsewhere (donor_formats.rs).
    let mut p = tanzania();
    p.donor.format = DonorFormat::Standard;
    let full = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let ids = section_ids(&full);
    let at = ids.iter().position(|s| *s == "logframe").unwrap();
    assert_eq!(ids[at + 1], "workplan", "{ids:?}");
    assert_eq!(full.sections[at + 1].heading, "Workplan");
    for t in [DonorTemplate::ConceptNote, DonorTemplate::LogframeAnnex] {
        let d = document::build(&p, t, Lang::En);
        assert!(!section_ids(&d).contains(&"workplan"), "{t:?}");
    }
    // Without any date there is nothing to draw: the section says so.
    let mut bare = p.clone();
    for o in &mut bare.logframe.objectives {
        for out in &mut o.outputs {
            for a in &mut out.activities {
                a.start.clear();
                a.end.clear();
            }
        }
    }
    bare.logframe.milestones.clear();
    let d = document::build(&bare, DonorTemplate::FullProposal, Lang::En);
    assert!(d.sections.iter().any(|s| s.id == "workplan" && s.empty));
}

#[test]
fn a_three_year_project_goes_by_quarter_with_shaded_runs_and_milestone_diamonds() {
    let p = tanzania();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let t = grid(&d);
    let heads: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(heads[..4], ["Activity", "When", "Q1 2027", "Q2 2027"]);
    assert_eq!(heads.last(), Some(&"Q4 2029"));
    assert_eq!(t.columns.len(), 2 + 12);
    assert!(t.caption.starts_with("By quarter."), "{}", t.caption);
    let plan = workplan(&p, Some(Period::Quarter));
    assert_eq!(t.rows.len(), plan.rows.len());
    for (row, r) in t.rows.iter().zip(&plan.rows) {
        let shaded: Vec<bool> = (2..t.columns.len()).map(|i| row.is_shaded(i)).collect();
        if r.kind == RowKind::Milestone {
            assert!(
                shaded.iter().all(|s| !s),
                "a milestone is a mark, not a bar"
            );
        } else {
            assert_eq!(shaded, r.active, "{}", row.cells[0]);
            // Outputs stand out, bold with a rule above; activities are plain rows.
            let bold = row.kind == asm_proposal::export::ir::RowKind::Total;
            assert_eq!(bold, r.kind == RowKind::Output, "{}", row.cells[0]);
            assert!(!row.is_shaded(0) && !row.is_shaded(1));
        }
    }
    // Mid-term review, 15 June 2028: the second quarter of 2028 (period column 5).
    let review = t
        .rows
        .iter()
        .find(|r| r.cells[0].contains("Mid-term review"))
        .expect("milestone row");
    assert_eq!(review.cells[0], "\u{25c6} Milestone: Mid-term review");
    assert_eq!(review.cells[1], "15 June 2028");
    let marked: Vec<usize> = (0..review.cells.len())
        .filter(|i| review.cells[*i] == MILESTONE_MARK)
        .collect();
    assert_eq!(marked, [2 + 5]);
    assert!(runs(&p, Period::Quarter) > 10);
    // In French the quarters are trimestres.
    let fr = document::build(&p, DonorTemplate::FullProposal, Lang::Fr);
    assert_eq!(grid(&fr).columns[2].header, "T1 2027");
    assert_eq!(grid(&fr).columns[0].header, "Activité");
}

#[test]
fn a_project_of_a_year_or_less_goes_by_month() {
    let mut p = tanzania();
    p.context.duration.end = "2027-12-31".into();
    for o in &mut p.logframe.objectives {
        for out in &mut o.outputs {
            for a in &mut out.activities {
                a.start = "2027-03-01".into();
                a.end = "2027-05-31".into();
            }
        }
    }
    p.logframe.milestones.truncate(1);
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let t = grid(&d);
    assert_eq!(t.columns.len(), 2 + 12);
    assert_eq!(t.columns[2].header, "Jan 2027");
    assert_eq!(t.columns[13].header, "Dec 2027");
    assert!(t.caption.starts_with("By month."));
    // Every activity runs March to May: three shaded months each.
    let activity = &t.rows[1];
    let on: Vec<usize> = (0..t.columns.len())
        .filter(|i| activity.is_shaded(*i))
        .collect();
    assert_eq!(on, [4, 5, 6]);
    assert_eq!(activity.cells[1], "1 March 2027 to 31 May 2027");
}

#[test]
fn word_fills_the_shaded_cells() {
    let p = tanzania();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let bytes = docx::render(&d).expect("docx");
    let parts = check_docx(&bytes).expect("valid docx");
    let xml = &parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .expect("document part")
        .1;
    let fill = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"5E8C99\"/>";
    assert_eq!(xml.matches(fill).count(), runs(&p, Period::Quarter));
    // The grid has the caption that explains it and a diamond per milestone.
    assert!(xml.contains("Shaded cells (\u{25a0}) are the quarters"));
    assert!(xml.matches(MILESTONE_MARK).count() >= 2 * p.logframe.milestones.len());
}

#[test]
fn html_marks_shaded_cells_with_a_class_that_prints() {
    let p = tanzania();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let out = html::render(&d);
    assert_eq!(
        out.matches("<td class=\"num on\">").count(),
        runs(&p, Period::Quarter)
    );
    let css_rule = out
        .lines()
        .find(|l| l.starts_with("td.on "))
        .expect("a rule for shaded cells");
    assert!(css_rule.contains("background"));
    assert!(css_rule.contains("print-color-adjust: exact"));
    // The rule sits outside the screen-only and print-only blocks, so it applies to both.
    let at = out.find("td.on ").unwrap();
    assert!(at < out.find("@media print").unwrap());
}

#[test]
fn markdown_shows_shaded_cells_as_blocks() {
    let p = tanzania();
    let d = document::build(&p, DonorTemplate::FullProposal, Lang::En);
    let md = markdown::render(&d);
    let start = md.find("## Workplan").expect("workplan heading");
    let section = &md[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
    let in_rows: usize = section
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| l.matches(SHADED_MARK).count())
        .sum();
    assert_eq!(in_rows, runs(&p, Period::Quarter));
    // The caption says what the mark means.
    assert!(section.contains("Shaded cells (\u{25a0})"));
    let review = section
        .lines()
        .find(|l| l.contains("Milestone: Mid-term review"))
        .expect("milestone row");
    let cells: Vec<&str> = review.split('|').map(str::trim).collect();
    // Leading empty piece, name, when, then the twelve quarters.
    assert_eq!(cells[2], "15 June 2028");
    assert_eq!(cells[3 + 5], MILESTONE_MARK);
    assert!(!review.contains(SHADED_MARK));
}

#[test]
fn the_spreadsheet_has_a_row_per_milestone_marked_in_its_month() {
    let p = tanzania();
    let d = dump(&p, Lang::En, "workplan-milestones");
    let plan = workplan(&p, Some(Period::Month));
    let first = plan
        .rows
        .iter()
        .position(|r| r.kind == RowKind::Milestone)
        .unwrap();
    assert_eq!(plan.rows.len() - first, p.logframe.milestones.len());
    for (k, m) in p.logframe.milestones.iter().enumerate() {
        let row = first + k + 2;
        let name = cell(&d, "Workplan", &format!("A{row}"))[0]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(name, format!("Milestone M{} {}", k + 1, m.title));
        // Its month's column: D is the plan's first month.
        let r = &plan.rows[first + k];
        let (col, _) = r.bar().expect("dated");
        let letter = column_letter(3 + col);
        assert_eq!(
            cell(&d, "Workplan", &format!("{letter}{row}"))[0],
            MILESTONE_MARK,
            "{name}"
        );
        assert_eq!(
            d["shaded"][row.to_string()].as_array().map(Vec::len),
            Some(1)
        );
    }
}

/// A zero-based column index as a spreadsheet's letters.
fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap()
}

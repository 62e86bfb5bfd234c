//! The spreadsheet as a programme officer's spreadsheet program reads it: openpyxl (Debian's
//! python3-openpyxl, installed by `make setup-test`) opens the file, and the test checks the
//! sheets, the typed values, the live formulas and the values stored with them.

use asm_proposal::export::{self, ExportOptions, Format};
use asm_proposal::i18n::Lang;
use asm_proposal::model::workplan::{Period, RowKind};
use asm_proposal::model::{load_example, stress_fixture, Proposal};
use serde_json::Value;

/// Every sheet as `{name: {"A1": [formula or value, stored value], ...}}`, and the fill colour
/// of each workplan cell that has one.
const DUMP: &str = r#"
import json, sys, openpyxl
f = openpyxl.load_workbook(sys.argv[1])
v = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {"sheets": f.sheetnames, "cells": {}, "shaded": {}}
for ws in f.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = [c.value, v[ws.title][c.coordinate].value]
    out["cells"][ws.title] = cells
ws = f.worksheets[1]
for row in ws.iter_rows(min_row=2, min_col=4):
    for c in row:
        if c.fill is not None and c.fill.fgColor is not None and c.fill.fill_type == "solid":
            out["shaded"].setdefault(str(c.row), []).append(c.column_letter)
print(json.dumps(out))
"#;

pub(super) fn dump(p: &Proposal, lang: Lang, name: &str) -> Value {
    let file = export::render(p, Format::Xlsx, &ExportOptions::for_proposal(p, lang)).unwrap();
    assert!(file.file_name.ends_with(".xlsx"), "{}", file.file_name);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("xlsx");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.xlsx"));
    std::fs::write(&path, &file.bytes).unwrap();
    for py in ["/usr/bin/python3", "python3"] {
        let Ok(out) = std::process::Command::new(py)
            .arg("-c")
            .arg(DUMP)
            .arg(&path)
            .output()
        else {
            continue;
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("No module named 'openpyxl'") {
            continue;
        }
        assert!(out.status.success(), "openpyxl failed: {stderr}");
        return serde_json::from_slice(&out.stdout).unwrap();
    }
    panic!("openpyxl is not installed: `make setup-test` installs it (Debian's python3-openpyxl)");
}

pub(super) fn cell<'a>(d: &'a Value, sheet: &str, at: &str) -> &'a Value {
    &d["cells"][sheet][at]
}

/// Minor units as the number the sheet holds.
pub(super) fn major(minor: i64, exponent: u32) -> f64 {
    minor as f64 / 10f64.powi(exponent as i32)
}

pub(super) fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-6)
}

#[test]
fn budget_sheet_has_live_formulas_with_the_right_stored_totals() {
    let p = load_example("peru_women_fund").unwrap();
    let d = dump(&p, Lang::En, "peru");
    assert_eq!(
        d["sheets"],
        serde_json::json!(["Logical framework", "Workplan", "Budget", "Risks"])
    );
    let exp = p.currency_exponent().unwrap();
    let n = p.budget.len();
    assert!(n >= 3, "the example has a budget");
    for (i, line) in p.budget.iter().enumerate() {
        let r = i + 2;
        assert_eq!(
            cell(&d, "Budget", &format!("B{r}"))[0],
            line.description.trim()
        );
        assert!(close(
            &cell(&d, "Budget", &format!("D{r}"))[0],
            line.quantity.0 as f64 / 1000.0
        ));
        assert!(close(
            &cell(&d, "Budget", &format!("E{r}"))[0],
            major(line.unit_cost.0, exp)
        ));
        let cost = cell(&d, "Budget", &format!("F{r}"));
        assert_eq!(cost[0], format!("=ROUND(D{r}*E{r},{exp})"));
        assert!(
            close(&cost[1], major(line.cost().unwrap().0, exp)),
            "{cost:?}"
        );
        let req = cell(&d, "Budget", &format!("H{r}"));
        assert_eq!(req[0], format!("=F{r}-G{r}"));
        assert!(
            close(&req[1], major(line.requested().unwrap().0, exp)),
            "{req:?}"
        );
    }
    let t = p.budget_totals().unwrap();
    let total_row = n + 2;
    assert_eq!(cell(&d, "Budget", &format!("A{total_row}"))[0], "Total");
    for (col, want) in [("F", t.cost), ("G", t.cofunding), ("H", t.requested)] {
        let c = cell(&d, "Budget", &format!("{col}{total_row}"));
        assert_eq!(c[0], format!("=SUM({col}2:{col}{})", n + 1));
        assert!(close(&c[1], major(want.0, exp)), "{col}: {c:?}");
    }
    // By category: one SUMIF row per category used, adding up to the total (the block ends
    // at the first empty row).
    let by_cat: f64 = (total_row + 3..total_row + 3 + 12)
        .map_while(|r| {
            let c = cell(&d, "Budget", &format!("B{r}"));
            let f = c[0].as_str()?;
            assert!(f.starts_with("=SUMIF($A$2:$A$"), "{f}");
            c[1].as_f64()
        })
        .sum();
    assert!((by_cat - major(t.cost.0, exp)).abs() < 1e-6, "{by_cat}");
}

#[test]
fn logframe_and_workplan_follow_the_proposal_in_the_document_language() {
    let p = load_example("manica_mineiras").unwrap();
    let d = dump(&p, Lang::Pt, "manica");
    assert_eq!(
        d["sheets"],
        serde_json::json!(["Quadro lógico", "Plano de trabalho", "Orçamento", "Riscos"])
    );
    let lf = "Quadro lógico";
    assert_eq!(cell(&d, lf, "A2")[0], "Objetivo geral");
    assert_eq!(cell(&d, lf, "B2")[0], p.logframe.goal.text.trim());
    let statements: Vec<&str> = d["cells"][lf]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with('B'))
        .filter_map(|(_, v)| v[0].as_str())
        .collect();
    for o in &p.logframe.objectives {
        assert!(statements.contains(&o.text.trim()), "{}", o.text);
    }
    // Workplan: each output, then its activities, shaded over exactly the months each runs.
    let wp = "Plano de trabalho";
    let plan = asm_proposal::model::workplan::workplan(&p, Some(Period::Month));
    let mut activities = 0;
    for (i, r) in plan.rows.iter().enumerate() {
        let row = (i + 2).to_string();
        let name = cell(&d, wp, &format!("A{row}"))[0].as_str().unwrap();
        assert!(name.ends_with(&r.text), "{name}");
        let shaded = d["shaded"][&row].as_array().map_or(0, Vec::len);
        assert_eq!(shaded, r.active.iter().filter(|a| **a).count(), "{name}");
        let (Some(s), Some(e)) = (r.start, r.end) else {
            continue;
        };
        if r.kind == RowKind::Activity {
            activities += 1;
            let months = (i32::from(e.year) * 12 + i32::from(e.month))
                - (i32::from(s.year) * 12 + i32::from(s.month))
                + 1;
            assert_eq!(shaded as i32, months, "activity {name}");
        }
    }
    assert!(activities > 0, "the example's activities are dated");
}

#[test]
fn stress_fixture_and_empty_draft_both_give_a_workbook() {
    let p = stress_fixture();
    let d = dump(&p, Lang::Fr, "stress");
    assert_eq!(d["sheets"][2], "Budget");
    let last = format!("A{}", p.risks.len() + 1);
    assert_eq!(cell(&d, "Risques", &last)[0], p.risks.len() as f64);
    let p = Proposal::new("2026-01-01T00:00:00Z");
    let d = dump(&p, Lang::Es, "empty");
    assert_eq!(
        d["sheets"],
        serde_json::json!(["Marco lógico", "Plan de trabajo", "Presupuesto", "Riesgos"])
    );
    assert_eq!(cell(&d, "Presupuesto", "F2")[0], "=0");
}

#[test]
fn same_draft_same_bytes() {
    let p = load_example("tanzania_health").unwrap();
    let o = ExportOptions::for_proposal(&p, Lang::En);
    let a = export::render(&p, Format::Xlsx, &o).unwrap();
    let b = export::render(&p, Format::Xlsx, &o).unwrap();
    assert_eq!(a.bytes, b.bytes);
}

/// The Risks sheet: one row per risk in the register's order, levels in the document's
/// language, and a live score that recomputes from the likelihood and impact cells.
#[test]
fn risks_sheet_lists_the_register_with_a_live_score() {
    let p = load_example("andean_mercury").unwrap();
    let d = dump(&p, Lang::Fr, "andean-risks");
    let sheet = "Risques";
    assert_eq!(d["sheets"][3], sheet);
    assert_eq!(cell(&d, sheet, "C1")[0], "Risque");
    assert_eq!(cell(&d, sheet, "F1")[0], "Score");
    assert!(p.risks.len() >= 4, "the example has a register");
    for (i, r) in p.risks.iter().enumerate() {
        let n = i + 2;
        assert_eq!(cell(&d, sheet, &format!("A{n}"))[0], (i + 1) as f64);
        assert_eq!(cell(&d, sheet, &format!("C{n}"))[0], r.text.trim());
        assert_eq!(cell(&d, sheet, &format!("G{n}"))[0], r.mitigation.trim());
        assert_eq!(cell(&d, sheet, &format!("H{n}"))[0], r.owner.trim());
        let score = cell(&d, sheet, &format!("F{n}"));
        let formula = score[0].as_str().unwrap_or_default();
        assert!(
            formula.starts_with(&format!("=IF(D{n}=\"Élevée\",3,")),
            "{formula}"
        );
        assert!(
            formula.contains(&format!("IF(E{n}=\"Moyenne\",2,")),
            "{formula}"
        );
        assert!(close(&score[1], f64::from(r.score().unwrap())), "{score:?}");
    }
    // The first risk is high likelihood and high impact.
    assert_eq!(cell(&d, sheet, "D2")[0], "Élevée");
    assert_eq!(cell(&d, sheet, "E2")[0], "Élevée");
    // What each risk threatens, numbered as the logframe numbers it.
    let first = cell(&d, sheet, "I2")[0].as_str().unwrap_or_default();
    assert_eq!(
        first,
        "Objectif global, hypothèse 1\nObjectif spécifique 1\nObjectif spécifique 3"
    );
}

/// A draft without risks still gets its Risks sheet, with only the header.
#[test]
fn an_empty_register_gives_a_header_only_sheet() {
    let p = Proposal::new("2026-11-01T10:00:00Z");
    let d = dump(&p, Lang::En, "no-risks");
    let cells = d["cells"]["Risks"].as_object().unwrap();
    assert!(
        cells.keys().all(|k| k.ends_with('1') && k.len() == 2),
        "{cells:?}"
    );
    assert_eq!(cell(&d, "Risks", "I1")[0], "Threatens");
}

//! For the export tests: the stress proposal, text replacement, well-formedness and inertness
//! checks, and the official IATI files.

pub use super::fixture::good;
use asm_proposal::model::*;

/// A large proposal: ~20 objectives, 60 indicators, 30 partners, 30 risks, 100 budget lines.
pub fn stress() -> Proposal {
    let mut p = good();
    let long = "Lorem ipsum dolor sit amet, artisanal miners organise. ".repeat(8);
    p.logframe.objectives.clear();
    p.partners.clear();
    p.budget.clear();
    p.linkages.clear();
    p.donor.fit.clear();
    p.risks.clear();
    for i in 0..20 {
        let oid = p.new_id();
        let mut o = Objective::new(oid);
        o.text = format!("Objective {i}: {long}");
        for k in 0..2 {
            let id = p.new_id();
            o.indicators.push(Indicator {
                id,
                name: format!("Indicator {i}.{k}"),
                unit: "%".into(),
                numeric: true,
                baseline_value: "10".into(),
                baseline_year: Some(2025),
                target_value: "50".into(),
                target_date: "2028-01-01".into(),
                verification: long.clone(),
                by_sex: true,
                by_age: false,
                ..Default::default()
            });
        }
        let outid = p.new_id();
        let mut out = Output::new(outid);
        out.text = format!("Output {i}");
        let id = p.new_id();
        out.indicators.push(Indicator {
            id,
            name: format!("Output indicator {i}"),
            numeric: false,
            target_value: "done".into(),
            ..Default::default()
        });
        for a in 0..3 {
            let id = p.new_id();
            out.activities.push(Activity {
                id,
                text: format!("Activity {i}.{a}"),
                start: "2026-08-01".into(),
                end: "2027-01-01".into(),
                lead_partner: None,
            });
        }
        o.outputs.push(out);
        let aid = p.new_id();
        o.assumptions.push(Assumption {
            id: aid,
            text: long.clone(),
        });
        let fid = p.new_id();
        p.donor.fit.push(DonorFit {
            id: fid,
            objective_id: oid,
            text: format!("Fits priority {i}"),
        });
        let lid = p.new_id();
        let mut lk = MdgLinkage::new(lid, oid, (i % 18) + 1);
        lk.reason = long.clone();
        p.linkages.push(lk);
        p.logframe.objectives.push(o);
    }
    for i in 0..30 {
        let id = p.new_id();
        p.partners.push(Partner {
            id,
            name: format!("Partner {i}"),
            partner_type: Some(PartnerType::Ngo),
            level: Some(PartnerLevel::Community),
            role: long.clone(),
            contribution: "Staff".into(),
            ..Default::default()
        });
    }
    for i in 0..30 {
        let o = &p.logframe.objectives[i % 20];
        let threatens = vec![o.id, o.assumptions[0].id];
        let id = p.new_id();
        p.risks.push(Risk {
            id,
            category: RiskCategory::ALL[i % RiskCategory::ALL.len()],
            text: format!("Risk {i}: {long}"),
            likelihood: Some(Level::ALL[i % 3]),
            impact: Some(Level::ALL[(i / 3) % 3]),
            mitigation: long.clone(),
            owner: format!("Partner {i}"),
            threatens,
        });
    }
    let cats = BudgetCategory::ALL;
    for i in 0..100 {
        let id = p.new_id();
        p.budget.push(BudgetLine {
            id,
            category: cats[i % cats.len()],
            description: format!("Budget line {i}"),
            unit: "unit".into(),
            quantity: Quantity(1500 + i as i64),
            unit_cost: Money(12_345 + i as i64),
            ..Default::default()
        });
    }
    p
}

/// Keys whose string values are enum ids (replacing them would break deserialisation).
const ENUM_KEYS: &[&str] = &[
    "catalogue",
    "miner_profiles",
    "donor_type",
    "template",
    "partner_type",
    "level",
    "commitment",
    "strength",
    "category",
    "transitions",
    "likelihood",
    "impact",
];

/// The proposal with every free-text string replaced by `text`.
pub fn with_every_text(p: &Proposal, text: &str) -> Proposal {
    with_strings(p, text, CODE_KEYS)
}

/// Keys whose strings the form only keeps as a code or a date (`model::rules`): a draft with
/// anything else there is not exported for a donor at all (`ExportError::Refused`), so the
/// text tests leave them as they are and `with_every_string` covers them.
const CODE_KEYS: &[&str] = &[
    "currency",
    "country_code",
    "start",
    "end",
    "date",
    "target_date",
];

/// Like [`with_every_text`], codes and dates included.
pub fn with_every_string(p: &Proposal, text: &str) -> Proposal {
    with_strings(p, text, &[])
}

fn with_strings(p: &Proposal, text: &str, keep: &[&str]) -> Proposal {
    fn walk(v: &mut serde_json::Value, text: &str, keep: &[&str]) {
        match v {
            serde_json::Value::String(s) => *s = text.to_string(),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, text, keep)),
            serde_json::Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    if !ENUM_KEYS.contains(&k.as_str()) && !keep.contains(&k.as_str()) {
                        walk(x, text, keep);
                    }
                }
            }
            _ => {}
        }
    }
    let mut v: serde_json::Value =
        serde_json::from_str(&asm_proposal::json::to_string(p)).expect("fixture serialises");
    walk(&mut v, text, keep);
    asm_proposal::json::from_str(&v.to_string()).expect("fixture deserialises")
}

use super::wellformed;
use asm_proposal::export::zip;

/// Checks an XML or XHTML text is well-formed and inert: no script/object/embed/iframe
/// element, no event-handler attribute, no `javascript:` (or `data:`/`vbscript:`) URL in an
/// href/src, and no raw `<script` anywhere. Returns the message of the first problem.
pub fn check_xml_inert(xml: &str) -> Result<(), String> {
    let els = wellformed::check(xml)?;
    for e in &els {
        let local = e.name.rsplit(':').next().unwrap_or("").to_ascii_lowercase();
        if matches!(
            local.as_str(),
            "script" | "object" | "embed" | "iframe" | "form" | "base"
        ) {
            return Err(format!("active element <{}>", e.name));
        }
        for (k, v) in &e.attrs {
            let k = k.to_ascii_lowercase();
            if k.starts_with("on") {
                return Err(format!("event handler attribute {k}"));
            }
            let v = v.trim().to_ascii_lowercase();
            if matches!(
                k.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href"
            ) && (v.starts_with("javascript:")
                || v.starts_with("vbscript:")
                || v.starts_with("data:"))
            {
                return Err(format!("active URL in {k}"));
            }
        }
    }
    if xml.to_ascii_lowercase().contains("<script") {
        return Err("raw <script".into());
    }
    Ok(())
}

/// Unzips a .docx and checks every XML part; returns the parts.
pub fn check_docx(bytes: &[u8]) -> Result<Vec<(String, String)>, String> {
    let entries = zip::read_stored(bytes).ok_or("not a readable zip")?;
    let mut parts = Vec::new();
    for (name, data) in entries {
        let text = String::from_utf8(data).map_err(|_| format!("{name} is not UTF-8"))?;
        if name.ends_with(".xml") || name.ends_with(".rels") {
            check_xml_inert(&text).map_err(|e| format!("{name}: {e}"))?;
        }
        parts.push((name, text));
    }
    for required in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
    ] {
        if !parts.iter().any(|(n, _)| n == required) {
            return Err(format!("missing part {required}"));
        }
    }
    Ok(parts)
}

/// Markdown is inert when no raw HTML tag, autolink or inline link with a script URL appears.
/// A `]` or `<` preceded by an odd number of backslashes is escaped text, not syntax.
pub fn check_markdown_inert(md: &str) -> Result<(), String> {
    let lower = md.to_ascii_lowercase();
    let escaped = |at: usize| {
        lower[..at]
            .bytes()
            .rev()
            .take_while(|&b| b == b'\\')
            .count()
            % 2
            == 1
    };
    for bad in [
        "<script",
        "<img",
        "<iframe",
        "<javascript:",
        "](javascript:",
        "](vbscript:",
        "](data:",
    ] {
        let mut from = 0;
        while let Some(p) = lower[from..].find(bad) {
            let at = from + p;
            if !escaped(at) {
                return Err(format!("markdown contains {bad}"));
            }
            from = at + 1;
        }
    }
    Ok(())
}

/// The folder of the official IATI 2.03 files (`schemas/`, `codelists/`) that
/// `scripts/setup.sh test` unpacks from PyPI's pyiati package into the per-user tools folder
/// (`ASMPB_TOOLS`, by default `~/.cache/asm-proposal-tools`).
pub fn iati_dir() -> std::path::PathBuf {
    let tools = match std::env::var_os("ASMPB_TOOLS") {
        Some(t) => std::path::PathBuf::from(t),
        None => std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
            .join(".cache/asm-proposal-tools"),
    };
    tools.join("iati-2.03")
}

/// What to do when the IATI files are missing.
pub const IATI_SETUP_HINT: &str =
    "run `scripts/setup.sh test` (or `make setup-test`), which fetches them from PyPI's pyiati 0.4.1";

/// The official IATI 2.03 activity schema: `IATI_SCHEMA` if set, else the one setup fetched.
pub fn iati_schema() -> String {
    if let Ok(p) = std::env::var("IATI_SCHEMA") {
        return p;
    }
    iati_dir()
        .join("schemas/iati-activities-schema.xsd")
        .to_string_lossy()
        .into_owned()
}

/// Runs xmllint against the IATI 2.03 schema. The test command's setup installs xmllint and
/// fetches the schema, so a missing one is a failure with a message, never a skip.
pub fn xmllint_iati(xml: &str, name: &str) -> Option<Result<(), String>> {
    let schema = iati_schema();
    assert!(
        std::path::Path::new(&schema).exists(),
        "the IATI schema is missing at {schema}: {IATI_SETUP_HINT} (or set IATI_SCHEMA)"
    );
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("iati");
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!("{name}.xml"));
    std::fs::write(&path, xml).ok()?;
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", &schema])
        .arg(&path)
        .output();
    match out {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("xmllint is not installed: `make setup-test` installs it (libxml2-utils)")
        }
        Err(e) => Some(Err(e.to_string())),
        Ok(o) if o.status.success() => Some(Ok(())),
        Ok(o) => Some(Err(String::from_utf8_lossy(&o.stderr)
            .chars()
            .take(2000)
            .collect())),
    }
}

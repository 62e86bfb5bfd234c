//! Shared fixtures and checks for the export tests.
#![allow(dead_code)]

use asm_proposal::model::*;

/// A realistic, complete proposal (gold miners in southern Peru).
pub fn sample() -> Proposal {
    let mut p = Proposal::new("2026-03-02T09:30:00Z");
    p.touch("2026-04-15T16:45:10Z");
    let c = &mut p.context;
    c.title = "Mercury-free gold for Santa Filomena".into();
    c.applicant = "Sociedad de Trabajadores Mineros Santa Filomena (SOTRAMI)".into();
    c.country_name = "Peru".into();
    c.country_code = "PE".into();
    c.sites = vec!["Santa Filomena, Ayacucho".into()];
    c.minerals = vec!["Gold".into()];
    c.community.description = "About 120 families live at 2,300 m in the Andes; most adults work in the mine or in ore processing.".into();
    c.community.miner_profiles = vec![MinerProfile::Permanent, MinerProfile::ComplexGroup];
    c.community.population = Some(600);
    c.community.women_percent = Some(45);
    c.community.children_working = Some(40);
    c.problem.statement = "Ore is amalgamated with mercury in homes, and women who rework tailings (pallaqueras) earn the least.".into();
    c.duration.start = "2026-07-01".into();
    c.duration.end = "2028-06-30".into();
    c.amount_requested = Money(15_000_000);
    c.currency = "USD".into();
    c.donor.name = "Fondo Ambiental".into();
    c.donor.donor_type = Some(DonorType::Foundation);
    c.template = DonorTemplate::FullProposal;
    let e = p.new_id();
    p.context.problem.evidence.push(Evidence {
        id: e,
        text: "A 2025 survey found mercury vapour above the WHO limit in 7 of 10 homes.".into(),
        source: "Community health survey, March 2025".into(),
    });
    let pr1 = p.new_id();
    let mut pri = Priority::catalogue(pr1, Issue::MercuryEnvironment);
    pri.why = "Mercury is burnt in kitchens.".into();
    pri.community_words = "\"The smoke of the azogue\"".into();
    p.priorities.push(pri);
    let pr2 = p.new_id();
    let mut pri = Priority::catalogue(pr2, Issue::Gender);
    pri.why = "Pallaqueras earn a third of what men earn.".into();
    p.priorities.push(pri);

    p.logframe.goal.text =
        "Healthier livelihoods from responsible gold mining in Santa Filomena.".into();
    let gi = p.new_id();
    p.logframe.goal.indicators.push(Indicator {
        id: gi,
        name: "Households above the poverty line".into(),
        unit: "%".into(),
        numeric: true,
        baseline_value: "35".into(),
        baseline_year: Some(2025),
        target_value: "50".into(),
        target_date: "2028-06-30".into(),
        verification: "District household survey".into(),
        by_sex: false,
        by_age: false,
    });
    let o1 = p.new_id();
    let mut obj = Objective::new(o1);
    obj.text = "Replace home amalgamation with a shared mercury-free plant.".into();
    obj.priority_ids = vec![pr1];
    let i1 = p.new_id();
    obj.indicators.push(Indicator {
        id: i1,
        name: "Mercury used".into(),
        unit: "kg/year".into(),
        numeric: true,
        baseline_value: "180".into(),
        baseline_year: Some(2025),
        target_value: "20".into(),
        target_date: "2028-06-30".into(),
        verification: "Plant register".into(),
        by_sex: false,
        by_age: false,
    });
    let a1 = p.new_id();
    obj.assumptions.push(Assumption {
        id: a1,
        text: "Gold price stays above USD 1,800/oz".into(),
    });
    let out1 = p.new_id();
    let mut out = Output::new(out1);
    out.text = "Gravity plant installed and run by the cooperative.".into();
    let oi = p.new_id();
    out.indicators.push(Indicator {
        id: oi,
        name: "Plant operational".into(),
        numeric: false,
        baseline_value: "No plant".into(),
        baseline_year: Some(2025),
        target_value: "Plant operating 20 days a month".into(),
        target_date: "2027-06-30".into(),
        verification: "Operation logs".into(),
        ..Default::default()
    });
    let act = p.new_id();
    out.activities.push(Activity {
        id: act,
        text: "Buy and install shaking tables".into(),
        start: "2026-08-01".into(),
        end: "2026-12-31".into(),
        lead_partner: None,
    });
    obj.outputs.push(out);
    p.logframe.objectives.push(obj);
    let o2 = p.new_id();
    let mut obj = Objective::new(o2);
    obj.text = "Raise the income of women tailings reworkers.".into();
    obj.priority_ids = vec![pr2];
    let i2 = p.new_id();
    obj.indicators.push(Indicator {
        id: i2,
        name: "Monthly income of pallaqueras".into(),
        unit: "PEN".into(),
        numeric: true,
        baseline_value: "400".into(),
        baseline_year: Some(2025),
        target_value: "900".into(),
        target_date: "2028-06-30".into(),
        verification: "Cooperative payroll".into(),
        by_sex: true,
        by_age: true,
    });
    p.logframe.objectives.push(obj);

    let l1 = p.new_id();
    let mut lk = MdgLinkage::new(l1, o1, 9);
    lk.reason = "Less mercury released to soil and water.".into();
    lk.extra_sdgs = vec![12];
    p.linkages.push(lk);
    let l2 = p.new_id();
    let mut lk = MdgLinkage::new(l2, o2, 4);
    lk.reason = "Women's income and voice in the cooperative.".into();
    p.linkages.push(lk);

    p.donor.stated_priorities = vec!["Mercury reduction under the Minamata Convention".into()];
    let f = p.new_id();
    p.donor.fit.push(DonorFit {
        id: f,
        objective_id: o1,
        text: "Directly cuts mercury use.".into(),
    });
    p.donor.national_strategy.name = "National Plan for Mercury (Minamata)".into();
    p.donor.national_strategy.fit = "The plant is a pilot under the national plan.".into();
    let fc = p.new_id();
    p.donor.funding_cycle.push(DatedEvent {
        id: fc,
        date: "2026-05-31".into(),
        title: "Call closes".into(),
        note: String::new(),
    });

    let pa = p.new_id();
    p.partners.push(Partner {
        id: pa,
        name: "Red Social".into(),
        partner_type: Some(PartnerType::Ngo),
        level: Some(PartnerLevel::NationalPolicy),
        role: "Technical assistance".into(),
        contribution: "Two engineers part-time".into(),
        commitment: Commitment::Confirmed,
        champion: true,
        objective_ids: vec![o1],
    });
    let pb = p.new_id();
    p.partners.push(Partner {
        id: pb,
        name: "Municipality of Sancos".into(),
        partner_type: Some(PartnerType::LocalGovernment),
        level: Some(PartnerLevel::CommunityLocalGovernment),
        role: "Land for the plant".into(),
        commitment: Commitment::InDiscussion,
        ..Default::default()
    });

    let au = p.new_id();
    p.communication.audiences.push(Audience {
        id: au,
        name: "Regional health directorate".into(),
        interest: "Mercury exposure in homes".into(),
    });
    let sm = p.new_id();
    p.communication.specific_messages.push(SpecificMessage {
        id: sm,
        audience_id: au,
        text: "A plant removes mercury from kitchens.".into(),
    });
    p.communication.general_message =
        "Gold without mercury is possible, and miners are doing it.".into();
    let st = p.new_id();
    p.communication.stories.push(SuccessStory {
        id: st,
        title: "Fair-trade certification".into(),
        text: "In 2011 the cooperative obtained Fairtrade and Fairmined certification.".into(),
        source: "Fairtrade Foundation register".into(),
    });
    let ev = p.new_id();
    p.communication.events.push(DatedEvent {
        id: ev,
        date: "2026-10-15".into(),
        title: "Open day at the plant".into(),
        note: "With the regional press".into(),
    });
    let me = p.new_id();
    p.communication.measures.push(Measure {
        id: me,
        text: "Articles in regional press".into(),
    });

    let b1 = p.new_id();
    p.budget.push(BudgetLine {
        id: b1,
        category: BudgetCategory::Equipment,
        description: "Shaking tables".into(),
        unit: "table".into(),
        quantity: Quantity::whole(2),
        unit_cost: Money(4_500_000),
        objective_id: Some(o1),
        cofunding: Money(1_000_000),
        cofunding_source: "Cooperative".into(),
    });
    let b2 = p.new_id();
    p.budget.push(BudgetLine {
        id: b2,
        category: BudgetCategory::Training,
        description: "Training for pallaqueras".into(),
        unit: "workshop".into(),
        quantity: Quantity(2500),
        unit_cost: Money(200_000),
        objective_id: Some(o2),
        ..Default::default()
    });
    p.sustainability.transitions = vec![Transition::ArtisanalToSmallScale];
    p.sustainability.formalisation = "The cooperative holds its concession.".into();
    p
}

/// A large proposal: ~20 objectives, 60 indicators, 30 partners, 100 budget lines.
pub fn stress() -> Proposal {
    let mut p = sample();
    let long = "Lorem ipsum dolor sit amet, artisanal miners organise. ".repeat(8);
    p.logframe.objectives.clear();
    p.partners.clear();
    p.budget.clear();
    p.linkages.clear();
    p.donor.fit.clear();
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

use asm_proposal::export::{wellformed, zip};

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

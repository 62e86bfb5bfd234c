//! IATI activity XML (standard 2.03): the proposal as a *pipeline* activity a donor's systems
//! can ingest.
//!
//! Element order follows the 2.03 schema's sequence exactly (the schema is order-sensitive), and
//! everything written validates against `iati-activities-schema.xsd`; a native test runs
//! `xmllint --schema` whenever it is installed. Codes used: ActivityStatus 1 (pipeline),
//! OrganisationRole 1–4, OrganisationType, ActivityDateType 1/3, SectorVocabulary 1 (DAC 5),
//! TagVocabulary 2/3 (SDG goals/targets), ResultType 1/2/3, IndicatorMeasure 1/2/5,
//! BudgetType 1 (original), BudgetStatus 1 (indicative), one budget per project year.

use super::escape::{push_xml_text, xml_attr};
use super::filename;
use crate::i18n::Lang;
use crate::model::date::{is_valid_timestamp, parse_date};
use crate::model::money::is_known_currency;
use crate::model::org_id::check_org_identifier;
use crate::model::{
    budget, DonorType, Indicator, Issue, Money, OrganisationType, PartnerType, PriorityIssue,
    Proposal,
};

/// The reporting organisation's identifier: the applicant's IATI identifier when it is well
/// formed ([`check_org_identifier`]), otherwise [`default_org_ref`].
pub fn reporting_org_ref(p: &Proposal) -> String {
    let given = p.context.org_identifier.trim();
    if !given.is_empty() && check_org_identifier(given).is_ok() {
        given.to_string()
    } else {
        default_org_ref(p)
    }
}

/// The organisation identifier used for the reporting organisation when the person has not
/// given one (or gave one that is not well formed): the country code, `ASM`, and the
/// applicant's name made safe. `ASM` is no registration agency, so a registry refuses it, as
/// it should a draft whose organisation is not named.
pub fn default_org_ref(p: &Proposal) -> String {
    let cc = p.context.country_code.trim();
    let cc = if cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()) {
        cc
    } else {
        "XX"
    };
    format!(
        "{cc}-ASM-{}",
        filename::stem(&p.context.applicant, "applicant")
    )
}

/// The activity identifier: organisation ref, `-`, and a sanitised id made from the title and
/// the draft's creation date (stable across edits of anything but the title).
pub fn activity_identifier(p: &Proposal, org_ref: &str) -> String {
    let date: String = p
        .meta
        .created
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(8)
        .collect();
    let stem = filename::stem(&p.context.title, "proposal");
    let stem: String = stem.chars().take(40).collect();
    if date.is_empty() {
        format!("{org_ref}-{stem}")
    } else {
        format!("{org_ref}-{stem}-{date}")
    }
}

fn org_type_of_partner(t: PartnerType) -> &'static str {
    match t {
        PartnerType::CommunityOrganisation
        | PartnerType::MinersAssociation
        | PartnerType::Cooperative => "24",
        PartnerType::Ngo => "22",
        PartnerType::LocalGovernment => "11",
        PartnerType::NationalGovernment | PartnerType::DonorAgency => "10",
        PartnerType::PrivateSector => "70",
        PartnerType::Academic => "80",
        PartnerType::InternationalOrganisation => "40",
        PartnerType::Media | PartnerType::HealthService => "90",
    }
}

/// IATI OrganisationType code of the applicant; a partner-country NGO (the usual applicant:
/// a cooperative or local NGO) when not chosen.
fn org_type_of_applicant(t: Option<OrganisationType>) -> &'static str {
    match t {
        Some(OrganisationType::Government) => "10",
        Some(OrganisationType::LocalGovernment) => "11",
        Some(OrganisationType::OtherPublicSector) => "15",
        Some(OrganisationType::InternationalNgo) => "21",
        Some(OrganisationType::NationalNgo) => "22",
        Some(OrganisationType::RegionalNgo) => "23",
        Some(OrganisationType::PartnerCountryNgo) | None => "24",
        Some(OrganisationType::PublicPrivatePartnership) => "30",
        Some(OrganisationType::Multilateral) => "40",
        Some(OrganisationType::Foundation) => "60",
        Some(OrganisationType::PrivateSector) => "70",
        Some(OrganisationType::Academic) => "80",
        Some(OrganisationType::Other) => "90",
    }
}

fn org_type_of_donor(t: DonorType) -> &'static str {
    match t {
        DonorType::Bilateral | DonorType::LineMinistry => "10",
        DonorType::MultilateralTrustFund | DonorType::ConflictAgency => "40",
        DonorType::PrivateSector => "70",
        DonorType::Foundation => "60",
    }
}

/// The DAC 5-digit sector for a priority issue.
fn dac_of_issue(i: Issue) -> &'static str {
    match i {
        Issue::LegalStatus | Issue::LandMineralRights | Issue::GovernanceTransparency => "32210",
        Issue::Technology => "32220",
        Issue::MercuryEnvironment => "41010",
        Issue::Health => "12220",
        Issue::Education => "11220",
        Issue::Gender => "15170",
        Issue::ChildLabour => "15160",
        Issue::MarketAccess => "32130",
        Issue::AlternativeLivelihoods | Issue::Poverty => "43040",
        Issue::Conflict => "15220",
        Issue::Misperception | Issue::Marginalisation => "15150",
        Issue::Vulnerability | Issue::Mobility => "16010",
    }
}

/// The mining sub-sector from what is mined: precious (32265), non-ferrous (32264),
/// industrial (32266); unknown minerals give the general mining policy code (32210).
fn dac_of_minerals(minerals: &[String]) -> &'static str {
    const PRECIOUS: &[&str] = &[
        "gold",
        "or",
        "oro",
        "ouro",
        "silver",
        "argent",
        "plata",
        "prata",
        "platinum",
        "platine",
        "diamond",
        "diamant",
        "diamante",
        "gem",
        "gems",
        "gemstone",
        "gemstones",
        "sapphire",
        "saphir",
        "ruby",
        "rubis",
        "emerald",
        "émeraude",
        "tanzanite",
        "opal",
        "opale",
    ];
    const NON_FERROUS: &[&str] = &[
        "tin",
        "étain",
        "copper",
        "cuivre",
        "cobre",
        "coltan",
        "tantalum",
        "tantale",
        "cobalt",
        "zinc",
        "lead",
        "plomb",
        "tungsten",
        "wolframite",
        "cassiterite",
        "cassitérite",
        "lithium",
    ];
    const INDUSTRIAL: &[&str] = &[
        "sand",
        "sable",
        "gravel",
        "gravier",
        "clay",
        "argile",
        "limestone",
        "calcaire",
        "gypsum",
        "gypse",
        "salt",
        "sel",
        "kaolin",
        "marble",
        "marbre",
        "granite",
        "stone",
        "pierre",
        "mica",
    ];
    let words: Vec<String> = minerals
        .iter()
        .flat_map(|m| {
            m.split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let any = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    if any(PRECIOUS) {
        "32265"
    } else if any(NON_FERROUS) {
        "32264"
    } else if any(INDUSTRIAL) {
        "32266"
    } else {
        "32210"
    }
}

/// The sectors, mining first, then one per ranked priority, without repeats.
pub fn sectors(p: &Proposal) -> Vec<&'static str> {
    let mut v = vec![dac_of_minerals(&p.context.minerals)];
    for pr in &p.priorities {
        if let PriorityIssue::Catalogue(i) = pr.issue {
            let code = dac_of_issue(i);
            if !v.contains(&code) {
                v.push(code);
            }
        }
    }
    v
}

fn narrative(o: &mut String, text: &str) {
    o.push_str("<narrative>");
    push_xml_text(o, text.trim());
    o.push_str("</narrative>");
}

fn valid_date(s: &str) -> Option<String> {
    parse_date(s.trim()).map(|d| d.to_string())
}

/// The valid dates of one kind (start or end) of every activity in the logframe, as
/// `YYYY-MM-DD` (which sort as dates).
fn workplan_bound<'a>(
    p: &'a Proposal,
    date: impl Fn(&'a crate::model::Activity) -> &'a String + 'a,
) -> impl Iterator<Item = String> + 'a {
    p.logframe
        .objectives
        .iter()
        .flat_map(|o| o.outputs.iter())
        .flat_map(|o| o.activities.iter())
        .filter_map(move |a| valid_date(date(a)))
}

/// Renders the IATI activity file.
pub fn render(p: &Proposal, lang: Lang) -> String {
    let c = &p.context;
    let org = reporting_org_ref(p);
    let org_type = org_type_of_applicant(c.org_type);
    let mut o = String::with_capacity(32 * 1024);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\"");
    let ts = is_valid_timestamp(p.meta.updated.trim()).then(|| p.meta.updated.trim().to_string());
    if let Some(ts) = &ts {
        o.push_str(&format!(" generated-datetime=\"{}\"", xml_attr(ts)));
    }
    o.push_str(">\n<iati-activity");
    if let Some(ts) = &ts {
        o.push_str(&format!(" last-updated-datetime=\"{}\"", xml_attr(ts)));
    }
    o.push_str(&format!(" xml:lang=\"{}\"", lang.code()));
    let currency = c.currency.trim();
    let known_currency = is_known_currency(currency);
    if known_currency {
        o.push_str(&format!(" default-currency=\"{currency}\""));
    }
    o.push_str(">\n");

    o.push_str("<iati-identifier>");
    push_xml_text(&mut o, &activity_identifier(p, &org));
    o.push_str("</iati-identifier>\n");

    o.push_str(&format!(
        "<reporting-org ref=\"{}\" type=\"{org_type}\">",
        xml_attr(&org)
    ));
    narrative(
        &mut o,
        if c.applicant.trim().is_empty() {
            &org
        } else {
            &c.applicant
        },
    );
    o.push_str("</reporting-org>\n<title>");
    narrative(&mut o, &super::document::title_of(p));
    o.push_str("</title>\n");

    // Descriptions: 1 general (always present: the schema requires one), 2 objectives,
    // 3 target groups.
    let mut general = c.problem.statement.trim().to_string();
    if general.is_empty() {
        general = super::document::title_of(p);
    }
    o.push_str("<description type=\"1\">");
    narrative(&mut o, &general);
    o.push_str("</description>\n");
    let mut objectives: Vec<String> = Vec::new();
    if !p.logframe.goal.text.trim().is_empty() {
        objectives.push(p.logframe.goal.text.trim().to_string());
    }
    for (i, ob) in p.logframe.objectives.iter().enumerate() {
        if !ob.text.trim().is_empty() {
            objectives.push(format!("{}. {}", i + 1, ob.text.trim()));
        }
    }
    if !objectives.is_empty() {
        o.push_str("<description type=\"2\">");
        narrative(&mut o, &objectives.join("\n"));
        o.push_str("</description>\n");
    }
    if !c.community.description.trim().is_empty() {
        o.push_str("<description type=\"3\">");
        narrative(&mut o, &c.community.description);
        o.push_str("</description>\n");
    }

    // Participating organisations.
    let donor_name = c.donor.name.trim();
    if !donor_name.is_empty() || c.donor.donor_type.is_some() {
        let ty = c
            .donor
            .donor_type
            .map(|t| format!(" type=\"{}\"", org_type_of_donor(t)))
            .unwrap_or_default();
        for role in ["1", "3"] {
            o.push_str(&format!("<participating-org role=\"{role}\"{ty}>"));
            if !donor_name.is_empty() {
                narrative(&mut o, donor_name);
            }
            o.push_str("</participating-org>\n");
        }
    }
    for role in ["2", "4"] {
        o.push_str(&format!(
            "<participating-org ref=\"{}\" role=\"{role}\" type=\"{org_type}\">",
            xml_attr(&org)
        ));
        if !c.applicant.trim().is_empty() {
            narrative(&mut o, &c.applicant);
        }
        o.push_str("</participating-org>\n");
    }
    for pt in &p.partners {
        if pt.name.trim().is_empty() {
            continue;
        }
        let ty = pt
            .partner_type
            .map(|t| format!(" type=\"{}\"", org_type_of_partner(t)))
            .unwrap_or_default();
        o.push_str(&format!("<participating-org role=\"4\"{ty}>"));
        narrative(&mut o, &pt.name);
        o.push_str("</participating-org>\n");
    }

    o.push_str("<activity-status code=\"1\"/>\n");
    // The project's dates, or where the context leaves one out, the workplan's: its first
    // activity's start, its last activity's end.
    let start = valid_date(&c.duration.start).or_else(|| workplan_bound(p, |a| &a.start).min());
    let end = valid_date(&c.duration.end).or_else(|| workplan_bound(p, |a| &a.end).max());
    // The schema requires at least one date; a draft without dates falls back to the day it
    // was created, as a planned start.
    let fallback_start = || {
        p.meta
            .created
            .get(..10)
            .and_then(valid_date)
            .or_else(|| p.meta.updated.get(..10).and_then(valid_date))
    };
    let start_or_fallback = start
        .clone()
        .or_else(fallback_start)
        .unwrap_or_else(|| "2000-01-01".to_string());
    if start.is_some() || end.is_none() {
        o.push_str(&format!(
            "<activity-date type=\"1\" iso-date=\"{start_or_fallback}\"/>\n"
        ));
    }
    if let Some(e) = &end {
        o.push_str(&format!("<activity-date type=\"3\" iso-date=\"{e}\"/>\n"));
    }
    if crate::model::context::is_known_country(c.country_code.trim()) {
        o.push_str(&format!(
            "<recipient-country code=\"{}\"",
            c.country_code.trim()
        ));
        if c.country_name.trim().is_empty() {
            o.push_str("/>\n");
        } else {
            o.push('>');
            narrative(&mut o, &c.country_name);
            o.push_str("</recipient-country>\n");
        }
    }

    // Sectors: percentages of one vocabulary must add up to 100.
    let secs = sectors(p);
    let n = secs.len() as u32;
    for (i, code) in secs.iter().enumerate() {
        let pct = 100 / n + if i == 0 { 100 % n } else { 0 };
        o.push_str(&format!(
            "<sector vocabulary=\"1\" code=\"{code}\" percentage=\"{pct}\"/>\n"
        ));
    }

    // SDG tags from the MDG linkages.
    let (goals, targets) = sdg_tags(p);
    for g in goals {
        o.push_str(&format!("<tag vocabulary=\"2\" code=\"{g}\"/>\n"));
    }
    for t in targets {
        o.push_str(&format!(
            "<tag vocabulary=\"3\" code=\"{}\"/>\n",
            xml_attr(&t)
        ));
    }

    budgets(&mut o, p, &start, &end);

    // Results: impact (goal), outcomes (objectives), outputs; only levels with indicators,
    // because the schema requires at least one indicator per result.
    let period = (start.clone(), end.clone());
    let lf = &p.logframe;
    result(&mut o, "3", &lf.goal.text, &lf.goal.indicators, &period);
    for ob in &lf.objectives {
        result(&mut o, "2", &ob.text, &ob.indicators, &period);
        for out in &ob.outputs {
            result(&mut o, "1", &out.text, &out.indicators, &period);
        }
    }
    o.push_str("</iati-activity>\n</iati-activities>\n");
    o
}

/// Budgets: one per project year (BudgetType 1 original, BudgetStatus 1 indicative), each
/// period inside the activity's dates and at most a year long, as IATI asks; the value is the
/// year's planned cost ([`budget::cost_by_year`]: lines planned by year count their years,
/// others their cost spread evenly). Without budget lines, the amount requested over the whole
/// period. Nothing without both dates, or when an amount overflows.
fn budgets(o: &mut String, p: &Proposal, start: &Option<String>, end: &Option<String>) {
    let (Some(s), Some(e)) = (start, end) else {
        return;
    };
    let periods = budget::year_periods(&p.context.duration);
    let values: Vec<(String, String, Money)> = if p.budget.is_empty() {
        if p.context.amount_requested.0 == 0 {
            return;
        }
        vec![(s.clone(), e.clone(), p.context.amount_requested)]
    } else {
        let Some(by_year) = budget::cost_by_year(&p.budget, periods.len()) else {
            return;
        };
        periods
            .iter()
            .zip(by_year)
            .map(|((a, b), m)| (a.to_string(), b.to_string(), m))
            .collect()
    };
    let currency = p.context.currency.trim();
    let exp = p.currency_exponent().unwrap_or(2);
    for (from, to, value) in values {
        o.push_str(&format!(
            "<budget type=\"1\" status=\"1\"><period-start iso-date=\"{from}\"/><period-end iso-date=\"{to}\"/><value"
        ));
        if is_known_currency(currency) {
            o.push_str(&format!(" currency=\"{currency}\""));
        }
        o.push_str(&format!(
            " value-date=\"{from}\">{}</value></budget>\n",
            value.format(exp)
        ));
    }
}

/// SDG goal numbers and SDG target codes reached through the MDG linkages, sorted.
fn sdg_tags(p: &Proposal) -> (Vec<u32>, Vec<String>) {
    let mut goals: Vec<u32> = Vec::new();
    let mut targets: Vec<String> = Vec::new();
    for lk in &p.linkages {
        for (g, t) in super::value_names::sdgs_of_mdg_target(lk.mdg_target) {
            goals.push(g as u32);
            if let Some(t) = t {
                targets.push(t);
            }
        }
        goals.extend(
            lk.extra_sdgs
                .iter()
                .copied()
                .filter(|n| (1..=17).contains(n)),
        );
    }
    goals.sort_unstable();
    goals.dedup();
    targets.sort();
    targets.dedup();
    (goals, targets)
}

fn measure(ind: &Indicator) -> &'static str {
    if !ind.numeric {
        "5"
    } else if ind.unit.trim() == "%" {
        "2"
    } else {
        "1"
    }
}

/// A decimal as IATI wants it for numeric measures (`1 234,5` → `1234.5`), or `None`.
fn decimal(s: &str) -> Option<String> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '%'))
        .collect();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.replace(',', "")
    };
    let body = t.strip_prefix('-').unwrap_or(&t);
    let ok = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|&c| c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    ok.then_some(t)
}

fn value_and_comment(o: &mut String, ind: &Indicator, raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match (measure(ind), decimal(raw)) {
        ("1" | "2", Some(v)) => {
            o.push_str(&format!(" value=\"{}\"", xml_attr(&v)));
            None
        }
        // Qualitative (or unreadable) values travel as a comment so nothing is lost.
        _ => Some(raw.to_string()),
    }
}

fn result(
    o: &mut String,
    ty: &str,
    text: &str,
    indicators: &[Indicator],
    period: &(Option<String>, Option<String>),
) {
    if indicators.is_empty() {
        return;
    }
    o.push_str(&format!("<result type=\"{ty}\"><title>"));
    narrative(o, text);
    o.push_str("</title>");
    for ind in indicators {
        o.push_str(&format!("<indicator measure=\"{}\"><title>", measure(ind)));
        let mut name = ind.name.trim().to_string();
        if !ind.unit.trim().is_empty() && ind.unit.trim() != "%" {
            name.push_str(&format!(" ({})", ind.unit.trim()));
        }
        narrative(o, &name);
        o.push_str("</title>");
        if !ind.verification.trim().is_empty() {
            o.push_str("<description>");
            narrative(o, &ind.verification);
            o.push_str("</description>");
        }
        if let Some(year) = ind.baseline_year.filter(|y| *y > 0) {
            o.push_str(&format!("<baseline year=\"{year}\""));
            let comment = value_and_comment(o, ind, &ind.baseline_value);
            match comment {
                Some(cm) => {
                    o.push_str("><comment>");
                    narrative(o, &cm);
                    o.push_str("</comment></baseline>");
                }
                None => o.push_str("/>"),
            }
        }
        let period_end = valid_date(&ind.target_date).or_else(|| period.1.clone());
        if let (Some(s), Some(e)) = (&period.0, &period_end) {
            if !ind.target_value.trim().is_empty() && s <= e {
                o.push_str(&format!(
                    "<period><period-start iso-date=\"{s}\"/><period-end iso-date=\"{e}\"/><target"
                ));
                match value_and_comment(o, ind, &ind.target_value) {
                    Some(cm) => {
                        o.push_str("><comment>");
                        narrative(o, &cm);
                        o.push_str("</comment></target>");
                    }
                    None => o.push_str("/>"),
                }
                o.push_str("</period>");
            }
        }
        o.push_str("</indicator>");
    }
    o.push_str("</result>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal("1 234,5").as_deref(), Some("1234.5"));
        assert_eq!(decimal("1,234.5").as_deref(), Some("1234.5"));
        assert_eq!(decimal("40 %").as_deref(), Some("40"));
        assert_eq!(decimal("-3").as_deref(), Some("-3"));
        assert_eq!(decimal("law adopted"), None);
        assert_eq!(decimal("1.2.3"), None);
        assert_eq!(decimal("."), None);
    }

    #[test]
    fn mining_sector_from_minerals() {
        assert_eq!(dac_of_minerals(&["Alluvial gold".into()]), "32265");
        assert_eq!(dac_of_minerals(&["cassiterite (tin)".into()]), "32264");
        assert_eq!(dac_of_minerals(&["Sable et gravier".into()]), "32266");
        assert_eq!(dac_of_minerals(&[]), "32210");
    }
}

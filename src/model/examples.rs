//! Worked example proposals, embedded in the binary so they work offline. They show a drafter
//! what a complete proposal looks like, seed "start from an example", and double as test
//! fixtures (each must import and validate with zero problems).

use super::migrate::import_json;
use super::Proposal;

/// What the "start from an example" list shows before loading one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExampleInfo {
    /// Stable id, also the file name in `data/examples/` without `.json`.
    pub id: &'static str,
    /// The example's proposal title.
    pub title: &'static str,
    /// ISO 3166-1 alpha-2 code of the (lead) country.
    pub country_code: &'static str,
    /// One line on what the example shows.
    pub summary: &'static str,
}

struct Example {
    info: ExampleInfo,
    json: &'static str,
}

const EXAMPLES: &[Example] = &[
    Example {
        info: ExampleInfo {
            id: "peru_women_fund",
            title: "Mothers' fund, children in school: a women's lending fund to end child labour in the gold mines of Santa Filomena",
            country_code: "PE",
            summary: "Women's savings and lending fund against child labour in an artisanal gold community of southern Peru (after CooperAcción's work).",
        },
        json: include_str!("../../data/examples/peru_women_fund.json"),
    },
    Example {
        info: ExampleInfo {
            id: "tanzania_health",
            title: "Health at the pit: preventing HIV/AIDS, malaria and TB in Geita's artisanal gold-mining communities",
            country_code: "TZ",
            summary: "HIV/AIDS, malaria and TB prevention at Tanzanian mine sites (after AMREF's mine health programme).",
        },
        json: include_str!("../../data/examples/tanzania_health.json"),
    },
    Example {
        info: ExampleInfo {
            id: "andean_mercury",
            title: "Legal and mercury-free: recognition and cleaner gold processing for Andean artisanal miners in Peru, Bolivia and Ecuador",
            country_code: "PE",
            summary: "Mercury reduction with legal recognition for Andean gold miners (after Projekt Consult's SDC projects).",
        },
        json: include_str!("../../data/examples/andean_mercury.json"),
    },
];

/// The available examples, in display order.
pub fn examples() -> Vec<ExampleInfo> {
    EXAMPLES.iter().map(|e| e.info).collect()
}

/// Loads an example by id through the normal import path; `None` for an unknown id (or, which
/// tests rule out, an example file that fails to import).
pub fn load_example(id: &str) -> Option<Proposal> {
    let e = EXAMPLES.iter().find(|e| e.info.id == id)?;
    import_json(e.json.as_bytes()).ok()
}

/// The raw JSON text of an example, for tests and for "download the example".
pub fn example_json(id: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|e| e.info.id == id).map(|e| e.json)
}

//! Worked example proposals. They show a drafter what a complete proposal looks like, seed
//! "start from an example", and double as test fixtures (each must import and validate with
//! zero problems).
//!
//! The list below is the one place an example is named. Its metadata ([`ExampleInfo`]: a few
//! hundred bytes) is compiled into every build so the drafts screen can offer the examples at
//! once. The JSON text of each example (`data/examples/<id>.json`, about 190 KB in all) is
//! compiled only into native builds ([`example_json`], [`load_example`]: tests, tools,
//! benchmarks). The web app keeps it out of the wasm: trunk copies `data/examples/` to
//! `dist/examples/` (`index.html`), the service worker precaches those files with the rest of
//! the build, and the drafts screen fetches one from [`ExampleInfo::url`] when the person picks
//! it, then imports it through [`import_json`](super::import_json) like any draft file.

#[cfg(not(target_arch = "wasm32"))]
mod embedded;
#[cfg(not(target_arch = "wasm32"))]
pub use embedded::{example_json, load_example};

/// The folder of the built site, next to `index.html`, that holds `<id>.json` for each example
/// (trunk's `copy-dir` of `data/examples` in `index.html`).
pub const EXAMPLES_DIR: &str = "examples";

/// What the "start from an example" list shows before loading one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExampleInfo {
    /// Stable id, also the file name in `data/examples/` without `.json`.
    pub id: &'static str,
    /// The example's proposal title, in the example's language.
    pub title: &'static str,
    /// ISO 3166-1 alpha-2 code of the (lead) country.
    pub country_code: &'static str,
    /// One line on what the example shows, in the example's language.
    pub summary: &'static str,
    /// The language the example is written in (its title, summary and proposal text); the
    /// drafts screen marks the example's entry with it.
    pub lang: crate::i18n::Lang,
}

impl ExampleInfo {
    /// Where the web app fetches the example's JSON: relative to the page, so the site works
    /// from any folder of any host.
    pub fn url(&self) -> String {
        format!("{EXAMPLES_DIR}/{}.json", self.id)
    }
}

/// Declares the examples once: their metadata for every build and, for native builds only,
/// their JSON text (`include_str!` needs each file name written out, hence a macro).
macro_rules! worked_examples {
    ($($id:literal => { title: $title:literal, country_code: $cc:literal, summary: $summary:literal, lang: $lang:ident $(,)? }),+ $(,)?) => {
        const EXAMPLES: &[ExampleInfo] = &[$(ExampleInfo {
            id: $id,
            title: $title,
            country_code: $cc,
            summary: $summary,
            lang: crate::i18n::Lang::$lang,
        }),+];

        /// The JSON text of each example, in the order of `EXAMPLES`.
        #[cfg(not(target_arch = "wasm32"))]
        const EMBEDDED_JSON: &[&str] = &[$(include_str!(concat!("../../../data/examples/", $id, ".json"))),+];
    };
}

worked_examples! {
    "peru_women_fund" => {
        title: "Mothers' fund, children in school: a women's lending fund to end child labour in the gold mines of Santa Filomena",
        country_code: "PE",
        summary: "Women's savings and lending fund against child labour in an artisanal gold community of southern Peru (after CooperAcción's work).",
        lang: En,
    },
    "tanzania_health" => {
        title: "Health at the pit: preventing HIV/AIDS, malaria and TB in Geita's artisanal gold-mining communities",
        country_code: "TZ",
        summary: "HIV/AIDS, malaria and TB prevention at Tanzanian mine sites (after AMREF's mine health programme).",
        lang: En,
    },
    "andean_mercury" => {
        title: "Legal and mercury-free: recognition and cleaner gold processing for Andean artisanal miners in Peru, Bolivia and Ecuador",
        country_code: "PE",
        summary: "Mercury reduction with legal recognition for Andean gold miners (after Projekt Consult's SDC projects).",
        lang: En,
    },
    "potosi_palliris" => {
        title: "Palliris con derechos, niños en la escuela: trabajo seguro y sin trabajo infantil en las cooperativas mineras del Cerro Rico de Potosí",
        country_code: "BO",
        summary: "Palliris reconocidas como socias, niños fuera de la mina y galerías más seguras en cooperativas mineras de Potosí, Bolivia (a partir del trabajo de MEDMIN).",
        lang: Es,
    },
    "manica_mineiras" => {
        title: "Ouro com direitos: mulheres mineiras legais, saudáveis e sem mercúrio nas minas artesanais de Manica",
        country_code: "MZ",
        summary: "Senha mineira para as mulheres, prevenção do HIV, da malária e da tuberculose e menos mercúrio nas minas de ouro de Manica, Moçambique.",
        lang: Pt,
    },
}

/// The available examples, in display order.
pub fn examples() -> Vec<ExampleInfo> {
    EXAMPLES.to_vec()
}

/// The example with this id, if there is one.
pub fn example(id: &str) -> Option<ExampleInfo> {
    EXAMPLES.iter().find(|e| e.id == id).copied()
}

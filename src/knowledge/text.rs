//! The small building blocks every knowledge item is made of: bilingual text, citations,
//! references to Sustainable Development Goals and cited facts.

use crate::i18n::Lang;

/// A piece of text in every language the app supports. English is always there; a missing or
/// empty translation falls back to it ([`Text::get`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The English text.
    pub en: String,
    /// The French text (absent from the browser's embedded data, which is English only, until
    /// the French pack is merged in).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fr: String,
    /// The Spanish text (absent from the browser's embedded data until its pack is merged in).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub es: String,
    /// The Portuguese text (likewise).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pt: String,
}

impl Text {
    /// The text in `lang`, falling back to English if that translation is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let s = match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
            Lang::Pt => &self.pt,
        };
        if s.trim().is_empty() {
            &self.en
        } else {
            s
        }
    }

    /// Every language's text, with its language, in `Lang::ALL` order.
    pub fn all(&self) -> [(Lang, &str); 4] {
        [
            (Lang::En, &self.en),
            (Lang::Fr, &self.fr),
            (Lang::Es, &self.es),
            (Lang::Pt, &self.pt),
        ]
    }
}

/// Where a piece of knowledge comes from.
///
/// For content drawn from the 2005 World Bank / CASM conference report, `section` names the
/// report's section and session (e.g. "IV. MDG 6: Combat HIV/AIDS, Malaria and Other Diseases")
/// and `speaker` the presenter. The MDG target wording and the SDGs are not from the report; their
/// `section` names the United Nations document instead and `speaker` is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Report section (or other source document) the item is drawn from: the English title as
    /// the report prints it, and its translations.
    pub section: Text,
    /// The speaker or author within that section, when one can be named.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The lines of the report the item draws on, `[first, last]` (1-based, inclusive), in the
    /// plain-text reference copy of the report maintainers check against
    /// ([`super::sources::check_cited_lines`]); empty when none are given. Every fact and every
    /// text that claims a result carries them (tests/it/knowledge.rs). In the data files they sit
    /// next to the item's `"cite"` key, as `"lines": [first, last]`.
    #[serde(default)]
    pub lines: Vec<u32>,
}

impl Citation {
    /// A one-line human form in `lang`: "section (speaker)" or just "section".
    pub fn label(&self, lang: Lang) -> String {
        let section = self.section.get(lang);
        match &self.speaker {
            Some(s) if !s.trim().is_empty() => format!("{section} ({s})"),
            _ => section.to_string(),
        }
    }

    /// True when the citation points to the 2005 conference report (not a UN document).
    pub fn is_report(&self) -> bool {
        !self.section.en.starts_with("UN ")
    }
}

/// A pointer to a Sustainable Development Goal, optionally to one of its targets.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SdgRef {
    /// The SDG number, 1..=17.
    pub sdg: u8,
    /// The SDG target code such as "1.1" or "3.b", when one target carries the idea.
    #[serde(default)]
    pub target: Option<String>,
    /// How firm the link is: `None` when the SDG target carries the MDG target (or issue) on;
    /// `Some("thematic")` for a thematic add-on that covers a neighbouring idea, not the target
    /// itself; `Some("app_suggestion")` for a link made by neither the 2005 report nor the UN
    /// resolution, only by this app. See [`SdgRef::KINDS`].
    #[serde(default)]
    pub kind: Option<String>,
}

impl SdgRef {
    /// The values `kind` may take, besides none.
    pub const KINDS: [&'static str; 2] = ["thematic", "app_suggestion"];

    /// Whether the link is a thematic add-on or the app's own suggestion rather than a
    /// carry-over of the target.
    pub fn is_loose(&self) -> bool {
        self.kind.is_some()
    }

    /// "SDG 3" or "SDG 3.3": the form donors use in their reporting.
    pub fn label(&self) -> String {
        match &self.target {
            Some(t) => format!("SDG {t}"),
            None => format!("SDG {}", self.sdg),
        }
    }
}

/// A cited fact or figure a drafter can quote as evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable snake_case identifier.
    pub id: String,
    /// The figure itself, short (e.g. "13–20 million").
    pub figure: Text,
    /// What the figure measures, in one sentence of our own words.
    pub statement: Text,
    /// Millennium Development Goals the fact bears on.
    #[serde(default)]
    pub mdgs: Vec<u8>,
    /// Priority issue ids the fact supports.
    #[serde(default)]
    pub priorities: Vec<String>,
    /// The year or period the figure describes ("2004", "1990–2000"); where the report gives
    /// none, the year it was reported ("2005").
    #[serde(default)]
    pub year: String,
    /// Where the figure holds: "worldwide", "Africa", "Tanzania", "Santa Filomena, Peru"…
    #[serde(default)]
    pub place: Text,
    /// Where the figure comes from.
    pub citation: Citation,
}

impl Fact {
    /// "2004, worldwide": the figure's year and place, for display next to it.
    pub fn when_where(&self, lang: Lang) -> String {
        let place = self.place.get(lang).trim();
        match (self.year.trim(), place) {
            ("", "") => String::new(),
            (y, "") => y.to_string(),
            ("", p) => p.to_string(),
            (y, p) => format!("{y}, {p}"),
        }
    }
}

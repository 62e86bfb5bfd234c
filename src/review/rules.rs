//! The registry of review rules: every rule with its step, severity and the part of the
//! report it comes from, grouped by step in wizard order. The checks live in the step modules.

use super::*;
use Severity::{Blocker, Tip, Warning};

/// Every rule, grouped by step in wizard order.
pub static RULES: &[Rule] = &[
    // values the form refuses, at their own step (the path says which)
    Rule {
        id: refused::REFUSED_VALUE,
        step: Step::Context,
        severity: Blocker,
        source: "Theme 5 (one coordinated, realistic request)",
        check: refused::refused_value,
    },
    // context
    Rule {
        id: context::MISSING_BASICS,
        step: Step::Context,
        severity: Blocker,
        source: "Theme 5 (strong proposals with specific intents)",
        check: context::missing_basics,
    },
    Rule {
        id: context::DURATION,
        step: Step::Context,
        severity: Blocker,
        source: "Conference opening, Jon Hobbs (work in cycles that set target dates)",
        check: context::duration,
    },
    Rule {
        id: context::EVIDENCE,
        step: Step::Context,
        severity: Warning,
        source: "Conclusions (few solid examples; build a well-informed profile); Theme 5",
        check: context::evidence,
    },
    Rule {
        id: context::MINER_PROFILE,
        step: Step::Context,
        severity: Tip,
        source: "Contribution of ASM to economic development, Antonio Pedro (profiling miners by behaviour)",
        check: context::miner_profile,
    },
    // priorities
    Rule {
        id: priorities::NONE,
        step: Step::Priorities,
        severity: Blocker,
        source: "Theme 5 (establish high priorities)",
        check: priorities::none,
    },
    Rule {
        id: priorities::TOO_MANY,
        step: Step::Priorities,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (key priorities, not an abundance of issues)",
        check: priorities::too_many,
    },
    Rule {
        id: priorities::INCOMPLETE,
        step: Step::Priorities,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (the country's setting at the heart); Theme 3 (no one-size-fits-all)",
        check: priorities::incomplete,
    },
    Rule {
        id: priorities::COMMUNITY_WORDS,
        step: Step::Priorities,
        severity: Tip,
        source: "Stakeholders' priorities, Rani Parker (the problems miners themselves rank first); MDG 8 session, Jacomina de Regt (communities know their needs)",
        check: priorities::community_words,
    },
    // objectives
    Rule {
        id: objectives::NONE,
        step: Step::Objectives,
        severity: Blocker,
        source: "Theme 5 (clear objectives with realistic, achievable goals)",
        check: objectives::none,
    },
    Rule {
        id: objectives::NO_GOAL,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (clear objectives with realistic, achievable goals)",
        check: objectives::no_goal,
    },
    Rule {
        id: objectives::NO_INDICATOR,
        step: Step::Objectives,
        severity: Blocker,
        source: "Avenues for meeting common goals, Anwar Ravat (solid measures for a fair appraisal of progress)",
        check: objectives::no_indicator,
    },
    Rule {
        id: objectives::INDICATOR_INCOMPLETE,
        step: Step::Objectives,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (concrete measures to track success); Theme 5",
        check: objectives::indicator_incomplete,
    },
    Rule {
        id: objectives::TARGET_NOT_NUMBER,
        step: Step::Objectives,
        severity: Warning,
        source: "Avenues for meeting common goals, Anwar Ravat (solid measures)",
        check: objectives::target_not_number,
    },
    Rule {
        id: objectives::DATE_OUTSIDE,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (realistic, achievable goals); Conference opening, Jon Hobbs (cycles that set target dates)",
        check: objectives::date_outside,
    },
    Rule {
        id: objectives::NO_PRIORITY,
        step: Step::Objectives,
        severity: Warning,
        source: "Theme 5 (establish high priorities, then clear objectives)",
        check: objectives::no_priority,
    },
    Rule {
        id: objectives::SEX_BREAKDOWN,
        step: Step::Objectives,
        severity: Warning,
        source: "MDG 3 session, Mayra Buvinic and Karyn Keenan; MDG 2 session, Eileen Muirragui (girls' work is less visible)",
        check: objectives::sex_breakdown,
    },
    // linkages
    Rule {
        id: linkages::OBJECTIVE_UNLINKED,
        step: Step::Linkages,
        severity: Warning,
        source: "Theme 5 (map ASM issues into the MDGs first)",
        check: linkages::objective_unlinked,
    },
    Rule {
        id: linkages::NO_REASON,
        step: Step::Linkages,
        severity: Warning,
        source: "Theme 4 (lever issues that align with donor objectives); Theme 5",
        check: linkages::no_reason,
    },
    // donor
    Rule {
        id: donor::NO_ALIGNMENT,
        step: Step::Donor,
        severity: Blocker,
        source: "Theme 5 (clear linkages with donor objectives); Theme 4 (donors fund what matches their own agendas)",
        check: donor::no_alignment,
    },
    Rule {
        id: donor::OBJECTIVE_NO_FIT,
        step: Step::Donor,
        severity: Warning,
        source: "Theme 5 (clear linkages with donor objectives)",
        check: donor::objective_no_fit,
    },
    Rule {
        id: donor::NO_STATED_PRIORITIES,
        step: Step::Donor,
        severity: Warning,
        source: "Donor discussion, Ian Wright (know each donor's priorities and mandates)",
        check: donor::no_stated_priorities,
    },
    Rule {
        id: donor::NO_NATIONAL_STRATEGY,
        step: Step::Donor,
        severity: Warning,
        source: "Donor discussion, Jon Hobbs (Paris Declaration: demand must come from the country's own strategy); Conclusions (PRS)",
        check: donor::no_national_strategy,
    },
    // partners
    Rule {
        id: partners::NO_COMMUNITY,
        step: Step::Partners,
        severity: Warning,
        source: "MDG 8 session, Jacomina de Regt (partnerships within the community and with local government); Theme 4",
        check: partners::no_community,
    },
    Rule {
        id: partners::NO_GOVERNMENT,
        step: Step::Partners,
        severity: Warning,
        source: "Conclusions (work through and with national and regional governments); Plenary (the private sector is no panacea)",
        check: partners::no_government,
    },
    Rule {
        id: partners::INCOMPLETE,
        step: Step::Partners,
        severity: Warning,
        source: "Theme 5 (demonstrate functional partnerships)",
        check: partners::incomplete,
    },
    Rule {
        id: partners::NOT_APPROACHED,
        step: Step::Partners,
        severity: Tip,
        source: "Theme 5 (demonstrate functional partnerships)",
        check: partners::not_approached,
    },
    // communication
    Rule {
        id: communication::NO_AUDIENCE,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (communicate beyond those directly engaged in ASM)",
        check: communication::no_audience,
    },
    Rule {
        id: communication::NO_STORY,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (clear, verifiable success stories); Breakout Two, Group One",
        check: communication::no_story,
    },
    Rule {
        id: communication::STORY_NO_SOURCE,
        step: Step::Communication,
        severity: Warning,
        source: "Theme 5 (clear, verifiable success stories)",
        check: communication::story_no_source,
    },
    Rule {
        id: communication::NO_GENERAL_MESSAGE,
        step: Step::Communication,
        severity: Warning,
        source: "Breakout Two, Group One (a generic message and specific ones)",
        check: communication::no_general_message,
    },
    Rule {
        id: communication::NO_SPECIFIC_MESSAGE,
        step: Step::Communication,
        severity: Tip,
        source: "Breakout Two, Group One (specific versions with compelling accounts of actual situations)",
        check: communication::no_specific_message,
    },
    Rule {
        id: communication::PAST_EVENTS,
        step: Step::Communication,
        severity: Warning,
        source: "Breakout Two, Group One (a shared calendar of events); Recommendations (planning and funding cycles)",
        check: communication::past_events,
    },
    Rule {
        id: communication::NO_MEASURE,
        step: Step::Communication,
        severity: Tip,
        source: "Avenues for meeting common goals, Anwar Ravat (measures that track success)",
        check: communication::no_measure,
    },
    // budget
    Rule {
        id: budget::NONE,
        step: Step::Budget,
        severity: Blocker,
        source: "Theme 5 (strong proposals with specific intents)",
        check: budget::none,
    },
    Rule {
        id: budget::TOTAL_MISMATCH,
        step: Step::Budget,
        severity: Blocker,
        source: "Theme 5 (one coordinated, realistic request; unrealistic ones hurt credibility)",
        check: budget::total_mismatch,
    },
    Rule {
        id: budget::UNLINKED_LINE,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (focus on what can really be changed); Avenues for meeting common goals, Anwar Ravat (results-based measures)",
        check: budget::unlinked_line,
    },
    Rule {
        id: budget::LINE_INCOMPLETE,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (strong proposals with specific intents)",
        check: budget::line_incomplete,
    },
    Rule {
        id: budget::OTHER_CURRENCY,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (one coordinated, realistic request)",
        check: budget::other_currency,
    },
    Rule {
        id: budget::YEARS_MISMATCH,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (one coordinated, realistic request; unrealistic ones hurt credibility)",
        check: budget::years_mismatch,
    },
    Rule {
        id: budget::YEARS_AFTER_END,
        step: Step::Budget,
        severity: Warning,
        source: "Conference opening, Jon Hobbs (work in cycles that set target dates); Recommendations (planning and funding cycles)",
        check: budget::years_after_end,
    },
    Rule {
        id: budget::COFUNDING_UNCONFIRMED,
        step: Step::Budget,
        severity: Warning,
        source: "Theme 5 (demonstrate functional partnerships; one coordinated, realistic request)",
        check: budget::cofunding_unconfirmed,
    },
    // sustainability
    Rule {
        id: sustainability::MISSING,
        step: Step::Sustainability,
        severity: Warning,
        source: "Contribution of ASM to economic development, Antonio Pedro (transitions that break the poverty cycle); Concluding remarks, Jon Hobbs (the five Rs)",
        check: sustainability::missing,
    },
    Rule {
        id: sustainability::NO_FORMALISATION,
        step: Step::Sustainability,
        severity: Tip,
        source: "Recommendations (transition from the informal to the formal sector); Avenues, Anwar Ravat (a viable and formal sector)",
        check: sustainability::no_formalisation,
    },
    // risks
    Rule {
        id: risks::NONE,
        step: Step::Risks,
        severity: Warning,
        source: "Theme 3 (miners face conflict, expulsion and exploitation; a coordinated strategy to address issues as they arise)",
        check: risks::none,
    },
    Rule {
        id: risks::INCOMPLETE,
        step: Step::Risks,
        severity: Warning,
        source: "Theme 5 (strong proposals with specific intents)",
        check: risks::incomplete,
    },
    Rule {
        id: risks::SEVERE_UNMITIGATED,
        step: Step::Risks,
        severity: Blocker,
        source: "Breakout Two, Group Four (without strong institutions and ways to resolve conflict, conflict and the rule of force breed freely)",
        check: risks::severe_unmitigated,
    },
    Rule {
        id: risks::NO_OWNER,
        step: Step::Risks,
        severity: Warning,
        source: "MDG 8 session, Jacomina de Regt (transparency and accountability at all levels)",
        check: risks::no_owner,
    },
    Rule {
        id: risks::UNLINKED,
        step: Step::Risks,
        severity: Tip,
        source: "Theme 5 (clear objectives with realistic, achievable goals)",
        check: risks::unlinked,
    },
    Rule {
        id: risks::ASSUMPTION_UNMATCHED,
        step: Step::Risks,
        severity: Tip,
        source: "Theme 3 (a shifting set of problems calls for a strategy to address issues as they arise)",
        check: risks::assumption_unmatched,
    },
    // text, across every step
    Rule {
        id: text::PLACEHOLDER,
        step: Step::Context,
        severity: Warning,
        source: "Theme 5 (strong proposals with specific intents)",
        check: text::placeholder,
    },
    Rule {
        id: text::VAGUE,
        step: Step::Context,
        severity: Tip,
        source: "Theme 5 (specific intents; nebulous proposals hurt credibility)",
        check: text::vague,
    },
    Rule {
        id: text::EXAGGERATION,
        step: Step::Context,
        severity: Tip,
        source: "Breakout Two, Group One (careful presentation that does not exaggerate claims); Theme 5",
        check: text::exaggeration,
    },
    Rule {
        id: limits::OVER_LIMIT,
        step: Step::Context,
        severity: Warning,
        source: "Donor discussion, Ian Wright (a compelling presentation built on each donor's priorities and mandates)",
        check: limits::over_limit,
    },
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

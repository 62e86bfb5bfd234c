//! Step 7, Communication and advocacy: audiences (beyond the mining sector too), one general
//! message and specific ones per audience, verifiable success stories, products and channels,
//! a calendar of events, champions and measures of success.
//!
//! `kit` and `events` also serve the donor, partners and budget steps.

pub(crate) mod events;
pub(crate) mod kit;
mod lists;

use crate::knowledge::{kb, Lesson};
use crate::ui::lang::{tr, UiLang};
use crate::ui::list::id_list;
use crate::ui::widgets::{bind, read, Cite, Guidance, TextArea};
use leptos::prelude::*;

/// The communication and advocacy plan with its guidance.
#[component]
pub fn CommunicationStep() -> impl IntoView {
    lists::provide_choices();
    let (general, set_general) = bind(
        |p| p.communication.general_message.clone(),
        |p, v| p.communication.general_message = v,
    );
    view! {
        <div class="step-grid">
            <div class="form">
                {lists::channels_datalist()}
                <h2>{tr("communication.messages_heading")}</h2>
                <TextArea id="f-communication-general_message" label="communication.general_message"
                    hint="communication.general_message_hint" value=general on_input=set_general rows=3 />
                <h2>{tr("communication.audiences")}</h2>
                <p class="hint">{tr("communication.audiences_hint")}</p>
                {id_list(lists::audience_spec())}
                <h2>{tr("communication.stories")}</h2>
                {id_list(lists::story_spec())}
                <h2>{tr("communication.products")}</h2>
                {id_list(lists::product_spec())}
                <h2>{tr("communication.events")}</h2>
                <p class="hint">{tr("communication.events_hint")}</p>
                {id_list(events::calendar_spec())}
                <h2>{tr("communication.champions")}</h2>
                {id_list(lists::champion_spec())}
                <h2>{tr("communication.measures")}</h2>
                {id_list(lists::measure_spec())}
            </div>
            <CommunicationGuidance />
        </div>
    }
}

fn lesson_view(l: &'static Lesson, lang: crate::i18n::Lang) -> impl IntoView {
    view! {
        <h3>{l.title.get(lang).to_string()}</h3>
        <p>{l.text.get(lang).to_string()}</p>
        <Cite citation=l.citation.clone() />
    }
}

fn find(list: &'static [Lesson], id: &str) -> Option<&'static Lesson> {
    list.iter().find(|l| l.id == id)
}

/// The message lessons, and what makes a success story verifiable while stories are missing
/// or unsourced.
#[component]
fn CommunicationGuidance() -> impl IntoView {
    let lang = UiLang::expect();
    let state = read(|p| {
        let c = &p.communication;
        let no_general = c.general_message.trim().is_empty();
        let audiences_without_message = c
            .audiences
            .iter()
            .filter(|a| {
                !c.specific_messages
                    .iter()
                    .any(|m| m.audience_id == a.id && !m.text.trim().is_empty())
            })
            .count();
        let no_stories = c.stories.is_empty();
        let unsourced = c
            .stories
            .iter()
            .filter(|s| s.source.trim().is_empty())
            .count();
        (no_general, audiences_without_message, no_stories, unsourced)
    });
    let criterion = kb().strength_criterion("communication_strategy");
    view! {
        <Guidance>
            {criterion.map(|c| view! {
                <p>{move || c.text.get(lang.get()).to_string()}</p>
                <Cite citation=c.citation.clone() />
            })}
            <h2>{tr("communication.guide_messages")}</h2>
            {move || {
                let lang = lang.get();
                let (no_general, without, _, _) = state.get();
                let kb = kb();
                view! {
                    {(no_general).then(|| view! { <p class="note">{tr("communication.note_no_general")}</p> })}
                    {(without > 0).then(|| view! {
                        <p class="note">
                            {crate::i18n::fill(
                                crate::ui::lang::t("communication.note_without_message"),
                                &[("n", &without.to_string())],
                            )}
                        </p>
                    })}
                    {["general_and_specific", "speak_the_funders_language", "reach_beyond_the_sector", "no_exaggeration"]
                        .into_iter()
                        .filter_map(|id| find(&kb.message_lessons, id))
                        .map(|l| lesson_view(l, lang))
                        .collect_view()}
                }
            }}
            <h2>{tr("communication.guide_stories")}</h2>
            {move || {
                let lang = lang.get();
                let (_, _, no_stories, unsourced) = state.get();
                let kb = kb();
                let ids: &[&str] = if no_stories || unsourced > 0 {
                    &["verifiable", "numbers_and_costs", "honest_about_limits", "specific_and_compelling"]
                } else {
                    &["repeat_and_share", "show_mdg_links", "capacity_counts"]
                };
                view! {
                    {no_stories.then(|| view! { <p class="note">{tr("communication.note_no_stories")}</p> })}
                    {(unsourced > 0).then(|| view! {
                        <p class="note">
                            {crate::i18n::fill(
                                crate::ui::lang::t("communication.note_unsourced"),
                                &[("n", &unsourced.to_string())],
                            )}
                        </p>
                    })}
                    {(!no_stories && unsourced == 0).then(|| view! { <p>{tr("communication.note_all_sourced")}</p> })}
                    {ids.iter()
                        .filter_map(|id| find(&kb.success_story_lessons, id))
                        .map(|l| lesson_view(l, lang))
                        .collect_view()}
                }
            }}
        </Guidance>
    }
}
